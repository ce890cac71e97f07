"""Smoke test of a built SalesDesk bundle: start the frozen program as a rep would.

    python packaging/smoke_test.py [PROGRAM]

PROGRAM is the command-line program of the bundle: by default ``dist/salesdesk/salesdesk``
(Linux), ``dist/salesdesk/salesdesk-console.exe`` (Windows) or
``dist/SalesDesk.app/Contents/MacOS/salesdesk`` (macOS); an installed one may be named. The
program runs with a bare environment: no Python of the checkout on PATH, no PYTHONPATH,
a fresh home and user data folder (on Windows the user data folder is the account's own). It
checks the real outputs: the version, a PNG of every area on a new database (not blank), the
default database in the user data folder, demo data, an import and export of a CSV (Chinese
and Korean names kept byte for byte), a dossier PDF whose text reads back as the printed
names (poppler's pdftotext where installed, else pypdf), a database made by the oldest
migration (migrated, with a backup next to it), the language of the system (Linux: ``LANG``;
Windows and macOS take it from the OS, so ``--language`` stands in) and that nothing was
written into the bundle's folder. Any failure exits with status 1. Needs a CJK font (Linux:
``fonts-noto-cjk``; Windows and macOS have their own).
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROGRAM = {
    "win32": ROOT / "dist" / "salesdesk" / "salesdesk-console.exe",
    "darwin": ROOT / "dist" / "SalesDesk.app" / "Contents" / "MacOS" / "salesdesk",
}.get(sys.platform, ROOT / "dist" / "salesdesk" / "salesdesk")
AREAS = ("board", "customers", "visits", "analytics")
# Names a rep in Shanghai or Seoul types; the dossier must print (and PDF text give back) them.
CJK_CUSTOMERS = (
    ("王小明", "上海精密仪器有限公司", "+86 21 6234 5678"),
    ("김민준", "서울전자 주식회사", "+82 2 3456 7890"),
)


class SmokeError(Exception):
    """A check of the bundle failed; the message says which and what was seen."""


def check(condition: bool, message: str) -> None:
    """Raise ``SmokeError(message)`` unless ``condition`` holds."""
    if not condition:
        raise SmokeError(message)


# What a Windows program needs of its environment to start at all, and the account's folders.
WINDOWS_KEPT = (
    "SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "COMSPEC", "PATHEXT", "TEMP", "TMP", "USERPROFILE",
    "APPDATA", "LOCALAPPDATA", "PROCESSOR_ARCHITECTURE", "NUMBER_OF_PROCESSORS",
)  # fmt: skip


def bare_environment(home: Path) -> dict[str, str]:
    """Return an environment like a fresh desktop login: system PATH only, nothing of ours."""
    if sys.platform == "win32":
        environment = {name: os.environ[name] for name in WINDOWS_KEPT if name in os.environ}
        system = Path(os.environ.get("SYSTEMROOT", r"C:\Windows"))
        environment["PATH"] = f"{system / 'System32'};{system}"
        return environment
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "TZ": os.environ.get("TZ", "UTC"),
    }
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    for name in ("FONTCONFIG_FILE", "LC_ALL"):
        if name in os.environ:
            environment[name] = os.environ[name]
    return environment


def tree_digest(folder: Path) -> dict[str, str]:
    """Return every file of ``folder`` with a digest of its contents (and links' targets)."""
    digests = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            digests[key] = "-> " + os.readlink(path)
        elif path.is_file():
            digests[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            digests[key] = "folder"
    return digests


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG (as Qt writes it) into width, height and pixels."""
    data = path.read_bytes()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG file")
    position, chunks, header = 8, [], b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    check(depth == 8 and color in (2, 6) and interlace == 0, f"{path.name}: unexpected PNG kind")
    channels = 4 if color == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    pixels = []
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                upper_left = previous[i - channels] if i >= channels else 0
                guess = left + up - upper_left
                distances = (abs(guess - left), abs(guess - up), abs(guess - upper_left))
                nearest = (left, up, upper_left)[distances.index(min(distances))]
                line[i] = (line[i] + nearest) & 0xFF
        pixels.extend(bytes(line[i : i + channels]) for i in range(0, stride, channels))
        previous = line
    return width, height, pixels


def default_database(environment: dict[str, str]) -> Path:
    """Return where a program started with ``environment`` keeps its default database."""
    code = "from salesdesk.paths import default_database_path; print(default_database_path())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**environment, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        encoding="utf-8",
        check=True,
    )
    return Path(result.stdout.strip())


def pdf_text(pdf: Path) -> str:
    """Return the text of ``pdf`` as a reader gives it: pdftotext where installed, else pypdf."""
    if shutil.which("pdftotext") is not None:
        command = ["pdftotext", "-enc", "UTF-8", str(pdf), "-"]
        return subprocess.run(command, capture_output=True, encoding="utf-8", check=True).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def bundle_folder(program: Path) -> Path:
    """Return the folder the bundle is: the program's own, or the macOS app around it."""
    resolved = program.resolve()
    return next((parent for parent in resolved.parents if parent.suffix == ".app"), resolved.parent)


class Bundle:
    """The built program, run in a bare environment from a scratch folder."""

    def __init__(self, program: Path, scratch: Path) -> None:
        self.program = program
        self.scratch = scratch
        self.environment = bare_environment(scratch / "home")

    def run(self, *arguments: str, expect: int = 0, **environment: str) -> str:
        result = subprocess.run(
            [str(self.program), *arguments],
            cwd=self.scratch,
            env={**self.environment, **environment},
            capture_output=True,
            encoding="utf-8",
            timeout=300,
        )
        output = result.stdout + result.stderr
        check(
            result.returncode == expect,
            f"salesdesk {' '.join(arguments)} exited {result.returncode}, not {expect}:\n{output}",
        )
        return output


def check_version(bundle: Bundle) -> str:
    """Check that the bundle says the version of the code it was built from."""
    from salesdesk import __version__

    output = bundle.run("--version").strip()
    check(output == f"salesdesk {__version__}", f"--version said {output!r}")
    return output


def check_screenshots(bundle: Bundle) -> str:
    """Screenshot every area; the first start makes the default database with sample data."""
    sizes = []
    for area in AREAS:
        target = bundle.scratch / f"{area}.png"
        bundle.run("--view", area, "--screenshot", str(target), QT_QPA_PLATFORM="offscreen")
        width, height, pixels = png_pixels(target)
        check((width, height) == (1280, 800), f"{target.name} is {width}x{height}, not 1280x800")
        colours = Counter(pixels)
        commonest = colours.most_common(1)[0][1] / len(pixels)
        check(
            len(colours) > 50 and commonest < 0.9,
            f"{target.name} looks blank: {len(colours)} colours, one covers {commonest:.0%}",
        )
        sizes.append(f"{area} {len(colours)} colours")
    database = default_database(bundle.environment)
    check(database.is_file(), f"the first start made no database at {database}")
    with sqlite3.connect(database) as connection:
        (customers,) = connection.execute("SELECT count(*) FROM customers").fetchone()
    check(customers > 0, "the first start's database has no sample customers")
    return f"{', '.join(sizes)}; default database with {customers} sample customers"


def check_exchange_and_dossier(bundle: Bundle) -> str:
    """Add demo data, import and export Chinese and Korean customers, print their dossiers."""
    database = bundle.scratch / "demo.sqlite3"
    bundle.run("demo", "--db", str(database), "--deals", "40")
    source = bundle.scratch / "customers.csv"
    with source.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(("name", "company", "phone", "notes"))
        for name, company, phone in CJK_CUSTOMERS:
            writer.writerow((name, company, phone, f"{name}, {company}"))
    output = bundle.run("import", "--db", str(database), str(source))
    check(output.startswith("imported 2 customer(s)"), f"import said:\n{output}")
    again = bundle.run("import", "--db", str(database), str(source))
    check(again.startswith("imported 0 customer(s)"), f"a second import added rows:\n{again}")

    exported = bundle.scratch / "export.csv"
    bundle.run("export", "--db", str(database), "--csv", str(exported))
    with exported.open(encoding="utf-8-sig", newline="") as file:
        rows = {row["name"]: row for row in csv.DictReader(file)}
    for name, company, _ in CJK_CUSTOMERS:
        check(rows.get(name, {}).get("company") == company, f"export lost {name} of {company}")

    with sqlite3.connect(database) as connection:
        # The sample may hold a namesake; the imported customer is the newest of the name.
        newest = "SELECT max(id) FROM customers WHERE name = ?"
        ids = [connection.execute(newest, (name,)).fetchone()[0] for name, _, _ in CJK_CUSTOMERS]
    for (name, company, _), customer in zip(CJK_CUSTOMERS, ids, strict=True):
        pdf = bundle.scratch / f"dossier-{customer}.pdf"
        bundle.run("dossier", "--db", str(database), "--customer", str(customer), "--pdf", str(pdf))
        text = pdf_text(pdf)
        check(name in text and company in text, f"{pdf.name}'s text lacks {name} / {company}")
    return f"{len(rows)} customers exported, dossiers of {len(ids)} imported customers read back"


def check_oldest_schema(bundle: Bundle) -> str:
    """Check that the bundle backs up and migrates a database of the first schema revision."""
    from alembic.script import ScriptDirectory

    from salesdesk.core import migrate
    from salesdesk.core.engine import create_engine_for

    script = ScriptDirectory.from_config(migrate.alembic_config())
    oldest = list(script.walk_revisions())[-1].revision
    database = bundle.scratch / "old" / "salesdesk.sqlite3"
    database.parent.mkdir()
    engine = create_engine_for(database)
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection, oldest)
    finally:
        engine.dispose()
    bundle.run("deals", "--db", str(database))
    with sqlite3.connect(database) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    check(revision == migrate.head_revision(), f"the old database is at {revision}, not head")
    backups = list(database.parent.glob("salesdesk.backup-*.sqlite3"))
    check(len(backups) == 1, f"expected one backup before migrating, found {backups}")
    return f"revision {oldest} migrated to {revision}, backup {backups[0].name}"


def check_language(bundle: Bundle) -> str:
    """Start under LANG=zh_CN.UTF-8 / ko_KR.UTF-8 alone: help and a new database speak it.

    Windows and macOS take the language from the OS, not from the environment: there the
    program is told with ``--language``, which shows the catalogs are in the bundle and found.
    """
    said = []
    for lang, usage, script in (
        ("zh_CN", "用法：", "[\u4e00-\u9fff]"),
        ("ko_KR", "사용법:", "[\uac00-\ud7a3]"),
    ):
        environment: dict[str, str] = {}
        chosen: tuple[str, ...] = ()
        if sys.platform.startswith("linux"):
            environment = {"LANG": f"{lang}.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
        else:
            chosen = ("--language", lang)
        output = bundle.run(*chosen, "--help", **environment)
        check(output.startswith(usage), f"--help under LANG={lang} starts {output[:40]!r}")
        database = bundle.scratch / f"first-{lang}.sqlite3"
        shot = bundle.scratch / f"board-{lang}.png"
        bundle.run(
            *chosen,
            "--db",
            str(database),
            "--screenshot",
            str(shot),
            QT_QPA_PLATFORM="offscreen",
            **environment,
        )
        with sqlite3.connect(database) as connection:
            stages = [name for (name,) in connection.execute("SELECT name FROM stages")]
        check(all(re.search(script, name) for name in stages), f"{lang} stages: {stages}")
        said.append(f"{lang}: {stages[0]}")
    return ", ".join(said)


def main(argv: list[str]) -> int:
    """Run every check against the program named in ``argv`` (or dist/'s); 1 if any failed."""
    # Run as given (an installed package's /usr/bin/salesdesk is a link into its folder).
    program = Path(argv[1]).absolute() if len(argv) > 1 else DEFAULT_PROGRAM
    if not program.is_file():
        print(f"no bundle at {program}: build it with `make bundle`", file=sys.stderr)
        return 1
    folder = bundle_folder(program)
    before = tree_digest(folder)
    checks: list[tuple[str, Callable[[Bundle], str]]] = [
        ("--version", check_version),
        ("screenshots", check_screenshots),
        ("demo, import, export, dossier", check_exchange_and_dossier),
        ("oldest schema", check_oldest_schema),
        ("languages", check_language),
    ]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="salesdesk-smoke-") as scratch:
        bundle = Bundle(program, Path(scratch))
        for title, run in checks:
            try:
                print(f"ok    {title}: {run(bundle)}", flush=True)
            except (SmokeError, subprocess.SubprocessError, OSError) as error:
                failed += 1
                print(f"FAIL  {title}: {error}", flush=True)
    after = tree_digest(folder)
    changed = sorted(set(before.items()) ^ set(after.items()))
    if changed:
        failed += 1
        names = sorted({name for name, _ in changed})
        print(f"FAIL  the bundle's folder changed at run time: {names[:10]}", flush=True)
    else:
        print(f"ok    nothing written into {folder.name}/ ({len(after)} entries)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv))
