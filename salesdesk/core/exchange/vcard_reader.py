"""Reading customers from a vCard file (versions 2.1, 3.0 and 4.0), one customer per card.

Cards are found line by line (CR, LF or CRLF; never ``splitlines``, which would also break at
U+2028 or a form feed inside a value) and each is parsed by ``vobject``: folded lines, vCard
2.1 quoted-printable values with their soft line breaks and charsets, escaped commas and
semicolons. A card without ``END:VCARD``, one that another ``BEGIN:VCARD`` interrupts, and one
vobject cannot read are reported with their first line. Photos, logos, sounds and keys are
left out before parsing (SalesDesk keeps none) and the report says how many were.

SalesDesk's own fields travel in ``X-SALESDESK-*`` properties: the tier, the last contact,
and an exact copy (a JSON string) of any value the standard property would change (vobject
writes a carriage return as a plain line break). A birthday without a year (``--0415``) is
stored as such (see ``fields.check_birthday``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from salesdesk.core.exchange.drafts import CustomerDraft, ImportFileError, RowProblem, draft_from
from salesdesk.core.exchange.encodings import Decoding, choose_decoding
from salesdesk.core.i18n import translate

PREFIX = "x-salesdesk-"
# Fields that may carry an exact copy in X-SALESDESK-<FIELD> (field name → property suffix).
EXACT_FIELDS = {
    "name": "name",
    "company": "company",
    "position": "position",
    "street": "street",
    "postal_code": "postal-code",
    "city": "city",
    "country": "country",
    "notes": "notes",
}
_BINARY = ("PHOTO", "LOGO", "SOUND", "KEY")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _property_name(line: str) -> str:
    """Return the upper-case name of the property a content line starts ("TEL", "PHOTO")."""
    head = re.split(r"[;:]", line, maxsplit=1)[0]
    return head.rpartition(".")[2].strip().upper()  # "item1.TEL" is a TEL


def _without_binaries(lines: list[str]) -> tuple[list[str], bool]:
    """Drop photo-like properties with their continuation lines; say whether any was there."""
    kept, dropping, dropped = [], False, False
    for line in lines:
        continuation = not line or line[0] in " \t" or ":" not in line
        if dropping and continuation:
            continue
        dropping = _property_name(line) in _BINARY
        dropped = dropped or dropping
        if not dropping:
            kept.append(line)
    return kept, dropped


def _first(card: Any, name: str) -> Any:
    children = card.contents.get(name)
    return children[0].value if children else None


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(part) for part in value if part)
    return "" if value is None else str(value)


def _birthday(value: str) -> str:
    """Return a BDAY value as YYYY-MM-DD or --MM-DD ("19850412", "1985-04-12T00:00:00Z")."""
    day = value.strip().split("T")[0]
    if len(day) == 8 and day.isdigit():
        return f"{day[:4]}-{day[4:6]}-{day[6:]}"
    return day


def _geo(value: str) -> tuple[str, str]:
    """Return (latitude, longitude) of GEO: "40.4;-3.7" (3.0) or "geo:40.4,-3.7" (4.0)."""
    point = value.strip().removeprefix("geo:").split(";u=")[0]
    latitude, _, longitude = point.replace(";", ",").partition(",")
    return latitude.strip(), longitude.strip()


def _values(card: Any) -> dict[str, str]:
    """Return the card's fields under the names the CSV reader knows."""
    values: dict[str, str] = {}
    name = _first(card, "fn")
    if not name and (structured := _first(card, "n")) is not None:
        name = " ".join(_text(part) for part in (structured.given, structured.family) if part)
    values["name"] = _text(name)
    org = _first(card, "org")
    if org:
        values["company"] = str(org[0] if isinstance(org, list) else org)
    for source, target in (("title", "position"), ("note", "notes")):
        values[target] = _text(_first(card, source))
    if (born := _first(card, "bday")) is not None:
        values["birthday"] = _birthday(_text(born))
    values["email"] = ", ".join(_text(child.value) for child in card.contents.get("email", []))
    phones = (_text(child.value).removeprefix("tel:") for child in card.contents.get("tel", []))
    values["phone"] = ", ".join(phones)
    address = _first(card, "adr")
    if address is not None:
        values["street"] = _text(address.street)
        values["postal_code"] = _text(address.code)
        values["city"] = _text(address.city)
        values["country"] = _text(address.country)
    if (geo := _first(card, "geo")) is not None:
        values["latitude"], values["longitude"] = _geo(_text(geo))
    for target, suffix in (("tier", "tier"), ("last_contact", "last-contact")):
        if (own := _first(card, PREFIX + suffix)) is not None:
            values[target] = _text(own)
    for target, suffix in EXACT_FIELDS.items():
        exact = _first(card, PREFIX + suffix)
        if exact is not None:
            values[target] = json.loads(_text(exact))
    return values


@dataclass
class VcardRows:
    """An opened vCard file: how it is read, and its cards on demand."""

    path: Path
    decoding: Decoding
    notes: list[str] = field(default_factory=list)
    _region: str | None = None
    _text: str = ""

    def _cards(self) -> Iterator[tuple[int, int, list[str]] | RowProblem]:
        """Yield (first line, last line, lines) per card, or the problem of a broken one."""
        start: int | None = None
        lines: list[str] = []
        number = 0
        for number, line in enumerate(_LINE_BREAK.split(self._text), start=1):
            word = line.rstrip().upper()
            if word == "BEGIN:VCARD":
                if start is not None:
                    yield RowProblem(
                        start,
                        translate(
                            "Import",
                            "the card has no END:VCARD (line %1 begins another card): not imported",
                            number,
                        ),
                        number - 1,
                    )
                start, lines = number, []
            if start is None:
                continue
            lines.append(line)
            if word == "END:VCARD":
                yield start, number, lines
                start = None
        if start is not None:
            yield RowProblem(
                start, translate("Import", "the card has no END:VCARD: not imported"), number
            )

    def __iter__(self) -> Iterator[CustomerDraft | RowProblem]:
        """Yield each card's customer or problem, in file order."""
        import vobject  # here, not at start-up: only a vCard import needs it

        photos = 0
        for card in self._cards():
            if isinstance(card, RowProblem):
                yield card
                continue
            start, end, lines = card
            kept, dropped = _without_binaries(lines)
            photos += dropped
            try:
                parsed = vobject.readOne("\r\n".join(kept) + "\r\n", allowQP=True)
                values = _values(parsed)
            except (vobject.base.ParseError, ValueError, AttributeError, TypeError) as error:
                reason = str(error).strip() or type(error).__name__
                yield RowProblem(
                    start, translate("Import", "not a readable vCard (%1)", reason), end
                )
                continue
            yield draft_from(values, start, self._region, end)
        if photos:
            self.notes.append(
                translate("Import", "photos are not imported (%1 card(s) had one)", photos)
            )


def open_vcard(path: Path, region: str | None = None, encoding: str | None = None) -> VcardRows:
    """Open a vCard file for import; raise ImportFileError when it holds no card at all."""
    decoding = choose_decoding(path, encoding)
    with path.open(encoding=decoding.codec, newline="") as handle:
        text = handle.read()
    if not re.search(r"^BEGIN:VCARD\s*$", text, re.IGNORECASE | re.MULTILINE):
        raise ImportFileError(
            translate("Import", "%1 holds no vCard (BEGIN:VCARD … END:VCARD)", path.name)
        )
    return VcardRows(path, decoding, [], region, text)
