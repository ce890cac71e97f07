"""The agenda's filter: a kind, and text found in the customer, deal, place or objective.

Escape in either clears it; ``changed`` says when the rows to show are others.

Signals:
    changed(): the filter asks for other rows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from salesdesk.core.models import ActivityKind
from salesdesk.core.queries import VisitRow
from salesdesk.ui.formatting import tr
from salesdesk.ui.visits.agenda_columns import kind_text
from salesdesk.ui.widgets.escape import clear_on_escape

_CONTEXT = "VisitsView"


class AgendaFilter(QWidget):
    """A search field and a kind choice above the agenda."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsFilter")
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("visitsSearch")
        self.search_field.setPlaceholderText(
            tr(_CONTEXT, "Filter by customer, deal, place or objective… (Esc clears)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.changed)
        self.kind = QComboBox(self)
        self.kind.setObjectName("visitsFilterKind")
        self.kind.addItem(tr(_CONTEXT, "All kinds"), None)
        for kind in ActivityKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.kind.currentIndexChanged.connect(self.changed)
        clear_on_escape(self.search_field, self.kind)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_field, 1)
        row.addWidget(self.kind)

    def is_empty(self) -> bool:
        """Return True when the filter lets every row through."""
        return not self.search_field.text().strip() and self.kind.currentData() is None

    def accepts(self, row: VisitRow) -> bool:
        """Return True when ``row`` is of the kind chosen and holds the text typed."""
        kind = self.kind.currentData()
        if kind is not None and row.kind.value != kind:
            return False
        text = self.search_field.text().strip().casefold()
        if not text:
            return True
        fields = (row.customer_name, row.deal_title, row.place, row.objective, row.city)
        return any(text in field.casefold() for field in fields if field)
