"""Stage settings: rename, reorder, add and remove stages; relocation, archiving, exact undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.models import Customer, Deal, DealStatus, Stage, StageKind, StageMove
from salesdesk.core.operations.stage_settings import (
    StageDraft,
    StageSettingsChange,
    StageSettingsError,
    apply_stage_settings,
    validate_stage_drafts,
)
from salesdesk.core.store import Database

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)
OPEN_STAGES = ["New contact", "Qualified", "Presented", "Proposal", "Negotiation", "Contracted"]


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    """'New contact' holds n0, n1; 'Qualified' holds q0 and a held deal q1; all with history."""
    with database.transaction() as s:
        found = {stage.name: stage.id for stage in s.scalars(select(Stage))}
        anna, jun = Customer(name="Anna Schmidt"), Customer(name="李军")
        s.add_all([anna, jun])
        s.flush()
        for stage, title, customer, position, status in (
            ("New contact", "n0", anna, 0, DealStatus.OPEN),
            ("New contact", "n1", jun, 1, DealStatus.OPEN),
            ("Qualified", "q0", jun, 0, DealStatus.OPEN),
            ("Qualified", "q1", anna, 1, DealStatus.SUSPENDED),
        ):
            deal = Deal(
                title=title,
                customer_id=customer.id,
                stage_id=found[stage],
                position=position,
                status=status,
                value=Decimal("1.00"),
                stage_entered_at=T0,
                created_at=T0,
            )
            s.add(deal)
            s.flush()
            s.add(StageMove(deal_id=deal.id, to_stage_id=found[stage], moved_at=T0))
            found[title] = deal.id
    return found


def drafts_of(database: Database) -> list[StageDraft]:
    with database.sessions() as s:
        stages = s.scalars(
            select(Stage)
            .where(Stage.kind == StageKind.OPEN, Stage.archived_at.is_(None))
            .order_by(Stage.position)
        )
        return [StageDraft(st.id, st.name, st.probability, st.rot_days) for st in stages]


def without(database: Database, *names: str) -> list[StageDraft]:
    return [draft for draft in drafts_of(database) if draft.name not in names]


Row = tuple[str, int, str, int, int | None, bool]


def stages(database: Database) -> list[Row]:
    """Return (name, position, kind, probability, rot days, archived) in position order."""
    with database.sessions() as s:
        rows = s.scalars(select(Stage).order_by(Stage.position, Stage.id))
        return [
            (
                st.name,
                st.position,
                st.kind.value,
                st.probability,
                st.rot_days,
                st.archived_at is not None,
            )
            for st in rows
        ]


def live_names(database: Database) -> list[str]:
    return [row[0] for row in stages(database) if not row[5]]


def snapshot(database: Database) -> list[list[tuple[object, ...]]]:
    with database.sessions() as s:
        return [
            [tuple(row) for row in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("stages", "deals", "stage_moves")
        ]


def apply(
    database: Database, drafts: list[StageDraft], relocations: dict[int, int] | None = None
) -> StageSettingsChange:
    with database.transaction() as s:
        return apply_stage_settings(s, drafts, relocations or {}, NOW)


def assert_outcomes_last(database: Database) -> None:
    got = stages(database)
    assert [row[1] for row in got] == list(range(len(got)))
    live = [row for row in got if not row[5]]
    assert [row[2] for row in live[-3:]] == ["won", "lost", "hold"]
    assert all(row[2] == "open" for row in live[:-3])


def test_rename_reorder_and_figures(database: Database, ids: dict[str, int]) -> None:
    drafts = drafts_of(database)
    first, second = drafts[0], drafts[1]
    drafts[0] = StageDraft(second.stage_id, "Qualified lead", 25, 10)
    drafts[1] = StageDraft(first.stage_id, "  First call ", 15, None)
    change = apply(database, drafts)
    got = stages(database)
    assert got[:3] == [
        ("Qualified lead", 0, "open", 25, 10, False),
        ("First call", 1, "open", 15, None, False),
        ("Presented", 2, "open", 40, 21, False),
    ]
    assert got[-3:] == [
        ("Won", 6, "won", 100, None, False),
        ("Lost", 7, "lost", 0, None, False),
        ("On hold", 8, "hold", 0, None, False),
    ]
    assert_outcomes_last(database)
    assert change.created_stage_ids == () and change.deleted_stages == ()
    assert change.stage_moves == () and change.deals_before == ()
    with database.sessions() as s:  # deals stay with their stage, not with its old position
        assert s.get(Deal, ids["q0"]).stage_id == second.stage_id


def test_swapping_two_names_works(database: Database, ids: dict[str, int]) -> None:
    drafts = drafts_of(database)
    a, b = drafts[0], drafts[1]
    drafts[0] = StageDraft(a.stage_id, b.name, a.probability, a.rot_days)
    drafts[1] = StageDraft(b.stage_id, a.name, b.probability, b.rot_days)
    apply(database, drafts)
    assert live_names(database)[:2] == ["Qualified", "New contact"]
    with database.sessions() as s:
        assert s.get(Stage, ids["New contact"]).name == "Qualified"


def test_add_a_stage_before_the_outcomes(database: Database, ids: dict[str, int]) -> None:
    drafts = drafts_of(database)
    drafts.insert(2, StageDraft(None, " Demo ", 30, 7))
    drafts.append(StageDraft(None, "Handover", 98, None))
    change = apply(database, drafts)
    assert live_names(database) == [
        *OPEN_STAGES[:2],
        "Demo",
        *OPEN_STAGES[2:],
        "Handover",
        "Won",
        "Lost",
        "On hold",
    ]
    assert stages(database)[2] == ("Demo", 2, "open", 30, 7, False)
    assert_outcomes_last(database)
    with database.sessions() as s:
        created = s.scalars(select(Stage.id).where(Stage.name.in_(["Demo", "Handover"])))
        assert sorted(created) == sorted(change.created_stage_ids)


def test_remove_a_never_used_stage_deletes_it(database: Database, ids: dict[str, int]) -> None:
    change = apply(database, without(database, "Presented"))
    with database.sessions() as s:
        assert s.get(Stage, ids["Presented"]) is None
    assert [row.name for row in change.deleted_stages] == ["Presented"]
    assert change.archived_stage_ids == ()
    expected = [n for n in OPEN_STAGES if n != "Presented"] + ["Won", "Lost", "On hold"]
    assert live_names(database) == expected
    assert_outcomes_last(database)


def test_a_deleted_stage_name_can_be_reused_at_once(
    database: Database, ids: dict[str, int]
) -> None:
    drafts = [*without(database, "Presented"), StageDraft(None, "presented", 45, None)]
    apply(database, drafts)
    assert live_names(database)[-4:] == ["presented", "Won", "Lost", "On hold"]


def test_a_stage_only_history_refers_to_is_archived(
    database: Database, ids: dict[str, int]
) -> None:
    with database.transaction() as s:
        s.add(
            StageMove(
                deal_id=ids["n0"],
                from_stage_id=ids["Presented"],
                to_stage_id=ids["New contact"],
                moved_at=T0,
            )
        )
    change = apply(database, without(database, "Presented"))
    assert change.archived_stage_ids == (ids["Presented"],) and change.deleted_stages == ()
    assert stages(database)[-1] == ("Presented", 8, "open", 40, 21, True)
    assert_outcomes_last(database)


def test_remove_a_stage_with_deals_relocates_and_archives(
    database: Database, ids: dict[str, int]
) -> None:
    change = apply(database, without(database, "Qualified"), {ids["Qualified"]: ids["New contact"]})
    with database.sessions() as s:
        column = s.execute(
            select(Deal.title, Deal.position, Deal.status, Deal.stage_entered_at)
            .where(Deal.stage_id == ids["New contact"])
            .order_by(Deal.position)
        ).all()
        assert [tuple(row) for row in column] == [
            ("n0", 0, DealStatus.OPEN, T0),
            ("n1", 1, DealStatus.OPEN, T0),
            ("q0", 2, DealStatus.OPEN, NOW),
            ("q1", 3, DealStatus.SUSPENDED, NOW),
        ]
        moves = s.execute(
            select(
                StageMove.id,
                StageMove.deal_id,
                StageMove.from_stage_id,
                StageMove.to_stage_id,
                StageMove.moved_at,
            ).where(StageMove.moved_at == NOW)
        ).all()
        assert [m[0] for m in moves] == list(change.stage_moves)
        assert [m[1:] for m in moves] == [
            (ids["q0"], ids["Qualified"], ids["New contact"], NOW),
            (ids["q1"], ids["Qualified"], ids["New contact"], NOW),
        ]
        archived = s.get(Stage, ids["Qualified"])
        assert archived is not None and archived.archived_at == NOW
    assert "Qualified" not in live_names(database)
    assert_outcomes_last(database)


def test_removal_without_relocation_is_refused_and_writes_nothing(
    database: Database, ids: dict[str, int]
) -> None:
    before = snapshot(database)
    drafts = [*without(database, "Qualified", "Presented"), StageDraft(None, "Demo", 30, None)]
    with pytest.raises(StageSettingsError, match='^say where the 2 deals of "Qualified" go$'):
        apply(database, drafts)
    with pytest.raises(StageSettingsError, match='"Qualified" cannot go to "Presented"'):
        apply(database, drafts, {ids["Qualified"]: ids["Presented"]})
    with pytest.raises(StageSettingsError, match="say where the 2 deals"):
        apply(database, drafts, {ids["Qualified"]: ids["Won"]})
    assert snapshot(database) == before
    with database.transaction() as s:
        s.execute(text("UPDATE deals SET status = 'won' WHERE id = :id"), {"id": ids["q1"]})
    with pytest.raises(StageSettingsError, match='^say where the deal of "Qualified" goes$'):
        apply(database, drafts)


def test_an_out_of_date_list_is_refused(database: Database, ids: dict[str, int]) -> None:
    drafts = drafts_of(database)
    for bad in ([*drafts, StageDraft(ids["Won"], "Won", 100, None)], [*drafts, drafts[0]]):
        with pytest.raises(StageSettingsError, match="out of date"):
            apply(database, bad)


Change = Callable[[list[StageDraft]], list[StageDraft]]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: [StageDraft(d[0].stage_id, "  ", 10, None), *d[1:]], "every stage needs a name"),
        (
            lambda d: [*d, StageDraft(None, "Proposal", 10, None)],
            'two stages are called "Proposal"',
        ),
        (
            lambda d: [*d, StageDraft(None, " new CONTACT ", 10, None)],
            'two stages are called "new CONTACT"',
        ),
        (
            lambda d: [*d, StageDraft(None, "x", 1, None), StageDraft(None, "X ", 1, None)],
            'two stages are called "X"',
        ),
        (lambda d: [*d, StageDraft(None, "won", 10, None)], 'two stages are called "won"'),
        (lambda d: [*d, StageDraft(None, " LOST", 10, None)], 'two stages are called "LOST"'),
        (
            lambda d: [StageDraft(d[0].stage_id, d[0].name, 101, None), *d[1:]],
            'the probability of "New contact" is not between 0 and 100 %',
        ),
        (
            lambda d: [StageDraft(d[0].stage_id, d[0].name, -1, None), *d[1:]],
            'the probability of "New contact" is not between 0 and 100 %',
        ),
        (
            lambda d: [StageDraft(d[0].stage_id, d[0].name, 10, 0), *d[1:]],
            'the rot days of "New contact" must be at least 1',
        ),
        (
            lambda d: [StageDraft(d[0].stage_id, "x" * 81, 10, None), *d[1:]],
            "is longer than 80 characters",
        ),
        (lambda d: [], "keep at least one open stage"),
    ],
)
def test_bad_settings_are_refused(
    database: Database, ids: dict[str, int], change: Change, message: str
) -> None:
    before = snapshot(database)
    relocations = {ids["New contact"]: ids["Qualified"], ids["Qualified"]: ids["New contact"]}
    with pytest.raises(StageSettingsError, match=message):
        apply(database, change(drafts_of(database)), relocations)
    assert snapshot(database) == before


def test_all_problems_are_reported_together() -> None:
    drafts = [StageDraft(None, "", 150, 0), StageDraft(None, "A", 5, None)]
    assert validate_stage_drafts(drafts, outcome_names=["a"]) == [
        "every stage needs a name",
        "the probability of a stage without a name is not between 0 and 100 %",
        "the rot days of a stage without a name must be at least 1",
        'two stages are called "A"',
    ]
    assert validate_stage_drafts([StageDraft(None, "x" * 80, 0, 1)]) == []
    with pytest.raises(StageSettingsError, match="needs a name; the probability of"):
        raise StageSettingsError("; ".join(validate_stage_drafts(drafts)))


def test_a_former_stage_keeps_its_name(database: Database, ids: dict[str, int]) -> None:
    apply(database, without(database, "Qualified"), {ids["Qualified"]: ids["New contact"]})
    assert validate_stage_drafts(
        [StageDraft(None, "qualified", 0, None)], former_names=["Qualified"]
    ) == ['a former stage is already called "qualified"']
    before = snapshot(database)
    with pytest.raises(StageSettingsError, match='^a former stage is already called "qualified"$'):
        apply(database, [*drafts_of(database), StageDraft(None, "qualified", 20, None)])
    renamed = drafts_of(database)
    renamed[0] = StageDraft(renamed[0].stage_id, "QUALIFIED", 10, None)
    with pytest.raises(StageSettingsError, match="a former stage is already called"):
        apply(database, renamed)
    assert snapshot(database) == before


def test_undo_and_redo_restore_exactly(database: Database, ids: dict[str, int]) -> None:
    before = snapshot(database)
    drafts = without(database, "Qualified", "Presented")
    drafts.reverse()
    drafts.insert(1, StageDraft(None, "Demo", 30, 7))
    drafts[0] = StageDraft(drafts[0].stage_id, "New contact", 5, None)  # takes a used name
    drafts[-1] = StageDraft(drafts[-1].stage_id, "First touch", 10, 3)
    change = apply(database, drafts, {ids["Qualified"]: drafts[-1].stage_id})
    assert [row.name for row in change.deleted_stages] == ["Presented"]
    assert change.archived_stage_ids == (ids["Qualified"],)
    assert len(change.created_stage_ids) == 1 and len(change.stage_moves) == 2
    after = snapshot(database)
    assert after != before
    for _ in range(2):
        with database.transaction() as s:
            change.change.undo(s)
        assert snapshot(database) == before
        with database.transaction() as s:
            change.change.redo(s)
        assert snapshot(database) == after
    assert_outcomes_last(database)
