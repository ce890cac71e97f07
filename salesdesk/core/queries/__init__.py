"""Read-only questions the screens ask the database, answered as frozen dataclasses.

Every function takes an open ``Session``, runs a fixed, small number of aggregate or joined
``select()`` statements whatever the number of rows (no N+1), and returns plain values: no ORM
object leaves this package, so nothing a screen holds can lazy-load or go stale with a session.
Money is ``Decimal``; sums run in SQL on the integer cents column.
"""

from salesdesk.core.queries.customers import CustomerRow, customer_rows
from salesdesk.core.queries.overview import DatabaseCounts, database_counts
from salesdesk.core.queries.visits import VisitRow

__all__ = [
    "CustomerRow",
    "DatabaseCounts",
    "VisitRow",
    "customer_rows",
    "database_counts",
]
