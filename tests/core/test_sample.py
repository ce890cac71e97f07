"""The sample generator: deterministic, complete, and consistent with the domain's rules."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Base,
    Customer,
    Deal,
    DealStatus,
    Referral,
    ReferralStatus,
    Stage,
    StageKind,
    StageMove,
    VisitChecklistItem,
)
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database, open_database

TODAY = date(2026, 3, 16)
# Tables that hold the rep's own set-up, not sample data.
SETUP_TABLES = {
    "stages",
    "checklist_templates",
    "checklist_groups",
    "checklist_template_items",
    "profile_questions",
    "settings",
    "alembic_version",
}


def _dump(session: Session) -> dict[str, list[tuple[object, ...]]]:
    return {
        table.name: session.execute(select(table).order_by(*table.primary_key.columns)).all()
        for table in Base.metadata.sorted_tables
    }


@pytest.fixture
def sampled(database: Database) -> Database:
    with database.transaction() as session:
        generate_sample(session, customers=40, deals=90, seed=7, today=TODAY)
    return database


def _generated(path: Path, seed: int) -> dict[str, list[tuple[object, ...]]]:
    database = open_database(path)
    try:
        with database.transaction() as session:
            generate_sample(session, customers=40, deals=90, seed=seed, today=TODAY)
            return _dump(session)
    finally:
        database.close()


def test_same_seed_and_day_give_the_same_rows(tmp_path: Path) -> None:
    first = _generated(tmp_path / "first.sqlite", seed=7)
    assert _generated(tmp_path / "again.sqlite", seed=7) == first
    assert _generated(tmp_path / "other.sqlite", seed=8) != first


def test_every_domain_table_gets_rows(sampled: Database) -> None:
    with sampled.transaction() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in SETUP_TABLES:
                continue
            count = session.execute(select(func.count()).select_from(table)).scalar_one()
            assert count > 0, f"{table.name} is empty"
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_names_and_answers_include_chinese_and_korean(sampled: Database) -> None:
    with sampled.transaction() as session:
        names = session.scalars(select(Customer.name)).all()
        answers = session.scalars(text("SELECT answer FROM profile_entries")).all()
    assert any(re.search(r"[\u4e00-\u9fff]", name) for name in names)
    assert any(re.search(r"[\uac00-\ud7a3]", name) for name in names)
    assert any(re.search(r"[\u4e00-\u9fff]", answer) for answer in answers)
    assert any(re.search(r"[\uac00-\ud7a3]", answer) for answer in answers)


def test_stage_history_leads_to_the_current_stage(sampled: Database) -> None:
    now = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
    with sampled.transaction() as session:
        kinds = dict(session.execute(select(Stage.id, Stage.kind)).all())
        moves: dict[int, list[StageMove]] = defaultdict(list)
        for move in session.scalars(select(StageMove).order_by(StageMove.moved_at)):
            moves[move.deal_id].append(move)
        for deal in session.scalars(select(Deal)):
            history = moves[deal.id]
            assert history[0].from_stage_id is None
            for before, after in zip(history, history[1:], strict=False):
                assert after.from_stage_id == before.to_stage_id
                assert after.moved_at > before.moved_at
            assert history[-1].to_stage_id == deal.stage_id
            assert history[-1].moved_at == deal.stage_entered_at < now
            expected_kind = {
                DealStatus.WON: StageKind.WON,
                DealStatus.LOST: StageKind.LOST,
                DealStatus.SUSPENDED: StageKind.HOLD,
            }.get(deal.status, StageKind.OPEN)
            assert kinds[deal.stage_id] is expected_kind
            assert (deal.lost_reason_id is not None) == (deal.status is DealStatus.LOST)
            if deal.status is DealStatus.SUSPENDED:  # held from an open stage it entered before
                assert kinds[history[-1].from_stage_id] is StageKind.OPEN
                assert deal.closed_at is None


def test_positions_are_contiguous_per_stage_even_after_a_second_run(sampled: Database) -> None:
    with sampled.transaction() as session:
        generate_sample(session, customers=10, deals=30, seed=9, today=TODAY)
    with sampled.transaction() as session:
        positions: dict[int, list[int]] = defaultdict(list)
        for stage_id, position in session.execute(select(Deal.stage_id, Deal.position)):
            positions[stage_id].append(position)
    for stage_positions in positions.values():
        assert sorted(stage_positions) == list(range(len(stage_positions)))


def test_last_contact_is_the_latest_done_contact(sampled: Database) -> None:
    with sampled.transaction() as session:
        latest = dict(
            session.execute(
                select(Activity.customer_id, func.max(Activity.starts_at))
                .where(Activity.status == ActivityStatus.DONE, Activity.kind != ActivityKind.TASK)
                .group_by(Activity.customer_id)
            ).all()
        )
        for customer in session.scalars(select(Customer)):
            expected = latest.get(customer.id)
            assert customer.last_contact_on == (expected.date() if expected else None)
            assert customer.created_at < datetime(2026, 3, 16, tzinfo=UTC)


def test_planned_visits_around_today_carry_checklists(sampled: Database) -> None:
    with sampled.transaction() as session:
        planned = session.scalars(
            select(Activity).where(
                Activity.status == ActivityStatus.PLANNED, Activity.kind == ActivityKind.VISIT
            )
        ).all()
        assert planned
        assert all(visit.checklist for visit in planned)
        assert any(visit.starts_at.date() >= TODAY for visit in planned)
        ticked = session.scalars(select(VisitChecklistItem).where(VisitChecklistItem.done)).all()
        assert ticked and all(item.done_at is not None for item in ticked)
        assert all(
            activity.completed_at is not None
            for activity in session.scalars(
                select(Activity).where(Activity.status == ActivityStatus.DONE)
            )
        )


@pytest.mark.parametrize(
    ("customers", "deals", "message"),
    [(-1, 0, "negative"), (0, 5, "at least one customer")],
)
def test_impossible_sizes_are_refused(
    database: Database, customers: int, deals: int, message: str
) -> None:
    with database.transaction() as session, pytest.raises(ValueError, match=message):
        generate_sample(session, customers=customers, deals=deals, today=TODAY)


@pytest.mark.parametrize("locale", ["de_DE", "ko_KR", "en_US"])
def test_a_reps_deals_are_mostly_in_the_home_currency_with_rates_for_the_others(
    tmp_path: Path, locale: str
) -> None:
    from salesdesk.core.models import ExchangeRate
    from salesdesk.core.money.totals import load_conversion
    from salesdesk.core.queries.preferences import reporting_currency

    database = open_database(tmp_path / "sample.sqlite3", locale=locale)
    try:
        with database.transaction() as s:
            generate_sample(s, customers=120, deals=400, seed=3, today=TODAY)
        with database.sessions() as s:
            home = reporting_currency(s)
            counts = dict(
                s.execute(select(Deal.currency, func.count(Deal.id)).group_by(Deal.currency)).all()
            )
            rated = set(s.scalars(select(ExchangeRate.currency))) | set(
                s.scalars(select(ExchangeRate.base))
            )
            conversion = load_conversion(s, TODAY, date(2025, 1, 1), TODAY)
    finally:
        database.close()
    assert home == {"de_DE": "EUR", "ko_KR": "KRW", "en_US": "USD"}[locale]
    others = set(counts) - {home}
    assert 1 <= len(others) <= 2  # one or two other currencies, never six
    assert counts[home] >= 0.75 * sum(counts.values())  # mostly at home
    assert others <= rated
    for code in others:  # rates reach back over the months the sample's deals closed in
        assert conversion.quote(code, date(2025, 9, 15)) is not None
        assert conversion.quote(code, TODAY) is not None


def test_namesakes_referred_by_one_customer_get_one_referral(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Among 50,000 customers names repeat; a referrer's referrals are unique by name."""
    from salesdesk.core.sample import people

    monkeypatch.setattr(people, "full_name", lambda locale, given, family: "Anna Weber")
    with database.transaction() as session:
        generate_sample(session, customers=120, deals=60, seed=7, today=TODAY)
    with database.sessions() as session:
        referred = session.execute(
            select(Customer.referred_by_id, func.count())
            .where(Customer.referred_by_id.is_not(None))
            .group_by(Customer.referred_by_id)
        ).all()
        referrals = dict(
            session.execute(
                select(Referral.referrer_id, func.count())
                .where(Referral.status == ReferralStatus.CONVERTED)
                .group_by(Referral.referrer_id)
            ).all()
        )
    assert referred and all(count == 1 for _, count in referred)
    assert dict(referred) == referrals  # each referred customer has the referral behind them
