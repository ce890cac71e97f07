"""Files a rep's laptop really holds: damaged, linked, read-only, private, on a full disk.

Each refusal is one sentence and leaves the file as it was.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from salesdesk.cli import main
from salesdesk.core import engine as engine_module
from salesdesk.core import files
from salesdesk.core.backup import automatic_backups, backup_database
from salesdesk.core.defaults import DEFAULT_STAGES
from salesdesk.core.errors import (
    DamagedDatabaseError,
    DatabaseOpenError,
    OutputError,
    ReadOnlyDatabaseError,
)
from salesdesk.core.models import Customer
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database, open_database

REPO = Path(__file__).resolve().parents[2]
POSIX = os.name == "posix"


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def leave_wal(path: Path, name: str) -> None:
    """Let a child commit a customer and die without closing: its pages stay in the -wal."""
    subprocess.run(
        [sys.executable, "-m", "tests.core.fault_child", "leave-wal", str(path), name],
        cwd=REPO,
        check=True,
        timeout=120,
    )


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` (a file or a folder) unwritable for this process, root included."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        os.chmod(path, mode & ~0o222)
        try:
            yield
        finally:
            os.chmod(path, mode)
        return
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip("running as root where chattr +i is not possible: nothing is read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.fixture
def filled(database: Database) -> Database:
    with database.transaction() as session:
        generate_sample(session, customers=20, deals=30, seed=2)
    database.close()
    return database


def _damage_a_page_in_the_middle(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'visit_checklist_items'"
        ).fetchone()[0]
    assert 1 < root < pages
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * 64)  # the b-tree page header and its first cell pointers


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_a_damaged_page_in_the_middle_is_found_and_the_good_backup_named(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    good = backup_database(filled.path)
    _damage_a_page_in_the_middle(filled.path)
    before = filled.path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(filled.path)
    message = str(refused.value)
    assert "is damaged" in message and str(good) in message and "\n" not in message
    for argv in (
        ["backup", "--db", str(filled.path)],
        ["export", "--db", str(filled.path), "--csv", str(filled.path.parent / "out.csv")],
        ["funnel", "--db", str(filled.path)],
    ):
        assert main(argv) == 1, argv
        assert capsys.readouterr().err.count("\n") == 1
    assert filled.path.read_bytes() == before
    assert automatic_backups(filled.path) == [good]
    assert not (filled.path.parent / "out.csv").exists()


def test_the_app_checks_a_large_file_in_the_background_before_the_first_write(
    filled: Database,
) -> None:
    _damage_a_page_in_the_middle(filled.path)
    before = filled.path.read_bytes()
    database = open_database(filled.path, check=False)
    try:
        database.check_in_background()
        with pytest.raises(DamagedDatabaseError), database.transaction() as session:
            session.add(Customer(name="Never written"))
        assert database.read_only and database.damage() is not None
    finally:
        database.close()
    assert filled.path.read_bytes() == before


def test_a_database_reached_through_a_link_finds_its_wal_next_to_the_target(
    filled: Database,
) -> None:
    link = filled.path.with_name("link.sqlite3")
    link.symlink_to(filled.path)
    leave_wal(link, "Only in the WAL")
    assert filled.path.with_name(filled.path.name + "-wal").exists()
    assert not link.with_name(link.name + "-wal").exists()
    database = open_database(link)
    try:
        assert database.path == filled.path and not database.created
        with database.sessions() as session:
            names = set(
                session.scalars(Customer.__table__.select().with_only_columns(Customer.name))
            )
        assert "Only in the WAL" in names
    finally:
        database.close()
    assert count(filled.path, "stages") == len(DEFAULT_STAGES)


def test_a_broken_shared_memory_file_left_by_a_crash_is_rebuilt(filled: Database) -> None:
    leave_wal(filled.path, "After the crash")
    shm = filled.path.with_name(filled.path.name + "-shm")
    shm.write_bytes(b"\x00\x01\x02")  # what a full disk left behind
    database = open_database(filled.path)
    database.close()
    assert count(filled.path, "customers") == 21


def test_a_read_only_file_opens_read_only_and_refuses_changes(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    before = filled.path.read_bytes()
    with read_only(filled.path):
        database = open_database(filled.path)
        try:
            assert database.read_only
            with pytest.raises(ReadOnlyDatabaseError, match="read-only"), database.transaction():
                pass
            with database.sessions() as session:
                assert session.get(Customer, 1) is not None
        finally:
            database.close()
        csv = filled.path.parent / "people.csv"
        csv.write_text("name\nAda\n", encoding="utf-8")
        assert main(["import", "--db", str(filled.path), str(csv)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "read-only" in err
    assert filled.path.read_bytes() == before


def test_a_read_only_folder_gets_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(DatabaseOpenError, match="read-only"):
            open_database(folder / "new.sqlite3")
        assert main(["demo", "--db", str(folder / "new.sqlite3"), "--deals", "3"]) == 1
        assert capsys.readouterr().err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_a_folder_and_an_empty_file_are_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    for argv, words in (
        (["export", "--db", str(tmp_path), "--csv", str(tmp_path / "x.csv")], "is a folder"),
        (["backup", "--db", str(tmp_path)], "is a folder"),
        (["--db", str(empty), "--screenshot", str(tmp_path / "x.png")], "is an empty file"),
    ):
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err, err
    assert empty.stat().st_size == 0


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_databases_backups_and_the_data_folder_are_private(tmp_path: Path) -> None:
    from salesdesk.paths import user_data_dir

    old = os.umask(0o022)
    try:
        database = open_database(tmp_path / "new.sqlite3")
        database.close()
        assert (database.path.stat().st_mode & 0o777) == 0o600
        os.chmod(database.path, 0o640)
        backup = backup_database(database.path)
        assert (backup.stat().st_mode & 0o777) == 0o640  # a backup carries the file's mode
        files.write_text_atomically(tmp_path / "export.csv", "name\n")
        assert ((tmp_path / "export.csv").stat().st_mode & 0o777) == 0o600
        assert (user_data_dir().stat().st_mode & 0o777) == 0o700
    finally:
        os.umask(old)


@pytest.mark.parametrize("name", ["Kunden [al].sqlite3", "K*.sqlite3", "K?.sqlite3"])
@pytest.mark.skipif(not POSIX, reason="* and ? are not allowed in Windows file names")
def test_pruning_backups_never_touches_another_databases_backups(
    database: Database, name: str
) -> None:
    folder = database.path.parent
    others = []
    for other_name in ("Kunden a.sqlite3", "Kunden l.sqlite3", "Ka.sqlite3", "K1.sqlite3"):
        other = folder / other_name
        other.write_bytes(database.path.read_bytes())
        others += [backup_database(other) for _ in range(3)]
    mine = folder / name
    mine.write_bytes(database.path.read_bytes())
    for _ in range(8):
        backup_database(mine, keep=5)
    assert len(automatic_backups(mine)) == 5
    assert all(path.exists() for path in others)


def test_backup_to_an_existing_file_needs_force_and_stale_partials_go(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    folder = database.path.parent
    other = folder / "other.sqlite3"
    other.write_bytes(b"precious")
    assert main(["backup", "--db", str(database.path), "--out", str(other)]) == 1
    assert "already exists" in capsys.readouterr().err and other.read_bytes() == b"precious"
    old_partial = folder / "salesdesk.backup-20200101-000000.sqlite3.partial"
    old_partial.write_bytes(b"x" * 1000)
    stale = folder / ".salesdesk.backup-20200101-000001.sqlite3.abcd.partial"
    stale.write_bytes(b"x")
    os.utime(stale, (0, 0))
    running = folder / ".salesdesk.backup-20200101-000002.sqlite3.efgh.partial"
    running.write_bytes(b"x")  # another backup still writing: left alone
    assert main(["backup", "--db", str(database.path), "--out", str(other), "--force"]) == 0
    assert count(other, "stages") == len(DEFAULT_STAGES)
    assert not old_partial.exists() and not stale.exists() and running.exists()


def test_restore_checks_the_backup_and_keeps_the_current_state(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backup_database(filled.path)
    database = open_database(filled.path)
    with database.transaction() as session:
        session.add(Customer(name="Added after the backup"))
    database.close()
    assert count(filled.path, "customers") == 21
    bogus = filled.path.with_name("notes.sqlite3")
    bogus.write_text("not a database")
    assert main(["restore", str(bogus), "--db", str(filled.path)]) == 1
    assert capsys.readouterr().err.count("\n") == 1 and count(filled.path, "customers") == 21
    assert main(["restore", str(backup), "--db", str(filled.path)]) == 0
    out = capsys.readouterr().out
    assert count(filled.path, "customers") == 20
    kept = [path for path in automatic_backups(filled.path) if path != backup]
    assert len(kept) == 1 and str(kept[0]) in out and count(kept[0], "customers") == 21


def test_a_full_disk_while_writing_an_output_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "customers.csv"
    target.write_text("the export of yesterday\n")

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OutputError) as refused:
        files.write_text_atomically(target, "name\n" * 1000)
    assert str(target) in str(refused.value) and "No space left" in str(refused.value)
    assert target.read_text() == "the export of yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.csv"]


def test_a_full_database_disk_is_one_sentence_and_loses_nothing(
    filled: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = (
        count(filled.path, "stages")
        and sqlite3.connect(filled.path).execute("PRAGMA page_count").fetchone()[0]
    )
    customers = count(filled.path, "customers")
    monkeypatch.setattr(
        engine_module,
        "_CONNECT_PRAGMAS",
        (*engine_module._CONNECT_PRAGMAS, f"PRAGMA max_page_count={pages + 2}"),
    )
    assert main(["demo", "--db", str(filled.path), "--deals", "400"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is full" in err, err
    monkeypatch.undo()
    assert count(filled.path, "customers") == customers
    with closing(sqlite3.connect(filled.path)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)


def _can_mount_tmpfs() -> bool:
    if not POSIX or sys.platform != "linux":
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    not _can_mount_tmpfs(), reason="needs a mount namespace (unshare -m) for a tmpfs"
)
def test_a_really_full_disk(tmp_path: Path) -> None:
    """A 2 MB tmpfs: every command says the disk is full; once there is room, all is well."""
    disk = tmp_path / "disk"
    disk.mkdir()
    run = f"{sys.executable} -m salesdesk"
    db = f"{disk}/db.sqlite3"
    script = f"""
        mount -t tmpfs -o size=2m tmpfs {disk} && cd {REPO} || exit 99
        {run} demo --db {db} --customers 5 --deals 5 >/dev/null; echo small=$?
        {run} demo --db {db} --deals 3000; echo large=$?
        dd if=/dev/zero of={disk}/filler bs=4k 2>/dev/null
        {run} export --db {db} --csv {disk}/out.csv; echo export=$?
        {run} backup --db {db}; echo backup=$?
        {run} --db {db} --screenshot {disk}/window.png; echo screenshot=$?
        echo files: $(ls -A {disk})
        rm {disk}/filler
        {run} export --db {db} --csv {disk}/out.csv; echo again=$?
        {sys.executable} -c "import sqlite3; c = sqlite3.connect('{db}'); print('check', \
            c.execute('pragma quick_check').fetchone()[0], \
            c.execute('select count(*) from customers').fetchone()[0])"
    """
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=300
    )
    out, err = result.stdout, result.stderr
    for line in ("small=0", "large=1", "export=1", "backup=1", "screenshot=1", "again=0"):
        assert line in out, (out, err)
    assert "Traceback" not in err
    assert err.count("is full") == 4 and err.count("\n") == 4, err
    files_line = next(line for line in out.splitlines() if line.startswith("files:"))
    assert "out.csv" not in files_line and "partial" not in files_line and "png" not in files_line
    assert "check ok 5" in out, out
