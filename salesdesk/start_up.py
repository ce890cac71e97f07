"""The cyclic garbage collector while the window starts: paused, then out of the way.

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


def resume_collector() -> None:
    """Freeze what start-up made and switch the collector on again (once; later calls: no-op)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
