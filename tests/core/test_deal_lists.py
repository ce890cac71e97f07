"""Lists of deals whatever their state, filtered in SQL or on loaded rows; notes about deals."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core import local_time
from salesdesk.core.changes import Change
from salesdesk.core.changes.writer import RowWriter
from salesdesk.core.errors import InvalidFieldsError, SalesDeskError
from salesdesk.core.models import Company, Customer, Deal, DealStatus, LostReason, Note, Stage
from salesdesk.core.operations.deal_moves import Loss, move_deals
from salesdesk.core.operations.deal_outcomes import mark_lost, mark_won, put_on_hold, reopen
from salesdesk.core.operations.notes import add_note, remove_note
from salesdesk.core.queries.deal_lists import (
    DealFilter,
    DealSum,
    KeyReader,
    close_days,
    dated_values,
    deal_keys,
    deal_rows,
    deal_sums,
    key_sums,
    keys_changed_by,
)
from salesdesk.core.store import Database
from tests.deals import open_deal
from tests.reasons import reason_named

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    """Four deals of Ada's: one open, one won (Jan 10), one lost (Feb 3), one held (Feb 20)."""
    found: dict[str, int] = {}
    with database.transaction() as s:
        stages = {st.name: st.id for st in s.scalars(select(Stage))}
        found["price"] = reason_named(s, "Price too high")
        ada = Customer(name="Ada Okafor")
        s.add(ada)
        s.flush()
        found["ada"] = ada.id
        for title in ("Open one", "Won one", "Lost one", "Held one"):
            found[title] = open_deal(s, title, ada.id, stages["Proposal"], Decimal("1250.00"), T0)
        mark_won(s, [found["Won one"]], datetime(2026, 1, 10, 10, tzinfo=UTC))
        loss = Loss(found["price"], "Cheaper offer from a local dealer")
        mark_lost(s, [found["Lost one"]], loss, datetime(2026, 2, 3, 10, tzinfo=UTC))
        put_on_hold(s, [found["Held one"]], datetime(2026, 2, 20, 10, tzinfo=UTC))
    return found


def test_closed_and_held_deals_with_the_stage_they_left_newest_first(database, ids) -> None:
    with database.sessions() as s:
        rows = deal_rows(s)
    assert [(r.title, r.status, r.stage) for r in rows] == [
        ("Held one", DealStatus.SUSPENDED, "Proposal"),
        ("Lost one", DealStatus.LOST, "Proposal"),
        ("Won one", DealStatus.WON, "Proposal"),
    ]
    lost = rows[1]
    assert (lost.lost_reason, lost.lost_detail, lost.value) == (
        "Price too high",
        "Cheaper offer from a local dealer",
        Decimal("1250.00"),
    )
    assert rows[0].outcome_day == date(2026, 2, 20)  # on hold since
    with database.sessions() as s:
        assert [r.title for r in deal_rows(s, [DealStatus.OPEN])] == ["Open one"]


def test_filters_by_text_state_period_and_reason(database, ids) -> None:
    with database.sessions() as s:
        rows = deal_rows(s)

    def titles(**wanted: object) -> list[str]:
        return [row.title for row in DealFilter(**wanted).kept(rows)]  # type: ignore[arg-type]

    assert titles(text="LOCAL DEALER") == ["Lost one"]  # the detail is searched too
    assert titles(text="price") == ["Lost one"]  # and the reason
    assert titles(text="ada") == ["Held one", "Lost one", "Won one"]
    assert titles(statuses=frozenset({DealStatus.WON, DealStatus.SUSPENDED})) == [
        "Held one",
        "Won one",
    ]
    assert titles(first_day=date(2026, 2, 1), last_day=date(2026, 2, 19)) == ["Lost one"]
    assert titles(reason_id=ids["price"]) == ["Lost one"]
    assert titles() == ["Held one", "Lost one", "Won one"]


def test_the_period_is_the_reps_local_day(database, ids) -> None:
    local_time.pin_zone(__import__("zoneinfo").ZoneInfo("Pacific/Kiritimati"))  # UTC+14
    with database.sessions() as s:
        rows = deal_rows(s)
    won = DealFilter(first_day=date(2026, 1, 11), last_day=date(2026, 1, 11)).kept(rows)
    assert [row.title for row in won] == ["Won one"]  # 10:00 UTC is the next day there


