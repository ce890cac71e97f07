"""An Analytics view over a small hand-built history, with the clock fixed."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from salesdesk.core.models import Deal, DealStatus, Stage
from salesdesk.core.store import Database
from salesdesk.ui.analytics.analytics_view import AnalyticsView
from salesdesk.ui.change_flow import ChangeFlow
from tests.core.analytics.conftest import START, day, history
from tests.reasons import reason_named

NOW = START + timedelta(days=40)  # 11 May 2026, in the second quarter


@pytest.fixture
def stage(database: Database) -> dict[str, int]:
    with database.sessions() as s:
        return {row.name: row.id for row in s.scalars(select(Stage))}


@pytest.fixture
def filled(database: Database, stage: dict[str, int]) -> Database:
    """Six deals of April and May: two won (€1,000 each), one lost, three open."""
    history(
        database,
        stage,
        "won a",
        [("New contact", 1), ("Qualified", 3), ("Won", 10)],
        DealStatus.WON,
    )
    history(
        database, stage, "won b", [("New contact", 2), ("Proposal", 5), ("Won", 12)], DealStatus.WON
    )
    history(database, stage, "lost", [("New contact", 3), ("Lost", 8)], DealStatus.LOST)
    history(database, stage, "open a", [("New contact", 4), ("Qualified", 6)])
    history(database, stage, "open b", [("New contact", 5)])
    history(database, stage, "open c", [("New contact", 6), ("Proposal", 20)])
    with database.transaction() as s:
        s.execute(
            update(Deal)
            .where(Deal.status == DealStatus.WON)
            .values(value=Decimal("1000.00"), closed_at=day(11))
        )
        s.execute(
            update(Deal)
            .where(Deal.status == DealStatus.LOST)
            .values(closed_at=day(8), lost_reason_id=reason_named(s, "Price"))
        )
        s.execute(
            update(Deal).where(Deal.status == DealStatus.OPEN).values(stage_entered_at=day(30))
        )
        s.execute(
            update(Deal).where(Deal.title == "open c").values(expected_close=date(2026, 6, 15))
        )
    return database


@pytest.fixture
def view(qtbot: QtBot, filled: Database) -> AnalyticsView:
    shown = AnalyticsView(ChangeFlow(filled, lambda: NOW))
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    with filled.sessions() as session:
        shown.reload(session, NOW)
    return shown
