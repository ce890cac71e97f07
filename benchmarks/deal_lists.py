"""Closed-deals list and timeline benchmark: 50,000 closed deals, a customer with 500 events.

The demo generator closes about a third of its deals, so a copy of the 10,000-deal demo
database gets copies of its won, lost and held deals (each with the stage move that closed it,
so the list has "the stage it left" to read) until 50,000 deals are closed or on hold. One
customer of it gets notes about their deals until their timeline holds 500 events.

Measured (medians of ``repeat`` runs, at least 10): opening the list (read again and shown:
its first page of rows, the count and total of every closed and held deal), one search
keystroke once the search keys are read in idle time after the list opened (typing words
letter by letter and clearing; the worst keystroke too: the first merges the keys' sorted
slices), the first keystroke typed right after the list is read (no idle time: it reads every
key then), how long the idle reading took and its longest pass of the event loop, switching
the outcome; a timeline of 500 events: its
first page read, opened in the view (read, laid out, painted), and all pages read.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from benchmarks.common import DATA, demo_database, median_ms, report, timed

CLOSED = 50_000
EVENTS = 500


def closed_database(closed: int = CLOSED) -> Path:
    """Return a copy of the 10,000-deal demo with ``closed`` closed or held deals (made once)."""
    path = DATA / f"demo-10000-seed1-{closed // 1000}k-closed.sqlite3"
    if path.exists():
        return path
    from sqlalchemy import func, insert, select

    from salesdesk.core.models import Deal, DealStatus, StageMove
    from salesdesk.core.store import open_database

    started = time.perf_counter()
    partial = path.with_suffix(".partial.sqlite3")
    shutil.copyfile(demo_database(10_000), partial)
    database = open_database(partial)
    deals = Deal.__table__
    try:
        with database.transaction() as session:
            closed_rows = [
                dict(row._mapping)
                for row in session.execute(
                    select(deals).where(deals.c.status != DealStatus.OPEN.value)
                )
            ]
            last_moves = {
                row.deal_id: row
                for row in session.execute(
                    select(
                        StageMove.deal_id,
                        StageMove.from_stage_id,
                        StageMove.to_stage_id,
                        StageMove.moved_at,
                    )
                    .where(StageMove.deal_id.in_([row["id"] for row in closed_rows]))
                    .order_by(StageMove.deal_id, StageMove.moved_at, StageMove.id)
                )
            }
            next_id = (session.scalar(select(func.max(deals.c.id))) or 0) + 1
            wanted = closed - len(closed_rows)
            copies, moves = [], []
            for source in itertools.islice(itertools.cycle(closed_rows), max(0, wanted)):
                copies.append({**source, "id": next_id})
                move = last_moves.get(source["id"])
                if move is not None:
                    moves.append({**move._asdict(), "deal_id": next_id})
                next_id += 1
            for start in range(0, len(copies), 5_000):
                session.execute(insert(deals), copies[start : start + 5_000])
            session.execute(insert(StageMove), moves)
    finally:
        database.close()
    partial.rename(path)
    print(f"  made {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def _busy_customer(session, events: int) -> int:  # noqa: ANN001
    """Return a customer with a deal, given notes until their timeline holds ``events``."""
    from sqlalchemy import func, insert, select

    from salesdesk.core.models import Deal, Note, utc_now
    from salesdesk.core.queries.timeline import customer_timeline

    customer_id, deal_id = session.execute(
        select(Deal.customer_id, func.min(Deal.id)).group_by(Deal.customer_id).limit(1)
    ).one()
    have = len(customer_timeline(session, customer_id, limit=events))
    now = utc_now()
    session.execute(
        insert(Note),
        [
            {
                "customer_id": customer_id,
                "deal_id": deal_id if n % 2 else None,
                "text": f"Called about the pilot, point {n}: they want the rollout plan first.",
                "written_at": now - timedelta(hours=7 * n + 1),
            }
            for n in range(max(0, events - have))
        ],
    )
    return customer_id


def run(repeat: int) -> None:
    """Measure the list of closed deals and a 500-event timeline, ``repeat`` times (≥ 10)."""
    from PySide6.QtWidgets import QApplication, QWidget
    from sqlalchemy import func, select

    from salesdesk.core.models import Deal, DealStatus, utc_now
    from salesdesk.core.operations.deal_outcomes import put_on_hold
    from salesdesk.core.queries.timeline import PAGE, customer_timeline
    from salesdesk.core.store import open_database
    from salesdesk.ui.change_flow import ChangeFlow
    from salesdesk.ui.deals.closed_list import ClosedDealsView
    from salesdesk.ui.deals.outcomes import DealOutcomes
    from salesdesk.ui.deals.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    runs = max(repeat, 10)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite3"
        shutil.copyfile(closed_database(), copy)
        database = open_database(copy)
        flow = ChangeFlow(database, utc_now)
        host = QWidget()
        view = ClosedDealsView(flow, DealOutcomes(flow, host), host)
        view.resize(1280, 700)
        host.resize(1280, 700)
        host.show()  # the list in a window on screen (it reads its keys in idle time then)
        app.processEvents()
        with database.sessions() as session:
            closed = session.scalar(
                select(func.count(Deal.id)).where(Deal.status != DealStatus.OPEN.value)
            )
        view.show_outcome("all")

        def open_list() -> None:
            view.refresh()
            app.processEvents()

        open_list()  # warm the page cache
        opened = median_ms([timed(open_list) for _ in range(runs)])
        words = ["f", "fu", "fue", "fuel", "fue", "fu", "f", "", "a", "ac", "acm", "", "p", "pr"]

        def typed_at_once() -> float:
            """Return the first keystroke typed right after everything changed (F5, another
            process's commit): the list reads again and its keys are read at once."""
            flow.reload_everything()
            app.processEvents()
            took = timed(lambda: view.search_field.setText("f"))
            view.search_field.setText("")
            return took

        at_once = [typed_at_once() for _ in range(runs)]
        flow.reload_everything()  # the keys forgotten: read again in idle time
        steps = []  # each pass of the event loop while the keys are read in idle time
        started = time.perf_counter()
        while not view.search_ready() and time.perf_counter() - started < 10:
            steps.append(timed(app.processEvents))
        idle_read = time.perf_counter() - started
        keystrokes = [
            timed(lambda w=word: view.search_field.setText(w))
            for word in itertools.islice(itertools.cycle(words), max(runs, 28))
        ]
        outcomes = [
            timed(lambda k=key: view.show_outcome(k))
            for key in itertools.islice(itertools.cycle(["won", "lost", "on_hold", "all"]), runs)
        ]
        # A deal put on hold and back while the list shows a search: the change, its key read
        # again and the list shown again, each way (the keys stay read).
        view.show_outcome("all")
        view.search_field.setText("f")
        with database.sessions() as session:
            open_ids = session.scalars(
                select(Deal.id).where(Deal.status == DealStatus.OPEN.value).limit(runs)
            ).all()
        held = []
        for deal_id in open_ids:
            held.append(
                timed(lambda d=deal_id: flow.run("Hold", lambda s: put_on_hold(s, [d], utc_now())))
            )
            held.append(timed(flow.stack.undo))
        assert view.search_ready()
        view.close()

        with database.transaction() as session:
            customer_id = _busy_customer(session, EVENTS)
        with database.sessions() as session:
            events = len(customer_timeline(session, customer_id, limit=10 * EVENTS))

            def read_all() -> None:
                page = customer_timeline(session, customer_id)
                while len(page) == PAGE:
                    page = customer_timeline(session, customer_id, before=page[-1].at)

            first_page = median_ms(
                [timed(lambda: customer_timeline(session, customer_id)) for _ in range(runs)]
            )
            all_pages = median_ms([timed(read_all) for _ in range(runs)])

        def load(before):  # noqa: ANN001, ANN202
            with database.sessions() as session:
                return customer_timeline(session, customer_id, before=before)

        timeline = TimelineView("benchTimeline", load, with_deal=True)
        timeline.resize(640, 700)
        timeline.show()
        app.processEvents()

        def open_timeline() -> None:
            timeline.reload()
            timeline.repaint()

        open_timeline()
        shown = median_ms([timed(open_timeline) for _ in range(runs)])
        timeline.close()
        database.close()
    report(
        "deal_lists",
        [
            {
                "closed_deals": closed,
                "list_open_ms": round(opened, 1),
                "keystroke_ms": round(median_ms(keystrokes), 2),
                "keystroke_worst_ms": round(max(keystrokes) * 1000, 1),
                "first_key_at_once_ms": round(median_ms(at_once), 1),
                "idle_read_ms": round(idle_read * 1000, 1),
                "idle_step_worst_ms": round(max(steps, default=0) * 1000, 1),
                "outcome_switch_ms": round(median_ms(outcomes), 1),
                "hold_and_undo_searched_ms": round(median_ms(held), 1),
                "timeline_events": events,
                "timeline_first_page_ms": round(first_page, 1),
                "timeline_open_ms": round(shown, 1),
                "timeline_all_pages_ms": round(all_pages, 1),
            }
        ],
    )
