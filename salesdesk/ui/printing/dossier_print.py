"""Customer dossiers as print sections: one customer, or every customer visited on a day."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.dossier.content import DayDossiers, Dossier, load_day, load_dossier
from salesdesk.core.dossier.html import dossier_html, route_html
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.money.totals import Total
from salesdesk.ui.formatting import format_date, format_datetime, format_money, tr
from salesdesk.ui.money.totals_text import total_text
from salesdesk.ui.printing.paged import PrintSection

_CONTEXT = "Dossier"


class LocaleFormats:
    """Dates, times and money as the user's locale writes them; the template's words translated."""

    def date(self, day: date | None) -> str:
        return format_date(day)

    def long_date(self, day: date) -> str:
        return QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def datetime(self, moment: datetime | None) -> str:
        return format_datetime(moment)

    def time(self, moment: datetime) -> str:
        local = local_time.local(moment)
        locale = QLocale()
        return locale.toString(local.time(), locale.timeFormat(QLocale.FormatType.ShortFormat))

    def money(self, amount: Decimal, currency: str) -> str:
        return format_money(amount, currency)

    def total(self, total: Total) -> str:
        return total_text(total)

    def text(self, english: str) -> str:
        return tr(_CONTEXT, english)


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
        raise SalesDeskError(f"there are no visits on {day.isoformat()}")
    route = PrintSection(
        route_html(dossiers, LocaleFormats()),
        tr(_CONTEXT, "Route for %1", format_date(day)),
    )
    return [route, *(dossier_section(dossier) for dossier in dossiers.dossiers)]


def printed_footer(now: datetime) -> str:
    """Return the footer of dossier pages: what they are and when they were printed."""
    return tr(_CONTEXT, "Customer dossier · confidential · printed %1", format_datetime(now))
