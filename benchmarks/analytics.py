"""Analytics benchmark: what the Analytics screen reads, over 50,000 deals and ~300,000 moves.

The demo generator gives each deal one move per stage it passed (50,000 deals make about
172,000 moves). Real histories also go back and forth: a customer re-evaluates, a proposal is
reworked. So a copy of the demo database gets extra *detours* — a deal that went from stage A
to B goes to B early, back to A, and on to B as before — until there are about 300,000 moves.
Each detour keeps the deal's stages, order and final state; it only adds history, which is
what the funnel query has to read.

Measured (median of ``repeat`` runs, at least 10): the whole ``overview`` (funnel, key figures,
diagnosis, forecast, overdue follow-ups — one Analytics screen reload) for the last 90 days and
for the last 365 days, and the funnel query alone. Every total of the overview is converted
into the reporting currency: the demo's deals are in several currencies with monthly sample
rates, so each reload reads the rates of its days and converts open and won deals (the
report names how many currencies and rates there are). A second copy spreads the deals evenly
over six currencies (EUR, USD, GBP, JPY, CNY, KRW), five of them with a rate per month and
KRW with none: the worst case of conversion, where every total also names what it leaves out.
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import timedelta
from pathlib import Path

from benchmarks.common import DATA, demo_database, median_ms, report, timed

DEALS = 50_000
MOVES = 300_000


def history_database(deals: int = DEALS, moves: int = MOVES, seed: int = 7) -> Path:
    """Return a copy of the demo database grown to about ``moves`` stage moves (made once)."""
    path = DATA / f"demo-{deals}-seed1-{moves // 1000}k-moves.sqlite3"
    if path.exists():
        return path
    from sqlalchemy import func, insert, select

    from salesdesk.core.models import Stage, StageKind, StageMove
    from salesdesk.core.store import open_database

    started = time.perf_counter()
    partial = path.with_suffix(".partial.sqlite3")
    shutil.copyfile(demo_database(deals), partial)
    database = open_database(partial)
    try:
        with database.transaction() as session:
            rows = session.execute(
                select(StageMove.deal_id, StageMove.to_stage_id, StageMove.moved_at).order_by(
                    StageMove.deal_id, StageMove.moved_at, StageMove.id
                )
            ).all()
            open_stages = set(session.scalars(select(Stage.id).where(Stage.kind == StageKind.OPEN)))
            # A gap: a deal sat in stage A until its next move took it on to open stage B (a
            # detour through Won would be a deal won and taken back, which reps do not do).
            gaps = [
                (here, there)
                for here, there in zip(rows, rows[1:], strict=False)
                if here.deal_id == there.deal_id
                and there.to_stage_id in open_stages
                and there.moved_at - here.moved_at > timedelta(hours=3)
            ]
            wanted = max(0, moves - (session.scalar(select(func.count(StageMove.id))) or 0)) // 2
            chosen = random.Random(seed).sample(gaps, min(wanted, len(gaps)))
            extra = []
            for here, there in chosen:
                span = there.moved_at - here.moved_at
                extra += [
                    {
                        "deal_id": here.deal_id,
                        "from_stage_id": here.to_stage_id,
                        "to_stage_id": there.to_stage_id,
                        "moved_at": here.moved_at + span / 3,
                    },
                    {
                        "deal_id": here.deal_id,
                        "from_stage_id": there.to_stage_id,
                        "to_stage_id": here.to_stage_id,
                        "moved_at": here.moved_at + span * 2 / 3,
                    },
                ]
            session.execute(insert(StageMove), extra)
    finally:
        database.close()
    partial.rename(path)
    print(f"  made {path.name} in {time.perf_counter() - started:.1f} s")
    return path


SIX_CURRENCIES = ("EUR", "USD", "GBP", "JPY", "CNY", "KRW")
ROUGH_RATES = {"USD": "1.08", "GBP": "0.86", "JPY": "161", "CNY": "7.8"}  # per EUR; KRW: none


def six_currency_database() -> Path:
    """Return a copy of the history database with the deals spread over six currencies."""
    source = history_database()
    path = source.with_name(source.stem + "-6-currencies.sqlite3")
    if path.exists():
        return path
    from datetime import date
    from decimal import Decimal

    from sqlalchemy import delete, func, select, update

    from salesdesk.core.models import Deal, ExchangeRate, Setting
    from salesdesk.core.store import open_database

    partial = path.with_suffix(".partial.sqlite3")
    shutil.copyfile(source, partial)
    database = open_database(partial)
    try:
        with database.transaction() as session:
            for index, code in enumerate(SIX_CURRENCIES):
                session.execute(
                    update(Deal).where(Deal.id % len(SIX_CURRENCIES) == index).values(currency=code)
                )
            session.execute(delete(ExchangeRate))
            session.merge(Setting(key="reporting_currency", value="EUR"))
            first = session.scalar(select(func.min(Deal.created_at)))
            assert first is not None
            month = date(first.year, first.month, 1)
            until = date.today()
            rates = []
            while month <= until:
                rates += [
                    ExchangeRate(base="EUR", currency=code, valid_from=month, rate=Decimal(rate))
                    for code, rate in ROUGH_RATES.items()
                ]
                month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
            session.add_all(rates)
    finally:
        database.close()
    partial.rename(path)
    return path


def run(repeat: int) -> None:
    """Measure the Analytics reload on the demo's currencies, then on six currencies."""
    _measure(history_database(), repeat, "analytics")
    _measure(six_currency_database(), repeat, "analytics-6-currencies")


def _measure(path: Path, repeat: int, name: str) -> None:
    """Measure one Analytics screen's worth of queries, ``repeat`` times (at least 10)."""
    from sqlalchemy import func, select

    from salesdesk.core.analytics.funnel import funnel
    from salesdesk.core.analytics.overview import overview
    from salesdesk.core.models import Deal, ExchangeRate, StageMove, utc_now
    from salesdesk.core.store import open_database

    database = open_database(path)
    now = utc_now()
    runs = max(repeat, 10)
    try:
        with database.sessions() as session:
            deals = session.scalar(select(func.count(Deal.id))) or 0
            moves = session.scalar(select(func.count(StageMove.id))) or 0
            currencies = session.scalar(select(func.count(func.distinct(Deal.currency)))) or 0
            rates = session.scalar(select(func.count(ExchangeRate.id))) or 0
            rows = {
                "deals": deals,
                "stage_moves": moves,
                "currencies": currencies,
                "exchange_rates": rates,
            }
            for days in (90, 365):
                start = now - timedelta(days=days)
                overview(session, start, now, now)  # warm the page cache once
                rows[f"overview_{days}d_ms"] = round(
                    median_ms(
                        [timed(lambda s=start: overview(session, s, now, now)) for _ in range(runs)]
                    ),
                    1,
                )
            start = now - timedelta(days=90)
            rows["funnel_90d_ms"] = round(
                median_ms([timed(lambda: funnel(session, start, now)) for _ in range(runs)]), 1
            )
    finally:
        database.close()
    report(name, [rows])
