"""The day's route on screen: two visits at 1:15 PM in two cities are flagged, and the travel
times are the rep's to set (one undo step)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salesdesk.core.errors import InvalidFieldsError
from salesdesk.core.models import ActivityKind
from salesdesk.core.operations.travel import set_travel_rules
from salesdesk.core.operations.visits import ActivityFields, plan_activity
from salesdesk.core.queries.travel import travel_rules
from salesdesk.core.route import TravelRules
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.visits.visits_view import VisitsView
from tests.ui.world import NOW, World

ROUTE = 7  # the agenda's Route column


def _visit(window: MainWindow, customer: int, hour: int, minute: int) -> int:
    fields = ActivityFields(
        ActivityKind.VISIT, customer, datetime(2026, 3, 10, hour, minute, tzinfo=UTC)
    )
    with window.database.transaction() as session:
        return plan_activity(session, fields, NOW).activity_id


def _agenda(qtbot: QtBot, window: MainWindow, *ids: int) -> VisitsView:
    window.reload()
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    qtbot.waitUntil(lambda: all(area.model.row_of(n) is not None for n in ids))
    return area


def _route(area: VisitsView, activity_id: int) -> str:
    row = area.model.row_of(activity_id)
    assert row is not None
    return area.model.index(row, ROUTE).data()


def _warned(area: VisitsView, activity_id: int) -> bool:
    row = area.model.row_of(activity_id)
    assert row is not None
    return area.model.index(row, ROUTE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_two_visits_at_the_same_time_in_two_cities_are_flagged(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    berlin = _visit(window, world.customers["anna"], 13, 15)
    leeds = _visit(window, world.customers["zoe"], 13, 15)
    area = _agenda(qtbot, window, berlin, leeds)
    assert _route(area, berlin).startswith("⚠ overlaps Visit 1:15")
    assert _route(area, leeds).startswith("⚠ overlaps Visit 1:15")
    assert _warned(area, berlin) and _warned(area, leeds)
    assert "2 cannot work as planned (see Route)" in area.summary.text()
    tip = area.model.index(area.model.row_of(leeds), ROUTE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Overlaps: Visit · Anna Schmidt" in tip


def test_too_little_time_between_cities_is_flagged_until_the_rep_allows_less(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    berlin = _visit(window, world.customers["anna"], 10, 0)  # until 11:00
    leeds = _visit(window, world.customers["zoe"], 11, 30)
    area = _agenda(qtbot, window, berlin, leeds)
    assert _route(area, leeds) == "⚠ 30 min gap, the way takes 60 min"
    assert _warned(area, leeds) and not _warned(area, berlin)

    dialog = area.edit_travel()
    dialog.spins["between_cities"].setValue(30)
    assert dialog.submit()
    with window.database.sessions() as session:
        assert travel_rules(session) == TravelRules(between_cities=30)
    qtbot.waitUntil(lambda: not _warned(area, leeds))
    assert _route(area, leeds) == "30 min gap · from Berlin"
    assert "cannot work" not in area.summary.text()

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _warned(area, leeds))
    with window.database.sessions() as session:
        assert travel_rules(session) == TravelRules()


def test_travel_times_out_of_range_are_refused_and_nothing_is_stored(
    window: MainWindow,
) -> None:
    with (
        pytest.raises(InvalidFieldsError, match="between cities is 0 to 600 minutes"),
        window.database.transaction() as session,
    ):
        set_travel_rules(session, TravelRules(between_cities=601))
    with window.database.sessions() as session:
        assert travel_rules(session) == TravelRules()
