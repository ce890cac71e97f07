"""Closing an activity: what came of it, and the next step (which plans the next activity)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from salesdesk.core import local_time
from salesdesk.core.errors import FieldProblem
from salesdesk.core.labels import STATUS_TEXT
from salesdesk.core.models import ActivityStatus
from salesdesk.ui.formatting import datetime_format, tr, word
from salesdesk.ui.visits.plan_dialog import next_slot
from salesdesk.ui.widgets.entry_dialog import EntryDialog

_CONTEXT = "CloseVisit"


@dataclass(frozen=True)
class CloseInput:
    """What the rep wrote when closing an activity."""

    outcome: str
    next_step: str
    next_at: datetime | None


class CloseDialog(EntryDialog):
    """Outcome, next step and (optionally) when the next step happens."""

    def __init__(
        self,
        status: ActivityStatus,
        save: Callable[[CloseInput], Sequence[FieldProblem]],
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(word(STATUS_TEXT[status]), "closeDialog", None, parent)
        self._save = save
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(self.outcome.fontMetrics().lineSpacing() * 4 + 12)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(tr(_CONTEXT, "e.g. Send the revised offer"))
        self.plan_next = QCheckBox(tr(_CONTEXT, "Plan it for"))
        start = next_slot(now)
        self.next_at = QDateTimeEdit(QDateTime(start.date(), QTime(start.hour, start.minute)))
        self.next_at.setCalendarPopup(True)
        self.next_at.setDisplayFormat(datetime_format())
        self.plan_next.toggled.connect(self.next_at.setEnabled)
        self.next_at.setEnabled(False)
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plan_next)
        row.addWidget(self.next_at, 1)
        self.add_row("&What came of it:", "outcome", self.outcome)
        self.add_row("&Next step:", "next_step", self.next_step)
        self.add_row("", "next_at", when)
        self.finish(self.submit)

    def entered(self) -> CloseInput:
        """Return what the form holds."""
        next_at = None
        if self.plan_next.isChecked():
            chosen = self.next_at.dateTime()
            day, clock = chosen.date(), chosen.time()
            wall = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
            next_at = local_time.localize(wall).astimezone(UTC)
        return CloseInput(self.outcome.toPlainText(), self.next_step.text(), next_at)

    def submit(self) -> bool:
        """Close the activity; the dialog closes when it was saved."""
        return self.show_problems(self._save(self.entered()))
