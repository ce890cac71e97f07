"""CSV by RFC 4180: the whole file through the csv module, file line numbers, every problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.core.exchange.csv_reader import ImportFileError, unguarded
from salesdesk.core.exchange.importer import read_customers


def write(tmp_path: Path, content: str, name: str = "people.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def test_doubled_quotes_stay_on_although_the_header_has_no_quotes(tmp_path: Path) -> None:
    text = (
        'name,notes\r\nAnna,"ends with a comma and a quote,"""\r\n'
        'Bob,"Anna ""The Boss"" Smith"\r\nCora,plain\r\n'
    )
    result = read_customers(write(tmp_path, text))
    assert [(d.line, d.name, d.notes) for d in result.drafts] == [
        (2, "Anna", 'ends with a comma and a quote,"'),
        (3, "Bob", 'Anna "The Boss" Smith'),
        (4, "Cora", "plain"),
    ]
    assert result.problems == []


def test_values_are_kept_exactly_and_line_numbers_are_the_files(tmp_path: Path) -> None:
    text = (
        "name;notes;city\n"
        '"Multi\r\nLine";"a\u2028b\x0bc\x0cd\x1ce\x85f";" Berlin "\n'
        "Eve; keeps spaces ;Köln\n"
        "\n"
        "Zoe;z;Z\n"
    )
    result = read_customers(write(tmp_path, text))
    assert [(d.line, d.name, d.notes, d.city) for d in result.drafts] == [
        (2, "Multi\r\nLine", "a\u2028b\x0bc\x0cd\x1ce\x85f", " Berlin "),
        (4, "Eve", " keeps spaces ", "Köln"),
        (6, "Zoe", "z", "Z"),
    ]


def test_a_row_with_more_or_fewer_values_is_refused_with_both_counts(tmp_path: Path) -> None:
    text = "name,email,city\nAnna,a@b.example,Berlin,extra\nBob,b@b.example\nCora,,Ulm\n"
    result = read_customers(write(tmp_path, text))
    assert [str(p) for p in result.problems] == [
        "line 2: the row has 4 values, but the header names 3 columns",
        "line 3: the row has 2 values, but the header names 3 columns",
    ]
    assert [d.name for d in result.drafts] == ["Cora"]


def test_every_problem_of_a_row_is_reported(tmp_path: Path) -> None:
    text = "name,email,tier,birthday,notes\n,not-mail,D,31.01.1980," + "x" * 10_001 + "\n"
    (problem,) = read_customers(write(tmp_path, text)).problems
    assert problem.line == 2
    assert problem.reason.split("; ") == [
        "name is missing",
        "the notes is longer than 10,000 characters (10,001)",
        "the tier is A, B or C, not 'D'",
        "'31.01.1980' is not a date (write YYYY-MM-DD)",
        "'not-mail' is not an e-mail address: an email address must have an @-sign",
    ]


def test_an_unclosed_quote_is_reported_and_ends_the_file(tmp_path: Path) -> None:
    text = 'name,notes\nAnna,fine\nBob,"never closed\nCora,x\nDan,y\n'
    result = read_customers(write(tmp_path, text))
    assert [d.name for d in result.drafts] == ["Anna"]
    assert [str(p) for p in result.problems] == [
        "lines 3–5: a quote opened here is never closed: this and every later line was not read"
    ]


def test_a_value_over_the_csv_modules_default_limit_is_a_refused_row(tmp_path: Path) -> None:
    text = "name,notes\nBig," + "y" * 200_000 + "\nSmall,ok\n"
    result = read_customers(write(tmp_path, text))
    assert [d.name for d in result.drafts] == ["Small"]
    assert [p.line for p in result.problems] == [2]
    assert "longer than 10,000 characters (200,000)" in result.problems[0].reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("'=SUM(A1)", "=SUM(A1)"),
        ("'-VP", "-VP"),
        ("'+49 30", "+49 30"),
        ("'@x", "@x"),
        ("'\t=x", "\t=x"),
        ("''quoted", "'quoted"),
        ("'plain", "'plain"),
        ("'", "'"),
    ],
)
def test_the_exports_formula_guard_is_taken_off(value: str, expected: str) -> None:
    assert unguarded(value) == expected


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_found_outside_quotes(tmp_path: Path, delimiter: str) -> None:
    header = delimiter.join(["name", "company", "notes"])
    row = delimiter.join(["Anna", '"Acme, Inc; Ltd"', '"a\tb"'])
    (draft,) = read_customers(write(tmp_path, f"{header}\n{row}\n")).drafts
    assert (draft.name, draft.company, draft.notes) == ("Anna", "Acme, Inc; Ltd", "a\tb")


