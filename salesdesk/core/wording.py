"""Filling placeholders and English plurals: one rule for the screens and for printed pages.

The screens translate through Qt (``ui.formatting.tr`` and ``tr_n``) and printed pages through
the ``Formats`` they are given; both fill ``%1``… the same way, and without a translation
both make the English plural of Qt's notation ("%n visit(s)", "activit(y|ies)") here.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")
_ALTERNATIVES = re.compile(r"\((\w*)\|(\w*)\)")


def fill(text: str, *args: object) -> str:
    """Return ``text`` with ``%1`` … ``%99`` replaced by ``args`` in one pass.

    One pass, so a value that itself holds "%2" (a stage named "Stage %1", a deal titled
    "50%2") is shown as it is and never taken for a placeholder.
    """
    if not args:
        return text

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 1 <= number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def english_plural(text: str, n: int, count: str | None = None) -> str:
    """Return Qt's plural notation in English for ``n``: "1 visit", "3 visits", "activities".

    ``%n`` becomes ``count`` (the number as the locale writes it; plain digits by default).
    """
    chosen = _ALTERNATIVES.sub(lambda m: m.group(1) if n == 1 else m.group(2), text)
    return chosen.replace("(s)", "" if n == 1 else "s").replace("%n", count or str(n))
