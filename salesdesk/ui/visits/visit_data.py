"""What the Visits area reads and writes; each write is one undoable core operation."""

from __future__ import annotations

from datetime import date, datetime

from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.labels import ACTIVITY_TEXT
from salesdesk.core.models import ActivityStatus, Tier
from salesdesk.core.operations.cadence import set_cadence
from salesdesk.core.operations.checklists import (
    GroupDraft,
    TemplateState,
    save_template,
    template_state,
)
from salesdesk.core.operations.travel import set_travel_rules
from salesdesk.core.operations.visits import (
    ActivityFields,
    add_one_off_item,
    change_template,
    complete_activity,
    conflicts,
    fields_of_activity,
    plan_activity,
    tick_item,
    ticked_template_items,
    update_activity,
)
from salesdesk.core.queries.agenda import (
    DueCustomer,
    Occasion,
    birthdays_ahead,
    cadence,
    due_customers,
)
from salesdesk.core.queries.customers import CustomerRow, customer_rows
from salesdesk.core.queries.planning import checklist_templates, open_deals_of
from salesdesk.core.queries.travel import travel_rules
from salesdesk.core.queries.visit_brief import VisitBrief, visit_brief
from salesdesk.core.route import TravelRules
from salesdesk.ui.formatting import tr, word
from salesdesk.ui.undoable_data import UndoableData
from salesdesk.ui.visits.close_dialog import CloseInput


class VisitData(UndoableData):
    """Reads for the planning form and the side lists; plans and closes activities as undo steps."""

    def customers(self) -> tuple[CustomerRow, ...]:
        """Return every customer (for the planning form)."""
        with self.sessions() as session:
            return customer_rows(session)

    def open_deals(self, customer_id: int) -> list[tuple[int, str]]:
        """Return a customer's open deals as (id, title)."""
        with self.sessions() as session:
            return open_deals_of(session, customer_id)

    def templates(self) -> list[tuple[int, str]]:
        """Return the checklist templates as (id, name)."""
        with self.sessions() as session:
            return checklist_templates(session)

    def conflicts(self, starts_at: datetime, minutes: int) -> int:
        """Return how many planned activities overlap that time."""
        with self.sessions() as session:
            return len(conflicts(session, starts_at, minutes))

    def due(self, today: date) -> list[DueCustomer]:
        """Return customers due for a follow-up."""
        with self.sessions() as session:
            return due_customers(session, today)

    def birthdays(self, today: date) -> list[Occasion]:
        """Return the birthdays of the next two weeks."""
        with self.sessions() as session:
            return birthdays_ahead(session, today)

    def brief(self, activity_id: int) -> VisitBrief:
        """Read the brief of an activity."""
        with self.sessions() as session:
            return visit_brief(session, activity_id, self.now())

    def tick(self, activity_id: int, item_id: int, done: bool) -> None:
        """Tick or untick a checklist item (one undo step)."""
        self.run(
            tr("Visits", "Tick checklist item"),
            lambda session: tick_item(session, item_id, done, self.now()),
        )

    def add_item(self, activity_id: int, text: str) -> list[FieldProblem]:
        """Add a one-off checklist item (one undo step)."""
        try:
            self.run(
                tr("Visits", "Add checklist item"),
                lambda session: add_one_off_item(session, activity_id, text),
            )
        except InvalidFieldsError as error:
            return list(error.problems)
        return []

    def close(
        self, activity_id: int, status: ActivityStatus, entered: CloseInput
    ) -> list[FieldProblem]:
        """Mark an activity done, cancelled or a no-show (one undo step)."""
        try:
            self.run(
                tr("Visits", "Close activity"),
                lambda session: complete_activity(
                    session,
                    activity_id,
                    status,
                    self.now(),
                    outcome=entered.outcome,
                    next_step=entered.next_step,
                    next_at=entered.next_at,
                ),
            )
        except InvalidFieldsError as error:
            return list(error.problems)
        except SalesDeskError as error:
            return [FieldProblem("outcome", str(error))]
        return []

    def ticked(self, activity_id: int) -> int:
        """Return how many template items of a visit are ticked."""
        with self.sessions() as session:
            return ticked_template_items(session, activity_id)

    def change_template(self, activity_id: int, template_id: int | None) -> None:
        """Give a visit another template's checklist (one undo step)."""
        self.run(
            tr("Visits", "Change checklist"),
            lambda session: change_template(session, activity_id, template_id),
        )

    def cadence(self) -> dict[Tier, int]:
        """Return the follow-up cadence in days per tier."""
        with self.sessions() as session:
            return cadence(session)

    def set_cadence(self, days: dict[Tier, int]) -> list[FieldProblem]:
        """Store the follow-up cadence (one undo step); return what was refused."""
        try:
            self.run(
                tr("Visits", "Change follow-up cadence"),
                lambda session: set_cadence(session, days),
            )
        except InvalidFieldsError as error:
            return list(error.problems)
        return []

    def travel_rules(self) -> TravelRules:
        """Return the travel times the day's route is checked with."""
        with self.sessions() as session:
            return travel_rules(session)

    def set_travel_rules(self, rules: TravelRules) -> list[FieldProblem]:
        """Store the travel times (one undo step); return what was refused."""
        try:
            self.run(
                tr("Visits", "Change travel times"),
                lambda session: set_travel_rules(session, rules),
            )
        except InvalidFieldsError as error:
            return list(error.problems)
        return []

    def template(self, template_id: int) -> TemplateState:
        """Read a checklist template's groups and items."""
        with self.sessions() as session:
            return template_state(session, template_id)

    def save_template(
        self, template_id: int | None, name: str, groups: list[GroupDraft]
    ) -> list[FieldProblem]:
        """Save a checklist template (one undo step); return what was refused."""
        try:
            self.run(
                tr("Visits", "Edit checklist template"),
                lambda session: save_template(session, template_id, name, groups),
            )
        except InvalidFieldsError as error:
            return list(error.problems)
        except SalesDeskError as error:
            return [FieldProblem("name", str(error))]
        return []

    def fields_of(self, activity_id: int) -> ActivityFields:
        """Read an activity's fields for the planning form."""
        with self.sessions() as session:
            return fields_of_activity(session, activity_id)

    def change(self, activity_id: int, fields: ActivityFields) -> list[FieldProblem]:
        """Change a planned activity (one undo step); return what was refused."""
        try:
            self.run(
                tr("Visits", "Change %1", word(ACTIVITY_TEXT[fields.kind]).lower()),
                lambda session: update_activity(session, activity_id, fields),
            )
        except InvalidFieldsError as error:
            return list(error.problems)
        except SalesDeskError as error:
            return [FieldProblem("customer_id", str(error))]
        return []

    def plan(self, fields: ActivityFields) -> list[FieldProblem]:
        """Plan an activity as one undoable step; return what was refused (empty: planned)."""
        try:
            self.run(
                tr("Visits", "Plan %1", word(ACTIVITY_TEXT[fields.kind]).lower()),
                lambda session: plan_activity(session, fields, self.now()),
            )
        except InvalidFieldsError as error:
            return list(error.problems)
        except SalesDeskError as error:
            return [FieldProblem("customer_id", str(error))]
        return []
