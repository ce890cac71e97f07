"""A card's value never runs into its days in stage: exact where it fits, else whole units."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from salesdesk.core.board import Card, NextActivity
from salesdesk.core.models import Tier
from salesdesk.ui.board.card_delegate import card_value_text


def _card(value: str, currency: str = "USD") -> Card:
    return Card(
        deal_id=1,
        stage_id=1,
        title="Tablets",
        customer_id=1,
        customer="Anna",
        company=None,
        tier=Tier.A,
        value=Decimal(value),
        currency=currency,
        probability=50,
        probability_override=None,
        entered_on=date(2026, 3, 1),
        days_in_stage=45,
        rotting=False,
        next_activity=NextActivity.NONE,
        next_activity_at=None,
        search_text="tablets anna",
    )


def test_the_value_is_exact_where_it_fits_and_whole_units_where_not(qapp: QApplication) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        _check(qapp)
    finally:
        QLocale.setDefault(before)


def _check(qapp: QApplication) -> None:
    font = QFont(qapp.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    card = _card("143097.84")
    exact = card_value_text(card, metrics, 1000)
    assert exact.endswith("143,097.84")
    room = metrics.horizontalAdvance(exact) - 1  # one pixel short of the exact amount
    whole = card_value_text(card, metrics, room)
    assert whole.endswith("143,098") and metrics.horizontalAdvance(whole) <= room
    tiny = card_value_text(card, metrics, metrics.horizontalAdvance("US…"))
    assert tiny.endswith("…") and metrics.horizontalAdvance(tiny) <= metrics.horizontalAdvance(
        "US…"
    )
