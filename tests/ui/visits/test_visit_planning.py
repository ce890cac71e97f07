"""Planning from a board card, the Visits area's due list and birthdays, and undo."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from salesdesk.core import local_time
from salesdesk.core.models import (
    Activity,
    ActivityStatus,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Tier,
    VisitChecklistItem,
)
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.visits.close_dialog import CloseDialog
from salesdesk.ui.visits.visits_view import VisitsView
from salesdesk.ui.widgets import messages
from tests.ui.world import World


def activities(window: MainWindow) -> int:
    with window.database.sessions() as session:
        return session.scalar(select(func.count(Activity.id))) or 0


def test_planning_from_a_board_card_copies_the_checklist_and_undoes(
    window: MainWindow, world: World
) -> None:
    before = activities(window)
    dialog = window.plan_for_deal(world.deals["chairs"])
    assert dialog is not None
    assert dialog.customer.currentText().startswith("Anna Schmidt")
    assert dialog.deal.currentText() == "Office chairs"
    assert dialog.template.currentText() != "No checklist"
    dialog.starts.setDateTime(QDateTime(datetime(2026, 3, 20).date(), QTime(10, 0)))
    dialog.objective.setPlainText("Agree on the delivery date")
    assert dialog.submit()
    assert activities(window) == before + 1
    with window.database.sessions() as session:
        newest = session.scalars(select(Activity).order_by(Activity.id.desc())).first()
        assert newest is not None and newest.objective == "Agree on the delivery date"
        items = session.scalar(
            select(func.count(VisitChecklistItem.id)).where(
                VisitChecklistItem.activity_id == newest.id
            )
        )
    assert items and items >= 10
    assert window.undo_stack.undoText() == "Plan visit"
    window.undo_stack.undo()
    assert activities(window) == before


def test_a_clash_is_flagged_and_a_bad_plan_is_refused(window: MainWindow, world: World) -> None:
    dialog = window.plan_for_deal(world.deals["chairs"])
    assert dialog is not None
    with window.database.sessions() as session:
        busy = session.scalars(
            select(Activity).where(Activity.status == "planned").order_by(Activity.starts_at)
        ).first()
    assert busy is not None
    local = local_time.local(busy.starts_at)
    dialog.starts.setDateTime(QDateTime(local.date(), QTime(local.hour, local.minute)))
    assert dialog.clash.isVisibleTo(dialog) and "Overlaps" in dialog.clash.text()
    dialog.minutes.setValue(5)
    dialog.customer.setCurrentIndex(-1)
    assert not dialog.submit()
    assert dialog.errors["customer_id"].text() == "Choose the customer."


def test_the_visits_area_lists_customers_due_and_birthdays(window: MainWindow) -> None:
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    due = [area.due.item(i).text() for i in range(area.due.count())]
    assert any(text.startswith("Zoe Young · tier C · last contact never") for text in due)
    assert area.plan(None).customer.count() == 5


def test_the_brief_ticks_items_and_closes_a_visit_with_a_next_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    row = next(
        r
        for r in range(area.model.rowCount())
        if area.model.row_at(r).checklist_total
        and area.model.row_at(r).status is ActivityStatus.PLANNED
    )
    activity = area.model.row_at(row)
    area.view.selectRow(row)
    brief = area.brief.brief
    assert brief is not None and brief.activity_id == activity.id
    done_before, total = brief.ready
    first_open = next(line for line in brief.checklist if not line.done)
    area.brief.findChild(QCheckBox, f"checklistItem-{first_open.id}").setChecked(True)
    qtbot.waitUntil(
        lambda: area.brief.brief is not None and area.brief.brief.ready == (done_before + 1, total)
    )
    before = activities(window)
    area.brief.findChild(QPushButton, "visitClose-done").click()
    dialog = area.findChild(CloseDialog, "closeDialog")
    assert dialog is not None
    dialog.outcome.setPlainText("They want a trial")
    dialog.plan_next.setChecked(True)
    assert not dialog.submit()  # a planned next step needs words
    dialog.next_step.setText("Set up the trial")
    assert dialog.submit()
    assert activities(window) == before + 1
    qtbot.waitUntil(
        lambda: area.brief.brief is not None and area.brief.brief.status is ActivityStatus.DONE
    )
    window.undo_stack.undo()
    assert activities(window) == before


def test_file_export_visits_to_calendar(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    confirmed_exports: list[str],
) -> None:
    target = tmp_path / "week"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    path = window.export_calendar()
    assert path == tmp_path / "week.ics"
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert window.statusBar().currentMessage().startswith("Exported ")
    (confirmation,) = confirmed_exports
    assert confirmation.endswith(f"of the next four weeks written to:\n{path}")


def test_checklist_templates_are_edited_and_undone(window: MainWindow) -> None:
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    dialog = area.edit_templates()
    dialog.choice.setCurrentIndex(dialog.choice.findText("Closing kit"))
    first_group = dialog.tree.topLevelItem(0)
    dialog.tree.setCurrentItem(first_group)
    dialog.add_item().setText(0, "Spare pen")  # type: ignore[union-attr]
    dialog.name.setText("Closing kit 2")
    assert dialog.submit()
    with window.database.sessions() as session:
        names = session.scalars(select(ChecklistTemplateItem.text)).all()
    assert "Spare pen" in names
    window.undo_stack.undo()
    with window.database.sessions() as session:
        assert "Spare pen" not in session.scalars(select(ChecklistTemplateItem.text)).all()
    refused = area.edit_templates()
    refused.choice.setCurrentIndex(refused.choice.findText("New template…"))
    refused.name.setText("Closing kit")  # taken
    assert not refused.submit()
    assert "already called" in refused.problems.text()


def test_changing_a_visits_checklist_asks_before_discarding_ticks(
    window: MainWindow, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    area.show_activity(world.activities["visit"])  # 7 of 12 items ticked
    with window.database.sessions() as session:
        kit = session.scalars(
            select(ChecklistTemplate.id).where(ChecklistTemplate.name == "Closing kit")
        ).one()
    asked: list[str] = []

    def refuse(parent, title, text, default_yes=False):  # noqa: ANN001, ANN202
        asked.append(text)
        return False

    monkeypatch.setattr(messages, "confirm", refuse)
    assert not area._on_template_requested(kit)
    assert asked == ["Changing the checklist discards 7 ticked items. Change it?"]
    assert area.brief.brief is not None and area.brief.brief.ready == (7, 12)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    assert area._on_template_requested(kit)
    with window.database.sessions() as session:
        ticked = session.scalar(
            select(func.count(VisitChecklistItem.id)).where(
                VisitChecklistItem.activity_id == world.activities["visit"],
                VisitChecklistItem.done.is_(True),
            )
        )
    assert ticked == 0
    window.undo_stack.undo()
    with window.database.sessions() as session:
        ticked = session.scalar(
            select(func.count(VisitChecklistItem.id)).where(
                VisitChecklistItem.activity_id == world.activities["visit"],
                VisitChecklistItem.done.is_(True),
            )
        )
    assert ticked == 7


def test_the_cadence_dialog_stores_the_days_and_undoes(window: MainWindow) -> None:
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    dialog = area.edit_cadence()
    assert dialog.spins[Tier.B].value() == 14
    dialog.spins[Tier.B].setValue(30)
    assert dialog.submit()
    assert window.visit_data.cadence()[Tier.B] == 30
    assert window.undo_stack.undoText() == "Change follow-up cadence"
    window.undo_stack.undo()
    assert window.visit_data.cadence()[Tier.B] == 14


def test_a_planned_visit_is_moved_and_the_move_undone(window: MainWindow, world: World) -> None:
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    area.show_activity(world.activities["visit"])
    dialog = area.change_shown()
    assert dialog is not None and dialog.place.text() == "Acme HQ, Berlin"
    assert not dialog.template.isEnabled()  # the checklist is changed from the brief
    dialog.starts.setDateTime(QDateTime(datetime(2026, 3, 13).date(), QTime(11, 30)))
    dialog.place.setText("Their new warehouse")
    assert dialog.submit()
    with window.database.sessions() as session:
        moved = session.get(Activity, world.activities["visit"])
        assert moved is not None and moved.place == "Their new warehouse"
        assert local_time.local_day(moved.starts_at) == datetime(2026, 3, 13).date()
        items = session.scalar(
            select(func.count(VisitChecklistItem.id)).where(
                VisitChecklistItem.activity_id == moved.id
            )
        )
    assert items == 12  # the checklist came along
    window.undo_stack.undo()
    with window.database.sessions() as session:
        back = session.get(Activity, world.activities["visit"])
        assert back is not None and back.place == "Acme HQ, Berlin"
