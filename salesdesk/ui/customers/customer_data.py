"""What the Customers area reads and writes, each write one undoable core operation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.models import CustomerTrait, FormSection, ObjectionKind
from salesdesk.core.operations.company_entries import (
    remove_key_person,
    remove_news,
    remove_purchase,
    save_key_person,
    save_news,
    save_purchase,
)
from salesdesk.core.operations.customer_editing import (
    ContactFields,
    contact_fields,
    update_contact,
)
from salesdesk.core.operations.family import (
    remove_family_member,
    remove_important_date,
    save_family_member,
    save_important_date,
)
from salesdesk.core.operations.notes import add_note
from salesdesk.core.operations.objections import delete_objection, save_objection
from salesdesk.core.operations.profile_answers import add_fact, remove_fact, set_answer
from salesdesk.core.operations.qualification import set_trait
from salesdesk.core.operations.questions import save_questions
from salesdesk.core.operations.referrals import ReferralInput, add_referrals
from salesdesk.core.queries.customers import CustomerRow, company_names, customer_rows
from salesdesk.core.queries.objections import ObjectionRow, playbook
from salesdesk.core.queries.preferences import default_currency
from salesdesk.core.queries.profile import Profile, load_profile
from salesdesk.core.queries.questions import QuestionDraft, active_questions
from salesdesk.core.queries.referrals import deal_owner
from salesdesk.core.queries.timeline import Event, customer_timeline
from salesdesk.core.search import SearchTerms, indexed_matches
from salesdesk.ui.change_flow import Result
from salesdesk.ui.customers.company_dialogs import NewsInput, PersonInput, PurchaseInput
from salesdesk.ui.customers.family_dialogs import DateInput, MemberInput
from salesdesk.ui.customers.objection_dialog import ObjectionInput
from salesdesk.ui.formatting import as_sentence, phone_region, tr
from salesdesk.ui.undoable_data import UndoableData


class CustomerData(UndoableData):
    """Searches, profiles and every edit of a customer's card, through the change flow.

    Edits made in place (an answer typed, a trait ticked) pass the card as ``origin``: it
    shows them already and is not rebuilt under the rep's cursor.
    """

    def search(self, terms: SearchTerms) -> set[int]:
        """Return the customers whose indexed text holds every indexed term."""
        with self.sessions() as session:
            return indexed_matches(session, terms)

    def profile(self, customer_id: int) -> Profile:
        """Read a customer's profile card."""
        with self.sessions() as session:
            return load_profile(session, customer_id, self.now())

    def save_answer(
        self,
        customer_id: int,
        question_id: int,
        text: str,
        important: bool | None = None,
        *,
        origin: object = None,
    ) -> str | None:
        """Save an answer (and whether it is important) as one undo step; None when saved."""
        label = (
            tr("Customers", "Edit profile answer")
            if important is None
            else tr("Customers", "Mark answer important")
        )
        try:
            self.run(
                label,
                lambda session: set_answer(
                    session, customer_id, question_id, text, self.now(), important=important
                ),
                origin=origin,
            )
        except SalesDeskError as error:
            return as_sentence(str(error))
        return None

    def add_fact(self, customer_id: int, section: FormSection, text: str) -> str | None:
        """Note a free fact as one undoable step; return why it was refused, or None."""
        try:
            self.run(
                tr("Customers", "Note a fact"),
                lambda session: add_fact(session, customer_id, section, text, self.now()),
            )
        except SalesDeskError as error:
            return as_sentence(str(error))
        return None

    def rows(self, ids: Iterable[int] | None = None) -> tuple[CustomerRow, ...]:
        """Read the customer list (or the rows of ``ids``)."""
        with self.sessions() as session:
            return customer_rows(session, ids)

    def contact(self, customer_id: int) -> tuple[ContactFields, list[str]]:
        """Return a customer's contact details and every company name (for the edit form)."""
        with self.sessions() as session:
            names = company_names(session)
            return contact_fields(session, customer_id), names

    def save_contact(self, customer_id: int, fields: ContactFields) -> list[FieldProblem]:
        """Save contact details as one undoable step; return what was refused (empty: saved)."""
        region = phone_region()
        return self._checked(
            tr("Customers", "Edit contact details"),
            lambda session: update_contact(session, customer_id, fields, self.now(), region),
        )

    def save_trait(
        self, customer_id: int, trait: CustomerTrait, marked: bool, *, origin: object = None
    ) -> str | None:
        """Tick or untick a qualification trait as one undoable step."""
        text = tr("Customers", "Tick trait") if marked else tr("Customers", "Untick trait")
        try:
            self.run(
                text,
                lambda session: set_trait(session, customer_id, trait, marked),
                origin=origin,
            )
        except SalesDeskError as error:
            return as_sentence(str(error))
        return None

    def playbook(self, kind: ObjectionKind) -> list[ObjectionRow]:
        """Return earlier answers to objections of ``kind``."""
        with self.sessions() as session:
            return playbook(session, kind)

    def save_objection(
        self, customer_id: int, objection_id: int | None, entered: ObjectionInput
    ) -> list[FieldProblem]:
        """Record or change an objection as one undoable step; return what was refused."""

        def make(session: Session) -> Change:
            return save_objection(
                session,
                objection_id,
                deal_id=entered.deal_id,
                kind=entered.kind,
                text=entered.text,
                response=entered.response,
                resolved=entered.resolved,
                now=self.now(),
            )

        text = (
            tr("Customers", "Record objection")
            if objection_id is None
            else tr("Customers", "Edit objection")
        )
        return self._checked(text, make, field="text")

    def delete_objection(self, customer_id: int, objection_id: int) -> None:
        """Remove an objection as one undoable step."""
        self.run(
            tr("Customers", "Delete objection"),
            lambda session: delete_objection(session, objection_id),
        )

    def save_referrals(
        self, customer_id: int, people: list[ReferralInput], deal_id: int | None
    ) -> list[FieldProblem]:
        """Record the people a customer named as one undoable step; return what was refused."""
        region = phone_region()
        return self._checked(
            tr("Customers", "Record referrals"),
            lambda session: add_referrals(
                session, customer_id, people, self.now(), deal_id=deal_id, region=region
            ),
        )

    def save_member(
        self, customer_id: int, member_id: int | None, entered: MemberInput
    ) -> list[FieldProblem]:
        """Add or change a family member as one undoable step; return what was refused."""
        return self._checked(
            tr("Customers", "Edit family member"),
            lambda session: save_family_member(
                session,
                member_id,
                customer_id,
                name=entered.name,
                relation=entered.relation,
                birthday=entered.birthday,
                notes=entered.notes,
                today=self.now().date(),
            ),
        )

    def save_date(
        self, customer_id: int, date_id: int | None, entered: DateInput
    ) -> list[FieldProblem]:
        """Add or change an important date as one undoable step; return what was refused."""
        return self._checked(
            tr("Customers", "Edit important date"),
            lambda session: save_important_date(
                session,
                date_id,
                customer_id,
                label=entered.label,
                kind=entered.kind,
                on_date=entered.on_date,
                yearly=entered.yearly,
            ),
        )

    def remove_member(self, customer_id: int, member_id: int) -> None:
        """Take a family member off the card (one undo step)."""
        self.run(
            tr("Customers", "Remove family member"),
            lambda session: remove_family_member(session, customer_id, member_id),
        )

    def remove_date(self, customer_id: int, date_id: int) -> None:
        """Take an important date off the card (one undo step)."""
        self.run(
            tr("Customers", "Remove important date"),
            lambda session: remove_important_date(session, customer_id, date_id),
        )

    def remove_fact(self, customer_id: int, entry_id: int) -> None:
        """Take a noted fact off the card (one undo step)."""
        self.run(
            tr("Customers", "Remove fact"),
            lambda session: remove_fact(session, customer_id, entry_id),
        )

    def remove_person(self, customer_id: int, person_id: int) -> None:
        """Take a key person off the company (one undo step; undo restores their reports)."""
        self.run(
            tr("Customers", "Remove key person"),
            lambda session: remove_key_person(session, customer_id, person_id),
        )

    def remove_news(self, customer_id: int, news_id: int) -> None:
        """Take a piece of company news off the card (one undo step)."""
        self.run(
            tr("Customers", "Remove company news"),
            lambda session: remove_news(session, customer_id, news_id),
        )

    def remove_purchase(self, customer_id: int, purchase_id: int) -> None:
        """Take an earlier purchase off the card (one undo step)."""
        self.run(
            tr("Customers", "Remove purchase"),
            lambda session: remove_purchase(session, customer_id, purchase_id),
        )

    def _checked(
        self, text: str, make: Callable[[Session], Result], field: str = "name"
    ) -> list[FieldProblem]:
        """Run an operation for a form: refused fields come back as problems, nothing raised.

        Any other refusal is reported under ``field``.
        """
        try:
            self.run(text, make)
        except InvalidFieldsError as error:
            return list(error.problems)
        except SalesDeskError as error:
            return [FieldProblem(field, str(error))]
        return []

    def questions(self) -> dict[FormSection, list[QuestionDraft]]:
        """Return the guiding questions asked now."""
        with self.sessions() as session:
            return active_questions(session)

    def save_questions(self, drafts: dict[FormSection, list[QuestionDraft]]) -> list[FieldProblem]:
        """Save the question lists as one undoable step; return what was refused."""
        return self._checked(
            tr("Customers", "Edit guiding questions"),
            lambda session: save_questions(session, drafts),
        )

    def save_person(
        self, customer_id: int, person_id: int | None, entered: PersonInput
    ) -> list[FieldProblem]:
        """Add or change a key person of the customer's company (one undo step)."""
        return self._checked(
            tr("Customers", "Edit key person"),
            lambda session: save_key_person(
                session,
                person_id,
                customer_id,
                name=entered.name,
                function=entered.function,
                decision_role=entered.decision_role,
                reports_to_id=entered.reports_to_id,
                character=entered.character,
                goals=entered.goals,
                pressures=entered.pressures,
            ),
        )

    def save_news(
        self, customer_id: int, news_id: int | None, entered: NewsInput
    ) -> list[FieldProblem]:
        """Add or change a piece of company news (one undo step)."""
        return self._checked(
            tr("Customers", "Edit company news"),
            lambda session: save_news(
                session,
                news_id,
                customer_id,
                happened_on=entered.happened_on,
                headline=entered.headline,
                is_rumour=entered.is_rumour,
                source=entered.source,
                today=self.now().date(),
            ),
            field="headline",
        )

    def save_purchase(
        self, customer_id: int, purchase_id: int | None, entered: PurchaseInput
    ) -> list[FieldProblem]:
        """Add or change an earlier purchase (one undo step)."""
        return self._checked(
            tr("Customers", "Edit purchase"),
            lambda session: save_purchase(
                session,
                purchase_id,
                customer_id,
                description=entered.description,
                supplier=entered.supplier,
                purchased_on=entered.purchased_on,
                amount=entered.amount,
                currency=entered.currency,
            ),
            field="description",
        )

    def default_currency(self) -> str:
        """Return the currency amounts get unless the rep says otherwise."""
        with self.sessions() as session:
            return default_currency(session)

    def history(self, customer_id: int, before: datetime | None) -> list[Event]:
        """Read a page of a customer's timeline (newest first, before ``before``)."""
        with self.sessions() as session:
            return customer_timeline(session, customer_id, before=before)

    def add_note(self, customer_id: int, text: str, name: str) -> str | None:
        """Write a note about a customer as one undoable step; returns why not, or None."""
        problems = self._checked(
            tr("Customers", "Note about “%1”", name),
            lambda session: add_note(session, customer_id, None, text, self.now()),
            field="text",
        )
        return as_sentence(problems[0].message) if problems else None

    def deal_owner(self, deal_id: int) -> tuple[int, str, str] | None:
        """Return (customer id, customer name, deal title) of a deal."""
        with self.sessions() as session:
            return deal_owner(session, deal_id)
