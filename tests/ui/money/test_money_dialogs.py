"""Preferences and exchange rates: every change one undo step that every total follows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from salesdesk.core.models import ExchangeRate
from salesdesk.core.queries.preferences import preferences
from salesdesk.core.store import Database
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.money import rates_dialog
from salesdesk.ui.money.rate_dialog import RateDialog
from salesdesk.ui.money.rates_dialog import RatesDialog
from salesdesk.ui.preferences_dialog import PreferencesDialog
from salesdesk.ui.widgets import messages
from tests.ui.world import NOW, World


@pytest.fixture
def flow(database: Database, world: World) -> ChangeFlow:
    return ChangeFlow(database, lambda: NOW)


def rate_count(database: Database) -> int:
    with database.sessions() as s:
        return s.scalar(select(func.count(ExchangeRate.id))) or 0


def answer_rate_dialog(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[RateDialog], None], seen: list[str]
) -> None:
    """Answer the rate form: fill it, note what it reads, save as its Save button does."""

    def run(dialog: RateDialog) -> int:
        fill(dialog)
        seen.append(dialog.reading.text())
        saved = dialog.submit()
        if not saved:
            seen.append(dialog.errors["rate"].text())
        return QDialog.DialogCode.Accepted if saved else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RateDialog, "exec", run)


def select_first_row(dialog: RatesDialog) -> None:
    """Select the first rate (through the selection model: no keyboard modifier toggles it)."""
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    dialog.table.selectionModel().select(dialog.table.model().index(0, 0), flags)


def test_preferences_change_the_reporting_currency_undoably(
    qtbot: QtBot, flow: ChangeFlow, database: Database
) -> None:
    dialog = PreferencesDialog(flow)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "preferencesDialog"
    money = dialog.money
    assert money.reporting.currentData() == "EUR" and money.default.currentData() == "EUR"
    assert money.reporting.itemText(0) == "EUR — Euro"
    assert "Open deals in USD have no rate" in money.without.text()  # the world's $12,000 deal
    money.reporting.setCurrentIndex(money.reporting.findData("USD"))
    assert "Open deals in EUR have no rate" in money.without.text()
    assert dialog.submit() and dialog.result() == QDialog.DialogCode.Accepted
    with database.sessions() as s:
        assert preferences(s).reporting_currency == "USD"
        assert preferences(s).default_currency == "EUR"
    flow.stack.undo()
    with database.sessions() as s:
        assert preferences(s).reporting_currency == "EUR"


def test_a_rate_is_entered_changed_and_removed_each_as_one_step(
    qtbot: QtBot, flow: ChangeFlow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RatesDialog(flow)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "exchangeRatesDialog"
    assert dialog.table.rowCount() == 0 and not dialog.missing.isHidden()
    assert "Open deals in USD have no rate for today" in dialog.missing.text()
    seen: list[str] = []

    def bad(form: RateDialog) -> None:
        assert form.currency.currentText() == "USD" and form.base.currentText() == "EUR"
        form.rate.setText("-1")

    answer_rate_dialog(monkeypatch, bad, seen)
    assert not dialog.add_rate()
    assert "positive number" in seen[-1] and rate_count(database) == 0

    answer_rate_dialog(monkeypatch, lambda form: form.rate.setText("1,25"), seen)
    assert dialog.add_rate()
    assert seen[-1] == "1 EUR = 1.25 USD · 1 USD = 0.8 EUR"
    assert dialog.table.rowCount() == 1 and dialog.missing.isHidden()
    assert dialog.table.item(0, 0).text() == "USD" and dialog.table.item(0, 3).text() == "now"

    select_first_row(dialog)
    answer_rate_dialog(monkeypatch, lambda form: form.rate.setText("1.3"), seen)
    assert dialog.edit_selected()
    with database.sessions() as s:
        assert [str(rate) for rate in s.scalars(select(ExchangeRate.rate))] == ["1.3"]
    flow.stack.undo()
    with database.sessions() as s:
        assert [str(rate) for rate in s.scalars(select(ExchangeRate.rate))] == ["1.25"]

    dialog.refresh()
    select_first_row(dialog)
    assert dialog.remove_selected() and rate_count(database) == 0
    flow.stack.undo()
    assert rate_count(database) == 1


def test_a_file_with_a_bad_line_stores_nothing_and_names_the_line(
    qtbot: QtBot,
    flow: ChangeFlow,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = RatesDialog(flow)
    qtbot.addWidget(dialog)
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warned.append(text))
    bad = tmp_path / "ecb.csv"
    bad.write_text("date,currency,rate\n2026-03-01,USD,1.08\n2026-03-01,GBP,0\n")
    assert not dialog.import_path(bad)
    assert warned[-1].startswith("Nothing was imported: 1 line of the file")
    assert "ecb.csv: line 3: the rate must be a positive number" in warned[-1]
    assert rate_count(database) == 0

    good = tmp_path / "good.csv"
    good.write_text("date,currency,rate\n2026-03-01,USD,1.08\n2026-03-01,GBP,0.86\n")
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(messages, "inform", lambda parent, title, text: told.append(text))
    assert dialog.import_path(good)
    assert asked == ["Import 2 rates of GBP, USD from good.csv?"]
    assert told == ["2 new, 0 replaced, 0 already there."]
    assert dialog.table.rowCount() == 2 and dialog.missing.isHidden()
    flow.stack.undo()
    assert rate_count(database) == 0


def test_the_missing_rate_link_starts_a_rate_of_that_currency(
    qtbot: QtBot, flow: ChangeFlow, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str | None] = []
    monkeypatch.setattr(RatesDialog, "add_rate", lambda self, code=None: started.append(code))
    monkeypatch.setattr(RatesDialog, "exec", lambda self: (self.start_with("USD"), 0)[1])
    rates_dialog.open_rates_dialog(None, flow, "USD")  # type: ignore[arg-type]
    assert started == ["USD"]
