"""The dossier and the day's route written as HTML from the templates in ``resources/templates``.

Jinja2 escapes every value (autoescape), so names, notes and answers that contain markup print
literally. The HTML stays within what QTextDocument lays out: tables sized by attributes,
per-cell borders and backgrounds, no CSS widths, floats or flex.

How dates, times and money are written is the caller's choice (``Formats``): the app passes
the user's locale; tests and other callers can pass ``PlainFormats``. The words are always in
the rep's language: the templates' phrases through ``Formats.text``/``count`` (context
"Dossier"), the vocabularies (``core.labels``) translated here before the template prints them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from salesdesk.core import labels, local_time
from salesdesk.core.dossier.content import DayDossiers, Dossier
from salesdesk.core.i18n import translate, translate_n
from salesdesk.core.labels import OBJECTION_TEXT, TRAIT_TEXT
from salesdesk.core.money.formats import format_money
from salesdesk.core.money.totals import Total
from salesdesk.core.money.wording import plain_total
from salesdesk.core.route_words import arrival_note, overlap_note, rules_note
from salesdesk.core.templates import environment


class Formats(Protocol):
    """How values and fixed words are written on paper."""

    def date(self, day: date | None) -> str:
        """Return a calendar day ("" for None)."""

    def long_date(self, day: date) -> str:
        """Return a day with its weekday, written out ("Wednesday, 2 December 2026")."""

    def datetime(self, moment: datetime | None) -> str:
        """Return a point in time in local time ("" for None)."""

    def time(self, moment: datetime) -> str:
        """Return the local time of day."""

    def money(self, amount: Decimal, currency: str) -> str:
        """Return an amount with its currency."""

    def total(self, total: Total) -> str:
        """Return a total in the reporting currency ("≈€12,500"), naming what had no rate."""

    def text(self, english: str, *args: object) -> str:
        """Return a fixed phrase of the template translated, its ``%1``… filled with ``args``."""

    def count(self, english: str, n: int, *args: object) -> str:
        """Return a phrase in Qt's plural notation ("%n visit(s)") for ``n``, translated."""


class PlainFormats:
    """ISO dates, 24-hour times, "EUR 1,234.50": readable anywhere, independent of a locale.

    The words are still translated, so a dossier printed by the command line speaks the rep's
    language.
    """

    def date(self, day: date | None) -> str:
        return day.isoformat() if day else ""

    def long_date(self, day: date) -> str:
        return f"{day:%A}, {day.isoformat()}"

    def datetime(self, moment: datetime | None) -> str:
        return local_time.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    def time(self, moment: datetime) -> str:
        return local_time.local(moment).strftime("%H:%M")

    def money(self, amount: Decimal, currency: str) -> str:
        return format_money(amount, currency, None)

    def total(self, total: Total) -> str:
        return plain_total(total, None)

    def text(self, english: str, *args: object) -> str:
        return translate("Dossier", english, *args)

    def count(self, english: str, n: int, *args: object) -> str:
        return translate_n("Dossier", english, n, *args)


_LABELS = {
    "sections": labels.SECTION_TITLES,
    "roles": labels.ROLE_TEXT,
    "activities": labels.ACTIVITY_TEXT,
    "statuses": labels.STATUS_TEXT,
    "relations": labels.RELATION_TEXT,
    "date_kinds": labels.DATE_TEXT,
    "referral_states": labels.REFERRAL_TEXT,
    "objection_kinds": OBJECTION_TEXT,
    "traits": TRAIT_TEXT,
}


def _labels() -> dict[str, dict[object, str]]:
    """Return the vocabularies the templates print, each word in the rep's language."""
    return {
        name: {key: translate("Labels", english) for key, english in table.items()}
        for name, table in _LABELS.items()
    }


def dossier_html(dossier: Dossier, formats: Formats) -> str:
    """Return one customer's dossier as HTML."""
    template = environment().get_template("dossier.html.j2")
    return template.render(d=dossier, p=dossier.profile, f=formats, _=formats.text, **_labels())


def route_html(day: DayDossiers, formats: Formats) -> str:
    """Return the first page of a day's dossiers: the route, visit by visit."""
    template = environment().get_template("day_route.html.j2")
    return template.render(
        day=day,
        f=formats,
        _=formats.text,
        arrival_note=lambda stop: arrival_note(stop.arrival, stop.city, formats),
        overlap_note=lambda other: overlap_note(other, formats),
        rules_note=rules_note(day.rules, formats),
        **_labels(),
    )
