"""Recording an objection and the answer given, with the playbook of earlier answers beside it.

The playbook lists what was answered before to the same kind of objection, across all
customers (resolved ones first); double-clicking an entry takes its answer into the form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import FieldProblem
from salesdesk.core.i18n import noop
from salesdesk.core.labels import OBJECTION_TEXT
from salesdesk.core.models import ObjectionKind
from salesdesk.core.queries.objections import ObjectionRow
from salesdesk.ui.formatting import as_sentence, tr, word
from salesdesk.ui.widgets.form_parts import error_label, save_cancel_buttons

_CONTEXT = "Objections"
_ANSWER_ROLE = Qt.ItemDataRole.UserRole  # the answer an entry of the playbook carries


@dataclass(frozen=True)
class ObjectionInput:
    """What the rep entered."""

    deal_id: int
    kind: ObjectionKind
    text: str
    response: str
    resolved: bool


class ObjectionDialog(QDialog):
    """Record or change one objection; ``delete`` is offered for an existing one."""

    def __init__(
        self,
        deals: Sequence[tuple[int, str]],
        existing: ObjectionRow | None,
        playbook: Callable[[ObjectionKind], list[ObjectionRow]],
        save: Callable[[ObjectionInput], Sequence[FieldProblem]],
        delete: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("objectionDialog")
        self.setWindowTitle(tr(_CONTEXT, "Objection"))
        self.resize(860, 460)
        self._playbook = playbook
        self._save = save
        self.deal = QComboBox()
        self.deal.setObjectName("objectionDeal")
        for deal_id, title in deals:
            self.deal.addItem(title, deal_id)
        self.kind = QComboBox()
        self.kind.setObjectName("objectionKind")
        for kind in ObjectionKind:
            self.kind.addItem(word(OBJECTION_TEXT[kind]), kind.value)
        self.said = QPlainTextEdit()
        self.said.setObjectName("objectionText")
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("objectionResponse")
        for box in (self.said, self.answer):
            box.setTabChangesFocus(True)
        self.resolved = QCheckBox(tr(_CONTEXT, "Resolved"))
        self.resolved.setObjectName("objectionResolved")
        if existing is not None:
            self.deal.setCurrentIndex(max(self.deal.findData(existing.deal_id), 0))
            self.kind.setCurrentIndex(self.kind.findData(existing.kind.value))
            self.said.setPlainText(existing.text)
            self.answer.setPlainText(existing.response or "")
            self.resolved.setChecked(existing.resolved)
        self.errors = {
            name: error_label(f"objectionError-{name}") for name in ("deal_id", "text", "response")
        }
        form = QFormLayout()
        for title, widget, field in (
            (noop(_CONTEXT, "&Deal:"), self.deal, "deal_id"),
            (noop(_CONTEXT, "&Kind:"), self.kind, None),
            (noop(_CONTEXT, "What was &said:"), self.said, "text"),
            (noop(_CONTEXT, "&Answer given:"), self.answer, "response"),
            ("", self.resolved, None),
        ):
            box = QVBoxLayout()
            box.addWidget(widget)
            if field:
                box.addWidget(self.errors[field])
            label = QLabel(tr(_CONTEXT, title)) if title else QLabel()
            label.setBuddy(widget)
            form.addRow(label, box)
        self.book = QListWidget()
        self.book.setObjectName("objectionPlaybook")
        self.book.setWordWrap(True)
        self.book.setAlternatingRowColors(True)
        self.book.setSpacing(2)
        self.book.itemDoubleClicked.connect(self._take_answer)
        self.kind.currentIndexChanged.connect(self._show_playbook)
        side = QVBoxLayout()
        side.addWidget(QLabel(tr(_CONTEXT, "Playbook: earlier answers (double-click to use)")))
        side.addWidget(self.book)
        body = QHBoxLayout()
        body.addLayout(form, 3)
        body.addLayout(side, 2)
        buttons = save_cancel_buttons(self.submit, self.reject)
        if delete is not None:
            remove = QPushButton(tr(_CONTEXT, "Delete"))
            remove.setObjectName("objectionDelete")
            remove.clicked.connect(lambda: (delete(), self.accept()))
            buttons.addButton(remove, buttons.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self._show_playbook()

    def _show_playbook(self) -> None:
        self.book.clear()
        rows = self._playbook(ObjectionKind(self.kind.currentData()))
        # The same answer to the same words, given several times, is shown once, counted.
        times = Counter((row.text, row.response) for row in rows)
        shown: set[tuple[str, str | None]] = set()
        for row in rows:
            key = (row.text, row.response)
            if key in shown:
                continue
            shown.add(key)
            mark = "✓ " if row.resolved else ""
            more = f"  (×{times[key]})" if times[key] > 1 else ""
            item = QListWidgetItem(f"{mark}{row.customer}{more} — “{row.text}”\n→ {row.response}")
            item.setData(_ANSWER_ROLE, row.response)
            self.book.addItem(item)
        if not self.book.count():
            self.book.addItem(tr(_CONTEXT, "No answers to this kind of objection yet."))

    def _take_answer(self, item: QListWidgetItem) -> None:
        answer = item.data(_ANSWER_ROLE)
        if answer:
            self.answer.setPlainText(answer)

    def entered(self) -> ObjectionInput:
        """Return what the form holds."""
        return ObjectionInput(
            deal_id=self.deal.currentData() or 0,
            kind=ObjectionKind(self.kind.currentData()),
            text=self.said.toPlainText(),
            response=self.answer.toPlainText(),
            resolved=self.resolved.isChecked(),
        )

    def submit(self) -> bool:
        """Save; close when saved, else show each problem under its field."""
        problems = list(self._save(self.entered()))
        for label in self.errors.values():
            label.hide()
        for problem in problems:
            label = self.errors.get(problem.field, self.errors["text"])
            label.setText(as_sentence(problem.message))
            label.show()
        if problems:
            return False
        self.accept()
        return True
