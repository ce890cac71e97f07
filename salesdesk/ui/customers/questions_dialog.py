"""Editing the guiding questions of Family, Career, Leisure and Money.

One tab per section: double-click (or F2) rewords a question, drag reorders, Add and Remove.
Removed questions are retired; answers already given to them stay on the cards as facts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import FieldProblem
from salesdesk.core.labels import SECTION_TITLES
from salesdesk.core.models import FormSection
from salesdesk.core.queries.questions import QuestionDraft
from salesdesk.ui.formatting import as_sentence, tr, word
from salesdesk.ui.widgets.form_parts import beside_buttons, error_label, save_cancel_buttons

_CONTEXT = "Questions"
_ID_ROLE = Qt.ItemDataRole.UserRole


class QuestionsDialog(QDialog):
    """The question lists of all four sections; Save stores them as one undoable step."""

    def __init__(
        self,
        questions: Mapping[FormSection, Sequence[QuestionDraft]],
        save: Callable[[dict[FormSection, list[QuestionDraft]]], Sequence[FieldProblem]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionsDialog")
        self.setWindowTitle(tr(_CONTEXT, "Guiding Questions"))
        self.resize(640, 520)
        self._save = save
        self.lists: dict[FormSection, QListWidget] = {}
        tabs = QTabWidget()
        for section in FormSection:
            tabs.addTab(
                self._page(section, questions.get(section, ())),
                word(SECTION_TITLES[section]),
            )
        self.problems = error_label("questionsProblems")
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.problems)
        layout.addWidget(save_cancel_buttons(self.submit, self.reject))

    def _page(self, section: FormSection, questions: Sequence[QuestionDraft]) -> QWidget:
        page = QWidget()
        questions_list = QListWidget()
        questions_list.setObjectName(f"questions-{section.value}")
        questions_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        questions_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for question_id, prompt in questions:
            self._add_item(questions_list, question_id, prompt)
        self.lists[section] = questions_list
        row = beside_buttons(
            questions_list,
            [
                (
                    f"questionsAdd-{section.value}",
                    tr(_CONTEXT, "&Add"),
                    lambda: self.add_question(section),
                ),
                (
                    f"questionsRemove-{section.value}",
                    tr(_CONTEXT, "&Remove"),
                    lambda: self.remove_question(section),
                ),
            ],
        )
        QVBoxLayout(page).addLayout(row)
        return page

    @staticmethod
    def _add_item(
        questions_list: QListWidget, question_id: int | None, prompt: str
    ) -> QListWidgetItem:
        item = QListWidgetItem(prompt)
        item.setData(_ID_ROLE, question_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        questions_list.addItem(item)
        return item

    def add_question(self, section: FormSection) -> None:
        """Add a new question at the end and start editing it."""
        questions_list = self.lists[section]
        item = self._add_item(questions_list, None, tr(_CONTEXT, "New question?"))
        questions_list.setCurrentItem(item)
        questions_list.editItem(item)

    def remove_question(self, section: FormSection) -> None:
        """Take the selected question off the list (it is retired when saved)."""
        questions_list = self.lists[section]
        row = questions_list.currentRow()
        if row >= 0:
            questions_list.takeItem(row)

    def drafts(self) -> dict[FormSection, list[QuestionDraft]]:
        """Return every section's questions as listed."""
        return {
            section: [
                (questions_list.item(row).data(_ID_ROLE), questions_list.item(row).text())
                for row in range(questions_list.count())
            ]
            for section, questions_list in self.lists.items()
        }

    def submit(self) -> bool:
        """Save; close when saved, else say what is wrong."""
        problems = list(self._save(self.drafts()))
        text = "\n".join(
            f"{word(SECTION_TITLES[FormSection(p.field)])}: {as_sentence(p.message)}"
            if p.field in FormSection._value2member_map_
            else as_sentence(p.message)
            for p in problems
        )
        self.problems.setText(text)
        self.problems.setVisible(bool(problems))
        if problems:
            return False
        self.accept()
        return True
