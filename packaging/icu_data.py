"""Trim the ICU data Qt links (libicudata) to the parts Qt's own ICU calls read, for the bundle.

    python packaging/icu_data.py TARGET_FOLDER [libicudata.so.NN]

Qt Core links ICU for four things only, the ICU functions it imports: case mapping
(``u_strToUpper``/``u_strToLower``, data built into libicuuc), collation (``ucol_*``: the
``coll`` tree), legacy text encodings (``ucnv_*``: the ``.cnv`` tables and their aliases) and
time zones (``ucal_*``: zone rules, calendars, and the ``zone`` tree for zone names). ICU's
data library carries, beside those, the display names of languages, countries, currencies
and units, transliteration, number spell-out and text break rules, which no function Qt
imports reads: ``DROPPED``. Their removal takes the library from 32 MB to 17 MB.

The library is one read-only symbol, ``icudt<NN>_dat``, holding ICU's common data package
(a table of contents and the items). This reads it out of the library, writes the package
without the dropped items, and links a library of the same name and symbol around it with the
C compiler (``cc``). tests/test_icu_data.py runs Qt on the trimmed library and requires the
same collation, encodings, time zone names and case mapping as on the full one.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Trees of ICU's data that none of the ICU functions Qt imports reads.
DROPPED = ("lang/", "region/", "curr/", "unit/", "translit/", "rbnf/", "brkitr/")
_ALIGNMENT = 16


def _dynamic_symbols(library: bytes) -> list[tuple[str, int, int, int, int]]:
    """Return (name, section index, value, size, section's address - offset) of each symbol.

    The library's dynamic symbol table (ELF64, little-endian); section index 0 is a symbol
    the library imports.
    """
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF library")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    symbols = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for start in range(offset + entsize, offset + size, entsize):
            name_at, _info, _other, index, value, length = struct.unpack_from(
                "<IBBHQQ", library, start
            )
            name = library[strings + name_at : library.index(b"\0", strings + name_at)]
            shift = sections[index][3] - sections[index][4] if 0 < index < shnum else 0
            symbols.append((name.decode(), index, value, length, shift))
    return symbols


def _symbol(library: bytes) -> tuple[str, int, int]:
    """Return the name, file offset and size of the library's ``icudt<NN>_dat``."""
    for name, index, value, size, shift in _dynamic_symbols(library):
        if index != 0 and re.fullmatch(r"icudt\d+_dat", name):
            return name, value - shift, size
    raise ValueError("no icudt<NN>_dat symbol in the library")


def imported_icu_functions(library: Path) -> set[str]:
    """Return the ICU functions a library imports, without ICU's version suffix ("ucol_open")."""
    return {
        re.sub(r"_\d+$", "", name)
        for name, index, _, _, _ in _dynamic_symbols(library.read_bytes())
        if index == 0 and re.search(r"_\d{2,}$", name)
    }


def items(package: bytes) -> list[tuple[str, bytes]]:
    """Return the (name, data) items of an ICU common data package, in its order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = package[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    result = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        result.append((name, toc[data_at:end]))
    return result


def package(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """Return an ICU common data package of ``kept`` items (sorted by name, as ICU wants)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    table = 4 + 8 * len(kept)
    data_at = table + len(names)
    data_at += -data_at % _ALIGNMENT
    entries, blobs, name_at = [], [], table
    for name, data in kept:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = data + b"\0" * (-len(data) % _ALIGNMENT)
        blobs.append(padded)
        data_at += len(padded)
    toc = struct.pack("<I", len(kept)) + b"".join(entries) + names
    toc += b"\0" * (-len(toc) % _ALIGNMENT)
    return header + toc + b"".join(blobs)


def trimmed_package(library: Path) -> tuple[str, bytes, int]:
    """Return the data symbol's name, the package without ``DROPPED``, and the full size."""
    raw = library.read_bytes()
    symbol, offset, size = _symbol(raw)
    full = raw[offset : offset + size]
    (header_size,) = struct.unpack_from("<H", full, 0)
    kept = [
        (name, data) for name, data in items(full) if not name.split("/", 1)[-1].startswith(DROPPED)
    ]
    return symbol, package(full[:header_size], kept), size


def build(library: Path, target: Path) -> Path:
    """Write the trimmed ICU data library of the same name into ``target``; return its path."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise SystemExit("no C compiler (cc): install gcc to build the trimmed ICU data")
    symbol, data, _ = trimmed_package(library)
    target.mkdir(parents=True, exist_ok=True)
    output = target / library.name
    with tempfile.TemporaryDirectory(prefix="salesdesk-icu-") as scratch:
        blob = Path(scratch) / "icudata.dat"
        blob.write_bytes(data)
        source = Path(scratch) / "icudata.S"
        source.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign {_ALIGNMENT}\n{symbol}:\n\t.incbin "{blob}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-o",
                str(output),
                str(source),
            ],
            check=True,
        )
    return output


def qt_icu_library() -> Path:
    """Return the ICU data library of the installed PySide6's Qt."""
    import PySide6

    (found,) = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found


def main(argv: list[str]) -> int:
    """Build into the folder given; print the sizes before and after."""
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__.split("\n\n")[1])
    library = Path(argv[2]) if len(argv) == 3 else qt_icu_library()
    output = build(library, Path(argv[1]))
    before, after = library.stat().st_size, output.stat().st_size
    print(f"{output}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
