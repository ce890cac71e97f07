"""The Board area: one column per open stage, a filter bar, and the outcome drop zones.

Drops and keyboard moves all end in ``move_deals``, run through the change flow; the board
then updates the two columns in memory (no reload after its own move). Every other change
(an undo, a deal edited, a visit planned elsewhere) reaches ``apply_change``, which reads again
only the columns holding a touched deal, keeping their scroll and the selection.

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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.board import (
    Board,
    Card,
    CardFilter,
    StageInfo,
    load_board,
    load_cards,
    moved_card,
)
from salesdesk.core.changes import Change
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import StageKind
from salesdesk.core.money.totals import Conversion, load_conversion
from salesdesk.core.operations.deal_editing import set_suspended
from salesdesk.core.operations.deal_moves import move_deals
from salesdesk.core.queries.pipeline import earlier_lost_reasons
from salesdesk.core.queries.touched import touched_deals, touched_stages
from salesdesk.ui.board.board_forms import BoardForms
from salesdesk.ui.board.column_model import DealIdRole
from salesdesk.ui.board.column_widget import BoardColumn
from salesdesk.ui.board.filter_bar import FilterBar
from salesdesk.ui.board.outcome_bar import OutcomeBar
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.formatting import as_sentence, tr, tr_n
from salesdesk.ui.money.rates_dialog import open_rates_dialog
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.area import FollowsChanges

# Tables whose rows a card, a column or the stages show.
BOARD_TABLES = frozenset(
    {
        "deals",
        "stages",
        "customers",
        "companies",
        "customer_traits",
        "activities",
        "visit_checklist_items",
        "exchange_rates",
        "settings",
    }
)
# Tables that change what every column's totals read (the rates, the reporting currency).
MONEY_TABLES = frozenset({"exchange_rates", "settings"})


class BoardView(FollowsChanges, QWidget):
    """The kanban board of the open funnel stages."""

    status_message = Signal(str)
    deals_won = Signal(list)
    plan_requested = Signal(int)

    def __init__(self, flow: ChangeFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardView")
        self._flow = flow
        self._now = flow.now
        self.follow(flow)
        self._columns: dict[int, BoardColumn] = {}
        self._conversion: Conversion | None = None
        self._outcomes: dict[StageKind, StageInfo] = {}
        self._card_filter = CardFilter()
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._on_filter_changed)
        self.summary = self.filter_bar.summary
        self.forms = BoardForms(self, self)
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
        # Without a shortcut of its own: Edit → Find (Ctrl+F) reaches the area on screen.
        self.action_find = make(
            "actionBoardFilter", self.tr("&Filter Deals"), "", self.filter_bar.focus_text
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
        """Open quick create in the column of the selected card (else the focused, the first)."""
        column = (
            self._selecting_column()
            or self._focused_column()
            or next(iter(self._columns.values()), None)
        )
        if column is not None:
            self.forms.start_quick_create(column.stage.id)

    def _selecting_column(self) -> BoardColumn | None:
        return next((c for c in self._columns.values() if c.view.selected_deal_ids()), None)

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
    def refresh(self) -> None:
        """Read the whole board again."""
        with self._flow.sessions() as session:
            self.reload(session, self._now())

    def refresh_stages(self, stage_ids: Iterable[int]) -> None:
        """Read the cards of some columns again, keeping their scroll and the selection."""
        wanted = [stage_id for stage_id in stage_ids if stage_id in self._columns]
        if not wanted:
            return
        selected, focused = self.selected_deals(), self._focused_column()
        with self._flow.sessions() as session:
            cards = load_cards(session, self._now(), stage_ids=wanted)
        for stage_id in wanted:
            column = self._columns[stage_id]
            scroll = column.view.verticalScrollBar().value()
            column.model.set_cards(cards.get(stage_id, []))
            column.view.verticalScrollBar().setValue(scroll)
        self._reselect(selected, focused)
        self._update_summary()

    def concerns(self, change: Change | None) -> bool:
        """Return True when ``change`` may alter a card, a column or the stages."""
        return change is None or bool(change.tables & BOARD_TABLES)

    def apply_change(self, change: Change | None, origin: object) -> None:
        """Show ``change``: the columns holding a deal it touched read again.

        The board's own moves are shown already (``origin`` is the board); a change of the
        stages, or of everything, reads the whole board again.
        """
        if origin is self:
            return
        if change is None or "stages" in change.tables or change.tables & MONEY_TABLES:
            self.refresh()
            return
        with self._flow.sessions() as session:
            deals = touched_deals(session, change)
        stages = set(touched_stages(change))
        stages |= {card.stage_id for card in self._cards(list(deals)).values()}
        self.refresh_stages(stages)

    def reload(self, session: Session, now: datetime) -> None:
        """Read the whole board as of ``now``, keeping the scroll position and the selection."""
        self._out_of_date = False
        scroll = self._scroll.horizontalScrollBar().value()
        selected, focused = self.selected_deals(), self._focused_column()
        focused_stage = focused.stage.id if focused is not None else None
        self._conversion = load_conversion(session, local_time.local_day(now))
        self._build(load_board(session, now))
        self._columns_host.layout().activate()
        self._scroll.horizontalScrollBar().setValue(scroll)
        self._reselect(selected, self._columns.get(focused_stage) if focused_stage else None)

    def _build(self, board: Board) -> None:
        for column in self._columns.values():
            column.setParent(None)
            column.deleteLater()
        while self._columns_layout.count():
            self._columns_layout.takeAt(0)
        self._columns = {}
        self.forms.forget_columns()
        for stage in board.stages:
            column = BoardColumn(stage, self.handle_drop, self._columns_host, self._conversion)
            column.model.set_filter(self._filter_predicate())
            column.model.set_cards(board.cards[stage.id])
            column.view.navigate.connect(lambda step, s=stage.id: self._on_navigate(s, step))
            column.view.open_requested.connect(self.forms.edit_deal)
            column.header.add_requested.connect(lambda s=stage.id: self.forms.start_quick_create(s))
            column.header.rate_requested.connect(
                lambda code: open_rates_dialog(self, self._flow, code)
            )
            column.view.selectionModel().selectionChanged.connect(
                lambda *_, c=column: self._on_selection_changed(c)
            )
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
        titles = [cards_before[i].title for i in deal_ids if i in cards_before]
        try:
            move = self._flow.run(
                move_text(titles, target.name),
                lambda session: move_deals(
                    session, deal_ids, stage_id, row, lost_reason=lost_reason, now=self._now()
                ),
                origin=self,
            )
        except SalesDeskError as error:
            messages.warn(self, self.tr("Deal not moved"), as_sentence(str(error)))
            return False
        today = local_time.local_day(self._now())
        cards_after = {i: moved_card(card, target, today) for i, card in cards_before.items()}
        self._apply_columns(move.columns_after, cards_after, list(move.deal_ids))
        if target.kind is StageKind.WON:
            self.deals_won.emit(list(deal_ids))
        return True

    def suspend_deals(self, deal_ids: list[int]) -> bool:
        """Put deals on hold as one undoable step (they leave the board until resumed)."""
        cards = self._cards(deal_ids)
        if not cards:
            return False
        titles = [card.title for card in cards.values()]
        text = (
            tr("Board", "Put “%1” on hold", titles[0])
            if len(titles) == 1
            else tr_n("Board", "Put %n deal(s) on hold", len(titles))
        )
        try:
            self._flow.run(text, lambda session: set_suspended(session, list(cards), True))
        except SalesDeskError as error:
            messages.warn(self, self.tr("Deal not put on hold"), as_sentence(str(error)))
            return False
        return True

    def ask_lost_reason(self, count: int) -> str | None:
        """Ask why deals were lost; None when the user cancels (then nothing changes)."""
        with self._flow.sessions() as session:
            earlier = earlier_lost_reasons(session)
        reason = messages.choose(
            self,
            self.tr("Deal lost"),
            self.tr("Why was the deal lost?")
            if count == 1
            else tr_n("Board", "Why were the %n deals lost?", count),
            earlier,
            -1,
            editable=True,
        )
        reason = (reason or "").strip()
        return reason or None

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
    def flow(self) -> ChangeFlow:
        """Return the change flow every change of the board runs through."""
        return self._flow

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

    def selected_deals(self) -> list[int]:
        """Return the selected deals (of the one column that holds a selection)."""
        for column in self._columns.values():
            if selected := column.view.selected_deal_ids():
                return selected
        return []

    def focus_search(self) -> None:
        """Put the keyboard in the filter field (Ctrl+F)."""
        self.filter_bar.focus_text()

    def focus_area(self) -> None:
        """Put the keyboard in the first column that holds cards (when the board is shown)."""
        column = next((c for c in self._columns.values() if c.model.rowCount()), None)
        if column is None:
            self.filter_bar.focus_text()
            return
        column.view.setFocus()
        if not column.view.currentIndex().isValid():  # the keyboard starts there; none selected
            column.view.selectionModel().setCurrentIndex(
                column.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _reselect(self, deal_ids: list[int], focused: BoardColumn | None) -> None:
        """Select ``deal_ids`` again where they are now; give the keyboard back to a column."""
        holder = next(
            (
                c
                for c in self._columns.values()
                if any(c.model.row_of(d) is not None for d in deal_ids)
            ),
            None,
        )
        if holder is not None:
            self._select(holder, deal_ids)
        target = holder or focused
        if target is not None and focused is not None:
            target.view.setFocus()

    def _on_selection_changed(self, column: BoardColumn) -> None:
        """One selection on the board: selecting in a column clears the others."""
        if not column.view.selectionModel().hasSelection():
            return
        for other in self._columns.values():
            if other is not column and other.view.selectionModel().hasSelection():
                other.view.selectionModel().clearSelection()

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