def test_utf16_with_bom_and_utf8_with_bom_are_read(tmp_path: Path) -> None:
    text = "name\tcity\r\nŁukasz Nowak\tŁódź\r\n"
    for encoding in ("utf-16", "utf-8-sig"):
        result = read_customers(write(tmp_path, text, encoding=encoding))
        assert [(d.name, d.city) for d in result.drafts] == [("Łukasz Nowak", "Łódź")]


def test_a_legacy_file_is_refused_until_its_encoding_is_chosen(tmp_path: Path) -> None:
    path = write(tmp_path, "name;city\r\nJörg Müller;Köln €\r\n", encoding="cp1252")
    with pytest.raises(ImportFileError, match=r"not UTF-8 text \(line 2 has the byte 0xF6\)"):
        read_customers(path)
    result = read_customers(path, encoding="cp1252")
    assert [(d.name, d.city) for d in result.drafts] == [("Jörg Müller", "Köln €")]
    assert result.encoding == "cp1252"
    polish = write(tmp_path, "name\nŁukasz Żółć\n", name="pl.csv", encoding="cp1250")
    assert read_customers(polish, encoding="cp1250").drafts[0].name == "Łukasz Żółć"
    latin = write(tmp_path, "name\nAmélie\n", name="fr.csv", encoding="latin-1")
    assert read_customers(latin, encoding="latin-1").drafts[0].name == "Amélie"
    with pytest.raises(ImportFileError, match="not an encoding SalesDesk knows"):
        read_customers(path, encoding="klingon")


def test_utf16_without_a_mark_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "name\nAnna\n", encoding="utf-16-le")
    with pytest.raises(ImportFileError, match="UTF-16 without a byte order mark"):
        read_customers(path)
    assert read_customers(path, encoding="utf-16-le").drafts[0].name == "Anna"


def test_columns_left_out_and_a_missing_name_column_are_said(tmp_path: Path) -> None:
    result = read_customers(write(tmp_path, "name,shoe size\nAnna,38\n"))
    assert result.notes == ["columns not imported: shoe size"]
    with pytest.raises(ImportFileError, match="has no name column"):
        read_customers(write(tmp_path, "Firma,Mail\nAcme,a@b.example\n"))
    with pytest.raises(ImportFileError, match="imports .csv and .vcf"):
        read_customers(write(tmp_path, "whatever", name="x.xlsx"))


def test_birthdays_with_and_without_a_year(tmp_path: Path) -> None:
    text = "name,birthday\nAnna,1980-02-29\nBob,--04-15\nCora,1850-01-01\n"
    result = read_customers(write(tmp_path, text))
    assert [(d.name, d.birthday.isoformat(), d.birthday_year_known) for d in result.drafts] == [
        ("Anna", "1980-02-29", True),
        ("Bob", "1904-04-15", False),
    ]
    assert [str(p) for p in result.problems] == [
        "line 4: the date 1850-01-01 is not between 1900 and 2200"
    ]


def test_coordinates_come_in_as_degrees_in_pairs(tmp_path: Path) -> None:
    text = (
        "name,city,latitude,longitude\n"
        "Ana,Madrid,40.4168,-3.7038\n"
        "Ben,Getafe,,\n"
        "Cem,Toledo,39.86,\n"
        "Dora,Quito,-95.5,10\n"
        "Eli,Lima,12°N,77°W\n"
    )
    result = read_customers(write(tmp_path, text))
    assert [(d.name, d.latitude, d.longitude) for d in result.drafts] == [
        ("Ana", 40.4168, -3.7038),
        ("Ben", None, None),
    ]
    assert [(p.line, p.reason) for p in result.problems] == [
        (4, "give both latitude and longitude, or neither"),
        (5, "the latitude is -90 to 90 degrees, not -95.5"),
        (6, "'12°N' is not a latitude (write degrees like 40.4168)"),
    ]
