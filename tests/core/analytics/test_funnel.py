"""Conversion per stage from hand-built histories, edge cases included."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from salesdesk.core.analytics.funnel import funnel
from salesdesk.core.models import DealStatus
from salesdesk.core.store import Database
from tests.core.analytics.conftest import END, START, history


def by_name(database: Database, start: datetime = START, end: datetime = END) -> dict[str, tuple]:
    with database.sessions() as s:
        measured = funnel(s, start, end)
    return {f.name: (f.entered, f.went_on, f.conversion, f.open_count) for f in measured.stages}


def test_conversion_counts_deals_not_moves(database: Database, stage: dict[str, int]) -> None:
    history(database, stage, "straight", [("New contact", 1), ("Qualified", 5), ("Presented", 9)])
    history(database, stage, "stuck", [("New contact", 2)])
    history(database, stage, "skipper", [("New contact", 3), ("Proposal", 8)])  # skips two
    history(
        database,
        stage,
        "yo-yo",
        [("New contact", 4), ("Qualified", 6), ("New contact", 7), ("Qualified", 10)],
    )
    result = by_name(database)
    assert result["New contact"] == (4, 3, 0.75, 1)  # stuck is the only one left behind
    assert result["Qualified"] == (2, 1, 0.5, 1)  # straight went on; yo-yo is back in it
    assert result["Presented"] == (1, 0, 0.0, 1)
    assert result["Proposal"] == (1, 0, 0.0, 1)  # skipper entered it directly
    assert result["Negotiation"] == (0, 0, None, 0)  # nothing entered: no conversion


def test_won_goes_on_lost_does_not_and_a_reopened_deal_counts_once(
    database: Database, stage: dict[str, int]
) -> None:
    history(database, stage, "won", [("Negotiation", 1), ("Won", 20)], DealStatus.WON)
    history(database, stage, "lost", [("Negotiation", 2), ("Lost", 21)], DealStatus.LOST)
    history(
        database,
        stage,
        "reopened",
        [("Negotiation", 3), ("Lost", 10), ("Negotiation", 30), ("Won", 40)],
        DealStatus.WON,
    )
    assert by_name(database)["Negotiation"] == (3, 2, 2 / 3, 0)


def test_only_entries_inside_the_period_form_the_cohort(
    database: Database, stage: dict[str, int]
) -> None:
    history(database, stage, "early", [("New contact", -30), ("Qualified", 5)])
    history(database, stage, "late", [("New contact", 95)])  # after END
    result = by_name(database)
    assert result["New contact"] == (0, 0, None, 1)  # late sits there now, entered later
    assert result["Qualified"] == (1, 0, 0.0, 1)
    assert by_name(database, END, END + timedelta(days=30))["New contact"][:2] == (1, 0)


def test_an_empty_database_has_no_conversion_and_no_bottleneck(database: Database) -> None:
    with database.sessions() as s:
        measured = funnel(s, START, END)
    assert all(stage.conversion is None for stage in measured.stages)
    assert measured.bottleneck is None


def test_the_bottleneck_is_the_lowest_measured_conversion(
    database: Database, stage: dict[str, int]
) -> None:
    history(database, stage, "a", [("New contact", 1), ("Qualified", 2), ("Presented", 3)])
    history(database, stage, "b", [("New contact", 1), ("Qualified", 2)])
    with database.sessions() as s:
        measured = funnel(s, START, END)
    assert measured.bottleneck is not None and measured.bottleneck.name == "Presented"
    values = {f.name: f.open_values for f in measured.stages}
    assert values["Qualified"] == {"EUR": Decimal("100.00")}


def test_a_move_at_the_same_instant_as_the_entry_is_not_after_it(
    database: Database, stage: dict[str, int]
) -> None:
    history(database, stage, "instant", [("New contact", 3), ("Qualified", 3)])
    history(database, stage, "later", [("New contact", 3), ("Qualified", 4)])
    assert by_name(database)["New contact"][:2] == (2, 1)
