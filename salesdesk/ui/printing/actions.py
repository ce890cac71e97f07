"""Print preview, Print… and Export PDF… for anything that can be printed as sections.

Callers pass a function that builds the sections, so the data is read once per job. The
preview keeps its QPrinter on the dialog: a temporary printer would be gone before the
preview paints and crash it. A print dialog set to print into a PDF file gets the same file
as Export PDF…: written atomically (0600) with its text maps corrected.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEngine
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from salesdesk.core.errors import OutputError, SalesDeskError
from salesdesk.core.files import atomic_path
from salesdesk.ui.formatting import as_sentence, tr
from salesdesk.ui.printing.fonts import missing_scripts
from salesdesk.ui.printing.paged import (
    PaintedJob,
    PrintSection,
    page_layout,
    paint_sections,
    write_pdf,
)
from salesdesk.ui.printing.unicode_maps import correct_pdf_text
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.exported import confirm_export
from salesdesk.ui.widgets.screen_fit import fit_to_screen

_CONTEXT = "Printing"
SectionsFactory = Callable[[], Sequence[PrintSection]]


def _sections(parent: QWidget, make_sections: SectionsFactory) -> Sequence[PrintSection] | None:
    """Build the sections; say why when that fails, and warn about scripts without a font."""
    try:
        sections = make_sections()
    except SalesDeskError as error:
        messages.warn(parent, tr(_CONTEXT, "Nothing to print"), as_sentence(str(error)))
        return None
    missing = missing_scripts("".join(section.html for section in sections))
    if missing:
        messages.warn(
            parent,
            tr(_CONTEXT, "Fonts missing"),
            tr(
                _CONTEXT,
                "No font for %1 text is installed, so that text will be left out.\n\n"
                "On Debian or Ubuntu: sudo apt install fonts-noto-cjk; or put a font file "
                "into the fonts folder of SalesDesk's data folder.",
                " / ".join(missing),
            ),
        )
    return sections


def _printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(title)
    return printer


def _pdf_file(printer: QPrinter) -> Path | None:
    """Return the PDF file ``printer`` prints into, or None (paper, or the preview's pages)."""
    engine = printer.paintEngine()
    if (
        printer.outputFormat() != QPrinter.OutputFormat.PdfFormat
        or not printer.outputFileName()
        or engine is None
        or engine.type() != QPaintEngine.Type.Pdf
    ):
        return None
    return Path(printer.outputFileName())


def print_sections(printer: QPrinter, sections: Sequence[PrintSection], footer: str) -> int:
    """Print ``sections`` (the printer's page range) on ``printer``; return the pages printed.

    Into a PDF file, Qt writes a temporary file next to it whose text maps are corrected
    before it replaces the file. Raises OSError or OutputError.
    """

    def paint() -> PaintedJob:
        return paint_sections(
            printer, sections, footer=footer, first=printer.fromPage(), last=printer.toPage()
        )

    target = _pdf_file(printer)
    if target is None:
        return paint().pages
    with atomic_path(target) as partial:
        printer.setOutputFileName(str(partial))
        try:
            job = paint()
        finally:
            printer.setOutputFileName(str(target))
        data = partial.read_bytes()
        with open(partial, "wb") as handle:
            correct_pdf_text(io.BytesIO(data), handle, job.text)
    return job.pages


def _paint(
    parent: QWidget, printer: QPrinter, sections: Sequence[PrintSection], footer: str
) -> bool:
    try:
        print_sections(printer, sections, footer)
    except (OSError, OutputError) as error:
        messages.fail(parent, tr(_CONTEXT, "Not printed"), as_sentence(str(error)))
        return False
    return True


def preview_dialog(
    parent: QWidget, sections: Sequence[PrintSection], title: str, footer: str = ""
) -> QPrintPreviewDialog:
    """Return a print preview of ``sections`` (not yet shown); it can print from there."""
    printer = _printer(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(tr(_CONTEXT, "Print Preview — %1", title))
    dialog.printer = printer  # the preview paints on it long after this function returns
    dialog.paintRequested.connect(lambda target: _paint(dialog, target, sections, footer))
    fit_to_screen(dialog, QSize(900, 1000))  # a page side by side with its tools, on any screen
    return dialog


def show_preview(
    parent: QWidget, make_sections: SectionsFactory, title: str, footer: str = ""
) -> QPrintPreviewDialog | None:
    """Open the print preview of what ``make_sections`` builds (modal to the window).

    Returns the dialog, which deletes itself when closed; None when there is nothing to show.
    """
    sections = _sections(parent, make_sections)
    if sections is None:
        return None
    dialog = preview_dialog(parent, sections, title, footer)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def print_with_dialog(
    parent: QWidget, make_sections: SectionsFactory, title: str, footer: str = ""
) -> bool:
    """Ask for a printer and print; return True when it was printed."""
    sections = _sections(parent, make_sections)
    if sections is None:
        return False
    printer = _printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr(_CONTEXT, "Print %1", title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return _paint(parent, printer, sections, footer)


def export_pdf_with_dialog(
    parent: QWidget,
    make_sections: SectionsFactory,
    title: str,
    suggested_path: Path,
    footer: str = "",
) -> Path | None:
    """Ask where to save and write a PDF; return its path, or None when nothing was written.

    A written PDF is confirmed with its path, and its folder opens if the rep asks.
    """
    sections = _sections(parent, make_sections)
    if sections is None:
        return None
    name, _ = QFileDialog.getSaveFileName(
        parent, tr(_CONTEXT, "Export PDF"), str(suggested_path), tr(_CONTEXT, "PDF (*.pdf)")
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    try:
        write_pdf(path, sections, title=title, footer=footer)
    except OutputError as error:
        messages.fail(parent, tr(_CONTEXT, "Not exported"), as_sentence(str(error)))
        return None
    confirm_export(parent, title, path)
    return path
