"""One key for telling whether two names, e-mail addresses or phone numbers are the same.

SQLite's ``lower()`` only folds ASCII, so "Ärzte AG" and "ÄRZTE AG", or "Mehmet Özil" typed
twice with different Unicode forms, looked like different names. SalesDesk instead keeps a
matching key next to every customer name, company name and contact point, computed here in
Python and stored in an indexed column (``name_key``, ``match_key``; migration 0006):

- names and e-mail addresses: Unicode NFKC, then full case folding (``ß`` → ``ss``), then NFKC
  again (folding can leave unnormalized text), with every run of whitespace (any Unicode space,
  tab or line break) turned into one space and none at either end;
- phone numbers: E.164 (``+493012345678``), with the extension after ``;ext=``; a number that
  cannot be read has no key and matches nothing.

Whoever writes a name or contact value writes its key in the same statement (the models also
compute it as a column default, so no insert can leave it out).
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from typing import Any


def name_key(text: str) -> str:
    """Return the matching key of a person's or company's name (or an e-mail address)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.split())


def phone_key(number: str) -> str | None:
    """Return a phone number in E.164 (international numbers only), or None if unreadable."""
    import phonenumbers  # only needed where phone numbers are written

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    return parsed_phone_key(parsed)


def parsed_phone_key(parsed: Any) -> str:
    """Return the key of a number phonenumbers has already parsed (a ``PhoneNumber``)."""
    import phonenumbers

    key = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return f"{key};ext={parsed.extension}" if parsed.extension else key


def contact_key(kind: str | Enum, value: str) -> str | None:
    """Return the key of a contact point: e-mail addresses and phones have one, others none."""
    kind_value = kind.value if isinstance(kind, Enum) else kind
    if kind_value == "email":
        return name_key(value)
    if kind_value == "phone":
        return phone_key(value)
    return None


def name_key_default(context: Any) -> str:
    """Column default: the key of the ``name`` being inserted (SQLAlchemy's context default)."""
    return name_key(context.get_current_parameters()["name"])


def contact_key_default(context: Any) -> str | None:
    """Column default: the key of the contact ``kind`` and ``value`` being inserted."""
    parameters = context.get_current_parameters()
    return contact_key(parameters["kind"], parameters["value"])
