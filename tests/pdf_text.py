"""Reading the text of PDFs the tests wrote, as pypdf and as poppler's pdftotext read it.

The text is taken as it is (no Unicode normalisation): a PDF must say 小 where 小 was printed,
not the radical ⼩ that looks the same. Line and cell breaks become single spaces.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

PageReader = Callable[[Path], list[str]]


# The dossier's section headings as text extraction gives them with spaces taken out.
DOSSIER_HEADINGS = (
    "Nextvisit",
    "Family",
    "Career",
    "Leisure",
    "Money",
    "Keypeople",
    "Opendeals",
    "Openobjections",
    "Lastvisitsandcalls",
    "Referrals",
)


def _spaced(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    """Return the text of each page as pypdf extracts it, runs of whitespace as one space."""
    return [_spaced(page.extract_text() or "") for page in PdfReader(path).pages]


def pdftotext_pages(path: Path) -> list[str]:
    """Return the text of each page as pdftotext (poppler) extracts it."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=60,
    )
    pages = result.stdout.split("\f")
    return [_spaced(page) for page in (pages[:-1] if pages[-1].strip() == "" else pages)]


needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext is not installed (Debian: poppler-utils, which .ci/run installs)",
)
# Parametrise a test with ``readers`` to check the text both readers extract.
readers = pytest.mark.parametrize(
    "read_pages",
    [
        pytest.param(pdf_pages, id="pypdf"),
        pytest.param(pdftotext_pages, id="pdftotext", marks=needs_pdftotext),
    ],
)
