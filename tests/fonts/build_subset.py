"""Rebuild the test fonts in this folder: Noto Sans CJK SC cut down to what the tests print.

Needs fontTools (``pip install fonttools``) and Noto Sans CJK (Debian/Ubuntu: ``apt install
fonts-noto-cjk``); the tests need neither. Run ``python -m tests.fonts.build_subset`` from
the checkout after adding characters to ``tests/print_fonts.py``, to ``DOSSIER`` below or to
the test worlds (``WORLDS``: every character they hold is kept).

Every code point the source font draws with a kept glyph stays mapped to it (小 keeps ⼩,
～ keeps 〜), and so do the ligatures, so that Qt's PDF writer meets what it meets in the
full font. The family is renamed: the OFL reserves "Source" for Adobe's own versions, and a
different name keeps the subset from standing in for an installed Noto font.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

from tests.print_fonts import FAMILY, FONTS, NAMES, ON_PURPOSE, SHARED, WORDS

NOTO = Path("/usr/share/fonts/opentype/noto")
SOURCE_FAMILY = "Noto Sans CJK SC"
# What the rich test customer's dossier and day route print (tests/core/dossier).
DOSSIER = (
    " %&'()+,-./0123456789:<>?ABCDEFGHIJKLMNOPQRSTVWYabcdefghijklmnopqrstuvwxyz"
    "\u00a0\u202f·–…€→★公办喜圳夫室尔打欢深王球理确算经芳认购采预高"
    "국니다대등로마말민산삼서성세연울을이자전종주한합"
)


# The test worlds whose names and notes the UI tests print (their every character is kept).
WORLDS = ("tests/ui/world.py", "tests/core/dossier/rich_customer.py")
CHECKOUT = Path(__file__).resolve().parents[2]


def _world_text() -> str:
    return "".join((CHECKOUT / name).read_text(encoding="utf-8") for name in WORLDS)


def build(style: str, target: Path) -> None:
    """Write the ``style`` face of the test family to ``target``."""
    collection = NOTO / f"NotoSansCJK-{style}.ttc"
    faces = [TTFont(collection, fontNumber=number, lazy=True) for number in range(10)]
    source = next(face for face in faces if face["name"].getDebugName(1) == SOURCE_FAMILY)
    cmap = source.getBestCmap()
    wanted = set("".join((*NAMES, *WORDS, *SHARED, *ON_PURPOSE, DOSSIER, _world_text())))
    glyphs = {cmap[ord(char)] for char in wanted if ord(char) in cmap}
    missing = sorted(char for char in wanted if ord(char) not in cmap)
    unicodes = sorted(code for code, glyph in cmap.items() if glyph in glyphs)
    options = subset.Options()
    options.layout_features = ["liga", "ccmp", "locl"]  # as the full font shapes them
    options.drop_tables += ["BASE", "VORG", "vhea", "vmtx", "GPOS"]  # vertical text, kerning
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 10, 13, 14]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(source)
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    full_name = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    renamed = {
        1: FAMILY,
        2: style,
        3: f"{postscript};SalesDesk tests",
        4: full_name,
        6: postscript,
        10: f"A subset of {SOURCE_FAMILY} {style} for SalesDesk's tests.",
    }
    names = source["name"]
    for name_id, value in renamed.items():
        names.setName(value, name_id, 3, 1, 0x409)
    names.names = [record for record in names.names if record.platformID == 3]
    cff = source["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FullName, top.FamilyName = full_name, FAMILY
    source.save(target)
    print(f"{target.name}: {target.stat().st_size} bytes, {len(unicodes)} code points")
    if missing:
        print(f"not in {SOURCE_FAMILY}: {' '.join(map(ascii, missing))}", file=sys.stderr)


def main() -> int:
    """Write the regular and the bold face next to this file."""
    for style, target in zip(("Regular", "Bold"), FONTS, strict=True):
        build(style, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
