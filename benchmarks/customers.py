"""Customers benchmark over 50,000 customers (a ``salesdesk demo`` file).

A search keystroke is measured from the changed search text to the list shown and painted
again, while typing words letter by letter (short terms, index lookups, Chinese and Korean
names) and clearing the field. Opening a profile card is measured from the call to the card
painted, for the customers with the most profile answers.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import demo_database, median_ms, report, timed

TYPED = ["müller", "anna schmidt", "王芳", "김민준", "gmbh", "logistics"]


def _keystrokes(db: Path) -> tuple[float, float, int, float]:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from salesdesk.core.models import ProfileEntry, utc_now
    from salesdesk.core.store import open_database
    from salesdesk.ui.change_flow import ChangeFlow
    from salesdesk.ui.customers.customer_data import CustomerData
    from salesdesk.ui.customers.customers_view import CustomersView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite3"
        copy.write_bytes(db.read_bytes())
        database = open_database(copy)

        area = CustomersView(CustomerData(ChangeFlow(database, utc_now)))
        area.resize(1280, 760)
        area.show()
        with database.sessions() as session:
            load = timed(lambda: area.reload(session, utc_now()))
        app.processEvents()
        samples = []

        def type_text(text: str) -> None:
            area.search_field.setText(text)
            app.processEvents()

        for word in TYPED:
            for end in range(1, len(word) + 1):
                samples.append(timed(lambda w=word[:end]: type_text(w)))
            samples.append(timed(lambda: type_text("")))
        rows = area.model.rowCount()
        with database.sessions() as session:
            richest = session.scalars(
                select(ProfileEntry.customer_id)
                .group_by(ProfileEntry.customer_id)
                .order_by(func.count().desc())
                .limit(20)
            ).all()

        def open_card(customer_id: int) -> None:
            area.show_customer(customer_id)
            app.processEvents()

        cards = [timed(lambda c=customer_id: open_card(c)) for customer_id in richest]
        area.close()
        database.close()
    return median_ms(samples), load * 1000, rows, median_ms(cards)


def run(customers: int) -> None:
    """Measure search keystrokes over a database with ``customers`` customers."""
    db = demo_database(deals=2000, customers=customers)
    keystroke_ms, load_ms, rows, card_ms = _keystrokes(db)
    report(
        "customers",
        [
            {
                "customers": rows,
                "search_keystroke_ms": round(keystroke_ms, 1),
                "open_profile_card_ms": round(card_ms, 1),
                "list_load_ms": round(load_ms),
            }
        ],
    )
