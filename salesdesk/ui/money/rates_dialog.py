"""Edit → Exchange Rates…: the stored rates, entering and changing them, importing a CSV file.

Every change (a rate added, changed or removed, a file imported) is one step through the
change flow, so Edit → Undo takes it back and every total follows at once. A file is read and
checked whole before anything is stored: any line with a problem stores nothing and every such
line is listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import local_time
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.exchange.encodings import EncodingError
from salesdesk.core.i18n import noop
from salesdesk.core.money.rate_entry import RateEntry
from salesdesk.core.money.rate_file import RateFile, read_rate_file
from salesdesk.core.money.rates import StoredRate
from salesdesk.core.money.totals import load_conversion
from salesdesk.core.operations.exchange_rates import import_rates, remove_rates, save_rate
from salesdesk.core.queries.rates import (
    RateRow,
    currencies_without_rate,
    deal_currencies,
    rate_rows,
)
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.formatting import as_sentence, format_date, tr, tr_n
from salesdesk.ui.money.rate_dialog import RateDialog, blank_entry
from salesdesk.ui.money.totals_text import rate_text
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.encoding_choice import ask_encoding
from salesdesk.ui.widgets.form_parts import ERROR_COLOUR, beside_buttons
from salesdesk.ui.widgets.labels import plain_label

_CONTEXT = "Rates"
_FILTERS = "CSV files (*.csv *.txt);;All files (*)"
MAX_LISTED = 15  # problem lines shown in the message; the rest are counted
HEADERS = (
    noop(_CONTEXT, "Currency"),
    noop(_CONTEXT, "Rate"),
    noop(_CONTEXT, "Valid from"),
    noop(_CONTEXT, "Until"),
)


class RatesDialog(QDialog):
    """The stored rates; Add, Edit, Remove and Import run through the change flow."""

    def __init__(self, flow: ChangeFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeRatesDialog")
        self.setWindowTitle(tr(_CONTEXT, "Exchange Rates"))
        self.resize(720, 480)
        self._flow = flow
        self._rows: list[RateRow] = []
        self.reporting = ""
        self.intro = plain_label()
        self.intro.setObjectName("exchangeRatesIntro")
        self.missing = plain_label()
        self.missing.setObjectName("exchangeRatesMissing")
        self.missing.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("exchangeRatesTable")
        self.table.setHorizontalHeaderLabels([tr(_CONTEXT, text) for text in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)
        body = beside_buttons(
            self.table,
            [
                ("exchangeRatesAdd", tr(_CONTEXT, "&Add…"), self.add_rate),
                ("exchangeRatesEdit", tr(_CONTEXT, "&Edit…"), self.edit_selected),
                ("exchangeRatesRemove", tr(_CONTEXT, "&Remove"), self.remove_selected),
                ("exchangeRatesImport", tr(_CONTEXT, "&Import CSV…"), self.import_file),
            ],
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.missing)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.refresh()

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rates and the currencies without a rate again."""
        today = local_time.local_day(self._flow.now())
        with self._flow.sessions() as session:
            conversion = load_conversion(session, today)
            self._rows = rate_rows(session)
            self._in_use = deal_currencies(session)
            without = currencies_without_rate(session, conversion)
        self.reporting = conversion.currency
        # By the currency a rate is of (the one that is not the reporting currency), so a
        # rate quoted either way round stands under the currency it converts.
        self._rows.sort(key=lambda rate: (self._shown_code(rate), rate.base, rate.currency))
        self.intro.setText(
            tr(
                _CONTEXT,
                "Totals are shown in %1 (Edit → Preferences… changes it). A rate holds from its "
                "day until the next rate of the same two currencies; won deals convert at the "
                "rate of their close day, everything else at today's.",
                self.reporting,
            )
        )
        self.missing.setText(
            tr(
                _CONTEXT,
                "Open deals in %1 have no rate for today: their amounts are left out of every "
                "total until one is entered.",
                ", ".join(without),
            )
            if without
            else ""
        )
        self.missing.setVisible(bool(without))
        self._without = without
        self.table.setRowCount(len(self._rows))
        for row, rate in enumerate(self._rows):
            stored = StoredRate(rate.base, rate.currency, rate.valid_from, rate.rate)
            until = format_date(rate.until) if rate.until else tr(_CONTEXT, "now")
            for column, text in enumerate(
                (self._shown_code(rate), rate_text(stored), format_date(rate.valid_from), until)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rate.id)
                self.table.setItem(row, column, item)

    def _shown_code(self, rate: RateRow) -> str:
        """Return the currency the rate converts: the one of the two not shown in totals."""
        return rate.base if rate.currency == self.reporting else rate.currency

    def selected(self) -> list[RateRow]:
        """Return the selected rates, top to bottom."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._rows[row] for row in rows]

    def start_with(self, currency: str) -> None:
        """Start a new rate for ``currency`` when it has none today, else select its rate."""
        if currency in self._without:
            self.add_rate(currency)
            return
        for row, rate in enumerate(self._rows):
            if currency in (rate.currency, rate.base):
                self.table.selectRow(row)
                return

    # -- changing ---------------------------------------------------------------------------

    def add_rate(self, currency: str | None = None) -> bool:
        """Enter a new rate (of ``currency``, else the first currency without one)."""
        today = local_time.local_day(self._flow.now())
        code = currency if isinstance(currency, str) else None
        code = (
            code
            or next(iter(self._without), "")
            or next((c for c in self._in_use if c != self.reporting), "USD")
        )
        return self._open(None, blank_entry(self.reporting, code, today))

    def edit_selected(self) -> bool:
        """Change the selected rate."""
        chosen = self.selected()
        if not chosen:
            return False
        rate = chosen[0]
        return self._open(rate.id, RateEntry(rate.base, rate.currency, rate.valid_from, rate.rate))

    def _open(self, rate_id: int | None, entry: RateEntry) -> bool:
        def save(wanted: RateEntry) -> Sequence[FieldProblem]:
            text = (
                tr(_CONTEXT, "Add the %1 rate", wanted.currency)
                if rate_id is None
                else tr(_CONTEXT, "Change the %1 rate", wanted.currency)
            )
            try:
                self._flow.run(text, lambda session: save_rate(session, rate_id, wanted))
            except InvalidFieldsError as error:
                return error.problems
            except SalesDeskError as error:
                return [FieldProblem("rate", str(error))]
            return []

        dialog = RateDialog(entry, self._in_use, save, self, new=rate_id is None)
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        self.refresh()
        return saved

    def remove_selected(self) -> bool:
        """Remove the selected rates (one undoable step)."""
        chosen = self.selected()
        if not chosen:
            return False
        text = tr_n(_CONTEXT, "Remove %n exchange rate(s)", len(chosen))
        try:
            self._flow.run(text, lambda session: remove_rates(session, [r.id for r in chosen]))
        except SalesDeskError as error:
            messages.warn(self, tr(_CONTEXT, "Not removed"), as_sentence(str(error)))
            return False
        self.refresh()
        return True

    def import_file(self) -> bool:
        """Import the rates of a CSV file (date, currency, rate) after checking all of it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr(_CONTEXT, "Import Exchange Rates"),
            str(self._flow.folder()),
            tr(_CONTEXT, _FILTERS),
        )
        return bool(name) and self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        """Import the rates of ``path``: nothing is stored when any line has a problem."""
        encoding = None
        while True:
            try:
                read = read_rate_file(path, self.reporting, encoding)
                break
            except EncodingError as error:
                if (encoding := ask_encoding(self, str(error))) is None:
                    return False
            except SalesDeskError as error:
                messages.warn(self, tr(_CONTEXT, "Nothing imported"), as_sentence(str(error)))
                return False
        if read.problems:
            messages.warn(self, tr(_CONTEXT, "Nothing imported"), problems_text(read))
            return False
        if not messages.confirm(self, tr(_CONTEXT, "Import Exchange Rates"), confirm_text(read)):
            return False
        entries = [line.entry for line in read.rates]
        try:
            done = self._flow.run(
                tr(_CONTEXT, "Import rates from %1", read.name),
                lambda session: import_rates(session, entries),
            )
        except SalesDeskError as error:
            messages.warn(self, tr(_CONTEXT, "Nothing imported"), as_sentence(str(error)))
            return False
        self.refresh()
        messages.inform(
            self,
            tr(_CONTEXT, "Rates imported"),
            tr(
                _CONTEXT,
                "%1 new, %2 replaced, %3 already there.",
                str(done.added),
                str(done.replaced),
                str(done.unchanged),
            ),
        )
        return True


