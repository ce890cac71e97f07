"""How long getting from one visit to the next takes: the times the day's route is checked with."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QSpinBox, QWidget

from salesdesk.core.errors import FieldProblem
from salesdesk.core.i18n import noop
from salesdesk.core.route import LIMITS, TravelRules
from salesdesk.ui.formatting import tr
from salesdesk.ui.widgets.entry_dialog import EntryDialog

_CONTEXT = "TravelTimes"


class TravelDialog(EntryDialog):
    """Minutes between cities, within one city, and the average speed with coordinates."""

    def __init__(
        self,
        rules: TravelRules,
        save: Callable[[TravelRules], Sequence[FieldProblem]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "Travel Times"), "travelDialog", None, parent)
        self._save = save
        self.spins: dict[str, QSpinBox] = {}
        for name, title, suffix, step in (
            ("between_cities", noop(_CONTEXT, "&Between two cities:"), noop(_CONTEXT, " min"), 15),
            ("same_city", noop(_CONTEXT, "&Within one city:"), noop(_CONTEXT, " min"), 5),
            ("speed_kmh", "&Average speed, where places have coordinates:", " km/h", 5),
        ):
            spin = QSpinBox()
            spin.setObjectName(f"travel-{name}")
            spin.setRange(*LIMITS[name])
            spin.setSingleStep(step)
            spin.setSuffix(tr(_CONTEXT, suffix))
            spin.setValue(getattr(rules, name))
            self.spins[name] = spin
            self.add_row(title, name, spin)
        self.finish(self.submit)

    def entered(self) -> TravelRules:
        """Return the times as entered."""
        return TravelRules(**{name: spin.value() for name, spin in self.spins.items()})

    def submit(self) -> bool:
        """Save; close when saved."""
        return self.show_problems(self._save(self.entered()))
