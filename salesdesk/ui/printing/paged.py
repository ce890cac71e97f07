"""Paged output of HTML sections: running header, page numbers, PDF or any printer.

Each ``PrintSection`` starts on a new page; its header names it (the customer, say) on every
one of its pages and the footer counts its pages ("Page 2 of 3"). Text is laid out at a fixed
96 dots per inch and the painter is scaled to the device, as QTextDocument.print does, so an
``<img width="300">`` is the same size on a 300 dpi printer and in a 1200 dpi PDF.

A PDF is written by Qt into memory, its text maps are corrected against the text that was
printed (``unicode_maps``: Qt would have 小 read as the radical ⼩) and it reaches the disk
through ``core.files.atomic_path``: complete or not at all, readable by its owner only.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from salesdesk.core.files import atomic_path
from salesdesk.ui.formatting import tr
from salesdesk.ui.printing.fonts import print_font
from salesdesk.ui.printing.unicode_maps import correct_pdf_text

_CONTEXT = "Printing"
LAYOUT_DPI = 96
PDF_DPI = 1200
MARGINS_MM = QMarginsF(18, 14, 18, 14)
HEADER_MM = 9.0
FOOTER_MM = 8.0
# Countries that print on US Letter; everyone else uses A4.
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.CostaRica,
    QLocale.Country.Guatemala,
    QLocale.Country.Panama,
    QLocale.Country.Philippines,
    QLocale.Country.PuertoRico,
    QLocale.Country.Venezuela,
    QLocale.Country.ElSalvador,
    QLocale.Country.DominicanRepublic,
    QLocale.Country.Nicaragua,
}


@dataclass(frozen=True)
class PrintSection:
    """A part of a print job that starts on a new page.

    ``running_title`` heads each of its pages; ``images`` are the pictures its HTML refers
    to by name (``<img src="name">``).
    """

    html: str
    running_title: str
    images: Mapping[str, QImage] = field(default_factory=dict)


@dataclass(frozen=True)
class PaintedJob:
    """What ``paint_sections`` printed: the number of pages and every character it showed."""

    pages: int
    text: str


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """Return the paper the locale's country uses: Letter in the Americas' Letter countries."""
    territory = (locale or QLocale()).territory()
    letter = territory in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_layout(locale: QLocale | None = None) -> QPageLayout:
    """Return the page layout of printed documents: the locale's paper, portrait, margins."""
    return QPageLayout(
        page_size_for(locale),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _layout_device() -> QImage:
    """Return a device of exactly LAYOUT_DPI for text layout, whatever the screen is."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _document(section: PrintSection, width: float, height: float, device: QImage) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(print_font())
    for name, image in section.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setPageSize(QSizeF(width, height))  # first: the HTML is then laid out once
    document.setHtml(section.html)
    return document


def page_count(section: PrintSection, layout: QPageLayout | None = None) -> int:
    """Return how many pages ``section`` fills on the paper of ``layout`` (the locale's).

    Laid out as ``paint_sections`` lays it out, less a few pixels of safety against the
    rounding of a printer's resolution.
    """
    area = (layout or page_layout()).paintRectPixels(LAYOUT_DPI)
    mm = LAYOUT_DPI / 25.4
    height = area.height() - (HEADER_MM + FOOTER_MM) * mm - 4
    return _document(section, area.width(), height, _layout_device()).pageCount()


def _small_font(point_size: float, bold: bool = False) -> QFont:
    font = print_font(point_size)
    font.setBold(bold)
    return font


def paint_sections(
    device: QPagedPaintDevice,
    sections: Sequence[PrintSection],
    *,
    footer: str = "",
    first: int = 0,
    last: int = 0,
) -> PaintedJob:
    """Print ``sections`` on ``device`` (a QPdfWriter or QPrinter); return what was printed.

    ``footer`` is printed at the bottom left of every page (what the document is, and when).
    ``first`` and ``last`` (1-based, 0 for no limit) pick a range of pages of the whole job,
    as a print dialog's page range does.
    """
    resolution = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(resolution)
    mm = resolution / 25.4
    header, footer_height = HEADER_MM * mm, FOOTER_MM * mm
    body = QRectF(0, header, area.width(), area.height() - header - footer_height)
    scale = resolution / LAYOUT_DPI
    layout_device = _layout_device()
    documents = [
        _document(section, body.width() / scale, body.height() / scale, layout_device)
        for section in sections
    ]
    # Everything the pages show as text (the whole job, whatever range is printed).
    printed = [document.toRawText() for document in documents]
    printed += [section.running_title for section in sections] + [footer, "…"]
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr(_CONTEXT, "the printer or file could not be opened"))
    pages = number = 0
    try:
        for section, document in zip(sections, documents, strict=True):
            count = document.pageCount()
            page_height = document.pageSize().height()
            for page in range(count):
                number += 1
                if number < first or (last and number > last):
                    continue
                if pages and not device.newPage():
                    raise OSError(tr(_CONTEXT, "the printer refused a new page"))
                pages += 1
                printed.append(
                    _paint_margins(
                        painter,
                        area.width(),
                        area.height(),
                        header,
                        footer_height,
                        section.running_title,
                        footer,
                        page + 1,
                        count,
                    )
                )
                painter.save()
                painter.translate(body.topLeft())
                painter.setClipRect(QRectF(0, 0, body.width(), body.height()))
                painter.scale(scale, scale)
                painter.translate(0, -page * page_height)
                document.drawContents(
                    painter, QRectF(0, page * page_height, body.width() / scale, page_height)
                )
                painter.restore()
    finally:
        painter.end()
    return PaintedJob(pages, "".join(printed))


def _paint_margins(
    painter: QPainter,
    width: float,
    height: float,
    header: float,
    footer_height: float,
    title: str,
    footer: str,
    page: int,
    pages: int,
) -> str:
    """Paint the running title with a rule under it, and the footer with the page number.

    Returns the page number's text.
    """
    painter.save()
    painter.setPen(QPen(Qt.GlobalColor.black))
    title_font = _small_font(9, bold=True)
    painter.setFont(title_font)
    metrics = QFontMetricsF(title_font, painter.device())
    baseline = header * 0.55
    painter.drawText(
        QPointF(0, baseline), metrics.elidedText(title, Qt.TextElideMode.ElideRight, width * 0.7)
    )
    rule = QPen(Qt.GlobalColor.black)
    rule.setWidthF(max(1.0, painter.device().logicalDpiY() / 200))
    painter.setPen(rule)
    painter.drawLine(QPointF(0, header * 0.72), QPointF(width, header * 0.72))
    small = _small_font(8)
    painter.setFont(small)
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    numbers = tr(_CONTEXT, "Page %1 of %2", str(page), str(pages))
    bottom = QRectF(0, height - footer_height * 0.6, width, footer_height * 0.6)
    painter.drawText(
        bottom, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), numbers
    )
    painter.drawText(
        bottom,
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        QFontMetricsF(small, painter.device()).elidedText(
            footer, Qt.TextElideMode.ElideRight, width * 0.7
        ),
    )
    painter.restore()
    return numbers


def write_pdf(path: Path, sections: Sequence[PrintSection], *, title: str, footer: str = "") -> int:
    """Write ``sections`` to the PDF file ``path``; return the number of pages.

    The file is complete or not there (an existing one stays as it was), readable by its
    owner only, and its text is what was printed. Raises ``OutputError`` when it cannot be
    written.
    """
    with atomic_path(path) as partial:  # a missing folder fails here, before any painting
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout())
        writer.setTitle(title)
        writer.setCreator("SalesDesk")
        try:
            painted = paint_sections(writer, sections, footer=footer)
        finally:
            del writer  # finishes the PDF
        if not buffer.size():
            raise OSError(tr(_CONTEXT, "the PDF came out empty"))
        with open(partial, "wb") as handle:
            correct_pdf_text(io.BytesIO(buffer.data().data()), handle, painted.text)
    return painted.pages
