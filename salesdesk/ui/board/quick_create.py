"""The quick-create form at the top of a column: title, customer (picked or new), value.

Enter moves from the title to the customer (picking a suggestion fills it in) to the value,
and adds the deal from the value field; Add does it from anywhere, Escape closes the form.
What the form cannot read, and what the core refuses, is shown under the fields and nothing
is saved.

Signals:
    closed(): the form was closed (after adding, or by Escape/Cancel).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.queries.customers import CustomerRow
from salesdesk.ui.formatting import parse_amount, tr
from salesdesk.ui.widgets.form_parts import error_label

_CONTEXT = "QuickCreate"


@dataclass(frozen=True)
class QuickDeal:
    """What the rep typed into the form."""

    title: str
    customer_id: int | None  # set when a customer was picked from the list
    customer_name: str
    value: Decimal


# Returns an error message for the rep, or None when the deal was created.
CreateDeal = Callable[[QuickDeal], str | None]


def customer_label(row: CustomerRow) -> str:
    """Return how a customer is offered in the picker: name, and company when known."""
    return f"{row.name} · {row.company_name}" if row.company_name else row.name


class QuickCreateForm(QFrame):
    """A small form that adds a deal to one stage."""

    closed = Signal()

    def __init__(self, create: CreateDeal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCreateForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._create = create
        self._picked: dict[str, int] = {}
        self.title = QLineEdit()
        self.title.setObjectName("quickCreateTitle")
        self.title.setPlaceholderText(tr(_CONTEXT, "Deal title"))
        self.customer = QLineEdit()
        self.customer.setObjectName("quickCreateCustomer")
        self.customer.setPlaceholderText(tr(_CONTEXT, "Customer (pick or type a new name)"))
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(completer)
        self.value = QLineEdit()
        self.value.setObjectName("quickCreateValue")
        self.value.setPlaceholderText(tr(_CONTEXT, "Value"))
        self.error = error_label("quickCreateError")
        add = QPushButton(tr(_CONTEXT, "Add"))
        add.setObjectName("quickCreateAdd")
        add.setDefault(True)
        add.clicked.connect(self.submit)
        cancel = QPushButton(tr(_CONTEXT, "Cancel"))
        cancel.clicked.connect(self.close_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        for widget in (self.title, self.customer, self.value, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.title.returnPressed.connect(self.customer.setFocus)
        self.customer.returnPressed.connect(self.value.setFocus)
        completer.activated.connect(lambda _text: self.value.setFocus())
        self.value.returnPressed.connect(self.submit)
        self.hide()

    def open_form(self, customers: Sequence[CustomerRow]) -> None:
        """Show an empty form with ``customers`` to pick from, the title focused."""
        self._picked = {}
        for row in customers:
            label = customer_label(row)
            if label in self._picked:  # namesakes without a company: tell them apart
                label = f"{label} (#{row.id})"
            self._picked[label] = row.id
        self._choices.setStringList(list(self._picked))
        for field in (self.title, self.customer, self.value):
            field.clear()
        self.error.hide()
        self.show()
        self.title.setFocus()

    def submit(self) -> bool:
        """Create the deal; on a problem show it and keep everything typed."""
        value = parse_amount(self.value.text())
        if value is None:
            return self._show_error(tr(_CONTEXT, "The value is not a number."))
        label = self.customer.text().strip()
        picked = self._picked.get(label)
        deal = QuickDeal(self.title.text(), picked, label if picked is None else "", value)
        problem = self._create(deal)
        if problem is not None:
            return self._show_error(problem)
        self.close_form()
        return True

    def close_form(self) -> None:
        """Hide the form without saving."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_form()
            return
        super().keyPressEvent(event)

    def _show_error(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        return False
