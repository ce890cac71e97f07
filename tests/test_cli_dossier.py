"""``salesdesk dossier``: one customer or a day of visits to PDF, headless, in a new process."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk.core.store import Database
from tests.core.dossier.rich_customer import DAY, Rich
from tests.pdf_text import pdf_pages
from tests.processes import child_env


@pytest.fixture
def closed(rich: Rich, database: Database, child_fonts: Path) -> Rich:
    database.close()  # the command opens the file itself
    return rich


def run_dossier(*args: str) -> subprocess.CompletedProcess[str]:
    # No display at all: the command must bring up Qt offscreen by itself. The C locale, as
    # in a bare shell or a cron job: dates and times are written as ISO 8601.
    env = child_env(
        without=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE"),
        LC_ALL="C.UTF-8",
        LANG="C.UTF-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", "dossier", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


@pytest.mark.slow
def test_one_customer_and_a_day_to_pdf_without_a_display(
    closed: Rich, db_path: Path, tmp_path: Path
) -> None:
    one = tmp_path / "one.pdf"
    result = run_dossier(
        "--db", str(db_path), "--customer", str(closed.customer), "--pdf", str(one)
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(rf"wrote 1 dossier on \d pages? to {re.escape(str(one))}\n", result.stdout)
    first = pdf_pages(one)[0]
    assert first.startswith("Lee <b>Min</b> & Sons")
    # The footer's date and time as ISO 8601, not "1 12 2026 20:25".
    assert re.search(r"printed \d{4}-\d\d-\d\d \d\d:\d\d\b", first), first

    day = tmp_path / "day.pdf"
    result = run_dossier("--db", str(db_path), "--day", DAY.isoformat(), "--pdf", str(day))
    assert result.returncode == 0, result.stderr
    texts = pdf_pages(day)
    pages = len(texts)
    assert result.stdout.strip() == f"wrote 2 dossiers on {pages} pages to {day}"
    assert "Route for" in texts[0] and texts[1].startswith("王芳")


@pytest.mark.slow
def test_errors_are_one_line_and_write_nothing(closed: Rich, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    unknown = run_dossier("--db", str(db_path), "--customer", "999", "--pdf", str(out))
    assert (unknown.returncode, unknown.stderr) == (
        1,
        "salesdesk: error: there is no customer 999\n",
    )
    nowhere = run_dossier(
        "--db", str(db_path), "--customer", "1", "--pdf", str(tmp_path / "no" / "x.pdf")
    )
    assert nowhere.returncode == 1
    assert nowhere.stderr.startswith("salesdesk: error: could not write ")
    assert not out.exists()
    both = run_dossier(
        "--db", str(db_path), "--customer", "1", "--day", "2026-05-06", "--pdf", str(out)
    )
    assert both.returncode == 2 and "not allowed with" in both.stderr
    empty = run_dossier("--db", str(db_path), "--day", "2030-01-01", "--pdf", str(out))
    assert (empty.returncode, empty.stderr) == (
        1,
        "salesdesk: error: there are no visits on Tue 2030-01-01\n",  # C locale: ISO
    )
    bad_day = run_dossier("--db", str(db_path), "--day", "6 May", "--pdf", str(out))
    assert bad_day.returncode == 2 and "not a date" in bad_day.stderr


def test_importing_the_printing_modules_starts_no_qt_application() -> None:
    # A QPrinter made before a QApplication crashes; nothing may be made at import time.
    code = (
        "import salesdesk.ui.printing.actions, salesdesk.ui.printing.dossier_actions\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "assert QCoreApplication.instance() is None\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
