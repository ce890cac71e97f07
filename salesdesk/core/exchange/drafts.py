"""A customer read from a file, before it is stored, and the report of rows that were refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from salesdesk.core.models import Tier


@dataclass
class CustomerDraft:
    """One customer as read from a file line (or vCard), already checked field by field."""

    line: int
    name: str
    company: str | None = None
    position: str | None = None
    tier: Tier = Tier.C
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    birthday: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class RowProblem:
    """Why the customer starting at ``line`` of the file was not imported."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class ReadResult:
    """What a file held: customers that can be imported, and rows refused with the reason."""

    drafts: list[CustomerDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
