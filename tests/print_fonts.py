"""CJK fonts that ship with the tests, so the PDF text tests need no installed CJK font.

``tests/fonts/SalesDeskTestSansCJK-{Regular,Bold}.otf`` are subsets of Noto Sans CJK SC (SIL
Open Font License, ``tests/fonts/OFL.txt``) with the characters these tests print, renamed so
they never stand in for an installed Noto font. They keep Noto's shared glyphs (小 and the
radical ⼩ are one glyph, as are ～ and 〜) and its ligatures, so Qt's PDF writer gets these
wrong as it does with the full font. A bold face of its own keeps Qt from drawing bold text
twice (synthetic bold), which pypdf, unlike pdftotext, reads twice.
``tests/fonts/build_subset.py`` rebuilds them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from salesdesk.ui.printing import fonts

FONTS = tuple(
    Path(__file__).resolve().parent / "fonts" / f"SalesDeskTestSansCJK-{style}.otf"
    for style in ("Regular", "Bold")
)
FAMILY = "SalesDesk Test Sans CJK"
# Names whose characters Noto draws like a radical (小 ⼩, 示 ⽰, 金 ⾦), Korean, words in which
# f forms a ligature, and characters that share a glyph with a lower code point.
NAMES = ("王小明", "示", "金示현", "김민준", "이서연")
WORDS = ("Profile", "office", "official", "affluent", "fine", "flowers", "waffle", "staff")
SHARED = ("民车食", "10～20", "王／李", "𠮷野")
ON_PURPOSE = ("⼩", "ﬁ")  # a radical and a ligature character printed as such


@pytest.fixture
def test_font(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Print with the test font alone (no installed font is asked); return its family."""
    font_ids = [QFontDatabase.addApplicationFont(str(path)) for path in FONTS]
    for font_id, path in zip(font_ids, FONTS, strict=True):
        assert QFontDatabase.applicationFontFamilies(font_id) == [FAMILY], f"cannot load {path}"
    monkeypatch.setattr(fonts, "BODY_FAMILIES", (FAMILY,))
    monkeypatch.setattr(fonts, "register_extra_fonts", lambda: ())
    yield FAMILY
    for font_id in font_ids:
        QFontDatabase.removeApplicationFont(font_id)
