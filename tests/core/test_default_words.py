"""A new database starts with its default words in the rep's language; an existing one keeps its."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from salesdesk.core import i18n
from salesdesk.core.defaults import (
    DEFAULT_CHECKLISTS,
    DEFAULT_LOST_REASONS,
    DEFAULT_QUESTIONS,
    DEFAULT_STAGES,
)
from salesdesk.core.models import (
    ChecklistGroup,
    ChecklistTemplate,
    ChecklistTemplateItem,
    LostReason,
    ProfileQuestion,
    Stage,
)
from salesdesk.core.store import open_database


def _translated(context: str, source: str, n: int) -> str:
    del n
    return "译" + source if context == "Defaults" else ""


@pytest.fixture
def translated() -> Iterator[None]:
    """Translate the defaults (and nothing else) while the test runs."""
    i18n.install(_translated)
    yield
    i18n.install(None)


def _words(path: Path) -> dict[str, list[str]]:
    database = open_database(path)
    try:
        with database.sessions() as session:
            return {
                "stages": list(session.scalars(select(Stage.name).order_by(Stage.position))),
                "reasons": list(
                    session.scalars(select(LostReason.name).order_by(LostReason.position))
                ),
                "templates": list(
                    session.scalars(
                        select(ChecklistTemplate.name).order_by(ChecklistTemplate.position)
                    )
                ),
                "groups": list(session.scalars(select(ChecklistGroup.name))),
                "items": list(session.scalars(select(ChecklistTemplateItem.text))),
                "questions": list(session.scalars(select(ProfileQuestion.prompt))),
            }
    finally:
        database.close()


def test_a_new_database_gets_the_defaults_in_the_reps_language(
    translated: None, db_path: Path
) -> None:
    words = _words(db_path)
    assert words["stages"] == ["译" + name for name, *_ in DEFAULT_STAGES]
    assert words["reasons"] == ["译" + name for name in DEFAULT_LOST_REASONS]
    assert words["templates"] == ["译" + name for name in DEFAULT_CHECKLISTS]
    groups = {group for _, groups in DEFAULT_CHECKLISTS.values() for group in groups}
    assert set(words["groups"]) == {"译" + group for group in groups}
    items = [
        item for _, groups in DEFAULT_CHECKLISTS.values() for g in groups.values() for item in g
    ]
    assert sorted(words["items"]) == sorted("译" + item for item in items)
    questions = [prompt for prompts in DEFAULT_QUESTIONS.values() for prompt in prompts]
    assert sorted(words["questions"]) == sorted("译" + prompt for prompt in questions)


def test_an_existing_database_keeps_its_words_in_another_language(db_path: Path) -> None:
    english = _words(db_path)
    assert english["stages"][0] == "New contact"
    i18n.install(_translated)
    try:
        assert _words(db_path) == english
    finally:
        i18n.install(None)
