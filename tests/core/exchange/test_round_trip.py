"""Export → import gives every exported field back byte for byte, for CSV and vCard.

Two sets: the sample world (``generate_sample``) and a hostile set (quotes, commas, line breaks,
U+2028 and other separators, leading = + - @ ' and tab, emoji, CJK, right-to-left text, a
10,000-character note). Each is exported, imported into a new database, and compared field by
field; a second import of the same file adds nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.core.exchange.exporter import exported_customers, write_csv, write_vcard
from salesdesk.core.exchange.importer import import_rows, open_customers
from salesdesk.core.models import utc_now
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database
from tests.core.exchange.round_trip import add_hostile, differences, field_values, fresh_database

WRITERS = {"csv": write_csv, "vcf": write_vcard}


def _round_trip(source: Database, tmp_path: Path, suffix: str) -> None:
    with source.sessions() as session:
        before = field_values(session)
        exported = exported_customers(session)
    path = tmp_path / f"customers.{suffix}"
    WRITERS[suffix](exported, path)
    target = fresh_database(tmp_path)
    try:
        with target.transaction() as session:
            summary = import_rows(session, open_customers(path, "DE"), utc_now())
        assert [str(problem) for problem in summary.problems] == []
        assert (summary.added, summary.updated, summary.skipped) == (len(before), 0, 0)
        with target.sessions() as session:
            after = field_values(session)
        assert differences(before, after) == []
        with target.transaction() as session:
            again = import_rows(session, open_customers(path, "DE"), utc_now())
        assert (again.added, again.updated, again.skipped) == (0, 0, len(before))
    finally:
        target.close()


@pytest.mark.parametrize("suffix", ["csv", "vcf"])
def test_the_sample_world_comes_back_field_by_field(
    database: Database, tmp_path: Path, suffix: str
) -> None:
    with database.transaction() as session:
        generate_sample(session, customers=60, deals=20, seed=11)
    _round_trip(database, tmp_path, suffix)


@pytest.mark.parametrize("suffix", ["csv", "vcf"])
def test_hostile_values_come_back_byte_for_byte(
    database: Database, tmp_path: Path, suffix: str
) -> None:
    add_hostile(database)
    _round_trip(database, tmp_path, suffix)
