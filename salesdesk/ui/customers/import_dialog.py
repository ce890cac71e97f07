"""Import customers from the File menu: a preview of what will happen to every row, then Import.

The preview is the core's dry run of the whole import (rolled back), so it knows which rows
are new, which are already there and which match an existing customer; the rep can switch a
matching row to "add anyway" and choose the file's encoding. Reading and importing show a
progress bar with Cancel; a cancelled import stores nothing (its one transaction rolls back).
Export writes every customer to CSV or vCard.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.exchange.duplicates import RowStatus
from salesdesk.core.exchange.encodings import LEGACY_ENCODINGS, EncodingError
from salesdesk.core.exchange.importer import (
    ImportCancelled,
    ImportSummary,
    RowOutcome,
    dry_run,
    import_rows,
    open_customers,
)
from salesdesk.core.store import Database
from salesdesk.ui.customers.import_rows_model import STATUS_COLUMN, ImportRowsModel
from salesdesk.ui.formatting import as_sentence, phone_region, tr, tr_n
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.encoding_choice import ask_encoding
from salesdesk.ui.widgets.labels import plain_label

_CONTEXT = "Import"
_FILTERS = "Customer files (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)"
REREAD = 2  # the preview's result when the rep chose another encoding


class ImportPreview(QDialog):
    """Shows what the import will do with each row, and the refused rows; Import stores."""

    def __init__(
        self,
        path: Path,
        outcomes: list[RowOutcome],
        summary: ImportSummary,
        notes: list[str],
        encoding: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(tr(_CONTEXT, "Import %1", path.name))
        self.resize(980, 560)
        self.chosen_encoding = encoding
        statuses = Counter(outcome.match.status for outcome in outcomes)
        parts = [
            tr_n(_CONTEXT, "%n new customer(s)", statuses[RowStatus.NEW]),
            tr_n(_CONTEXT, "%n already there (skipped)", statuses[RowStatus.SAME]),
            tr_n(_CONTEXT, "%n matching an existing customer", statuses[RowStatus.MATCH]),
            tr_n(_CONTEXT, "%n row(s) refused", len(summary.problems)),
        ]
        summary_label = plain_label(" · ".join(parts))
        summary_label.setObjectName("importSummary")
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.encoding.addItem(tr(_CONTEXT, "Automatic (UTF-8, UTF-16)"), None)
        for codec, label in LEGACY_ENCODINGS:
            self.encoding.addItem(tr(_CONTEXT, label), codec)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(encoding)))
        self.encoding.activated.connect(self._on_encoding_chosen)
        encoding_label = QLabel(tr(_CONTEXT, "&Encoding:"))
        encoding_label.setBuddy(self.encoding)
        self.model = ImportRowsModel(outcomes, self)
        self.table = QTableView()
        self.table.setObjectName("importRows")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.addItems([str(problem) for problem in summary.problems])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            tr(_CONTEXT, "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(bool(outcomes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(summary_label, 1)
        top.addWidget(encoding_label)
        top.addWidget(self.encoding)
        layout.addLayout(top)
        for note in notes:
            layout.addWidget(plain_label(as_sentence(note)))
        layout.addWidget(self.table, 3)
        if summary.problems:
            layout.addWidget(QLabel(tr(_CONTEXT, "Refused rows (not imported):")))
            layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)

    def _on_encoding_chosen(self, index: int) -> None:
        self.chosen_encoding = self.encoding.itemData(index)
        self.done(REREAD)


class _Progress:
    """A progress dialog with Cancel, told how far the core got (line of the file)."""

    def __init__(self, parent: QWidget, text: str) -> None:
        self.dialog = QProgressDialog(text, tr(_CONTEXT, "Cancel"), 0, 100, parent)
        self.dialog.setLabel(plain_label(text))
        self.dialog.setObjectName("importProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, line: int, lines: int) -> bool:
        self.dialog.setValue(min(100, line * 100 // max(lines, 1)))
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def _preview(
    parent: QWidget, database: Database, path: Path, encoding: str | None, now: datetime
) -> ImportPreview | None:
    """Read the file and dry-run the import behind a progress bar; None when cancelled."""
    rows = open_customers(path, phone_region(), encoding)
    outcomes: list[RowOutcome] = []
    progress = _Progress(parent, tr(_CONTEXT, "Reading %1…", path.name))
    try:
        summary = dry_run(
            database,
            rows,
            now,
            progress=progress,
            seen=outcomes.append,
            total_lines=rows.decoding.lines,
        )
    except ImportCancelled:
        return None
    finally:
        progress.close()
    return ImportPreview(path, outcomes, summary, list(rows.notes), encoding, parent)


def import_from_file(
    parent: QWidget, database: Database, now: Callable[[], datetime], folder: Path
) -> ImportSummary | None:
    """Ask for a file, preview it, and import it; return what was done (None: nothing)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr(_CONTEXT, "Import Customers"), str(folder), tr(_CONTEXT, _FILTERS)
    )
    if not name:
        return None
    path, encoding = Path(name), None
    while True:
        try:
            preview = _preview(parent, database, path, encoding, now())
        except EncodingError as error:  # not UTF-8: the rep says which encoding it is
            if (encoding := ask_encoding(parent, str(error))) is None:
                return None
            continue
        except SalesDeskError as error:
            messages.warn(parent, tr(_CONTEXT, "Nothing imported"), as_sentence(str(error)))
            return None
        if preview is None:
            return None
        result = preview.exec()
        if result != REREAD:
            break
        encoding = preview.chosen_encoding
    if result != QDialog.DialogCode.Accepted:
        return None
    decisions = preview.model.decisions()
    progress = _Progress(parent, tr(_CONTEXT, "Importing %1…", path.name))
    try:
        rows = open_customers(path, phone_region(), encoding)
        with database.transaction() as session:
            return import_rows(
                session,
                rows,
                now(),
                decisions=decisions,
                progress=progress,
                total_lines=rows.decoding.lines,
            )
    except ImportCancelled:
        return None
    except SalesDeskError as error:
        messages.warn(parent, tr(_CONTEXT, "Nothing imported"), as_sentence(str(error)))
        return None
    finally:
        progress.close()


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
    except SalesDeskError as error:  # OutputError: one sentence, nothing was written
        messages.fail(parent, tr(_CONTEXT, "Not exported"), as_sentence(str(error)))
        return None
    return path
