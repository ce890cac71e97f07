"""One real mouse drag, on an X display (Xvfb); the offscreen platform cannot run a QDrag."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from salesdesk.core.models import Deal, Stage
from salesdesk.core.store import Database
from tests.processes import child_env
from tests.ui.world import World

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None,
    reason="needs Xvfb (xvfb-run) and Qt's xcb libraries; .ci/run installs them",
)
def test_real_mouse_drag_moves_a_card_between_columns(database: Database, world: World) -> None:
    with database.sessions() as session:
        stages = {s.name: s.id for s in session.scalars(select(Stage))}
    database.close()
    env = child_env(without=("DISPLAY",), QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1920x1080x24",
            sys.executable,
            "-m",
            "tests.ui.board.real_drag",
            str(database.path),
            str(stages["New contact"]),
            str(stages["Proposal"]),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    started, source, target = result.stdout.splitlines()
    assert started == "started"
    assert source.split("|") == ["Server rack"]
    assert target.split("|") == ["Office chairs", "5G 模块", "디스플레이"]
    with database.sessions() as session:
        stored = session.scalars(
            select(Deal.title).where(Deal.stage_id == stages["Proposal"]).order_by(Deal.position)
        ).all()
        assert stored == ["Office chairs", "5G 模块", "디스플레이"]
