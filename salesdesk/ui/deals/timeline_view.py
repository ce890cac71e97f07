"""A timeline (the story of a deal or a customer), newest first, and a field to add a note.

The events are ``core.queries.timeline`` data; this module says them in the rep's words and
paints them with one delegate (no widget per event), so hundreds of events open at once.
Events are read a page at a time: "Show older" reads the next page.

Signals of TimelineView:
    note_written(str): the rep wrote a note and pressed Enter (or Add).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.i18n import noop
from salesdesk.core.labels import ACTIVITY_TEXT, OBJECTION_TEXT
from salesdesk.core.models import ActivityStatus
from salesdesk.core.queries.timeline import PAGE, Event, EventKind
from salesdesk.ui.formatting import format_datetime, tr, tr_n, word
from salesdesk.ui.widgets.labels import plain_tip

_CONTEXT = "Timeline"
EventRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
DETAIL_LINES = 4  # lines of a note or outcome shown before it is cut (the tooltip has it all)
PADDING = 6

COLOURS = {
    EventKind.CREATED: QColor("#1f5f8b"),
    EventKind.MOVED: QColor("#1f5f8b"),
    EventKind.WON: QColor("#2e7d32"),
    EventKind.LOST: QColor("#c62828"),
    EventKind.HELD: QColor("#6d6d6d"),
    EventKind.RESUMED: QColor("#1f5f8b"),
    EventKind.REOPENED: QColor("#1f5f8b"),
    EventKind.ACTIVITY: QColor("#00796b"),
    EventKind.OBJECTION: QColor("#ef6c00"),
    EventKind.ANSWER: QColor("#ef6c00"),
    EventKind.NOTE: QColor("#6a1b9a"),
}
_STATUS_WORDS = {
    ActivityStatus.PLANNED: noop(_CONTEXT, "%1 planned"),
    ActivityStatus.DONE: noop(_CONTEXT, "%1 done"),
    ActivityStatus.CANCELLED: noop(_CONTEXT, "%1 cancelled"),
    ActivityStatus.NO_SHOW: noop(_CONTEXT, "%1: no-show"),
}


def _days(days: float | None) -> int:
    return max(0, round(days or 0))


def headline(event: Event) -> str:
    """Return what happened, in one line."""
    kind, days = event.kind, _days(event.days)
    if kind is EventKind.CREATED:
        return tr(_CONTEXT, "Created in %1", event.stage)
    if kind is EventKind.MOVED:
        return tr_n(
            _CONTEXT, "Moved to %1 after %Ln day(s) in %2", days, event.stage, event.from_stage
        )
    if kind is EventKind.WON:
        return tr_n(_CONTEXT, "Won, after %Ln day(s) in %1", days, event.from_stage)
    if kind is EventKind.LOST:
        lost = tr_n(_CONTEXT, "Lost, after %Ln day(s) in %1", days, event.from_stage)
        return tr(_CONTEXT, "%1: %2", lost, event.label) if event.label else lost
    if kind is EventKind.HELD:
        return tr_n(_CONTEXT, "Put on hold, after %Ln day(s) in %1", days, event.from_stage)
    if kind is EventKind.RESUMED:
        return tr_n(_CONTEXT, "Resumed in %1 after %Ln day(s) on hold", days, event.stage)
    if kind is EventKind.REOPENED:
        return tr(_CONTEXT, "Reopened in %1 (was %2)", event.stage, event.from_stage)
    if kind is EventKind.ACTIVITY and event.activity is not None and event.status is not None:
        return tr(_CONTEXT, _STATUS_WORDS[event.status], word(ACTIVITY_TEXT[event.activity]))
    if kind is EventKind.OBJECTION and event.objection is not None:
        return tr(_CONTEXT, "Objection raised: %1", word(OBJECTION_TEXT[event.objection]))
    if kind is EventKind.ANSWER and event.objection is not None:
        return tr(_CONTEXT, "Objection answered: %1", word(OBJECTION_TEXT[event.objection]))
    return tr(_CONTEXT, "Note")


def event_lines(event: Event, *, with_deal: bool) -> tuple[str, str, str]:
    """Return (when, what happened, the text that goes with it) of an event."""
    what = headline(event)
    if with_deal and event.deal_title:
        what = tr(_CONTEXT, "%1 · %2", what, event.deal_title)
    return format_datetime(event.at), what, event.text or ""


class TimelineModel(QAbstractListModel):
    """The events shown, newest first."""

    def __init__(self, with_deal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._lines: list[tuple[str, str, str]] = []
        self.with_deal = with_deal  # a customer's timeline says which deal each event is of

    def set_events(self, events: Sequence[Event]) -> None:
        """Show ``events`` (newest first)."""
        self.beginResetModel()
        self._events = list(events)
        self._lines = [event_lines(event, with_deal=self.with_deal) for event in self._events]
        self.endResetModel()

    def add_older(self, events: Sequence[Event]) -> None:
        """Append a page of older events."""
        if not events:
            return
        first = len(self._events)
        self.beginInsertRows(QModelIndex(), first, first + len(events) - 1)
        self._events.extend(events)
        self._lines.extend(event_lines(event, with_deal=self.with_deal) for event in events)
        self.endInsertRows()

    def events(self) -> list[Event]:
        """Return the events shown."""
        return list(self._events)

    def lines(self, row: int) -> tuple[str, str, str]:
        """Return the words of the event at ``row``."""
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        when, what, text = self._lines[index.row()]
        if role == EventRole:
            return self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " · ".join(part for part in (when, what, text) if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip("\n".join(part for part in (when, what, text) if part))
        return None


class TimelineDelegate(QStyledItemDelegate):
    """Paints an event: a coloured mark, when and what, and its text below (a few lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Wrapping a text is the dear part of laying out a row, and the view asks again and
        # again while it lays out and paints: each text's height is measured once per width.
        self._heights: dict[tuple[str, int, str], int] = {}

    def _detail_height(self, option: QStyleOptionViewItem, text: str, width: int) -> int:
        if not text:
            return 0
        key = (text, width, option.font.key())
        if (known := self._heights.get(key)) is not None:
            return known
        if len(self._heights) > 4096:
            self._heights.clear()
        metrics = QFontMetrics(option.font)
        flags = Qt.TextFlag.TextWordWrap
        bounds = metrics.boundingRect(QRect(0, 0, max(width, 40), 10_000), flags, text)
        height = self._heights[key] = min(bounds.height(), DETAIL_LINES * metrics.lineSpacing())
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        model = index.model()
        assert isinstance(model, TimelineModel)
        _when, _what, text = model.lines(index.row())
        width = option.rect.width() or 400
        line = QFontMetrics(option.font).lineSpacing()
        height = 2 * PADDING + line + self._detail_height(option, text, width - 4 * PADDING)
        return QSize(width, height + (2 if text else 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        assert isinstance(model, TimelineModel)
        when, what, text = model.lines(index.row())
        event = model.data(index, EventRole)
        palette = option.palette
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
        box = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        line = QFontMetrics(option.font).lineSpacing()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COLOURS.get(event.kind, QColor("#78909c")))
        painter.drawEllipse(box.left(), box.top() + line // 2 - 4, 8, 8)
        left = box.left() + 2 * PADDING + 4
        first = QRect(left, box.top(), box.right() - left, line)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(quiet)
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, when)
        bold = QFont(option.font)
        bold.setBold(True)
        offset = QFontMetrics(option.font).horizontalAdvance(when) + 2 * PADDING
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        head = first.adjusted(offset, 0, 0, 0)
        elided = QFontMetrics(bold).elidedText(what, Qt.TextElideMode.ElideRight, head.width())
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        if text:
            painter.setFont(option.font)
            height = self._detail_height(option, text, box.right() - left)
            rect = QRect(left, first.bottom() + 2, box.right() - left, height)
            painter.drawText(rect, Qt.TextFlag.TextWordWrap, text)
        painter.restore()


class TimelineView(QWidget):
    """A timeline with a note field above it; ``load`` reads a page before a time."""

    note_written = Signal(str)

    def __init__(
        self,
        name: str,
        load: Callable[[datetime | None], list[Event]],
        *,
        with_deal: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._load = load
        self.model = TimelineModel(with_deal, self)
        self.list = QListView(self)
        self.list.setObjectName(f"{name}List")
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)  # the first rows paint at once
        self.list.setBatchSize(40)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLineEdit(self)
        self.note.setObjectName(f"{name}Note")
        self.note.setPlaceholderText(tr(_CONTEXT, "Write a note and press Enter…"))
        self.note.returnPressed.connect(self._on_note)
        add = QPushButton(tr(_CONTEXT, "Add note"), self)
        add.setObjectName(f"{name}AddNote")
        add.clicked.connect(self._on_note)
        self.older = QPushButton(tr(_CONTEXT, "Show older"), self)
        self.older.setObjectName(f"{name}Older")
        self.older.clicked.connect(self.load_older)
        self.older.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.note, 1)
        top.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.older)

    def reload(self) -> None:
        """Read the newest page again (after a change, or when first shown)."""
        events = self._load(None)
        self.model.set_events(events)
        self.older.setVisible(len(events) >= PAGE)

    def load_older(self) -> None:
        """Read the page of events before the oldest one shown."""
        shown = self.model.events()
        events = self._load(shown[-1].at) if shown else []
        self.model.add_older(events)
        self.older.setVisible(len(events) >= PAGE)

    def clear(self) -> None:
        """Show no events."""
        self.model.set_events([])
        self.older.hide()

    def _on_note(self) -> None:
        text = self.note.text().strip()
        if text:
            self.note_written.emit(text)

    def note_saved(self) -> None:
        """Empty the note field once the note is saved."""
        self.note.clear()
