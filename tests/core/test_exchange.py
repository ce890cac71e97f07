"""Import from CSV and vCard with a line-by-line report; spreadsheet-safe CSV and vCard export."""

from __future__ import annotations

import csv
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from salesdesk.cli import main
from salesdesk.core.exchange.csv_reader import ImportFileError
from salesdesk.core.exchange.exporter import exported_customers, spreadsheet_safe, write_vcard
from salesdesk.core.exchange.fields import FieldError, check_email, check_phone
from salesdesk.core.exchange.importer import import_customers, read_customers
from salesdesk.core.models import Company, ContactMethod, Customer, Tier
from salesdesk.core.store import Database

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)

CSV_TEXT = """\
Name;Company;E-Mail;Phone;Tier;City;Birthday;Notes
Anna Schmidt;Acme GmbH;anna@acme.example;030 1234567;a;Berlin;1980-01-31;likes <b>golf</b>
;Nameless Inc;x@y.example;;;;;
Bob;Acme GmbH;not-an-email;;B;;;
王芳;华为技术有限公司;wang@huawei.example, fang@huawei.example;+86 755 2878 0808;;深圳;;
Zed;;;;D;;;
Eve;;;;;;31.01.1980;
"Multi
Line";ACME GMBH;;;;;;"first line
second line"
"""

VCARD_TEXT = """\
BEGIN:VCARD
VERSION:3.0
FN:김민준
ORG:Samsung
TEL:+82 2 555 0199
EMAIL:minjun@samsung.example
BDAY:19850412
ADR:;;Gangnam-daero 1;서울;;06000;Korea
END:VCARD
BEGIN:VCARD
VERSION:4.0
N:Taylor;Daniel;;;
EMAIL:bad@@x
END:VCARD
"""


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_csv_rows_are_checked_and_bad_ones_reported_by_line(tmp_path: Path) -> None:
    result = read_customers(write(tmp_path, "people.csv", CSV_TEXT), region="DE")
    assert [str(problem) for problem in result.problems] == [
        "line 3: name is missing",
        "line 4: 'not-an-email' is not an e-mail address: an email address must have an @-sign",
        "line 6: the tier is A, B or C, not 'D'",
        "line 7: '31.01.1980' is not a date (write YYYY-MM-DD)",
    ]
    anna, wang, multi = result.drafts
    assert (anna.line, anna.tier, anna.phones, anna.birthday) == (
        2,
        Tier.A,
        ["+49 30 1234567"],
        date(1980, 1, 31),
    )
    assert wang.emails == ["wang@huawei.example", "fang@huawei.example"]
    assert (multi.line, multi.name, multi.notes) == (8, "Multi\nLine", "first line\nsecond line")


def test_a_file_without_a_name_column_is_refused_whole(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="has no name column"):
        read_customers(write(tmp_path, "x.csv", "Firma,Mail\nAcme,a@b.example\n"))
    with pytest.raises(ImportFileError, match="imports .csv and .vcf"):
        read_customers(write(tmp_path, "x.xlsx", "whatever"))


def test_vcards_are_read_with_their_first_line(tmp_path: Path) -> None:
    result = read_customers(write(tmp_path, "cards.vcf", VCARD_TEXT))
    (kim,) = result.drafts
    assert (kim.name, kim.company, kim.birthday, kim.city, kim.postal_code) == (
        "김민준",
        "Samsung",
        date(1985, 4, 12),
        "서울",
        "06000",
    )
    assert kim.phones == ["+82 2 555 0199"]  # written with +country: kept as written
    assert [(p.line, p.reason.split(":")[0]) for p in result.problems] == [
        (10, "'bad@@x' is not an e-mail address")
    ]


