"""How often customers of each tier should be met: the follow-up cadence in days."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QSpinBox, QWidget

from salesdesk.core.errors import FieldProblem
from salesdesk.core.models import Tier
from salesdesk.ui.formatting import tr
from salesdesk.ui.widgets.entry_dialog import EntryDialog

_CONTEXT = "Cadence"


class CadenceDialog(EntryDialog):
    """One spin box per tier; customers past their cadence show up as due."""

    def __init__(
        self,
        days: dict[Tier, int],
        save: Callable[[dict[Tier, int]], Sequence[FieldProblem]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "Follow-up Cadence"), "cadenceDialog", None, parent)
        self._save = save
        self.spins: dict[Tier, QSpinBox] = {}
        for tier in Tier:
            spin = QSpinBox()
            spin.setRange(1, 365)
            spin.setSuffix(tr(_CONTEXT, " days"))
            spin.setValue(days[tier])
            self.spins[tier] = spin
            self.add_row(tr(_CONTEXT, "Tier %1, every:", tier.value), f"tier_{tier.value}", spin)
        self.finish(self.submit)

    def submit(self) -> bool:
        """Save; close when saved."""
        return self.show_problems(self._save({t: s.value() for t, s in self.spins.items()}))
