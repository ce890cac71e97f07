"""Paged output of HTML sections: running header, page numbers, PDF or any printer.

Each ``PrintSection`` starts on a new page; its header names it (the customer, say) on every
one of its pages and the footer counts its pages ("Page 2 of 3"). Text is laid out at a fixed
96 dots per inch and the painter is scaled to the device, as QTextDocument.print does, so an
``<img width="300">`` is the same size on a 300 dpi printer and in a 1200 dpi PDF.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
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

from salesdesk.ui.formatting import tr
from salesdesk.ui.printing.fonts import print_font

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
    document.setHtml(section.html)
    document.setPageSize(QSizeF(width, height))
    return document


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
) -> int:
    """Print ``sections`` on ``device`` (a QPdfWriter or QPrinter); return the pages printed.

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
    return pages


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
) -> None:
    """Paint the running title with a rule under it, and the footer with the page number."""
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


def write_pdf(path: Path, sections: Sequence[PrintSection], *, title: str, footer: str = "") -> int:
    """Write ``sections`` to the PDF file ``path``; return the number of pages.

    Raises OSError when the file cannot be written.
    """
    with path.open("wb"):  # a clear error (no folder, no permission) before Qt's silent one
        pass
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    writer.setTitle(title)
    writer.setCreator("SalesDesk")
    try:
        pages = paint_sections(writer, sections, footer=footer)
    finally:
        del writer  # closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(tr(_CONTEXT, "could not write %1", str(path)))
    return pages
