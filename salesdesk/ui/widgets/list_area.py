"""An area that shows its real data as a sortable list, with a title and a one-line summary.

Whenever the list is filled again (a search, a filter, another day, a change) it keeps the
current row, the selection and the scroll position of the rows still listed; when the current
row is no longer listed, ``current_gone`` lets the side panel show nothing instead of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salesdesk.ui.widgets.column_fit import fit_widths
from salesdesk.ui.widgets.rows_model import Column, More, RowsModel

_WIDEST = 320  # a column sized to its contents is never wider than this
_PADDING = 12


class _RowsView(QTableView):
    """The list's table; Select All (Ctrl+A) takes every row, those not read yet too."""

    def selectAll(self) -> None:  # noqa: N802
        """Read the rows still to come, then select them all: what acts on "all" gets all."""
        model = self.model()
        if isinstance(model, RowsModel):
            model.fetch_all()
        super().selectAll()


class ListArea(QWidget):
    """A titled, sortable list; subclasses fill it in ``reload``."""

    def __init__(
        self,
        object_name: str,
        title: str,
        columns: Sequence[Column[Any]],
        row_id: Callable[[Any], int],
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.model: RowsModel[Any] = RowsModel(columns, row_id, self)

        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{object_name}Summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        # A table view, not a tree: a tree lays out every row on a reset, one Python call each.
        self.view = _RowsView(self)
        self.view.setObjectName(f"{object_name}List")
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the order rows came in
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName(f"{object_name}Empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self._natural: list[int] = []  # the columns' widths by content, once rows came
        self.view.viewport().installEventFilter(self)

    def insert_above_list(self, widget: QWidget) -> None:
        """Show ``widget`` (a search field, say) between the summary and the list."""
        self.layout().insertWidget(2, widget)

    def current_id(self) -> int | None:
        """Return the id of the current row, or None."""
        current = self.view.currentIndex()
        return self.model.id_at(current.row()) if current.isValid() else None

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected rows, in list order."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def show_rows(
        self,
        rows: Sequence[Any],
        summary: str,
        total: int | None = None,
        more: More[Any] | None = None,
    ) -> None:
        """Show ``rows`` (or the empty text when there are none) under ``summary``.

        With ``more``, ``rows`` are the first of ``total``, the rest read as the list scrolls
        (``RowsModel.set_rows``). The current row, the selection and the scroll position stay
        where the rows are still listed (among those read); a current row no longer listed
        calls ``current_gone``.
        """
        current, selected = self.current_id(), set(self.selected_ids())
        scroll = self.view.verticalScrollBar().value()
        self.model.set_rows(rows, total, more)
        self.summary.setText(summary)
        self.pages.setCurrentWidget(self.view if rows else self.empty)
        self._restore(current, selected)
        self.view.verticalScrollBar().setValue(scroll)
        if current is not None and self.current_id() != current:
            self.current_gone()
        if rows and not self._natural:
            self._natural = [self._natural_width(n) for n in range(self.model.columnCount())]
            self.fit_columns()

    def _natural_width(self, column: int) -> int:
        """Return the width a column's contents and its heading ask for (capped)."""
        header = self.view.horizontalHeader()
        heading = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = max(
            self.view.sizeHintForColumn(column), header.fontMetrics().horizontalAdvance(heading)
        )
        return max(min(wanted + _PADDING, _WIDEST), header.minimumSectionSize())

    def fit_columns(self) -> None:
        """Size the columns to their contents, shortening the widest so that all fit."""
        if not self._natural:
            return
        header = self.view.horizontalHeader()
        shown = [n for n in range(len(self._natural)) if not self.view.isColumnHidden(n)]
        natural = [self._natural[n] for n in shown]
        minimum = [
            header.sectionSizeFromContents(n).width() if self.model.column(n).shrinks else width
            for n, width in zip(shown, natural, strict=True)
        ]
        available = self.view.viewport().width()
        widths = fit_widths(natural, minimum, available)
        for column, width in zip(shown[:-1], widths[:-1], strict=True):
            self.view.setColumnWidth(column, width)
        rest = available - sum(widths[:-1])  # the last column takes what is left
        self.view.setColumnWidth(shown[-1], max(widths[-1] if rest < 0 else rest, 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Fit the columns again whenever the list's width changes."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _restore(self, current: int | None, selected: set[int]) -> None:
        selection = self.view.selectionModel()
        chosen = QItemSelection()
        last = self.model.columnCount() - 1
        for row in range(self.model.rowCount()) if selected else ():
            if self.model.id_at(row) in selected:
                chosen.select(self.model.index(row, 0), self.model.index(row, last))
        if not chosen.isEmpty():
            selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            flag = QItemSelectionModel.SelectionFlag.NoUpdate
            selection.setCurrentIndex(self.model.index(row, 0), flag)

    def select_id(self, row_id: int) -> bool:
        """Make the row with ``row_id`` the current, only selected row; False if not listed."""
        row = self.model.row_of(row_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def current_gone(self) -> None:
        """Show no record in the side panel: the current row is no longer listed (override)."""

    def focus_search(self) -> None:
        """Put the keyboard in this area's search field (override; the list by default)."""
        self.view.setFocus()

    def focus_area(self) -> None:
        """Put the keyboard on the list (when the area is shown)."""
        self.view.setFocus()

    def reload(self, session: Session, now: datetime) -> None:
        """Read this area's data as of ``now``."""
        raise NotImplementedError
