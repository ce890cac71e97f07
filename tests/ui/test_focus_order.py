"""Tab follows the layout: the filter row, the tool bar, the list, then the side panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from salesdesk.ui.main_window import MainWindow
from tests.ui.navigation import open_customer, open_visit
from tests.ui.world import World


def _is_proxy(widget: QWidget) -> bool:
    """Return True for a widget that stands in for its parent (a tab widget's tab bar)."""
    parent = widget.parentWidget()
    return parent is not None and parent.focusProxy() is widget


def _tab_order(start: QWidget, count: int) -> list[str]:
    """Return the object names Tab reaches from ``start`` (shown, enabled, Tab-focusable).

    A tab widget is one stop: Tab gives the focus to its tab bar, its focus proxy.
    """
    names, widget = [], start
    while len(names) < count:
        names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and not _is_proxy(widget)
        ):
            widget = widget.nextInFocusChain()
    return names


def test_the_visits_area_tabs_from_the_filter_through_the_tool_bar_to_the_list(
    window: MainWindow, world: World
) -> None:
    window.resize(1366, 768)
    window.show()
    area = open_visit(window, world.activities["visit"])
    QApplication.processEvents()
    assert _tab_order(area.search_field, 12) == [
        "visitsSearch",
        "visitsFilterKind",
        "agendaPrevious",
        "agendaToday",
        "agendaNext",
        "agendaMode",
        "visitsPlan",
        "visitsTemplates",
        "visitsTravel",
        "agendaPrintDay",
        "visitsViewList",
        "visitsSide",
    ]


def test_the_customers_area_tabs_from_the_filters_to_the_list_then_the_card(
    window: MainWindow,
) -> None:
    window.resize(1366, 768)
    window.show()
    area = open_customer(window, "Anna Schmidt")
    QApplication.processEvents()
    order = _tab_order(area.search_field, 11)
    assert order[:3] == ["customersSearch", "customersFilterTier", "customersFilterSource"]
    assert order[-6:] == [
        "customersFilterBirthday",
        "customersEditQuestions",
        "customersViewList",
        "customerTabs",
        "profileCard",
        "profilePrint",
    ]
