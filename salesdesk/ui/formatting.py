"""Translation and locale-aware formatting of everything the screens show.

Every user-visible string goes through ``tr`` (Qt's translation machinery, so a translation
file can be added without touching code); numbers and dates go through QLocale and money
through the core's formatter with QLocale's name, so they follow the rep's regional settings.
"""

from __future__ import annotations

import locale
import os
import sys
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from salesdesk.core import i18n, local_time
from salesdesk.core.money import formats as money


def tr(context: str, text: str, *args: object) -> str:
    """Return ``text`` translated in ``context``, its ``%1``… filled with ``args`` in one pass."""
    return i18n.translate(context, text, *args)


def word(english: str) -> str:
    """Return a word of the core's vocabulary (``core.labels``) as the screens show it."""
    return i18n.translate("Labels", english)


def prefer_utf8_locale() -> None:
    """Under a locale that is not UTF-8 (``LC_ALL=C``), switch to C.UTF-8 before Qt starts.

    Qt makes the same switch itself, but first prints a warning to the terminal; a CLI error
    or a script reading stderr should see SalesDesk's own words only. Only the character
    type changes: LANG (a rep's zh_CN.UTF-8 whose locale files are not installed) still says
    the language and the regional formats. Call before the Q(Gui)Application is made.
    """
    if sys.platform == "win32":
        return
    if locale.nl_langinfo(locale.CODESET).replace("-", "").upper() != "UTF8":
        if os.environ.get("LC_ALL"):  # it would override LC_CTYPE
            os.environ["LC_ALL"] = "C.UTF-8"
        os.environ["LC_CTYPE"] = "C.UTF-8"
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")


def use_readable_locale() -> None:
    """Without regional settings (a bare shell or service, the C/POSIX locale), stay readable.

    The C locale prints numbers without digit grouping; with grouping switched on, it writes
    "1,950". Dates and times it writes as ISO 8601 (``date_format``, ``time_format``).
    """
    if QLocale().language() == QLocale.Language.C:  # a chosen language sets its own locale
        readable = QLocale.c()
        readable.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        QLocale.setDefault(readable)


def money_locale(locale: QLocale | None = None) -> str | None:
    """Return the locale's name for the core's money formatter ("de_DE"; None for C)."""
    name = (locale or QLocale()).name()
    return None if name in ("C", "") else name


