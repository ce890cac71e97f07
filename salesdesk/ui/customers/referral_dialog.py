"""Asking a customer for referrals: up to three people, each with a phone number if known."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from salesdesk.core.errors import FieldProblem
from salesdesk.core.operations.referrals import MAX_REFERRALS, ReferralInput
from salesdesk.ui.formatting import as_sentence, tr
from salesdesk.ui.widgets.form_parts import error_label, save_cancel_buttons
from salesdesk.ui.widgets.labels import plain_label

_CONTEXT = "Referrals"


class ReferralDialog(QDialog):
    """Up to three names and phone numbers; Save records the filled rows as one step."""

    def __init__(
        self,
        customer: str,
        reason: str,
        save: Callable[[list[ReferralInput]], Sequence[FieldProblem]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self.setWindowTitle(tr(_CONTEXT, "Referrals from %1", customer))
        self.setMinimumWidth(520)
        self._save = save
        intro = plain_label(reason)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr(_CONTEXT, "Name")), 0, 0)
        grid.addWidget(QLabel(tr(_CONTEXT, "Phone (optional)")), 0, 1)
        self.names: list[QLineEdit] = []
        self.phones: list[QLineEdit] = []
        for row in range(MAX_REFERRALS):
            name, phone = QLineEdit(), QLineEdit()
            name.setObjectName(f"referralName-{row}")
            phone.setObjectName(f"referralPhone-{row}")
            grid.addWidget(name, row + 1, 0)
            grid.addWidget(phone, row + 1, 1)
            self.names.append(name)
            self.phones.append(phone)
        self.errors = error_label("referralErrors")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.errors)
        layout.addWidget(save_cancel_buttons(self.submit, self.reject))
        self.names[0].setFocus()

    def entered(self) -> list[ReferralInput]:
        """Return the rows as entered."""
        return [
            ReferralInput(name.text(), phone.text())
            for name, phone in zip(self.names, self.phones, strict=True)
        ]

    def submit(self) -> bool:
        """Save; close when saved, else list the problems."""
        problems = list(self._save(self.entered()))
        self.errors.setText("\n".join(as_sentence(problem.message) for problem in problems))
        self.errors.setVisible(bool(problems))
        if problems:
            return False
        self.accept()
        return True
