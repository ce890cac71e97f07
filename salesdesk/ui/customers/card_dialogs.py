"""The dialogs the profile card opens: contact details, objections, referrals, family, dates.

Each dialog hands what the rep entered to ``CustomerData``, which runs the core operation as
one undoable step and reports refusals back to the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from salesdesk.ui.customers.company_dialogs import NewsDialog, PersonDialog, PurchaseDialog
from salesdesk.ui.customers.contact_dialog import ContactDialog
from salesdesk.ui.customers.customer_data import CustomerData
from salesdesk.ui.customers.family_dialogs import DateDialog, MemberDialog
from salesdesk.ui.customers.objection_dialog import ObjectionDialog
from salesdesk.ui.customers.profile_card import ProfileCard
from salesdesk.ui.customers.questions_dialog import QuestionsDialog
from salesdesk.ui.customers.referral_dialog import ReferralDialog
from salesdesk.ui.formatting import tr

_CONTEXT = "CustomersView"


class CardDialogs:
    """Opens the card's dialogs (window-modal) for the customer the card shows."""

    def __init__(self, card: ProfileCard, data: CustomerData, parent: QWidget) -> None:
        self._card = card
        self._data = data
        self._parent = parent
        card.edit_requested.connect(self.edit_contact)
        card.objection_requested.connect(self.edit_objection)
        card.referrals_requested.connect(lambda: self.ask_referrals(None))
        card.member_requested.connect(self.edit_member)
        card.date_requested.connect(self.edit_date)
        card.company_entry_requested.connect(self.edit_company_entry)

    def edit_contact(self) -> ContactDialog | None:
        """Open the contact details of the customer on the card (window-modal)."""
        profile = self._card.profile
        if profile is None:
            return None
        customer_id = profile.customer_id
        fields, companies = self._data.contact(customer_id)
        dialog = ContactDialog(
            fields,
            companies,
            lambda entered: self._data.save_contact(customer_id, entered),
            self._data.now().date(),
            self._parent,
        )
        dialog.open()
        return dialog

    def edit_objection(self, objection_id: int) -> ObjectionDialog | None:
        """Record (0) or change an objection of the customer on the card (window-modal)."""
        profile = self._card.profile
        if profile is None or not profile.deals:
            return None
        customer_id = profile.customer_id
        existing = next((o for o in profile.objections if o.id == objection_id), None)
        dialog = ObjectionDialog(
            profile.deals,
            existing,
            self._data.playbook,
            lambda entered: self._data.save_objection(
                customer_id, existing.id if existing else None, entered
            ),
            (lambda: self._data.delete_objection(customer_id, objection_id)) if existing else None,
            self._parent,
        )
        dialog.open()
        return dialog

    def ask_referrals(self, deal_id: int | None, reason: str = "") -> ReferralDialog | None:
        """Open the referral form for the customer on the card (window-modal)."""
        profile = self._card.profile
        if profile is None:
            return None
        customer_id = profile.customer_id
        reason = reason or tr(_CONTEXT, "Whom else do they know who could use what we offer?")
        dialog = ReferralDialog(
            profile.name,
            reason,
            lambda people: self._data.save_referrals(customer_id, people, deal_id),
            self._parent,
        )
        dialog.open()
        return dialog

    def edit_member(self, member_id: int) -> MemberDialog | None:
        """Add (0) or change a family member of the customer on the card."""
        profile = self._card.profile
        if profile is None:
            return None
        customer_id = profile.customer_id
        existing = next((m for m in profile.family if m.id == member_id), None)
        dialog = MemberDialog(
            existing,
            lambda entered: self._data.save_member(
                customer_id, existing.id if existing else None, entered
            ),
            (lambda: self._data.remove_member(customer_id, member_id)) if existing else None,
            self._data.now().date(),
            self._parent,
        )
        dialog.open()
        return dialog

    def edit_date(self, date_id: int) -> DateDialog | None:
        """Add (0) or change an important date of the customer on the card."""
        profile = self._card.profile
        if profile is None:
            return None
        customer_id = profile.customer_id
        existing = next((d for d in profile.dates if d.id == date_id), None)
        dialog = DateDialog(
            existing,
            lambda entered: self._data.save_date(
                customer_id, existing.id if existing else None, entered
            ),
            (lambda: self._data.remove_date(customer_id, date_id)) if existing else None,
            self._data.now().date(),
            self._parent,
        )
        dialog.open()
        return dialog

    def edit_questions(self) -> QuestionsDialog:
        """Open the guiding questions of all four sections (window-modal)."""
        dialog = QuestionsDialog(self._data.questions(), self._data.save_questions, self._parent)
        dialog.open()
        return dialog

    def edit_company_entry(self, kind: str, entry_id: int) -> QDialog | None:
        """Add (0) or change a key person ("person"), news ("news") or purchase ("purchase")."""
        profile = self._card.profile
        if profile is None:
            return None
        customer_id, known = profile.customer_id, profile.knowledge
        today = self._data.now().date()
        dialog: QDialog
        if kind == "person":
            person = next((p for p in known.people if p.id == entry_id), None)
            person_id = person.id if person else None
            dialog = PersonDialog(
                person,
                known.people,
                lambda entered: self._data.save_person(customer_id, person_id, entered),
                self._remover(self._data.remove_person, customer_id, person_id),
                self._parent,
            )
        elif kind == "news":
            news = next((n for n in known.news if n.id == entry_id), None)
            news_id = news.id if news else None
            dialog = NewsDialog(
                news,
                lambda entered: self._data.save_news(customer_id, news_id, entered),
                self._remover(self._data.remove_news, customer_id, news_id),
                today,
                self._parent,
            )
        else:
            bought = next((b for b in known.purchases if b.id == entry_id), None)
            bought_id = bought.id if bought else None
            dialog = PurchaseDialog(
                bought,
                lambda entered: self._data.save_purchase(customer_id, bought_id, entered),
                self._remover(self._data.remove_purchase, customer_id, bought_id),
                today,
                self._data.default_currency(),
                self._parent,
            )
        dialog.open()
        return dialog

    @staticmethod
    def _remover(
        remove: Callable[[int, int], None], customer_id: int, row_id: int | None
    ) -> Callable[[], None] | None:
        if row_id is None:
            return None
        return lambda: remove(customer_id, row_id)
