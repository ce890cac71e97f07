"""A child process for the fault tests: it writes to a database until it is killed.

python -m tests.core.fault_child moves DB LOG [SEED]   move deals for ever; after each commit,
                                                       log the stage-move ids it wrote
python -m tests.core.fault_child open DB               open (create or migrate) and exit
python -m tests.core.fault_child leave-wal DB TEXT     add a customer and exit without closing,
                                                       so its pages stay in the -wal file
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from sqlalchemy import select

from salesdesk.core.models import Customer, Deal, DealStatus, Stage, StageKind
from salesdesk.core.operations.deal_moves import move_deals
from salesdesk.core.store import open_database


def _moves(path: Path, log: Path, seed: int) -> None:
    database = open_database(path, check=False)
    chance = random.Random(seed)
    with database.sessions() as session:
        stages = list(
            session.scalars(
                select(Stage.id).where(Stage.kind == StageKind.OPEN, Stage.archived_at.is_(None))
            )
        )
    with log.open("a", encoding="utf-8") as out:
        while True:
            with database.sessions() as session:
                deals = list(session.scalars(select(Deal.id).where(Deal.status == DealStatus.OPEN)))
            picked = chance.sample(deals, k=min(len(deals), chance.randint(1, 3)))
            with database.transaction() as session:
                move = move_deals(session, picked, chance.choice(stages), chance.randint(0, 5))
            if move.stage_moves:
                out.write("".join(f"{move_id}\n" for move_id in move.stage_moves))
                out.flush()
                os.fsync(out.fileno())


def _leave_wal(path: Path, name: str) -> None:
    database = open_database(path, check=False)
    with database.transaction() as session:
        session.add(Customer(name=name))
    os._exit(0)  # no close: the last commit stays in the -wal file


def main(argv: list[str]) -> int:
    """Run one child job (see the module docstring)."""
    mode, path = argv[0], Path(argv[1])
    if mode == "moves":
        _moves(path, Path(argv[2]), int(argv[3]) if len(argv) > 3 else 1)
    elif mode == "open":
        open_database(path).close()
    elif mode == "leave-wal":
        _leave_wal(path, argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
