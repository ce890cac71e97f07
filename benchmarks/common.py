"""Shared benchmark plumbing: demo databases made once, timing, child processes, reports."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
RESULTS = HERE / "results"


def demo_database(deals: int, seed: int = 1, customers: int | None = None) -> Path:
    """Return a database made by ``salesdesk demo`` (built once, cached).

    Without ``customers``, a quarter as many customers as deals (at least 10).
    """
    DATA.mkdir(exist_ok=True)
    customers = customers or max(10, deals // 4)
    suffix = "" if customers == max(10, deals // 4) else f"-{customers}c"
    path = DATA / f"demo-{deals}{suffix}-seed{seed}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial.sqlite3")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "salesdesk",
                "demo",
                "--db",
                str(partial),
                "--deals",
                str(deals),
                "--customers",
                str(customers),
                "--seed",
                str(seed),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        partial.rename(path)
        print(f"  made {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def median_ms(samples: list[float]) -> float:
    """Return the median of samples given in seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def timed(action: Callable[[], object]) -> float:
    """Return how long ``action`` takes, in seconds."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def run_child(argv: list[str], painted: Path) -> tuple[float, int]:
    """Run a child that writes the PNG ``painted`` once its window is painted.

    Returns (seconds from the start of the process until the PNG exists, peak RSS in MiB):
    shutting the process down afterwards is not part of the start-up time.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    painted.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = None
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if elapsed is None and painted.exists():
            elapsed = time.perf_counter() - started
        if pid:
            break
        time.sleep(0.001)
    elapsed = elapsed or time.perf_counter() - started
    if status != 0 or not painted.exists():
        raise RuntimeError(f"{argv} failed: {process.stderr.read().decode()[-2000:]}")
    process.stderr.close()
    return elapsed, usage.ru_maxrss // 1024


def report(name: str, rows: list[dict[str, object]]) -> None:
    """Print rows as a table and keep them as JSON in benchmarks/results/."""
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    columns = list(rows[0])
    widths = [max(len(str(c)), *(len(str(r[c])) for r in rows)) for c in columns]
    print("  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in rows:
        print("  ".join(str(row[c]).ljust(w) for c, w in zip(columns, widths, strict=True)))
