"""Which text encoding an import file is read with: told by its byte order mark, or chosen.

Without a choice, a file is read as UTF-32/UTF-16/UTF-8 when it starts with that byte order
mark, else as UTF-8 when all of it is valid UTF-8. Anything else is a legacy 8-bit file (what
Excel writes on Windows: Windows-1252 in Western Europe, 1250 in Central Europe, 1251 for
Cyrillic) or UTF-16 without a mark, and the rep has to say which: the bytes of those
encodings are valid in all of them, so any guess can turn "Łukasz" into "£ukasz" without a
word. (charset-normalizer was tried on such files and guessed wrong on short ones, the
common case for a contact list.) The whole file is checked before a row is read, so a bad
byte is reported with its line and nothing is imported.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from salesdesk.core.exchange.drafts import ImportFileError
from salesdesk.core.i18n import noop, translate

# Encodings offered to the rep (codec name, what it is called), most used first.
LEGACY_ENCODINGS: tuple[tuple[str, str], ...] = (
    ("cp1252", noop("Import", "Windows-1252 (Western Europe, Americas)")),
    ("cp1250", noop("Import", "Windows-1250 (Central Europe)")),
    ("cp1251", noop("Import", "Windows-1251 (Cyrillic)")),
    ("latin-1", noop("Import", "ISO 8859-1 (Latin-1)")),
    ("iso8859-15", noop("Import", "ISO 8859-15 (Latin-9)")),
    ("mac-roman", noop("Import", "Mac OS Roman")),
    ("cp437", noop("Import", "DOS (code page 437)")),
    ("cp850", noop("Import", "DOS (code page 850)")),
    ("utf-16-le", noop("Import", "UTF-16 LE without byte order mark")),
    ("utf-16-be", noop("Import", "UTF-16 BE without byte order mark")),
)
ENCODING_HINT = noop(
    "Import",
    "choose the file's encoding (for example cp1252 for Excel on Windows in Western Europe, "
    "cp1250 for Central Europe, cp1251 for Cyrillic)",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHUNK = 1 << 20


class EncodingError(ImportFileError):
    """A file that cannot be read in the encoding tried: the rep should choose another."""


@dataclass(frozen=True)
class Decoding:
    """How a file is read: the Python codec, and whether the rep chose it."""

    codec: str
    chosen: bool
    lines: int = 0  # about how many lines the file has (for a progress bar)

    @property
    def label(self) -> str:
        """Return the encoding's name for the rep ("UTF-8", "cp1252")."""
        names = {
            "utf-8": "UTF-8",
            "utf-8-sig": translate("Import", "UTF-8 (with BOM)"),
            "utf-16": "UTF-16",
            "utf-32": "UTF-32",
        }
        return names.get(self.codec, self.codec)


def known_codec(name: str) -> str:
    """Return the codec's canonical name, or raise ImportFileError for an unknown one."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ImportFileError(
            translate("Import", "%1 is not an encoding SalesDesk knows", repr(name))
        ) from None


def _problem_line(path: Path, position: int) -> int:
    """Return the line (1-based) of the byte at ``position`` (counting LF bytes before it)."""
    with path.open("rb") as handle:
        return handle.read(position).count(b"\n") + 1


def _check_whole(path: Path, codec: str) -> int:
    """Decode the whole file with ``codec``; raise ImportFileError at the first bad byte.

    Returns about how many lines the file has (its line feed bytes, plus one).
    """
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    done = lines = 0
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                at = done + max(0, error.start)
                line = _problem_line(path, at)
                bad = error.object[error.start : error.start + 1].hex().upper()
                raise _not_readable(path, codec, line, bad) from None
            if not chunk:
                return lines + 1
            done += len(chunk)
            lines += chunk.count(b"\n")


def _not_readable(path: Path, codec: str, line: int, bad: str) -> ImportFileError:
    decoding = Decoding(codec, chosen=False)
    return EncodingError(
        translate(
            "Import",
            "%1 is not %2 text (line %3 has the byte 0x%4): nothing was imported; %5",
            path.name,
            decoding.label,
            line,
            bad,
            translate("Import", ENCODING_HINT),
        )
    )


def choose_decoding(path: Path, wanted: str | None = None) -> Decoding:
    """Return how to read ``path``: ``wanted`` if given, else by its mark or as UTF-8.

    Raises ImportFileError when the file cannot be read that way (naming the line), or when it
    is not UTF-8 and no encoding was chosen.
    """
    try:
        with path.open("rb") as handle:
            start = handle.read(4)
    except OSError as error:
        raise ImportFileError(
            translate("Import", "cannot read %1: %2", path, error.strerror or error)
        ) from None
    if wanted:
        codec = known_codec(wanted)
        if codec == "utf-8" and start.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        return Decoding(codec, chosen=True, lines=_check_whole(path, codec))
    codec = next((name for bom, name in _BOMS if start.startswith(bom)), None)
    if codec is None and b"\x00" in start:
        raise EncodingError(
            translate(
                "Import",
                "%1 looks like UTF-16 without a byte order mark: nothing was imported; "
                "choose utf-16-le or utf-16-be as its encoding",
                path.name,
            )
        )
    codec = codec or "utf-8"
    return Decoding(codec, chosen=False, lines=_check_whole(path, codec))
