"""The item model of one board column: the cards of one stage that pass the filter.

At a quick start the model may hold only the stage's first cards (``show_first_cards``): it
then has as many rows as the stage has cards (the scroll bar is already right), the rows
after the first cards have no data, and its figures are those counted in SQL, until
``set_cards`` brings every card.

The model never writes to the database. A drop is handed to the board's drop handler (which
runs the core move and moves the cards' rows of the affected columns, ``move_cards``), so
``removeRows`` after a move must not remove anything again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from salesdesk.core.board import Card, ColumnFigures, CurrencySums, NextActivity, StageInfo
from salesdesk.ui.board.deal_mime import DEAL_IDS_MIME, deals_from_mime, deals_to_mime
from salesdesk.ui.formatting import tr
from salesdesk.ui.widgets.labels import plain_tip

CardRole = Qt.ItemDataRole.UserRole + 1
DealIdRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
# (deal ids, target stage id, row among the target's visible cards or None to append) -> done?
DropHandler = Callable[[list[int], int, int | None], bool]


def marker_text(card: Card) -> str:
    """Return the words behind a card's next-activity marker (tooltips, accessibility)."""
    text = {
        NextActivity.OVERDUE: tr("Board", "Next activity overdue"),
        NextActivity.TODAY: tr("Board", "Next activity today"),
        NextActivity.FUTURE: tr("Board", "Next activity planned"),
        NextActivity.NONE: tr("Board", "No next activity scheduled"),
    }[card.next_activity]
    if card.next_ready is None:
        return text
    return tr("Board", "%1 · checklist %2/%3 ready", text, *card.next_ready)


def tier_text(card: Card) -> str:
    """Return the words behind a card's tier strip and score."""
    tier = tr("Board", "Tier %1 customer", card.tier.value)
    if card.score is None:
        return tier
    return tr(
        "Board",
        "%1 · qualification score %2 (gold traits minus poor traits)",
        tier,
        f"{card.score:+d}",
    )


