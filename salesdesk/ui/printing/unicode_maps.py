"""The text of the PDFs Qt writes, made to say what was printed.

A PDF shows glyphs; its ``/ToUnicode`` maps tell readers (search, copy, pdftotext) which
characters each glyph stands for. Qt's PDF writer maps every embedded glyph to the *lowest*
code point of the Basic Multilingual Plane that the font draws with it, and leaves glyphs
without one unmapped. Fonts share glyphs: Noto Sans CJK draws 小 and the Kangxi radical ⼩
(U+2F29) alike, 示 and ⽰, 车 and ⻋, ～ and 〜, ／ and ∕; the space glyph also serves the tab.
A dossier for 王小明 then reads "王⼩明" to every program that searches it, and 𠮷 not at all
(Qt behaves as wkhtmltopdf #4414 and PDFBox before PR #470 describe).

``correct_pdf_text`` rewrites those maps once Qt has written the PDF: each glyph is mapped to
the printed character the embedded face drew with it (``glyph_text``). A glyph nothing
printed explains, or one of a face that is not installed, falls back on Unicode alone: a
radical becomes its ideograph, a ligature character its letters, a control character a
space; the box drawn for a character no font has reads as U+FFFD. Ligatures are not formed
in the first place (``fonts.print_font`` turns them off), so each glyph stands for one
character.
"""

from __future__ import annotations

import re
import unicodedata
from typing import IO, Any

from salesdesk.ui.printing.glyph_text import (
    PrintedText,
    embedded_subset,
    glyphs_of,
    installed_face,
    match_outlines,
)

_BLOCK = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.S)
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")
_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_HEADER = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_FOOTER = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
# What .notdef, the box drawn for a character no installed font has, reads as (not U+0000).
NOT_SHOWN = "\ufffd"


def _text(digits: bytes) -> str:
    return bytes.fromhex(digits.decode()).decode("utf-16-be", errors="replace")


def read_to_unicode(data: bytes) -> dict[int, str]:
    """Return the glyph codes of a ToUnicode CMap with the text each one stands for."""
    mapping: dict[int, str] = {}
    for kind, body in _BLOCK.findall(data):
        if kind == b"bfchar":
            mapping.update((int(code, 16), _text(value)) for code, value in _PAIR.findall(body))
            continue
        for start, end, target in _RANGE.findall(body):
            codes = range(int(start, 16), int(end, 16) + 1)
            if target.startswith(b"["):
                mapping.update(zip(codes, map(_text, _HEX.findall(target)), strict=False))
            elif first := _text(target[1:-1]):
                for offset, code in enumerate(codes):
                    mapping[code] = first[:-1] + chr(ord(first[-1]) + offset)
    mapping.pop(0, None)  # Qt maps .notdef, the box for a character no font has, to U+0000
    return mapping


def write_to_unicode(mapping: dict[int, str]) -> bytes:
    """Return a ToUnicode CMap of two-byte glyph codes, as Qt writes them, for ``mapping``."""
    entries = [
        b"<%04X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper().encode())
        for code, text in sorted(mapping.items())
        if text
    ]
    blocks = (
        b"%d beginbfchar\n%sendbfchar\n" % (len(chunk), b"".join(chunk))
        for chunk in (entries[start : start + 100] for start in range(0, len(entries), 100))
    )
    return _HEADER + b"".join(blocks) + _FOOTER


def by_unicode(text: str) -> str:
    """Return what a glyph Qt mapped to ``text`` stands for, judged by Unicode alone."""
    if len(text) != 1:
        return text
    if unicodedata.category(text) == "Cc":
        return " " if text.isspace() else text
    if "\u2e80" <= text <= "\u2fdf" or "\ufb00" <= text <= "\ufb4f":  # radicals, ligatures
        return unicodedata.normalize("NFKC", text)
    return text


def _codes(font: Any) -> set[int]:
    """Return the glyph codes a Type0 font embeds (its CIDSet, else its subset's glyphs)."""
    descriptor = font.DescendantFonts[0].FontDescriptor
    if "/CIDSet" in descriptor:
        bits = descriptor.CIDSet.read_bytes()
        codes = {
            8 * index + bit
            for index, byte in enumerate(bits)
            for bit in range(8)
            if byte & (0x80 >> bit)
        }
    else:
        subset = embedded_subset(font)
        codes = set(range(subset.glyphCount())) if subset is not None else set()
    return codes - {0}


def corrected_map(
    mapping: dict[int, str], name: str, font: Any, printed: PrintedText
) -> dict[int, str]:
    """Return ``mapping``, the ToUnicode of the PDF font ``font``, saying what was printed."""
    face = installed_face(name, font)
    if face is None:
        return {code: by_unicode(text) for code, text in mapping.items()}
    mapped = printed.mapped(name, face)
    singles = [code for code, text in mapping.items() if len(text) == 1]
    glyph_of = dict(zip(singles, glyphs_of(face, [mapping[code] for code in singles]), strict=True))
    corrected = {}
    for code, text in mapping.items():
        glyph = glyph_of.get(code, 0)
        if candidates := mapped.get(glyph):
            corrected[code] = printed.best(candidates)
        elif glyph and (shaped := printed.shaped(name, face).get(glyph)):
            corrected[code] = shaped
        else:
            corrected[code] = by_unicode(text)
    if unmapped := sorted(_codes(font) - mapping.keys()):
        known = set(glyph_of.values())
        orphans = {
            glyph: char for glyph, char in printed.shaped(name, face).items() if glyph not in known
        }
        if orphans and (subset := embedded_subset(font)) is not None:
            corrected.update(match_outlines(unmapped, subset, face, orphans))
    return corrected


def correct_pdf_text(source: IO[bytes], target: IO[bytes], printed: str) -> int:
    """Copy the PDF ``source`` to ``target`` with ToUnicode maps that say what was printed.

    ``printed`` holds every character the PDF shows (more do no harm). Returns how many
    glyphs now stand for other text than Qt wrote.
    """
    import pikepdf  # only writing a PDF needs it

    changed = 0
    text = PrintedText(printed)
    with pikepdf.open(source) as pdf:
        for font in pdf.objects:
            if not (
                isinstance(font, pikepdf.Dictionary)
                and font.get("/Subtype") == "/Type0"
                and isinstance(font.get("/ToUnicode"), pikepdf.Stream)
            ):
                continue
            mapping = read_to_unicode(font.ToUnicode.read_bytes())
            corrected = corrected_map(mapping, str(font.get("/BaseFont", "/"))[1:], font, text)
            changed += sum(corrected[code] != mapping.get(code) for code in corrected)
            corrected[0] = NOT_SHOWN
            font.ToUnicode = pdf.make_stream(write_to_unicode(corrected))
        pdf.save(target)
    return changed
