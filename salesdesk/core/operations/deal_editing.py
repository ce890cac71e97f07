"""Creating and editing deals, each with an exact undo and redo (outcomes: ``deal_outcomes``).

The deal editor and the board's quick-create form both hand over plain values; the checks
live here so that every way into the database refuses the same bad input with the same words.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.limits import amount_problem, day_problem
from salesdesk.core.matching import name_key
from salesdesk.core.models import (
    Customer,
    Deal,
    DealStatus,
    Stage,
    StageKind,
    StageMove,
    Tier,
)
from salesdesk.core.money.formats import digits_problem, known_currency
from salesdesk.core.operations.deal_moves import column_positions, place, write_positions
from salesdesk.core.queries.preferences import default_currency

MAX_TITLE = 200
MAX_CUSTOMER_NAME = 200


class DealValidationError(InvalidFieldsError):
    """Deal fields that cannot be saved; ``problems`` says which and why."""


@dataclass(frozen=True)
class DealFields:
    """Everything about a deal the rep edits directly (its stage moves with ``move_deals``)."""

    title: str
    customer_id: int
    value: Decimal
    currency: str
    expected_close: date | None = None
    probability_override: int | None = None
    notes: str | None = None
    bant_budget: str | None = None
    bant_budget_ok: bool = False
    bant_authority: str | None = None
    bant_authority_ok: bool = False
    bant_need: str | None = None
    bant_need_ok: bool = False
    bant_timeline: str | None = None
    bant_timeline_ok: bool = False
    neads_now: str | None = None
    neads_enjoy: str | None = None
    neads_alter: str | None = None
    neads_decision_makers: str | None = None
    neads_solution: str | None = None


_FIELD_NAMES = tuple(field.name for field in fields(DealFields))
_TEXT_FIELDS = tuple(
    name for name in _FIELD_NAMES if name.startswith(("bant_", "neads_")) and "_ok" not in name
) + ("notes",)


def normalized(deal_fields: DealFields) -> DealFields:
    """Return the fields with text trimmed, blank notes as None and the currency upper-case."""
    texts = {name: (getattr(deal_fields, name) or "").strip() or None for name in _TEXT_FIELDS}
    return replace(
        deal_fields,
        title=deal_fields.title.strip(),
        currency=deal_fields.currency.strip().upper(),
        **texts,
    )


def _value_problem(value: Decimal) -> str | None:
    if value.is_finite() and value < 0:
        return translate("Deals", "the value cannot be negative")
    return amount_problem(value, "value")


def problems_of(session: Session, deal_fields: DealFields) -> list[FieldProblem]:
    """Return what is wrong with (normalized) ``deal_fields``; empty when they can be saved."""
    found: list[FieldProblem] = []
    if not deal_fields.title:
        found.append(FieldProblem("title", translate("Deals", "the deal needs a title")))
    elif len(deal_fields.title) > MAX_TITLE:
        found.append(
            FieldProblem(
                "title", translate("Deals", "the title is longer than %1 characters", MAX_TITLE)
            )
        )
    if session.get(Customer, deal_fields.customer_id) is None:
        found.append(
            FieldProblem("customer_id", translate("Deals", "choose the customer of the deal"))
        )
    value_problem = _value_problem(deal_fields.value)
    if value_problem is not None:
        found.append(FieldProblem("value", value_problem))
    currency = deal_fields.currency
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        found.append(
            FieldProblem(
                "currency", translate("Deals", "the currency is a three-letter code such as EUR")
            )
        )
    elif not known_currency(currency):
        found.append(
            FieldProblem(
                "currency", translate("Deals", "%1 is not an ISO 4217 currency code", currency)
            )
        )
    elif value_problem is None and (message := digits_problem(deal_fields.value, currency)):
        found.append(FieldProblem("value", message))
    close = deal_fields.expected_close
    if close is not None and (message := day_problem(close)) is not None:
        found.append(FieldProblem("expected_close", message))
    override = deal_fields.probability_override
    if override is not None and not 0 <= override <= 100:
        found.append(
            FieldProblem(
                "probability_override", translate("Deals", "the probability is 0 to 100 %")
            )
        )
    return found


def _checked(session: Session, deal_fields: DealFields) -> DealFields:
    clean = normalized(deal_fields)
    if problems := problems_of(session, clean):
        raise DealValidationError(problems)
    return clean


def fields_of(session: Session, deal_id: int) -> DealFields:
    """Return the editable fields of a deal as stored."""
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise SalesDeskError(translate("Deals", "there is no deal %1", deal_id))
    return DealFields(**{name: getattr(deal, name) for name in _FIELD_NAMES})


# --- editing ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DealEdit:
    """One saved edit of a deal: its fields before and after, and the change record."""

    deal_id: int
    before: DealFields
    after: DealFields
    change: Change

    @property
    def changed(self) -> bool:
        """Return True when the edit changed anything."""
        return self.change.changed


def update_deal(session: Session, deal_id: int, deal_fields: DealFields) -> DealEdit:
    """Save new fields for a deal after checking them; nothing is written when one is bad."""
    before = fields_of(session, deal_id)
    after = _checked(session, deal_fields)
    writer = RowWriter(session)
    if after != before:
        writer.update(Deal, deal_id, _columns(after))
    return DealEdit(deal_id, before, after, writer.change())


def _columns(deal_fields: DealFields) -> dict[str, object]:
    """Return the table columns of the fields (the value is stored as cents)."""
    values = asdict(deal_fields)
    values["value_cents"] = values.pop("value")
    return values


# --- quick create ----------------------------------------------------------------------------
@dataclass(frozen=True)
class CreatedDeal:
    """A deal made by quick create, at the top of its stage, maybe with a new customer."""

    deal_id: int
    stage_id: int
    customer_id: int
    change: Change


def find_customer(session: Session, name: str) -> int | None:
    """Return the id of the one customer called ``name``, else None.

    Names are compared by their matching key (any case, Unicode form and spacing).
    """
    ids = session.scalars(
        select(Customer.id).where(Customer.name_key == name_key(name)).limit(2)
    ).all()
    return ids[0] if len(ids) == 1 else None


def quick_create_deal(
    session: Session,
    *,
    title: str,
    stage_id: int,
    now: datetime,
    customer_id: int | None = None,
    customer_name: str = "",
    value: Decimal = Decimal("0.00"),
    currency: str | None = None,
) -> CreatedDeal:
    """Make a deal at the top of an open stage.

    The customer is ``customer_id``, else the one customer called ``customer_name``, else a new
    customer of that name.
    """
    stage = session.get(Stage, stage_id)
    if stage is None or stage.kind is not StageKind.OPEN or stage.archived_at is not None:
        raise DealValidationError(
            [FieldProblem("stage_id", translate("Deals", "deals are created in open stages"))]
        )
    name = customer_name.strip()
    writer = RowWriter(session)
    if customer_id is None:
        customer_id = find_customer(session, name) if name else None
    if customer_id is None:
        if not name:
            raise DealValidationError(
                [FieldProblem("customer_id", translate("Deals", "name the customer"))]
            )
        if len(name) > MAX_CUSTOMER_NAME:
            raise DealValidationError(
                [FieldProblem("customer_id", translate("Deals", "the customer's name is too long"))]
            )
        customer_id = writer.insert(
            Customer,
            {
                "name": name,
                "name_key": name_key(name),
                "tier": Tier.C,
                "created_at": now,
                "updated_at": now,
            },
        )
    deal_fields = _checked(
        session,
        DealFields(
            title=title,
            customer_id=customer_id,
            value=value,
            currency=currency or default_currency(session),
        ),
    )
    placement = place(column_positions(session, stage_id), 0, 1)
    write_positions(writer, placement.renumbered_after)
    deal_id = writer.insert(
        Deal,
        {
            **_columns(deal_fields),
            "stage_id": stage_id,
            "position": placement.positions[0],
            "status": DealStatus.OPEN,
            "stage_entered_at": now,
            "created_at": now,
        },
    )
    writer.insert(
        StageMove,
        {"deal_id": deal_id, "from_stage_id": None, "to_stage_id": stage_id, "moved_at": now},
    )
    return CreatedDeal(deal_id, stage_id, customer_id, writer.change())
