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
        "New contact", 1, 3, 2
    )  # fmt: skip
    assert first["conversion"] == pytest.approx(2 / 3) and first["value"] == {"EUR": 100.0}
    assert second["conversion"] == 0.0 and report["stages"][3]["conversion"] is None
    assert isinstance(report["diagnosis"], list) and "win_rate" in report["figures"]
    assert main(args) == 0
    table = capsys.readouterr().out
    assert "New contact" in table and "67%" in table and "Diagnosis" in table
    with pytest.raises(SystemExit) as refused:
        main(["funnel", "--db", str(database.path), "--from", "2026-05-02", "--to", "2026-05-01"])
    assert refused.value.code == 2
