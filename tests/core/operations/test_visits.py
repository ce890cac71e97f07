"""Planning visits, checklists copied from templates, completion, agenda, cadence, calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from salesdesk.cli import main
from salesdesk.core.errors import InvalidFieldsError
from salesdesk.core.exchange.calendar import calendar_bytes
from salesdesk.core.models import (
    ActivityKind,
    ActivityStatus,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Customer,
    DateKind,
    Deal,
    FamilyMember,
    ImportantDate,
    Relation,
    Stage,
    Tier,
)
from salesdesk.core.operations.cadence import set_cadence
from salesdesk.core.operations.visits import (
    ActivityFields,
    PlannedActivity,
    add_one_off_item,
    change_template,
    complete_activity,
    conflicts,
    plan_activity,
    template_items,
    tick_item,
    ticked_template_items,
)
from salesdesk.core.queries.agenda import agenda, birthdays_ahead, cadence, due_customers
from salesdesk.core.store import Database

NOW = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
TODAY = date(2026, 6, 1)


@pytest.fixture
def world(database: Database) -> dict[str, int]:
    with database.transaction() as s:
        template = s.scalars(
            select(ChecklistTemplate.id).where(ChecklistTemplate.name == "Pre-visit preparation")
        ).one()
        stage = s.scalars(select(Stage.id)).first()
        anna = Customer(name="Anna Schmidt", tier=Tier.A, last_contact_on=date(2026, 5, 30))
        kim = Customer(
            name="김민준", tier=Tier.B, last_contact_on=date(2026, 4, 1), birthday=date(1985, 6, 10)
        )
        zoe = Customer(name="Zoe Young", tier=Tier.C)
        s.add_all([anna, kim, zoe])
        s.flush()
        s.add(
            FamilyMember(
                customer_id=anna.id, name="Ben", relation=Relation.CHILD, birthday=date(2019, 6, 3)
            )
        )
        s.add(
            ImportantDate(
                customer_id=kim.id,
                kind=DateKind.ANNIVERSARY,
                label="Wedding anniversary",
                on_date=date(2012, 6, 5),
            )
        )
        deal = Deal(title="Chairs", customer_id=anna.id, stage_id=stage, value=Decimal("1.00"))
        s.add(deal)
        s.flush()
        return {
            "template": template,
            "anna": anna.id,
            "kim": kim.id,
            "zoe": zoe.id,
            "deal": deal.id,
        }


def snapshot(database: Database) -> list[list[tuple[object, ...]]]:
    with database.sessions() as s:
        return [
            [tuple(row) for row in s.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in ("activities", "visit_checklist_items", "customers")
        ]


def visit(world: dict[str, int], hour: int = 9, **kw: object) -> ActivityFields:
    base: dict[str, object] = {
        "kind": ActivityKind.VISIT,
        "customer_id": world["anna"],
        "deal_id": world["deal"],
        "starts_at": datetime(2026, 6, 2, hour, 0, tzinfo=UTC),
        "duration_minutes": 90,
        "place": "Acme HQ",
        "objective": "Close the chairs deal",
        "template_id": world["template"],
    }
    base.update(kw)
    return ActivityFields(**base)  # type: ignore[arg-type]


def items_of(planned: PlannedActivity) -> list[str]:
    return [
        image.after["text"]
        for image in planned.change.rows
        if image.table == "visit_checklist_items" and image.after is not None
    ]


def test_planning_copies_the_template_and_later_template_edits_do_not_touch_it(
    database: Database, world: dict[str, int]
) -> None:
    before = snapshot(database)
    with database.transaction() as s:
        planned = plan_activity(s, visit(world), NOW)
        expected = [text for _, text in template_items(s, world["template"])]
    assert items_of(planned) == expected and len(expected) >= 10
    with database.transaction() as s:
        first = s.scalars(select(ChecklistTemplateItem)).first()
        first.text = "Changed later"  # type: ignore[union-attr]
    with database.sessions() as s:
        days = agenda(s, date(2026, 6, 2), 1)
    (row,) = days[date(2026, 6, 2)]
    assert (row.checklist_done, row.checklist_total) == (0, len(expected))
    after = snapshot(database)
    with database.transaction() as s:
        planned.change.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        planned.change.redo(s)
    assert snapshot(database) == after


def test_conflicts_are_found_and_bad_plans_refused(
    database: Database, world: dict[str, int]
) -> None:
    with database.transaction() as s:
        planned = plan_activity(s, visit(world), NOW)
        overlapping = conflicts(s, datetime(2026, 6, 2, 10, 0, tzinfo=UTC), 30)
        free = conflicts(s, datetime(2026, 6, 2, 10, 30, tzinfo=UTC), 30)
    assert overlapping == [planned.activity_id] and free == []
    with pytest.raises(InvalidFieldsError) as raised, database.transaction() as s:
        plan_activity(s, visit(world, customer_id=world["kim"], duration_minutes=2), NOW)
    assert [p.field for p in raised.value.problems] == ["deal_id", "duration_minutes"]


def test_ticking_one_off_items_and_readiness(database: Database, world: dict[str, int]) -> None:
    with database.transaction() as s:
        planned = plan_activity(s, visit(world), NOW)
        ticked = tick_item(s, planned.change.inserted("visit_checklist_items")[0], True, NOW)
        extra = add_one_off_item(s, planned.activity_id, "Bring the chair sample")
    with database.sessions() as s:
        (row,) = agenda(s, date(2026, 6, 2), 1)[date(2026, 6, 2)]
    assert (row.checklist_done, row.checklist_total) == (1, len(items_of(planned)) + 1)
    assert extra.rows[0].after is not None and extra.rows[0].after["one_off"]
    with database.transaction() as s:
        extra.undo(s)
        ticked.undo(s)
    with database.sessions() as s:
        (row,) = agenda(s, date(2026, 6, 2), 1)[date(2026, 6, 2)]
    assert (row.checklist_done, row.checklist_total) == (0, len(items_of(planned)))


def test_completion_sets_last_contact_plans_the_next_step_and_undoes(
    database: Database, world: dict[str, int]
) -> None:
    with database.transaction() as s:
        planned = plan_activity(s, visit(world), NOW)
    before = snapshot(database)
    with database.transaction() as s:
        done = complete_activity(
            s,
            planned.activity_id,
            ActivityStatus.DONE,
            NOW + timedelta(days=1),
            outcome="Agreed on 40 chairs",
            next_step="Send the contract",
            next_at=datetime(2026, 6, 5, 9, 0, tzinfo=UTC),
        )
    with database.sessions() as s:
        anna = s.get(Customer, world["anna"])
        assert anna is not None and anna.last_contact_on == date(2026, 6, 2)
        days = agenda(s, date(2026, 6, 5), 1)
    (follow_up,) = days[date(2026, 6, 5)]
    assert follow_up.objective == "Send the contract" and follow_up.status is ActivityStatus.PLANNED
    (follow_up_id,) = done.inserted("activities")
    follow_up_row = done.image("activities", follow_up_id)
    assert follow_up_row is not None and follow_up_row.after is not None
    assert follow_up_row.after["follows_id"] == planned.activity_id
    after = snapshot(database)
    with database.transaction() as s:
        done.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        done.redo(s)
    assert snapshot(database) == after


def test_due_customers_and_birthdays_ahead(database: Database, world: dict[str, int]) -> None:
    with database.sessions() as s:
        due = due_customers(s, TODAY)
        occasions = birthdays_ahead(s, TODAY)
    # Kim (tier B, 14 days) last spoke 1 April; Zoe never; Anna (A, 7 days) on 30 May.
    assert [(d.name, d.overdue_days) for d in due] == [("김민준", 47), ("Zoe Young", 30)]
    assert [(o.person, o.in_days) for o in occasions] == [
        ("Ben", 2),
        ("Wedding anniversary", 4),
        ("김민준", 9),
    ]
    with database.transaction() as s:
        plan_activity(s, visit(world, customer_id=world["kim"], deal_id=None), NOW)
    with database.sessions() as s:
        assert [d.name for d in due_customers(s, TODAY)] == ["Zoe Young"]  # Kim is planned


def test_calendar_export_has_stable_uids_and_utc_times(
    database: Database, world: dict[str, int], tmp_path: Path
) -> None:
    import icalendar

    with database.transaction() as s:
        plan_activity(s, visit(world), NOW)
        plan_activity(s, visit(world, hour=14, kind=ActivityKind.CALL, place=""), NOW)
    with database.sessions() as s:
        first = calendar_bytes(s, date(2026, 6, 1), date(2026, 6, 7), NOW)
        again = calendar_bytes(s, date(2026, 6, 1), date(2026, 6, 7), NOW + timedelta(hours=1))
    events = icalendar.Calendar.from_ical(first).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        "Visit: Anna Schmidt — Chairs",
        "Call: Anna Schmidt — Chairs",
    ]
    assert events[0].decoded("dtstart") == datetime(2026, 6, 2, 9, 0, tzinfo=UTC)
    assert str(events[0]["location"]) == "Acme HQ"
    uids = [str(e["uid"]) for e in events]
    assert uids == [str(e["uid"]) for e in icalendar.Calendar.from_ical(again).walk("VEVENT")]
    out = tmp_path / "week.ics"
    assert (
        main(
            [
                "export-ics",
                "--db",
                str(database.path),
                "--from",
                "2026-06-01",
                "--to",
                "2026-06-07",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 2


def test_changing_the_template_discards_ticks_and_undo_restores_them(
    database: Database, world: dict[str, int]
) -> None:
    with database.transaction() as s:
        planned = plan_activity(s, visit(world), NOW)
        tick_item(s, planned.change.inserted("visit_checklist_items")[0], True, NOW)
        add_one_off_item(s, planned.activity_id, "Bring samples")
        kit = s.scalars(
            select(ChecklistTemplate.id).where(ChecklistTemplate.name == "Closing kit")
        ).one()
    before = snapshot(database)
    with database.transaction() as s:
        assert ticked_template_items(s, planned.activity_id) == 1
        swap = change_template(s, planned.activity_id, kit)
    removed = [i.before for i in swap.rows if i.table == "visit_checklist_items" and not i.after]
    assert sum(bool(row and row["done"]) for row in removed) == 1
    with database.sessions() as s:
        (row,) = agenda(s, date(2026, 6, 2), 1)[date(2026, 6, 2)]
        kit_items = template_items(s, kit)
    assert (row.checklist_done, row.checklist_total) == (0, len(kit_items) + 1)  # + one-off
    after = snapshot(database)
    with database.transaction() as s:
        swap.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        swap.redo(s)
    assert snapshot(database) == after


def test_the_cadence_is_edited_and_undone(database: Database, world: dict[str, int]) -> None:
    with database.transaction() as s:
        change = set_cadence(s, {Tier.B: 90})
    with database.sessions() as s:
        assert [d.name for d in due_customers(s, TODAY)] == ["Zoe Young"]  # Kim not due at 90
    with database.transaction() as s:
        change.undo(s)
    with database.sessions() as s:
        assert cadence(s)[Tier.B] == 14
    with pytest.raises(InvalidFieldsError, match="1 to 365"), database.transaction() as s:
        set_cadence(s, {Tier.A: 0})
