"""Opening the planning form from anywhere: the Visits area, a board card, a customer card."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from salesdesk.ui.visits.plan_dialog import PlanDialog
from salesdesk.ui.visits.visit_data import VisitData


def open_plan_dialog(
    data: VisitData,
    parent: QWidget,
    *,
    customer_id: int | None = None,
    deal_id: int | None = None,
) -> PlanDialog:
    """Open the planning form (window-modal), optionally for a customer and deal."""
    dialog = PlanDialog(
        data.customers(), data.open_deals, data.templates(), data.conflicts, data.plan,
        data.now(), customer_id=customer_id, deal_id=deal_id, parent=parent,
    )  # fmt: skip
    dialog.open()
    return dialog
