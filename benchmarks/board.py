"""Board benchmark over ``salesdesk demo`` databases (1,000 / 10,000 / 50,000 deals).

Reports medians of: process start to a painted board, board load with the window up, one
move persisted (UI and commit) between columns with room at the insert row, one move into a
column without room (every position taken: the column is renumbered), one filter
keystroke; and peak memory of the app process.
Start-up is compared with a floor: importing Qt and SQLAlchemy and showing an empty window.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

from benchmarks.common import demo_database, median_ms, report, run_child, timed


def _startup(db: Path, repeat: int) -> tuple[float, int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "shot.png"
        png = str(shot)
        app = [
            sys.executable,
            "-m",
            "salesdesk",
            "--db",
            str(db),
            "--view",
            "board",
            "--screenshot",
            png,
        ]
        floor = [sys.executable, "-m", "benchmarks.floor_probe", png]
        run_child(app, shot)  # warm the file cache
        app_runs = [run_child(app, shot) for _ in range(repeat)]
        floor_runs = [run_child(floor, shot)[0] for _ in range(repeat)]
    return (
        median_ms([seconds for seconds, _ in app_runs]),
        max(rss for _, rss in app_runs),
        median_ms(floor_runs),
    )


def _in_process(db: Path, repeat: int) -> tuple[float, float, float, float]:
    from PySide6.QtWidgets import QApplication

    from salesdesk.core.models import utc_now
    from salesdesk.core.store import open_database
    from salesdesk.ui.board.board_view import BoardView
    from salesdesk.ui.change_flow import ChangeFlow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite3"
        copy.write_bytes(db.read_bytes())
        database = open_database(copy)
        flow = ChangeFlow(database, utc_now)
        undo = flow.stack
        view = BoardView(flow)
        view.resize(1280, 760)
        view.show()
        app.processEvents()
        load = median_ms([timed(view.refresh) for _ in range(repeat)])

        first, second = view.columns()[0], view.columns()[1]
        # The demo numbers each column 0, 1, 2, …: a move to the top renumbers the column,
        # and undo numbers it so again, so every one of these moves renumbers.
        renumbering = []
        for _ in range(max(repeat, 10)):
            deal_id = first.model.card(0).deal_id
            renumbering.append(timed(lambda d=deal_id: view.move_deals([d], second.stage.id, 0)))
            app.processEvents()
            undo.undo()
            app.processEvents()
        # The common move: its neighbours leave room. A first move there and back spreads
        # both columns out; then the top card goes over and back, each move measured.
        moves = []
        for round_ in range(max(repeat, 20) + 1):
            there = first.model.card(0).deal_id
            timing = [timed(lambda d=there: view.move_deals([d], second.stage.id, 0))]
            app.processEvents()
            timing.append(timed(lambda d=there: view.move_deals([d], first.stage.id, 0)))
            app.processEvents()
            if round_:
                moves.extend(timing)

        words = ["a", "an", "ann", "anna", "ann", "an", "a", "", "m", "ma", "mar", ""]
        keystrokes = [
            timed(lambda w=word: view.filter_bar.text.setText(w))
            for word in itertools.islice(itertools.cycle(words), max(repeat, 24))
        ]
        view.close()
        database.close()
    return load, median_ms(moves), median_ms(renumbering), median_ms(keystrokes)


def run(sizes: list[int], repeat: int) -> None:
    """Measure every size and print one row per size."""
    rows = []
    for deals in sizes:
        db = demo_database(deals)
        start_ms, rss, floor_ms = _startup(db, repeat)
        load_ms, move_ms, renumbering_ms, filter_ms = _in_process(db, repeat)
        rows.append(
            {
                "deals": deals,
                "start_to_board_ms": round(start_ms),
                "floor_ms": round(floor_ms),
                "ratio": round(start_ms / floor_ms, 2),
                "board_load_ms": round(load_ms, 1),
                "move_ms": round(move_ms, 2),
                "renumbering_move_ms": round(renumbering_ms, 2),
                "filter_keystroke_ms": round(filter_ms, 2),
                "peak_rss_mib": rss,
            }
        )
    report("board", rows)
