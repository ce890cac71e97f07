"""A rates file is checked line by line; any problem names its line and nothing is stored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salesdesk.core.exchange.drafts import ImportFileError
from salesdesk.core.models import ExchangeRate
from salesdesk.core.money.rate_entry import RateEntry
from salesdesk.core.money.rate_file import read_rate_file
from salesdesk.core.operations.exchange_rates import (
    RateValidationError,
    import_rates,
    remove_rates,
    save_rate,
)
from salesdesk.core.store import Database


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "rates.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_a_file_with_a_header_any_column_order_and_a_base_column(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeffRate;Currency;Date;Base;Source\r\n"
        "1,0856;usd;2026-03-01;;ECB\r\n"
        "0.8612;GBP;2026-03-01;EUR;ECB\r\n"
        '"7.8123";CNY;2026-03-01;;"ECB; daily"\r\n'
        "1.0856;USD;2026-03-01;;ECB\r\n"  # the first line again: taken once
        "0.92;EUR;2026-03-01;USD;own\r\n",
    )
    read = read_rate_file(path, "EUR")
    assert read.problems == () and read.repeated == 1
    assert [(r.line, r.entry) for r in read.rates] == [
        (2, RateEntry("EUR", "USD", date(2026, 3, 1), Decimal("1.0856"))),
        (3, RateEntry("EUR", "GBP", date(2026, 3, 1), Decimal("0.8612"))),
        (4, RateEntry("EUR", "CNY", date(2026, 3, 1), Decimal("7.8123"))),
        (6, RateEntry("USD", "EUR", date(2026, 3, 1), Decimal("0.92"))),
    ]


def test_every_bad_line_is_named_with_its_reason(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "2026-03-01,USD,1.0856\n"  # no header: date, currency, rate
        "2026-02-30,USD,1.1\n"
        "2026-03-02,EURO,1.1\n"
        "2026-03-03,XYZ,1.1\n"
        "2026-03-04,USD,-1\n"
        "2026-03-05,USD,1e5\n"
        "2026-03-06,USD,1,000.5\n"
        "2026-03-01,USD,1.2\n"
        "2026-03-07,EUR,1\n"
        "=cmd|' /C calc'!A0,USD,1\n"
        "2026-03-08,JPY,123456789\n"
        "2026-03-09,JPY,1.12345678901\n",
    )
    read = read_rate_file(path, "EUR")
    problems = {problem.line: problem.reason for problem in read.problems}
    assert [line.line for line in read.rates] == [1]
    assert "“2026-02-30” is not a date" in problems[2]
    assert "three-letter code" in problems[3]
    assert "XYZ is not an ISO 4217 currency code" in problems[4]
    assert "positive number" in problems[5]
    assert "is not a number" in problems[6]
    assert "4 values, not 3" in problems[7]
    assert "line 1 gives another rate for USD on 2026-03-01" in problems[8]
    assert "two different currencies" in problems[9]
    assert "is not a date" in problems[10]
    assert "below 100,000,000" in problems[11]
    assert "decimals" in problems[12]


def test_files_that_are_no_rates_are_refused_whole(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no rate column"):
        read_rate_file(write(tmp_path, "date,currency,amount\n2026-03-01,USD,1\n"), "EUR")
    with pytest.raises(ImportFileError, match="holds no rates"):
        read_rate_file(write(tmp_path, "\n\n"), "EUR")
    with pytest.raises(ImportFileError, match="line 2"):  # not UTF-8: the line is named
        read_rate_file(write(tmp_path, "date,currency,rate\n2026-03-01,USD,1 ¤\n", "cp1252"), "EUR")
    latin = write(tmp_path, "Datum;Währung;rate\n2026-03-01;USD;1,08\n", "cp1252")
    with pytest.raises(ImportFileError, match="no date or currency column"):
        read_rate_file(latin, "EUR", "cp1252")
    broken = read_rate_file(write(tmp_path, 'date,currency,rate\n2026-03-01,"USD,1\n'), "EUR")
    assert broken.problems and "not valid CSV" in broken.problems[0].reason


def count(database: Database) -> int:
    with database.sessions() as s:
        return s.scalar(select(func.count(ExchangeRate.id))) or 0


def test_an_import_is_one_step_and_a_bad_rate_stores_nothing(database: Database) -> None:
    march = date(2026, 3, 1)
    with database.transaction() as s:
        save_rate(s, None, RateEntry("EUR", "USD", march, Decimal("1.20")))
    good = [
        RateEntry("EUR", "USD", march, Decimal("1.25")),  # replaces that day's rate
        RateEntry("EUR", "GBP", march, Decimal("0.86")),
    ]
    with pytest.raises(RateValidationError), database.transaction() as s:
        import_rates(s, [*good, RateEntry("EUR", "USD", march, Decimal(0))])
    assert count(database) == 1
    with database.transaction() as s:
        done = import_rates(s, [*good, RateEntry("EUR", "GBP", march, Decimal("0.86"))])
    assert (done.added, done.replaced, done.unchanged) == (1, 1, 1)
    with database.sessions() as s:
        rates = dict(s.execute(select(ExchangeRate.currency, ExchangeRate.rate)).all())
    assert rates == {"USD": Decimal("1.25"), "GBP": Decimal("0.86")}
    with database.transaction() as s:
        done.change.undo(s)
    with database.sessions() as s:
        rates = dict(s.execute(select(ExchangeRate.currency, ExchangeRate.rate)).all())
    assert rates == {"USD": Decimal("1.20")}


def test_a_rate_is_saved_refused_on_a_clash_and_removed_undoably(database: Database) -> None:
    march = date(2026, 3, 1)
    with database.transaction() as s:
        save_rate(s, None, RateEntry(" eur", "usd ", march, Decimal("1.25")))
        rate_id = s.scalars(select(ExchangeRate.id)).one()
    with pytest.raises(RateValidationError) as clash, database.transaction() as s:
        save_rate(s, None, RateEntry("EUR", "USD", march, Decimal("1.3")))
    assert "has a rate from 2026-03-01 already" in clash.value.problems[0].message
    with pytest.raises(RateValidationError) as bad, database.transaction() as s:
        save_rate(s, rate_id, RateEntry("EUR", "EUR", date(1800, 1, 1), Decimal("-2")))
    assert {p.field for p in bad.value.problems} == {"currency", "rate", "valid_from"}
    with database.transaction() as s:
        change = remove_rates(s, [rate_id])
    assert count(database) == 0
    with database.transaction() as s:
        change.undo(s)
    with database.sessions() as s:
        back = s.get(ExchangeRate, rate_id)
        assert back is not None and (back.base, back.currency, back.rate) == (
            "EUR",
            "USD",
            Decimal("1.25"),
        )
