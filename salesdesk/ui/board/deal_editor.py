"""The deal editor: every field of a deal, its state and outcomes, and its history.

The dialog never writes itself: Save hands the fields to a ``save`` callable (the board runs
the core operation in one transaction) and closes only when nothing was refused. The outcome
buttons (Mark won…, Mark lost…, Put on hold, Resume, Reopen…) save the fields first, then
decide the outcome as its own undo step, and close the editor. The History tab shows the
deal's timeline (read when the tab is first opened) and takes a note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

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
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import local_time
from salesdesk.core.board import StageInfo
from salesdesk.core.i18n import noop
from salesdesk.core.labels import BANT_TEXT, NEADS_TEXT
from salesdesk.core.models import DealStatus, utc_now
from salesdesk.core.operations.deal_editing import DealFields, FieldProblem
from salesdesk.core.queries.customers import CustomerRow
from salesdesk.core.queries.deal_lists import DealRow
from salesdesk.core.queries.timeline import Event
from salesdesk.ui.board.quick_create import customer_label
from salesdesk.ui.deals.states import state_text
from salesdesk.ui.deals.timeline_view import TimelineView
from salesdesk.ui.formatting import (
    as_sentence,
    date_format,
    format_amount,
    parse_amount,
    tr,
    word,
)
from salesdesk.ui.widgets.form_parts import error_label, save_cancel_buttons
from salesdesk.ui.widgets.labels import plain_label

_CONTEXT = "DealEditor"
_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CNY", "JPY", "KRW")
_BANT = tuple(BANT_TEXT.items())  # one set of words, as on the customer card
_NEADS = tuple(NEADS_TEXT.items())  # one set of words, as on the customer card

# Saves the fields and the chosen stage; returns what was refused (empty: saved).
SaveDeal = Callable[[DealFields, int], Sequence[FieldProblem]]

# The outcome buttons: (object name, label, outcome) per state of the deal.
OUTCOME_BUTTONS = {
    DealStatus.OPEN: (
        ("dealEditorWon", noop(_CONTEXT, "Mark &won…"), "won"),
        ("dealEditorLost", noop(_CONTEXT, "Mark &lost…"), "lost"),
        ("dealEditorHold", noop(_CONTEXT, "Put on &hold"), "hold"),
    ),
    DealStatus.SUSPENDED: (
        ("dealEditorResume", noop(_CONTEXT, "Re&sume"), "resume"),
        ("dealEditorWon", noop(_CONTEXT, "Mark &won…"), "won"),
        ("dealEditorLost", noop(_CONTEXT, "Mark &lost…"), "lost"),
    ),
    DealStatus.WON: (("dealEditorReopen", noop(_CONTEXT, "Re&open…"), "reopen"),),
    DealStatus.LOST: (("dealEditorReopen", noop(_CONTEXT, "Re&open…"), "reopen"),),
}


@dataclass(frozen=True)
class EditorHooks:
    """What the editor asks of its owner: save, decide an outcome, read history, add a note."""

    save: SaveDeal
    decide: Callable[[str], bool]  # "won", "lost", "hold", "resume", "reopen": True when done
    history: Callable[[datetime | None], list[Event]]  # a page of events before a time
    add_note: Callable[[str], str | None]  # returns a problem, or None when saved


def _text_box(text: str | None) -> QPlainTextEdit:
    box = QPlainTextEdit(text or "")
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
    return box


class DealEditor(QDialog):
    """Edit one deal; ``save`` decides whether the dialog may close."""

    def __init__(
        self,
        fields: DealFields,
        state: DealRow,
        customers: Sequence[CustomerRow],
        stages: Sequence[StageInfo],
        hooks: EditorHooks,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dealEditor")
        self.setWindowTitle(tr(_CONTEXT, "Edit Deal"))
        self.setMinimumWidth(620)
        self._fields = fields
        self._state = state
        self._hooks = hooks
        self._save = hooks.save
        self._errors: dict[str, QLabel] = {}
        self.tabs = tabs = QTabWidget()
        tabs.setObjectName("dealEditorTabs")
        tabs.addTab(self._deal_page(fields, state, customers, stages, now), tr(_CONTEXT, "Deal"))
        tabs.addTab(self._qualification_page(fields), tr(_CONTEXT, "Qualification"))
        self.history = TimelineView("dealTimeline", hooks.history, with_deal=False)
        self.history.note_written.connect(self._on_note)
        tabs.addTab(self.history, tr(_CONTEXT, "&History"))
        self._history_read = False
        tabs.currentChanged.connect(self._on_tab)
        self.problems = error_label("dealEditorProblems")
        buttons = save_cancel_buttons(self.submit, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.title.setFocus()
        self.title.selectAll()

    # --- pages --------------------------------------------------------------------------
    def _row(
        self, form: QFormLayout, label: str, field: str, widget: QWidget, buddy: QWidget
    ) -> None:
        error = error_label(f"dealEditorError-{field}")
        self._errors[field] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        name = QLabel(label)
        name.setBuddy(buddy)
        form.addRow(name, box)

    def _deal_page(
        self,
        fields: DealFields,
        state: DealRow,
        customers: Sequence[CustomerRow],
        stages: Sequence[StageInfo],
        now: datetime,
    ) -> QWidget:
        self.title = QLineEdit(fields.title)
        self.title.setObjectName("dealEditorTitle")
        self.customer = QComboBox()
        self.customer.setObjectName("dealEditorCustomer")
        for row in customers:
            self.customer.addItem(customer_label(row), row.id)
        self.customer.setCurrentIndex(self.customer.findData(fields.customer_id))
        self.stage = QComboBox()
        self.stage.setObjectName("dealEditorStage")
        for stage in stages:
            self.stage.addItem(stage.name, stage.id)
        self.stage.setCurrentIndex(max(self.stage.findData(state.stage_id), 0))
        self.stage.setEnabled(state.status is DealStatus.OPEN)
        self.state = plain_label(
            state_text(
                state.status,
                state.stage,
                state.stage_entered_at,
                state.closed_at,
                state.lost_reason,
                state.lost_detail,
                now,
            )
        )
        self.state.setObjectName("dealEditorState")
        self.outcome_buttons: dict[str, QPushButton] = {}
        outcome = QWidget()
        outcome_row = QHBoxLayout(outcome)
        outcome_row.setContentsMargins(0, 0, 0, 0)
        outcome_row.addWidget(self.state, 1)
        for name, text, key in OUTCOME_BUTTONS[state.status]:
            button = QPushButton(tr(_CONTEXT, text))
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.decide(k))
            outcome_row.addWidget(button)
            self.outcome_buttons[key] = button
        self.value = QLineEdit(format_amount(fields.value))
        self.value.setObjectName("dealEditorValue")
        self.currency = QComboBox()
        self.currency.setObjectName("dealEditorCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(sorted({*_CURRENCIES, fields.currency}))
        self.currency.setCurrentText(fields.currency)
        money = QWidget()
        money_row = QHBoxLayout(money)
        money_row.setContentsMargins(0, 0, 0, 0)
        money_row.addWidget(self.value, 1)
        money_row.addWidget(self.currency)
        self.has_close = QCheckBox(tr(_CONTEXT, "Expected"))
        self.has_close.setObjectName("dealEditorHasClose")
        self.close_date = QDateEdit()
        self.close_date.setObjectName("dealEditorCloseDate")
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat(date_format())
        expected = fields.expected_close or local_time.local_day(utc_now())
        self.close_date.setDate(QDate(expected.year, expected.month, expected.day))
        self.has_close.toggled.connect(self.close_date.setEnabled)
        self.has_close.setChecked(fields.expected_close is not None)
        self.close_date.setEnabled(fields.expected_close is not None)
        closing = QWidget()
        closing_row = QHBoxLayout(closing)
        closing_row.setContentsMargins(0, 0, 0, 0)
        closing_row.addWidget(self.has_close)
        closing_row.addWidget(self.close_date, 1)
        self.probability = QSpinBox()
        self.probability.setObjectName("dealEditorProbability")
        self.probability.setRange(-1, 100)
        self.probability.setSuffix(" %")
        self.probability.setSpecialValueText(tr(_CONTEXT, "Stage default"))
        override = fields.probability_override
        self.probability.setValue(-1 if override is None else override)
        self.notes = _text_box(fields.notes)
        self.notes.setObjectName("dealEditorNotes")
        page = QWidget()
        form = QFormLayout(page)
        self._row(form, tr(_CONTEXT, "&Title:"), "title", self.title, self.title)
        self._row(form, tr(_CONTEXT, "C&ustomer:"), "customer_id", self.customer, self.customer)
        self._row(form, tr(_CONTEXT, "State:"), "state", outcome, self.state)
        if state.status is DealStatus.OPEN:
            self._row(form, tr(_CONTEXT, "&Stage:"), "stage_id", self.stage, self.stage)
        self._row(form, tr(_CONTEXT, "&Value:"), "value", money, self.value)
        self._errors["currency"] = self._errors["value"]
        self._row(form, tr(_CONTEXT, "Close &date:"), "expected_close", closing, self.has_close)
        self._row(
            form,
            tr(_CONTEXT, "&Probability:"),
            "probability_override",
            self.probability,
            self.probability,
        )
        self._row(form, tr(_CONTEXT, "&Notes:"), "notes", self.notes, self.notes)
        outer = QWidget()
        stacked = QVBoxLayout(outer)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(page)
        stacked.addStretch(1)  # the taller Qualification page sets the height
        return outer

    def _qualification_page(self, fields: DealFields) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.bant: dict[str, tuple[QLineEdit, QCheckBox]] = {}
        for key, label in _BANT:
            text = QLineEdit(getattr(fields, f"bant_{key}") or "")
            text.setObjectName(f"dealEditorBant-{key}")
            text.setCursorPosition(0)  # show the start of a long answer
            confirmed = QCheckBox(tr(_CONTEXT, "Confirmed"))
            confirmed.setChecked(getattr(fields, f"bant_{key}_ok"))
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(confirmed)
            form.addRow(tr(_CONTEXT, "%1:", word(label)), row)
            self.bant[key] = (text, confirmed)
        self.neads: dict[str, QPlainTextEdit] = {}
        for key, label in _NEADS:
            box = _text_box(getattr(fields, f"neads_{key}"))
            box.setObjectName(f"dealEditorNeads-{key}")
            form.addRow(word(label) + ":", box)
            self.neads[key] = box
        return page

    # --- saving -------------------------------------------------------------------------
    def entered_fields(self) -> DealFields | FieldProblem:
        """Return the fields as entered, or the problem that stops reading them."""
        value = parse_amount(self.value.text())
        if value is None:
            return FieldProblem("value", "the value is not a number")
        picked = self.close_date.date()
        override = self.probability.value()
        texts: dict[str, object] = {}
        for key, (text, confirmed) in self.bant.items():
            texts[f"bant_{key}"] = text.text()
            texts[f"bant_{key}_ok"] = confirmed.isChecked()
        for key, box in self.neads.items():
            texts[f"neads_{key}"] = box.toPlainText()
        return replace(
            self._fields,
            title=self.title.text(),
            customer_id=self.customer.currentData(),
            value=value,
            currency=self.currency.currentText(),
            expected_close=(
                date(picked.year(), picked.month(), picked.day())
                if self.has_close.isChecked()
                else None
            ),
            probability_override=None if override < 0 else override,
            notes=self.notes.toPlainText(),
            **texts,
        )

    def _saved(self) -> bool:
        entered = self.entered_fields()
        problems = (
            [entered]
            if isinstance(entered, FieldProblem)
            else list(self._save(entered, self.stage.currentData()))
        )
        self.show_problems(problems)
        return not problems

    def submit(self) -> bool:
        """Save through ``save``; close when saved, else show every problem."""
        if not self._saved():
            return False
        self.accept()
        return True

    def decide(self, outcome: str) -> bool:
        """Save the fields, then decide ``outcome`` (its own undo step); close when done."""
        if not self._saved() or not self._hooks.decide(outcome):
            return False
        self.accept()
        return True

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.history and not self._history_read:
            self._history_read = True
            self.history.reload()

    def _on_note(self, text: str) -> None:
        problem = self._hooks.add_note(text)
        if problem is not None:
            self.problems.setText(problem)
            self.problems.show()
            return
        self.history.note_saved()
        self.history.reload()

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Show each problem under its field; one without a field above the buttons."""
        for label in self._errors.values():
            label.hide()
        general = []
        for problem in problems:
            label = self._errors.get(problem.field)
            if label is None:
                general.append(as_sentence(problem.message))
                continue
            label.setText(as_sentence(problem.message))
            label.show()
        self.problems.setText("\n".join(general))
        self.problems.setVisible(bool(general))
