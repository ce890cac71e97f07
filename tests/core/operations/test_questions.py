"""Editing the guiding questions: answers stay with their question; undo restores exactly."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from salesdesk.core.errors import InvalidFieldsError
from salesdesk.core.models import Customer, FormSection
from salesdesk.core.operations.profile_answers import set_answer
from salesdesk.core.operations.questions import save_questions
from salesdesk.core.queries.profile import load_profile
from salesdesk.core.queries.questions import active_questions
from salesdesk.core.store import Database

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def snapshot(database: Database) -> list[list[tuple[object, ...]]]:
    with database.sessions() as s:
        return [
            [tuple(row) for row in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("profile_questions", "profile_entries")
        ]


def test_reword_reorder_add_and_retire_keep_answers(database: Database) -> None:
    with database.transaction() as s:
        kim = Customer(name="김민준")
        s.add(kim)
        s.flush()
        family = active_questions(s)[FormSection.FAMILY]
        first, second = family[0][0], family[1][0]
        set_answer(s, kim.id, first, "Married to 이서연", NOW)
        set_answer(s, kim.id, second, "Teacher", NOW)
        kim_id = kim.id
    before = snapshot(database)
    drafts = [(second, "What does the partner do?"), *family[2:], (None, "Favourite holiday?")]
    with database.transaction() as s:
        change = save_questions(s, {FormSection.FAMILY: drafts})  # the first is retired
    with database.sessions() as s:
        asked = active_questions(s)[FormSection.FAMILY]
        profile = load_profile(s, kim_id, NOW)
    assert asked[0] == (second, "What does the partner do?")
    assert asked[-1][1] == "Favourite holiday?" and len(asked) == len(family)
    section = profile.sections[0]
    assert section.answers[0].answer == "Teacher"  # the reworded question keeps its answer
    assert [fact.text for fact in section.facts] == ["Married to 이서연"]  # retired: a fact now
    after = snapshot(database)
    with database.transaction() as s:
        change.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        change.redo(s)
    assert snapshot(database) == after


@pytest.mark.parametrize(
    ("drafts", "message"),
    [
        ([(None, "  ")], "a question cannot be blank"),
        ([(None, "Pets?"), (None, "pets? ")], "“pets?” is asked twice"),
        ([(None, "x" * 501)], "longer than 500 characters"),
    ],
)
def test_bad_question_lists_are_refused(
    database: Database, drafts: list[tuple[int | None, str]], message: str
) -> None:
    before = snapshot(database)
    with pytest.raises(InvalidFieldsError, match=re.escape(message)), database.transaction() as s:
        save_questions(s, {FormSection.MONEY: drafts})
    assert snapshot(database) == before
