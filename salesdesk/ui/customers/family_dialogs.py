"""Dialogs for a family member and for an important date; refusals appear under the field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from salesdesk.core.errors import FieldProblem
from salesdesk.core.models import DateKind, Relation
from salesdesk.core.queries.profile import DateRow, Relative
from salesdesk.ui.formatting import tr
from salesdesk.ui.widgets.entry_dialog import EntryDialog, date_edit, picked

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


class MemberDialog(EntryDialog):
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
        self.birthday = date_edit(born or date(today.year - 10, 1, 1))
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
            self.name.text(),
            Relation(self.relation.currentData()),
            picked(self.birthday) if self.has_birthday.isChecked() else None,
            self.notes.text(),
        )
        return self.show_problems(self._save(entered))


class DateDialog(EntryDialog):
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
        self.on_date = date_edit(existing.on_date if existing else today)
        self.yearly = QCheckBox(tr(_CONTEXT, "Every year"))
        self.yearly.setChecked(existing.yearly if existing else True)
        self.add_row("&What:", "label", self.label)
        self.add_row("&Kind:", "kind", self.kind)
        self.add_row("&Date:", "on_date", self.on_date)
        self.add_row("", "yearly", self.yearly)
        self.finish(self.submit)

    def submit(self) -> bool:
        """Save; close when saved."""
        entered = DateInput(
            self.label.text(),
            DateKind(self.kind.currentData()),
            picked(self.on_date),
            self.yearly.isChecked(),
        )
        return self.show_problems(self._save(entered))
