"""Creating, editing and putting deals on hold, each with an exact undo and redo.

The deal editor and the board's quick-create form both hand over plain values; the checks
live here so that every way into the database refuses the same bad input with the same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.models import (
    Customer,
    Deal,
    DealStatus,
    Setting,
    Stage,
    StageKind,
    StageMove,
    Tier,
)
from salesdesk.core.operations.deal_moves import column_positions, place, write_positions

MAX_TITLE = 200
MAX_CUSTOMER_NAME = 200
MAX_VALUE = Decimal("999999999999.99")


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
    if not value.is_finite():
        return "the value must be a number"
    if value < 0:
        return "the value cannot be negative"
    if value > MAX_VALUE:
        return "the value is too large"
    if value != value.quantize(Decimal("0.01")):
        return "the value has more than two decimals"
    return None


def problems_of(session: Session, deal_fields: DealFields) -> list[FieldProblem]:
    """Return what is wrong with (normalized) ``deal_fields``; empty when they can be saved."""
    found: list[FieldProblem] = []
    if not deal_fields.title:
        found.append(FieldProblem("title", "the deal needs a title"))
    elif len(deal_fields.title) > MAX_TITLE:
        found.append(FieldProblem("title", f"the title is longer than {MAX_TITLE} characters"))
    if session.get(Customer, deal_fields.customer_id) is None:
        found.append(FieldProblem("customer_id", "choose the customer of the deal"))
    if (message := _value_problem(deal_fields.value)) is not None:
        found.append(FieldProblem("value", message))
    currency = deal_fields.currency
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        found.append(FieldProblem("currency", "the currency is a three-letter code such as EUR"))
    override = deal_fields.probability_override
    if override is not None and not 0 <= override <= 100:
        found.append(FieldProblem("probability_override", "the probability is 0 to 100 %"))
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
        raise SalesDeskError(f"there is no deal {deal_id}")
    return DealFields(**{name: getattr(deal, name) for name in _FIELD_NAMES})


# --- editing ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DealEdit:
    """One saved edit of a deal: its fields before and after."""

    deal_id: int
    before: DealFields
    after: DealFields

    @property
    def changed(self) -> bool:
        """Return True when the edit changed anything."""
        return self.before != self.after


def _write_fields(session: Session, deal_id: int, deal_fields: DealFields) -> None:
    session.execute(update(Deal).where(Deal.id == deal_id).values(**asdict(deal_fields)))
    session.expire_all()


def update_deal(session: Session, deal_id: int, deal_fields: DealFields) -> DealEdit:
    """Save new fields for a deal after checking them; nothing is written when one is bad."""
    before = fields_of(session, deal_id)
    after = _checked(session, deal_fields)
    if after != before:
        _write_fields(session, deal_id, after)
    return DealEdit(deal_id, before, after)


def undo_edit(session: Session, edit: DealEdit) -> None:
    """Put back the fields a deal had before ``edit``."""
    _write_fields(session, edit.deal_id, edit.before)


def redo_edit(session: Session, edit: DealEdit) -> None:
    """Save ``edit`` again."""
    _write_fields(session, edit.deal_id, edit.after)


# --- quick create ----------------------------------------------------------------------------
@dataclass(frozen=True)
class CreatedDeal:
    """A deal made by quick create, at the top of its stage, maybe with a new customer."""

    deal_id: int
    stage_id: int
    customer_id: int
    new_customer: dict[str, object] | None  # the customer row made for it, if any
    deal_row: dict[str, object]
    stage_move: dict[str, object]
    renumbered_before: dict[int, int]  # other deals of the column spread out to make room
    renumbered_after: dict[int, int]


def find_customer(session: Session, name: str) -> int | None:
    """Return the id of the one customer called ``name`` (ignoring case), else None."""
    ids = session.scalars(
        select(Customer.id).where(func.lower(Customer.name) == name.strip().lower()).limit(2)
    ).all()
    return ids[0] if len(ids) == 1 else None


def default_currency(session: Session) -> str:
    """Return the currency new deals get unless the rep says otherwise."""
    setting = session.get(Setting, "default_currency")
    return setting.value if setting is not None else "EUR"


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
        raise DealValidationError([FieldProblem("stage_id", "deals are created in open stages")])
    name = customer_name.strip()
    new_customer = None
    if customer_id is None:
        customer_id = find_customer(session, name) if name else None
    if customer_id is None:
        if not name:
            raise DealValidationError([FieldProblem("customer_id", "name the customer")])
        if len(name) > MAX_CUSTOMER_NAME:
            raise DealValidationError(
                [FieldProblem("customer_id", "the customer's name is too long")]
            )
        new_customer = {"name": name, "tier": Tier.C, "created_at": now, "updated_at": now}
        customer_id = session.execute(
            insert(Customer).returning(Customer.id), new_customer
        ).scalar_one()
        new_customer["id"] = customer_id
    deal_fields = _checked(
        session,
        DealFields(title=title, customer_id=customer_id, value=value,
                   currency=currency or default_currency(session)),
    )  # fmt: skip
    placement = place(column_positions(session, stage_id), 0, 1)
    deal_row: dict[str, object] = {
        **asdict(deal_fields), "stage_id": stage_id, "position": placement.positions[0],
        "status": DealStatus.OPEN, "stage_entered_at": now, "created_at": now,
    }  # fmt: skip
    write_positions(session, placement.renumbered_after)
    deal_id = session.execute(insert(Deal).returning(Deal.id), deal_row).scalar_one()
    deal_row["id"] = deal_id
    stage_move: dict[str, object] = {"deal_id": deal_id, "from_stage_id": None,
                                     "to_stage_id": stage_id, "moved_at": now}  # fmt: skip
    stage_move["id"] = session.execute(
        insert(StageMove).returning(StageMove.id), stage_move
    ).scalar_one()
    session.expire_all()
    return CreatedDeal(
        deal_id, stage_id, customer_id, new_customer, deal_row, stage_move,
        placement.renumbered_before, placement.renumbered_after,
    )  # fmt: skip


def undo_quick_create(session: Session, created: CreatedDeal) -> None:
    """Remove the created deal (and its new customer); the column's positions as before."""
    session.execute(delete(StageMove).where(StageMove.id == created.stage_move["id"]))
    session.execute(delete(Deal).where(Deal.id == created.deal_id))
    write_positions(session, created.renumbered_before)
    if created.new_customer is not None:
        session.execute(delete(Customer).where(Customer.id == created.customer_id))
    session.expire_all()


