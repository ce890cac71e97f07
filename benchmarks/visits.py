"""Visits benchmark: the agenda of one week, read from a database with 5,000+ activities.

The database is a ``salesdesk demo`` file; the week measured is the busiest one in it.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from benchmarks.common import demo_database, median_ms, report, timed


def run(repeat: int) -> None:
    """Measure reading one week's agenda, ``repeat`` times."""
    from sqlalchemy import func, select

    from salesdesk.core.models import Activity
    from salesdesk.core.queries.agenda import agenda
    from salesdesk.core.store import open_database

    db = demo_database(deals=2000, customers=1000)
    database = open_database(db)
    try:
        with database.sessions() as session:
            total = session.scalar(select(func.count(Activity.id))) or 0
            days = Counter(
                start.astimezone().date() for start in session.scalars(select(Activity.starts_at))
            )
            busiest = max(days, key=lambda day: days[day])
            monday = busiest - timedelta(days=busiest.weekday())
            shown = sum(len(rows) for rows in agenda(session, monday, 7).values())
            samples = [timed(lambda: agenda(session, monday, 7)) for _ in range(max(repeat, 20))]
    finally:
        database.close()
    report("visits", [{
        "activities": total, "week_shows": shown, "week_agenda_ms": round(median_ms(samples), 1),
    }])  # fmt: skip