def test_import_stores_good_rows_and_reuses_companies(database: Database, tmp_path: Path) -> None:
    result = read_customers(write(tmp_path, "people.csv", CSV_TEXT), region="DE")
    with database.transaction() as session:
        assert import_customers(session, result.drafts, NOW).added == 3
    with database.sessions() as session:
        customers = session.scalars(select(Customer)).all()
        assert {c.name for c in customers} == {"Anna Schmidt", "王芳", "Multi\nLine"}
        companies = session.scalars(select(Company.name).order_by(Company.name)).all()
        assert companies == ["Acme GmbH", "华为技术有限公司"]  # ACME GMBH is the same company
        values = session.scalars(select(ContactMethod.value).order_by(ContactMethod.id)).all()
        assert values == [
            "anna@acme.example",
            "+49 30 1234567",
            "wang@huawei.example",
            "fang@huawei.example",
            "+86 755 2878 0808",
        ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30", "'+49 30"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=x", "'\t=x"),
        ("'x", "''x"),
        ("Anna", "Anna"),
        ("a=b", "a=b"),
    ],
)
def test_spreadsheet_formulas_are_neutralised(value: str, expected: str) -> None:
    assert spreadsheet_safe(value) == expected


def test_export_import_round_trip_through_vcard(database: Database, tmp_path: Path) -> None:
    people = read_customers(write(tmp_path, "people.csv", CSV_TEXT), region="DE").drafts
    with database.transaction() as session:
        import_customers(session, people, NOW)
    with database.sessions() as session:
        exported = exported_customers(session)
    path = tmp_path / "out.vcf"
    write_vcard(exported, path)
    again = read_customers(path)
    assert again.problems == []

    def key(d):  # noqa: ANN001, ANN202 - companies were matched ignoring case on import
        return d.name, (d.company or "").casefold(), tuple(d.emails), tuple(d.phones)

    assert sorted(map(key, again.drafts)) == sorted(map(key, people))


def test_cli_import_reports_and_exits_1_and_export_writes_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "people.sqlite3"
    source = write(tmp_path, "people.csv", CSV_TEXT)
    assert main(["import", "--db", str(db), str(source), "--region", "de"]) == 1
    out = capsys.readouterr().out
    assert "people.csv: line 3: name is missing" in out
    assert "imported 3 customer(s); updated 0; skipped 0 already there; refused 4 row(s)" in out
    target = tmp_path / "out.csv"
    assert main(["export", "--db", str(db), "--csv", str(target)]) == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["name"] for row in rows] == ["Anna Schmidt", "Multi\nLine", "王芳"]
    assert rows[0]["phone"] == "'+49 30 1234567" and rows[0]["notes"] == "likes <b>golf</b>"
    good = write(tmp_path, "good.csv", "name,email\nZoe Young,zoe@example.com\n")
    assert main(["import", "--db", str(db), str(good)]) == 0


@pytest.mark.parametrize(
    ("check", "text", "message"),
    [
        (check_email, "anna@", "is not an e-mail address"),
        (lambda t: check_phone(t, None), "030 1234567", "start it with + and the country code"),
        (lambda t: check_phone(t, "DE"), "12", "is not a phone number"),
    ],
)
def test_field_checks_explain(check, text: str, message: str) -> None:  # noqa: ANN001
    with pytest.raises(FieldError, match=re.escape(message)):
        check(text)


@pytest.mark.parametrize(
    "address",
    [
        "a@example.com",
        "A.B@EXAMPLE.COM",
        "a+tag@x.co",
        "o'brien@example.ie",
        "a_b@x-y.example",
        "a..b@x.com",
        ".a@x.com",
        "a@b",
        "x@y.test",
        "a@-x.com",
        "a@xn--bcher-kva.example",
        "müller@bücher.example",
        "x" * 65 + "@example.com",
        '"q"@x.com',
        "a@x..com",
    ],
)
def test_the_quick_e_mail_check_answers_as_email_validator(address: str) -> None:
    from email_validator import EmailNotValidError, validate_email

    try:
        expected = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        with pytest.raises(FieldError):
            check_email(address)
    else:
        assert check_email(address) == expected
