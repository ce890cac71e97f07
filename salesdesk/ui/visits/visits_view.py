"""The Visits area: the agenda of a day or a week, its follow-ups, and the brief beside it.

Weeks start on the locale's first day of the week; the area opens on today's next activity,
Day shows today when today is in the week shown, and Today goes to today and selects the next
activity from now. Today's rows are in
bold. The route column checks each day's visits (``core.route``). A filter narrows the list
by kind and by text; Escape clears it.

The brief shows the agenda's current activity, or nothing: another day or week that does not
list it empties the brief. Every change reaches the area as a change record (``apply_change``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.changes import Change
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import ActivityKind, ActivityStatus
from salesdesk.core.queries import VisitRow
from salesdesk.core.queries.agenda import agenda, overdue_activities
from salesdesk.core.route import StopCheck, route_of
from salesdesk.ui.formatting import (
    as_sentence,
    first_weekday,
    format_count,
    format_day,
    format_long_day,
    tr,
    tr_n,
)
from salesdesk.ui.printing.dossier_actions import DossierPrinting, dossier_actions, print_button
from salesdesk.ui.visits.agenda_columns import DAY_COLUMN, agenda_columns
from salesdesk.ui.visits.agenda_filter import AgendaFilter
from salesdesk.ui.visits.brief_panel import BriefPanel
from salesdesk.ui.visits.cadence_dialog import CadenceDialog
from salesdesk.ui.visits.close_dialog import CloseDialog
from salesdesk.ui.visits.follow_ups import FollowUpsPanel
from salesdesk.ui.visits.plan_dialog import PlanDialog
from salesdesk.ui.visits.planning import open_plan_dialog
from salesdesk.ui.visits.templates_dialog import TemplatesDialog
from salesdesk.ui.visits.travel_dialog import TravelDialog
from salesdesk.ui.visits.visit_data import VisitData
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.area import FollowsChanges
from salesdesk.ui.widgets.focus_order import chain_focus
from salesdesk.ui.widgets.list_area import ListArea

_CONTEXT = "VisitsView"
WEEK, DAY = 7, 1
_TOOL_BUTTONS = ("agendaPrevious", "agendaToday", "agendaNext")
# Tables whose rows the agenda, the follow-ups or a brief show.
VISIT_TABLES = frozenset(
    {
        "activities",
        "visit_checklist_items",
        "customers",
        "deals",
        "stages",
        "checklist_templates",
        "checklist_groups",
        "checklist_template_items",
        "settings",
        "family_members",
        "important_dates",
        "profile_entries",
        "objections",
    }
)


class VisitsView(FollowsChanges, ListArea):
    """The agenda of a day or a week, with the brief of the selected activity beside it."""

    def __init__(self, data: VisitData, parent: QWidget | None = None) -> None:
        route: dict[int, StopCheck] = {}  # the route check of each activity shown, by id
        super().__init__(
            "visitsView",
            tr(_CONTEXT, "Visits"),
            agenda_columns(route.get),
            lambda row: row.id,
            tr(_CONTEXT, "Nothing planned on these days."),
            parent,
        )
        self._route = route
        self._today = date.min  # the rep's today as of the last reading
        self._data = data
        self.follow(data.flow)
        self._first_day: date | None = None  # None: this week, once the clock is known
        self._overdue: list[VisitRow] = []
        self._days = WEEK
        self._opened = False  # True once the agenda was first read
        self.model.set_marked(lambda row: local_time.local_day(row.starts_at) == self._today)
        self.insert_above_list(self._tool_bar())
        self.filter = AgendaFilter(self)
        self.filter.changed.connect(self.show_days)
        self.search_field = self.filter.search_field
        self.insert_above_list(self.filter)
        self.follow_ups = FollowUpsPanel(self)
        self.follow_ups.activity_chosen.connect(self.go_to_activity)
        self.follow_ups.plan_requested.connect(lambda customer_id: self.plan(customer_id))
        self.follow_ups.cadence_requested.connect(self.edit_cadence)
        self.overdue, self.due = self.follow_ups.overdue, self.follow_ups.due
        self.birthdays = self.follow_ups.birthdays
        self.brief = BriefPanel(self)
        self.brief.item_ticked.connect(self._on_ticked)
        self.brief.item_added.connect(self._on_item_added)
        self.brief.close_requested.connect(self._on_close_requested)
        self.brief.template_requested.connect(self._on_template_requested)
        self.brief.change_requested.connect(self.change_shown)
        self.brief.print_actions = dossier_actions(
            self, "actionVisitDossier", self._on_print_visit, shortcuts=True
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("visitsSide")
        self.tabs.addTab(self.brief, tr(_CONTEXT, "Brief and checklist"))
        self.tabs.addTab(self.follow_ups, tr(_CONTEXT, "Follow-ups and birthdays"))
        self.tabs.setCurrentIndex(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("visitsSplitter")
        self.layout().removeWidget(self.pages)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 440])
        self.layout().addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        bar = self.findChild(QWidget, "agendaToolBar")
        chain_focus(
            self.filter.search_field,
            self.filter.kind,
            *(bar.findChild(QPushButton, name) for name in _TOOL_BUTTONS),
            self.mode,
            self.plan_button,
            *(bar.findChild(QPushButton, name) for name in ("visitsTemplates", "visitsTravel")),
            self.day_print,
            self.view,
            self.tabs,
        )

    # --- building ---------------------------------------------------------------------
    def _button(self, name: str, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _shortcut(self, keys: str, slot: object, name: str = "", text: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _tool_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("agendaToolBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        for name, text, tip, step in (
            ("agendaPrevious", "◀", tr(_CONTEXT, "Earlier (Alt+Left)"), -1),
            ("agendaToday", tr(_CONTEXT, "Today"), tr(_CONTEXT, "Today and its next activity"), 0),
            ("agendaNext", "▶", tr(_CONTEXT, "Later (Alt+Right)"), 1),
        ):
            button = self._button(name, text, tip)
            button.clicked.connect(lambda _=False, s=step: self.go(s))
            row.addWidget(button)
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            self._shortcut(keys, lambda _=False, s=step: self.go(s))
        self.mode = QComboBox(self)
        self.mode.setObjectName("agendaMode")
        self.mode.addItem(tr(_CONTEXT, "Week"), WEEK)
        self.mode.addItem(tr(_CONTEXT, "Day"), DAY)
        self.mode.currentIndexChanged.connect(self._on_mode)
        row.addWidget(self.mode)
        row.addSpacing(16)
        self.plan_button = self._button(
            "visitsPlan",
            tr(_CONTEXT, "Plan…"),
            tr(
                _CONTEXT,
                "Plan a visit, call, e-mail or task for the selected customer (Ctrl+Shift+V)",
            ),
        )
        self.plan_button.clicked.connect(lambda: self.plan())
        row.addWidget(self.plan_button)
        self._shortcut(
            "Ctrl+Shift+V", lambda: self.plan(), "actionPlanVisitHere", tr(_CONTEXT, "Plan Visit…")
        )
        for name, text, slot in (
            ("visitsTemplates", tr(_CONTEXT, "Checklist templates…"), self.edit_templates),
            ("visitsTravel", tr(_CONTEXT, "Travel times…"), self.edit_travel),
        ):
            button = self._button(name, text)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.printing = DossierPrinting(self._data, self)
        self.day_print = print_button(
            self,
            "agendaPrintDay",
            tr(_CONTEXT, "Print the dossiers for this day"),
            dossier_actions(self, "actionDayDossiers", self._on_print_day),
        )
        self.day_print.setToolTip(
            tr(
                _CONTEXT,
                "The route and the dossier of every customer visited on the selected "
                "visit's day (or the day shown), each on new pages",
            )
        )
        row.addSpacing(16)
        row.addWidget(self.day_print)
        row.addStretch(1)
        return bar

    # --- the days shown ---------------------------------------------------------------
    def _start_of(self, day: date) -> date:
        """Return the first day shown for ``day``: the day itself, or its week's first day."""
        return day if self._days == DAY else local_time.week_start(day, first_weekday())

    def shown_days(self) -> tuple[date, int]:
        """Return the first day shown and how many days are shown."""
        if self._first_day is None:
            self._first_day = self._start_of(local_time.local_day(self._data.now()))
        return self._first_day, self._days

    def go(self, step: int) -> None:
        """Show the previous (-1) or next (+1) day or week; 0 goes to today's next activity."""
        first, days = self.shown_days()
        if step == 0:
            self._first_day = self._start_of(local_time.local_day(self._data.now()))
            self.show_days()
            self.select_next_activity()
            return
        self._first_day = first + timedelta(days=step * days)
        self.show_days()

    def _on_mode(self) -> None:
        first, days = self.shown_days()
        self._days = self.mode.currentData()
        today = local_time.local_day(self._data.now())
        current = self.current_id()
        if self._days == DAY:
            if first <= today < first + timedelta(days=days):
                self._first_day = today
            elif current is not None:
                row = self.model.row_of(current)
                self._first_day = local_time.local_day(self.model.row_at(row).starts_at)
            else:
                self._first_day = first
        else:
            self._first_day = self._start_of(first)
        self.view.setColumnHidden(DAY_COLUMN, self._days == DAY)  # the summary names the day
        self.show_days()
        self.fit_columns()
        if self._first_day == today and self.current_id() is None:
            self.select_next_activity()

    def select_next_activity(self) -> bool:
        """Select today's next activity from now (else the next one shown); False if none."""
        now = self._data.now()
        rows = sorted(self.model.rows(), key=lambda row: (row.starts_at, row.id))
        today = [row for row in rows if local_time.local_day(row.starts_at) == self._today]
        chosen = next((row for row in today if row.starts_at >= now), None)
        chosen = chosen or next((row for row in rows if row.starts_at >= now), None)
        chosen = chosen or (today[-1] if today else None)
        if chosen is None:
            return False
        self.select_id(chosen.id)
        if today:  # once laid out: today's first row at the top, the day read from its start
            QTimer.singleShot(0, lambda: self._scroll_to_top(today[0].id, chosen.id))
        return True

    def _scroll_to_top(self, activity_id: int, selected_id: int) -> None:
        """Put ``activity_id``'s row at the top, as long as the selected row stays in sight."""
        row = self.model.row_of(activity_id)
        if row is not None:
            self.view.scrollTo(self.model.index(row, 0), self.view.ScrollHint.PositionAtTop)
        selected = self.model.row_of(selected_id)
        if selected is not None:
            self.view.scrollTo(self.model.index(selected, 0))

    def show_days(self) -> None:
        """Read and show the agenda of the days chosen (the side lists stay as they are)."""
        with self._data.sessions() as session:
            self._show_agenda(session, self._data.now())

    def _show_agenda(self, session: Session, now: datetime) -> None:
        """Show the days chosen; the overdue count is the one the last reload found."""
        self._today = local_time.local_day(now)
        first, days = self.shown_days()
        every = [row for day_rows in agenda(session, first, days).values() for row in day_rows]
        self._route.clear()
        self._route.update(route_of(every, self._data.travel_rules()))
        rows = [row for row in every if self.filter.accepts(row)]
        self.show_rows(rows, self._summary(first, days, every, rows))

    def _summary(self, first: date, days: int, every: list[VisitRow], rows: list[VisitRow]) -> str:
        if days == DAY:
            span = format_long_day(first)
            if first == self._today:
                span = tr(_CONTEXT, "%1 (today)", span)
        else:
            last = first + timedelta(days=days - 1)
            span = f"{format_day(first)} – {format_day(last)}"
        ready = sum(row.has_checklist and row.ready for row in rows)
        parts = [
            tr(_CONTEXT, "%1 planned or done", format_count(len(every)))
            if len(rows) == len(every)
            else tr(_CONTEXT, "%1 of %2 shown", format_count(len(rows)), format_count(len(every))),
            tr(_CONTEXT, "%1 fully prepared", format_count(ready)),
        ]
        problems = sum(check.has_problem for check in self._route.values())
        if problems:
            parts.append(tr_n(_CONTEXT, "%n cannot work as planned (see Route)", problems))
        parts.append(tr(_CONTEXT, "overdue follow-ups: %1", format_count(len(self._overdue))))
        return tr(_CONTEXT, "%1: %2", span, " · ".join(parts))

    def reload(self, session: Session, now: datetime) -> None:
        """Read the agenda of the days shown, the follow-ups beside it, and the brief."""
        self._out_of_date = False
        today = local_time.local_day(now)
        self._overdue = overdue_activities(session, today)
        self._show_agenda(session, now)
        if not self._opened:  # the first look at the agenda starts at today's next activity
            self._opened = True
            self.select_next_activity()
        self._reload_brief()
        self.follow_ups.show_lists(
            self._overdue, self._data.due(today), self._data.birthdays(today)
        )

    def refresh(self) -> None:
        """Read the lists and the brief again (after a change, or an undo of it)."""
        with self._data.sessions() as session:
            self.reload(session, self._data.now())

    def focus_search(self) -> None:
        """Put the keyboard in the filter field, its text selected (Ctrl+F)."""
        self.search_field.setFocus()
        self.search_field.selectAll()

    # --- the brief --------------------------------------------------------------------
    def show_activity(self, activity_id: int) -> None:
        """Show an activity's brief and checklist."""
        self.brief.templates = self._data.templates()
        self.brief.now = self._data.now()
        self.brief.show_brief(self._data.brief(activity_id))
        self.tabs.setCurrentWidget(self.brief)

    def _on_current_changed(self, current: QModelIndex) -> None:
        if not current.isValid():
            self.brief.clear()
            return
        activity_id = self.model.id_at(current.row())
        if self.brief.brief is None or self.brief.brief.activity_id != activity_id:
            self.show_activity(activity_id)

    def current_gone(self) -> None:
        """Show no brief: the activity shown is not on the days shown any more."""
        self.brief.clear()

    def _reload_brief(self) -> None:
        shown = self.brief.brief
        if shown is None:
            return
        if self.current_id() != shown.activity_id:
            self.brief.clear()
            return
        try:
            self.brief.now = self._data.now()
            self.brief.show_brief(self._data.brief(shown.activity_id))
        except SalesDeskError:  # the activity was undone away
            self.brief.clear()

    def go_to_activity(self, activity_id: int) -> bool:
        """Show the days of an overdue (or any listed) activity and make it the current row."""
        row = next((row for row in self._overdue if row.id == activity_id), None)
        if row is not None:
            self._first_day = self._start_of(local_time.local_day(row.starts_at))
            self.show_days()
        if not self.select_id(activity_id):
            return False
        self.show_activity(activity_id)
        return True

    # --- changes ----------------------------------------------------------------------
    def concerns(self, change: Change | None) -> bool:
        """Return True when ``change`` may alter the agenda, the follow-ups or a brief."""
        return change is None or bool(change.tables & VISIT_TABLES)

    def apply_change(self, change: Change | None, origin: object) -> None:
        """Read the days shown, the follow-ups and the brief again when ``change`` concerns them.

        Queued: a change made from inside the brief (a tick) must not rebuild the brief while
        the check box that sent it is still handling its click.
        """
        QTimer.singleShot(0, self.refresh)

    def _on_ticked(self, item_id: int, done: bool) -> None:
        if self.brief.brief is not None:
            self._data.tick(self.brief.brief.activity_id, item_id, done)

    def _on_item_added(self, text: str) -> None:
        if self.brief.brief is not None:
            problems = self._data.add_item(self.brief.brief.activity_id, text)
            if problems:
                messages.warn(
                    self, tr(_CONTEXT, "Item not added"), as_sentence(problems[0].message)
                )

    def _on_template_requested(self, template_id: int | None) -> bool:
        brief = self.brief.brief
        if brief is None or brief.template_id == template_id:
            return False
        ticked = self._data.ticked(brief.activity_id)
        if ticked:
            question = tr_n(
                _CONTEXT, "Changing the checklist discards %n ticked item(s). Change it?", ticked
            )
            if not messages.confirm(self, tr(_CONTEXT, "Change checklist"), question):
                self.show_activity(brief.activity_id)  # the choice goes back
                return False
        self._data.change_template(brief.activity_id, template_id)
        return True

    def _on_close_requested(self, status: str) -> CloseDialog | None:
        brief = self.brief.brief
        if brief is None:
            return None
        activity_id, chosen = brief.activity_id, ActivityStatus(status)
        dialog = CloseDialog(
            chosen,
            lambda entered: self._data.close(activity_id, chosen, entered),
            self._data.now(),
            self,
        )
        dialog.open()
        return dialog

    # --- dialogs ----------------------------------------------------------------------
    def plan(self, customer_id: int | None = None) -> PlanDialog:
        """Open the planning form for ``customer_id``, else for the selected activity's customer.

        With neither, the form asks for the customer: it never guesses one.
        """
        deal_id = None
        current = self.view.currentIndex()
        if customer_id is None and current.isValid():
            row = self.model.row_at(current.row())
            customer_id, deal_id = row.customer_id, row.deal_id
        return open_plan_dialog(self._data, self, customer_id=customer_id, deal_id=deal_id)

    def change_shown(self) -> PlanDialog | None:
        """Open the activity shown in the brief in the planning form, to change it."""
        if self.brief.brief is None:
            return None
        return open_plan_dialog(self._data, self, activity_id=self.brief.brief.activity_id)

    def edit_cadence(self) -> CadenceDialog:
        """Open the follow-up cadence per tier (window-modal)."""
        dialog = CadenceDialog(self._data.cadence(), self._data.set_cadence, self)
        dialog.open()
        return dialog

    def edit_travel(self) -> TravelDialog:
        """Open the travel times the route is checked with (window-modal)."""
        dialog = TravelDialog(self._data.travel_rules(), self._data.set_travel_rules, self)
        dialog.open()
        return dialog

    def edit_templates(self) -> TemplatesDialog:
        """Open the checklist template editor (window-modal)."""
        dialog = TemplatesDialog(
            self._data.templates(), self._data.template, self._data.save_template, self
        )
        dialog.open()
        return dialog

    # --- printing ---------------------------------------------------------------------
    def print_day(self) -> date:
        """Return the day whose dossiers are printed: the selected visit's, else the day shown."""
        current = self.view.currentIndex()
        if current.isValid():
            return local_time.local_day(self.model.row_at(current.row()).starts_at)
        return self.shown_days()[0]

    def _on_print_day(self, mode: str) -> object:
        return self.printing.day(mode, self.print_day())

    def _on_print_visit(self, mode: str) -> object:
        brief = self.brief.brief
        if brief is None:
            return None
        # A call's or a task's brief prints the dossier for the customer's next visit.
        visit = brief.activity_id if brief.kind is ActivityKind.VISIT else None
        return self.printing.customer(mode, brief.customer_id, brief.customer, visit)