def test_notes_are_checked_undone_and_removed(database, ids) -> None:
    with pytest.raises(InvalidFieldsError), database.transaction() as s:
        add_note(s, ids["ada"], None, "   ", T0)
    with (
        pytest.raises(SalesDeskError, match="not one of the customer"),
        database.transaction() as s,
    ):
        other = Customer(name="Someone else")
        s.add(other)
        s.flush()
        add_note(s, other.id, ids["Won one"], "Wrong deal", T0)
    with database.transaction() as s:
        change = add_note(s, ids["ada"], ids["Won one"], "  Call after the audit  ", T0)
    with database.sessions() as s:
        note = s.scalars(select(Note)).one()
        assert (note.text, note.deal_id, note.written_at) == (
            "Call after the audit",
            ids["Won one"],
            T0,
        )
    with database.transaction() as s:
        change.undo(s)
    with database.sessions() as s:
        assert s.execute(text("SELECT count(*) FROM notes")).scalar() == 0
    with database.transaction() as s:
        change.redo(s)
        remove_note(s, change.row_id)
    with database.sessions() as s:
        assert s.execute(text("SELECT count(*) FROM notes")).scalar() == 0


def test_a_page_count_and_sums_in_sql_say_what_the_loaded_rows_say(database, ids) -> None:
    """Pages, keys and sums read in SQL agree with filtering every row (``DealFilter.kept``)."""
    with database.transaction() as s:
        stage = s.scalar(select(Stage.id).where(Stage.name == "Proposal"))
        ada = ids["ada"]
        for n in range(12):  # more held deals, some put on hold at the same second
            title = f"Straße {n}" if n % 2 else f"客户 {n}"
            currency = "USD" if n % 3 else "EUR"
            deal = open_deal(s, title, ada, stage, Decimal(n), T0, currency)
            put_on_hold(s, [deal], datetime(2026, 2, 10 + n // 3, 10, tzinfo=UTC))
    filters = [
        DealFilter(),
        DealFilter(statuses=frozenset({DealStatus.SUSPENDED})),
        DealFilter(statuses=frozenset({DealStatus.WON, DealStatus.LOST})),
        DealFilter(first_day=date(2026, 2, 3), last_day=date(2026, 2, 11)),
        DealFilter(reason_id=ids["price"]),
    ]
    with database.sessions() as s:
        rows, keys = deal_rows(s), deal_keys(s)
        assert [key.id for key in keys] == [row.id for row in rows]
        assert [key.search_text for key in keys] == [row.search_text for row in rows]
        for wanted in filters:
            kept = wanted.kept(rows)
            pages = [deal_rows(s, wanted=wanted, offset=n, limit=4) for n in range(0, 20, 4)]
            assert [row for page in pages for row in page] == kept, wanted
            assert _merged(deal_sums(s, wanted)) == _merged(key_sums(wanted.kept(keys)))
            assert sum(part.count for part in deal_sums(s, wanted)) == len(kept)
        # The search casefolds (ß is "ss"), Chinese text as it is.
        assert len(DealFilter(text="STRASSE").kept(keys)) == 6
        assert len(DealFilter(text="客户").kept(keys)) == 6
        with pytest.raises(ValueError, match="search text"):
            deal_rows(s, wanted=DealFilter(text="ada"), limit=4)
    today = date(2026, 3, 1)
    values = dated_values(key_sums(keys), today)
    assert sum(amount for _c, _d, amount in values) == sum(row.value for row in rows)
    assert {day for _c, day, _a in values} >= {date(2026, 1, 10), date(2026, 2, 3), today}
    assert close_days(key_sums(keys)) == (date(2026, 1, 10), date(2026, 2, 3))


def test_keys_read_a_slice_at_a_time_are_the_keys_read_at_once(
    database, ids, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(KeyReader, "BUILD", 4)  # the keys made in several steps too
    with database.transaction() as s:
        ada = s.scalar(select(Customer.id).where(Customer.name == "Ada Okafor"))
        stage = s.scalar(select(Stage.id).where(Stage.name == "Proposal"))
        for n in range(7):  # more deals: several slices, closed at the same time or not
            deal = open_deal(s, f"Straße {n}", ada, stage, Decimal(n), T0)
            mark_won(s, [deal], datetime(2026, 2, 1 + n // 2, 10, tzinfo=UTC))
    with database.sessions() as s:
        at_once = deal_keys(s)
        assert len(at_once) == 10
        steps = 0
        while True:  # 0, 1, 2, ... steps read (names, slices, merges), then the rest at once
            reader = KeyReader(size=3)
            ready = any(reader.read_slice(s) for _ in range(steps))
            assert reader.ready == ready
            assert reader.keys(s) == at_once, steps
            assert reader.ready and reader.keys(s) == at_once
            if ready:
                break
            steps += 1
        assert steps > 8  # the names, four slices, three merges, three steps making keys
        won = KeyReader([DealStatus.WON], size=2)
        while not won.read_slice(s):
            pass
        assert won.keys(s) == deal_keys(s, [DealStatus.WON])
        assert {key.status for key in won.keys(s)} == {DealStatus.WON}
        assert DealFilter(text="STRASSE").kept(won.keys(s)) == won.keys(s)[:7]


def _merged(sums: list[DealSum]) -> dict[tuple[str, str | None], tuple[int, int]]:
    merged: dict[tuple[str, str | None], tuple[int, int]] = {}
    for part in sums:
        cents, count = merged.get((part.currency, part.closed_utc), (0, 0))
        merged[(part.currency, part.closed_utc)] = (cents + part.value_cents, count + part.count)
    return merged


def test_a_change_names_the_deals_whose_keys_it_alters_and_those_keys_read_again(
    database, ids
) -> None:
    def change_of(operation) -> Change:
        with database.transaction() as s:
            return operation(s)

    def written(table, key, values) -> Change:
        def write(s) -> Change:
            writer = RowWriter(s)
            writer.update(table, key, values)
            return writer.change()

        return change_of(write)

    with database.transaction() as s:
        stages = dict(s.execute(select(Stage.name, Stage.id)).all())
        acme = Company(name="Acme")
        s.add(acme)
        s.flush()
        acme_id = acme.id
    opened, won, lost = ids["Open one"], ids["Won one"], ids["Lost one"]
    reader = KeyReader()
    with database.sessions() as s:
        reader.keys(s)

    def after(change: Change) -> frozenset[int] | None:
        """Return what the change alters, and check the keys read again are as read anew."""
        nonlocal reader
        touched = keys_changed_by(change)
        with database.sessions() as s:
            if touched is None:  # every key read again (a new reader, as the list does)
                reader = KeyReader()
            else:
                reader.read_again(s, touched)
            assert reader.keys(s) == deal_keys(s)
        return touched

    assert keys_changed_by(None) is None  # anything may have changed
    moved = change_of(lambda s: move_deals(s, [opened], stages["Negotiation"], 0, now=T0).change)
    assert after(moved) == frozenset()  # an open deal moving about
    assert after(written(Deal, opened, {"title": "Renamed while open"})) == frozenset()
    assert after(written(Deal, won, {"title": "Won, renamed"})) == {won}
    assert after(change_of(lambda s: mark_won(s, [opened], T0).change)) == {opened}
    reopened = change_of(lambda s: reopen(s, [lost], stages["Qualified"], T0).change)
    assert after(reopened) == {lost}  # out of the keys
    with database.sessions() as s:
        assert lost not in {key.id for key in reader.keys(s)}
    assert after(written(Customer, ids["ada"], {"position": "Buyer"})) == frozenset()
    assert after(written(Customer, ids["ada"], {"name": "Ada Obi"})) is None
    assert after(written(Customer, ids["ada"], {"company_id": acme_id})) is None
    assert after(written(Company, acme_id, {"website": "example.org"})) == frozenset()
    assert after(written(Company, acme_id, {"name": "Acme Two"})) is None
    assert after(written(LostReason, ids["price"], {"name": "Too dear"})) is None
