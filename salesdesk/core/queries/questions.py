"""The guiding questions of the four FORM sections that are asked now."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import FormSection, ProfileQuestion

QuestionDraft = tuple[int | None, str]  # (question id, or None for a new one; the wording)


def active_questions(session: Session) -> dict[FormSection, list[QuestionDraft]]:
    """Return the questions asked now, per section, in order."""
    found: dict[FormSection, list[QuestionDraft]] = {section: [] for section in FormSection}
    rows = session.execute(
        select(ProfileQuestion.id, ProfileQuestion.section, ProfileQuestion.prompt)
        .where(ProfileQuestion.active.is_(True))
        .order_by(ProfileQuestion.position, ProfileQuestion.id)
    )
    for question_id, section, prompt in rows:
        found[section].append((question_id, prompt))
    return found
