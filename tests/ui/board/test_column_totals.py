"""Column headers: one total in the reporting currency, the breakdown on hover, missing rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesdesk.core.money.rate_entry import RateEntry
from salesdesk.core.operations.exchange_rates import save_rate
from salesdesk.ui.money import rates_dialog
from tests.ui.board.conftest import Board


def test_a_currency_without_a_rate_is_named_and_the_rate_can_be_entered(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Proposal holds 5G 模块 ($12,000 at 75 %) and 디스플레이 (€3,333.33 at 60 %); no USD rate.
    header = board.view.column(board.stages["Proposal"]).header
    assert header._values.text() == "€3,333.33\nweighted €2,000"  # 1,999.998 rounded once
    assert not header._missing.isHidden()
    assert "without $12,000 (no USD rate)" in header._missing.text()
    opened: list[str | None] = []
    monkeypatch.setattr(
        rates_dialog, "open_rates_dialog", lambda parent, flow, code: opened.append(code)
    )
    header._missing.linkActivated.emit("USD")
    assert opened == ["USD"]


def test_a_rate_entered_elsewhere_makes_one_converted_total_and_undo_takes_it_back(
    board: Board,
) -> None:
    header = board.view.column(board.stages["Proposal"]).header
    entry = RateEntry("EUR", "USD", date(2026, 3, 1), Decimal("1.25"))
    board.view.flow.run("Add the USD rate", lambda session: save_rate(session, None, entry))
    header = board.view.column(board.stages["Proposal"]).header
    # 3,333.33 + 12,000 / 1.25 = 12,933.33; weighted 1,999.998 + 9,000 / 1.25 = 9,199.998.
    assert header._values.text() == "≈€12,933.33\nweighted ≈€9,200"
    assert header._missing.isHidden()
    tip = header._values.toolTip()
    assert "$12,000 → €9,600" in tip and "1 EUR = 1.25 USD" in tip and "€3,333.33 in EUR" in tip
    # The cards keep their own currency.
    cards = {card.title: card for card in board.view.column(board.stages["Proposal"]).model.cards()}
    assert cards["5G 模块"].currency == "USD"
    board.stack.undo()
    header = board.view.column(board.stages["Proposal"]).header
    assert header._values.text() == "€3,333.33\nweighted €2,000"
    assert not header._missing.isHidden()


def test_a_column_header_names_its_stage_in_full_in_the_tooltip(board: Board) -> None:
    header = board.view.column(board.stages["New contact"]).header
    assert header._name.text() == "New contact"
    assert "New contact" in header._name.toolTip() and "10%" in header._name.toolTip()
