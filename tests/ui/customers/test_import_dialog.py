"""File → Import customers: a preview first; Import stores the good rows. Export writes a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from salesdesk.core.models import Customer
from salesdesk.ui.customers.import_dialog import ImportPreview
from salesdesk.ui.main_window import MainWindow

CSV = "name,company,email,tier\nNora Nilsen,Fjord AS,nora@fjord.example,A\n,x,,\nOle,,ole@,B\n"


def customers(window: MainWindow) -> int:
    with window.database.sessions() as session:
        return session.scalar(select(func.count(Customer.id))) or 0


def test_import_previews_then_stores_the_good_rows(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen: list[ImportPreview] = []

    def look(preview: ImportPreview) -> int:
        seen.append(preview)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreview, "exec", look)
    before = customers(window)
    window.import_customers()  # cancelled in the preview: nothing written
    (preview,) = seen
    assert preview.table.rowCount() == 1 and preview.table.item(0, 1).text() == "Nora Nilsen"
    assert [preview.problems.item(i).text() for i in range(preview.problems.count())] == [
        "line 3: name is missing",
        "line 4: 'ole@' is not an e-mail address: there must be something after the @-sign",
    ]
    assert customers(window) == before
    monkeypatch.setattr(ImportPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.import_customers()
    assert customers(window) == before + 1
    assert window.statusBar().currentMessage() == "Imported 1 customer"


def test_export_writes_the_chosen_format(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "all"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "vCard (*.vcf)")
    )
    window.export_customers()
    written = target.with_suffix(".vcf").read_text(encoding="utf-8")
    assert written.count("BEGIN:VCARD") == customers(window) and "FN:王芳" in written
