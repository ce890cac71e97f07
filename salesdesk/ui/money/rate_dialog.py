"""Entering or changing one exchange rate: currency, base, rate and the day it holds from.

The rate reads both ways beside the field ("1 EUR = 1.0856 USD · 1 USD = 0.9212 EUR"), so a
rate typed the wrong way round shows at once. The checks are the core's (``rate_problems``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from salesdesk.core.errors import FieldProblem
from salesdesk.core.money.formats import currency_codes, significant
from salesdesk.core.money.rate_entry import RateEntry, normalized, parse_rate
from salesdesk.core.money.rates import StoredRate
from salesdesk.ui.formatting import tr
from salesdesk.ui.money.totals_text import rate_text
from salesdesk.ui.widgets.entry_dialog import EntryDialog, date_edit, picked

_CONTEXT = "Rates"
Save = Callable[[RateEntry], Sequence[FieldProblem]]


def currency_box(name: str, current: str, first: Sequence[str]) -> QComboBox:
    """Return an editable choice of ISO codes: ``first`` (the ones in use) on top."""
    box = QComboBox()
    box.setObjectName(name)
    box.setEditable(True)
    codes = list(dict.fromkeys([*first, *currency_codes()]))
    box.addItems(codes)
    box.setCurrentText(current)
    box.lineEdit().setMaxLength(3)
    return box


class RateDialog(EntryDialog):
    """The form of one rate; Save hands a ``RateEntry`` to ``save`` and shows its refusals."""

    def __init__(
        self,
        entry: RateEntry,
        in_use: Sequence[str],
        save: Save,
        parent: QWidget | None = None,
        *,
        new: bool = True,
    ) -> None:
        title = tr(_CONTEXT, "New Exchange Rate") if new else tr(_CONTEXT, "Exchange Rate")
        super().__init__(title, "rateDialog", None, parent)
        self._save = save
        self.currency = currency_box("rateCurrency", entry.currency, in_use)
        self.base = currency_box("rateBase", entry.base, [entry.base, *in_use])
        self.rate = QLineEdit("" if entry.rate == 0 else str(entry.rate))
        self.rate.setObjectName("rateValue")
        self.rate.setPlaceholderText(tr(_CONTEXT, "e.g. 1.0856"))
        self.valid_from = date_edit(entry.valid_from)
        self.valid_from.setObjectName("rateValidFrom")
        self.reading = QLabel()
        self.reading.setObjectName("rateReading")
        self.add_row("&Currency:", "currency", self.currency)
        self.add_row("&Base (1 unit of):", "base", self.base)
        self.add_row("&Rate:", "rate", self.rate)
        self.add_row("&Valid from:", "valid_from", self.valid_from)
        self.form.addRow("", self.reading)
        for box in (self.currency, self.base):
            box.currentTextChanged.connect(self._show_reading)
        self.rate.textChanged.connect(self._show_reading)
        self.finish(self.submit)
        self._show_reading()

    def entry(self) -> RateEntry | None:
        """Return what the form holds, or None when the rate is not a number."""
        rate = parse_rate(self.rate.text())
        if rate is None:
            return None
        return normalized(
            RateEntry(
                self.base.currentText(), self.currency.currentText(), picked(self.valid_from), rate
            )
        )

    def _show_reading(self) -> None:
        entry = self.entry()
        if entry is None or entry.rate <= 0 or len(entry.base) != 3 or len(entry.currency) != 3:
            self.reading.setText(
                tr(_CONTEXT, "1 %1 = ? %2", self.base.currentText(), self.currency.currentText())
            )
            return
        there = StoredRate(entry.base, entry.currency, entry.valid_from, entry.rate)
        back = StoredRate(entry.currency, entry.base, entry.valid_from, significant(1 / entry.rate))
        self.reading.setText(tr(_CONTEXT, "%1 · %2", rate_text(there), rate_text(back)))

    def submit(self) -> bool:
        """Save the rate; show what is wrong instead when it cannot be saved."""
        entry = self.entry()
        if entry is None:
            return self.show_problems(
                [FieldProblem("rate", "the rate must be a number such as 1.0856")]
            )
        return self.show_problems(self._save(entry))


def blank_entry(base: str, currency: str, today: date) -> RateEntry:
    """Return the form's start for a new rate of ``currency`` per ``base``, from today."""
    return RateEntry(base, currency, today, Decimal(0))
