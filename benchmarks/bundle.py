"""Bundle benchmark: process start to a painted board of the 10,000-deal demo, from the built
desktop bundle (``dist/salesdesk/salesdesk``, made by ``make bundle``) and from the virtualenv.

Each round starts both, in turns (the order swapped every round), on the same copy of the
database; the ratio is the median of the rounds' ratios (bundle / virtualenv), so it holds
while the machine's speed drifts. Without a built bundle it says so and measures nothing.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import HERE, demo_database, median_ms, report, run_child

PROGRAM = HERE.parent / "dist" / "salesdesk" / "salesdesk"


def run(repeat: int) -> None:
    """Measure the two starts ``repeat`` times each (at least 5) and report medians and ratio."""
    if not PROGRAM.is_file():
        print(f"bundle: no bundle at {PROGRAM} (make bundle)", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "board.sqlite3"
        shutil.copyfile(demo_database(10_000), database)
        shot = Path(tmp) / "shot.png"
        arguments = ["--db", str(database), "--view", "board", "--screenshot", str(shot)]
        starts = {
            "bundle": [str(PROGRAM), *arguments],
            "venv": [sys.executable, "-m", "salesdesk", *arguments],
        }
        for argv in starts.values():
            run_child(argv, shot)  # the file cache warm for both
        times: dict[str, list[float]] = {name: [] for name in starts}
        for round_ in range(max(repeat, 5)):
            order = list(starts) if round_ % 2 == 0 else list(reversed(starts))
            for name in order:
                times[name].append(run_child(starts[name], shot)[0])
    ratios = [bundle / venv for bundle, venv in zip(times["bundle"], times["venv"], strict=True)]
    report(
        "bundle",
        [
            {
                "deals": 10_000,
                "rounds": len(ratios),
                "bundle_ms": round(median_ms(times["bundle"])),
                "venv_ms": round(median_ms(times["venv"])),
                "ratio": round(statistics.median(ratios), 3),
            }
        ],
    )
