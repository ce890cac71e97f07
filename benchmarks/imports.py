"""Import benchmark: ``salesdesk import`` of a CSV file with 50,000 and 200,000 customers.

The file is generated into a temporary folder (never kept): names, companies shared by about
twenty customers each, unique e-mail addresses and phone numbers, addresses, birthdays, and
notes of which some hold commas, quotes and line breaks. Each run imports it into a copy of a
new, empty database in a child process, the way a rep runs it; measured are the wall time of
the whole command and its peak memory: the resident memory of the command and its checking
worker process together, sampled from /proc every 100 ms. A second import of the same file
into the filled database (every row already there) is measured too. Other work on the machine
slows every figure: run it on a quiet machine.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import report

SIZES = (50_000, 200_000)
_GIVEN = ("Anna", "Jonas", "Mehmet", "Łukasz", "Иван", "Zoë", "Søren", "Amélie", "王", "민준")
_FAMILY = ("Schmidt", "Özil", "Nowak", "Петров", "Müller", "García", "Dubois", "李", "김")
_CITIES = (("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"), ("Hamburg", "20095"))
_NOTES = (
    "",
    "",
    "Prefers calls before 10, not on Fridays.",
    'Said "call me back in spring", budget approved, decision by the board',
    "Two locations:\r\nmain office and the warehouse",
    "Golf, sailing; kids at the international school",
)


def write_file(path: Path, rows: int, seed: int = 5) -> None:
    """Write ``rows`` customers as UTF-8 CSV with a header row."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            (
                "name",
                "company",
                "position",
                "tier",
                "email",
                "phone",
                "street",
                "postal_code",
                "city",
                "country",
                "birthday",
                "notes",
            )
        )
        for n in range(rows):
            city, code = rng.choice(_CITIES)
            writer.writerow(
                (
                    f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)} {n}",
                    f"Firma {n // 20} GmbH",
                    rng.choice(("Einkauf", "Geschäftsführung", "IT-Leitung", "")),
                    rng.choice("ABC"),
                    f"kunde{n}@firma{n // 20}.example",
                    f"+49 30 {1_000_000 + n}",
                    f"Hauptstraße {rng.randint(1, 200)}",
                    code,
                    city,
                    "Deutschland",
                    f"{rng.randint(1950, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    rng.choice(_NOTES),
                )
            )


def _empty_database(folder: Path) -> Path:
    path = folder / "empty.sqlite3"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from salesdesk.core.store import open_database; "
            "open_database(sys.argv[1]).close()",
            str(path),
        ],
        check=True,
    )
    return path


def _tree_rss_kib(pid: int) -> int:
    """Return the resident memory of a process and its descendants (Linux /proc), in KiB."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0
    rss = next(
        (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
    )
    return rss + sum(_tree_rss_kib(int(child)) for child in children)


def _import(db: Path, source: Path) -> tuple[float, int]:
    """Run ``salesdesk import``; return (seconds, peak RSS in MiB of it and its workers)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    argv = [
        sys.executable,
        "-m",
        "salesdesk",
        "import",
        "--db",
        str(db),
        str(source),
        "--region",
        "DE",
    ]
    peak = [0]
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:  # the import's checking worker is a process of its own
        while not done.wait(0.1):
            peak[0] = max(peak[0], _tree_rss_kib(process.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    errors = process.stderr.read().decode() if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if status != 0:
        raise RuntimeError(f"{argv} failed ({status}): {errors[-2000:]}")
    return elapsed, max(peak[0], usage.ru_maxrss) // 1024


def run(repeat: int, sizes: tuple[int, ...] = SIZES) -> None:
    """Import each size ``repeat`` times (at least 3) into a new database; report medians."""
    runs = max(repeat, 3)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        empty = _empty_database(folder)
        for size in sizes:
            source = folder / f"customers-{size}.csv"
            write_file(source, size)
            first: list[tuple[float, int]] = []
            again: list[tuple[float, int]] = []
            for _ in range(runs):
                db = folder / "bench.sqlite3"
                shutil.copyfile(empty, db)
                first.append(_import(db, source))
                again.append(_import(db, source))
                db.unlink()
            rows.append(
                {
                    "rows": size,
                    "file_mb": round(source.stat().st_size / 2**20, 1),
                    "import_s": round(statistics.median(t for t, _ in first), 1),
                    "import_peak_mib": statistics.median(m for _, m in first),
                    "again_s": round(statistics.median(t for t, _ in again), 1),
                    "again_peak_mib": statistics.median(m for _, m in again),
                }
            )
            print(f"  {size} rows: {rows[-1]}", file=sys.stderr)
    report("imports", rows)
