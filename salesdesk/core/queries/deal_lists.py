"""Deals as lists, whatever their state: the closed and held deals' list, ``salesdesk deals``.

``deal_rows`` reads the deals of the states asked for with their customer, company, stage (for
a held deal: the stage it left), value, dates and lost reason: all of them, those of given ids,
or one page of those a filter without search text accepts (state, period and reason compared
in SQL, in list order). ``deal_sums`` adds up the values a filter accepts in SQL, per currency
and close time, so a list can say its count and total without reading its rows.

The search compares casefolded text (SQLite's ``lower`` only knows ASCII), so it runs on the
loaded ``DealKey`` of every deal (no more than the filter and the totals need): ``KeyReader``
reads them a step of a few milliseconds at a time (for a list's idle time) or what is left at
once, ``deal_keys`` all at once. ``DealFilter.kept`` filters those or whole rows the same way.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import (
    Integer,
    ScalarSelect,
    Select,
    String,
    case,
    func,
    literal_column,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.changes import Change
from salesdesk.core.models import (
    Company,
    Customer,
    Deal,
    DealStatus,
    LostReason,
    Stage,
    StageKind,
    StageMove,
)
from salesdesk.core.models.base import from_cents

CLOSED_OR_HELD = (DealStatus.WON, DealStatus.LOST, DealStatus.SUSPENDED)
PAGE = 200  # rows a list reads at a time


class DealRow(NamedTuple):
    """One deal with what a list of deals shows about it.

    A named tuple rather than a frozen dataclass, and its times kept as stored (UTC text, read
    into datetimes when asked for): 50,000 of them are made at once when every deal is read
    (``salesdesk deals``, the list sorted by a column), and the screen only reads the rows it
    shows.
    """

    id: int
    title: str
    customer_id: int
    customer: str
    company: str | None
    status: DealStatus
    stage_id: int
    stage: str  # an open deal's stage; of a closed or held deal, the stage it left ("" unknown)
    value: Decimal
    currency: str
    created_utc: str  # as stored: "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC
    entered_utc: str  # when it entered its stage; for a held deal: when it was put on hold
    closed_utc: str | None
    lost_reason_id: int | None
    lost_reason: str | None
    lost_detail: str | None
    search_text: str  # casefolded title, customer, company, reason and detail

    @property
    def created_at(self) -> datetime:
        """Return when the deal was created."""
        return _utc(self.created_utc)

    @property
    def stage_entered_at(self) -> datetime:
        """Return when the deal entered its stage (a held deal: when it was put on hold)."""
        return _utc(self.entered_utc)

    @property
    def closed_at(self) -> datetime | None:
        """Return when the deal was won or lost (None while it is open or held)."""
        return _utc(self.closed_utc) if self.closed_utc else None

    @property
    def outcome_utc(self) -> str:
        """Return ``outcome_at`` as stored (for comparing without reading it)."""
        return self.closed_utc or self.entered_utc

    @property
    def outcome_at(self) -> datetime:
        """Return when the deal took its state: closed, put on hold (or entered its stage)."""
        return self.closed_at or self.stage_entered_at

    @property
    def outcome_day(self) -> date:
        """Return the rep's local day of ``outcome_at``."""
        return local_time.local_day(self.outcome_at)


class DealKey(NamedTuple):
    """What the filter and the totals need of one deal (the search runs on these)."""

    id: int
    search_text: str  # casefolded title, customer, company, reason and detail
    status: DealStatus
    lost_reason_id: int | None
    outcome_utc: str  # as stored: closed, put on hold (or entered its stage)
    currency: str
    value_cents: int
    closed_utc: str | None


class DealSum(NamedTuple):
    """The values of the deals of one currency closed at one time (None: not closed)."""

    currency: str
    closed_utc: str | None
    value_cents: int
    count: int


