"""What a dossier holds, and which visits and customers a day's batch prints."""

from __future__ import annotations

import pytest

from salesdesk.core import local_time
from salesdesk.core.dossier.content import load_day, load_dossier
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import ActivityStatus
from salesdesk.core.store import Database
from tests.core.dossier.rich_customer import DAY, NOW, Rich


def test_the_dossier_holds_open_deals_open_objections_and_past_visits(
    database: Database, rich: Rich
) -> None:
    with database.sessions() as session:
        dossier = load_dossier(session, rich.customer, NOW)
    assert [(d.title, d.stage, d.on_hold) for d in dossier.open_deals] == [
        ("Spare parts", "Qualified", True),  # the won deal is not open
        ("Fleet tablets", "Proposal", False),
    ]
    fleet = dossier.open_deals[1]
    assert fleet.days_in_stage == 12
    assert [step.stage for step in fleet.history] == ["New contact", "Qualified", "Proposal"]
    assert [(o.text, o.response) for o in dossier.open_objections] == [
        ("Too <em>dear</em>", "Leasing spreads the cost")
    ]
    # Newest first; the cancelled visit is left out.
    assert [(v.status, v.outcome) for v in dossier.last_visits] == [
        (ActivityStatus.NO_SHOW, None),
        (ActivityStatus.DONE, "Liked the demo\nAsked for a quote"),
    ]
    assert dossier.next_visit is not None
    assert dossier.next_visit.activity_id == rich.next_visit
    assert dossier.next_visit.ready == (1, 3)
    assert [item.text for item in dossier.next_visit.open_items] == [
        "Bring the price list",
        "Samples",
    ]
    assert [item.headline for item in dossier.news] == [
        "Opens a plant in Vietnam",
        "May change its supplier",
    ]


def test_a_dossier_for_a_given_visit_prepares_that_visit(database: Database, rich: Rich) -> None:
    with database.sessions() as session:
        day = load_day(session, DAY, NOW)
    second = [stop for stop in day.route if stop.objective == "Second visit, same day"][0]
    with database.sessions() as session:
        dossier = load_dossier(session, rich.customer, NOW, second.activity_id)
    assert dossier.next_visit is not None and dossier.next_visit.checklist == ()
    assert dossier.next_visit.objective == "Second visit, same day"


def test_a_customer_without_history_has_an_empty_dossier(database: Database, rich: Rich) -> None:
    with database.sessions() as session:
        dossier = load_dossier(session, rich.third, NOW.replace(year=2027))
    assert dossier.open_deals == () and dossier.last_visits == ()
    assert dossier.open_objections == () and dossier.next_visit is None


def test_an_unknown_customer_is_refused(database: Database) -> None:
    with database.sessions() as session, pytest.raises(SalesDeskError, match="no customer 999"):
        load_dossier(session, 999, NOW)


def test_a_day_prints_its_visits_in_order_and_each_customer_once(
    database: Database, rich: Rich
) -> None:
    with database.sessions() as session:
        day = load_day(session, DAY, NOW)
    # Visits only (not the call), not the cancelled one, not the next day's; by time.
    assert [(stop.customer, local_time.local(stop.starts_at).hour) for stop in day.route] == [
        ("王芳", 9),
        ("Lee <b>Min</b> & Sons", 11),
        ("Lee <b>Min</b> & Sons", 16),
    ]
    assert day.route[1].company == "삼성 <Tech> 전자" and day.route[0].company is None
    assert (day.route[1].checklist_done, day.route[1].checklist_total) == (1, 3)
    assert [d.profile.customer_id for d in day.dossiers] == [rich.other, rich.customer]
    assert day.dossiers[1].next_visit.activity_id == rich.next_visit  # the first visit that day


def test_a_day_without_visits_has_an_empty_route(database: Database, rich: Rich) -> None:
    with database.sessions() as session:
        day = load_day(session, DAY.replace(year=2030), NOW)
    assert day.route == () and day.dossiers == ()
