"""Dossiers that waste no paper: empty parts take a line, times never wrap, plurals are right."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from salesdesk.core.models import Customer
from salesdesk.core.store import Database
from salesdesk.ui.printing.dossier_print import customer_sections, day_sections, printed_footer
from salesdesk.ui.printing.paged import write_pdf
from tests.core.dossier.rich_customer import DAY, NOW, Rich
from tests.pdf_text import pdf_pages

EMPTY_PARTS = (
    "No visit planned.",
    "None noted yet.",
    "Nothing noted yet.",
    "No open deals.",
    "No open objections.",
    "No visits or calls yet.",
    "Nobody named yet.",
)
TIME = re.compile(r"\d{1,2}:\d\d [AP]M\b")


def _printed(tmp_path: Path, name: str, sections: list) -> list[str]:
    out = tmp_path / f"{name}.pdf"
    pages = write_pdf(out, sections, title=name, footer=printed_footer(NOW))
    texts = pdf_pages(out)
    assert len(texts) == pages
    return texts


def test_a_customer_with_nothing_yet_fits_on_one_page(
    qapp: object, database: Database, tmp_path: Path
) -> None:
    with database.transaction() as session:
        nobody = Customer(name="Nobody Yet")
        session.add(nobody)
        session.flush()
        nobody_id = nobody.id
    with database.sessions() as session:
        texts = _printed(tmp_path, "empty", customer_sections(session, nobody_id, NOW))
    (page,) = texts  # every empty part on one line of the one page
    for words in EMPTY_PARTS:
        assert words in page, words
    assert "Page 1 of 1" in page


def test_a_rich_customer_takes_two_pages(
    qapp: object, database: Database, rich: Rich, tmp_path: Path, test_font: str
) -> None:
    with database.sessions() as session:
        texts = _printed(tmp_path, "rich", customer_sections(session, rich.customer, NOW))
    assert len(texts) == 2
    assert "Referrals" in texts[-1] and "Kang Min-ho" in texts[-1]
    assert "Anniversary · Anniversary" not in "".join(texts)  # a kind is not said twice


def test_the_route_page_keeps_each_time_on_one_line_and_counts_in_words(
    qapp: object, database: Database, rich: Rich, tmp_path: Path, test_font: str
) -> None:
    with database.sessions() as session:
        (page,) = _printed(tmp_path, "day", day_sections(session, DAY, NOW)[:1])
    # The page as laid out, line by line: a time that wrapped would leave "AM" on a line below.
    laid_out = PdfReader(tmp_path / "day.pdf").pages[0].extract_text(extraction_mode="layout")
    lines = [line.replace("\u202f", " ").strip() for line in laid_out.splitlines()]
    starts = [match.group(0) for line in lines if (match := TIME.match(line))]
    assert starts == ["9:00 AM", "11:00 AM", "4:00 PM"]
    assert not any(line.split()[:1] in (["AM"], ["PM"]) for line in lines)
    assert "3 visits · 2 customers" in page
    assert "(s)" not in page
    assert "printed 5/4/2026 7:00" in page.replace("\u202f", " ")  # the locale's format
