"""Visits benchmark: the agenda of one week, from a database with 5,000+ activities.

The database is a ``salesdesk demo`` file; the week measured is the busiest one in it. Two
figures: the agenda query alone, the route check of that week (``core.route``), and the
Visits area showing that week (query, route, list and side lists, painted).
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from benchmarks.common import demo_database, median_ms, report, timed


def run(repeat: int) -> None:
    """Measure reading one week's agenda, ``repeat`` times."""
    from sqlalchemy import func, select

    from salesdesk.core import local_time
    from salesdesk.core.models import Activity
    from salesdesk.core.queries.agenda import agenda
    from salesdesk.core.route import TravelRules, route_of
    from salesdesk.core.store import open_database

    db = demo_database(deals=2000, customers=1000)
    database = open_database(db)
    try:
        with database.sessions() as session:
            total = session.scalar(select(func.count(Activity.id))) or 0
            days = Counter(
                local_time.local_day(start) for start in session.scalars(select(Activity.starts_at))
            )
            busiest = max(days, key=lambda day: days[day])
            monday = busiest - timedelta(days=busiest.weekday())
            shown = sum(len(rows) for rows in agenda(session, monday, 7).values())
            samples = [timed(lambda: agenda(session, monday, 7)) for _ in range(max(repeat, 20))]
            rows = [row for day in agenda(session, monday, 7).values() for row in day]
            routes = [timed(lambda: route_of(rows, TravelRules())) for _ in range(max(repeat, 20))]
        shown_ms = _area(database, monday, repeat)
    finally:
        database.close()
    report(
        "visits",
        [
            {
                "activities": total,
                "week_shows": shown,
                "week_agenda_ms": round(median_ms(samples), 1),
                "week_route_ms": round(median_ms(routes), 1),
                "week_view_ms": round(shown_ms, 1),
            }
        ],
    )


def _area(database: object, monday: object, repeat: int) -> float:
    """Return the median time for the Visits area to show and paint the week."""
    from PySide6.QtWidgets import QApplication

    from salesdesk.core.models import utc_now
    from salesdesk.ui.change_flow import ChangeFlow
    from salesdesk.ui.visits.visit_data import VisitData
    from salesdesk.ui.visits.visits_view import VisitsView

    app = QApplication.instance() or QApplication([])
    data = VisitData(ChangeFlow(database, utc_now))
    area = VisitsView(data)
    area.resize(1280, 760)
    area.show()
    area._first_day = monday  # type: ignore[assignment]  # the busiest week

    def show() -> None:
        area.show_days()
        app.processEvents()

    area.refresh()  # the side lists, once
    samples = [timed(show) for _ in range(max(repeat, 10))]
    area.close()
    area.deleteLater()
    app.processEvents()
    return median_ms(samples)
