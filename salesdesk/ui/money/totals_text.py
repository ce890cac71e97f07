"""How a total in the reporting currency reads, and its per-currency breakdown on hover.

One place for the board headers, the customer card, the Analytics screen and the printed
report: "≈" marks a total that holds converted amounts, an amount without a rate is named
("without ₩1,505,820,000 (no KRW rate)"), and the breakdown says what each currency gave and
at which rate.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from salesdesk.core.money.formats import format_rate
from salesdesk.core.money.rates import Quote, StoredRate
from salesdesk.core.money.totals import Part, Total
from salesdesk.core.money.wording import CONVERTED_MARK
from salesdesk.ui.formatting import format_date, format_money, money_locale, tr

_CONTEXT = "Money"


def amount_text(total: Total, locale: QLocale | None = None) -> str:
    """Return the total's amount, marked "≈" when part of it was converted ("≈€1,234,567")."""
    text = format_money(total.amount, total.currency, locale)
    return CONVERTED_MARK + text if total.converted else text


def total_text(total: Total, locale: QLocale | None = None) -> str:
    """Return "≈€1,234,567", or "€1,000 without ₩3,000 (no KRW rate)" when a rate is missing."""
    text = amount_text(total, locale)
    missing = missing_text(total, locale)
    return tr(_CONTEXT, "%1 %2", text, missing) if missing else text


def missing_text(total: Total, locale: QLocale | None = None) -> str:
    """Return what a total leaves out for want of rates ("without ₩3,000 (no KRW rate)")."""
    return ", ".join(missing_part_text(part, locale) for part in total.missing)


def missing_part_text(part: Part, locale: QLocale | None = None) -> str:
    """Return what one currency leaves out of a total: "without ₩3,000 (no KRW rate)"."""
    return tr(
        _CONTEXT,
        "without %1 (no %2 rate)",
        format_money(part.left_out, part.currency, locale),
        part.currency,
    )


def rate_text(rate: StoredRate, locale: QLocale | None = None) -> str:
    """Return a stored rate as "1 EUR = 1.0856 USD"."""
    return tr(
        _CONTEXT,
        "1 %1 = %2 %3",
        rate.base,
        format_rate(rate.rate, money_locale(locale)),
        rate.currency,
    )


def quote_text(quote: Quote, locale: QLocale | None = None) -> str:
    """Return the rates a conversion used: "1 EUR = 1.0856 USD from 11/1/2026"."""
    return tr(_CONTEXT, " and ").join(
        tr(_CONTEXT, "%1 from %2", rate_text(rate, locale), format_date(rate.valid_from, locale))
        for rate in quote.rates
    )


def part_text(part: Part, currency: str, locale: QLocale | None = None) -> str:
    """Return one line of the breakdown: what a currency gave and how it was converted."""
    own = format_money(part.amount, part.currency, locale)
    if part.currency == currency:
        return tr(_CONTEXT, "%1 in %2", own, currency)
    if part.left_out == part.amount:
        return tr(_CONTEXT, "%1: no %2 rate, left out of the total", own, part.currency)
    converted = format_money(part.converted, currency, locale)
    if len(part.quotes) == 1:
        how = quote_text(part.quotes[0], locale)
    else:
        how = tr(_CONTEXT, "at the rates of their close days")
    line = tr(_CONTEXT, "%1 → %2 (%3)", own, converted, how)
    if part.left_out:
        line += "; " + tr(
            _CONTEXT,
            "%1 of it had no rate and is left out",
            format_money(part.left_out, part.currency, locale),
        )
    return line


def total_tip(total: Total, locale: QLocale | None = None) -> str:
    """Return the breakdown of a total, one line per currency, for a tooltip (plain text)."""
    if not total.foreign:
        return ""
    lines = [part_text(part, total.currency, locale) for part in total.parts]
    lines.append(tr(_CONTEXT, "Converted into %1; the total is rounded once.", total.currency))
    return "\n".join(lines)
