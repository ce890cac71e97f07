"""What the Visits area reads and writes; each write is one undoable core operation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.models import ChecklistTemplate, Deal, DealStatus
from salesdesk.core.operations.visits import (
    ActivityFields,
    conflicts,
    plan_activity,
    redo_plan,
    undo_plan,
)
from salesdesk.core.queries.agenda import DueCustomer, Occasion, birthdays_ahead, due_customers
from salesdesk.core.queries.customers import CustomerRow, customer_rows
from salesdesk.core.store import Database
from salesdesk.ui.database_command import DatabaseCommand
from salesdesk.ui.formatting import tr


class VisitData(QObject):
    """Reads for the planning form and the side lists; plans activities as undo steps.

    Signals:
        planned(int): an activity was planned (its id), or a planning was undone/redone (0).
    """

    planned = Signal(int)

    def __init__(
        self,
        database: Callable[[], Database],
        undo_stack: QUndoStack,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo_stack = undo_stack
        self.now = now

    def sessions(self) -> Session:
        """Return a new session on the current database (for reading)."""
        return self._database().sessions()

    def customers(self) -> tuple[CustomerRow, ...]:
        """Return every customer (for the planning form)."""
        with self._database().sessions() as session:
            return customer_rows(session)

    def open_deals(self, customer_id: int) -> list[tuple[int, str]]:
        """Return a customer's open deals as (id, title)."""
        with self._database().sessions() as session:
            rows = session.execute(
                select(Deal.id, Deal.title)
                .where(Deal.customer_id == customer_id, Deal.status == DealStatus.OPEN)
                .order_by(Deal.title)
            )
            return [(deal_id, title) for deal_id, title in rows]

    def templates(self) -> list[tuple[int, str]]:
        """Return the checklist templates as (id, name)."""
        with self._database().sessions() as session:
            rows = session.execute(
                select(ChecklistTemplate.id, ChecklistTemplate.name).order_by(
                    ChecklistTemplate.position, ChecklistTemplate.name
                )
            )
            return [(template_id, name) for template_id, name in rows]

    def conflicts(self, starts_at: datetime, minutes: int) -> int:
        """Return how many planned activities overlap that time."""
        with self._database().sessions() as session:
            return len(conflicts(session, starts_at, minutes))

    def due(self, today: date) -> list[DueCustomer]:
        """Return customers due for a follow-up."""
        with self._database().sessions() as session:
            return due_customers(session, today)

    def birthdays(self, today: date) -> list[Occasion]:
        """Return the birthdays of the next two weeks."""
        with self._database().sessions() as session:
            return birthdays_ahead(session, today)

    def plan(self, fields: ActivityFields) -> list[FieldProblem]:
        """Plan an activity as one undoable step; return what was refused (empty: planned)."""
        database = self._database()
        try:
            with database.transaction() as session:
                planned = plan_activity(session, fields, self.now())
        except InvalidFieldsError as error:
            return list(error.problems)
        except SalesDeskError as error:
            return [FieldProblem("customer_id", str(error))]
        self._undo_stack.push(
            DatabaseCommand(
                database, tr("Visits", "Plan %1").replace("%1", fields.kind.value),
                undo=lambda session: undo_plan(session, planned),
                redo=lambda session: redo_plan(session, planned),
                refresh=lambda: self.planned.emit(0), shown=True,
            )
        )  # fmt: skip
        self.planned.emit(planned.activity_id)
        return []
