"""The Board area: one column per open stage, a filter bar, and the outcome drop zones.

Drops and keyboard moves all end in ``move_deals``: the core operation runs in one
transaction, and only then is an undo command pushed that updates the affected columns in
memory (no reload of the board after a move).

Signals:
    status_message(str): a short note for the status bar.
    deals_won(list): deals (ids) were just moved to Won by the rep (not by undo/redo).
    plan_requested(int): the rep wants to plan a visit for a deal (its id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.board import Card, CardFilter, StageInfo, load_board, load_cards, moved_card
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import StageKind, utc_now
from salesdesk.core.operations.deal_editing import set_suspended
from salesdesk.core.operations.deal_moves import move_deals
from salesdesk.core.queries.pipeline import earlier_lost_reasons
from salesdesk.core.store import Database
from salesdesk.ui.board.board_forms import BoardForms
from salesdesk.ui.board.column_model import DealIdRole
from salesdesk.ui.board.column_widget import BoardColumn
from salesdesk.ui.board.filter_bar import FilterBar
from salesdesk.ui.board.outcome_bar import OutcomeBar
from salesdesk.ui.change_stack import ChangeCommand, ChangeStack
from salesdesk.ui.formatting import as_sentence, tr, tr_n


class BoardView(QWidget):
    """The kanban board of the open funnel stages."""

    status_message = Signal(str)
    deals_won = Signal(list)
    plan_requested = Signal(int)

    def __init__(
        self,
        database: Database,
        undo_stack: ChangeStack,
        now: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardView")
        self._database = database
        self._undo_stack = undo_stack
        self._now = now
        self._columns: dict[int, BoardColumn] = {}
        self._outcomes: dict[StageKind, StageInfo] = {}
        self._card_filter = CardFilter()
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._on_filter_changed)
        self.summary = self.filter_bar.summary
        self.forms = BoardForms(self)
        self._columns_host = QWidget()
        self._columns_layout = QHBoxLayout(self._columns_host)
        self._columns_layout.setContentsMargins(8, 8, 8, 8)
        self._columns_layout.setSpacing(8)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("boardScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._columns_host)
        self.outcome_bar = OutcomeBar(self)
        self.outcome_bar.won.dropped.connect(lambda ids: self.handle_outcome_drop(ids, "won"))
        self.outcome_bar.lost.dropped.connect(lambda ids: self.handle_outcome_drop(ids, "lost"))
        self.outcome_bar.suspended.dropped.connect(
            lambda ids: self.handle_outcome_drop(ids, "suspended")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._scroll, 1)
        outcome_row = QHBoxLayout()
        outcome_row.setContentsMargins(8, 0, 8, 8)
        outcome_row.addWidget(self.outcome_bar)
        layout.addLayout(outcome_row)
        self._build_actions()

    # --- building -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        def make(name: str, text: str, shortcut: QKeySequence | str, slot: Callable[[], object]):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.action_new_deal = make(
            "actionNewDeal", self.tr("&New Deal…"), "Ctrl+Shift+N", self._on_new_deal
        )
        self.action_edit_deal = make(
            "actionEditDeal", self.tr("&Edit Deal…"), "F2", self._on_edit_deal
        )
        self.action_next_stage = make(
            "actionMoveNextStage",
            self.tr("Move to &Next Stage"),
            "Ctrl+Shift+Right",
            lambda: self.move_selection_by(1),
        )
        self.action_previous_stage = make(
            "actionMovePreviousStage",
            self.tr("Move to &Previous Stage"),
            "Ctrl+Shift+Left",
            lambda: self.move_selection_by(-1),
        )
        self.action_hold = make(
            "actionPutOnHold", self.tr("Put on &Hold"), "Ctrl+Shift+H", self._on_hold
        )
        self.action_find = make(
            "actionBoardFilter",
            self.tr("&Filter Deals"),
            QKeySequence.StandardKey.Find,
            self.filter_bar.focus_text,
        )
        self.action_plan_visit = make(
            "actionPlanVisit", self.tr("Plan &Visit…"), "Ctrl+Shift+V", self._on_plan_visit
        )
        self.action_stage_settings = make(
            "actionStageSettings", self.tr("&Stage Settings…"), "", self.forms.edit_stages
        )

    def menu_actions(self) -> list[QAction | None]:
        """Return the board's actions for the Deal menu (None: a separator)."""
        return [
            self.action_new_deal,
            self.action_edit_deal,
            None,
            self.action_next_stage,
            self.action_previous_stage,
            self.action_hold,
            self.action_plan_visit,
            None,
            self.action_find,
            self.action_stage_settings,
        ]

    def _on_new_deal(self) -> None:
        column = self._focused_column() or next(iter(self._columns.values()), None)
        if column is not None:
            self.forms.start_quick_create(column.stage.id)

    def _on_edit_deal(self) -> None:
        column = self._focused_column()
        if column is not None and column.view.currentIndex().isValid():
            self.forms.edit_deal(column.view.currentIndex().data(DealIdRole))

    def _on_plan_visit(self) -> None:
        column = self._focused_column()
        if column is not None and column.view.currentIndex().isValid():
            self.plan_requested.emit(column.view.currentIndex().data(DealIdRole))

    def _on_hold(self) -> None:
        column = self._focused_column()
        if column is not None:
            self.suspend_deals(column.view.selected_deal_ids())

    # --- content ------------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        """Work on another database from now on (``reload`` shows it)."""
        self._database = database

    def refresh(self) -> None:
        """Read the whole board again."""
        with self._database.sessions() as session:
            self.reload(session, self._now())

    def refresh_stages(self, stage_ids: Iterable[int]) -> None:
        """Read the cards of some columns again, keeping their scroll positions."""
        wanted = [stage_id for stage_id in stage_ids if stage_id in self._columns]
        with self._database.sessions() as session:
            cards = load_cards(session, self._now(), stage_ids=wanted)
        for stage_id in wanted:
            column = self._columns[stage_id]
            scroll = column.view.verticalScrollBar().value()
            column.model.set_cards(cards.get(stage_id, []))
            column.view.verticalScrollBar().setValue(scroll)
        self._update_summary()

    def reload(self, session: Session, now: datetime) -> None:
        """Read the whole board as of ``now``."""
        board = load_board(session, now)
        for column in self._columns.values():
            column.setParent(None)
            column.deleteLater()
        while self._columns_layout.count():
            self._columns_layout.takeAt(0)
        self._columns = {}
        self.forms.forget_columns()
        for stage in board.stages:
            column = BoardColumn(stage, self.handle_drop, self._columns_host)
            column.model.set_filter(self._filter_predicate())
            column.model.set_cards(board.cards[stage.id])
            column.view.navigate.connect(lambda step, s=stage.id: self._on_navigate(s, step))
            column.view.open_requested.connect(self.forms.edit_deal)
            column.header.add_requested.connect(lambda s=stage.id: self.forms.start_quick_create(s))
            self._columns[stage.id] = column
            self._columns_layout.addWidget(column)
        self._columns_layout.addStretch(1)
        self._outcomes = {stage.kind: stage for stage in board.outcomes}
        self._update_summary()

    def columns(self) -> list[BoardColumn]:
        """Return the columns in pipeline order."""
        return list(self._columns.values())

    def column(self, stage_id: int) -> BoardColumn:
        """Return the column of an open stage."""
        return self._columns[stage_id]

    # --- moving -------------------------------------------------------------------------
    def handle_drop(self, deal_ids: list[int], stage_id: int, row: int | None) -> bool:
        """Move dropped deals into a column before ``row`` (None: at the end)."""
        return self.move_deals(deal_ids, stage_id, row)

    def handle_outcome_drop(self, deal_ids: list[int], outcome: str) -> bool:
        """Close dropped deals as won or lost (asking why), or put them on hold."""
        if outcome == "suspended":
            return self.suspend_deals(deal_ids)
        stage = self._outcomes.get(StageKind(outcome))
        return stage is not None and self.move_deals(deal_ids, stage.id, None)

    def move_deals(
        self, deal_ids: list[int], stage_id: int, row: int | None, lost_reason: str | None = None
    ) -> bool:
        """Move deals as one undoable step; returns False when nothing changed."""
        target = self._stage(stage_id)
        if target is None or not deal_ids:
            return False
        if target.kind is StageKind.LOST and lost_reason is None:
            lost_reason = self.ask_lost_reason(len(deal_ids))
            if lost_reason is None:
                return False
        cards_before = self._cards(deal_ids)
        try:
            with self._database.transaction() as session:
                move = move_deals(
                    session, deal_ids, stage_id, row, lost_reason=lost_reason, now=self._now()
                )
        except SalesDeskError as error:
            QMessageBox.warning(self, self.tr("Deal not moved"), as_sentence(str(error)))
            return False
        today = local_time.local_day(self._now())
        cards_after = {i: moved_card(card, target, today) for i, card in cards_before.items()}
        titles = [cards_before[i].title for i in deal_ids if i in cards_before]
        moved = list(move.deal_ids)
        self._undo_stack.push(
            ChangeCommand(
                move_text(titles, target.name),
                move.change,
                on_undone=lambda: self._apply_columns(move.columns_before, cards_before, moved),
                on_redone=lambda: self._apply_columns(move.columns_after, cards_after, moved),
            )
        )
        if target.kind is StageKind.WON:
            self.deals_won.emit(list(deal_ids))
        return True

    def suspend_deals(self, deal_ids: list[int]) -> bool:
        """Put deals on hold as one undoable step (they leave the board until resumed)."""
        cards = self._cards(deal_ids)
        if not cards:
            return False
        try:
            with self._database.transaction() as session:
                change = set_suspended(session, list(cards), True)
        except SalesDeskError as error:
            QMessageBox.warning(self, self.tr("Deal not put on hold"), as_sentence(str(error)))
            return False
        stage_ids = {card.stage_id for card in cards.values()}
        titles = [card.title for card in cards.values()]
        text = (
            tr("Board", "Put “%1” on hold", titles[0])
            if len(titles) == 1
            else tr_n("Board", "Put %n deal(s) on hold", len(titles))
        )
        self._undo_stack.push(
            ChangeCommand(text, change.change, lambda: self.refresh_stages(stage_ids))
        )
        return True

    def ask_lost_reason(self, count: int) -> str | None:
        """Ask why deals were lost; None when the user cancels (then nothing changes)."""
        with self._database.sessions() as session:
            earlier = earlier_lost_reasons(session)
        reason, ok = QInputDialog.getItem(
            self,
            self.tr("Deal lost"),
            self.tr("Why was the deal lost?")
            if count == 1
            else tr_n("Board", "Why were the %n deals lost?", count),
            earlier,
            -1,
            True,
        )
        reason = reason.strip()
        return reason if ok and reason else None

    def move_selection_by(self, step: int) -> bool:
        """Move the selected deals of the focused column to the previous/next open stage."""
        column = self._focused_column()
        if column is None:
            return False
        deal_ids = column.view.selected_deal_ids()
        order = list(self._columns)
        index = order.index(column.stage.id) + step
        if not deal_ids or not 0 <= index < len(order):
            return False
        moved = self.move_deals(deal_ids, order[index], 0)
        if moved:
            self._columns[order[index]].view.setFocus()
        return moved

    def _apply_columns(
        self, columns: Mapping[int, tuple[int, ...]], cards: Mapping[int, Card], select: list[int]
    ) -> None:
        """Show new orders of the given columns; keep their scroll, select the moved deals."""
        for stage_id, deal_ids in columns.items():
            column = self._columns.get(stage_id)
            if column is None:
                continue  # Won and Lost have no column
            known = {card.deal_id: card for card in column.model.all_cards()}
            known.update(cards)
            scroll = column.view.verticalScrollBar().value()
            column.model.set_cards([known[deal_id] for deal_id in deal_ids if deal_id in known])
            column.view.verticalScrollBar().setValue(scroll)
            self._select(column, select)
        self._update_summary()

    @property
    def database(self) -> Database:
        """Return the database the board shows."""
        return self._database

    @property
    def undo_stack(self) -> ChangeStack:
        """Return where the board's changes are pushed."""
        return self._undo_stack

    def now(self) -> datetime:
        """Return the time operations are stamped with."""
        return self._now()

    def cards_of(self, deal_ids: list[int]) -> dict[int, Card]:
        """Return the cards of the given deals that are on the board, filtered out or not."""
        return self._cards(deal_ids)

    def select_deal(self, deal_id: int) -> None:
        """Select a deal's card (in whichever column it is) and scroll it into view."""
        for column in self._columns.values():
            if column.model.row_of(deal_id) is not None:
                self._select(column, [deal_id])
                column.view.setFocus()

    # --- helpers ------------------------------------------------------------------------
    def _stage(self, stage_id: int) -> StageInfo | None:
        if stage_id in self._columns:
            return self._columns[stage_id].stage
        return next((s for s in self._outcomes.values() if s.id == stage_id), None)

    def _cards(self, deal_ids: list[int]) -> dict[int, Card]:
        wanted = set(deal_ids)
        return {
            card.deal_id: card
            for column in self._columns.values()
            for card in column.model.all_cards()
            if card.deal_id in wanted
        }

    def _select(self, column: BoardColumn, deal_ids: list[int]) -> None:
        rows = [row for deal_id in deal_ids if (row := column.model.row_of(deal_id)) is not None]
        if not rows:
            return
        selection = column.view.selectionModel()
        chosen = QItemSelection()
        for row in rows:
            chosen.select(column.model.index(row, 0), column.model.index(row, 0))
        selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.setCurrentIndex(column.model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)
        column.view.scrollTo(column.model.index(rows[0], 0))

    def _focused_column(self) -> BoardColumn | None:
        for column in self._columns.values():
            if column.view.hasFocus() or column.isAncestorOf(self.focusWidget() or self):
                return column
        return None

    def _update_summary(self) -> None:
        shown = sum(column.model.rowCount() for column in self._columns.values())
        total = sum(column.model.card_count() for column in self._columns.values())
        text = tr_n("Board", "%n open deal(s)", total)
        if total == 0:
            text = tr("Board", "No open deals yet: add one with + on a column.")
        if shown != total:
            text = tr("Board", "%1 shown of %2", str(shown), text)
        self.summary.setText(text)

    def _filter_predicate(self) -> Callable[[Card], bool] | None:
        return None if self._card_filter == CardFilter() else self._card_filter.accepts

    def _on_filter_changed(self, card_filter: CardFilter) -> None:
        self._card_filter = card_filter
        for column in self._columns.values():
            column.model.set_filter(self._filter_predicate())
        self._update_summary()

    def _on_navigate(self, stage_id: int, step: int) -> None:
        order = list(self._columns)
        index = order.index(stage_id) + step
        if not 0 <= index < len(order):
            return
        source, target = self._columns[stage_id], self._columns[order[index]]
        row = max(source.view.currentIndex().row(), 0)
        target.view.setFocus()
        if target.model.rowCount():
            current = target.model.index(min(row, target.model.rowCount() - 1), 0)
            target.view.setCurrentIndex(current)


def move_text(titles: list[str], stage_name: str) -> str:
    """Return the undo-menu text of a move."""
    if len(titles) == 1:
        return tr("Board", "Move “%1” to %2", titles[0], stage_name)
    return tr_n("Board", "Move %n deal(s) to %1", len(titles), stage_name)