class ColumnModel(QAbstractListModel):
    """The visible cards of one stage, in board order.

    Signals:
        cards_changed(): the visible cards changed (a reset, or rows moved in or out).
    """

    cards_changed = Signal()

    def __init__(self, stage: StageInfo, drop_handler: DropHandler | None = None) -> None:
        super().__init__()
        self.stage = stage
        self._all: list[Card] = []
        self._cards: list[Card] = []
        self._accepts: Callable[[Card], bool] | None = None  # None: every card is shown
        self._sums: CurrencySums | None = None  # of the visible cards, once asked for
        self._figures: ColumnFigures | None = None  # of every card, while only the first are
        self._drop_handler = drop_handler

    # --- content -------------------------------------------------------------------------
    def set_cards(self, cards: Sequence[Card]) -> None:
        """Replace every card of the stage (the filter is applied again)."""
        self._all = list(cards)
        self._figures = None
        self._refilter()

    def show_first_cards(self, cards: Sequence[Card], figures: ColumnFigures) -> None:
        """Hold only the stage's first ``cards`` (no filter on), with every card's figures."""
        self.beginResetModel()
        self._accepts = None
        self._all = list(cards)
        self._cards = list(cards)
        self._sums = None
        self._figures = figures
        self.endResetModel()
        self.cards_changed.emit()

    def holds_first_cards_only(self) -> bool:
        """Return True while the model holds only the stage's first cards."""
        return self._figures is not None

    def complete(self, cards: Sequence[Card]) -> None:
        """Take every card of a stage shown by its first cards (else as ``set_cards``).

        When the cards read are the ones counted, in the same order from the top, the rows
        stay (no reset): the scroll, the current card and the selection stay as they were.
        """
        first = self._all
        if (
            self._figures is None
            or len(cards) != self._figures.count
            or [c.deal_id for c in cards[: len(first)]] != [c.deal_id for c in first]
        ):
            self.set_cards(cards)
            return
        self._all = list(cards)
        self._cards = list(cards)
        self._figures = None
        self._sums = None
        if cards:
            self.dataChanged.emit(self.index(0, 0), self.index(len(cards) - 1, 0))
        self.cards_changed.emit()

    def set_filter(self, accepts: Callable[[Card], bool] | None) -> None:
        """Show only the cards ``accepts`` returns True for (None: all of them)."""
        self._accepts = accepts
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._cards = self._visible(self._all)
        self._sums = None
        self.endResetModel()
        self.cards_changed.emit()

    def _visible(self, cards: Sequence[Card]) -> list[Card]:
        accepts = self._accepts
        return list(cards) if accepts is None else [c for c in cards if accepts(c)]

    def move_cards(self, cards: Sequence[Card], moved: Collection[int]) -> None:
        """Replace every card of the stage where only the deals ``moved`` came, went or moved.

        The other cards keep their order, so the rows of the moved deals are removed and
        inserted (no reset: the view keeps its scroll, the selection of the other cards and
        its current card); the result is what ``set_cards`` would show.
        """
        row = 0
        while row < len(self._cards):  # take out each run of moved rows, top to bottom
            if self._cards[row].deal_id not in moved:
                row += 1
                continue
            end = row
            while end < len(self._cards) and self._cards[end].deal_id in moved:
                end += 1
            self.beginRemoveRows(QModelIndex(), row, end - 1)
            if self._sums is not None:
                self._sums.remove(self._cards[row:end])
            del self._cards[row:end]
            self.endRemoveRows()
        self._all = list(cards)
        visible = self._visible(self._all)
        row = 0
        while row < len(visible):  # put in each run of moved rows where they now are
            if visible[row].deal_id not in moved:
                row += 1
                continue
            end = row
            while end < len(visible) and visible[end].deal_id in moved:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end - 1)
            if self._sums is not None:
                self._sums.add(visible[row:end])
            self._cards[row:row] = visible[row:end]
            self.endInsertRows()
            row = end
        self._cards = visible  # the same cards; the staying ones may be newer copies
        self.cards_changed.emit()

    def all_cards(self) -> list[Card]:
        """Return every card of the stage, filtered out or not."""
        return list(self._all)

    def card_count(self) -> int:
        """Return how many cards the stage has, filtered out or not."""
        return self._figures.count if self._figures is not None else len(self._all)

    def rotting_count(self) -> int:
        """Return how many of the visible cards are rotting."""
        if self._figures is not None:
            return self._figures.rotting
        return sum(card.rotting for card in self._cards)

    def cards(self) -> list[Card]:
        """Return the visible cards."""
        return list(self._cards)

    def sums(self) -> dict[str, tuple[Decimal, Decimal]]:
        """Return the exact (value, weighted value) per currency of the visible cards."""
        if self._figures is not None:
            return dict(self._figures.sums)
        if self._sums is None:
            self._sums = CurrencySums(self._cards)
        return self._sums.by_currency()

    def card(self, row: int) -> Card:
        """Return the visible card at ``row``."""
        return self._cards[row]

    def row_of(self, deal_id: int) -> int | None:
        """Return the visible row of a deal, or None."""
        for row, card in enumerate(self._cards):
            if card.deal_id == deal_id:
                return row
        return None

    def full_row(self, visible_row: int | None) -> int | None:
        """Translate a row among visible cards into a row among all the stage's cards."""
        if visible_row is None or visible_row >= len(self._cards):
            return None
        return self._all.index(self._cards[visible_row])

    # --- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid():
            return 0
        return self._figures.count if self._figures is not None else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CardRole:
            return card
        if role == DealIdRole:
            return card.deal_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{card.title} — {card.customer}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = (card.title, card.customer, card.company, tier_text(card), marker_text(card))
            return plain_tip("\n".join(filter(None, lines)))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DEAL_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return deals_to_mime([self._cards[row].deal_id for row in rows], self.stage.id)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and deals_from_mime(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        dragged = deals_from_mime(data)
        if dragged is None or action != Qt.DropAction.MoveAction or self._drop_handler is None:
            return False
        if row < 0 and parent.isValid():
            row = parent.row()  # dropped onto a card: take its place
        target_row = self.full_row(row if row >= 0 else None)
        deal_ids, _source = dragged
        # Rows count the target's cards that stay put, as core.operations.deal_moves expects.
        if target_row is not None:
            staying = [card for card in self._all[:target_row] if card.deal_id not in deal_ids]
            target_row = len(staying)
        return self._drop_handler(deal_ids, self.stage.id, target_row)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # The drop handler already moved the deals and their rows; a view that
        # finishes a move drag calls this on the source, which must not remove cards twice.
        return False