def problems_text(read: RateFile) -> str:
    """Return why a file was refused: every problem line (the first ones), and how many."""
    shown = [f"{read.name}: {problem}" for problem in read.problems[:MAX_LISTED]]
    more = len(read.problems) - len(shown)
    if more:
        shown.append(tr_n(_CONTEXT, "… and %n more line(s)", more))
    head = tr_n(
        _CONTEXT,
        "Nothing was imported: %n line(s) of the file cannot be read as a rate.",
        len(read.problems),
    )
    return "\n".join([head, "", *shown])


def confirm_text(read: RateFile) -> str:
    """Return the question before an import: how many rates, of which currencies."""
    currencies = sorted({line.entry.currency for line in read.rates})
    text = tr_n(
        _CONTEXT,
        "Import %n rate(s) of %1 from %2?",
        len(read.rates),
        ", ".join(currencies),
        read.name,
    )
    if read.repeated:
        text += " " + tr_n(_CONTEXT, "(%n repeated line(s) taken once)", read.repeated)
    return text


def open_rates_dialog(parent: QWidget, flow: ChangeFlow, currency: str | None = None) -> None:
    """Show the exchange rates (a currency's rate selected, or a new one started for it)."""
    dialog = RatesDialog(flow, parent)
    if currency:
        QTimer.singleShot(0, lambda: dialog.start_with(currency))
    dialog.exec()
