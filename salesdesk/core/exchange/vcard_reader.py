"""Reading customers from a vCard file (versions 3 and 4), one customer per card."""

from __future__ import annotations

from pathlib import Path

import vobject

from salesdesk.core.exchange.csv_reader import ImportFileError, draft_from
from salesdesk.core.exchange.drafts import ReadResult, RowProblem
from salesdesk.core.exchange.fields import FieldError


def _cards(content: str) -> list[tuple[int, str]]:
    """Split a file into (first line number, text) per BEGIN:VCARD … END:VCARD block."""
    cards, start, lines = [], None, []
    for number, line in enumerate(content.splitlines(), start=1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            start, lines = number, []
        if start is not None:
            lines.append(line)
        if upper == "END:VCARD" and start is not None:
            cards.append((start, "\r\n".join(lines) + "\r\n"))
            start = None
    return cards


def _values(card: vobject.base.Component) -> dict[str, str]:
    """Return the card's fields under the names the CSV reader knows."""

    def first(name: str) -> object | None:
        children = card.contents.get(name)
        return children[0].value if children else None

    values: dict[str, str] = {}
    name = first("fn")
    if not name and (structured := first("n")) is not None:
        name = " ".join(part for part in (structured.given, structured.family) if part)
    values["name"] = str(name or "")
    org = first("org")
    if org:
        values["company"] = str(org[0] if isinstance(org, list) else org)
    for source, target in (("title", "position"), ("note", "notes"), ("bday", "birthday")):
        value = first(source)
        if value:
            values[target] = str(value)
    if len(values.get("birthday", "")) == 8 and values["birthday"].isdigit():  # 19800131
        day = values["birthday"]
        values["birthday"] = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    values["email"] = ", ".join(str(child.value) for child in card.contents.get("email", []))
    values["phone"] = ", ".join(str(child.value) for child in card.contents.get("tel", []))
    address = first("adr")
    if address is not None:
        values["street"] = str(address.street or "")
        values["postal_code"] = str(address.code or "")
        values["city"] = str(address.city or "")
        values["country"] = str(address.country or "")
    return values


def read_vcard(path: Path, region: str | None = None) -> ReadResult:
    """Read customers from the vCards in ``path``."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(f"cannot read {path}: {error}") from None
    cards = _cards(content)
    if not cards:
        raise ImportFileError(f"{path.name} holds no vCard (BEGIN:VCARD … END:VCARD)")
    result = ReadResult()
    for line, text in cards:
        try:
            card = vobject.readOne(text)
            result.drafts.append(draft_from(_values(card), line, region))
        except FieldError as error:
            result.problems.append(RowProblem(line, str(error)))
        except (vobject.base.ParseError, ValueError, AttributeError) as error:
            result.problems.append(RowProblem(line, f"not a readable vCard ({error})"))
    return result
