"""Dossiers printed to PDF: every part present, CJK as real text, markup literal, page breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from salesdesk.core.errors import OutputError
from salesdesk.core.store import Database
from salesdesk.ui.printing.actions import preview_dialog
from salesdesk.ui.printing.dossier_print import customer_sections, day_sections
from salesdesk.ui.printing.fonts import missing_scripts
from salesdesk.ui.printing.paged import page_size_for, write_pdf
from tests.core.dossier.rich_customer import (
    CHINESE_ANSWER,
    DAY,
    KOREAN_NOTE,
    MARKUP_ANSWER,
    MARKUP_NAME,
    NOW,
    Rich,
)
from tests.pdf_text import DOSSIER_HEADINGS, pdf_pages


def test_a_dossier_prints_every_part_with_cjk_as_text_and_markup_literally(
    qapp: object, database: Database, rich: Rich, tmp_path: Path, test_font: str
) -> None:
    assert missing_scripts("王芳 김민준") == [], "CI installs fonts-noto-cjk (see .ci/run)"
    with database.sessions() as session:
        sections = customer_sections(session, rich.customer, NOW)
    out = tmp_path / "dossier.pdf"
    pages = write_pdf(out, sections, title="Dossier", footer="printed today")
    texts = pdf_pages(out)
    assert len(texts) == pages >= 2
    whole = "".join(text.replace(" ", "") for text in texts)
    for part in DOSSIER_HEADINGS:
        assert part in whole, part
    for text in (
        MARKUP_NAME,
        MARKUP_ANSWER,
        CHINESE_ANSWER,
        KOREAN_NOTE,
        "이서연",
        "采购经理",
        "삼성<Tech>전자",
        "Too<em>dear</em>",
    ):
        assert text.replace(" ", "") in whole, text
    assert rich.unanswered_prompt.replace(" ", "") not in whole
    for number, text in enumerate(texts, start=1):
        # The running header names the customer, the footer counts the pages.
        assert MARKUP_NAME in text, number
        assert f"Page {number} of {pages}" in text


def test_a_day_batch_starts_each_dossier_on_a_new_page_after_the_route(
    qapp: object, database: Database, rich: Rich, tmp_path: Path, test_font: str
) -> None:
    with database.sessions() as session:
        sections = day_sections(session, DAY, NOW)
        alone = [
            write_pdf(
                tmp_path / f"{customer}.pdf", customer_sections(session, customer, NOW), title="one"
            )
            for customer in (rich.other, rich.customer)
        ]
    out = tmp_path / "day.pdf"
    pages = write_pdf(out, sections, title="Day")
    texts = pdf_pages(out)
    assert len(sections) == 3
    assert pages == len(texts) == 1 + sum(alone)
    assert "Route for" in texts[0] and "Page 1 of 1" in texts[0]
    assert texts[0].index("王芳") < texts[0].index(MARKUP_NAME)
    # The other customer's dossier fills pages 2.., then the rich customer's starts afresh.
    first = texts[1 : 1 + alone[0]]
    second = texts[1 + alone[0] :]
    assert all(text.startswith("王芳") for text in first)  # the running header comes first
    assert f"Page {alone[0]} of {alone[0]}" in first[-1]
    assert all(text.startswith(MARKUP_NAME) for text in second)
    assert f"Page 1 of {alone[1]}" in second[0]


def test_print_preview_paints_the_pages_offscreen(
    qtbot: QtBot, database: Database, rich: Rich
) -> None:
    with database.sessions() as session:
        sections = customer_sections(session, rich.customer, NOW)
    dialog = preview_dialog(None, sections, "Dossier")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.paintRequested, timeout=10_000):
        dialog.open()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 2)
    assert dialog.printer.docName() == "Dossier"
    dialog.close()


def test_paper_follows_the_locale() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert page_size_for(us).id() == QPageSize.PageSizeId.Letter
    assert page_size_for(germany).id() == QPageSize.PageSizeId.A4


def test_a_pdf_that_cannot_be_written_says_why(
    qapp: object, database: Database, rich: Rich, tmp_path: Path
) -> None:
    with database.sessions() as session:
        sections = customer_sections(session, rich.customer, NOW)
    with pytest.raises(OutputError, match="could not write .*x.pdf: No such file"):
        write_pdf(tmp_path / "missing" / "x.pdf", sections, title="x")
