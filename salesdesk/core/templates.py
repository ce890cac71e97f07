"""The Jinja2 environment of printed documents (``resources/templates``): every value escaped.

Autoescape is on, so names, notes and answers that contain markup print literally; the
``lines`` filter keeps a text's line breaks, ``nowrap`` keeps a time or a date on one line.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from salesdesk.paths import resources_dir

if TYPE_CHECKING:
    from jinja2 import Environment


def _lines(text: str | None) -> Markup:
    """Escape ``text`` and keep its line breaks."""
    return Markup("<br>").join(escape(line) for line in (text or "").splitlines())


def _nowrap(text: str | None) -> Markup:
    """Escape ``text`` and keep it on one line ("11:00 AM" never breaks before "AM")."""
    return Markup(escape(text or "").replace(" ", "\u00a0"))


@cache
def environment() -> Environment:
    """Return the environment, made once per process (templates are compiled on first use).

    Jinja2 is imported here, on the first print or report: the app starts without it.
    """
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    made = Environment(
        loader=FileSystemLoader(resources_dir() / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    made.filters["lines"] = _lines
    made.filters["nowrap"] = _nowrap
    return made
