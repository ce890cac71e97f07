"""A read-only table model over a tuple of plain rows, described by a list of columns.

A column may give a tooltip (shown literally) and mark a cell as a warning; the model may
mark whole rows (today's, say), which show in bold.

The rows may come a page at a time (``set_rows`` with ``more``): the model holds the first
rows, and the view asks for the next page (``fetchMore``) as it scrolls to the last one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from salesdesk.ui.widgets.form_parts import ERROR_COLOUR
from salesdesk.ui.widgets.labels import plain_tip

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, the text a row shows, and what the column sorts by."""

    header: str
    text: Callable[[Row], str]
    # A str, int or float (what a proxy model can compare); the lower-cased text by default.
    sort_key: Callable[[Row], str | int | float] | None = None
    numeric: bool = False  # right-aligned, as figures are
    tip: Callable[[Row], str] | None = None  # a tooltip (plain text): the whole of a long text
    warning: Callable[[Row], bool] | None = None  # True: the cell shows in the warning colour
    shrinks: bool = True  # may be cut back (with "…") when the list is too narrow for all


# Reads the rows after the first ``offset``: ``limit`` of them, or all when it is None.
More = Callable[[int, int | None], Sequence[Row]]


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Shows ``rows`` in ``columns``; ``ID_ROLE`` gives a row's id, ``SORT_ROLE`` its sort key."""

    PAGE = 200  # rows read at a time when they come a page at a time

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        row_id: Callable[[Row], int],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._row_id = row_id
        self._rows: tuple[Row, ...] = ()
        self._more: More[Row] | None = None  # reads the rows not yet held
        self._total = 0  # how many rows there are, held or not
        self._sort: tuple[int, Qt.SortOrder] | None = None  # None: the order rows came in
        self._marked: Callable[[Row], bool] = lambda row: False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_marked(self, marked: Callable[[Row], bool]) -> None:
        """Show the rows ``marked`` accepts in bold (today's activities, say)."""
        self._marked = marked
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.FontRole])

    def is_marked(self, row: int) -> bool:
        """Return True when the row shown at ``row`` is marked."""
        return self._marked(self._rows[row])

    def set_rows(
        self, rows: Sequence[Row], total: int | None = None, more: More[Row] | None = None
    ) -> None:
        """Replace every row (sorted as the view last asked).

        With ``more``, ``rows`` are the first of ``total``: ``more(offset, limit)`` reads the
        ``limit`` rows after the first ``offset`` (every one left when ``limit`` is None).
        Sorted by a column, every row is read at once: its order needs them all.
        """
        self.beginResetModel()
        self._total = len(rows) if more is None or total is None else total
        self._more = more if self._total > len(rows) else None
        if self._sort is not None and self._more is not None:
            rows = [*rows, *self._more(len(rows), None)]
            self._more, self._total = None, len(rows)
        self._rows = self._sorted(rows)
        self.endResetModel()

    def total(self) -> int:
        """Return how many rows there are, read or still to be read."""
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Read the next page of rows (the view asks as it scrolls to the last one)."""
        if self.canFetchMore(parent):
            self._append(self._more(len(self._rows), self.PAGE))  # type: ignore[misc]

    def fetch_all(self) -> None:
        """Read every row not read yet."""
        if self._more is not None:
            self._append(self._more(len(self._rows), None))

    def _append(self, rows: Sequence[Row]) -> None:
        first = len(self._rows)
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows = self._rows + tuple(rows)
            self.endInsertRows()
        if not rows or len(self._rows) >= self._total:
            self._more, self._total = None, len(self._rows)  # no more (some may have gone)

    def _sorted(self, rows: Sequence[Row]) -> tuple[Row, ...]:
        if self._sort is None:
            return tuple(rows)
        column, order = self._columns[self._sort[0]], self._sort[1]
        key = column.sort_key or (lambda row: column.text(row).casefold())
        return tuple(sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's sort key (stable); -1 keeps the order the rows came in.

        Sorting here rather than in a QSortFilterProxyModel keeps a reset of 50,000 rows cheap:
        a proxy asks the model for every row's index, one Python call each.
        """
        self._sort = (column, order) if 0 <= column < len(self._columns) else None
        if self._sort is None:
            return
        self.fetch_all()
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted(before)
        where = {id(row): number for number, row in enumerate(self._rows)}
        for index in self.persistentIndexList():
            moved = where[id(before[index.row()])]
            self.changePersistentIndex(index, self.index(moved, index.column()))
        self.layoutChanged.emit()

    def column(self, number: int) -> Column[Row]:
        """Return the column shown at ``number``."""
        return self._columns[number]

    def row_at(self, row: int) -> Row:
        """Return the row shown at ``row``."""
        return self._rows[row]

    def id_at(self, row: int) -> int:
        """Return the id of the row shown at ``row``."""
        return self._row_id(self._rows[row])

    def row_of(self, row_id: int) -> int | None:
        """Return where the row with ``row_id`` is shown, or None."""
        return next(
            (number for number, row in enumerate(self._rows) if self._row_id(row) == row_id), None
        )

    def rows(self) -> tuple[Row, ...]:
        """Return the rows in the order shown."""
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row).casefold()
        if role == ID_ROLE:
            return self._row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return plain_tip(column.tip(row)) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.warning and column.warning(row):
            return QColor(ERROR_COLOUR)
        if role == Qt.ItemDataRole.FontRole and self._marked(row):
            return self._bold
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
