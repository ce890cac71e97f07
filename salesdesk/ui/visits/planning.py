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
    activity_id: int | None = None,
) -> PlanDialog:
    """Open the planning form (window-modal) for a customer and deal, or to change an activity."""
    existing = data.fields_of(activity_id) if activity_id is not None else None
    save = data.plan if activity_id is None else (lambda fields: data.change(activity_id, fields))
    dialog = PlanDialog(
        data.customers(),
        data.open_deals,
        data.templates(),
        data.conflicts,
        save,
        data.now(),
        customer_id=customer_id,
        deal_id=deal_id,
        existing=existing,
        parent=parent,
    )
    dialog.open()
    return dialog
