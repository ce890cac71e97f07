"""One board column: a header with the stage's figures over a list of cards.

Columns share the width of the board between a minimum and a maximum width.

Signals of ColumnListView:
    navigate(int): the user pressed Left (-1) or Right (+1) to go to the neighbouring column.
    open_requested(int): Enter or a double-click on a card (the deal id).
    menu_requested(QPoint): the context menu is wanted at this global position (right click,
        the Menu key or Shift+F10).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.board import StageInfo, totals_by_currency
from salesdesk.ui.board.card_delegate import CardDelegate
from salesdesk.ui.board.column_model import ColumnModel, DealIdRole, DropHandler
from salesdesk.ui.formatting import format_money, tr, tr_n
from salesdesk.ui.widgets.form_parts import ERROR_COLOUR
from salesdesk.ui.widgets.labels import plain_tip

COLUMN_WIDTH = 272  # what a column asks for
MIN_COLUMN_WIDTH = 196  # six columns and their spacing fit a 1366-pixel screen
MAX_COLUMN_WIDTH = 460


class ColumnListView(QListView):
    """The cards of a column: drag source and drop target, keyboard friendly."""

    navigate = Signal(int)
    open_requested = Signal(int)
    menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setItemDelegate(CardDelegate(self))
        self.doubleClicked.connect(self._on_double_clicked)

    def selected_deal_ids(self) -> list[int]:
        """Return the selected deals from top to bottom."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.model()
        return [model.index(row, 0).data(DealIdRole) for row in rows]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.navigate.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().data(DealIdRole))
            return
        if key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self._menu_at_current()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._menu_at_current()
            return
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)  # a right click on an unselected card selects it
        self.menu_requested.emit(event.globalPos())

    def _menu_at_current(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        if not self.selectionModel().isSelected(current):
            self.setCurrentIndex(current)
        self.menu_requested.emit(self.viewport().mapToGlobal(self.visualRect(current).center()))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(DealIdRole))


class ColumnHeader(QWidget):
    """Stage name, number of deals, total and weighted value, rotting deals.

    Signals:
        add_requested(): the user wants to quick-create a deal at the top of this column.
    """

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = QLabel()
        self._name.setTextFormat(Qt.TextFormat.PlainText)
        font = self._name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._name.setFont(font)
        self._count = QLabel()
        self._values = QLabel()
        self._values.setObjectName("columnValues")
        self._values.setMinimumWidth(20)  # elided to the column, never widening it
        self._values_text = ""
        self._rotting = QLabel()
        self._rotting.setStyleSheet(f"color: {ERROR_COLOUR};")
        for label in (self._count, self._values, self._rotting):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._add = QToolButton()
        self._add.setText("+")
        self._add.setToolTip(tr("Board", "Add a deal to this stage"))
        self._add.setAutoRaise(True)
        self._add.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Shift+N does it from the keys
        self._add.clicked.connect(self.add_requested)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._name, 1)
        top.addWidget(self._count)
        top.addWidget(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self._values)
        layout.addWidget(self._rotting)

    def _elide_values(self) -> None:
        """Show the totals in the width there is (the tooltip has them all)."""
        width = max(40, self.width() - 16)
        metrics = self._values.fontMetrics()
        elided = metrics.elidedText(self._values_text, Qt.TextElideMode.ElideRight, width)
        self._values.setText(elided)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide_values()

    def show_figures(self, model: ColumnModel) -> None:
        """Update the figures from the column's visible cards."""
        cards = model.cards()
        self._name.setText(model.stage.name)
        self._name.setToolTip(tr("Board", "Win probability: %1%", str(model.stage.probability)))
        self._count.setText(tr_n("Board", "%Ln deal(s)", len(cards)))
        totals = totals_by_currency(cards)
        deals_in = Counter(card.currency for card in cards)
        if not totals:
            self._values_text = tr("Board", "No deals")
            self._values.setToolTip("")
            self._elide_values()
        else:
            parts = [
                tr("Board", "{0} (weighted {1})").format(
                    format_money(value, currency), format_money(weighted, currency)
                )
                # The currency most deals are in comes first; the others are in the tooltip.
                for currency, (value, weighted) in sorted(
                    totals.items(), key=lambda item: -deals_in[item[0]]
                )
            ]
            self._values_text = parts[0] + (f" +{len(parts) - 1}" if len(parts) > 1 else "")
            self._values.setToolTip(plain_tip("\n".join(parts)))
            self._elide_values()
        rotting = sum(card.rotting for card in cards)
        self._rotting.setText(tr_n("Board", "%Ln rotting", rotting) if rotting else "")
        self._rotting.setVisible(bool(rotting))


class BoardColumn(QFrame):
    """A stage's header and its cards."""

    def __init__(self, stage: StageInfo, drop_handler: DropHandler, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"boardColumn-{stage.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(MIN_COLUMN_WIDTH)
        self.setMaximumWidth(MAX_COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.model = ColumnModel(stage, drop_handler)
        self.header = ColumnHeader(self)
        self.view = ColumnListView(self)
        self.view.setObjectName(f"boardColumnList-{stage.id}")
        self.view.setModel(self.model)
        self.model.modelReset.connect(lambda: self.header.show_figures(self.model))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.header.show_figures(self.model)

    def insert_below_header(self, widget: QWidget) -> None:
        """Show ``widget`` (the quick-create form) between the header and the cards."""
        self.layout().insertWidget(1, widget)

    @property
    def stage(self) -> StageInfo:
        """Return the stage this column shows."""
        return self.model.stage

    def sizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH, 600)
