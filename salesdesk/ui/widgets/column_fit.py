"""Column widths that fit the width a list has: wide texts give way, short columns keep theirs.

A list first sizes each column to its contents (``natural``). When those do not fit the room
there is, the widest columns are cut back to one common width — as little as needed, never
below a column's ``minimum`` (its heading) — so no column hides behind a horizontal scroll
bar while a name or a place could be shortened instead (the full text shows as a tooltip).
"""

from __future__ import annotations

from collections.abc import Sequence


def fit_widths(natural: Sequence[int], minimum: Sequence[int], available: int) -> list[int]:
    """Return a width per column that sums to at most ``available`` where that is possible.

    Columns narrower than the common cap keep their natural width; if even the minimums do
    not fit, the minimums are returned (the list then scrolls).
    """
    floors = [min(low, high) for low, high in zip(minimum, natural, strict=True)]
    if sum(natural) <= available:
        return list(natural)
    if sum(floors) >= available:
        return floors

    def total(cap: int) -> int:
        return sum(max(low, min(high, cap)) for low, high in zip(floors, natural, strict=True))

    low, high = 0, max(natural)  # total(low) <= available < total(high)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if total(middle) <= available else (low, middle)
    return [max(floor, min(width, low)) for floor, width in zip(floors, natural, strict=True)]
