"""The place of won, lost and held deals: a list with search, period and reason filters.

The list reads only what its first screen needs (``core.queries.deal_lists``): one page of
the deals the outcome, the period and the reason accept (chosen in SQL), and their count and
total added up in SQL; the next pages are read as the list scrolls. The search compares
casefolded text, so it needs the few fields it searches of every closed and held deal (their
``DealKey``): a ``KeyReader`` reads them a slice at a time in idle time (a few milliseconds
each) once the list is first shown or ``prepare_search`` asks (the window does, a moment after
it starts), and a keystroke before it is done reads what is left then. The keys are kept: a
change reads again only the keys of the closed or held deals it touched (``keys_changed_by``;
moving open deals touches none), or all of them in idle time when it renamed a customer, a
company or a lost reason, or changed everything (F5, another process). Every keystroke
filters the keys and reads the first page of the deals found by id. From here a deal is
reopened into a chosen stage, resumed into the stage it left, or (when on hold) closed as won
or lost; Enter opens it, Ctrl+Shift+U its customer.

The actions on the selected deals (with their shortcuts) are the board area's: the list only
offers them in its context menu (``menu_actions``).

Signals:
    board_requested(): the rep wants the board back.
    deal_requested(int): open the deal (its id) in the deal editor.
    customer_requested(int): show the deal's customer (its id).
    selection_changed(): other deals are selected (what can be done with them may differ).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.changes import Change
from salesdesk.core.i18n import noop
from salesdesk.core.models import DealStatus
from salesdesk.core.money.totals import Conversion, Total, load_conversion
from salesdesk.core.queries.deal_lists import (
    DealFilter,
    DealKey,
    DealRow,
    DealSum,
    KeyReader,
    close_days,
    dated_values,
    deal_rows,
    deal_sums,
    key_sums,
    keys_changed_by,
)
from salesdesk.core.queries.lost_reasons import lost_reasons
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.deals.outcomes import DealOutcomes
from salesdesk.ui.formatting import (
    date_format,
    format_count,
    format_date,
    format_money,
    tr,
)
from salesdesk.ui.money.totals_text import total_text, total_tip
from salesdesk.ui.widgets.area import FollowsChanges
from salesdesk.ui.widgets.labels import plain_tip
from salesdesk.ui.widgets.list_area import ListArea
from salesdesk.ui.widgets.rows_model import Column, More, RowsModel

_CONTEXT = "DealList"
_BY_ID = 5_000  # deals found read by id at most; more: every deal read and those kept
# Tables whose rows the list shows.
LIST_TABLES = frozenset(
    {"deals", "stages", "customers", "companies", "lost_reasons", "exchange_rates", "settings"}
)
ALL = "all"
OUTCOMES = {
    "won": frozenset({DealStatus.WON}),
    "lost": frozenset({DealStatus.LOST}),
    "on_hold": frozenset({DealStatus.SUSPENDED}),
    ALL: frozenset(),
}
STATUS_WORDS = {
    DealStatus.WON: noop(_CONTEXT, "Won"),
    DealStatus.LOST: noop(_CONTEXT, "Lost"),
    DealStatus.SUSPENDED: noop(_CONTEXT, "On hold"),
    DealStatus.OPEN: noop(_CONTEXT, "Open"),
}
PERIODS = (
    ("any", noop(_CONTEXT, "Any time")),
    ("30", noop(_CONTEXT, "Last 30 days")),
    ("90", noop(_CONTEXT, "Last 90 days")),
    ("365", noop(_CONTEXT, "Last 12 months")),
    ("year", noop(_CONTEXT, "This year")),
    ("custom", noop(_CONTEXT, "Between…")),
)


def status_word(status: DealStatus) -> str:
    """Return how a deal's state is named in lists."""
    return tr(_CONTEXT, STATUS_WORDS[status])


def reason_text(row: DealRow) -> str:
    """Return a lost deal's reason with its detail (the detail alone when it says the same)."""
    if row.lost_detail and row.lost_reason:
        if row.lost_detail.casefold().startswith(row.lost_reason.casefold()):
            return row.lost_detail
        return f"{row.lost_reason} — {row.lost_detail}"
    return row.lost_reason or row.lost_detail or ""


