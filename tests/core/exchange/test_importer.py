"""Importing finds duplicates instead of making them; big files stream; Cancel stores nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salesdesk.cli import main
from salesdesk.core.exchange.duplicates import RowStatus
from salesdesk.core.exchange.importer import (
    Decision,
    ImportCancelled,
    RowOutcome,
    dry_run,
    import_rows,
    open_customers,
)
from salesdesk.core.models import Company, ContactMethod, Customer
from salesdesk.core.store import Database

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def write(tmp_path: Path, content: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def load(database: Database, path: Path, **options: object) -> tuple[object, list[RowOutcome]]:
    seen: list[RowOutcome] = []
    with database.transaction() as session:
        summary = import_rows(session, open_customers(path, "DE"), NOW, seen=seen.append, **options)
    return summary, seen


def count(database: Database, model: type) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_importing_the_same_file_twice_adds_nothing(database: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "name,company,email,phone\nAnna,Ärzte AG,anna@a.example,"
        "+49 30 1234567\nBen,ÄRZTE AG,,\nCem,ärzte  ag,,030 7654321\n",
    )
    first, _ = load(database, path)
    assert (first.added, first.skipped) == (3, 0)
    assert count(database, Company) == 1  # one company, whatever the case and spacing
    again, seen = load(database, path)
    assert (again.added, again.updated, again.skipped) == (0, 0, 3)
    assert [(o.match.status, o.match.by) for o in seen] == [
        (RowStatus.SAME, "e-mail"),
        (RowStatus.SAME, "name and company"),
        (RowStatus.SAME, "phone"),
    ]
    assert count(database, Customer) == 3


def test_a_match_fills_empty_fields_or_is_added_anyway(database: Database, tmp_path: Path) -> None:
    load(database, write(tmp_path, "name,email\nMehmet Özil,mehmet@a.example\n", "a.csv"))
    richer = write(
        tmp_path,
        "name,email,city,phone\nMEHMET ÖZIL,Mehmet@A.example,Berlin,+49301234567\n",
        "b.csv",
    )
    preview: list[RowOutcome] = []
    summary = dry_run(database, open_customers(richer, "DE"), NOW, seen=preview.append)
    assert summary.updated == 1 and count(database, Customer) == 1
    (outcome,) = preview
    assert outcome.match.status is RowStatus.MATCH
    assert outcome.match.fills == ("city", "contacts") and outcome.match.known.name == "Mehmet Özil"
    with database.sessions() as session:
        assert session.scalar(select(Customer.city)) is None  # the dry run stored nothing
    load(database, richer)
    with database.sessions() as session:
        assert session.execute(select(Customer.name, Customer.city)).all() == [
            ("Mehmet Özil", "Berlin")
        ]
        assert session.scalars(select(ContactMethod.value).order_by(ContactMethod.id)).all() == [
            "mehmet@a.example",
            "+49301234567",
        ]
    added, _ = load(database, richer, decisions={2: Decision.ADD})
    assert added.added == 1 and count(database, Customer) == 2


def test_a_person_twice_in_one_file_is_added_once(database: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "name,email,city\nAnna,anna@a.example,\nanna,ANNA@a.example,Ulm\n")
    summary, seen = load(database, path)
    assert (summary.added, summary.updated) == (1, 1)
    assert seen[1].match.known.line == 2
    with database.sessions() as session:
        assert session.execute(select(Customer.name, Customer.city)).all() == [("Anna", "Ulm")]


def test_cancel_stores_nothing(database: Database, tmp_path: Path) -> None:
    rows = "".join(f"Person {n},p{n}@a.example\n" for n in range(4500))
    path = write(tmp_path, "name,email\n" + rows)
    calls: list[int] = []

    def progress(line: int, lines: int) -> bool:
        calls.append(line)
        return len(calls) < 2

    with pytest.raises(ImportCancelled):
        load(database, path, progress=progress, total_lines=4502)
    assert calls == [2001, 4001]
    assert count(database, Customer) == 0


def test_cli_import_reports_skips_and_dry_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "people.sqlite3"
    path = write(tmp_path, "name,email,tier\nAnna,anna@a.example,A\nBob,bad@,B\n")
    assert main(["import", "--db", str(db), str(path), "--dry-run"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        "would import 1 customer(s); would update 0; skipped 0 already there; refused 1 row(s)"
    )
    assert not db.exists()
    assert main(["import", "--db", str(db), str(path)]) == 1
    assert "imported 1 customer(s); updated 0; skipped 0 already there" in capsys.readouterr().out
    assert main(["import", "--db", str(db), str(path)]) == 1
    out = capsys.readouterr().out
    assert "imported 0 customer(s); updated 0; skipped 1 already there; refused 1 row(s)" in out
    legacy = tmp_path / "excel.csv"
    legacy.write_bytes("name\nJörg\n".encode("cp1252"))
    assert main(["import", "--db", str(db), str(legacy)]) == 1
    assert "choose the file's encoding" in capsys.readouterr().err
    assert main(["import", "--db", str(db), str(legacy), "--encoding", "cp1252"]) == 0
    assert "excel.csv: read as cp1252" in capsys.readouterr().out


def test_cli_shows_progress_on_a_terminal_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "people.sqlite3"
    path = write(tmp_path, "name\nAnna\n")
    assert main(["import", "--db", str(db), str(path)]) == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["import", "--db", str(db), str(path)]) == 0
    assert "\rimporting: 66% (line 2 of about 3)" in capsys.readouterr().err
