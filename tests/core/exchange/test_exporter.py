"""Exports are written completely or not at all, owner-only, through core.files."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.cli import main
from salesdesk.core.errors import OutputError
from salesdesk.core.exchange import exporter
from salesdesk.core.exchange.exporter import ExportedCustomer, write_csv, write_vcard

PEOPLE = [
    ExportedCustomer("Anna", "Acme", None, "A", None, None, "Berlin", None, None, None, None),
    ExportedCustomer("Bob", None, None, "C", None, None, None, None, None, None, None),
]


@pytest.mark.parametrize("write", [write_csv, write_vcard])
def test_an_export_is_private_and_a_failed_one_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write
) -> None:  # noqa: ANN001
    target = tmp_path / "customers.out"
    write(PEOPLE, target)
    assert target.stat().st_mode & 0o777 == 0o600
    before = target.read_bytes()

    def broken(customer: ExportedCustomer) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter, "_card", broken)
    monkeypatch.setattr(exporter, "spreadsheet_safe", broken)
    with pytest.raises(OutputError, match="No space left on device; nothing was written"):
        write(PEOPLE, target)
    assert target.read_bytes() == before
    assert [path.name for path in tmp_path.iterdir()] == ["customers.out"]


def test_cli_export_into_a_missing_folder_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "people.sqlite3"
    source = tmp_path / "people.csv"
    source.write_text("name\nAnna\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(source)]) == 0
    target = tmp_path / "missing" / "out.csv"
    assert main(["export", "--db", str(db), "--csv", str(target)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"salesdesk: error: could not write {target}")
    assert error.count("\n") == 1
