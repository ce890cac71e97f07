"""Dossier benchmark: one rich customer's dossier, and a day of 20 dossiers, written as PDF.

The database is a ``salesdesk demo`` file (2,000 deals, 1,000 customers and their visits).
The rich customer is the one with the most profile entries; the day is the one whose visits
come closest to 20 customers (the count is reported). Each run reads the data, renders the
HTML and writes the PDF, as ``salesdesk dossier`` does after start-up.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from benchmarks.common import demo_database, median_ms, report, timed

DAY_CUSTOMERS = 20


def run(repeat: int) -> None:
    """Measure one rich dossier and one day's batch, ``repeat`` times each (at least 5)."""
    from sqlalchemy import func, select

    from salesdesk.core.models import Activity, ActivityKind, ActivityStatus, ProfileEntry, utc_now
    from salesdesk.core.store import open_database
    from salesdesk.ui.printing.dossier_print import customer_sections, day_sections
    from salesdesk.ui.printing.headless import gui_application
    from salesdesk.ui.printing.paged import write_pdf

    app = gui_application()
    database = open_database(demo_database(deals=2000, customers=1000))
    out = Path(tempfile.mkdtemp()) / "dossier.pdf"
    now = utc_now()
    try:
        with database.sessions() as session:
            rich, entries = session.execute(
                select(ProfileEntry.customer_id, func.count())
                .group_by(ProfileEntry.customer_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
            visited: dict[object, set[int]] = defaultdict(set)
            for starts_at, customer in session.execute(
                select(Activity.starts_at, Activity.customer_id).where(
                    Activity.kind == ActivityKind.VISIT,
                    Activity.status != ActivityStatus.CANCELLED,
                )
            ):
                visited[starts_at.astimezone().date()].add(customer)
            day = min(visited, key=lambda d: (abs(len(visited[d]) - DAY_CUSTOMERS), d))

            def one() -> int:
                return write_pdf(out, customer_sections(session, rich, now), title="Dossier")

            def batch() -> int:
                return write_pdf(out, day_sections(session, day, now), title="Day")

            one_pages, day_pages = one(), batch()  # warm: templates compiled, fonts loaded
            one_samples = [timed(one) for _ in range(max(repeat, 5))]
            day_samples = [timed(batch) for _ in range(max(repeat, 5))]
    finally:
        database.close()
        app.processEvents()
    report(
        "dossier",
        [
            {
                "profile_entries": entries,
                "one_pages": one_pages,
                "one_dossier_ms": round(median_ms(one_samples), 1),
                "day_customers": len(visited[day]),
                "day_pages": day_pages,
                "day_batch_ms": round(median_ms(day_samples), 1),
            }
        ],
    )
