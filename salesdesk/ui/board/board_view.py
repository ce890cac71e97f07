"""The Board area: one column per open stage, the filter bar, the outcomes, and their lists.

Two pages: the board (columns, and the Won, Lost and On hold zones below them) and the list
of closed and held deals (a zone's click or Ctrl+Shift+D opens it). Drops, keyboard moves and
outcomes all run one core operation through the change flow; the board then updates the
touched columns in memory (no reload after its own move). Every other change (an undo, a deal
edited, a visit planned elsewhere) reaches ``apply_change``, which reads again only the columns
holding a touched deal, keeping their scroll and the selection.

A quick start (``read_first_cards_first``) reads only each column's first cards, enough to
fill the screen, and the figures of all of them; the rest is read right after the board is
painted, or before any input reaches the window, whichever comes first.

Signals:
    status_message(str): a short note for the status bar (also: why an action did nothing).
    deals_won(list): deals (ids) were just marked won by the rep (not by undo/redo).
    plan_requested(int): the rep wants to plan a visit for a deal (its id).
    customer_requested(int): the rep wants to see a deal's customer (the customer's id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QStackedWidget,
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
from salesdesk.core.models import DealStatus, StageKind
from salesdesk.core.money.totals import Conversion, load_conversion
from salesdesk.core.operations.deal_moves import DealMove, column_after, move_deals
from salesdesk.core.queries.pipeline import deals_by_status
from salesdesk.core.queries.touched import touched_deals, touched_stages
from salesdesk.ui.board.board_actions import BoardActions
from salesdesk.ui.board.board_forms import BoardForms
from salesdesk.ui.board.card_delegate import card_height
from salesdesk.ui.board.column_model import DealIdRole
from salesdesk.ui.board.column_widget import BoardColumn
from salesdesk.ui.board.filter_bar import FilterBar
from salesdesk.ui.board.legend import BoardLegend
from salesdesk.ui.board.outcome_bar import OutcomeBar
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.deals.closed_list import ClosedDealsView
from salesdesk.ui.deals.outcomes import DealOutcomes
from salesdesk.ui.formatting import as_sentence, format_count, tr, tr_n
from salesdesk.ui.printing.dossier_actions import DossierPrinting
from salesdesk.ui.undoable_data import UndoableData
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.area import FollowsChanges
from salesdesk.ui.widgets.before_input import BeforeInput

# Tables whose rows a card, a column, the stages or the outcome counts show.
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
ZONE_STATUS = {"won": DealStatus.WON, "lost": DealStatus.LOST, "on_hold": DealStatus.SUSPENDED}
# Tables that change what every column's totals read (the rates, the reporting currency).
MONEY_TABLES = frozenset({"exchange_rates", "settings"})


class BoardView(FollowsChanges, QWidget):
    """The kanban board of the open funnel stages, and the list of closed and held deals."""

    status_message = Signal(str)
    deals_won = Signal(list)
    plan_requested = Signal(int)
    customer_requested = Signal(int)

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
        self._first_cards: int | None = None  # the next read: only so many cards per column
        self._rest_unread: BeforeInput | None = None  # while columns hold only first cards
        self.outcomes = DealOutcomes(flow, self)
        self.outcomes.won.connect(self.deals_won)
        self.printing = DossierPrinting(UndoableData(flow, self), self)
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._on_filter_changed)
        self.filter_bar.leave_requested.connect(self.focus_cards_on_screen)
        self.summary = self.filter_bar.summary
        self.forms = BoardForms(self, self)
        self._columns_host = QWidget()
        self._columns_host.setObjectName("boardColumns")
        self._columns_layout = QHBoxLayout(self._columns_host)
        self._columns_layout.setContentsMargins(8, 8, 8, 8)
        self._columns_layout.setSpacing(8)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("boardScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._columns_host)
        self.outcome_bar = OutcomeBar(self)
        for key, zone in self.outcome_bar.zones().items():
            zone.dropped.connect(lambda ids, k=key: self.handle_outcome_drop(ids, k))
            zone.opened.connect(lambda k=key: self.show_list(k))
        self.legend = BoardLegend(self)
        self.deal_list = ClosedDealsView(flow, self.outcomes, self)
        self.deal_list.board_requested.connect(self.show_board)
        self.deal_list.deal_requested.connect(self.forms.edit_deal)
        self.deal_list.customer_requested.connect(self.customer_requested)
        self.deal_list.selection_changed.connect(self._update_actions)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("boardPages")
        self.pages.addWidget(self._board_page())
        self.pages.addWidget(self.deal_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.actions = BoardActions(self, self)
        self.deal_list.menu_actions = [
            self.actions.edit_deal,
            self.actions.open_customer,
            None,
            self.actions.reopen,
            self.actions.resume,
            self.actions.won,
            self.actions.lost,
        ]
        self._update_actions()

    def _board_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("boardPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._scroll, 1)
        outcome_row = QHBoxLayout()
        outcome_row.setContentsMargins(8, 0, 8, 8)
        outcome_row.addWidget(self.outcome_bar, 1)
        outcome_row.addWidget(self.legend)
        layout.addLayout(outcome_row)
        return page

    def menu_actions(self) -> list[QAction | None]:
        """Return the board's actions for the Deal menu (None: a separator)."""
        return self.actions.menu_actions()

    # --- pages --------------------------------------------------------------------------
    def showing_list(self) -> bool:
        """Return True when the list of closed and held deals is shown."""
        return self.pages.currentWidget() is self.deal_list

    def show_list(self, outcome: str = "won") -> None:
        """Show the list of closed and held deals, with one outcome ("won", "lost", …)."""
        self.deal_list.show_outcome(outcome)
        self.pages.setCurrentWidget(self.deal_list)
        self.deal_list.ensure_fresh()
        self.deal_list.view.setFocus()
        self.actions.deal_list.setChecked(True)
        self._update_actions()

    def show_board(self) -> None:
        """Show the columns again."""
        self.pages.setCurrentIndex(0)
        self.actions.deal_list.setChecked(False)
        self.focus_area()
        self._update_actions()

    # --- actions ------------------------------------------------------------------------
    def run_on_selection(self, name: str) -> bool:
        """Run the action ``name`` on the selection of the page shown; say why when it cannot."""
        simple: dict[str, Callable[[], object]] = {
            "list": lambda: self.show_board() if self.showing_list() else self.show_list(),
            "find": self.focus_search,
            "stages": self.forms.edit_stages,
            "new": self._on_new_deal,
        }
        if name in simple:
            simple[name]()
            return True
        if self.showing_list():
            return self._on_list(name)
        cards = self.selected_cards()
        if not cards:
            self.status_message.emit(tr("Board", "Select a deal on the board first."))
            return False
        ids = [card.deal_id for card in cards]
        current = self._current_card() or cards[0]
        if name == "edit":
            return self.forms.edit_deal(current.deal_id) is not None
        if name in ("next", "previous"):
            return self.move_selection_by(1 if name == "next" else -1)
        if name in ("won", "lost", "hold"):
            return self.decide(ids, name)
        if name in ("resume", "reopen"):
            self.status_message.emit(
                tr(
                    "Board",
                    "The deals on the board are open; closed and held deals are in "
                    "the list (Ctrl+Shift+D).",
                )
            )
            return False
        if name == "plan":
            self.plan_requested.emit(current.deal_id)
        elif name == "customer":
            self.customer_requested.emit(current.customer_id)
        return True

    def _on_list(self, name: str) -> bool:
        rows = self.deal_list.selected_rows()
        current = self.deal_list.view.currentIndex()
        row = self.deal_list.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.status_message.emit(tr("Board", "Select a deal in the list first."))
            return False
        handlers: dict[str, Callable[[], object]] = {
            "edit": lambda: self.forms.edit_deal(row.id),
            "reopen": self.deal_list.reopen_selected,
            "resume": self.deal_list.resume_selected,
            "won": self.deal_list.win_selected,
            "lost": self.deal_list.lose_selected,
            "plan": lambda: self.plan_requested.emit(row.id),
            "customer": lambda: self.customer_requested.emit(row.customer_id),
        }
        if name not in handlers:
            self.status_message.emit(tr("Board", "That works on the board's open deals."))
            return False
        if name in ("won", "lost") and not any(r.status is DealStatus.SUSPENDED for r in rows):
            self.status_message.emit(tr("Board", "Only deals on hold can be closed from here."))
            return False
        return bool(handlers[name]())

    def _update_actions(self) -> None:
        if self.showing_list():
            statuses = {row.status for row in self.deal_list.selected_rows()}
            self.actions.enable(
                board=False,
                open_cards=False,
                closed=bool(statuses & {DealStatus.WON, DealStatus.LOST}),
                held=DealStatus.SUSPENDED in statuses,
            )
        else:
            self.actions.enable(board=True, open_cards=True, closed=False, held=False)

    def decide(self, deal_ids: list[int], outcome: str) -> bool:
        """Mark open deals won or lost (asking why), or put them on hold; one undo step."""
        self.read_the_rest()
        act = {
            "won": self.outcomes.mark_won,
            "lost": self.outcomes.mark_lost,
            "hold": self.outcomes.put_on_hold,
            "on_hold": self.outcomes.put_on_hold,
        }[outcome]
        move = act(deal_ids, origin=self, parent=self)
        if move is None:
            return False
        self._show_move(move, {})
        return True

    def card_menu(self, column: BoardColumn) -> QMenu | None:
        """Return the context menu of the cards selected in ``column`` (None: none are)."""
        cards = list(self._cards(column.view.selected_deal_ids()).values())
        if not cards:
            return None
        self._update_actions()
        return self.actions.card_menu(cards)

    def _on_menu_requested(self, column: BoardColumn, where: QPoint) -> None:
        menu = self.card_menu(column)
        if menu is not None:
            menu.popup(where)

    def open_stages(self) -> list[StageInfo]:
        """Return the open stages, in pipeline order."""
        return [column.stage for column in self._columns.values()]

    def move_to_stage(self, deal_ids: list[int], stage_id: int) -> bool:
        """Move deals to the top of an open stage (the card menu's Move to Stage)."""
        moved = self.move_deals(deal_ids, stage_id, 0)
        if moved and stage_id in self._columns:
            self._columns[stage_id].view.setFocus()
        return moved

    def _open_rates_dialog(self, code: str) -> None:
        from salesdesk.ui.money.rates_dialog import open_rates_dialog

        open_rates_dialog(self, self._flow, code)

    def print_dossier(self, mode: str) -> object:
        """Print the dossier of the selected deal's customer (preview, print or PDF)."""
        if self.showing_list():
            current = self.deal_list.view.currentIndex()
            if not current.isValid():
                return None
            row = self.deal_list.model.row_at(current.row())
            return self.printing.customer(mode, row.customer_id, row.customer)
        card = self._current_card()
        if card is None:
            self.status_message.emit(tr("Board", "Select a deal on the board first."))
            return None
        return self.printing.customer(mode, card.customer_id, card.customer)

    def _on_new_deal(self) -> None:
        """Open quick create in the column of the selected card (else the focused, the first)."""
        if self.showing_list():
            self.show_board()
        column = (
            self._selecting_column()
            or self._focused_column()
            or next(iter(self._columns.values()), None)
        )
        if column is not None:
            self.forms.start_quick_create(column.stage.id)

    def _selecting_column(self) -> BoardColumn | None:
        return next((c for c in self._columns.values() if c.view.selected_deal_ids()), None)

    def selected_cards(self) -> list[Card]:
        """Return the selected cards (of the one column that holds a selection)."""
        column = self._selecting_column()
        if column is None:
            return []
        cards = self._cards(column.view.selected_deal_ids())
        return [cards[deal_id] for deal_id in column.view.selected_deal_ids() if deal_id in cards]

    def _current_card(self) -> Card | None:
        column = self._selecting_column() or self._focused_column()
        if column is None or not column.view.currentIndex().isValid():
            return None
        return self._cards([column.view.currentIndex().data(DealIdRole)]).get(
            column.view.currentIndex().data(DealIdRole)
        )

    # --- content ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the whole board again."""
        with self._flow.sessions() as session:
            self.reload(session, self._now())

    def read_first_cards_first(self, count: int | None = None) -> None:
        """Let the next read of the whole board take only ``count`` cards per column.

        By default, as many as fit on the tallest screen. Each longer column shows its first
        cards and the figures of all of them; the rest is read once the board is painted
        (``read_the_rest``).
        """
        if count is None:
            screens = QGuiApplication.screens()
            tallest = max((s.availableGeometry().height() for s in screens), default=1080)
            count = tallest // card_height(self.font()) + 2
        self._first_cards = count

    def read_the_rest(self) -> None:
        """Read every card of the columns that hold only their first ones (else: nothing)."""
        if not self._stop_watching_input():
            return
        partial = [c for c in self._columns.values() if c.model.holds_first_cards_only()]
        if not partial:
            return
        with self._flow.sessions() as session:
            cards = load_cards(session, self._now(), stage_ids=[c.stage.id for c in partial])
        for column in partial:
            column.model.complete(cards.get(column.stage.id, []))
        self._update_summary()

    def _stop_watching_input(self) -> bool:
        """Stop waiting for input to read the rest; return whether it was waited for."""
        if self._rest_unread is None:
            return False
        self._rest_unread.cancel()
        self._rest_unread = None
        return True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Once the first cards are painted, read the rest (as soon as the paint is done)."""
        super().paintEvent(event)
        if self._rest_unread is not None:
            QTimer.singleShot(0, self.read_the_rest)

    def refresh_stages(self, stage_ids: Iterable[int]) -> None:
        """Read the cards of some columns again, keeping their scroll and the selection."""
        self.read_the_rest()
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
        """Return True when ``change`` may alter a card, a column, the stages or the counts."""
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
        if "deals" in change.tables:
            self._show_outcome_counts()

    def reload(self, session: Session, now: datetime) -> None:
        """Read the whole board as of ``now``, keeping the scroll position and the selection."""
        self._out_of_date = False
        scroll = self._scroll.horizontalScrollBar().value()
        selected, focused = self.selected_deals(), self._focused_column()
        focused_stage = focused.stage.id if focused is not None else None
        self._conversion = load_conversion(session, local_time.local_day(now))
        first = self._first_cards if self._card_filter == CardFilter() else None
        self._first_cards = None
        self._stop_watching_input()  # every card is read now, or a new watch begins
        board = load_board(session, now, first)
        self._build(board)
        if board.figures:
            self._rest_unread = BeforeInput(self.read_the_rest, self)
        self._columns_host.layout().activate()
        self._scroll.horizontalScrollBar().setValue(scroll)
        self._reselect(selected, self._columns.get(focused_stage) if focused_stage else None)
        self._show_outcome_counts(session)

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
            if (accepts := self._filter_predicate()) is not None:
                column.model.set_filter(accepts)
            if stage.id in board.figures:
                column.model.show_first_cards(board.cards[stage.id], board.figures[stage.id])
            else:
                column.model.set_cards(board.cards[stage.id])
            column.view.navigate.connect(lambda step, s=stage.id: self._on_navigate(s, step))
            column.view.open_requested.connect(self.forms.edit_deal)
            column.view.menu_requested.connect(
                lambda where, c=column: self._on_menu_requested(c, where)
            )
            column.header.add_requested.connect(lambda s=stage.id: self.forms.start_quick_create(s))
            column.header.rate_requested.connect(self._open_rates_dialog)
            column.view.selectionModel().selectionChanged.connect(
                lambda *_, c=column: self._on_selection_changed(c)
            )
            self._columns[stage.id] = column
            self._columns_layout.addWidget(column, 1)
        self._columns_layout.addStretch(0)
        self._outcomes = {stage.kind: stage for stage in board.outcomes}
        self._update_summary()

    def _show_outcome_counts(self, session: Session | None = None) -> None:
        if session is None:
            with self._flow.sessions() as own:
                counts = deals_by_status(own)
        else:
            counts = deals_by_status(session)
        for key, zone in self.outcome_bar.zones().items():
            zone.show_count(format_count(counts[ZONE_STATUS[key]]))

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
        if not self._cards(deal_ids):
            return False
        return self.decide(deal_ids, outcome)

    def move_deals(self, deal_ids: list[int], stage_id: int, row: int | None) -> bool:
        """Move deals as one undoable step; returns False when nothing changed.

        A move into an outcome stage is that outcome (a Lost stage asks why).
        """
        self.read_the_rest()
        target = self._stage(stage_id)
        if target is None or not deal_ids:
            return False
        if target.kind is not StageKind.OPEN:
            outcome = {StageKind.WON: "won", StageKind.LOST: "lost", StageKind.HOLD: "hold"}
            return self.decide(deal_ids, outcome[target.kind])
        cards_before = self._cards(deal_ids)
        titles = [cards_before[i].title for i in deal_ids if i in cards_before]
        try:
            move = self._flow.run(
                move_text(titles, target.name),
                lambda session: move_deals(session, deal_ids, stage_id, row, now=self._now()),
                origin=self,
            )
        except SalesDeskError as error:
            messages.warn(self, self.tr("Deal not moved"), as_sentence(str(error)))
            return False
        today = local_time.local_day(self._now())
        cards_after = {i: moved_card(card, target, today) for i, card in cards_before.items()}
        self._show_move(move, cards_after)
        return True

    def _show_move(self, move: DealMove, cards_after: Mapping[int, Card]) -> None:
        """Show a move of the board's own in memory: its columns, and the outcome counts.

        Only the moved cards' rows are taken out and put in (no reset, no read): the other
        cards keep their scroll and the moved deals are selected.
        """
        moved = set(move.deal_ids)
        for stage_id in move.affected_stage_ids:
            column = self._columns.get(stage_id)
            if column is None:
                continue  # Won, Lost and On hold have no column
            cards = column_after(stage_id, column.model.all_cards(), move, _deal_id_of, cards_after)
            column.model.move_cards(cards, moved)
            self._select(column, list(move.deal_ids))
        self._update_summary()
        if any(stage_id not in self._columns for stage_id in move.affected_stage_ids):
            self._show_outcome_counts()

    def move_selection_by(self, step: int) -> bool:
        """Move the selected deals to the previous/next open stage; past the last, offer Won."""
        column = self._selecting_column() or self._focused_column()
        deal_ids = column.view.selected_deal_ids() if column is not None else []
        if column is None or not deal_ids:
            self.status_message.emit(tr("Board", "Select a deal on the board first."))
            return False
        order = list(self._columns)
        index = order.index(column.stage.id) + step
        if index >= len(order):
            return self._offer_won(column, deal_ids)
        if index < 0:
            self.status_message.emit(
                tr("Board", "“%1” is in the first stage already.", column.stage.name)
            )
            return False
        moved = self.move_deals(deal_ids, order[index], 0)
        if moved:
            self._columns[order[index]].view.setFocus()
        return moved

    def _offer_won(self, column: BoardColumn, deal_ids: list[int]) -> bool:
        titles = [card.title for card in self._cards(deal_ids).values()]
        question = (
            tr("Board", "“%1” is in the last stage, %2. Mark it won?", titles[0], column.stage.name)
            if len(titles) == 1
            else tr_n("Board", "The %Ln deals are in the last stage. Mark them won?", len(titles))
        )
        if StageKind.WON not in self._outcomes:
            messages.warn(self, tr("Board", "No Won stage"), tr("Board", "There is no Won stage."))
            return False
        if not messages.confirm(self, tr("Board", "Mark won"), question, default_yes=True):
            return False
        moved = self.decide(deal_ids, "won")
        if moved:
            column.view.setFocus()
        return moved

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
        self.read_the_rest()
        for column in self._columns.values():
            if column.model.row_of(deal_id) is not None:
                if self.showing_list():
                    self.show_board()
                self._select(column, [deal_id])
                column.view.setFocus()

    def selected_deals(self) -> list[int]:
        """Return the selected deals (of the one column that holds a selection)."""
        for column in self._columns.values():
            if selected := column.view.selected_deal_ids():
                return selected
        return []

    def focus_search(self) -> None:
        """Put the keyboard in the filter field, or the list's search field (Ctrl+F)."""
        if self.showing_list():
            self.deal_list.focus_search()
        else:
            self.filter_bar.focus_text()

    def focus_area(self) -> None:
        """Put the keyboard in the first column that holds cards (when the board is shown)."""
        if self.showing_list():
            self.deal_list.view.setFocus()
            return
        column = next((c for c in self._columns.values() if c.model.rowCount()), None)
        if column is None:
            self.filter_bar.focus_text()
            return
        self._focus_column(column)

    def focus_cards_on_screen(self) -> None:
        """Put the keyboard in a column in sight (never one scrolled away), showing where."""
        viewport = self._scroll.viewport()
        visible = [
            column
            for column in self._columns.values()
            if column.isVisible()
            and viewport.rect().intersects(column.geometry().translated(self._columns_host.pos()))
        ]
        holding = [column for column in visible if column.model.rowCount()]
        column = next(iter(holding or visible), None)
        if column is None:
            return
        scroll = self._scroll.horizontalScrollBar().value()
        self._focus_column(column)
        self._scroll.horizontalScrollBar().setValue(scroll)

    def _focus_column(self, column: BoardColumn) -> None:
        column.view.setFocus()
        if not column.view.currentIndex().isValid() and column.model.rowCount():
            # The keyboard starts there, visibly (the focus ring); nothing is selected.
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
        self.read_the_rest()
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
        text = tr_n("Board", "%Ln open deal(s)", total)
        if total == 0:
            text = tr("Board", "No open deals yet: add one with + on a column.")
        if shown != total:
            text = tr("Board", "%1 shown of %2", format_count(shown), text)
        self.summary.setText(text)

    def _filter_predicate(self) -> Callable[[Card], bool] | None:
        return None if self._card_filter == CardFilter() else self._card_filter.accepts

    def _on_filter_changed(self, card_filter: CardFilter) -> None:
        self.read_the_rest()
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


def _deal_id_of(card: Card) -> int:
    return card.deal_id


def move_text(titles: list[str], stage_name: str) -> str:
    """Return the undo-menu text of a move."""
    if len(titles) == 1:
        return tr("Board", "Move “%1” to %2", titles[0], stage_name)
    return tr_n("Board", "Move %n deal(s) to %1", len(titles), stage_name)
