"""Import customers from the File menu: a preview of what will be imported and what is refused.

Nothing is written until the rep presses Import; then every good row is stored in one
transaction. Export writes every customer to CSV or vCard.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.exchange.drafts import ReadResult
from salesdesk.core.store import Database
from salesdesk.ui.formatting import as_sentence, phone_region, tr, tr_n

_CONTEXT = "Import"
_FILTERS = "Customer files (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)"
_COLUMNS = ("Line", "Name", "Company", "Tier", "E-mails", "Phones", "City")


class ImportPreview(QDialog):
    """Shows the customers a file holds and the refused rows; Import stores the good ones."""

    def __init__(self, path: Path, result: ReadResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(tr(_CONTEXT, "Import %1", path.name))
        self.resize(820, 520)
        summary = QLabel(
            tr_n(_CONTEXT, "%n customer(s) can be imported", len(result.drafts))
            + " · "
            + tr_n(_CONTEXT, "%n row(s) refused", len(result.problems))
        )
        summary.setObjectName("importSummary")
        self.table = QTableWidget(len(result.drafts), len(_COLUMNS))
        self.table.setObjectName("importRows")
        self.table.setHorizontalHeaderLabels([tr(_CONTEXT, title) for title in _COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for narrow in (0, 3):  # line and tier
            header.setSectionResizeMode(narrow, QHeaderView.ResizeMode.ResizeToContents)
        for row, draft in enumerate(result.drafts):
            values = (
                str(draft.line),
                draft.name,
                draft.company or "",
                draft.tier.value,
                ", ".join(draft.emails),
                ", ".join(draft.phones),
                draft.city or "",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.addItems([str(problem) for problem in result.problems])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            tr(_CONTEXT, "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(bool(result.drafts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 3)
        if result.problems:
            title = QLabel(tr(_CONTEXT, "Refused rows (not imported):"))
            layout.addWidget(title)
            layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)


def import_from_file(
    parent: QWidget, database: Database, now: Callable[[], datetime], folder: Path
) -> int:
    """Ask for a file, preview it, and import the good rows; return how many were imported."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr(_CONTEXT, "Import Customers"), str(folder), tr(_CONTEXT, _FILTERS)
    )
    if not name:
        return 0
    from salesdesk.core.exchange.importer import import_customers, read_customers

    path = Path(name)
    try:
        result = read_customers(path, phone_region())
    except SalesDeskError as error:
        QMessageBox.warning(parent, tr(_CONTEXT, "Nothing imported"), as_sentence(str(error)))
        return 0
    preview = ImportPreview(path, result, parent)
    if preview.exec() != QDialog.DialogCode.Accepted:
        return 0
    with database.transaction() as session:
        created = import_customers(session, result.drafts, now())
    return len(created)


def export_to_file(parent: QWidget, database: Database, folder: Path) -> Path | None:
    """Ask where to, and write every customer as CSV or vCard (chosen by the file's ending)."""
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        tr(_CONTEXT, "Export Customers"),
        str(folder / "customers.csv"),
        tr(_CONTEXT, "CSV (*.csv);;vCard (*.vcf)"),
    )
    if not name:
        return None
    from salesdesk.core.exchange.exporter import exported_customers, write_csv, write_vcard

    path = Path(name)
    if path.suffix.lower() not in (".csv", ".vcf"):
        path = path.with_suffix(".vcf" if "vcf" in chosen else ".csv")
    with database.sessions() as session:
        customers = exported_customers(session)
    try:
        (write_vcard if path.suffix.lower() == ".vcf" else write_csv)(customers, path)
    except OSError as error:
        QMessageBox.critical(
            parent,
            tr(_CONTEXT, "Not exported"),
            tr(_CONTEXT, "Could not write %1: %2", str(path), error.strerror or str(error)),
        )
        return None
    return path
