"""What the window's start leaves for after its first paint: the collector, the ORM's mappers.

The board is read before the first paint with the tables' columns only (no ORM statement),
so mapping the classes (``configure_mappers``, ~30 ms) waits until the board is on screen:
``finish_start`` does it then, before the rep's first action needs it.

The cyclic garbage collector while the window starts: paused, then out of the way.

Starting the window makes a few hundred thousand objects that live as long as the process:
Qt's and SQLAlchemy's classes, the ORM's mappers, the board's cards. With the collector on,
each of its full passes walks them all again, several times before the board is painted.
So the GUI command pauses it until the window is painted; then what exists is frozen
(``gc.freeze``: never walked again, still freed by reference counting as usual) and the
collector runs as usual for everything made afterwards.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collector() -> None:
    """Pause the cyclic collector (the window is about to be built), if it runs."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def finish_start() -> None:
    """Do what waited for the first paint: switch the collector on again, map the classes."""
    from sqlalchemy.orm import configure_mappers

    resume_collector()
    configure_mappers()


def resume_collector() -> None:
    """Freeze what start-up made and switch the collector on again (once; later calls: no-op)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
