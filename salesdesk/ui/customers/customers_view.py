"""The Customers area: everyone the rep sells to, searchable as the rep types, and the card.

The profile card shows the list's current customer, or nothing: a search or filter that no
longer lists the customer shown empties it. Beside the card, the History tab shows the
customer's timeline across all their deals, visits, calls and notes, newest first; it is read
only while the tab is open. Every change reaches the area as a change record
(``apply_change``); the list reads again only the customers it touched.

Signals:
    deal_action_requested(int, str): the card asks to open a deal or decide its outcome.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.changes import Change
from salesdesk.core.models import CustomerSource, CustomerTrait, FormSection, Tier
from salesdesk.core.queries import CustomerRow, customer_rows
from salesdesk.core.queries.customers import CustomerFilter, merged_rows
from salesdesk.core.queries.touched import touched_customers
from salesdesk.core.search import SearchTerms
from salesdesk.ui.customers.card_dialogs import CardDialogs
from salesdesk.ui.customers.customer_data import CustomerData
from salesdesk.ui.customers.profile_card import ProfileCard
from salesdesk.ui.deals.timeline_view import TimelineView
from salesdesk.ui.formatting import format_count, format_date, tr
from salesdesk.ui.printing.dossier_actions import DossierPrinting, dossier_actions
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.area import FollowsChanges
from salesdesk.ui.widgets.escape import clear_on_escape
from salesdesk.ui.widgets.focus_order import chain_focus
from salesdesk.ui.widgets.list_area import ListArea
from salesdesk.ui.widgets.rows_model import Column

_CONTEXT = "CustomersView"
BIRTHDAY_DAYS = 14
# Tables whose rows a customer's list row or profile card shows.
CARD_TABLES = frozenset(
    {
        "customers",
        "companies",
        "contact_methods",
        "profile_entries",
        "profile_questions",
        "family_members",
        "important_dates",
        "customer_traits",
        "deals",
        "stage_moves",
        "stages",
        "objections",
        "referrals",
        "activities",
        "visit_checklist_items",
        "key_people",
        "company_news",
        "purchases",
        "notes",
        "lost_reasons",
        "exchange_rates",
        "settings",
    }
)
# Tables every card shows (the questions asked, stage and reason names, the deals' totals in
# the reporting currency): any change of them reads the card again.
EVERY_CARD_TABLES = frozenset(
    {"profile_questions", "stages", "lost_reasons", "exchange_rates", "settings"}
)


class CustomersView(FollowsChanges, ListArea):
    """Customers with company, position, tier, city and the day of the last contact."""

    deal_action_requested = Signal(int, str)

    def __init__(self, data: CustomerData, parent: QWidget | None = None) -> None:
        columns = [
            Column[CustomerRow](tr(_CONTEXT, "Name"), lambda row: row.name, tip=lambda r: r.name),
            Column[CustomerRow](
                tr(_CONTEXT, "Company"),
                lambda row: row.company_name or "",
                tip=lambda row: row.company_name or "",
            ),
            Column[CustomerRow](
                tr(_CONTEXT, "Position"),
                lambda row: row.position or "",
                tip=lambda row: row.position or "",
            ),
            Column[CustomerRow](tr(_CONTEXT, "Tier"), lambda row: row.tier.value, shrinks=False),
            Column[CustomerRow](
                tr(_CONTEXT, "City"), lambda row: row.city or "", tip=lambda row: row.city or ""
            ),
            Column[CustomerRow](
                tr(_CONTEXT, "Last contact"),
                lambda row: format_date(row.last_contact_on),
                lambda row: row.last_contact_on.toordinal() if row.last_contact_on else 0,
                shrinks=False,
            ),
        ]
        super().__init__(
            "customersView",
            tr(_CONTEXT, "Customers"),
            columns,
            lambda row: row.id,
            tr(_CONTEXT, "No customers yet."),
            parent,
        )
        self._data = data
        self.follow(data.flow)
        self._planner: Callable[[int | None], object] | None = None
        self._rows: tuple[CustomerRow, ...] = ()
        self._named: list[tuple[CustomerRow, str]] = []
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("customersSearch")
        self.search_field.setPlaceholderText(
            tr(
                _CONTEXT,
                "Search names, companies, phones, e-mails, notes and answers… (Esc clears)",
            )
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._show)
        self.insert_above_list(self._filter_row())
        self.card = ProfileCard(self)
        self.card.answer_edited.connect(self._on_answer_edited)
        self.card.importance_toggled.connect(self._on_importance_toggled)
        self.card.trait_toggled.connect(self._on_trait_toggled)
        self.card.fact_added.connect(self._on_fact_added)
        self.card.fact_removed.connect(self._on_fact_removed)
        self.card.deal_action_requested.connect(self.deal_action_requested)
        self.history = TimelineView("customerTimeline", self._history_page, with_deal=True)
        self.history.note_written.connect(self._on_note)
        self.side = QTabWidget(self)
        self.side.setObjectName("customerTabs")
        self.side.addTab(self.card, tr(_CONTEXT, "&Profile"))
        self.side.addTab(self.history, tr(_CONTEXT, "&History"))
        self.side.currentChanged.connect(lambda _index: self._show_history())
        self.dialogs = CardDialogs(self.card, data, self)
        edit = QAction(tr(_CONTEXT, "Edit Contact Details…"), self)
        edit.setObjectName("actionEditCustomer")
        edit.setShortcut(QKeySequence("Ctrl+E"))
        edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.triggered.connect(self.dialogs.edit_contact)
        self.addAction(edit)
        plan = QAction(tr(_CONTEXT, "Plan Visit…"), self)
        plan.setObjectName("actionPlanVisitForCustomer")
        plan.setShortcut(QKeySequence("Ctrl+Shift+V"))
        plan.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plan.triggered.connect(self._on_plan_visit)
        self.addAction(plan)
        self.printing = DossierPrinting(data, self)
        self.card.print_actions = dossier_actions(
            self, "actionCustomerDossier", self._on_print, shortcuts=True
        )
        questions = QPushButton(tr(_CONTEXT, "Guiding questions…"), self)
        questions.setObjectName("customersEditQuestions")
        questions.setToolTip(tr(_CONTEXT, "Reword, reorder, add or retire the profile questions"))
        questions.clicked.connect(self.dialogs.edit_questions)
        self._filter_layout.addWidget(questions)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("customersSplitter")
        self.layout().removeWidget(self.pages)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 620])
        self.layout().addWidget(splitter, 1)
        chain_focus(
            self.search_field,
            self.filter_tier,
            self.filter_source,
            self.filter_quiet,
            self.filter_birthday,
            questions,
            self.view,
            self.side,  # its tabs: the profile card or the customer's history
            self.card,
        )

    def _filter_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field, 3)
        self.filter_tier = QComboBox(row)
        self.filter_tier.setObjectName("customersFilterTier")
        self.filter_tier.addItem(tr(_CONTEXT, "All tiers"), None)
        for tier in Tier:
            self.filter_tier.addItem(tr(_CONTEXT, "Tier %1", tier.value), tier.value)
        self.filter_source = QComboBox(row)
        self.filter_source.setObjectName("customersFilterSource")
        self.filter_source.addItem(tr(_CONTEXT, "All sources"), None)
        for source in CustomerSource:
            self.filter_source.addItem(source.value.replace("_", " ").capitalize(), source.value)
        self.filter_quiet = QSpinBox(row)
        self.filter_quiet.setObjectName("customersFilterNotContacted")
        self.filter_quiet.setRange(0, 3650)
        self.filter_quiet.setSingleStep(7)
        self.filter_quiet.setSpecialValueText(tr(_CONTEXT, "Contacted any time"))
        self.filter_quiet.setPrefix(tr(_CONTEXT, "Not contacted for "))
        self.filter_quiet.setSuffix(tr(_CONTEXT, " days"))
        self.filter_birthday = QCheckBox(tr(_CONTEXT, "Birthday in the next 14 days"), row)
        self.filter_birthday.setObjectName("customersFilterBirthday")
        for combo in (self.filter_tier, self.filter_source):
            combo.currentIndexChanged.connect(self._show)
            layout.addWidget(combo)
        self.filter_quiet.valueChanged.connect(self._show)
        self.filter_birthday.toggled.connect(self._show)
        layout.addWidget(self.filter_quiet)
        layout.addWidget(self.filter_birthday)
        clear_on_escape(
            self.search_field,
            self.filter_tier,
            self.filter_source,
            self.filter_quiet,
            self.filter_birthday,
        )
        self._filter_layout = layout
        return row

    def customer_filter(self) -> CustomerFilter:
        """Return what the filter fields ask for."""
        tier, source = self.filter_tier.currentData(), self.filter_source.currentData()
        return CustomerFilter(
            tier=Tier(tier) if tier else None,
            source=CustomerSource(source) if source else None,
            not_contacted_days=self.filter_quiet.value(),
            birthday_within_days=BIRTHDAY_DAYS if self.filter_birthday.isChecked() else None,
        )

    def show_customer(self, customer_id: int) -> None:
        """Show a customer's profile card (and their history, when that tab is open)."""
        self.card.show_profile(self._data.profile(customer_id), self._data.now())
        self._show_history()

    def history_shown(self) -> bool:
        """Return True when the History tab is the one open."""
        return self.side.currentWidget() is self.history

    def _show_history(self) -> None:
        if not self.history_shown():
            return
        if self.card.profile is None:
            self.history.clear()
        else:
            self.history.reload()

    def _history_page(self, before: datetime | None) -> list:
        profile = self.card.profile
        return [] if profile is None else self._data.history(profile.customer_id, before)

    def _on_note(self, text: str) -> None:
        profile = self.card.profile
        if profile is None:
            return
        problem = self._data.add_note(profile.customer_id, text, profile.name)
        if problem is not None:
            messages.warn(self, tr(_CONTEXT, "Note not saved"), problem)
            return
        self.history.note_saved()

    def _on_current_changed(self, current: QModelIndex) -> None:
        if not current.isValid():
            self.card.clear()
            self.history.clear()
            return
        customer_id = self.model.id_at(current.row())
        if self.card.profile is None or self.card.profile.customer_id != customer_id:
            self.show_customer(customer_id)

    def current_gone(self) -> None:
        """Show nobody: the customer shown is no longer listed (a search or a filter)."""
        self.card.clear()
        self.history.clear()

    def focus_search(self) -> None:
        """Put the keyboard in the search field, its text selected (Ctrl+F)."""
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _on_answer_edited(self, question_id: int, text: str) -> None:
        profile = self.card.profile
        if profile is None:
            return
        problem = self._data.save_answer(profile.customer_id, question_id, text, origin=self.card)
        if problem is not None:
            messages.warn(self, tr(_CONTEXT, "Answer not saved"), problem)

    def _on_importance_toggled(self, question_id: int, text: str, important: bool) -> None:
        profile = self.card.profile
        if profile is not None and text:
            self._data.save_answer(
                profile.customer_id, question_id, text, important, origin=self.card
            )

    def _on_trait_toggled(self, trait: str, marked: bool) -> None:
        profile = self.card.profile
        if profile is None:
            return
        problem = self._data.save_trait(
            profile.customer_id, CustomerTrait(trait), marked, origin=self.card
        )
        if problem is not None:
            messages.warn(self, tr(_CONTEXT, "Trait not saved"), problem)
            self.show_customer(profile.customer_id)

    def select_customer(self, customer_id: int) -> bool:
        """Select a customer in the list (clearing search and filters if they hide them)."""
        for attempt in range(2):
            if self.select_id(customer_id):
                self.show_customer(customer_id)
                return True
            if attempt == 0:
                self.search_field.clear()
                for combo in (self.filter_tier, self.filter_source):
                    combo.setCurrentIndex(0)
                self.filter_quiet.setValue(0)
                self.filter_birthday.setChecked(False)
        return False

    def set_planner(self, planner: Callable[[int | None], object]) -> None:
        """Say how to open the planning form for a customer (Ctrl+Shift+V on the card)."""
        self._planner = planner

    def _on_plan_visit(self) -> None:
        """Plan for the customer shown; with none shown, the form asks for one."""
        if self._planner is not None:
            self._planner(self.card.profile.customer_id if self.card.profile else None)

    def _on_print(self, mode: str) -> object:
        profile = self.card.profile
        if profile is None:
            return None
        return self.printing.customer(mode, profile.customer_id, profile.name)

    def _on_fact_added(self, section: str, text: str) -> None:
        profile = self.card.profile
        if profile is None:
            return
        problem = self._data.add_fact(profile.customer_id, FormSection(section), text)
        if problem is not None:
            messages.warn(self, tr(_CONTEXT, "Fact not saved"), problem)

    def _on_fact_removed(self, entry_id: int) -> None:
        if self.card.profile is not None:
            self._data.remove_fact(self.card.profile.customer_id, entry_id)

    def concerns(self, change: Change | None) -> bool:
        """Return True when ``change`` may alter the list or a profile card."""
        return change is None or bool(change.tables & CARD_TABLES)

    def apply_change(self, change: Change | None, origin: object) -> None:
        """Show ``change``: the customers it touched read again, the card if it shows one."""
        if change is None:
            self.refresh()
            return
        with self._data.sessions() as session:
            touched = touched_customers(session, change)
        if touched:
            self._set_rows(merged_rows(self._rows, self._data.rows(touched), touched))
        shown = self.card.profile
        if shown is None or self.current_id() != shown.customer_id:
            return
        if shown.customer_id in touched or change.tables & EVERY_CARD_TABLES:
            if origin is self.card:  # it shows the edit already: keep the rep's cursor
                self.card.update_meters(self._data.profile(shown.customer_id))
            else:
                self.show_customer(shown.customer_id)

    def refresh(self) -> None:
        """Read every customer and the card again."""
        with self._data.sessions() as session:
            self.reload(session, self._data.now())

    def reload(self, session: Session, now: datetime) -> None:
        """Read every customer (the search typed so far still applies), and the card."""
        self._out_of_date = False
        self._set_rows(customer_rows(session))
        shown = self.card.profile
        if shown is not None and self.current_id() == shown.customer_id:
            self.show_customer(shown.customer_id)

    def _set_rows(self, rows: tuple[CustomerRow, ...]) -> None:
        self._rows = rows
        # Made once, not per keystroke: a keystroke then allocates almost nothing new.
        self._named = [(row, row.names) for row in rows]
        self._show()

    def _show(self) -> None:
        rows = self._rows
        query = self.search_field.text().strip()
        terms = SearchTerms.parse(query)
        if terms:
            pairs = self._named
            if terms.indexed:
                found = self._data.search(terms)
                pairs = [pair for pair in pairs if pair[0].id in found]
            rows = tuple(row for row, _ in terms.keep_by_names(pairs))
        wanted = self.customer_filter()
        if wanted != CustomerFilter():
            today = local_time.local_day(self._data.now())
            rows = tuple(row for row in rows if wanted.accepts(row, today))
        tiers = Counter(row.tier.value for row in rows)
        counts = [format_count(tiers[tier]) for tier in "ABC"]
        if query or wanted != CustomerFilter():
            summary = tr(
                _CONTEXT,
                "Found %1 of %2 customers · tier A: %3 · B: %4 · C: %5",
                format_count(len(rows)),
                format_count(len(self._rows)),
                *counts,
            )
        else:
            summary = tr(
                _CONTEXT,
                "Customers: %1 · tier A: %2 · B: %3 · C: %4",
                format_count(len(rows)),
                *counts,
            )
        self.show_rows(rows, summary)
