"""A total in words without translations: the command line and locale-free printouts.

The screens word totals through ``ui.money.totals_text`` (translatable); these are the same
words in English for output that has no translations (the command line, ``PlainFormats``).
"""

from __future__ import annotations

from salesdesk.core.money.formats import format_money
from salesdesk.core.money.totals import Total

CONVERTED_MARK = "≈"  # before a total that holds converted amounts


def without_words(amount: str, currency: str) -> str:
    """Return "without ₩3,000 (no KRW rate)" for an amount left out of a total."""
    return f"without {amount} (no {currency} rate)"


def plain_total(total: Total, locale: str | None) -> str:
    """Return "≈€1,234,567 without ₩3,000 (no KRW rate)"."""
    text = format_money(total.amount, total.currency, locale)
    if total.converted:
        text = CONVERTED_MARK + text
    for part in total.missing:
        text += " " + without_words(
            format_money(part.left_out, part.currency, locale), part.currency
        )
    return text
