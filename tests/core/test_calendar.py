"""``salesdesk export-ics`` with hostile texts: one event is one event, no control characters."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from salesdesk.cli import main
from salesdesk.core.exchange.calendar import calendar_text
from salesdesk.core.models import ActivityKind, ChecklistTemplate, Customer, Deal, Stage, Tier
from salesdesk.core.operations.visits import ActivityFields, plan_activity
from salesdesk.core.store import Database

NOW = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
CONTROLS = "\x00\x07\x1b\x7f\x85\x9b"  # NUL, BEL, ESC, DEL and two C1 controls


@pytest.fixture
def hostile(database: Database) -> Path:
    """Plan one visit whose every text holds BEGIN:VEVENT, controls, line ends and CJK."""
    with database.transaction() as s:
        stage = s.scalars(select(Stage.id)).first()
        template = s.scalars(select(ChecklistTemplate.id)).first()
        customer = Customer(name=f"王小明{CONTROLS}[31m", tier=Tier.A)
        s.add(customer)
        s.flush()
        deal = Deal(
            title="Chairs\nBEGIN:VEVENT\nUID:fake",
            customer_id=customer.id,
            stage_id=stage,
            value=Decimal("1.00"),
        )
        s.add(deal)
        s.flush()
        plan_activity(
            s,
            ActivityFields(
                kind=ActivityKind.VISIT,
                customer_id=customer.id,
                deal_id=deal.id,
                starts_at=datetime(2026, 6, 2, 9, 0, tzinfo=UTC),
                duration_minutes=60,
                place="金示현's office\r\nBEGIN:VEVENT\r\nEND:VEVENT\x00",
                objective="END:VCALENDAR\nBEGIN:VEVENT\tsay 示",
                desired_outcome=f"a yes{CONTROLS}; then, maybe\\ more",
                template_id=template,
            ),
            NOW,
        )
    database.close()  # the command opens the file itself
    return database.path


def test_hostile_texts_make_one_event_without_control_characters(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "visits.ics"
    args = ["export-ics", "--db", str(hostile), "--from", "2026-06-01", "--to", "2026-06-07"]
    assert main([*args, str(out)]) == 0
    assert capsys.readouterr().out == f"wrote 1 planned activity to {out}\n"
    data = out.read_bytes()
    lines = data.split(b"\r\n")
    assert lines.count(b"BEGIN:VEVENT") == 1 and lines.count(b"END:VCALENDAR") == 1
    assert not set(data.decode()) & set(CONTROLS)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["summary"]) == "Visit: 王小明[31m — Chairs\nBEGIN:VEVENT\nUID:fake"
    assert str(event["location"]) == "金示현's office\nBEGIN:VEVENT\nEND:VEVENT"
    assert str(event["description"]) == (
        "Objective: END:VCALENDAR\nBEGIN:VEVENT say 示\nDesired outcome: a yes; then, maybe\\ more"
    )
    assert str(event["uid"]).startswith("activity-") and str(event["uid"]).endswith("@salesdesk")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_an_ics_that_cannot_be_written_says_why_and_leaves_nothing(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "visits.ics"
    args = ["export-ics", "--db", str(hostile), "--from", "2026-06-01", "--to", "2026-06-07"]
    assert main([*args, str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"salesdesk: error: could not write {out}: ") and err.count("\n") == 1
    assert not out.parent.exists()


def test_calendar_text_keeps_newlines_and_drops_controls() -> None:
    assert calendar_text("a\r\nb\rc\nd\te\x00f\x1bg\x7fh\x85i\u2028j") == "a\nb\nc\nd efghi\u2028j"
