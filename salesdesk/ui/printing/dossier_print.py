"""Customer dossiers as print sections: one customer, or every customer visited on a day."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale
from sqlalchemy.orm import Session

from salesdesk.core.dossier.content import DayDossiers, Dossier, load_day, load_dossier
from salesdesk.core.dossier.html import dossier_html, route_html
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.money.totals import Total
from salesdesk.ui.formatting import (
    format_date,
    format_datetime,
    format_day,
    format_long_day,
    format_money,
    format_time,
    tr,
    tr_n,
)
from salesdesk.ui.money.totals_text import total_text
from salesdesk.ui.printing.paged import PrintSection

_CONTEXT = "Dossier"


class LocaleFormats:
    """Dates, times and money as a locale writes them (the rep's by default); words translated."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self._locale = locale

    def date(self, day: date | None) -> str:
        return format_date(day, self._locale)

    def long_date(self, day: date) -> str:
        return format_long_day(day, self._locale)

    def datetime(self, moment: datetime | None) -> str:
        return format_datetime(moment, self._locale)

    def time(self, moment: datetime) -> str:
        return format_time(moment, self._locale)

    def money(self, amount: Decimal, currency: str) -> str:
        return format_money(amount, currency, self._locale)

    def total(self, total: Total) -> str:
        return total_text(total)

    def text(self, english: str, *args: object) -> str:
        return tr(_CONTEXT, english, *args)

    def count(self, english: str, n: int, *args: object) -> str:
        return tr_n(_CONTEXT, english, n, *args)


def _title(dossier: Dossier) -> str:
    profile = dossier.profile
    return f"{profile.name} · {profile.company}" if profile.company else profile.name


def dossier_section(dossier: Dossier) -> PrintSection:
    """Return one customer's dossier as a print section headed by their name."""
    return PrintSection(dossier_html(dossier, LocaleFormats()), _title(dossier))


def customer_sections(
    session: Session, customer_id: int, now: datetime, visit_id: int | None = None
) -> list[PrintSection]:
    """Return the dossier of one customer (for ``visit_id``, or their next planned visit)."""
    return [dossier_section(load_dossier(session, customer_id, now, visit_id))]


def day_sections(session: Session, day: date, now: datetime) -> list[PrintSection]:
    """Return the day's route, then the dossier of each customer visited, in visit order.

    Raises ``SalesDeskError`` for a day without visits: there is nothing to print.
    """
    dossiers: DayDossiers = load_day(session, day, now)
    if not dossiers.route:
        raise SalesDeskError(tr(_CONTEXT, "there are no visits on %1", format_day(day)))
    route = PrintSection(
        route_html(dossiers, LocaleFormats()),
        tr(_CONTEXT, "Route for %1", format_day(day)),
    )
    return [route, *(dossier_section(dossier) for dossier in dossiers.dossiers)]


def printed_footer(now: datetime) -> str:
    """Return the footer of dossier pages: what they are and when they were printed."""
    return tr(_CONTEXT, "Customer dossier · confidential · printed %1", format_datetime(now))
