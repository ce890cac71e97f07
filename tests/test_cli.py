"""The command line: exit codes, one-line errors, demo data, backups, screenshots."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from salesdesk import cli
from salesdesk.cli import main
from salesdesk.core import i18n
from salesdesk.core.backup import automatic_backups
from salesdesk.core.defaults import DEFAULT_STAGES
from salesdesk.core.store import Database
from tests.processes import child_env


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env or child_env(),
    )


def _count(db: Path, table: str) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for word in ("--db", "--empty", "--screenshot", "--view", "demo", "backup"):
        assert word in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--no-such-option"],
        ["--view", "nowhere"],
        ["demo"],
        ["demo", "--db", "x.sqlite3", "--deals", "-3"],
        ["demo", "--db", "x.sqlite3", "--deals", "lots"],
        ["demo", "--db", "x.sqlite3", "--deals", "5", "--customers", "0"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert "usage: salesdesk" in capsys.readouterr().err


def test_a_file_that_is_no_database_is_one_line_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("call Mrs Kim on Monday\n")
    assert main(["--db", str(notes), "--screenshot", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert err == f"salesdesk: error: {notes} is not a SQLite database\n"
    assert notes.read_text() == "call Mrs Kim on Monday\n"
    assert not (tmp_path / "x.png").exists()


def test_demo_fills_a_new_database_and_appends_to_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--customers", "12", "--deals", "30", "--seed", "7"]) == 0
    assert "added" in capsys.readouterr().out
    assert (_count(db, "customers"), _count(db, "deals")) == (12, 30)
    assert main(["demo", "--db", str(db), "--customers", "3", "--deals", "5"]) == 0
    assert (_count(db, "customers"), _count(db, "deals")) == (15, 35)


def test_backup_command(database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    database.close()
    assert main(["backup", "--db", str(database.path)]) == 0
    (made,) = automatic_backups(database.path)
    assert capsys.readouterr().out.strip() == str(made)
    target = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(database.path), "--out", str(target)]) == 0
    assert _count(target, "stages") == len(DEFAULT_STAGES)


def test_backup_of_a_missing_file_is_one_line_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(tmp_path / "gone.sqlite3")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.slow
def test_screenshot_of_a_new_database_without_a_display(tmp_path: Path) -> None:
    """The real entry point: first start fills sample data, and no display is needed."""
    from PySide6.QtGui import QImage

    env = child_env(without=("DISPLAY", "QT_QPA_PLATFORM"))
    db, png = tmp_path / "first.sqlite3", tmp_path / "board.png"
    result = run_cli("--db", str(db), "--view", "board", "--screenshot", str(png), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20
    assert _count(db, "deals") > 0


# Modules the board's start does without: the other areas, printing, the rates dialog (and
# the import's worker pool behind it). Each is imported when first used.
NOT_AT_START = (
    "salesdesk.ui.customers.customers_view",
    "salesdesk.ui.visits.visits_view",
    "salesdesk.ui.analytics.analytics_view",
    "salesdesk.ui.printing.dossier_print",
    "salesdesk.ui.money.rates_dialog",
    "salesdesk.ui.board.deal_editor",
    "salesdesk.ui.board.stage_settings_dialog",
    "multiprocessing",
)


@pytest.mark.slow
def test_the_board_starts_without_the_other_areas_the_orm_and_with_the_collector_back_on(
    tmp_path: Path,
) -> None:
    db, png = tmp_path / "start.sqlite3", tmp_path / "board.png"
    made = run_cli("--db", str(db), "--screenshot", str(png))  # the sample: the ORM writes it
    assert made.returncode == 0, made.stderr
    code = (
        "import gc, sys\n"
        "from salesdesk.cli import main\n"
        "from salesdesk.core.models import Deal\n"
        f"code = main(['--db', {str(db)!r}, '--view', 'board', '--screenshot', {str(png)!r}])\n"
        f"print(code, [name for name in {NOT_AT_START!r} if name in sys.modules])\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "print('mapped' if Deal.__mapper__.configured else 'not mapped')\n"
    )
    env = child_env(without=("DISPLAY",), QT_QPA_PLATFORM="offscreen")
    png.unlink()
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=180, env=env
    )
    assert result.returncode == 0, result.stderr
    # Up to the painted board, no ORM statement ran: the classes are mapped afterwards.
    assert result.stdout.splitlines() == ["0 []", "True True", "not mapped"]
    assert png.stat().st_size > 0


@pytest.mark.slow
def test_screenshot_with_empty_database_has_no_sample(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    result = run_cli("--db", str(db), "--empty", "--screenshot", str(tmp_path / "e.png"))
    assert result.returncode == 0, result.stderr
    assert (_count(db, "deals"), _count(db, "stages")) == (0, 9)


@pytest.mark.slow
def test_a_newer_database_is_refused_by_the_command_line(database: Database, tmp_path: Path):
    database.close()
    with closing(sqlite3.connect(database.path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    result = run_cli("--db", str(database.path), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert result.stderr.startswith("salesdesk: error: ")
    assert "newer SalesDesk" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def spoken() -> Iterator[None]:
    """Undo what ``--language`` changes in this process: the default locale and the lookup."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)
    i18n.install(None)


