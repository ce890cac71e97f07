"""One board column: a header with the stage's figures over a list of cards.

Columns share the width of the board between a minimum and a maximum width.

Signals of ColumnListView:
    navigate(int): the user pressed Left (-1) or Right (+1) to go to the neighbouring column.
    open_requested(int): Enter or a double-click on a card (the deal id).
    menu_requested(QPoint): the context menu is wanted at this global position (right click,
        the Menu key or Shift+F10).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
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

from salesdesk.core.board import StageInfo, converted_totals
from salesdesk.core.money.totals import Conversion
from salesdesk.ui.board.card_delegate import CardDelegate
from salesdesk.ui.board.column_model import ColumnModel, DealIdRole, DropHandler
from salesdesk.ui.formatting import tr, tr_n
from salesdesk.ui.money.totals_text import amount_text, missing_part_text, total_tip
from salesdesk.ui.widgets.form_parts import ERROR_COLOUR
from salesdesk.ui.widgets.labels import ElidedLabel, plain_tip

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

    The totals are one number each in the reporting currency (the breakdown per currency on
    hover); amounts without a rate are named, with a link to enter the rate.

    Signals:
        add_requested(): the user wants to quick-create a deal at the top of this column.
        rate_requested(str): the user wants to enter the rate of a currency (its code).
    """

    add_requested = Signal()
    rate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, conversion: Conversion | None = None) -> None:
        super().__init__(parent)
        self.conversion = conversion
        self._name = ElidedLabel()  # a long name gives way to the count, ending in "…"
        font = self._name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._name.setFont(font)
        self._count = QLabel()
        self._values = QLabel()
        self._values.setObjectName("columnTotals")
        self._values.setWordWrap(True)
        self._missing = QLabel()
        self._missing.setObjectName("columnMissingRates")
        self._missing.setTextFormat(Qt.TextFormat.RichText)
        self._missing.setWordWrap(True)
        self._missing.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._missing.linkActivated.connect(self._on_link)
        self._missing.hide()
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
        layout.addWidget(self._missing)
        layout.addWidget(self._rotting)

    def show_figures(self, model: ColumnModel) -> None:
        """Update the figures from the column's visible cards."""
        self._name.setText(model.stage.name)
        probability = tr("Board", "Win probability: %1%", str(model.stage.probability))
        self._name.setToolTip(plain_tip(f"{model.stage.name}\n{probability}"))
        self._count.setText(tr_n("Board", "%Ln deal(s)", model.rowCount()))
        self._show_totals(model)
        rotting = model.rotting_count()
        self._rotting.setText(tr_n("Board", "%Ln rotting", rotting) if rotting else "")
        self._rotting.setVisible(bool(rotting))

    def _show_totals(self, model: ColumnModel) -> None:
        """Show the column's value and weighted value, each one number, and what lacks a rate."""
        self._missing.hide()
        if not model.rowCount() or self.conversion is None:
            self._values.setText(tr("Board", "No deals"))
            self._values.setToolTip("")
            return
        value, weighted = converted_totals(model.sums(), self.conversion)
        self._values.setText(
            tr("Board", "%1\nweighted %2", amount_text(value), amount_text(weighted))
        )
        tips = [total_tip(value), total_tip(weighted)]
        self._values.setToolTip(
            plain_tip(tr("Board", "Value:\n%1\n\nWeighted:\n%2", *tips) if tips[0] else "")
        )
        if value.missing:
            link = html.escape(tr("Board", "enter the rate…"))
            self._missing.setText(
                "<br>".join(
                    f"{html.escape(missing_part_text(part))} "
                    f'<nobr><a href="{html.escape(part.currency)}">{link}</a></nobr>'
                    for part in value.missing
                )
            )
            self._missing.show()

    def _on_link(self, currency: str) -> None:
        self.rate_requested.emit(currency)


class BoardColumn(QFrame):
    """A stage's header and its cards (the header shows its figures once cards are set)."""

    def __init__(
        self,
        stage: StageInfo,
        drop_handler: DropHandler,
        parent: QWidget | None = None,
        conversion: Conversion | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(f"boardColumn-{stage.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(MIN_COLUMN_WIDTH)
        self.setMaximumWidth(MAX_COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.model = ColumnModel(stage, drop_handler)
        self.header = ColumnHeader(self, conversion)
        self.view = ColumnListView(self)
        self.view.setObjectName(f"boardColumnList-{stage.id}")
        self.view.setModel(self.model)
        self.model.cards_changed.connect(lambda: self.header.show_figures(self.model))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def insert_below_header(self, widget: QWidget) -> None:
        """Show ``widget`` (the quick-create form) between the header and the cards."""
        self.layout().insertWidget(1, widget)

    @property
    def stage(self) -> StageInfo:
        """Return the stage this column shows."""
        return self.model.stage

    def sizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH, 600)