def format_money(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """Return ``amount`` with its currency as the locale writes it: "€12,500" or "12.500,50 €".

    The core's one formatter (Babel): each currency's own decimals, the locale's symbols;
    whole amounts show no decimals.
    """
    return money.format_money(amount, currency, money_locale(locale))


def format_count(value: int, locale: QLocale | None = None) -> str:
    """Return a whole number with the locale's digit grouping."""
    return (locale or QLocale()).toString(value)


def format_percent(fraction: Decimal | float | None, locale: QLocale | None = None) -> str:
    """Return a fraction 0..1 as a whole percentage, or an en dash when it is undefined."""
    if fraction is None:
        return "–"
    percent = round(Decimal(str(fraction)) * 100)
    return tr("Formatting", "%1%", (locale or QLocale()).toString(int(percent)))


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def date_format(locale: QLocale | None = None) -> str:
    """Return the locale's short date format with a four-digit year ("M/d/yyyy").

    The C/POSIX locale gets ISO 8601 ("yyyy-MM-dd"), readable anywhere.
    """
    locale = locale or QLocale()
    if _is_c(locale):
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_format(locale: QLocale | None = None) -> str:
    """Return the locale's short time format ("h:mm AP", "HH:mm"); "HH:mm" for C/POSIX."""
    locale = locale or QLocale()
    return "HH:mm" if _is_c(locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)


def format_date(day: date | None, locale: QLocale | None = None) -> str:
    """Return ``day`` in the locale's short date format, four-digit year (empty for None)."""
    if day is None:
        return ""
    qdate = QDate(day.year, day.month, day.day)
    return (locale or QLocale()).toString(qdate, date_format(locale))


def format_day(day: date, locale: QLocale | None = None) -> str:
    """Return ``day`` with its short weekday name: "Tue 12/1/2026", "Di. 01.12.2026"."""
    locale = locale or QLocale()
    qdate = QDate(day.year, day.month, day.day)
    weekday = locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return tr("Formatting", "%1 %2", weekday, format_date(day, locale))


def format_long_day(day: date, locale: QLocale | None = None) -> str:
    """Return ``day`` written out with its weekday ("Tuesday, December 1, 2026")."""
    locale = locale or QLocale()
    qdate = QDate(day.year, day.month, day.day)
    if _is_c(locale):
        return f"{locale.dayName(qdate.dayOfWeek())}, {format_date(day, locale)}"
    return locale.toString(qdate, QLocale.FormatType.LongFormat)


def format_time(moment: datetime, locale: QLocale | None = None) -> str:
    """Return the local time of day of an aware ``moment`` ("9:15 AM", "09:15")."""
    locale = locale or QLocale()
    local = local_time.local(moment)
    return locale.toString(QTime(local.hour, local.minute), time_format(locale))


def format_datetime(moment: datetime | None, locale: QLocale | None = None) -> str:
    """Return an aware ``moment`` in local time, in the locale's short formats."""
    if moment is None:
        return ""
    locale = locale or QLocale()
    local = local_time.local(moment)
    qmoment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(qmoment, datetime_format(locale))


def datetime_format(locale: QLocale | None = None) -> str:
    """Return the pattern of a date and time field: the locale's date and time formats."""
    return f"{date_format(locale)} {time_format(locale)}"


def first_weekday(locale: QLocale | None = None) -> int:
    """Return the ISO number of the day the locale's week starts on (1 Monday … 7 Sunday)."""
    return (locale or QLocale()).firstDayOfWeek().value


def tr_n(context: str, text: str, n: int, *args: object) -> str:
    """Return ``text`` with Qt's plural notation ("%n deal(s)") translated for the count ``n``.

    ``%Ln`` is the count with the locale's digit grouping. Without a translation, the English
    form is made: "1 deal", "3 deals", and "(y|ies)" picks "activity" or "activities". ``%1``…
    are filled with ``args`` in one pass.
    """
    return i18n.translate_n(context, text, n, *args, count=QLocale().toString(n))


def parse_amount(text: str, locale: QLocale | None = None) -> Decimal | None:
    """Read an amount typed the locale's way ("12,500.50", "12.500,50"); None when unreadable.

    Blank means zero; group separators and spaces are ignored, a currency symbol is not allowed.
    """
    locale = locale or QLocale()
    cleaned = "".join(text.split()).replace(locale.groupSeparator(), "")
    if not cleaned:
        return Decimal("0.00")
    cleaned = cleaned.replace(locale.decimalPoint(), ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


_SENTENCE_ENDS = (".", "?", "!", "。", "？", "！")


def as_sentence(message: str) -> str:
    """Return a core message ("the deal needs a title") as a sentence for a dialog.

    A message in Chinese ends with a full stop of its own script ("。"); Korean, like English,
    with ".".
    """
    message = message.strip()
    if not message:
        return message
    ending = ""
    if not message.endswith(_SENTENCE_ENDS):
        last = message[-1]
        ending = "。" if "\u2e80" <= last <= "\u9fff" or "\uff00" <= last <= "\uffef" else "."
    return message[0].upper() + message[1:] + ending


def format_amount(amount: Decimal, locale: QLocale | None = None) -> str:
    """Return an amount for an input field: no grouping, the locale's decimal point."""
    locale = locale or QLocale()
    text = f"{amount:.2f}".removesuffix(".00")
    return text.replace(".", locale.decimalPoint())


def phone_region(locale: QLocale | None = None) -> str | None:
    """Return the country whose phone numbers may be typed without +country ("DE"), if known."""
    name = (locale or QLocale()).name()  # "de_DE"
    code = name.partition("_")[2]
    return code if len(code) == 2 and code.isalpha() else None
