"""vCard 2.1, 3.0 and 4.0 through vobject; broken cards reported with their first line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from salesdesk.core.exchange.importer import read_customers
from salesdesk.core.models import Tier

CARDS = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg M=C3=BC=\r\n"
    "ller\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:first=0D=0Asecond =\r\n"
    "line\r\n"
    "TEL;CELL:+49 151 1234567\r\n"
    "BDAY:--0415\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n"
    " /9j/4AAQSkZJRgABAQ\r\n"
    " AAAQABAAD\r\n"
    "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # line 15
    "VERSION:4.0\r\n"
    "FN:Anna Schmidt\r\n"
    "BDAY:19800131\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+49-30-1234567\r\n"
    "EMAIL;PREF=1:anna@example.com\r\n"
    "X-SALESDESK-TIER:A\r\n"
    "NOTE:a very long note that is folded onto a second line because vCard lines are sh\r\n"
    " ort\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # line 25: never ended, another card begins
    "VERSION:3.0\r\n"
    "FN:Lost One\r\n"
    "BEGIN:VCARD\r\n"  # line 28
    "VERSION:3.0\r\n"
    "FN:Bad Mail\r\n"
    "EMAIL:bad@@x\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # line 33: no END at all
    "VERSION:3.0\r\n"
    "FN:Cut Off\r\n"
)


def test_cards_of_every_version_are_read_and_broken_ones_reported(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    result = read_customers(path)
    jorg, anna = result.drafts
    assert (jorg.line, jorg.name, jorg.phones, jorg.notes) == (
        1,
        "Jörg Müller",
        ["+49 151 1234567"],
        "first\r\nsecond line",
    )
    assert (jorg.birthday, jorg.birthday_year_known) == (date(1904, 4, 15), False)
    assert (anna.line, anna.birthday, anna.tier, anna.emails, anna.phones) == (
        15,
        date(1980, 1, 31),
        Tier.A,
        ["anna@example.com"],
        ["+49-30-1234567"],
    )
    assert anna.notes.endswith("lines are short")
    assert [str(problem) for problem in result.problems] == [
        "lines 25–27: the card has no END:VCARD (line 28 begins another card): not imported",
        "lines 28–32: 'bad@@x' is not an e-mail address: the part after the @-sign contains "
        "invalid characters: '@'",
        "lines 33–36: the card has no END:VCARD: not imported",
    ]
    assert result.notes == ["photos are not imported (1 card(s) had one)"]


def test_an_unreadable_card_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Fine\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nthis line has no colon\nFN:Broken\nEND:VCARD\n",
        encoding="utf-8",
    )
    result = read_customers(path)
    assert [d.name for d in result.drafts] == ["Fine"]
    (problem,) = result.problems
    assert (problem.line, problem.end_line) == (5, 9)
    assert problem.reason.startswith("not a readable vCard")