def stage_left() -> ScalarSelect[int]:
    """Return, for the deal of the outer query, the stage it left for the stage it is in.

    That is the ``from_stage_id`` of its last move into its current stage: for a held deal the
    stage it waits to go back to, for a won or lost deal the stage it was closed from.
    """
    moves = StageMove.__table__.c
    deals = Deal.__table__.c
    return (
        select(moves.from_stage_id)
        .where(moves.deal_id == deals.id, moves.to_stage_id == deals.stage_id)
        .order_by(moves.moved_at.desc(), moves.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def stages_left(session: Session, deal_ids: Sequence[int]) -> dict[int, int | None]:
    """Return, per held deal, the open stage it left for On hold (None: that stage is gone).

    The stage a deal left is the one its last move into an On hold stage came from; a stage
    removed since (archived) cannot take it back.
    """
    rows = session.execute(select(Deal.id, stage_left()).where(Deal.id.in_(deal_ids))).all()
    usable = set(
        session.scalars(
            select(Stage.id).where(Stage.kind == StageKind.OPEN, Stage.archived_at.is_(None))
        )
    )
    return {deal_id: stage if stage in usable else None for deal_id, stage in rows}


def _stages_left_for(
    session: Session, deal_ids: Collection[int] | None
) -> dict[tuple[int, int], int | None]:
    """Return, per (deal, outcome stage), the stage its last move into that stage left.

    One pass over the moves into Won, Lost and On hold stages (what ``stage_left`` says for
    one deal), instead of a lookup per listed deal: 50,000 closed deals read in one query.
    """
    moves = StageMove.__table__.c
    outcome_stages = select(Stage.id).where(Stage.kind != StageKind.OPEN)
    query = select(moves.deal_id, moves.to_stage_id, moves.from_stage_id).order_by(
        moves.moved_at, moves.id
    )
    if deal_ids is None:
        query = query.where(moves.to_stage_id.in_(outcome_stages))
    else:
        # A page of deals: their few moves found by deal (the index on the stage moved into
        # would read every move into Won, Lost and On hold), the outcome stages kept here.
        outcomes = set(session.connection().execute(outcome_stages).scalars())
        query = query.where(moves.deal_id.in_(list(deal_ids)))
        return {
            (deal_id, to_stage): from_stage
            for deal_id, to_stage, from_stage in session.connection().execute(query).all()
            if to_stage in outcomes
        }
    return {
        (deal_id, to_stage): from_stage
        for deal_id, to_stage, from_stage in session.connection().execute(query).all()
    }


def _utc(stored: str) -> datetime:
    """Return a time as stored (UTC, ISO 8601 text) as an aware UTC datetime."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _stored(moment: datetime) -> str:
    """Return a time as it is stored, to the second ("YYYY-MM-DD HH:MM:SS", UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _search_text(*parts: str | None) -> str:
    return " ".join(part for part in parts if part).casefold()


def _outcome() -> Any:
    """Return a deal's outcome time as stored: closed, else when it entered its stage."""
    deals = Deal.__table__.c
    return type_coerce(
        case((deals.closed_at.is_(None), deals.stage_entered_at), else_=deals.closed_at), String
    )


def _outcome_order() -> tuple[Any, Any]:
    """Return the list order: the most recently decided first (then the newest deal)."""
    return _outcome().desc(), Deal.__table__.c.id.desc()


def _unindexed(column: Any) -> Any:
    """Return ``column || ''``: its values (NULL stays NULL), which no index serves.

    A condition on it is then checked on the rows an index on the deals' times reads, in
    SQLite as in PostgreSQL (a bare ``+column`` does this in SQLite only).
    """
    return type_coerce(column, String).concat("")


def _accepted(
    statuses: Collection[DealStatus],
    wanted: DealFilter | None,
    outcome: Any = None,
    *,
    in_order: bool = False,
) -> list[Any]:
    """Return the SQL conditions for the deals of ``statuses`` that ``wanted`` accepts.

    The search text is not one of them (it is casefolded: see ``DealFilter.kept``). The
    period bounds ``outcome`` (stored text), the outcome time by default. ``in_order``: the
    deals are read in the order of an index on their times, so the state is checked without
    its own index (which would read every deal of those states, then sort them).
    """
    deals = Deal.__table__.c
    values = {DealStatus(status).value for status in statuses}
    if wanted is not None and wanted.statuses:
        values &= {status.value for status in wanted.statuses}
    status = _unindexed(deals.status) if in_order else deals.status
    conditions: list[Any] = [status.in_(sorted(values))]
    if wanted is None:
        return conditions
    if wanted.text.strip():
        raise ValueError("the search text is filtered on loaded rows (DealFilter.kept)")
    if wanted.reason_id is not None:
        conditions.append(deals.lost_reason_id == wanted.reason_id)
    if wanted.first_day is not None or wanted.last_day is not None:
        # The stored text from the second on only adds to it: comparing the whole text to
        # bounds to the second is comparing its first 19 characters (what ``kept`` does).
        start, end = wanted._bounds()
        outcome = _outcome() if outcome is None else outcome
        conditions += [outcome >= start, outcome < end]
    return conditions


def _page_ids(
    session: Session,
    statuses: Collection[DealStatus],
    wanted: DealFilter | None,
    offset: int,
    limit: int,
) -> list[int]:
    """Return the ids of one page of the deals ``wanted`` accepts, in list order.

    The list's order is the outcome time: a closed deal's close time, else when the deal
    entered its stage. Both are read in the order of their own index (``ix_deals_closed_order``
    and ``ix_deals_entered_order``) and merged: SQLite stops after one page instead of
    sorting every closed and held deal.
    """
    deals = Deal.__table__.c
    closed, entered = (
        type_coerce(deals.closed_at, String),
        type_coerce(deals.stage_entered_at, String),
    )
    query = (
        union_all(
            select(deals.id.label("id"), closed.label("outcome")).where(
                deals.closed_at.is_not(None),
                *_accepted(statuses, wanted, closed, in_order=True),
            ),
            select(deals.id.label("id"), entered.label("outcome")).where(
                _unindexed(deals.closed_at).is_(None),
                *_accepted(statuses, wanted, entered, in_order=True),
            ),
        )
        .order_by(literal_column("outcome").desc(), literal_column("id").desc())
        .limit(limit)
        .offset(offset)
    )
    return [deal_id for deal_id, _outcome in session.connection().execute(query).all()]


def deal_rows(
    session: Session,
    statuses: Collection[DealStatus] = CLOSED_OR_HELD,
    deal_ids: Collection[int] | None = None,
    *,
    wanted: DealFilter | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[DealRow]:
    """Return the deals of ``statuses`` (of ``deal_ids``), the most recently decided first.

    With ``limit``, one page of them: the ``limit`` rows after the first ``offset`` that
    ``wanted`` (a filter without search text) accepts, chosen in SQL before anything is joined.
    """
    deals = Deal.__table__.c
    if limit is not None:
        if deal_ids is not None:
            raise ValueError("a page is of the deals a filter accepts, not of given ids")
        deal_ids = _page_ids(session, statuses, wanted, offset, limit)
        if not deal_ids:
            return []
    elif wanted is not None or offset:
        raise ValueError("a filter or an offset reads one page: give its limit")
    if deal_ids is not None:
        deal_ids = list(deal_ids)
    wanted_statuses = [DealStatus(status).value for status in statuses]
    stage_names = dict(session.execute(select(Stage.id, Stage.name)).all())
    left = _stages_left_for(session, deal_ids)
    query = (
        select(
            deals.id,
            deals.title,
            deals.customer_id,
            Customer.__table__.c.name,
            Company.__table__.c.name,
            # Read raw and converted below: the column types' converters cost more than the
            # query for 50,000 rows (times are stored as UTC text, money as integer cents).
            type_coerce(deals.status, String),
            deals.stage_id,
            type_coerce(deals.value_cents, Integer),
            deals.currency,
            type_coerce(deals.created_at, String),
            type_coerce(deals.stage_entered_at, String),
            type_coerce(deals.closed_at, String),
            deals.lost_reason_id,
            LostReason.__table__.c.name,
            deals.lost_detail,
        )
        .join(Customer.__table__, Customer.__table__.c.id == deals.customer_id)
        .outerjoin(Company.__table__, Company.__table__.c.id == Customer.__table__.c.company_id)
        .outerjoin(LostReason.__table__, LostReason.__table__.c.id == deals.lost_reason_id)
        # Given ids, their states are checked below: a condition on the state would have
        # SQLite read every deal of those states by their index instead of the few by id.
        .where(deals.status.in_(wanted_statuses) if deal_ids is None else deals.id.in_(deal_ids))
        .order_by(*_outcome_order())
    )
    rows = []
    statuses_by_value = {status.value: status for status in DealStatus}
    for (
        deal_id,
        title,
        customer_id,
        customer,
        company,
        status,
        stage_id,
        value,
        currency,
        created,
        entered,
        closed,
        reason_id,
        reason,
        detail,
    ) in session.connection().execute(query).all():
        if status not in wanted_statuses:
            continue
        status = statuses_by_value[status]
        rows.append(
            DealRow(
                id=deal_id,
                title=title,
                customer_id=customer_id,
                customer=customer,
                company=company,
                status=status,
                stage_id=stage_id,
                stage=stage_names.get(
                    stage_id if status is DealStatus.OPEN else left.get((deal_id, stage_id)), ""
                ),
                value=from_cents(value),
                currency=currency,
                created_utc=created,
                entered_utc=entered,
                closed_utc=closed,
                lost_reason_id=reason_id,
                lost_reason=reason,
                lost_detail=detail,
                search_text=_search_text(title, customer, company, reason, detail),
            )
        )
    return rows


def deal_keys(session: Session, statuses: Collection[DealStatus] = CLOSED_OR_HELD) -> list[DealKey]:
    """Return what the search, the filter and the totals need of every deal, in list order.

    All read at once (``KeyReader`` reads them a slice at a time, for idle time).
    """
    reader = KeyReader(statuses)
    return reader.keys(session)


# What a search key holds of rows other than the deal's own: the names it searches.
_NAMED = {"customers": ("name", "company_id"), "companies": ("name",), "lost_reasons": ("name",)}


def keys_changed_by(change: Change | None) -> frozenset[int] | None:
    """Return the deals whose search keys ``change`` may alter; None: any deal's (or all).

    Read from the change's row images alone: the deals whose row is or was closed or on
    hold; None for a name a key searches (a customer's, a company's, a lost reason's) or a
    change of anything (None). Moving open deals about, planning visits or taking notes
    alters no key (an empty set).
    """
    if change is None:
        return None
    deals: set[int] = set()
    for image in change.rows:
        if not image.changed:
            continue
        rows = [row for row in (image.before, image.after) if row is not None]
        if image.table == "deals":
            if any(DealStatus(row.get("status")) is not DealStatus.OPEN for row in rows):
                deals.add(rows[0]["id"])
        elif image.table in _NAMED:
            names = _NAMED[image.table]
            if len(rows) < 2 or any(rows[0].get(name) != rows[1].get(name) for name in names):
                return None
    return frozenset(deals)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic collector while many acyclic tuples are made (its passes cost more)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class KeyReader:
    """Reads the ``DealKey`` of every deal of ``statuses`` a step at a time (for idle time).

    Each ``read_slice`` does one step of a few milliseconds: the customers' and reasons'
    names; the rows of the next ``size`` deals by id (a range of the primary key), sorted in
    list order; once all are read, a merge of two of those sorted runs (the first two, into
    one at the end: the longest merge is of two halves); then the keys of the next ``BUILD``
    rows, made in list order (the filter then reads them in the order they lie in memory,
    which is faster). ``keys`` does what is left at once and returns every key in list
    order, the same as reading them all at once. A change read in between is not seen: read
    again after a change (a new reader), or once ready, ``read_again`` the deals it touched
    (their names unchanged: ``keys_changed_by``).

    The deals are read alone, by a scan of their table (the state is checked as
    ``status || ''``: reading most deals through the index on the state costs more), and
    their customers' and reasons' names looked up here (a few thousand, casefolded once
    each): joining them in SQL for 50,000 deals costs more. Text casefolds character by
    character, so the parts casefolded apart make the same text.
    """

    SLICE = 2_000  # deals a slice reads: a few milliseconds
    BUILD = 4_000  # keys a step makes

    def __init__(
        self, statuses: Collection[DealStatus] = CLOSED_OR_HELD, size: int | None = None
    ) -> None:
        self._statuses = statuses
        self._size = size or self.SLICE
        self._names: dict[int, str] | None = None  # casefolded customer and company, by id
        self._reasons: dict[int, str] = {}  # casefolded reason names, by id
        self._after: int | None = None  # the last deal id read
        self._runs: list[list[Any]] = []  # rows in sorted runs: one per slice, then merged
        self._built: list[DealKey] = []  # the keys of the first rows of the one run left
        self._keys: list[DealKey] | None = None  # every key in list order, once all are made
        self.done = False  # every deal read

    @property
    def ready(self) -> bool:
        """Return True when every key is made and in list order (``keys`` does nothing)."""
        return self._keys is not None

    def read_slice(self, session: Session) -> bool:
        """Do the next step (see the class); return ``ready``."""
        if self._keys is not None:
            return True
        with _collector_paused():
            if self._names is None:
                self._read_names(session)
            elif not self.done:
                self._read_rows(session, self._size)
            elif len(self._runs) > 1:
                self._runs.append(_in_order(self._runs.pop(0) + self._runs.pop(0)))
            else:
                self._build(self.BUILD)
        return self._keys is not None

    def keys(self, session: Session) -> list[DealKey]:
        """Return every key in list order, doing now what is left."""
        if self._keys is None:
            with _collector_paused():
                if self._names is None:
                    self._read_names(session)
                if self.done and len(self._runs) <= 1:  # merged: the keys made in order
                    self._build(None)
                else:  # made in the order read, then sorted (SQL would sort whole rows)
                    if not self.done:
                        self._read_rows(session, None)
                    self._runs = [[row for run in self._runs for row in run]]
                    self._build(None)
                    assert self._keys is not None
                    self._keys.sort(key=_KEY_ORDER, reverse=True)
        assert self._keys is not None
        return self._keys

    def _read_names(self, session: Session) -> None:
        customers = Customer.__table__.c
        companies = Company.__table__.c
        reasons = LostReason.__table__.c
        self._names = {
            customer_id: _search_text(name, company)
            for customer_id, name, company in session.connection().execute(
                select(customers.id, customers.name, companies.name).outerjoin(
                    Company.__table__, companies.id == customers.company_id
                )
            )
        }
        self._reasons = {
            reason_id: name.casefold()
            for reason_id, name in session.connection().execute(select(reasons.id, reasons.name))
        }

    def read_again(self, session: Session, deal_ids: Collection[int]) -> None:
        """Read the keys of ``deal_ids`` again (all keys made; the names as they were read).

        A deal no longer closed or held drops out, one newly so comes in, in list order:
        the same keys as reading them all again.
        """
        assert self._keys is not None, "read_again needs every key made"
        wanted = set(deal_ids)
        if not wanted:
            return
        rows = session.connection().execute(
            self._rows_query().where(Deal.__table__.c.id.in_(wanted))
        )
        with _collector_paused():
            keys = [key for key in self._keys if key.id not in wanted]
            keys.extend(self._keys_of(rows.all()))
            keys.sort(key=_KEY_ORDER, reverse=True)  # nearly in order: about one pass
        self._keys = keys

    def _rows_query(self) -> Select[Any]:
        """Return the query of the rows keys are made of: the deals of the states read."""
        deals = Deal.__table__.c
        status = _unindexed(deals.status)
        values = sorted({DealStatus(value).value for value in self._statuses})
        return select(
            deals.id,
            deals.title,
            deals.customer_id,
            deals.lost_detail,
            type_coerce(deals.status, String),
            deals.lost_reason_id,
            deals.currency,
            type_coerce(deals.value_cents, Integer),
            type_coerce(deals.closed_at, String),
            _outcome(),
        ).where(status.in_(values))

    def _read_rows(self, session: Session, limit: int | None) -> None:
        """Read the rows of ``limit`` more deals by id (None: all the rest), a sorted run."""
        deals = Deal.__table__.c
        query = self._rows_query()
        if self._after is not None:
            query = query.where(deals.id > self._after)
        if limit is not None:
            query = query.order_by(deals.id).limit(limit)
        rows = session.connection().execute(query).all()
        if limit is None or len(rows) < limit:
            self.done = True
        if rows:
            last = max(row[0] for row in rows)
            self._after = last if self._after is None else max(self._after, last)
            self._runs.append(_in_order(rows) if limit is not None else rows)

    def _build(self, count: int | None) -> None:
        """Make the keys of the next ``count`` sorted rows (None: all), dropping those rows."""
        rows = self._runs[0] if self._runs else []
        end = len(rows) if count is None else min(len(rows), count)
        self._built.extend(self._keys_of(rows[:end]))
        del rows[:end]  # freed a step at a time
        if not rows:
            self._keys, self._built, self._runs = self._built, [], []

    def _keys_of(self, rows: Sequence[Any]) -> list[DealKey]:
        """Return the keys of rows of ``_rows_query``, in their order."""
        names, reasons = self._names or {}, self._reasons
        statuses_by_value = {status.value: status for status in DealStatus}
        new = tuple.__new__
        built: list[DealKey] = []
        currencies: dict[str, str] = {}
        for (
            deal_id,
            title,
            customer_id,
            detail,
            state,
            reason_id,
            currency,
            cents,
            closed,
            outcome,
        ) in rows:
            text = title.casefold()
            if customer := names.get(customer_id):
                text = f"{text} {customer}"
            if reason_id is not None and (reason := reasons.get(reason_id)):
                text = f"{text} {reason}"
            if detail:
                text = f"{text} {detail.casefold()}"
            built.append(
                new(
                    DealKey,
                    (
                        deal_id,
                        text,
                        statuses_by_value[state],
                        reason_id,
                        outcome,
                        currencies.setdefault(currency, currency),  # one text per code
                        cents,
                        outcome if closed is not None else None,  # the same text, once
                    ),
                )
            )
        return built


_LIST_ORDER = itemgetter(9, 0)  # a row's outcome time and id
_KEY_ORDER = itemgetter(4, 0)  # a key's outcome time and id


def _in_order(rows: list[Any]) -> list[Any]:
    """Return the rows sorted in list order (the latest outcome first, then the newest deal)."""
    rows.sort(key=_LIST_ORDER, reverse=True)
    return rows


def deal_sums(
    session: Session,
    wanted: DealFilter | None = None,
    statuses: Collection[DealStatus] = CLOSED_OR_HELD,
) -> list[DealSum]:
    """Return the values of the deals ``wanted`` (without search text) accepts, added up in SQL.

    One sum per state, close time and currency: read in the order of the deals' index on
    (state, close time), so SQLite adds them up without sorting 50,000 deals.
    """
    deals = Deal.__table__.c
    query = (
        select(
            deals.currency,
            type_coerce(deals.closed_at, String),
            func.sum(type_coerce(deals.value_cents, Integer)),
            func.count(),
        )
        .where(*_accepted(statuses, wanted))
        .group_by(deals.status, deals.closed_at, deals.currency)
    )
    return [DealSum(*row) for row in session.connection().execute(query).all()]


def key_sums(keys: Iterable[DealKey]) -> list[DealSum]:
    """Return what ``deal_sums`` says, of deals already loaded."""
    sums: dict[tuple[str, str | None], list[int]] = {}
    for key in keys:
        found = sums.get((key.currency, key.closed_utc))
        if found is None:
            sums[(key.currency, key.closed_utc)] = [key.value_cents, 1]
        else:
            found[0] += key.value_cents
            found[1] += 1
    return [
        DealSum(currency, closed, cents, count)
        for (currency, closed), (cents, count) in sums.items()
    ]


def dated_values(
    sums: Iterable[DealSum], today: date, days: dict[str, date] | None = None
) -> list[tuple[str, date, Decimal]]:
    """Return the sums as (currency, day, amount) for ``Conversion.dated_total``.

    A closed deal counts on its close day (the rep's local day), one not closed today.
    ``days`` keeps the close days found (by the close time as stored) for the next call.
    """
    days = {} if days is None else days
    values = []
    for part in sums:
        day = today
        if part.closed_utc:
            day = days.get(part.closed_utc)  # type: ignore[assignment]
            if day is None:
                day = days[part.closed_utc] = local_time.local_day(_utc(part.closed_utc))
        values.append((part.currency, day, from_cents(part.value_cents)))
    return values


def close_days(sums: Iterable[DealSum]) -> tuple[date | None, date | None]:
    """Return the rep's local days of the first and the last close among ``sums``."""
    closed = [part.closed_utc for part in sums if part.closed_utc]
    if not closed:
        return None, None
    return local_time.local_day(_utc(min(closed))), local_time.local_day(_utc(max(closed)))


Filtered = TypeVar("Filtered", DealRow, DealKey)


@dataclass(frozen=True)
class DealFilter:
    """What a list of deals asks for; the default accepts every row."""

    text: str = ""
    statuses: frozenset[DealStatus] = frozenset()  # empty: any
    first_day: date | None = None  # the outcome's local day, inclusive
    last_day: date | None = None
    reason_id: int | None = None

    def accepts(self, row: DealRow | DealKey) -> bool:
        """Return True when ``row`` matches every part of the filter."""
        return bool(self.kept([row]))

    def _bounds(self) -> tuple[str, str]:
        """Return the period as [start, end) in stored UTC text to the second ("" = open)."""
        start = local_time.day_start(self.first_day) if self.first_day else None
        end = local_time.day_start(self.last_day + timedelta(days=1)) if self.last_day else None
        return (
            _stored(start) if start else "",
            _stored(end) if end else "\uffff",
        )

    def kept(self, rows: list[Filtered]) -> list[Filtered]:
        """Return the rows (or keys) the filter accepts, in their order.

        Each part is one pass over what the parts before it kept, the period compared on the
        stored UTC text (to the second): 50,000 rows take a few milliseconds.
        """
        if needle := self.text.strip().casefold():
            rows = [row for row in rows if needle in row.search_text]
        if self.statuses:
            rows = [row for row in rows if row.status in self.statuses]
        if self.reason_id is not None:
            rows = [row for row in rows if row.lost_reason_id == self.reason_id]
        if self.first_day is not None or self.last_day is not None:
            start, end = self._bounds()
            rows = [row for row in rows if start <= row.outcome_utc[:19] < end]
        return rows
