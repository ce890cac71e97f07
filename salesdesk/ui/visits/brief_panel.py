"""The brief of the selected activity: what to know before going, the checklist, the outcome.

Signals:
    item_ticked(int, bool): a checklist item (id) was ticked or unticked.
    item_added(str): the rep wrote a one-off checklist item.
    close_requested(str): the rep wants to mark the activity done, cancelled or a no-show.
    template_requested(object): the rep chose another checklist template (id, or None).
    change_requested(): the rep wants to change the time, place or aims of the activity.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.i18n import noop
from salesdesk.core.labels import ACTIVITY_TEXT, RELATION_TEXT, STATUS_TEXT
from salesdesk.core.models import ActivityKind, ActivityStatus
from salesdesk.core.queries.visit_brief import VisitBrief
from salesdesk.core.wording import fill
from salesdesk.ui.formatting import format_datetime, format_money, tr, word
from salesdesk.ui.printing.dossier_actions import print_button
from salesdesk.ui.widgets.labels import plain_label
from salesdesk.ui.widgets.next_planned import next_activity_text, next_visit_text

_CONTEXT = "VisitBrief"


class BriefPanel(QScrollArea):
    """Shows one ``VisitBrief``; edits are emitted, the owner runs the operations."""

    item_ticked = Signal(int, bool)
    item_added = Signal(str)
    close_requested = Signal(str)
    template_requested = Signal(object)
    change_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitBrief")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.brief: VisitBrief | None = None
        self.templates: list[tuple[int, str]] = []
        self.print_actions: list[QAction] = []  # the customer's dossier for this visit
        self.now = datetime.now(UTC)  # the owner sets the time briefs are read at
        self.clear()

    def clear(self) -> None:
        """Show no activity."""
        self.brief = None
        empty = plain_label(tr(_CONTEXT, "Choose a visit to see its brief and checklist."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(empty)

    def show_brief(self, brief: VisitBrief) -> None:
        """Show ``brief`` (keeping the scroll position for the same activity)."""
        same = self.brief is not None and self.brief.activity_id == brief.activity_id
        scroll = self.verticalScrollBar().value()
        self.brief = brief
        page = QWidget()
        layout = QVBoxLayout(page)
        title = f"{word(ACTIVITY_TEXT[brief.kind])} · {brief.customer}"
        heading = plain_label(title, bold=True, scale=1.3)
        heading.setObjectName("visitBriefTitle")
        layout.addWidget(heading)
        when = format_datetime(brief.starts_at)
        layout.addWidget(
            plain_label(
                tr(
                    _CONTEXT,
                    "%1 for %2 min · %3",
                    when,
                    str(brief.duration_minutes),
                    word(STATUS_TEXT[brief.status]),
                )
            )
        )
        facts = [
            (tr(_CONTEXT, "Place"), brief.place),
            (tr(_CONTEXT, "Objective"), brief.objective),
            (tr(_CONTEXT, "Desired outcome"), brief.desired_outcome),
            (
                tr(_CONTEXT, "Deal"),
                " · ".join(
                    (brief.deal[0], brief.deal[1], format_money(brief.deal[2], brief.deal[3]))
                )
                if brief.deal
                else None,
            ),
            (tr(_CONTEXT, "Last time"), brief.last_outcome),
            (
                tr(_CONTEXT, "Family"),
                ", ".join(f"{name} ({word(RELATION_TEXT[kin])})" for name, kin in brief.family)
                or None,
            ),
            (tr(_CONTEXT, "Outcome"), brief.outcome),
        ]
        for name, value in facts:
            if value:
                layout.addWidget(plain_label(f"{name}: {value}"))
        for line in self._next_lines(brief):
            layout.addWidget(line)
        if self.print_actions:  # left-aligned: a long checklist item can widen the page
            row = QHBoxLayout()
            row.addWidget(
                print_button(page, "visitPrint", tr(_CONTEXT, "Print dossier"), self.print_actions)
            )
            row.addStretch(1)
            layout.addLayout(row)
        if brief.highlights:
            layout.addWidget(plain_label(tr(_CONTEXT, "Remember"), bold=True))
            for text in brief.highlights:
                layout.addWidget(plain_label("• " + text))
        if brief.open_objections:
            layout.addWidget(plain_label(tr(_CONTEXT, "Open objections"), bold=True))
            for text in brief.open_objections:
                layout.addWidget(plain_label("• " + text))
        if brief.kind is ActivityKind.VISIT or brief.checklist:
            layout.addWidget(self._checklist(brief))
        else:  # calls, e-mails and tasks have none, unless the rep adds items
            layout.addWidget(self._start_checklist(brief))
        if brief.status is ActivityStatus.PLANNED:
            buttons = QHBoxLayout()
            change = QPushButton(tr(_CONTEXT, "Change…"))
            change.setObjectName("visitChange")
            change.clicked.connect(self.change_requested)
            buttons.addWidget(change)
            for status, text in (
                (ActivityStatus.DONE, noop(_CONTEXT, "Done…")),
                (ActivityStatus.CANCELLED, noop(_CONTEXT, "Cancelled…")),
                (ActivityStatus.NO_SHOW, noop(_CONTEXT, "No-show…")),
            ):
                button = QPushButton(tr(_CONTEXT, text))
                button.setObjectName(f"visitClose-{status.value}")
                button.clicked.connect(lambda _=False, s=status: self.close_requested.emit(s.value))
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(page)
        if same:
            self.verticalScrollBar().setValue(scroll)

    def _next_lines(self, brief: VisitBrief) -> list[QLabel]:
        """Return the customer's next visit (and next activity, when sooner), as on the card."""
        if brief.next is None:
            return []
        lines = []
        this = tr(_CONTEXT, "%1 (this one)")
        visit = brief.next.visit
        text = next_visit_text(visit)
        if visit is not None and visit.activity_id == brief.activity_id:
            text = fill(this, text)
        lines.append(plain_label(tr(_CONTEXT, "Next visit: %1", text)))
        lines[-1].setObjectName("visitBriefNextVisit")
        other = brief.next.other_activity
        if other is not None:
            text = next_activity_text(other, self.now)
            if other.activity_id == brief.activity_id:
                text = fill(this, text)
            lines.append(plain_label(tr(_CONTEXT, "Next activity: %1", text)))
            lines[-1].setObjectName("visitBriefNextActivity")
        return lines

    def _start_checklist(self, brief: VisitBrief) -> QWidget:
        """Return a button that opens a checklist for an activity without one."""
        start = QPushButton(tr(_CONTEXT, "Add a checklist item…"))
        start.setObjectName("checklistStart")
        start.clicked.connect(lambda: self._open_checklist(start, brief))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(start)
        line.addStretch(1)
        return row

    def _open_checklist(self, start: QPushButton, brief: VisitBrief) -> None:
        box = self._checklist(brief)
        row = start.parentWidget()
        row.layout().replaceWidget(start, box)
        start.deleteLater()
        field = box.findChild(QLineEdit, "checklistAdd")
        if field is not None:
            field.setFocus()

    def _checklist(self, brief: VisitBrief) -> QWidget:
        done, total = brief.ready
        box = QGroupBox(tr(_CONTEXT, "Checklist: %1/%2 ready", str(done), str(total)))
        box.setObjectName("visitChecklist")
        layout = QVBoxLayout(box)
        group = None
        for line in brief.checklist:
            if line.group != group and line.group:
                layout.addWidget(plain_label(line.group, bold=True))
            group = line.group
            check = QCheckBox(line.text)
            check.setObjectName(f"checklistItem-{line.id}")
            check.setChecked(line.done)
            check.toggled.connect(lambda on, i=line.id: self.item_ticked.emit(i, on))
            layout.addWidget(check)
        visit = brief.kind is ActivityKind.VISIT
        if brief.status is ActivityStatus.PLANNED and self.templates and visit:
            choice = QComboBox()
            choice.setObjectName("checklistTemplate")
            choice.addItem(tr(_CONTEXT, "No template"), None)
            for template_id, name in self.templates:
                choice.addItem(name, template_id)
            choice.setCurrentIndex(max(choice.findData(brief.template_id), 0))
            choice.activated.connect(
                lambda index: self.template_requested.emit(choice.itemData(index))
            )
            layout.addWidget(choice)
        extra = QLineEdit()
        extra.setObjectName("checklistAdd")
        extra.setPlaceholderText(
            tr(_CONTEXT, "Add an item for this visit only and press Enter…")
            if visit
            else tr(_CONTEXT, "Add an item and press Enter…")
        )
        extra.returnPressed.connect(
            lambda: self.item_added.emit(extra.text()) if extra.text().strip() else None
        )
        layout.addWidget(extra)
        return box
