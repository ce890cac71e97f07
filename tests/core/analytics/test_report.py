"""`salesdesk funnel`: the table and the JSON with stages, figures and diagnosis."""

from __future__ import annotations

import json

import pytest

from salesdesk.cli import main
from salesdesk.core.models import DealStatus
from salesdesk.core.store import Database
from tests.core.analytics.conftest import history


def test_funnel_json_and_table(
    database: Database, stage: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    history(database, stage, "a", [("New contact", 0), ("Qualified", 4)])
    history(database, stage, "b", [("New contact", 1)])
    history(database, stage, "c", [("New contact", 2), ("Won", 9)], DealStatus.WON)
    database.close()
    args = ["funnel", "--db", str(database.path), "--from", "2026-03-25", "--to", "2026-05-01"]
    assert main([*args, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["period"] == {"from": "2026-03-25", "to": "2026-05-01"}
    first, second = report["stages"][:2]
    assert (first["name"], first["count"], first["entered"], first["went_on"]) == (
        "New contact",
        1,
        3,
        2,
    )
    assert first["conversion"] == pytest.approx(2 / 3) and first["value"] == {"EUR": 100.0}
    assert second["conversion"] == 0.0 and report["stages"][3]["conversion"] is None
    assert isinstance(report["diagnosis"], list) and "win_rate" in report["figures"]
    assert main(args) == 0
    table = capsys.readouterr().out
    assert "New contact" in table and "67%" in table and "Diagnosis" in table
    with pytest.raises(SystemExit) as refused:
        main(["funnel", "--db", str(database.path), "--from", "2026-05-02", "--to", "2026-05-01"])
    assert refused.value.code == 2


def test_report_has_the_forecast_and_overdue_follow_ups(database: Database) -> None:
    from datetime import UTC, datetime, timedelta

    from salesdesk.core.analytics.report import funnel_report
    from salesdesk.core.models import Activity, Customer
    from tests.core.analytics.conftest import END, START
    from tests.core.analytics.test_forecast import add_deals

    add_deals(database)
    now = datetime(2026, 5, 14, 12, tzinfo=UTC)
    with database.transaction() as s:
        kim = Customer(name="Kim")
        s.add(kim)
        s.flush()
        s.add(Activity(customer_id=kim.id, starts_at=now - timedelta(days=3)))  # still planned
    with database.sessions() as s:
        key = funnel_report(s, START, END, now)["figures"]
    assert key["weighted_forecast"]["month"] == {
        "from": "2026-05-01",
        "to": "2026-05-31",
        "deals": 4,
        "value": {"EUR": 4000.0, "USD": 1000.01},
        "weighted": {"EUR": 1200.0, "USD": 950.01},
    }
    assert key["weighted_forecast"]["quarter"]["weighted"] == {"EUR": 2000.0, "USD": 950.01}
    assert (key["slipped_deals"], key["overdue_follow_ups"]) == (3, 1)
