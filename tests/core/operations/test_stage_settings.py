"""Stage settings: rename, reorder, add and remove stages; relocation, archiving, exact undo."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.models import Customer, Deal, DealStatus, Stage, StageMove
from salesdesk.core.operations.stage_settings import (
    StageDraft,
    StageSettingsError,
    apply_stage_settings,
    redo_stage_settings,
    undo_stage_settings,
)
from salesdesk.core.store import Database

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    """'New contact' holds n0, n1 (with history); 'Qualified' holds q0 and a held deal q1."""
    with database.transaction() as s:
        found = {stage.name: stage.id for stage in s.scalars(select(Stage))}
        customer = Customer(name="Anna Schmidt")
        s.add(customer)
        s.flush()
        for stage, title, position, status in (
            ("New contact", "n0", 0, DealStatus.OPEN),
            ("New contact", "n1", 1, DealStatus.OPEN),
            ("Qualified", "q0", 0, DealStatus.OPEN),
            ("Qualified", "q1", 1, DealStatus.SUSPENDED),
        ):
            deal = Deal(title=title, customer_id=customer.id, stage_id=found[stage],
                        position=position, status=status, value=Decimal("1.00"),
                        stage_entered_at=T0)  # fmt: skip
            s.add(deal)
            s.flush()
            s.add(StageMove(deal_id=deal.id, to_stage_id=found[stage], moved_at=T0))
            found[title] = deal.id
    return found


def drafts_of(database: Database) -> list[StageDraft]:
    with database.sessions() as s:
        stages = s.scalars(
            select(Stage).where(Stage.kind == "open", Stage.archived_at.is_(None))
            .order_by(Stage.position)
        )  # fmt: skip
        return [StageDraft(st.id, st.name, st.probability, st.rot_days) for st in stages]


def stages(database: Database) -> list[tuple[str, int, str, int, int | None, bool]]:
    with database.sessions() as s:
        rows = s.scalars(select(Stage).order_by(Stage.position, Stage.id))
        return [
            (st.name, st.position, st.kind.value, st.probability, st.rot_days,
             st.archived_at is not None)
            for st in rows
        ]  # fmt: skip


def snapshot(database: Database) -> list[list[tuple[object, ...]]]:
    with database.sessions() as s:
        return [
            [tuple(row) for row in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("stages", "deals", "stage_moves")
        ]


def apply(database: Database, drafts: list[StageDraft], relocations: dict[int, int] | None = None):
    with database.transaction() as s:
        return apply_stage_settings(s, drafts, relocations or {}, NOW)


def test_rename_reorder_and_figures(database: Database, ids: dict[str, int]) -> None:
    drafts = drafts_of(database)
    first, second = drafts[0], drafts[1]
    drafts[0] = StageDraft(second.stage_id, "Qualified lead", 25, 10)
    drafts[1] = StageDraft(first.stage_id, "  First call ", first.probability, None)
    apply(database, drafts)
    got = stages(database)
    assert got[0] == ("Qualified lead", 0, "open", 25, 10, False)
    assert got[1][:2] == ("First call", 1)
    assert [row[2] for row in got[-2:]] == ["won", "lost"]
    assert [row[1] for row in got] == list(range(len(got)))


def test_swapping_two_names_works(database: Database, ids: dict[str, int]) -> None:
    drafts = drafts_of(database)
    a, b = drafts[0], drafts[1]
    drafts[0] = StageDraft(a.stage_id, b.name, a.probability, a.rot_days)
    drafts[1] = StageDraft(b.stage_id, a.name, b.probability, b.rot_days)
    apply(database, drafts)
    assert [row[0] for row in stages(database)[:2]] == ["Qualified", "New contact"]


def test_add_a_stage_before_the_outcomes(database: Database, ids: dict[str, int]) -> None:
    drafts = drafts_of(database)
    drafts.insert(2, StageDraft(None, "Demo", 30, 7))
    apply(database, drafts)
    names = [row[0] for row in stages(database)]
    assert names[2] == "Demo" and names[-2:] == ["Won", "Lost"]


def test_remove_a_never_used_stage_deletes_it(database: Database, ids: dict[str, int]) -> None:
    drafts = [d for d in drafts_of(database) if d.name != "Presented"]
    apply(database, drafts)
    with database.sessions() as s:
        assert s.scalar(select(Stage).where(Stage.name == "Presented")) is None


def test_remove_a_stage_with_deals_relocates_and_archives(
    database: Database, ids: dict[str, int]
) -> None:
    drafts = [d for d in drafts_of(database) if d.name != "Qualified"]
    with pytest.raises(StageSettingsError, match='say where the 2 deals of "Qualified" go'):
        apply(database, drafts)
    change = apply(database, drafts, {ids["Qualified"]: ids["New contact"]})
    with database.sessions() as s:
        column = s.execute(
            select(Deal.title, Deal.position, Deal.status, Deal.stage_entered_at)
            .where(Deal.stage_id == ids["New contact"]).order_by(Deal.position)
        ).all()  # fmt: skip
        assert [tuple(row) for row in column] == [
            ("n0", 0, DealStatus.OPEN, T0), ("n1", 1, DealStatus.OPEN, T0),
            ("q0", 2, DealStatus.OPEN, NOW), ("q1", 3, DealStatus.SUSPENDED, NOW),
        ]  # fmt: skip
        moves = s.execute(select(StageMove.deal_id, StageMove.from_stage_id, StageMove.moved_at)
                          .where(StageMove.moved_at == NOW)).all()  # fmt: skip
        assert sorted(tuple(m) for m in moves) == [
            (ids["q0"], ids["Qualified"], NOW), (ids["q1"], ids["Qualified"], NOW)
        ]  # fmt: skip
        archived = s.get(Stage, ids["Qualified"])
        assert archived is not None and archived.archived_at == NOW
    assert len(change.stage_moves) == 2


def test_a_refused_change_writes_nothing(database: Database, ids: dict[str, int]) -> None:
    before = snapshot(database)
    drafts = [d for d in drafts_of(database) if d.name != "Qualified"]
    drafts.append(StageDraft(None, "Demo", 30, None))
    with pytest.raises(StageSettingsError):
        apply(database, drafts)
    assert snapshot(database) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: [StageDraft(d[0].stage_id, "  ", 10, None), *d[1:]], "every stage needs a name"),
        (lambda d: [*d, StageDraft(None, " new CONTACT ", 10, None)],
         'two stages are called "new CONTACT"'),
        (lambda d: [*d, StageDraft(None, "won", 10, None)], 'two stages are called "won"'),
        (lambda d: [StageDraft(d[0].stage_id, d[0].name, 101, None), *d[1:]],
         'the probability of "New contact" is not between 0 and 100 %'),
        (lambda d: [StageDraft(d[0].stage_id, d[0].name, 10, 0), *d[1:]],
         'the rot days of "New contact" must be at least 1'),
        (lambda d: [StageDraft(d[0].stage_id, "x" * 81, 10, None), *d[1:]],
         "is longer than 80 characters"),
        (lambda d: [], "keep at least one open stage"),
    ],
)  # fmt: skip
def test_bad_settings_are_refused(database: Database, ids: dict[str, int], change, message) -> None:
    before = snapshot(database)
    relocations = {ids["New contact"]: ids["Qualified"], ids["Qualified"]: ids["New contact"]}
    with pytest.raises(StageSettingsError, match=message.replace("(", r"\(")):
        apply(database, change(drafts_of(database)), relocations)
    assert snapshot(database) == before


def test_undo_and_redo_restore_exactly(database: Database, ids: dict[str, int]) -> None:
    before = snapshot(database)
    drafts = [d for d in drafts_of(database) if d.name not in ("Qualified", "Presented")]
    drafts.reverse()
    drafts.insert(1, StageDraft(None, "Demo", 30, 7))
    drafts[0] = StageDraft(drafts[0].stage_id, "New contact", 5, None)  # takes a used name
    drafts[-1] = StageDraft(drafts[-1].stage_id, "First touch", 10, 3)
    change = apply(database, drafts, {ids["Qualified"]: drafts[-1].stage_id})
    after = snapshot(database)
    with database.transaction() as s:
        undo_stage_settings(s, change)
    assert snapshot(database) == before
    with database.transaction() as s:
        redo_stage_settings(s, change)
    assert snapshot(database) == after
