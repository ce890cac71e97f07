"""What every area does with the flow's changes: show them now if on screen, else when shown.

An area that is hidden does no work for a change: it only notes that it is out of date and
reads everything when it is shown next. An area on screen shows the change at once, reading
again only what the change touched (``apply_change``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent

from salesdesk.core.changes import Change
from salesdesk.ui.change_flow import ChangeFlow


class FollowsChanges:
    """A mixin for an area widget that keeps it up with the change flow.

    Call ``follow(flow)`` once; override ``concerns``, ``apply_change`` and ``refresh``.
    """

    _out_of_date = True

    def follow(self, flow: ChangeFlow) -> None:
        """Keep up with every change ``flow`` announces, from now on."""
        self._out_of_date = True
        flow.changed.connect(self._on_flow_changed)

    def concerns(self, change: Change | None) -> bool:
        """Return True when ``change`` may alter what the area shows (override)."""
        return True

    def apply_change(self, change: Change | None, origin: object) -> None:
        """Show ``change`` (None: everything changed); override to read only what it touched."""
        self.refresh()

    def refresh(self) -> None:
        """Read everything the area shows again, keeping scroll position and selection."""
        raise NotImplementedError

    def _on_flow_changed(self, change: Change | None, origin: object) -> None:
        if not self.concerns(change):
            return
        widget: Any = self
        # The area the window shows (even while the window itself is not on screen yet).
        if widget.isVisibleTo(widget.window()) and not self._out_of_date:
            self.apply_change(change, origin)
        else:
            self._out_of_date = True

    def ensure_fresh(self) -> None:
        """Read everything now if the area is out of date (it is about to be shown)."""
        if self._out_of_date:
            self._out_of_date = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Read everything when shown out of date (first shown, or changed while hidden)."""
        super().showEvent(event)  # type: ignore[misc]
        self.ensure_fresh()
