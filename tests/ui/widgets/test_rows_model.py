"""The read-only rows model behind the plain lists."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from salesdesk.ui.widgets.rows_model import ID_ROLE, SORT_ROLE, Column, RowsModel


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    amount: int


COLUMNS = [
    Column[Item]("Name", lambda item: item.name),
    Column[Item]("Amount", lambda item: f"{item.amount:,}", lambda item: item.amount, True),
]
ITEMS = [Item(1, "beta", 900), Item(2, "Alpha", 10_000), Item(3, "<b>gamma</b>", 5)]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RowsModel(COLUMNS, lambda item: item.id)
    qtmodeltester.check(model)
    model.set_rows(ITEMS)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_roles_give_text_sort_key_id_and_alignment() -> None:
    model = RowsModel(COLUMNS, lambda item: item.id)
    model.set_rows(ITEMS)
    amount = model.index(1, 1)
    assert amount.data() == "10,000"
    assert amount.data(SORT_ROLE) == 10_000
    assert amount.data(ID_ROLE) == 2
    assert model.index(1, 0).data(SORT_ROLE) == "alpha"
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(2, 0).data() == "<b>gamma</b>"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_a_proxy_sorts_numbers_as_numbers() -> None:
    model = RowsModel(COLUMNS, lambda item: item.id)
    model.set_rows(ITEMS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(row, 0).data(ID_ROLE) for row in range(3)] == [3, 1, 2]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(row, 0).data() for row in range(3)] == ["<b>gamma</b>", "Alpha", "beta"]


def test_the_model_sorts_itself_and_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RowsModel(COLUMNS, lambda item: item.id)
    model.set_rows(ITEMS)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # by amount, as a number
    assert [model.index(row, 0).data() for row in range(3)] == ["Alpha", "beta", "<b>gamma</b>"]
    qtmodeltester.check(model)
    model.set_rows([Item(4, "delta", 1), Item(5, "eps", 2)])  # new rows keep the chosen order
    assert [model.index(row, 0).data() for row in range(2)] == ["eps", "delta"]
    model.sort(-1)  # back to the order rows come in
    model.set_rows(ITEMS)
    assert [model.index(row, 0).data() for row in range(3)] == ["beta", "Alpha", "<b>gamma</b>"]
    qtmodeltester.check(model)
