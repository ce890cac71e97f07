"""Environments for the child processes tests start: the same pinned zone as the test itself.

A child (``python -m salesdesk …``) reads the rep's zone from the system, so the test gives it
the zone it pinned for itself through ``TZ``; its result then cannot depend on the machine.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from salesdesk.core import local_time


def child_env(*, without: Iterable[str] = (), **extra: str) -> dict[str, str]:
    """Return this process's environment for a child, with the pinned zone as ``TZ``."""
    env = {key: value for key, value in os.environ.items() if key not in set(without)}
    zone = local_time.pinned_zone()
    if zone is not None:
        env["TZ"] = str(getattr(zone, "key", None) or zone.tzname(None) or "UTC")
    env.update(extra)
    return env
