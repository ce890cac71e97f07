"""Bringing an area to the front with one of its rows selected, as a rep would."""

from __future__ import annotations

from salesdesk.ui.areas.customers_list import CustomersList
from salesdesk.ui.areas.visits_list import VisitsList
from salesdesk.ui.main_window import MainWindow


def open_customer(window: MainWindow, name: str) -> CustomersList:
    """Show the Customers area with the customer called ``name`` selected."""
    window.show_area("customers")
    area = window.areas["customers"]
    assert isinstance(area, CustomersList)
    row = next(r for r in range(area.model.rowCount()) if area.model.row_at(r).name == name)
    area.view.selectRow(row)
    return area


def open_visit(window: MainWindow, activity_id: int) -> VisitsList:
    """Show the Visits area with the activity ``activity_id`` selected."""
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsList)
    row = next(r for r in range(area.model.rowCount()) if area.model.row_at(r).id == activity_id)
    area.view.selectRow(row)
    return area
