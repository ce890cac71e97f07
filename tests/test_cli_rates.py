"""``salesdesk rates``: list, set and import exchange rates from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salesdesk import cli
from salesdesk.cli import main
from salesdesk.core.store import Database


@pytest.fixture(autouse=True)
def _iso_days(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write days as under the C locale (ISO 8601), whatever the machine's locale."""
    monkeypatch.setattr(cli, "cli_locale", lambda: None)


def test_set_list_and_import_rates(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    db = ["--db", str(database.path)]
    assert main(["rates", *db]) == 0
    assert "No exchange rates yet." in capsys.readouterr().out
    assert main(["rates", *db, "--set", "usd", "1,0856", "--from", "2026-03-01"]) == 0
    assert capsys.readouterr().out == "stored 1 EUR = 1.0856 USD from 2026-03-01\n"
    assert main(["rates", *db, "--set", "USD", "1.1", "--from", "2026-03-01"]) == 0
    assert capsys.readouterr().out.startswith("replaced 1 EUR = 1.1 USD")
    assert main(["rates", *db, "--set", "XYZ", "1.1"]) == 1
    assert "XYZ is not an ISO 4217 currency code" in capsys.readouterr().err
    assert main(["rates", *db, "--set", "USD", "lots"]) == 1
    assert "is not a number" in capsys.readouterr().err

    bad = tmp_path / "bad.csv"
    bad.write_text("date,currency,rate\n2026-04-01,GBP,0.86\n2026-04-01,JPY,zero\n")
    assert main(["rates", *db, "--import", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "bad.csv: line 3: the rate “zero” is not a number" in out
    assert "imported nothing: 1 line(s) refused" in out
    good = tmp_path / "good.csv"
    good.write_text("2026-04-01,GBP,0.86\n2026-04-01,GBP,0.86\n2026-04-01,JPY,161\n")
    assert main(["rates", *db, "--import", str(good), "--dry-run"]) == 0
    assert "would import 2 rate(s); 1 repeated line(s)" in capsys.readouterr().out
    assert main(["rates", *db, "--import", str(good)]) == 0
    assert capsys.readouterr().out.startswith("imported 2 rate(s); replaced 0")

    assert main(["rates", *db, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["currency"] == "EUR" and listed["missing_rates"] == []
    assert {(r["currency"], r["rate"], r["from"], r["until"]) for r in listed["rates"]} == {
        ("USD", "1.1", "2026-03-01", None),
        ("GBP", "0.86", "2026-04-01", None),
        ("JPY", "161", "2026-04-01", None),
    }


def test_the_list_writes_days_as_the_locale_does(
    database: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    db = ["--db", str(database.path)]
    assert main(["rates", *db, "--set", "USD", "1.1", "--from", "2026-03-01"]) == 0
    assert main(["rates", *db, "--set", "USD", "1.2", "--from", "2026-04-01"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(cli, "cli_locale", lambda: "ko_KR")
    assert main(["rates", *db]) == 0
    out = capsys.readouterr().out
    assert "2026. 3. 1. – 2026. 3. 31." in out and "2026. 4. 1. – now" in out
