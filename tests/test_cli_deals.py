"""``salesdesk deals``: every deal with its state, exact money, dates and lost reason."""

from __future__ import annotations

import json

import pytest

from salesdesk.cli import main
from salesdesk.core.store import Database
from tests.ui.world import World, build_world


@pytest.fixture
def world(database: Database) -> World:
    built = build_world(database)
    database.close()
    return built


def deals(database: Database, capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert main(["deals", "--db", str(database.path), *args]) == 0
    return json.loads(capsys.readouterr().out) if "--json" in args else capsys.readouterr().out


def test_json_keeps_money_exact_with_its_currency(
    database: Database, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    records = deals(database, capsys, "--json")
    assert isinstance(records, list) and len(records) == len(world.deals)
    by_id = {record["id"]: record for record in records}
    modules = by_id[world.deals["modules"]]
    assert (modules["value"], modules["currency"]) == ("12000.00", "USD")
    assert (modules["status"], modules["stage"]) == ("open", "Proposal")
    fleet = by_id[world.deals["fleet"]]
    assert fleet["value"] == "0.01" and fleet["title"] == "Fleet <i>deal</i>"
    lost = by_id[world.deals["lost"]]
    assert lost["status"] == "lost" and lost["closed_at"] == "2026-03-06T12:00:00Z"
    assert (lost["lost_reason"], lost["lost_detail"]) == (
        "Price too high",
        "20 % above the local dealer",
    )
    paused = by_id[world.deals["paused"]]
    assert (paused["status"], paused["stage"], paused["closed_at"]) == (
        "on-hold",
        "Qualified",
        None,
    )
    assert all(isinstance(record["value"], str) for record in records)


@pytest.mark.parametrize(
    ("status", "keys"),
    [
        ("won", {"won1", "won2"}),
        ("lost", {"lost"}),
        ("on-hold", {"paused"}),
        ("open", {"chairs", "rack", "modules", "displays", "fleet"}),
    ],
)
def test_status_picks_the_deals_of_one_state(
    database: Database,
    world: World,
    capsys: pytest.CaptureFixture[str],
    status: str,
    keys: set[str],
) -> None:
    records = deals(database, capsys, "--status", status, "--json")
    assert isinstance(records, list)
    assert {record["id"] for record in records} == {world.deals[key] for key in keys}


def test_the_table_has_a_header_and_a_line_per_deal(
    database: Database, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    out = deals(database, capsys, "--status", "lost")
    assert isinstance(out, str)
    header, line = out.strip().splitlines()
    assert header.split() == [
        "id",
        "status",
        "stage",
        "value",
        "customer",
        "created",
        "decided",
        "deal",
        "reason",
    ]
    assert "700.00 EUR" in line and "2026-03-06" in line
    assert line.endswith("Lost one  Price too high — 20 % above the local dealer")


def test_a_bad_status_is_bad_usage(database: Database, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        main(["deals", "--db", str(database.path), "--status", "closed"])
    assert exit_info.value.code == 2
