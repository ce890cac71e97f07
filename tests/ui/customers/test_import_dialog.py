"""File → Import customers: a preview of what happens to each row, then Import. Export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from salesdesk.core.exchange.importer import Decision
from salesdesk.core.models import Customer
from salesdesk.ui.customers import import_dialog
from salesdesk.ui.customers.import_dialog import ImportPreview
from salesdesk.ui.customers.import_rows_model import STATUS_COLUMN
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.widgets import messages

CSV = "name,company,email,tier\nNora Nilsen,Fjord AS,nora@fjord.example,A\n,x,,\nOle,,ole@,B\n"


def customers(window: MainWindow) -> int:
    with window.database.sessions() as session:
        return session.scalar(select(func.count(Customer.id))) or 0


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_preview(monkeypatch: pytest.MonkeyPatch, result: int) -> list[ImportPreview]:
    seen: list[ImportPreview] = []

    def look(preview: ImportPreview) -> int:
        seen.append(preview)
        return result

    monkeypatch.setattr(ImportPreview, "exec", look)
    return seen


def statuses(preview: ImportPreview) -> list[str]:
    model = preview.model
    return [model.index(row, STATUS_COLUMN).data() for row in range(model.rowCount())]


def test_import_previews_then_stores_the_good_rows(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8")
    pick_file(monkeypatch, source)
    seen = answer_preview(monkeypatch, QDialog.DialogCode.Rejected)
    before = customers(window)
    window.import_customers()  # cancelled in the preview: nothing written
    (preview,) = seen
    assert preview.model.rowCount() == 1 and preview.model.index(0, 1).data() == "Nora Nilsen"
    assert statuses(preview) == ["new"]
    assert preview.findChild(QLabel, "importSummary").text() == (
        "1 new customer · 0 already there (skipped) · 0 matching an existing customer · "
        "2 rows refused"
    )
    assert [preview.problems.item(i).text() for i in range(preview.problems.count())] == [
        "line 3: name is missing",
        "line 4: 'ole@' is not an e-mail address: there must be something after the @-sign",
    ]
    assert customers(window) == before
    answer_preview(monkeypatch, QDialog.DialogCode.Accepted)
    window.import_customers()
    assert customers(window) == before + 1
    assert window.statusBar().currentMessage() == "Imported 1 customer"


def test_a_second_import_of_the_same_file_adds_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8")
    pick_file(monkeypatch, source)
    answer_preview(monkeypatch, QDialog.DialogCode.Accepted)
    window.import_customers()
    before = customers(window)
    seen = answer_preview(monkeypatch, QDialog.DialogCode.Accepted)
    window.import_customers()
    assert statuses(seen[0]) == ["same as existing (skip)"]
    assert customers(window) == before
    assert window.statusBar().currentMessage() == "Imported 0 customers, 1 already there"


def test_a_matching_row_fills_empty_fields_or_is_added_anyway(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("name,email\nNora Nilsen,nora@fjord.example\n", encoding="utf-8")
    second = tmp_path / "second.csv"
    second.write_text(
        "name,email,city\nNORA NILSEN,Nora@fjord.example,Bergen\nnora nilsen,,Oslo\n",
        encoding="utf-8",
    )
    pick_file(monkeypatch, first)
    answer_preview(monkeypatch, QDialog.DialogCode.Accepted)
    window.import_customers()
    pick_file(monkeypatch, second)
    seen = answer_preview(monkeypatch, QDialog.DialogCode.Rejected)
    window.import_customers()
    (preview,) = seen
    assert statuses(preview) == [
        "matches Nora Nilsen by e-mail (update empty fields)",
        "matches Nora Nilsen by name (nothing to fill: skip)",  # Bergen came first
    ]
    index = preview.model.index(0, STATUS_COLUMN)
    assert preview.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert preview.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert statuses(preview)[0] == "matches Nora Nilsen by e-mail (add anyway)"
    assert preview.model.decisions() == {2: Decision.ADD, 3: Decision.UPDATE}


def test_cancel_during_the_import_stores_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8")
    pick_file(monkeypatch, source)
    answer_preview(monkeypatch, QDialog.DialogCode.Accepted)
    calls: list[str] = []

    def progress(self: object, line: int, lines: int) -> bool:
        calls.append(self.dialog.labelText())  # type: ignore[attr-defined]
        return not self.dialog.labelText().startswith("Importing")  # type: ignore[attr-defined]

    monkeypatch.setattr(import_dialog._Progress, "__call__", progress)
    before = customers(window)
    window.import_customers()
    assert customers(window) == before
    assert calls == ["Reading people.csv…", "Importing people.csv…"]


def test_a_windows_file_is_read_in_the_encoding_the_rep_chooses(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "excel.csv"
    source.write_bytes("name;city\r\nJörg Müller;Köln\r\n".encode("cp1252"))
    pick_file(monkeypatch, source)
    asked: list[str] = []

    def choose(parent: object, title: str, label: str, items: list[str], *args: object) -> str:
        asked.append(label)
        return items[0]  # Windows-1252

    monkeypatch.setattr(messages, "choose", choose)
    seen = answer_preview(monkeypatch, QDialog.DialogCode.Rejected)
    window.import_customers()
    assert "is not UTF-8 text (line 2 has the byte 0xF6)" in asked[0]
    (preview,) = seen
    assert preview.model.index(0, 1).data() == "Jörg Müller"
    assert preview.encoding.currentData() == "cp1252"


def test_export_writes_the_chosen_format(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    confirmed_exports: list[str],
) -> None:
    target = tmp_path / "all"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "vCard (*.vcf)")
    )
    window.export_customers()
    path = target.with_suffix(".vcf")
    written = path.read_text(encoding="utf-8")
    assert written.count("BEGIN:VCARD") == customers(window) and "FN:王芳" in written
    assert path.stat().st_mode & 0o777 == 0o600
    assert confirmed_exports == [f"The customers written to:\n{path}"]
