"""Which printed characters an installed face drew with each of its glyphs.

``unicode_maps`` corrects the text maps of Qt's PDFs with this. Three ways, cheapest first:

- the face's character map: each printed character's glyph (小 and ⼩ share one in Noto
  Sans CJK; when both were printed, the ordinary character wins over the radical, the
  compatibility form or the control character, then the more frequent one);
- shaping the printed lines with the face, as Qt did, for glyphs the character map does not
  reach: forms chosen by the font's rules (Noto Sans CJK's ``locl`` draws "1" in Latin text
  with a glyph of its own) and characters beyond the Basic Multilingual Plane (𠮷);
- a glyph's outline, to tell which of those a PDF glyph that Qt left unmapped is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextLayout

from salesdesk.ui.printing.fonts import LIGATURES

OUTLINE_SIZE = 1000  # pixel size at which outlines are compared
_BREAKS = re.compile("[\n\u2028\u2029\ufdd0\ufdd1\ufffc]")  # lines, paragraphs, table cells
_RETRIEVE = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
)
_installed: dict[str, QRawFont | None] = {}  # PostScript name -> installed face, per process


def glyphs_of(face: QRawFont, chars: list[str]) -> list[int]:
    """Return the glyph of each character in ``face``'s character map (0 where it has none)."""
    glyphs = face.glyphIndexesForString("".join(chars))
    if len(glyphs) == len(chars):
        return list(glyphs)
    return [(face.glyphIndexesForString(char) or [0])[0] for char in chars]  # beyond the BMP


def embedded_subset(font: Any) -> QRawFont | None:
    """Return the font subset a PDF's Type0 ``font`` dictionary embeds, or None."""
    try:
        data = font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return None
    subset = QRawFont()
    subset.loadFromData(data, OUTLINE_SIZE, QFont.HintingPreference.PreferNoHinting)
    return subset if subset.isValid() else None


def installed_face(name: str, font: Any) -> QRawFont | None:
    """Return the installed face that the PDF font ``font`` (PostScript ``name``) embeds.

    Qt copies a face's name table into the subset it embeds, so the subset names the family
    and style to look up. Once per name and process.
    """
    if name not in _installed:
        _installed[name] = None
        if (subset := embedded_subset(font)) is not None:
            family, style = subset.familyName(), subset.styleName()
            face = QRawFont.fromFont(QFontDatabase.font(family, style, 12))
            if face.isValid() and (face.familyName(), face.styleName()) == (family, style):
                face.setPixelSize(OUTLINE_SIZE)
                _installed[name] = face
    return _installed[name]


def _unusual(char: str) -> bool:
    """Return whether ``char`` is a form that fonts draw like an ordinary character."""
    return (
        unicodedata.category(char) == "Cc"
        or "\u2e80" <= char <= "\u2fdf"  # CJK and Kangxi radicals
        or unicodedata.normalize("NFKC", char) != char
    )


class PrintedText:
    """The text of a print job, and what each face drew of it, glyph by glyph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.counts = Counter(text)
        self.chars = list(self.counts)
        self._mapped: dict[str, dict[int, list[str]]] = {}
        self._shaped: dict[str, dict[int, str]] = {}

    def mapped(self, name: str, face: QRawFont) -> dict[int, list[str]]:
        """Return the printed characters by their glyph in the character map of ``face``."""
        if name not in self._mapped:
            by_glyph: dict[int, list[str]] = {}
            for char, glyph in zip(self.chars, glyphs_of(face, self.chars), strict=True):
                if glyph:
                    by_glyph.setdefault(glyph, []).append(char)
            self._mapped[name] = by_glyph
        return self._mapped[name]

    def best(self, candidates: list[str]) -> str:
        """Return the character a glyph most likely printed among ``candidates``."""
        return min(candidates, key=lambda char: (_unusual(char), -self.counts[char], char))

    def shaped(self, name: str, face: QRawFont) -> dict[int, str]:
        """Return glyph -> character for the printed lines shaped with ``face``, as Qt does."""
        if name not in self._shaped:
            font = QFontDatabase.font(face.familyName(), face.styleName(), 12)
            for feature in LIGATURES:
                font.setFeature(QFont.Tag(feature), 0)
            known = {char for chars in self.mapped(name, face).values() for char in chars}
            lines = {line for line in _BREAKS.split(self.text) if known.intersection(line)}
            self._shaped[name] = _shape(sorted(lines), font, face)
        return self._shaped[name]


def _shape(lines: list[str], font: QFont, face: QRawFont) -> dict[int, str]:
    """Return the first character each glyph of ``face`` stood for when ``lines`` are shaped."""
    drawn: dict[int, str] = {}
    wanted = (face.familyName(), face.styleName())
    for line in lines:
        layout = QTextLayout(line, font)
        layout.beginLayout()
        while (row := layout.createLine()).isValid():
            row.setLineWidth(1e9)
        layout.endLayout()
        units = line.encode("utf-16-le")
        for run in layout.glyphRuns(-1, -1, _RETRIEVE):
            raw = run.rawFont()
            if (raw.familyName(), raw.styleName()) != wanted:
                continue
            seen: set[int] = set()
            for glyph, index in zip(run.glyphIndexes(), run.stringIndexes(), strict=False):
                if index in seen:  # a character drawn with several glyphs counts once
                    continue
                seen.add(index)
                char = units[2 * index : 2 * index + 4].decode("utf-16-le", errors="ignore")[:1]
                drawn.setdefault(glyph, char)
    return drawn


def _box(face: QRawFont, glyph: int) -> tuple[float, float, float, float]:
    box = face.pathForGlyph(glyph).boundingRect()
    return (box.left(), box.top(), box.right(), box.bottom())


def match_outlines(
    codes: list[int], subset: QRawFont, face: QRawFont, candidates: dict[int, str]
) -> dict[int, str]:
    """Return the text of the subset glyphs ``codes``, each the candidate glyph it looks like.

    ``candidates`` maps glyphs of ``face`` to what they stand for; a match must agree to a
    hundredth of the em and takes its candidate out of the running.
    """
    found: dict[int, str] = {}
    boxes = {glyph: _box(face, glyph) for glyph in candidates}
    for code in codes:
        if not boxes:
            break
        shape = _box(subset, code)
        glyph, distance = min(
            (
                (glyph, max(abs(a - b) for a, b in zip(shape, box, strict=True)))
                for glyph, box in boxes.items()
            ),
            key=lambda pair: pair[1],
        )
        if distance < OUTLINE_SIZE / 100:
            found[code] = candidates[glyph]
            del boxes[glyph]
    return found