def redo_quick_create(session: Session, created: CreatedDeal) -> None:
    """Make the same deal again, with the same ids."""
    if created.new_customer is not None:
        session.execute(insert(Customer), created.new_customer)
    write_positions(session, created.renumbered_after)
    session.execute(insert(Deal), created.deal_row)
    session.execute(insert(StageMove), created.stage_move)
    session.expire_all()


# --- on hold ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SuspendChange:
    """Deals put on hold or taken off hold: their status before, and the status set."""

    statuses_before: dict[int, DealStatus]
    suspended: bool

    @property
    def deal_ids(self) -> tuple[int, ...]:
        """Return the deals the change touched."""
        return tuple(self.statuses_before)


def set_suspended(session: Session, deal_ids: Sequence[int], suspended: bool) -> SuspendChange:
    """Put open deals on hold (they leave the board), or take suspended deals off hold.

    Holding keeps the deal's stage, position and stage-entered time, so a resumed deal shows
    up where it was.
    """
    wanted = DealStatus.OPEN if suspended else DealStatus.SUSPENDED
    rows = dict(session.execute(select(Deal.id, Deal.status).where(Deal.id.in_(deal_ids))).all())
    missing = [deal_id for deal_id in deal_ids if deal_id not in rows]
    if missing:
        raise SalesDeskError(f"there is no deal {missing[0]}")
    wrong = [deal_id for deal_id in deal_ids if rows[deal_id] is not wanted]
    if wrong:
        state = "open" if suspended else "on hold"
        raise SalesDeskError(f"only deals that are {state} can be changed this way")
    change = SuspendChange({deal_id: rows[deal_id] for deal_id in deal_ids}, suspended)
    redo_suspend(session, change)
    return change


def undo_suspend(session: Session, change: SuspendChange) -> None:
    """Give every deal of ``change`` its status from before."""
    for deal_id, status in change.statuses_before.items():
        session.execute(update(Deal).where(Deal.id == deal_id).values(status=status))
    session.expire_all()


def redo_suspend(session: Session, change: SuspendChange) -> None:
    """Apply ``change`` again."""
    status = DealStatus.SUSPENDED if change.suspended else DealStatus.OPEN
    session.execute(update(Deal).where(Deal.id.in_(change.deal_ids)).values(status=status))
    session.expire_all()
