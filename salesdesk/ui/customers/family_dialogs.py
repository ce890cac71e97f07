"""Dialogs for a family member and for an important date; refusals appear under the field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import FieldProblem
from salesdesk.core.models import DateKind, Relation
from salesdesk.core.queries.profile import DateRow, Relative
from salesdesk.ui.form_parts import error_label, save_cancel_buttons
from salesdesk.ui.formatting import as_sentence, date_format, tr

_CONTEXT = "Family"


@dataclass(frozen=True)
class MemberInput:
    """A family member as entered."""

    name: str
    relation: Relation
    birthday: date | None
    notes: str


@dataclass(frozen=True)
class DateInput:
    """An important date as entered."""

    label: str
    kind: DateKind
    on_date: date
    yearly: bool


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def _picked(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


class _EntryDialog(QDialog):
    """A small form with Save, Cancel and (for an existing entry) Delete."""

    def __init__(
        self, title: str, name: str, delete: Callable[[], None] | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self._delete = delete

    def add_row(self, title: str, field: str, widget: QWidget) -> None:
        """Add a labelled field with room for its refusal message below it."""
        error = error_label(f"{self.objectName()}Error-{field}")
        self.errors[field] = error
        box = QVBoxLayout()
        box.addWidget(widget)
        box.addWidget(error)
        label = QLabel(tr(_CONTEXT, title))
        label.setBuddy(widget)
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
        for problem in problems:
            label = self.errors.get(problem.field) or next(iter(self.errors.values()))
            label.setText(as_sentence(problem.message))
            label.show()
        if problems:
            return False
        self.accept()
        return True


class MemberDialog(_EntryDialog):
    """Add or change a family member."""

    def __init__(
        self,
        existing: Relative | None,
        save: Callable[[MemberInput], Sequence[FieldProblem]],
        delete: Callable[[], None] | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "Family Member"), "memberDialog", delete, parent)
        self._save = save
        self.name = QLineEdit(existing.name if existing else "")
        self.relation = QComboBox()
        for relation in Relation:
            self.relation.addItem(relation.value.capitalize(), relation.value)
        if existing is not None:
            self.relation.setCurrentIndex(self.relation.findData(existing.relation.value))
        born = existing.birthday if existing and existing.birthday else None
        self.has_birthday = QCheckBox(tr(_CONTEXT, "Known"))
        self.birthday = _date_edit(born or date(today.year - 10, 1, 1))
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        self.has_birthday.setChecked(born is not None)
        self.birthday.setEnabled(born is not None)
        birthday = QWidget()
        row = QHBoxLayout(birthday)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_birthday)
        row.addWidget(self.birthday, 1)
        self.notes = QLineEdit(existing.notes or "" if existing else "")
        self.add_row("&Name:", "name", self.name)
        self.add_row("&Relation:", "relation", self.relation)
        self.add_row("&Birthday:", "birthday", birthday)
        self.add_row("N&otes:", "notes", self.notes)
        self.finish(self.submit)

    def submit(self) -> bool:
        """Save; close when saved."""
        entered = MemberInput(
            self.name.text(), Relation(self.relation.currentData()),
            _picked(self.birthday) if self.has_birthday.isChecked() else None, self.notes.text(),
        )  # fmt: skip
        return self.show_problems(self._save(entered))


class DateDialog(_EntryDialog):
    """Add or change an important date."""

    def __init__(
        self,
        existing: DateRow | None,
        save: Callable[[DateInput], Sequence[FieldProblem]],
        delete: Callable[[], None] | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "Important Date"), "dateDialog", delete, parent)
        self._save = save
        self.label = QLineEdit(existing.label if existing else "")
        self.label.setPlaceholderText(tr(_CONTEXT, "e.g. Wedding anniversary"))
        self.kind = QComboBox()
        for kind in DateKind:
            self.kind.addItem(kind.value.capitalize(), kind.value)
        if existing is not None:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind.value))
        self.on_date = _date_edit(existing.on_date if existing else today)
        self.yearly = QCheckBox(tr(_CONTEXT, "Every year"))
        self.yearly.setChecked(existing.yearly if existing else True)
        self.add_row("&What:", "label", self.label)
        self.add_row("&Kind:", "kind", self.kind)
        self.add_row("&Date:", "on_date", self.on_date)
        self.add_row("", "yearly", self.yearly)
        self.finish(self.submit)

    def submit(self) -> bool:
        """Save; close when saved."""
        entered = DateInput(self.label.text(), DateKind(self.kind.currentData()),
                            _picked(self.on_date), self.yearly.isChecked())  # fmt: skip
        return self.show_problems(self._save(entered))
