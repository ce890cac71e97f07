"""Dialogs for the company part of the card: a key person, a piece of news, a purchase."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from salesdesk.core.errors import FieldProblem
from salesdesk.core.i18n import noop
from salesdesk.core.models import DecisionRole
from salesdesk.core.queries.company import KeyPersonRow, NewsRow, PurchaseRow
from salesdesk.ui.formatting import format_amount, parse_amount, tr
from salesdesk.ui.widgets.entry_dialog import EntryDialog, date_edit, picked

_CONTEXT = "Company"
Save = Callable[[object], Sequence[FieldProblem]]


@dataclass(frozen=True)
class PersonInput:
    """A key person as entered."""

    name: str
    function: str
    decision_role: DecisionRole | None
    reports_to_id: int | None
    character: str
    goals: str
    pressures: str


@dataclass(frozen=True)
class NewsInput:
    """A piece of news as entered."""

    happened_on: date
    headline: str
    is_rumour: bool
    source: str


@dataclass(frozen=True)
class PurchaseInput:
    """A purchase as entered (``amount`` None: not known)."""

    description: str
    supplier: str
    purchased_on: date | None
    amount: Decimal | None
    currency: str


def _box(text: str | None) -> QPlainTextEdit:
    box = QPlainTextEdit(text or "")
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
    return box


class PersonDialog(EntryDialog):
    """Add or change a key person: role in the decision, boss, character, goals, pressures."""

    def __init__(
        self,
        existing: KeyPersonRow | None,
        colleagues: Sequence[KeyPersonRow],
        save: Save,
        delete: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "Key Person"), "personDialog", delete, parent)
        self._save = save
        self.name = QLineEdit(existing.name if existing else "")
        self.function = QLineEdit(existing.function or "" if existing else "")
        self.role = QComboBox()
        self.role.addItem(tr(_CONTEXT, "Not known"), None)
        for role in DecisionRole:
            self.role.addItem(role.value.replace("_", " ").capitalize(), role.value)
        if existing and existing.decision_role:
            self.role.setCurrentIndex(self.role.findData(existing.decision_role.value))
        self.boss = QComboBox()
        self.boss.addItem(tr(_CONTEXT, "Nobody noted"), None)
        for person in colleagues:
            if existing is None or person.id != existing.id:
                self.boss.addItem(person.name, person.id)
        if existing and existing.reports_to_id:
            self.boss.setCurrentIndex(max(self.boss.findData(existing.reports_to_id), 0))
        self.character = _box(existing.character if existing else None)
        self.goals = _box(existing.goals if existing else None)
        self.pressures = _box(existing.pressures if existing else None)
        for title, field, widget in (
            (noop("Entries", "&Name:"), "name", self.name),
            (noop("Entries", "&Function:"), "function", self.function),
            (noop("Entries", "&Decision role:"), "decision_role", self.role),
            (noop("Entries", "&Reports to:"), "reports_to_id", self.boss),
            (noop("Entries", "&Character:"), "character", self.character),
            (noop("Entries", "&Goals:"), "goals", self.goals),
            (noop("Entries", "&Pressures:"), "pressures", self.pressures),
        ):
            self.add_row(title, field, widget)
        self.finish(self.submit)

    def submit(self) -> bool:
        """Save; close when saved."""
        role = self.role.currentData()
        entered = PersonInput(
            self.name.text(),
            self.function.text(),
            DecisionRole(role) if role else None,
            self.boss.currentData(),
            self.character.toPlainText(),
            self.goals.toPlainText(),
            self.pressures.toPlainText(),
        )
        return self.show_problems(self._save(entered))


class NewsDialog(EntryDialog):
    """Add or change a piece of company news or a rumour."""

    def __init__(
        self,
        existing: NewsRow | None,
        save: Save,
        delete: Callable[[], None] | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "Company News"), "newsDialog", delete, parent)
        self._save = save
        self.happened_on = date_edit(existing.happened_on if existing else today)
        self.headline = QLineEdit(existing.headline if existing else "")
        self.rumour = QCheckBox(tr(_CONTEXT, "Only a rumour so far"))
        self.rumour.setChecked(bool(existing and existing.is_rumour))
        self.source = QLineEdit(existing.source or "" if existing else "")
        self.add_row("&When:", "happened_on", self.happened_on)
        self.add_row("Wh&at happened:", "headline", self.headline)
        self.add_row("", "is_rumour", self.rumour)
        self.add_row("&Heard from:", "source", self.source)
        self.finish(self.submit)

    def submit(self) -> bool:
        """Save; close when saved."""
        entered = NewsInput(
            picked(self.happened_on),
            self.headline.text(),
            self.rumour.isChecked(),
            self.source.text(),
        )
        return self.show_problems(self._save(entered))


class PurchaseDialog(EntryDialog):
    """Add or change an earlier purchase: what, from whom, when, for how much."""

    def __init__(
        self,
        existing: PurchaseRow | None,
        save: Save,
        delete: Callable[[], None] | None,
        today: date,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "Earlier Purchase"), "purchaseDialog", delete, parent)
        self._save = save
        self.description = QLineEdit(existing.description if existing else "")
        self.supplier = QLineEdit(existing.supplier or "" if existing else "")
        self.has_date = QCheckBox(tr(_CONTEXT, "Known"))
        when = existing.purchased_on if existing and existing.purchased_on else today
        self.purchased_on = date_edit(when)
        self.has_date.toggled.connect(self.purchased_on.setEnabled)
        self.has_date.setChecked(bool(existing and existing.purchased_on))
        self.purchased_on.setEnabled(self.has_date.isChecked())
        amount = existing.amount if existing else None
        self.amount = QLineEdit(format_amount(amount) if amount is not None else "")
        self.amount.setPlaceholderText(tr(_CONTEXT, "not known"))
        self.currency = QLineEdit((existing.currency if existing else None) or currency)
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(60)
        when_row, money_row = QWidget(), QWidget()
        for row_widget, parts in (
            (when_row, (self.has_date, self.purchased_on)),
            (money_row, (self.amount, self.currency)),
        ):
            row = QHBoxLayout(row_widget)
            row.setContentsMargins(0, 0, 0, 0)
            for part in parts:
                row.addWidget(part)
        self.add_row("&What:", "description", self.description)
        self.add_row("&Supplier:", "supplier", self.supplier)
        self.add_row("W&hen:", "purchased_on", when_row)
        self.add_row("&Amount:", "amount", money_row)
        self.finish(self.submit)

    def submit(self) -> bool:
        """Save; close when saved, or say that the amount cannot be read."""
        text = self.amount.text().strip()
        amount = parse_amount(text) if text else None
        if text and amount is None:
            return self.show_problems([FieldProblem("amount", "the amount is not a number")])
        entered = PurchaseInput(
            self.description.text(),
            self.supplier.text(),
            picked(self.purchased_on) if self.has_date.isChecked() else None,
            amount,
            self.currency.text(),
        )
        return self.show_problems(self._save(entered))
