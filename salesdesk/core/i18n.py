"""The words SalesDesk shows, in the rep's language: one mechanism for core, CLI, pages and screens.

Every user-visible string is written in English in the code, inside a call that names its
context, so the catalog tool (``packaging/translations.py``) finds it:

- ``translate("Context", "Saved %1", name)``: a phrase, its ``%1``… filled in one pass;
- ``translate_n("Context", "%n deal(s)", n)``: a phrase with Qt's plural notation;
- ``noop("Context", "Won")``: marks a phrase kept as data (a table of labels, a default stage
  name) that is translated where it is shown or stored, with ``translate`` and a variable.

The catalogs are Qt translation files (``resources/translations/salesdesk_<lang>.ts``, compiled
to ``.qm``), but the core never imports Qt: the program's entry point (the app or the command
line, ``salesdesk.language``) installs a lookup here; without one, the English source is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from salesdesk.core.wording import english_plural, fill

# (context, source, n) -> the translation, or "" when the catalog has none; n is -1 for a
# phrase without a count.
Lookup = Callable[[str, str, int], str]

# How a worker process (``spawn``: a fresh interpreter) installs the same lookup: a function
# importable by reference and its arguments, given by whoever installed the lookup.
Setup = tuple[Callable[..., object], tuple[object, ...]]

_lookup: Lookup | None = None
_setup: Setup | None = None


def install(lookup: Lookup | None, setup: Setup | None = None) -> None:
    """Make ``lookup`` the source of every translation from now on (None: English only).

    ``setup`` says how a worker process installs the same lookup (``start_worker``).
    """
    global _lookup, _setup
    _lookup = lookup
    _setup = setup if lookup is not None else None


@contextmanager
def english() -> Iterator[None]:
    """Speak English inside the block (output for programs, such as ``--json``), then as before."""
    global _lookup
    kept = _lookup
    _lookup = None
    try:
        yield
    finally:
        _lookup = kept


def worker_setup() -> Setup | None:
    """Return what a worker process needs to speak the same language (None: English)."""
    return _setup


def start_worker(setup: Setup | None) -> None:
    """Install the parent's language in a worker process (a pool's initializer)."""
    if setup is not None:
        function, args = setup
        function(*args)


def translate(context: str, text: str, *args: object) -> str:
    """Return ``text`` in the rep's language, its ``%1``… filled with ``args`` in one pass."""
    translated = _lookup(context, text, -1) if _lookup is not None else ""
    return fill(translated or text, *args)


def translate_n(context: str, text: str, n: int, *args: object, count: str | None = None) -> str:
    """Return a phrase in Qt's plural notation ("%n deal(s)") for ``n`` in the rep's language.

    ``%n`` becomes the plain number, ``%Ln`` becomes ``count`` (the number as the locale writes
    it; plain digits by default). Without a translation the English form is made: "1 deal",
    "3 deals", "activit(y|ies)".
    """
    translated = _lookup(context, text, n) if _lookup is not None else ""
    if not translated:
        translated = english_plural(text, n)
    return fill(translated.replace("%Ln", count or str(n)).replace("%n", str(n)), *args)


def noop(context: str, text: str) -> str:
    """Mark ``text`` for the catalog and return it unchanged (English), to translate later."""
    del context
    return text


def noop_n(context: str, text: str) -> str:
    """Mark a phrase in Qt's plural notation for the catalog; return it unchanged."""
    del context
    return text
