"""Beside the agenda: overdue activities, customers due by their tier's cadence, occasions.

Signals:
    activity_chosen(int): the rep opened an overdue activity (its id).
    plan_requested(int): the rep wants to plan a contact with a due customer (their id).
    cadence_requested(): the rep wants to change the follow-up cadence.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.queries import VisitRow
from salesdesk.core.queries.agenda import DueCustomer, Occasion
from salesdesk.ui.formatting import format_date, format_datetime, tr
from salesdesk.ui.visits.agenda_columns import kind_text
from salesdesk.ui.widgets.labels import plain_tip

_CONTEXT = "VisitsView"


class FollowUpsPanel(QWidget):
    """The follow-ups tab of the Visits area."""

    activity_chosen = Signal(int)
    plan_requested = Signal(int)
    cadence_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsFollowUps")
        self.overdue = QListWidget(self)
        self.overdue.setObjectName("visitsOverdue")
        self.overdue.itemActivated.connect(
            lambda item: self.activity_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.due = QListWidget(self)
        self.due.setObjectName("visitsDue")
        self.due.itemActivated.connect(
            lambda item: self.plan_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.birthdays = QListWidget(self)
        self.birthdays.setObjectName("visitsBirthdays")
        cadence = QPushButton(tr(_CONTEXT, "Follow-up cadence…"), self)
        cadence.setObjectName("visitsCadence")
        cadence.clicked.connect(self.cadence_requested)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(tr(_CONTEXT, "Overdue: planned, day passed, not closed")))
        column.addWidget(self.overdue, 1)
        column.addWidget(QLabel(tr(_CONTEXT, "Due for a follow-up (Enter or double-click plans)")))
        column.addWidget(self.due, 2)
        column.addWidget(cadence)
        column.addWidget(QLabel(tr(_CONTEXT, "Birthdays and anniversaries in the next 14 days")))
        column.addWidget(self.birthdays, 1)

    def show_lists(
        self, overdue: Sequence[VisitRow], due: Sequence[DueCustomer], days: Sequence[Occasion]
    ) -> None:
        """Fill the three lists."""
        self.overdue.clear()
        for row in overdue:
            text = f"{format_datetime(row.starts_at)} — {kind_text(row.kind)} · {row.customer_name}"
            self.overdue.addItem(_item(text, row.id))
        self.due.clear()
        for customer in due:
            last = (
                format_date(customer.last_contact_on)
                if customer.last_contact_on
                else tr(_CONTEXT, "never")
            )
            text = tr(
                _CONTEXT,
                "%1 · tier %2 · last contact %3",
                customer.name,
                customer.tier.value,
                last,
            )
            self.due.addItem(_item(text, customer.customer_id))
        self.birthdays.clear()
        for occasion in days:
            whose = (
                occasion.person
                if occasion.person == occasion.customer
                else f"{occasion.person} ({occasion.customer})"
            )
            self.birthdays.addItem(_item(f"{format_date(occasion.day)} — {whose}", None))


def _item(text: str, data: int | None) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setToolTip(plain_tip(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item
