"""The one way amounts are written: screens, command line, dossiers and reports alike.

Babel's copy of the Unicode CLDR supplies each currency's decimals (ISO 4217: yen and won have
none, the Bahraini dinar three) and each locale's symbols and patterns ("€12,500" in en_US,
"12.500 €" in de_DE, "¥12,500" for the yuan in zh_CN but "CN¥12,500" in en). The locale is
always the caller's: the screens pass QLocale's, the command line the environment's. Without
one (the C locale of a bare shell or a service) amounts carry their ISO code ("EUR 12,500"),
which no reader can mistake.

Amounts are rounded half to even to the currency's smallest unit before they are written;
whole amounts are written without decimals ("€12,500", not "€12,500.00").
"""

from __future__ import annotations

import copy
import os
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberPattern,
    format_decimal,
    get_currency_name,
    get_currency_precision,
    get_territory_currencies,
    list_currencies,
    parse_pattern,
)

CODE_PATTERN = "¤¤\xa0#,##0.00"  # where no locale is known: "EUR 12,500.50"
_NO_LOCALE = ("", "C", "POSIX")


@cache
def babel_locale(name: str | None) -> Locale | None:
    """Return the Babel locale of a name such as "de_DE" or "zh-Hans-CN"; None for C or unknown."""
    cleaned = (name or "").split(".")[0].split("@")[0]
    if cleaned in _NO_LOCALE:
        return None
    try:
        return Locale.parse(cleaned.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return None


def environment_locale() -> str | None:
    """Return the locale the environment gives money (LC_ALL, LC_MONETARY, LANG), if any."""
    for variable in ("LC_ALL", "LC_MONETARY", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return None if babel_locale(value) is None else value.split(".")[0].split("@")[0]
    return None


def known_currency(code: str) -> bool:
    """Return True for an ISO 4217 currency code Babel knows ("EUR"; not "EURO", "eur")."""
    return code in _currencies()


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def currency_codes() -> list[str]:
    """Return every ISO 4217 code SalesDesk knows, sorted."""
    return sorted(_currencies())


@cache
def currency_digits(code: str) -> int:
    """Return how many decimals the currency has (EUR 2, JPY 0, BHD 3; unknown codes 2)."""
    return get_currency_precision(code)


def digits_problem(amount: Decimal, currency: str) -> str | None:
    """Return why ``amount`` has more decimals than ``currency`` has, or None."""
    digits = currency_digits(currency)
    if amount == rounded(amount, currency):
        return None
    if digits == 0:
        return f"{currency} amounts have no decimals"
    return f"{currency} amounts have at most {digits} decimals"


def rounded(amount: Decimal, currency: str) -> Decimal:
    """Return ``amount`` rounded half to even to the smallest unit of ``currency``."""
    return amount.quantize(Decimal(1).scaleb(-currency_digits(currency)), ROUND_HALF_EVEN)


@cache
def _patterns(locale_name: str | None) -> tuple[Locale, NumberPattern, NumberPattern]:
    """Return the locale, its currency pattern, and the same without decimals (whole amounts)."""
    locale = babel_locale(locale_name)
    if locale is None:
        locale, pattern = Locale.parse("root"), parse_pattern(CODE_PATTERN)
    else:
        pattern = locale.currency_formats["standard"]
    whole = copy.copy(pattern)
    whole.frac_prec = (0, 0)
    return locale, pattern, whole


def format_money(amount: Decimal, currency: str, locale: str | None) -> str:
    """Return ``amount`` with its currency as ``locale`` writes it: "€12,500", "12.500,50 €".

    Rounded to the currency's smallest unit first; whole amounts show no decimals.
    """
    babel, pattern, whole = _patterns(locale)
    value = rounded(amount, currency)
    if value == value.to_integral_value():
        return whole.apply(value, babel, currency=currency, currency_digits=False)
    return pattern.apply(value, babel, currency=currency)


def decimal_string(amount: Decimal, currency: str, *, exact: bool = False) -> str:
    """Return an amount as a plain decimal string for machines: "1505820000", "1234.50".

    The currency's own decimals; with ``exact`` a stored amount that has more (a legacy yen
    amount with cents) keeps them instead of being rounded.
    """
    value = rounded(amount, currency)
    if exact and value != amount:
        value = amount.quantize(Decimal("0.01"))
    return str(value)


def format_rate(rate: Decimal, locale: str | None) -> str:
    """Return a rate with every decimal it has, in the locale's digits ("1.0856", "1,0856")."""
    babel = babel_locale(locale) or Locale.parse("root")
    return format_decimal(rate, locale=babel, decimal_quantization=False)


def significant(value: Decimal, digits: int = 6) -> Decimal:
    """Return ``value`` rounded to ``digits`` significant digits (at most ten decimals)."""
    places = min(10, max(0, digits - 1 - value.adjusted()))
    return value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_EVEN)


def currency_name(code: str, locale: str | None) -> str:
    """Return the currency's name in the locale's language ("South Korean Won")."""
    return get_currency_name(code, locale=babel_locale(locale) or Locale.parse("en"))


def territory_currency(locale: str | None) -> str | None:
    """Return the currency of the locale's country ("de_DE" gives EUR), if it names one."""
    babel = babel_locale(locale)
    if babel is None or not babel.territory:
        return None
    found = get_territory_currencies(babel.territory, tender=True)
    return found[0] if found else None