def test_the_command_line_knows_the_shipped_languages() -> None:
    from salesdesk import language

    assert cli.LANGUAGES == language.LANGUAGES


def test_help_in_another_language_exits_0(spoken: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--language", "zh_CN", "--help"])
    assert exited.value.code == 0
    assert "--language" in capsys.readouterr().out


def test_an_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--language", "xx", "--help"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "usage: salesdesk" in err
    assert err.endswith(
        "salesdesk: error: argument --language: SalesDesk does not speak 'xx'; "
        "choose one of en, zh_CN, ko_KR\n"
    )


@pytest.mark.parametrize(
    ("argv", "spoken_language"),
    [
        (["--language", "ko_KR", "backup", "--db", "x"], "ko_KR"),
        (["backup", "--db", "x", "--language", "ko_KR"], "ko_KR"),
        (["--language=zh_CN", "backup", "--db", "x", "--language", "ko_KR"], "ko_KR"),
        (["--lang", "zh_CN", "demo", "--db", "x"], "zh_CN"),
        (["backup", "--db", "x"], None),
        (["--", "--language", "ko_KR"], None),
    ],
)
def test_language_before_or_after_the_command(
    spoken: None, argv: list[str], spoken_language: str | None
) -> None:
    from salesdesk.language import chosen_language

    args = cli.build_parser().parse_args(argv) if "--" not in argv else None
    if args is not None:
        assert getattr(args, "language", None) == spoken_language
    # What main() speaks is found before parsing, and agrees.
    assert cli._start_language(argv) == (spoken_language or chosen_language(None))


def test_language_after_the_command_runs_it(
    spoken: None, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QLocale

    database.close()
    target = tmp_path / "copy.sqlite3"
    argv = ["backup", "--db", str(database.path), "--out", str(target), "--language", "ko_KR"]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert QLocale().name() == "ko_KR"  # the locale follows the language on a C system


def test_version_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from salesdesk.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "assert 'PySide6' not in sys.modules, 'Qt loaded'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=child_env()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("salesdesk ")


@pytest.mark.parametrize(
    ("lang", "language", "region"),
    [
        ("C.UTF-8", "zh_CN", "CN"),
        ("ko", "ko_KR", "KR"),
        ("C.UTF-8", "en", None),
        ("de_DE.UTF-8", "zh_CN", "DE"),
        ("sr_RS@latin", "en", "RS"),
    ],
)
def test_the_region_without_a_country_in_lang_is_the_languages(
    monkeypatch: pytest.MonkeyPatch, lang: str, language: str, region: str | None
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", lang)
    assert cli._default_region(language) == region


def test_dates_and_counts_in_the_locale_and_iso_under_c(spoken: None) -> None:
    from PySide6.QtCore import QLocale

    day = date(2026, 3, 1)
    QLocale.setDefault(QLocale.c())
    assert (cli.day_text(day), cli.count_text(12345)) == ("2026-03-01", "12,345")
    QLocale.setDefault(QLocale("ko_KR"))
    assert cli.day_text(day) == "2026. 3. 1."
    QLocale.setDefault(QLocale("de_DE"))
    assert (cli.day_text(day), cli.count_text(12345)) == ("01.03.2026", "12.345")


def test_demo_in_another_language(
    spoken: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    argv = ["demo", "--db", str(db), "--customers", "3", "--deals", "5", "--language", "ko_KR"]
    assert main(argv) == 0
    assert "추가" in capsys.readouterr().out  # "added", said in Korean
    assert _count(db, "customers") == 3
    with closing(sqlite3.connect(db)) as connection:
        names = [name for (name,) in connection.execute("SELECT name FROM customers")]
        stages = [name for (name,) in connection.execute("SELECT name FROM stages")]
    hangul = re.compile("[\uac00-\ud7a3]")
    assert all(hangul.search(name) for name in names), names
    assert all(hangul.search(stage) for stage in stages), stages  # a new database, in Korean
