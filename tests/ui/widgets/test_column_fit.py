"""Lists fit their columns to the width they have: at 1366 px nothing hides behind a scroll."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesdesk.ui.customers.customers_view import CustomersView
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.visits.visits_view import VisitsView
from salesdesk.ui.widgets.column_fit import fit_widths
from salesdesk.ui.widgets.list_area import ListArea


def test_what_fits_keeps_its_natural_width() -> None:
    assert fit_widths([100, 200, 50], [40, 40, 40], 400) == [100, 200, 50]


def test_the_widest_columns_give_way_to_one_common_width() -> None:
    widths = fit_widths([300, 200, 60, 80], [50, 50, 50, 50], 400)
    assert sum(widths) <= 400 and widths[2:] == [60, 80]  # short columns keep theirs
    assert widths[0] == widths[1] == 130


def test_no_column_goes_below_its_heading() -> None:
    assert fit_widths([300, 300], [120, 100], 150) == [120, 100]  # too little room: scroll


def _fits(area: ListArea) -> None:
    header = area.view.horizontalHeader()
    shown = [n for n in range(area.model.columnCount()) if not area.view.isColumnHidden(n)]
    assert sum(header.sectionSize(n) for n in shown) <= area.view.viewport().width()
    for n in shown:  # every heading readable
        heading = area.model.headerData(n, Qt.Orientation.Horizontal)
        assert header.sectionSize(n) > header.fontMetrics().horizontalAdvance(heading), heading
    assert not area.view.horizontalScrollBar().isVisible()


def test_the_customer_list_and_the_agenda_fit_at_1366_pixels(window: MainWindow) -> None:
    window.resize(1366, 768)
    window.show()
    for name in ("customers", "visits"):
        window.show_area(name)
        QApplication.processEvents()
        area = window.areas[name]
        assert isinstance(area, CustomersView | VisitsView)
        _fits(area)
    customers = window.areas["customers"]
    model = customers.model
    headings = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    assert "City" in headings and "Last contact" in headings
