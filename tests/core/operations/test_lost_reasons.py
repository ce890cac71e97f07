"""The lost reason list: add, rename, reorder, retire, merge and remove, as one undo step."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.analytics.figures import figures
from salesdesk.core.models import Customer, Deal, DealStatus, LostReason, Stage
from salesdesk.core.operations.lost_reasons import (
    LostReasonsError,
    ReasonDraft,
    save_lost_reasons,
)
from salesdesk.core.queries.lost_reasons import lost_reasons
from salesdesk.core.store import Database

NOW = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def lost(database: Database) -> dict[str, int]:
    """Three lost deals: two for "Price too high" (one with a detail), one for "No budget"."""
    with database.transaction() as s:
        reasons = dict(s.execute(select(LostReason.name, LostReason.id)).all())
        lost_stage = s.scalar(select(Stage.id).where(Stage.name == "Lost"))
        customer = Customer(name="Olu Adeyemi")
        s.add(customer)
        s.flush()
        for title, reason, detail in (
            ("a", "Price too high", None),
            ("b", "Price too high", "asked for 30 % off"),
            ("c", "No budget", None),
        ):
            s.add(
                Deal(
                    title=title,
                    customer_id=customer.id,
                    stage_id=lost_stage,
                    value=Decimal("5.00"),
                    status=DealStatus.LOST,
                    lost_reason_id=reasons[reason],
                    lost_detail=detail,
                    closed_at=NOW,
                    stage_entered_at=NOW,
                    created_at=NOW,
                )
            )
    return reasons


def drafts(database: Database) -> list[ReasonDraft]:
    with database.sessions() as s:
        return [ReasonDraft(r.id, r.name, r.retired) for r in lost_reasons(s, retired=True)]


def listed(database: Database) -> list[tuple[str, bool]]:
    with database.sessions() as s:
        return [(r.name, r.retired) for r in lost_reasons(s, retired=True)]


def dump(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.sessions() as s:
        return {
            table: [tuple(r) for r in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("lost_reasons", "deals")
        }


def save(database: Database, wanted: list[ReasonDraft], merges: dict[int, int] | None = None):
    with database.transaction() as s:
        return save_lost_reasons(s, wanted, merges or {}, NOW)


def test_rename_reorder_add_and_retire_then_undo(database: Database, lost) -> None:
    before = dump(database)
    wanted = drafts(database)
    wanted[0], wanted[1] = wanted[1], ReasonDraft(wanted[0].reason_id, " Too expensive ")
    wanted.append(ReasonDraft(None, "Lost the tender"))
    wanted[2] = ReasonDraft(wanted[2].reason_id, wanted[2].name, retired=True)  # No budget
    change = save(database, wanted)
    names = listed(database)
    assert names[:3] == [
        ("Chose a competitor", False),
        ("Too expensive", False),
        ("No budget", True),
    ]
    assert names[-1] == ("Lost the tender", False)
    with database.sessions() as s:
        active = [r.name for r in lost_reasons(s)]
        counted = figures(s, NOW.replace(day=1), NOW.replace(day=2)).lost_by_reason
    assert "No budget" not in active  # retired: out of the Lost dialog
    assert counted == {"Too expensive": 2, "No budget": 1}  # history keeps its name
    after = dump(database)
    with database.transaction() as s:
        change.undo(s)
    assert dump(database) == before
    with database.transaction() as s:
        change.redo(s)
    assert dump(database) == after


def test_two_reasons_can_swap_their_names(database: Database, lost) -> None:
    wanted = drafts(database)
    first, second = wanted[0], wanted[1]
    wanted[0] = ReasonDraft(first.reason_id, second.name)
    wanted[1] = ReasonDraft(second.reason_id, first.name)
    save(database, wanted)
    assert [name for name, _ in listed(database)[:2]] == [second.name, first.name]


def test_merging_moves_the_deals_and_keeps_the_old_name_as_detail(database, lost) -> None:
    wanted = [d for d in drafts(database) if d.name != "No budget"]
    save(database, wanted, {lost["No budget"]: lost["Price too high"]})
    with database.sessions() as s:
        rows = s.execute(select(Deal.title, Deal.lost_reason_id, Deal.lost_detail)).all()
    assert sorted(rows) == [
        ("a", lost["Price too high"], None),
        ("b", lost["Price too high"], "asked for 30 % off"),
        ("c", lost["Price too high"], "No budget"),
    ]
    assert "No budget" not in [name for name, _ in listed(database)]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d, ids: [x for x in d if x.name != "No budget"], "retire it or merge it"),
        (lambda d, ids: [ReasonDraft(x.reason_id, x.name, True) for x in d], "at least one"),
        (lambda d, ids: [*d, ReasonDraft(None, " price TOO high")], "two reasons are called"),
        (lambda d, ids: [*d, ReasonDraft(None, "  ")], "needs a name"),
        (lambda d, ids: [*d, ReasonDraft(None, "x" * 81)], "longer than 80"),
        (lambda d, ids: [*d, ReasonDraft(9999, "Gone")], "out of date"),
    ],
)
def test_a_list_that_cannot_be_saved_changes_nothing(database, lost, change, message) -> None:
    before = dump(database)
    with pytest.raises(LostReasonsError, match=message):
        save(database, change(drafts(database), lost))
    assert dump(database) == before


def test_an_unused_reason_taken_off_the_list_is_deleted(database, lost) -> None:
    wanted = [d for d in drafts(database) if d.name != "Bad timing"]
    save(database, wanted)
    with database.sessions() as s:
        assert s.scalar(select(LostReason).where(LostReason.name == "Bad timing")) is None
