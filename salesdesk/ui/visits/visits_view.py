"""The Visits area: the agenda of a day or a week, its follow-ups, and the brief beside it.

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
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.changes import Change
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.labels import ACTIVITY_TEXT, STATUS_TEXT
from salesdesk.core.models import ActivityKind, ActivityStatus
from salesdesk.core.queries import VisitRow
from salesdesk.core.queries.agenda import agenda, overdue_activities
from salesdesk.ui.formatting import (
    as_sentence,
    format_count,
    format_date,
    format_datetime,
    tr,
    tr_n,
    word,
)
from salesdesk.ui.printing.dossier_actions import DossierPrinting, dossier_actions, print_button
from salesdesk.ui.visits.brief_panel import BriefPanel
from salesdesk.ui.visits.cadence_dialog import CadenceDialog
from salesdesk.ui.visits.close_dialog import CloseDialog
from salesdesk.ui.visits.plan_dialog import PlanDialog
from salesdesk.ui.visits.planning import open_plan_dialog
from salesdesk.ui.visits.templates_dialog import TemplatesDialog
from salesdesk.ui.visits.visit_data import VisitData
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.area import FollowsChanges
from salesdesk.ui.widgets.list_area import ListArea
from salesdesk.ui.widgets.rows_model import Column

_CONTEXT = "VisitsView"
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


def kind_text(kind: ActivityKind) -> str:
    """Return the translated name of an activity kind."""
    return word(ACTIVITY_TEXT[kind])


def status_text(status: ActivityStatus) -> str:
    """Return the translated name of an activity status."""
    return word(STATUS_TEXT[status])


def readiness_text(row: VisitRow) -> str:
    """Return "7/12 ready" for an activity with a checklist, else nothing."""
    if not row.has_checklist:
        return ""
    return tr(_CONTEXT, "%1/%2 ready", str(row.checklist_done), str(row.checklist_total))


class VisitsView(FollowsChanges, ListArea):
    """The agenda of a day or a week, with the brief of the selected activity beside it."""

    def __init__(self, data: VisitData, parent: QWidget | None = None) -> None:
        columns = [
            Column[VisitRow](
                tr(_CONTEXT, "When"),
                lambda row: format_datetime(row.starts_at),
                lambda row: row.starts_at.timestamp(),
            ),
            Column[VisitRow](tr(_CONTEXT, "Kind"), lambda row: kind_text(row.kind)),
            Column[VisitRow](tr(_CONTEXT, "Customer"), lambda row: row.customer_name),
            Column[VisitRow](tr(_CONTEXT, "Deal"), lambda row: row.deal_title or ""),
            Column[VisitRow](tr(_CONTEXT, "Status"), lambda row: status_text(row.status)),
            Column[VisitRow](tr(_CONTEXT, "Checklist"), readiness_text),
            Column[VisitRow](tr(_CONTEXT, "Place"), lambda row: row.place or ""),
            Column[VisitRow](tr(_CONTEXT, "Objective"), lambda row: row.objective or ""),
        ]
        super().__init__(
            "visitsView",
            tr(_CONTEXT, "Visits"),
            columns,
            lambda row: row.id,
            tr(_CONTEXT, "Nothing planned on these days."),
            parent,
        )
        self._data = data
        self.follow(data.flow)
        self._first_day: date | None = None  # None: this week, once the clock is known
        self._overdue: list[VisitRow] = []
        self._days = 7
        self.plan_button = QPushButton(tr(_CONTEXT, "Plan…"), self)
        self.plan_button.setObjectName("visitsPlan")
        self.plan_button.setToolTip(
            tr(_CONTEXT, "Plan a visit, call, e-mail or task (Ctrl+Shift+V)")
        )
        self.plan_button.clicked.connect(lambda: self.plan())
        plan = QAction(tr(_CONTEXT, "Plan Visit…"), self)
        plan.setObjectName("actionPlanVisitHere")
        plan.setShortcut(QKeySequence("Ctrl+Shift+V"))
        plan.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plan.triggered.connect(lambda: self.plan())
        self.addAction(plan)
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plan_button)
        templates = QPushButton(tr(_CONTEXT, "Checklist templates…"), self)
        templates.setObjectName("visitsTemplates")
        templates.clicked.connect(self.edit_templates)
        row.addWidget(templates)
        row.addSpacing(24)
        for name, text, tip, step in (
            ("agendaPrevious", "◀", "Earlier (Alt+Left)", -1),
            ("agendaToday", "Today", "", 0),
            ("agendaNext", "▶", "Later (Alt+Right)", 1),
        ):
            button = QPushButton(tr(_CONTEXT, text), self)
            button.setObjectName(name)
            button.setToolTip(tr(_CONTEXT, tip))
            button.clicked.connect(lambda _=False, s=step: self.go(s))
            row.addWidget(button)
        self.mode = QComboBox(self)
        self.mode.setObjectName("agendaMode")
        self.mode.addItem(tr(_CONTEXT, "Week"), 7)
        self.mode.addItem(tr(_CONTEXT, "Day"), 1)
        self.mode.currentIndexChanged.connect(self._on_mode)
        row.addWidget(self.mode)
        self.printing = DossierPrinting(data, self)
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
        row.addSpacing(24)
        row.addWidget(self.day_print)
        for key, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            move = QAction(self)
            move.setShortcut(QKeySequence(key))
            move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            move.triggered.connect(lambda _=False, s=step: self.go(s))
            self.addAction(move)
        row.addStretch(1)
        self.insert_above_list(bar)
        self.due = QListWidget(self)
        self.due.setObjectName("visitsDue")
        self.due.itemActivated.connect(lambda item: self.plan(item.data(Qt.ItemDataRole.UserRole)))
        self.birthdays = QListWidget(self)
        self.birthdays.setObjectName("visitsBirthdays")
        self.overdue = QListWidget(self)
        self.overdue.setObjectName("visitsOverdue")
        self.overdue.itemActivated.connect(
            lambda item: self.go_to_activity(item.data(Qt.ItemDataRole.UserRole))
        )
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(tr(_CONTEXT, "Overdue: planned, day passed, not closed")))
        column.addWidget(self.overdue, 1)
        column.addWidget(QLabel(tr(_CONTEXT, "Due for a follow-up (Enter or double-click plans)")))
        column.addWidget(self.due, 2)
        cadence = QPushButton(tr(_CONTEXT, "Follow-up cadence…"), self)
        cadence.setObjectName("visitsCadence")
        cadence.clicked.connect(self.edit_cadence)
        column.addWidget(cadence)
        column.addWidget(QLabel(tr(_CONTEXT, "Birthdays and anniversaries in the next 14 days")))
        column.addWidget(self.birthdays, 1)
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
        self.tabs.addTab(side, tr(_CONTEXT, "Follow-ups and birthdays"))
        self.tabs.setCurrentIndex(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.layout().removeWidget(self.pages)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.tabs)
        splitter.setSizes([820, 440])
        self.layout().addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def show_activity(self, activity_id: int) -> None:
        """Show an activity's brief and checklist."""
        self.brief.templates = self._data.templates()
        self.brief.show_brief(self._data.brief(activity_id))
        self.tabs.setCurrentWidget(self.brief)

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
        return self.printing.customer(mode, brief.customer_id, brief.customer, brief.activity_id)

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

    def go_to_activity(self, activity_id: int) -> bool:
        """Show the days of an overdue (or any listed) activity and make it the current row."""
        row = next((row for row in self._overdue if row.id == activity_id), None)
        if row is not None:
            day = local_time.local_day(row.starts_at)
            self._first_day = day - timedelta(days=day.weekday() if self._days == 7 else 0)
            self.show_days()
        if not self.select_id(activity_id):
            return False
        self.show_activity(activity_id)
        return True

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

    def plan(self, customer_id: int | None = None) -> PlanDialog:
        """Open the planning form (for a customer, when given)."""
        return open_plan_dialog(self._data, self, customer_id=customer_id)

    def edit_templates(self) -> TemplatesDialog:
        """Open the checklist template editor (window-modal)."""
        dialog = TemplatesDialog(
            self._data.templates(), self._data.template, self._data.save_template, self
        )
        dialog.open()
        return dialog

    def refresh(self) -> None:
        """Read the lists and the brief again (after a change, or an undo of it)."""
        with self._data.sessions() as session:
            self.reload(session, self._data.now())

    def _reload_brief(self) -> None:
        shown = self.brief.brief
        if shown is None:
            return
        if self.current_id() != shown.activity_id:
            self.brief.clear()
            return
        try:
            self.brief.show_brief(self._data.brief(shown.activity_id))
        except SalesDeskError:  # the activity was undone away
            self.brief.clear()

    def go(self, step: int) -> None:
        """Show the previous (-1) or next (+1) day or week; 0 goes back to today."""
        today = local_time.local_day(self._data.now())
        if step == 0 or self._first_day is None:
            self._first_day = today - timedelta(days=today.weekday() if self._days == 7 else 0)
        else:
            self._first_day += timedelta(days=step * self._days)
        self.show_days()

    def _on_mode(self) -> None:
        self._days = self.mode.currentData()
        if self._days == 7 and self._first_day is not None:
            self._first_day -= timedelta(days=self._first_day.weekday())
        self.show_days()

    def show_days(self) -> None:
        """Read and show the agenda of the days chosen (the side lists stay as they are)."""
        with self._data.sessions() as session:
            self._show_agenda(session, self._data.now())

    def shown_days(self) -> tuple[date, int]:
        """Return the first day shown and how many days are shown."""
        if self._first_day is None:
            today = local_time.local_day(self._data.now())
            self._first_day = today - timedelta(days=today.weekday() if self._days == 7 else 0)
        return self._first_day, self._days

    def _show_agenda(self, session: Session, now: datetime) -> None:
        """Show the days chosen; the overdue count is the one the last reload found."""
        first, days = self.shown_days()
        rows = [row for day_rows in agenda(session, first, days).values() for row in day_rows]
        ready = sum(row.has_checklist and row.ready for row in rows)
        span = (
            format_date(first)
            if days == 1
            else (f"{format_date(first)} – {format_date(first + timedelta(days=days - 1))}")
        )
        summary = tr(
            _CONTEXT,
            "%1: %2 planned or done · %3 fully prepared · overdue follow-ups: %4",
            span,
            format_count(len(rows)),
            format_count(ready),
            format_count(len(self._overdue)),
        )
        self.show_rows(rows, summary)

    def reload(self, session: Session, now: datetime) -> None:
        """Read the agenda of the days shown, the follow-ups beside it, and the brief."""
        self._out_of_date = False
        today = local_time.local_day(now)
        self._overdue = overdue_activities(session, today)
        self._show_agenda(session, now)
        self._reload_brief()
        self.overdue.clear()
        for row in self._overdue:
            item = QListWidgetItem(
                f"{format_datetime(row.starts_at)} — {kind_text(row.kind)} · {row.customer_name}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.overdue.addItem(item)
        self.due.clear()
        for due in self._data.due(today):
            last = (
                format_date(due.last_contact_on) if due.last_contact_on else tr(_CONTEXT, "never")
            )
            item = QListWidgetItem(
                tr(_CONTEXT, "%1 · tier %2 · last contact %3", due.name, due.tier.value, last)
            )
            item.setData(Qt.ItemDataRole.UserRole, due.customer_id)
            self.due.addItem(item)
        self.birthdays.clear()
        for occasion in self._data.birthdays(today):
            whose = (
                occasion.person
                if occasion.person == occasion.customer
                else (f"{occasion.person} ({occasion.customer})")
            )
            self.birthdays.addItem(f"{format_date(occasion.day)} — {whose}")
