"""`salesdesk funnel`: the table and the JSON with stages, figures and diagnosis."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from salesdesk.cli import main
from salesdesk.core.models import Activity, Customer, DealStatus, ExchangeRate
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
    assert (report["currency"], report["missing_rates"]) == ("EUR", [])
    # One won deal of €100 in the reporting currency: nothing converted.
    assert report["figures"]["average_won_deal"] == {
        "value": "100.00",
        "converted": False,
        "deals": 1,
    }
    first, second = report["stages"][:2]
    assert (first["name"], first["count"], first["entered"], first["went_on"]) == (
        "New contact",
        1,
        3,
        2,
    )
    assert first["conversion"] == pytest.approx(2 / 3)
    assert (first["value"], first["by_currency"], first["without_rate"]) == (
        "100.00",
        {"EUR": "100.00"},
        {},
    )
    assert second["conversion"] == 0.0 and report["stages"][3]["conversion"] is None
    assert isinstance(report["diagnosis"], list) and "win_rate" in report["figures"]
    assert main(args) == 0
    table = capsys.readouterr().out
    assert "New contact" in table and "67%" in table and "Diagnosis" in table
    assert "Average won deal: €100 (1 won deal(s))" in table.replace("EUR\xa0", "€")
    with pytest.raises(SystemExit) as refused:
        main(["funnel", "--db", str(database.path), "--from", "2026-05-02", "--to", "2026-05-01"])
    assert refused.value.code == 2


def test_the_json_gives_money_as_decimal_strings_in_one_currency(
    database: Database,
    stage: dict[str, int],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Six currencies, five with a rate: one value per total, the rest named, never a float."""
    monkeypatch.setenv("LC_ALL", "C")  # the table writes codes where no locale is known
    from sqlalchemy import update

    from salesdesk.core.models import Deal

    amounts = {
        "EUR": "4520009.64",
        "USD": "506617.25",
        "GBP": "1018886.58",
        "JPY": "104293250.00",
        "CNY": "8937375.00",
        "KRW": "1505820000.00",
    }
    for code in amounts:
        history(database, stage, code, [("New contact", 0), ("Proposal", 3)], currency=code)
    with database.transaction() as s:
        for code, value in amounts.items():
            s.execute(update(Deal).where(Deal.title == code).values(value=Decimal(value)))
        today = date.today()
        s.add_all(
            ExchangeRate(base="EUR", currency=code, valid_from=today - timedelta(days=9), rate=rate)
            for code, rate in (
                ("USD", Decimal("1.0856")),
                ("GBP", Decimal("0.8612")),
                ("JPY", Decimal("161.23")),
                ("CNY", Decimal("7.8123")),
            )
        )
    database.close()
    assert main(["funnel", "--db", str(database.path), "--json"]) == 0
    out = capsys.readouterr().out
    report = json.loads(out)
    proposal = report["stages"][3]
    assert proposal["by_currency"] == {
        "CNY": "8937375.00",
        "EUR": "4520009.64",
        "GBP": "1018886.58",
        "JPY": "104293250",  # yen have no decimals
        "KRW": "1505820000",
        "USD": "506617.25",
    }
    # By hand: 4520009.64 + 506617.25/1.0856 + 1018886.58/0.8612 + 104293250/161.23
    #   + 8937375/7.8123, each exact, rounded once: the won left out, never added raw.
    exact = (
        Decimal("4520009.64")
        + Decimal("506617.25") / Decimal("1.0856")
        + Decimal("1018886.58") / Decimal("0.8612")
        + Decimal("104293250") / Decimal("161.23")
        + Decimal("8937375") / Decimal("7.8123")
    )
    assert proposal["value"] == str(exact.quantize(Decimal("0.01")))
    assert proposal["value"] == "7960654.28"
    assert proposal["converted"] is True
    assert proposal["without_rate"] == {"KRW": "1505820000"}
    assert report["missing_rates"] == ["KRW"]
    assert report["figures"]["open_pipeline"]["value"] == proposal["value"]
    assert '"value": 7' not in out and "e+" not in out  # strings, not floats

    assert main(["funnel", "--db", str(database.path)]) == 0
    table = capsys.readouterr().out
    assert "EUR 7,960,654.28" in table.replace("\xa0", " ")
    assert "without KRW 1,505,820,000 (no KRW rate)" in table.replace("\xa0", " ")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert main(["funnel", "--db", str(database.path)]) == 0
    assert "≈7.960.654,28\xa0€ without 1.505.820.000\xa0₩ (no KRW rate)" in capsys.readouterr().out


def test_report_has_the_forecast_and_overdue_follow_ups(database: Database) -> None:
    from salesdesk.core.analytics.report import funnel_report
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
    month = key["weighted_forecast"]["month"]
    assert (month["from"], month["to"], month["deals"]) == ("2026-05-01", "2026-05-31", 4)
    assert month["value"] == {
        "value": "4000.00",
        "converted": False,
        "by_currency": {"EUR": "4000.00", "USD": "1000.01"},
        "without_rate": {"USD": "1000.01"},
    }
    assert month["weighted"]["by_currency"] == {"EUR": "1200.00", "USD": "950.01"}
    assert key["weighted_forecast"]["quarter"]["weighted"]["value"] == "2000.00"
    assert (key["slipped_deals"], key["overdue_follow_ups"]) == (3, 1)


def test_the_json_is_english_in_every_language_and_the_table_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert main(["demo", "--db", db, "--language", "en"]) == 0
    capsys.readouterr()
    assert main(["funnel", "--db", db, "--json", "--language", "en"]) == 0
    english = capsys.readouterr().out
    assert main(["funnel", "--db", db, "--json", "--language", "zh_CN"]) == 0
    assert capsys.readouterr().out == english
    assert json.loads(english)["diagnosis"], "the sample has a finding to word"
    assert main(["funnel", "--db", db, "--language", "zh_CN"]) == 0
    table = capsys.readouterr().out
    assert "Diagnosis" not in table and re.search("[\u4e00-\u9fff]", table), table
