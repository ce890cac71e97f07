"""Planning a visit, call, e-mail or task: customer, deal, time, place, objective, checklist.

The form starts with the customer (and deal) it was opened for; opened without one, it asks
for the customer instead of guessing. Times are in the locale's format. A visit gets the
first checklist template by default, a call, an e-mail or a task none. A time that overlaps
another planned activity is flagged (planning it anyway is allowed: two calls can share a
slot). Refused fields say why under the field and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from salesdesk.core import local_time
from salesdesk.core.errors import FieldProblem
from salesdesk.core.labels import ACTIVITY_TEXT
from salesdesk.core.models import ActivityKind
from salesdesk.core.operations.visits import ActivityFields
from salesdesk.core.queries.customers import CustomerRow
from salesdesk.ui.board.quick_create import customer_label
from salesdesk.ui.formatting import datetime_format, tr, tr_n, word
from salesdesk.ui.widgets.entry_dialog import EntryDialog
from salesdesk.ui.widgets.form_parts import ERROR_COLOUR

_CONTEXT = "PlanVisit"


def next_slot(now: datetime) -> datetime:
    """Return tomorrow at 9:00 local time: a sensible first suggestion."""
    local = local_time.local(now)
    return (local + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)


class PlanDialog(EntryDialog):
    """The planning form; ``save`` plans and returns what it refused."""

    def __init__(
        self,
        customers: Sequence[CustomerRow],
        deals_of: Callable[[int], list[tuple[int, str]]],
        templates: Sequence[tuple[int, str]],
        conflicts: Callable[[datetime, int], int],
        save: Callable[[ActivityFields], Sequence[FieldProblem]],
        now: datetime,
        *,
        customer_id: int | None = None,
        deal_id: int | None = None,
        existing: ActivityFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = tr(_CONTEXT, "Plan") if existing is None else tr(_CONTEXT, "Change")
        super().__init__(title, "planDialog", None, parent)
        self.setMinimumWidth(560)
        self._deals_of = deals_of
        self._conflicts = conflicts
        self._save = save
        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(word(ACTIVITY_TEXT[kind]), kind.value)
        self._chosen_template = False  # the rep picked a checklist: the kind no longer does
        self.customer = QComboBox()
        self.customer.setEditable(True)  # type to find; the completer matches any part
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in customers:
            self.customer.addItem(customer_label(row), row.id)
        self.customer.completer().setFilterMode(
            self.customer.completer().filterMode().MatchContains
        )
        self.customer.setCurrentIndex(-1)  # none until the context or the rep names one
        self.customer.lineEdit().setPlaceholderText(tr(_CONTEXT, "Choose or type a customer…"))
        self.deal = QComboBox()
        self.customer.currentIndexChanged.connect(self._show_deals)
        start = next_slot(now)
        self.starts = QDateTimeEdit(QDateTime(start.date(), QTime(start.hour, start.minute)))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(datetime_format())
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 12 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(tr(_CONTEXT, " min"))
        self.place = QLineEdit()
        self.objective = QPlainTextEdit()
        self.outcome = QPlainTextEdit()
        for box in (self.objective, self.outcome):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        self.template = QComboBox()
        self.template.addItem(tr(_CONTEXT, "No checklist"), None)
        for template_id, name in templates:
            self.template.addItem(name, template_id)
        self.template.activated.connect(self._on_template_chosen)
        self.kind.currentIndexChanged.connect(self._suggest_template)
        for title, field, widget in (
            ("&Kind:", "kind", self.kind),
            ("C&ustomer:", "customer_id", self.customer),
            ("&Deal:", "deal_id", self.deal),
            ("&Starts:", "starts_at", self.starts),
            ("Dur&ation:", "duration_minutes", self.minutes),
            ("&Place:", "place", self.place),
            ("&Objective:", "objective", self.objective),
            ("Desired outco&me:", "desired_outcome", self.outcome),
            ("&Checklist:", "template_id", self.template),
        ):
            self.add_row(title, field, widget)
        self.clash = self.errors["starts_at"]
        self.starts.dateTimeChanged.connect(self._show_clash)
        self.minutes.valueChanged.connect(self._show_clash)
        self.finish(self.submit)
        if customer_id is not None:
            self.customer.setCurrentIndex(self.customer.findData(customer_id))
        self._show_deals()
        self._suggest_template()
        if deal_id is not None:
            self.deal.setCurrentIndex(max(self.deal.findData(deal_id), 0))
        if existing is not None:
            self._fill(existing)
        self._show_clash()

    def _fill(self, existing: ActivityFields) -> None:
        """Show an activity being changed; its checklist is changed from the brief instead."""
        self.kind.setCurrentIndex(self.kind.findData(existing.kind.value))
        self.customer.setCurrentIndex(self.customer.findData(existing.customer_id))
        self._show_deals()
        self.deal.setCurrentIndex(max(self.deal.findData(existing.deal_id), 0))
        local = local_time.local(existing.starts_at)
        self.starts.setDateTime(QDateTime(local.date(), QTime(local.hour, local.minute)))
        self.minutes.setValue(existing.duration_minutes)
        self.place.setText(existing.place)
        self.objective.setPlainText(existing.objective)
        self.outcome.setPlainText(existing.desired_outcome)
        self.template.setCurrentIndex(max(self.template.findData(existing.template_id), 0))
        self.template.setEnabled(False)

    def _on_template_chosen(self) -> None:
        self._chosen_template = True

    def _suggest_template(self) -> None:
        """Give a visit the first checklist template and other kinds none, until the rep picks."""
        if self._chosen_template or not self.template.isEnabled():
            return
        visit = self.kind.currentData() == ActivityKind.VISIT.value
        self.template.setCurrentIndex(1 if visit and self.template.count() > 1 else 0)

    def starts_at(self) -> datetime:
        """Return the chosen start as an aware datetime in UTC."""
        chosen = self.starts.dateTime()
        day, clock = chosen.date(), chosen.time()
        wall = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        return local_time.localize(wall).astimezone(UTC)

    def _customer_id(self) -> int | None:
        """Return the customer chosen: the list's entry whose label is the text shown."""
        index, shown = self.customer.currentIndex(), self.customer.currentText()
        if index < 0 or self.customer.itemText(index) != shown:
            index = self.customer.findText(shown)
        return self.customer.itemData(index) if index >= 0 else None

    def _show_deals(self) -> None:
        self.deal.clear()
        self.deal.addItem(tr(_CONTEXT, "No deal"), None)
        customer_id = self._customer_id()
        if customer_id is not None:
            for deal_id, title in self._deals_of(customer_id):
                self.deal.addItem(title, deal_id)

    def _show_clash(self) -> None:
        count = self._conflicts(self.starts_at(), self.minutes.value())
        self.clash.setStyleSheet(f"color: {ERROR_COLOUR};" if count else "")
        self.clash.setText(tr_n(_CONTEXT, "Overlaps %n planned activit(y|ies).", count))
        self.clash.setVisible(bool(count))

    def entered(self) -> ActivityFields:
        """Return the form as activity fields."""
        return ActivityFields(
            kind=ActivityKind(self.kind.currentData()),
            customer_id=self._customer_id() or 0,
            starts_at=self.starts_at(),
            duration_minutes=self.minutes.value(),
            deal_id=self.deal.currentData(),
            place=self.place.text(),
            objective=self.objective.toPlainText(),
            desired_outcome=self.outcome.toPlainText(),
            template_id=self.template.currentData(),
        )

    def submit(self) -> bool:
        """Plan; close when planned."""
        return self.show_problems(self._save(self.entered()))
