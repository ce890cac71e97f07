"""The Customers area as a plain list: everyone the rep sells to, by name."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from salesdesk.core.queries import CustomerRow, customer_rows
from salesdesk.ui.areas.list_area import ListArea
from salesdesk.ui.areas.rows_model import Column
from salesdesk.ui.formatting import format_count, format_date, tr

_CONTEXT = "CustomersList"


class CustomersList(ListArea):
    """Customers with company, position, tier, city and the day of the last contact."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column[CustomerRow](tr(_CONTEXT, "Name"), lambda row: row.name),
            Column[CustomerRow](tr(_CONTEXT, "Company"), lambda row: row.company_name or ""),
            Column[CustomerRow](tr(_CONTEXT, "Position"), lambda row: row.position or ""),
            Column[CustomerRow](tr(_CONTEXT, "Tier"), lambda row: row.tier.value),
            Column[CustomerRow](tr(_CONTEXT, "City"), lambda row: row.city or ""),
            Column[CustomerRow](
                tr(_CONTEXT, "Last contact"),
                lambda row: format_date(row.last_contact_on),
                lambda row: row.last_contact_on.toordinal() if row.last_contact_on else 0,
            ),
        ]
        super().__init__(
            "customersView",
            tr(_CONTEXT, "Customers"),
            columns,
            lambda row: row.id,
            tr(_CONTEXT, "No customers yet."),
            parent,
        )

    def reload(self, session: Session, now: datetime) -> None:
        """Read every customer."""
        rows = customer_rows(session)
        tiers = {tier: sum(row.tier.value == tier for row in rows) for tier in "ABC"}
        summary = tr(_CONTEXT, "Customers: %n · tier A: %1 · B: %2 · C: %3", None, len(rows))
        for number, tier in enumerate("ABC", start=1):
            summary = summary.replace(f"%{number}", format_count(tiers[tier]))
        self.show_rows(rows, summary)