def _columns() -> list[Column[DealRow]]:
    return [
        Column[DealRow](tr(_CONTEXT, "Deal"), lambda row: row.title),
        Column[DealRow](
            tr(_CONTEXT, "Customer"),
            lambda row: f"{row.customer} · {row.company}" if row.company else row.customer,
        ),
        Column[DealRow](tr(_CONTEXT, "Outcome"), lambda row: status_word(row.status)),
        Column[DealRow](
            tr(_CONTEXT, "On"),
            lambda row: format_date(row.outcome_day),
            lambda row: row.outcome_at.timestamp(),
        ),
        Column[DealRow](
            tr(_CONTEXT, "Value"),
            lambda row: format_money(row.value, row.currency),
            lambda row: float(row.value),
            numeric=True,
        ),
        Column[DealRow](tr(_CONTEXT, "From stage"), lambda row: row.stage),
        Column[DealRow](
            tr(_CONTEXT, "Created"),
            lambda row: format_date(local_time.local_day(row.created_at)),
            lambda row: row.created_at.timestamp(),
        ),
        Column[DealRow](tr(_CONTEXT, "Reason"), reason_text),
    ]


class ClosedDealsView(FollowsChanges, ListArea):
    """Won, lost and held deals, filtered as the rep types."""

    board_requested = Signal()
    deal_requested = Signal(int)
    customer_requested = Signal(int)
    selection_changed = Signal()

    def __init__(
        self, flow: ChangeFlow, outcomes: DealOutcomes, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "dealListView",
            tr(_CONTEXT, "Closed and held deals"),
            _columns(),
            lambda row: row.id,
            tr(_CONTEXT, "No deals are closed or on hold yet."),
            parent,
        )
        self._flow = flow
        self._outcomes = outcomes
        self.follow(flow)
        self._count = 0  # closed and held deals
        self._sums: list[DealSum] = []  # the values of all of them
        self._keys: list[DealKey] | None = None  # what the search needs, once all are read
        self._reader: KeyReader | None = None  # reads the keys in idle time (see _read_keys)
        self._prepared = False  # keys read in idle time (the list was shown, or was asked to)
        self._idle = QTimer(self)  # the next slice of keys, once the events waiting are done
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._read_keys)
        self._conversion: Conversion | None = None  # read with the rows
        self._days: dict[str, date] = {}  # close days, by close time as stored (see _total)
        self.insert_above_list(self._filter_row())
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.installEventFilter(self)
        # Kept: PySide drops a connection made through a selection model wrapper it collects.
        self._selection = self.view.selectionModel()
        self._selection.selectionChanged.connect(self._on_selection_changed)
        self.menu_actions: list[QAction | None] = []  # the board's actions, for the context menu
        self._update_buttons()

    # --- building -----------------------------------------------------------------------
    def _filter_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        back = QPushButton(tr(_CONTEXT, "◀ Board"), row)
        back.setObjectName("dealListBack")
        back.setToolTip(tr(_CONTEXT, "Back to the board (Ctrl+Shift+D)"))
        back.clicked.connect(self.board_requested)
        layout.addWidget(back)
        self.outcome_buttons = QButtonGroup(row)
        self.outcome_buttons.setExclusive(True)
        for key, text in (
            ("won", noop(_CONTEXT, "Won")),
            ("lost", noop(_CONTEXT, "Lost")),
            ("on_hold", noop(_CONTEXT, "On hold")),
            (ALL, noop(_CONTEXT, "All")),
        ):
            button = QToolButton(row)
            button.setObjectName(f"dealListShow-{key}")
            button.setText(tr(_CONTEXT, text))
            button.setCheckable(True)
            button.setProperty("outcome", key)
            self.outcome_buttons.addButton(button)
            layout.addWidget(button)
        self.outcome_buttons.buttons()[0].setChecked(True)
        self.outcome_buttons.buttonToggled.connect(lambda _b, on: on and self._show())
        self.search_field = QLineEdit(row)
        self.search_field.setObjectName("dealListSearch")
        self.search_field.setPlaceholderText(
            tr(_CONTEXT, "Search deal, customer, company or reason…")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._show)
        self.search_field.installEventFilter(self)
        layout.addWidget(self.search_field, 2)
        self.period = QComboBox(row)
        self.period.setObjectName("dealListPeriod")
        for key, text in PERIODS:
            self.period.addItem(tr(_CONTEXT, text), key)
        self.period.currentIndexChanged.connect(self._on_period)
        layout.addWidget(self.period)
        self.first_day, self.last_day = QDateEdit(row), QDateEdit(row)
        for name, edit in (("dealListFrom", self.first_day), ("dealListTo", self.last_day)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.dateChanged.connect(self._show)
            edit.hide()
            layout.addWidget(edit)
        self.reason = QComboBox(row)
        self.reason.setObjectName("dealListReason")
        self.reason.currentIndexChanged.connect(self._show)
        layout.addWidget(self.reason)
        self.reopen_button = self._button(row, "dealListReopen", tr(_CONTEXT, "Reopen…"))
        self.resume_button = self._button(row, "dealListResume", tr(_CONTEXT, "Resume"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.resume_button.clicked.connect(self.resume_selected)
        layout.addWidget(self.reopen_button)
        layout.addWidget(self.resume_button)
        return row

    @staticmethod
    def _button(parent: QWidget, name: str, text: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        return button

    # --- what is shown ------------------------------------------------------------------
    def show_outcome(self, key: str) -> None:
        """Show the deals of one outcome ("won", "lost", "on_hold" or "all")."""
        for button in self.outcome_buttons.buttons():
            if button.property("outcome") == key:
                button.setChecked(True)
        self._show()

    def outcome(self) -> str:
        """Return which outcome is shown."""
        checked = self.outcome_buttons.checkedButton()
        return checked.property("outcome") if checked is not None else ALL

    def deal_filter(self) -> DealFilter:
        """Return what the filter fields ask for."""
        first, last = self._period_days()
        reason = self.reason.currentData()
        return DealFilter(
            text=self.search_field.text(),
            statuses=OUTCOMES[self.outcome()],
            first_day=first,
            last_day=last,
            reason_id=reason if self.reason.isEnabled() else None,
        )

    def _today(self) -> date:
        return local_time.local_day(self._flow.now())

    def _period_days(self) -> tuple[date | None, date | None]:
        key, today = self.period.currentData(), self._today()
        if key == "custom":
            return _day(self.first_day.date()), _day(self.last_day.date())
        if key == "year":
            return date(today.year, 1, 1), None
        if key in ("30", "90", "365"):
            return today - timedelta(days=int(key) - 1), None
        return None, None

    def _on_period(self) -> None:
        custom = self.period.currentData() == "custom"
        if custom and not self.first_day.isVisible():
            today = self._today()
            start = today - timedelta(days=89)
            for edit, day in ((self.first_day, start), (self.last_day, today)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.first_day.setVisible(custom)
        self.last_day.setVisible(custom)
        self._show()

    def _show(self, *_changed: object) -> None:
        """Show what the filter fields ask for (they call it with what changed)."""
        with self._flow.sessions() as session:
            self._show_in(session)

    def _show_in(self, session: Session, again: bool = False) -> None:
        """Show what the filters ask for; ``again``: as many rows as were read, read again.

        Read again (a change), the list reads at least the rows it held, so that the current
        row, the selection and the scroll position far down the list stay where they were.
        """
        key = self.outcome()
        self.reason.setEnabled(key in ("lost", ALL))
        wanted = self.deal_filter()
        first_rows = max(RowsModel.PAGE, self.model.rowCount() if again else 0)
        count, sums, first, more = self._found(session, wanted, first_rows)
        total = self._total(sums) if count else None
        summary = tr(
            _CONTEXT,
            "%1 of %2 deals · %3",
            format_count(count),
            format_count(self._count),
            total_text(total) if total is not None else "–",
        )
        self.summary.setToolTip(plain_tip(total_tip(total)) if total is not None else "")
        self.show_rows(first, summary, count, more)
        self._update_buttons()

    def _found(
        self, session: Session, wanted: DealFilter, first_rows: int
    ) -> tuple[int, list[DealSum], list[DealRow], More[DealRow]]:
        """Return how many deals ``wanted`` accepts, their sums, the first rows and the rest.

        Without search text the database filters and adds up; with it, the loaded keys do
        (read at the first search) and the pages are read by id.
        """
        if self._conversion is None:  # not read yet
            return 0, [], [], lambda _offset, _limit: []
        if not wanted.text.strip():
            sums = self._sums if wanted == DealFilter() else deal_sums(session, wanted)

            def more(offset: int, limit: int | None) -> list[DealRow]:
                with self._flow.sessions() as session:
                    return self._page(session, wanted, offset, limit)

            first = self._page(session, wanted, 0, first_rows)
            return sum(part.count for part in sums), sums, first, more
        if self._keys is None:
            self._keys = self._reader_now().keys(session)  # what is not read yet, read now
        kept = wanted.kept(self._keys)
        ids = [found.id for found in kept]

        def by_id(session: Session, offset: int, limit: int | None) -> list[DealRow]:
            wanted_ids = ids[offset:] if limit is None else ids[offset : offset + limit]
            if len(wanted_ids) <= _BY_ID:
                return deal_rows(session, deal_ids=wanted_ids)
            rest = set(wanted_ids)  # many: read them all, keep those found
            return [row for row in deal_rows(session) if row.id in rest]

        def more_found(offset: int, limit: int | None) -> list[DealRow]:
            with self._flow.sessions() as session:
                return by_id(session, offset, limit)

        return len(kept), key_sums(kept), by_id(session, 0, first_rows), more_found

    @staticmethod
    def _page(
        session: Session, wanted: DealFilter, offset: int, limit: int | None
    ) -> list[DealRow]:
        if limit is None and wanted == DealFilter() and offset == 0:
            return deal_rows(session)
        if limit is None:  # every one left (to sort them by a column)
            return wanted.kept(deal_rows(session))[offset:]
        return deal_rows(session, wanted=wanted, offset=offset, limit=limit)

    def _total(self, sums: list[DealSum]) -> Total | None:
        """Return the deals' value in the reporting currency (None before the first read).

        A closed deal counts at its close day's rate, a held one (still open) at today's.
        """
        if self._conversion is None:
            return None
        values = dated_values(sums, self._conversion.today, self._days)
        return self._conversion.dated_total(values)

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the closed and held deals again (the filters stay)."""
        with self._flow.sessions() as session:
            self.reload(session, self._flow.now())

    def reload(self, session: Session, now: datetime) -> None:
        """Read the deals and the reasons, keeping the filters, selection and scroll."""
        self._out_of_date = False
        self._sums = deal_sums(session)
        self._count = sum(part.count for part in self._sums)
        self._days = {}  # the rep's zone may have changed
        self._conversion = load_conversion(
            session, local_time.local_day(now), *close_days(self._sums)
        )
        chosen = self.reason.currentData()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(tr(_CONTEXT, "All reasons"), None)
        for reason in lost_reasons(session, retired=True):
            name = reason.name if not reason.retired else tr(_CONTEXT, "%1 (retired)", reason.name)
            self.reason.addItem(name, reason.id)
        self.reason.setCurrentIndex(max(0, self.reason.findData(chosen)))
        self.reason.blockSignals(False)
        self._show_in(session, again=True)

    def search_ready(self) -> bool:
        """Return True when the search keys are all read (a keystroke then only filters)."""
        return self._keys is not None or (self._reader is not None and self._reader.ready)

    def prepare_search(self) -> None:
        """Read the search keys in idle time from now on, and keep them (see the module)."""
        self._prepared = True
        if not self.search_ready():
            self._idle.start()

    def _reader_now(self) -> KeyReader:
        if self._reader is None:
            self._reader = KeyReader()
        return self._reader

    def _read_keys(self) -> None:
        """Read the next slice of search keys (in idle time, while the window is on screen)."""
        if self.search_ready() or not self.window().isVisible():
            return  # a closed window's database may be closed too
        with self._flow.sessions() as session:
            if not self._reader_now().read_slice(session):
                self._idle.start()

    def _on_flow_changed(self, change: Change | None, origin: object) -> None:
        """Bring the search keys up to the change (before the list reads again)."""
        touched = keys_changed_by(change)
        reader = self._reader if self._reader is not None and self._reader.ready else None
        if touched and reader is not None:  # the keys of the deals it touched, read again
            with self._flow.sessions() as session:
                reader.read_again(session, touched)
            self._keys = None  # taken from the reader again
        elif touched is None or touched:  # all read again, in idle time
            self._keys, self._reader = None, None
            if self._prepared:
                self._idle.start()
        super()._on_flow_changed(change, origin)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Once shown, the list reads its search keys in idle time (and keeps them)."""
        super().showEvent(event)
        self.prepare_search()

    def concerns(self, change: Change | None) -> bool:
        """Return True when ``change`` may alter a row of the list."""
        return change is None or bool(change.tables & LIST_TABLES)

    # --- acting -------------------------------------------------------------------------
    def selected_rows(self) -> list[DealRow]:
        """Return the selected deals, in list order."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def _ids(self, *statuses: DealStatus) -> list[int]:
        return [row.id for row in self.selected_rows() if row.status in statuses]

    def reopen_selected(self) -> bool:
        """Reopen the selected won and lost deals into a stage the rep chooses."""
        ids = self._ids(DealStatus.WON, DealStatus.LOST)
        return bool(ids) and self._outcomes.reopen(ids, parent=self) is not None

    def resume_selected(self) -> bool:
        """Take the selected held deals off hold, into the stage each left."""
        ids = self._ids(DealStatus.SUSPENDED)
        return bool(ids) and self._outcomes.resume(ids, parent=self) is not None

    def win_selected(self) -> bool:
        """Close the selected held deals as won."""
        ids = self._ids(DealStatus.SUSPENDED)
        return bool(ids) and self._outcomes.mark_won(ids, parent=self) is not None

    def lose_selected(self) -> bool:
        """Close the selected held deals as lost (asking why)."""
        ids = self._ids(DealStatus.SUSPENDED)
        return bool(ids) and self._outcomes.mark_lost(ids, parent=self) is not None

    def _on_selection_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.deal_requested.emit(self.model.id_at(index.row()))

    def _update_buttons(self) -> None:
        statuses = {row.status for row in self.selected_rows()}
        self.reopen_button.setEnabled(bool(statuses & {DealStatus.WON, DealStatus.LOST}))
        self.resume_button.setEnabled(DealStatus.SUSPENDED in statuses)
        current = self.view.currentIndex()
        if current.isValid():
            self.view.setToolTip(plain_tip(reason_text(self.model.row_at(current.row()))))

    def context_menu(self) -> QMenu:
        """Return the menu of what can be done with the selected deals."""
        menu = QMenu(self)
        menu.setObjectName("dealListMenu")
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if self.selected_rows():
            self.context_menu().popup(event.globalPos())

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        """Enter opens the current deal; Escape clears the search (then goes to the board)."""
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if (deal_id := self.current_id()) is not None:
                    self.deal_requested.emit(deal_id)
                return True
            if (
                watched is self.view
                and key == Qt.Key.Key_F10
                and (event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            ):
                rect = self.view.visualRect(self.view.currentIndex())
                self.context_menu().popup(self.view.viewport().mapToGlobal(rect.center()))
                return True
            if key == Qt.Key.Key_Escape:
                if self.search_field.text():
                    self.search_field.clear()
                else:
                    self.board_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        """Put the keyboard in the search field (Ctrl+F)."""
        self.search_field.setFocus()
        self.search_field.selectAll()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
