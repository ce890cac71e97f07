"""The column model: Qt's model contract, drag payloads and drops handed to the handler."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from salesdesk.core.board import Card, NextActivity, StageInfo
from salesdesk.core.models import StageKind, Tier
from salesdesk.ui.board.column_model import CardRole, ColumnModel, DealIdRole
from salesdesk.ui.board.deal_mime import DEAL_IDS_MIME, deals_from_mime, deals_to_mime

STAGE = StageInfo(id=3, name="Proposal", kind=StageKind.OPEN, probability=60, rot_days=14)
CARD = Card(
    deal_id=1,
    stage_id=3,
    title="Fleet",
    customer_id=7,
    customer="Anna",
    company="Acme",
    tier=Tier.A,
    value=Decimal("100.00"),
    currency="EUR",
    probability=60,
    probability_override=None,
    entered_on=date(2026, 3, 1),
    days_in_stage=9,
    rotting=False,
    next_activity=NextActivity.NONE,
    next_activity_at=None,
    search_text="fleet anna acme",
)


def cards(*ids: int, tier: Tier = Tier.A) -> list[Card]:
    return [replace(CARD, deal_id=i, title=f"Deal {i}", search_text=f"deal {i}") for i in ids]


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[list[int], int, int | None]] = []

    def __call__(self, deal_ids: list[int], stage_id: int, row: int | None) -> bool:
        self.calls.append((deal_ids, stage_id, row))
        return True


def test_column_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ColumnModel(STAGE, Recorder())
    model.set_cards(cards(1, 2, 3))
    qtmodeltester.check(model)
    model.set_filter(lambda card: card.deal_id != 2)
    qtmodeltester.check(model)


def test_roles_and_flags() -> None:
    model = ColumnModel(STAGE)
    model.set_cards(cards(7))
    index = model.index(0, 0)
    assert index.data(DealIdRole) == 7 and index.data(CardRole).title == "Deal 7"
    assert index.data() == "Deal 7 — Anna"
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.mimeTypes() == [DEAL_IDS_MIME]


def test_drag_payload_round_trip_and_foreign_data() -> None:
    assert deals_from_mime(deals_to_mime([5, 2], 3)) == ([5, 2], 3)
    text = QMimeData()
    text.setText("5")
    assert deals_from_mime(text) is None
    broken = QMimeData()
    broken.setData(DEAL_IDS_MIME, b"{not json")
    assert deals_from_mime(broken) is None


def test_mime_data_drop_goes_to_the_handler_with_the_row_among_staying_cards() -> None:
    source = ColumnModel(STAGE)
    source.set_cards(cards(1, 2, 3, 4))
    recorder = Recorder()
    target = ColumnModel(replace(STAGE, id=4), recorder)
    target.set_cards(cards(10, 11, 12))
    mime = source.mimeData([source.index(1, 0), source.index(3, 0)])
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert recorder.calls == [([2, 4], 4, 1), ([2, 4], 4, None)]


def test_reorder_within_a_column_counts_rows_without_the_moved_cards() -> None:
    recorder = Recorder()
    model = ColumnModel(STAGE, recorder)
    model.set_cards(cards(1, 2, 3, 4))
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # before card 4
    assert recorder.calls == [([1], 3, 2)]


def test_drop_below_filtered_cards_maps_to_the_full_column() -> None:
    recorder = Recorder()
    model = ColumnModel(STAGE, recorder)
    model.set_cards(cards(1, 2, 3, 4))
    model.set_filter(lambda card: card.deal_id in (1, 4))
    mime = deals_to_mime([9], 2)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())  # before card 4
    assert recorder.calls == [([9], 3, 3)]


def test_copy_drops_and_foreign_data_are_refused() -> None:
    recorder = Recorder()
    model = ColumnModel(STAGE, recorder)
    mime = deals_to_mime([1], 2)
    assert not model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert recorder.calls == []


def test_remove_rows_after_a_move_removes_nothing() -> None:
    model = ColumnModel(STAGE)
    model.set_cards(cards(1, 2))
    assert model.removeRows(0, 1) is False
    assert model.rowCount() == 2
