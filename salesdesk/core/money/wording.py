"""A total in words without Qt: the command line and locale-free printouts (``PlainFormats``).

The screens word totals through ``ui.money.totals_text``; these are the same phrases (context
"Money"), with the amounts written without a Qt locale.
"""

from __future__ import annotations

from salesdesk.core.i18n import translate
from salesdesk.core.money.formats import format_money
from salesdesk.core.money.totals import Total

CONVERTED_MARK = "≈"  # before a total that holds converted amounts


def without_words(amount: str, currency: str) -> str:
    """Return "without ₩3,000 (no KRW rate)" for an amount left out of a total."""
    return translate("Money", "without %1 (no %2 rate)", amount, currency)


def plain_total(total: Total, locale: str | None) -> str:
    """Return "≈€1,234,567 without ₩3,000 (no KRW rate)"."""
    text = format_money(total.amount, total.currency, locale)
    if total.converted:
        text = CONVERTED_MARK + text
    for part in total.missing:
        text = translate(
            "Money",
            "%1 %2",
            text,
            without_words(format_money(part.left_out, part.currency, locale), part.currency),
        )
    return text
