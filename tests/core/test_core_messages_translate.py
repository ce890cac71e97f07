"""The core's refusals and problems reach the rep in the installed language, where they are made."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from salesdesk.core import i18n
from salesdesk.core.errors import NotADatabaseError
from salesdesk.core.exchange.importer import read_customers
from salesdesk.core.limits import amount_problem, day_problem
from salesdesk.core.store import open_database


@pytest.fixture
def asked() -> Iterator[list[tuple[str, str]]]:
    """Install a lookup that marks every phrase ‹like this›; yield the (context, text) asked."""
    seen: list[tuple[str, str]] = []

    def lookup(context: str, text: str, n: int) -> str:
        del n
        seen.append((context, text))
        return "‹" + text + "›"

    i18n.install(lookup)
    try:
        yield seen
    finally:
        i18n.install(None)


def test_a_store_refusal_is_translated(tmp_path: Path, asked: list[tuple[str, str]]) -> None:
    with pytest.raises(NotADatabaseError) as refused:
        open_database(tmp_path)
    assert str(refused.value) == f"‹{tmp_path.resolve()} is a folder, not a SalesDesk database›"
    assert ("Store", "%1 is a folder, not a SalesDesk database") in asked


def test_the_limits_are_translated(asked: list[tuple[str, str]]) -> None:
    assert day_problem(date(1850, 1, 1)) == "‹the date 1850-01-01 is not between 1900 and 2200›"
    assert (
        amount_problem(Decimal("1e14"), "value")
        == "‹the value is too large (at most 9,999,999,999,999.99)›"
    )
    assert ("Limits", "the date %1 is not between %2 and %3") in asked


def test_import_problems_are_translated(tmp_path: Path, asked: list[tuple[str, str]]) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name,birthday\nAnna,1800-01-01\nBob,soon\n,\n", encoding="utf-8")
    result = read_customers(path)
    assert [str(problem) for problem in result.problems] == [
        "‹line 2: ‹the date 1800-01-01 is not between 1900 and 2200››",
        "‹line 3: ‹'soon' is not a date (write YYYY-MM-DD)››",
    ]
    assert ("Import", "line %1: %2") in asked


def test_without_a_lookup_the_english_is_unchanged() -> None:
    assert day_problem(date(1850, 1, 1)) == "the date 1850-01-01 is not between 1900 and 2200"
