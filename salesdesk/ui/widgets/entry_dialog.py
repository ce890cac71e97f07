"""The base of the card's small entry forms: labelled fields, refusals under them, Delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import FieldProblem
from salesdesk.ui.formatting import as_sentence, date_format, tr
from salesdesk.ui.widgets.form_parts import error_label, save_cancel_buttons

_CONTEXT = "Entries"


def date_edit(day: date) -> QDateEdit:
    """Return a date field with a calendar, in the locale's format with a four-digit year."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def picked(edit: QDateEdit) -> date:
    """Return the date a date field shows."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())


class EntryDialog(QDialog):
    """A small form with Save, Cancel and (for an existing entry) Delete."""

    def __init__(
        self,
        title: str,
        name: str,
        delete: Callable[[], None] | None,
        parent: QWidget | None,
        *,
        error_prefix: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self._delete = delete
        self._error_prefix = error_prefix or f"{name}Error"

    def add_row(
        self, title: str, field: str, widget: QWidget, buddy: QWidget | None = None
    ) -> None:
        """Add a labelled field with room for its refusal message below it.

        ``buddy`` is what the label's shortcut focuses (``widget`` unless it is a container).
        """
        error = error_label(f"{self._error_prefix}-{field}")
        self.errors[field] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        label = QLabel(tr(_CONTEXT, title))
        label.setBuddy(buddy or widget)
        self.form.addRow(label, box)

    def finish(self, submit: Callable[[], bool]) -> None:
        """Lay out the form and its buttons."""
        buttons = save_cancel_buttons(submit, self.reject)
        if self._delete is not None:
            remove = QPushButton(tr(_CONTEXT, "Delete"))
            remove.setObjectName(f"{self.objectName()}Delete")
            remove.clicked.connect(self._on_delete)
            buttons.addButton(remove, buttons.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def _on_delete(self) -> None:
        if self._delete is not None:
            self._delete()
        self.accept()

    def show_problems(self, problems: Sequence[FieldProblem]) -> bool:
        """Show each problem under its field; return True when there were none (and close)."""
        for label in self.errors.values():
            label.hide()
            label.clear()
        for problem in problems:  # several problems of one field are listed one per line
            label = self.errors.get(problem.field) or next(iter(self.errors.values()))
            text = label.text()
            label.setText((text + "\n" if text else "") + as_sentence(problem.message))
            label.show()
        if problems:
            # Messages add lines: grow the dialog rather than squeeze the fields.
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return False
        self.accept()
        return True
