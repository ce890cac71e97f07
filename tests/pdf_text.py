"""Reading the text of PDFs the tests wrote."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_pages(path: Path) -> list[str]:
    """Return the text of each page, NFKC-normalised, runs of whitespace as one space.

    CJK fonts map some characters to compatibility forms (小 as the radical ⼩); NFKC folds
    them back. Line and cell breaks become single spaces.
    """
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(path).pages
    ]
