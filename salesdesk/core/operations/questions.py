"""Editing the guiding questions of the four FORM sections: reword, reorder, add, retire.

A question taken off the list is retired (``active`` false), not deleted: answers given to it
keep their question and their wording. The whole list is saved at once and undone at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError
from salesdesk.core.i18n import translate
from salesdesk.core.models import FormSection, ProfileQuestion
from salesdesk.core.operations.row_change import row_of
from salesdesk.core.queries.questions import QuestionDraft, active_questions

MAX_PROMPT = 500


def _problems(drafts: Mapping[FormSection, Sequence[QuestionDraft]]) -> list[FieldProblem]:
    problems = []
    for section, questions in drafts.items():
        seen = set()
        for _, prompt in questions:
            text = prompt.strip()
            if not text:
                problems.append(
                    FieldProblem(section.value, translate("Settings", "a question cannot be blank"))
                )
            elif len(text) > MAX_PROMPT:
                message = translate(
                    "Settings", "a question is longer than %1 characters", MAX_PROMPT
                )
                problems.append(FieldProblem(section.value, message))
            elif text.casefold() in seen:
                problems.append(
                    FieldProblem(section.value, translate("Settings", "“%1” is asked twice", text))
                )
            seen.add(text.casefold())
    return problems


def save_questions(
    session: Session, drafts: Mapping[FormSection, Sequence[QuestionDraft]]
) -> Change:
    """Make ``drafts`` the questions of the sections given; checked first."""
    if problems := _problems(drafts):
        raise InvalidFieldsError(problems)
    current = active_questions(session)
    writer = RowWriter(session)
    for section, questions in drafts.items():
        kept = {question_id for question_id, _ in questions if question_id is not None}
        for question_id, _ in current[section]:
            if question_id not in kept:  # retired: answers keep their question
                writer.update(ProfileQuestion, question_id, {"active": False})
        for position, (question_id, prompt) in enumerate(questions):
            values = {"prompt": prompt.strip(), "position": position}
            before = row_of(session, ProfileQuestion, question_id) if question_id else None
            if before is None:
                writer.insert(ProfileQuestion, {**values, "section": section, "active": True})
            elif any(before[name] != value for name, value in values.items()):
                writer.update(ProfileQuestion, question_id, values)
    return writer.change()
