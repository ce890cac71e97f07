"""Start-up with a translation loaded: process start to a painted board, per language.

The same ``salesdesk demo`` database (10,000 deals by default) is opened with ``--language en``,
``zh_CN`` and ``ko_KR``, one run of each per round and the order turned every round, so
neither the machine's drift nor a position in the round favours one; the ratio to English is
the median of the rounds' own ratios. The goal: a translated start within 5 % of English.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import demo_database, median_ms, report, run_child

LANGUAGES = ("en", "zh_CN", "ko_KR")


def run(deals: int, repeat: int) -> None:
    """Measure start to a painted board in each language; print medians and ratios to English."""
    db = demo_database(deals)
    runs: dict[str, list[float]] = {code: [] for code in LANGUAGES}
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "shot.png"

        def start(code: str) -> list[str]:
            return [sys.executable, "-m", "salesdesk", "--language", code, "--db", str(db)] + [
                "--view",
                "board",
                "--screenshot",
                str(shot),
            ]

        for code in LANGUAGES:
            run_child(start(code), shot)  # warm the file cache
        for round_ in range(repeat):
            turned = LANGUAGES[round_ % 3 :] + LANGUAGES[: round_ % 3]
            for code in turned:
                runs[code].append(run_child(start(code), shot)[0])
    ratios = {
        code: statistics.median(a / b for a, b in zip(runs[code], runs["en"], strict=True))
        for code in LANGUAGES
    }
    report(
        "languages",
        [
            {
                "deals": deals,
                "language": code,
                "start_to_board_ms": round(median_ms(runs[code])),
                "ratio_to_english": round(ratios[code], 3),
            }
            for code in LANGUAGES
        ],
    )
