"""One meaning for "next visit": the card, the brief, the dossier and the board agree.

The next visit is the earliest planned visit from today on; the next activity the earliest
planned activity of any kind (overdue ones included), labelled as such where it is not the
next visit. A call is never shown as a visit.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel
from sqlalchemy.orm import Session

from salesdesk.core.board import Card, NextActivity, load_cards
from salesdesk.core.dossier.content import load_dossier
from salesdesk.core.dossier.html import PlainFormats, dossier_html
from salesdesk.core.models import Activity, ActivityKind
from salesdesk.core.operations.visits import ActivityFields, plan_activity
from salesdesk.ui.main_window import MainWindow
from tests.ui.navigation import open_customer, open_visit
from tests.ui.world import NOW, World

# Qt writes times the way the locale data (CLDR) does: a narrow no-break space before AM/PM.


def _plan(window: MainWindow, fields: ActivityFields) -> int:
    with window.database.transaction() as session:
        planned = plan_activity(session, fields, NOW)
    window.reload()
    return planned.activity_id


def _attach(window: MainWindow, activity_id: int, deal_id: int) -> None:
    """Make an activity of the world one of a deal's (as planning it from the card would)."""
    with window.database.transaction() as session:
        activity = session.get(Activity, activity_id)
        assert activity is not None
        activity.deal_id = deal_id
    window.reload()


def _card_line(window: MainWindow, name: str, field: str) -> str | None:
    area = open_customer(window, name)
    label = area.card.findChild(QLabel, field)
    return None if label is None else label.text()


def _brief_line(window: MainWindow, activity_id: int, field: str) -> str | None:
    area = open_visit(window, activity_id)
    label = area.brief.findChild(QLabel, field)
    return None if label is None else label.text()


def _board_card(session: Session, deal_id: int) -> Card:
    return next(
        card
        for cards in load_cards(session, NOW).values()
        for card in cards
        if card.deal_id == deal_id
    )


def test_a_planned_call_is_the_next_activity_not_the_next_visit(
    window: MainWindow, world: World
) -> None:
    call = world.activities["call"]  # 王芳's call today at 15:00; she has no visit planned
    _attach(window, call, world.deals["modules"])

    assert _card_line(window, "王芳", "profileNextVisit") == "none planned"
    assert _card_line(window, "王芳", "profileNextActivity") == "Call · 3/10/2026 3:00\u202fPM"
    assert _brief_line(window, call, "visitBriefNextVisit") == "Next visit: none planned"
    assert (
        _brief_line(window, call, "visitBriefNextActivity")
        == "Next activity: Call · 3/10/2026 3:00\u202fPM (this one)"
    )
    with window.database.sessions() as session:
        dossier = load_dossier(session, world.customers["wang"], NOW)
        card = _board_card(session, world.deals["modules"])
    assert dossier.next_visit is None
    assert "No visit planned." in dossier_html(dossier, PlainFormats())
    assert card.next_activity is NextActivity.TODAY  # the board's marker: the deal's call
    assert card.next_activity_at == NOW.replace(hour=15)


def test_the_next_visit_is_the_same_everywhere_and_an_overdue_call_comes_first(
    window: MainWindow, world: World
) -> None:
    anna, chairs = world.customers["anna"], world.deals["chairs"]
    visit = world.activities["visit"]  # Thursday 12 March 09:00, checklist 7 of 12 ticked
    _attach(window, visit, chairs)
    overdue = _plan(
        window,
        ActivityFields(
            ActivityKind.CALL,
            anna,
            datetime(2026, 3, 9, 16, 0, tzinfo=NOW.tzinfo),
            deal_id=chairs,
        ),
    )

    assert _card_line(window, "Anna Schmidt", "profileNextVisit") == (
        "3/12/2026 9:00\u202fAM · checklist 7/12 ready"
    )
    assert _card_line(window, "Anna Schmidt", "profileNextActivity") == (
        "Call · 3/9/2026 4:00\u202fPM · overdue"
    )
    assert _brief_line(window, visit, "visitBriefNextVisit") == (
        "Next visit: 3/12/2026 9:00\u202fAM · checklist 7/12 ready (this one)"
    )
    assert _brief_line(window, visit, "visitBriefNextActivity") == (
        "Next activity: Call · 3/9/2026 4:00\u202fPM · overdue"
    )
    with window.database.sessions() as session:
        dossier = load_dossier(session, anna, NOW)
        card = _board_card(session, chairs)
    assert dossier.next_visit is not None and dossier.next_visit.activity_id == visit
    assert card.next_activity is NextActivity.OVERDUE  # the deal's next activity is the call
    assert card.next_activity_at == datetime(2026, 3, 9, 16, 0, tzinfo=NOW.tzinfo)
    assert overdue != visit


def test_a_visit_of_a_past_day_never_closed_is_overdue_not_next(
    window: MainWindow, world: World
) -> None:
    anna = world.customers["anna"]
    earlier = _plan(
        window,
        ActivityFields(ActivityKind.VISIT, anna, NOW - timedelta(days=2)),
    )
    assert _card_line(window, "Anna Schmidt", "profileNextVisit").startswith(
        "3/12/2026 9:00\u202fAM"
    )
    assert _card_line(window, "Anna Schmidt", "profileNextActivity") == (
        "Visit · 3/8/2026 12:00\u202fPM · overdue"
    )
    with window.database.sessions() as session:
        dossier = load_dossier(session, anna, NOW)
    assert dossier.next_visit is not None and dossier.next_visit.activity_id != earlier
