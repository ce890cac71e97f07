"""PDF text is the text: what pypdf and pdftotext read from SalesDesk's PDFs is what was printed.

Printed with the test font (tests/print_fonts.py), which shares glyphs as Noto Sans CJK does:
no radical for an ideograph, no ligature character for letters, nothing left out.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPdfWriter, QRawFont, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from salesdesk.core.errors import OutputError
from salesdesk.core.store import Database
from salesdesk.ui.printing import paged
from salesdesk.ui.printing.actions import print_sections
from salesdesk.ui.printing.dossier_print import customer_sections, day_sections
from salesdesk.ui.printing.fonts import print_font
from salesdesk.ui.printing.paged import PrintSection, paint_sections, write_pdf
from salesdesk.ui.printing.unicode_maps import by_unicode, read_to_unicode, write_to_unicode
from tests.core.dossier.rich_customer import (
    CHINESE_ANSWER,
    DAY,
    KOREAN_NOTE,
    MARKUP_ANSWER,
    MARKUP_NAME,
    NOW,
    Rich,
)
from tests.pdf_text import DOSSIER_HEADINGS, PageReader, pdf_pages, readers
from tests.print_fonts import NAMES, ON_PURPOSE, SHARED, WORDS, test_font

__all__ = ["test_font"]  # the fixture
PRINTED = (*NAMES, *WORDS, *SHARED)
# Symbols the dossier draws that Noto Sans CJK lacks (any installed font draws them; no test
# reads them) and the markers QTextDocument keeps in its text for tables.
DECORATION = {"↳", "☐", "\ufdd0", "\ufdd1", "\ufffc"}


def html_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toRawText()


def look_alikes(text: str) -> list[str]:
    """Return the characters of ``text`` that stand in for others: radicals, ligatures, tabs."""
    return sorted(
        {
            char
            for char in text
            if "\u2e80" <= char <= "\u2fdf"  # CJK radicals, Kangxi radicals
            or "\uf900" <= char <= "\ufaff"  # CJK compatibility ideographs
            or "\ufb00" <= char <= "\ufb4f"  # ligatures
            or (char < " " and char != "\n")
        }
    )


def joined(pages: list[str]) -> str:
    return "".join("".join(pages).split())


def names_section() -> PrintSection:
    words = " ".join(PRINTED)
    html = (
        f"<h1>{words}</h1><p>{words}</p><p><b>{words}</b> <i>{words}</i></p>"
        f"<table border=1><tr><td>{NAMES[0]}</td><td>{WORDS[0]}</td></tr></table>"
    )
    return PrintSection(html, running_title=f"{NAMES[0]} · {WORDS[0]} · {NAMES[2]}")


def test_the_test_font_makes_qt_write_radicals_and_ligatures(
    test_font: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Uncorrected, Qt's PDF says ⼩ for 小 and ﬃ for "ffi" (with ligatures on, as Qt's
    # default is): the test font reproduces what the full Noto font does. Should a Qt
    # release fix its writer, this test says so.
    def with_ligatures(point_size: float = 9.5) -> QFont:
        font = print_font(point_size)
        font.clearFeatures()
        return font

    monkeypatch.setattr(paged, "print_font", with_ligatures)
    raw = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(raw))
    paint_sections(writer, [names_section()])
    del writer  # finishes the file
    assert {"⼩", "⽰", "⾦", "ﬁ"} <= set(look_alikes(joined(pdf_pages(raw))))


@readers
def test_names_and_words_read_back_as_printed(
    test_font: str, tmp_path: Path, read_pages: PageReader
) -> None:
    out = tmp_path / "names.pdf"
    pages = write_pdf(out, [names_section()], title="Names", footer=f"{WORDS[1]} {NAMES[3]}")
    texts = read_pages(out)
    assert len(texts) == pages == 1
    text = joined(texts)
    assert look_alikes(text) == []
    for printed in (*PRINTED, f"{WORDS[1]}{NAMES[3]}", "Page1of1"):
        assert printed in text, printed
    assert text.count(NAMES[0]) >= 6  # heading, paragraphs, table, running header


@readers
def test_a_radical_or_a_ligature_printed_on_purpose_reads_back_as_such(
    test_font: str, tmp_path: Path, read_pages: PageReader
) -> None:
    out = tmp_path / "purpose.pdf"
    write_pdf(out, [PrintSection(f"<p>{' '.join(ON_PURPOSE)}</p>", "x")], title="x")
    text = joined(read_pages(out))
    for printed in ON_PURPOSE:
        assert printed in text, printed
    assert "小" not in text and "fi" not in text


@readers
def test_a_character_no_font_has_reads_as_the_replacement_character(
    test_font: str, tmp_path: Path, read_pages: PageReader
) -> None:
    out = tmp_path / "box.pdf"
    write_pdf(out, [PrintSection("<p>王\U0010fffd明</p>", "x")], title="x")
    text = joined(read_pages(out))
    assert "王\ufffd明" in text and "\x00" not in text


@readers
def test_dossiers_read_back_as_printed(
    test_font: str, database: Database, rich: Rich, tmp_path: Path, read_pages: PageReader
) -> None:
    with database.sessions() as session:
        sections = day_sections(session, DAY, NOW) + customer_sections(session, rich.customer, NOW)
    face = QRawFont.fromFont(print_font())
    assert face.familyName() == test_font
    lacking = {
        char
        for section in sections
        for char in section.running_title + html_text(section.html)
        if not char.isspace() and not face.glyphIndexesForString(char)[0]
    } - DECORATION
    assert not lacking, f"add {lacking} to tests/fonts/build_subset.py and rebuild the font"
    out = tmp_path / "day.pdf"
    pages = write_pdf(out, sections, title="Day", footer="printed today")
    texts = read_pages(out)
    assert len(texts) == pages
    text = joined(texts)
    assert look_alikes(text) == []
    for printed in (
        "Routefor",
        "王芳",
        "采购经理",
        "Profile",
        *DOSSIER_HEADINGS,
        MARKUP_NAME,
        MARKUP_ANSWER,
        CHINESE_ANSWER,
        KOREAN_NOTE,
        "이서연",
        "삼성<Tech>전자",
        "Too<em>dear</em>",
        "printedtoday",
    ):
        assert "".join(printed.split()) in text, printed
    assert re.search(r"Page (\d+) of \1\b", texts[-1])  # the last page


@readers
def test_printing_into_a_pdf_file_reads_back_as_printed(
    test_font: str, tmp_path: Path, read_pages: PageReader
) -> None:
    # A print dialog's "print to file": Qt writes next to the file, the text maps are
    # corrected, then it replaces the file.
    target = tmp_path / "printed.pdf"
    target.write_bytes(b"an old file")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    assert print_sections(printer, [names_section()], "printed today") == 1
    assert printer.outputFileName() == str(target)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["printed.pdf"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = joined(read_pages(target))
    assert look_alikes(text) == []
    for printed in PRINTED:
        assert printed in text, printed


def test_a_pdf_is_private_and_replaces_an_old_one_only_when_complete(
    test_font: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dossier.pdf"
    out.write_bytes(b"the old dossier")
    write_pdf(out, [names_section()], title="Names")
    assert out.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600

    def fail(*args: object, **kwargs: object) -> object:
        raise OSError("the printer or file could not be opened")

    monkeypatch.setattr(paged, "paint_sections", fail)
    before = out.read_bytes()
    with pytest.raises(OutputError, match="could not write .*dossier.pdf: the printer"):
        write_pdf(out, [names_section()], title="Names")
    assert out.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dossier.pdf"]


def test_to_unicode_maps_as_qt_writes_them_are_read_and_written_back() -> None:
    qt = (
        b"2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<0050> <FB01> <2F29> ]\n"
        b"endbfrange\n1 beginbfrange\n<0004> <0006> <0061>\nendbfrange\n"
        b"1 beginbfchar\n<0007> <D842DFB7>\nendbfchar\n"
    )
    mapping = read_to_unicode(qt)
    assert mapping == {1: "P", 2: "ﬁ", 3: "⼩", 4: "a", 5: "b", 6: "c", 7: "𠮷"}
    assert read_to_unicode(write_to_unicode(mapping)) == mapping
    many = {code: chr(0x4E00 + code) for code in range(1, 260)}
    assert read_to_unicode(write_to_unicode(many)) == many  # blocks of at most 100


def test_unicode_alone_undoes_radicals_ligatures_and_tabs() -> None:
    assert [by_unicode(text) for text in ("⼩", "⽰", "ﬁ", "ﬃ", "\t", "小", "fi", "a")] == [
        "小",
        "示",
        "fi",
        "ffi",
        " ",
        "小",
        "fi",
        "a",
    ]
