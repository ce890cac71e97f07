"""The list of closed and held deals reads a page at a time; what it shows stays the same.

A list longer than a page (the page made small here) shows its first page, reads the next
as the view scrolls, counts and totals every deal, and its search finds deals not read yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.changes.writer import RowWriter
from salesdesk.core.models import Customer, Deal, DealStatus, Stage
from salesdesk.core.operations.deal_moves import Loss, move_deals
from salesdesk.core.operations.deal_outcomes import mark_lost, mark_won, put_on_hold
from salesdesk.core.store import Database
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.deals import closed_list
from salesdesk.ui.deals.closed_list import ClosedDealsView
from salesdesk.ui.deals.outcomes import DealOutcomes
from salesdesk.ui.widgets.rows_model import RowsModel
from tests.deals import open_deal
from tests.reasons import reason_named

NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)
T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)
PAGE = 4
DEALS = 11  # closed or held: three pages


@pytest.fixture
def listed(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ClosedDealsView]:
    """The list over 11 closed and held deals (one a day, the newest first), 4 to a page."""
    monkeypatch.setattr(RowsModel, "PAGE", PAGE)
    with database.transaction() as s:
        stage = s.scalar(select(Stage.id).where(Stage.name == "Proposal"))
        price = reason_named(s, "Price too high")
        customers = [Customer(name="Ada Okafor"), Customer(name="김민준"), Customer(name="王芳")]
        s.add_all(customers)
        s.flush()
        for n in range(DEALS + 1):
            title = ("Straße", "창고 확장", "仓库", "Fuel cards")[n % 4] + f" {n}"
            deal = open_deal(s, title, customers[n % 3].id, stage, Decimal(100 * (n + 1)), T0)
            day = T0 + timedelta(days=n + 1)
            if n == DEALS:
                continue  # one deal stays open
            if n % 3 == 0:
                mark_won(s, [deal], day)
            elif n % 3 == 1:
                mark_lost(s, [deal], Loss(price, f"Lost to the local dealer {n}"), day)
            else:
                put_on_hold(s, [deal], day)
    flow = ChangeFlow(database, lambda: NOW)
    host = QWidget()
    qtbot.addWidget(host)
    view = ClosedDealsView(flow, DealOutcomes(flow, host), host)
    view.resize(900, 400)
    host.resize(900, 400)
    host.show()  # the list in a window on screen, as in the app
    qtbot.waitExposed(host)
    view.show_outcome("all")
    view.refresh()
    yield view
    flow.stack.clear()


def titles(view: ClosedDealsView) -> list[str]:
    return [view.model.row_at(row).title for row in range(view.model.rowCount())]


def test_the_first_page_is_shown_with_the_count_and_total_of_every_deal(
    listed: ClosedDealsView,
) -> None:
    assert titles(listed) == ["仓库 10", "창고 확장 9", "Straße 8", "Fuel cards 7"]
    assert listed.model.total() == DEALS and listed.model.canFetchMore()
    # 100 + 200 + ... + 1,100 euros: every deal counts, read or not
    assert listed.summary.text() == "11 of 11 deals · €6,600"


def test_search_keys_are_kept_until_a_change_touches_them_then_read_again(
    listed: ClosedDealsView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(closed_list.KeyReader, "SLICE", 2)  # a slice of 2 deals at a time
    flow = listed._flow

    def found() -> tuple[list[str], str, int]:
        listed.model.fetch_all()
        return titles(listed), listed.summary.text(), listed.model.total()

    qtbot.waitUntil(listed.search_ready)  # read in idle time since the list was first shown
    with flow.sessions() as s:
        still_open = s.scalar(select(Deal.id).where(Deal.status == DealStatus.OPEN))
        stages = dict(s.execute(select(Stage.name, Stage.id)).all())
    # Open deals moving about leave the keys alone.
    flow.run("Move", lambda s: move_deals(s, [still_open], stages["Negotiation"], 0, now=NOW))
    assert listed.search_ready()
    listed.search_field.setText("e")
    assert found()[2] == 7
    # A deal put on hold: its key is read again at once, the search finds it.
    flow.run("Hold", lambda s: put_on_hold(s, [still_open], NOW))
    assert listed.search_ready()
    before = found()
    assert before[2] == 8 and before[0][0] == "Fuel cards 11"  # held now: the newest
    listed.search_field.clear()
    # A customer renamed: every key is read again, in idle time; the same search finds it.
    flow.run("Rename", lambda s: _rename(s, "Ada Okafor", "Ada Obi-Wren"))
    assert not listed.search_ready()
    qtbot.waitUntil(listed.search_ready)
    listed.search_field.setText("obi-wren")
    assert listed.model.total() == 4  # Ada's deals: every third of the twelve
    listed.search_field.setText("e")  # and the two of them without an "e" before
    assert found()[2] == before[2] + 2
    assert set(found()[0]) - set(before[0]) == {"仓库 6", "창고 확장 9"}
    listed.search_field.setText("STRASSE")
    assert titles(listed) == ["Straße 8", "Straße 4", "Straße 0"]


def _rename(session: Session, old: str, new: str) -> Change:
    customer = session.scalar(select(Customer.id).where(Customer.name == old))
    writer = RowWriter(session)
    writer.update(Customer, customer, {"name": new})
    return writer.change()


def test_scrolling_to_the_end_reads_every_page(listed: ClosedDealsView, qtbot: QtBot) -> None:
    listed.view.resize(900, 1000)  # taller than a page: the view asks for more
    for _ in range(DEALS):
        listed.view.scrollToBottom()
        qtbot.wait(1)
        if not listed.model.canFetchMore():
            break
    assert len(titles(listed)) == DEALS
    assert titles(listed)[-1] == "Straße 0"  # the oldest last
    assert len(set(titles(listed))) == DEALS


def test_the_search_finds_deals_not_read_yet_casefolded(listed: ClosedDealsView) -> None:
    listed.search_field.setText("STRASSE")  # "Straße" casefolds to "strasse"
    assert titles(listed) == ["Straße 8", "Straße 4", "Straße 0"]
    assert listed.summary.text() == "3 of 11 deals · €1,500"
    listed.search_field.setText("창고")
    assert titles(listed) == ["창고 확장 9", "창고 확장 5", "창고 확장 1"]
    listed.search_field.setText("王芳")  # the customer is searched too
    assert titles(listed) == ["Straße 8", "창고 확장 5", "仓库 2"]
    listed.search_field.setText("local dealer 1")  # the lost detail: 1 and 10
    assert titles(listed) == ["仓库 10", "창고 확장 1"]
    listed.search_field.setText("E")  # more than a page found: the rest read on demand
    assert listed.model.total() == 7 and len(titles(listed)) == PAGE
    listed.model.fetchMore()
    listed.model.fetch_all()
    assert len(titles(listed)) == 7 and not listed.model.canFetchMore()
    assert all("e" in listed.model.row_at(r).search_text for r in range(7))
    listed.search_field.clear()
    assert listed.summary.text() == "11 of 11 deals · €6,600"


def test_outcome_and_reason_filter_in_the_database(listed: ClosedDealsView) -> None:
    listed.show_outcome("on_hold")
    assert titles(listed) == ["Straße 8", "창고 확장 5", "仓库 2"]
    assert listed.summary.text() == "3 of 11 deals · €1,800"
    listed.show_outcome("lost")
    listed.reason.setCurrentIndex(listed.reason.findText("Price too high"))
    assert titles(listed) == ["仓库 10", "Fuel cards 7", "Straße 4", "창고 확장 1"]
    assert listed.summary.text() == "4 of 11 deals · €2,600"
    listed.show_outcome("won")
    assert listed.model.total() == 4 and not listed.reason.isEnabled()


def test_sorting_by_a_column_reads_every_row(listed: ClosedDealsView) -> None:
    value = 4  # the Value column
    listed.view.sortByColumn(value, Qt.SortOrder.AscendingOrder)
    assert len(titles(listed)) == DEALS and not listed.model.canFetchMore()
    assert listed.model.row_at(0).value == Decimal(100)
    listed.search_field.setText("a")  # a new filter keeps the sort: every row is read again
    assert not listed.model.canFetchMore()
    values = [listed.model.row_at(r).value for r in range(listed.model.rowCount())]
    assert values == sorted(values)


def test_a_selected_deal_stays_selected_and_the_list_follows_a_resume(
    listed: ClosedDealsView,
) -> None:
    listed.show_outcome("on_hold")
    flags = QItemSelectionModel.SelectionFlag
    listed.view.selectionModel().setCurrentIndex(
        listed.model.index(1, 0), flags.ClearAndSelect | flags.Rows
    )
    chosen = listed.model.id_at(1)
    assert listed.resume_button.isEnabled() and not listed.reopen_button.isEnabled()
    listed.refresh()
    assert listed.selected_ids() == [chosen]
    assert listed.resume_selected()
    assert chosen not in [listed.model.id_at(r) for r in range(listed.model.rowCount())]
    assert listed.summary.text().startswith("2 of 10 deals")


def test_read_again_the_list_keeps_a_row_selected_past_the_first_page(
    listed: ClosedDealsView,
) -> None:
    listed.model.fetchMore()  # rows 5 to 8 read
    flags = QItemSelectionModel.SelectionFlag
    listed.view.selectionModel().setCurrentIndex(
        listed.model.index(6, 0), flags.ClearAndSelect | flags.Rows
    )
    chosen = listed.model.id_at(6)
    listed.refresh()  # as after a change: the rows read so far are read again
    assert listed.model.rowCount() == 2 * PAGE and listed.model.canFetchMore()
    assert listed.current_id() == chosen and listed.selected_ids() == [chosen]
    listed.search_field.setText("a")  # a new filter starts again from its first page
    assert listed.model.rowCount() == PAGE


def test_many_deals_found_are_read_with_every_deal_not_by_id(
    listed: ClosedDealsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(closed_list, "_BY_ID", 2)
    listed.search_field.setText("E")
    assert listed.model.rowCount() == PAGE and listed.model.total() == 7
    listed.model.fetch_all()
    shown = [listed.model.row_at(r) for r in range(7)]
    assert all("e" in row.search_text for row in shown)
    assert shown == sorted(shown, key=lambda row: (row.outcome_utc, row.id), reverse=True)


def test_select_all_takes_the_deals_not_read_yet(listed: ClosedDealsView, qtbot: QtBot) -> None:
    listed.view.setFocus()
    qtbot.keyClick(listed.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(listed.selected_rows()) == DEALS  # not only the first page
    assert not listed.model.canFetchMore()
