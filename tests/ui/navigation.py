"""Bringing an area to the front with one of its rows selected, as a rep would."""

from __future__ import annotations

from salesdesk.ui.customers.customers_view import CustomersView
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.visits.visits_view import VisitsView


def open_customer(window: MainWindow, name: str) -> CustomersView:
    """Show the Customers area with the customer called ``name`` selected."""
    window.show_area("customers")
    area = window.areas["customers"]
    assert isinstance(area, CustomersView)
    row = next(r for r in range(area.model.rowCount()) if area.model.row_at(r).name == name)
    area.view.selectRow(row)
    return area


def open_visit(window: MainWindow, activity_id: int) -> VisitsView:
    """Show the Visits area with the activity ``activity_id`` selected."""
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    row = next(r for r in range(area.model.rowCount()) if area.model.row_at(r).id == activity_id)
    area.view.selectRow(row)
    return area
