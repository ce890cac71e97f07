"""Which currency each sample customer buys in, and the exchange rates the sample brings.

A rep's world is mostly in the currency of home (the database's reporting currency): most
customers are billed in it. About one in eight buys in one of two other currencies: customers
across the border (a British customer of a German rep pays in pounds) or, where too few live
abroad, export customers. The sample then stores a rate per month for each such currency over
the last nineteen months, drifting a little, so won deals convert at the rate of their month.

The choices come from their own dice (``random.Random`` seeded from the sample's seed), so the
rest of the world is the same whatever the home currency.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from salesdesk.core.models import ExchangeRate
from salesdesk.core.sample.common import World, rough_rate
from salesdesk.core.sample.people import Person

# The two currencies a rep of each home currency most often quotes in besides their own.
PARTNERS: dict[str, tuple[str, str]] = {
    "EUR": ("USD", "GBP"),
    "USD": ("EUR", "GBP"),
    "GBP": ("EUR", "USD"),
    "CNY": ("USD", "EUR"),
    "KRW": ("USD", "JPY"),
    "JPY": ("USD", "CNY"),
}
FOREIGN_SHARE = 0.12  # of the customers, those billed in a partner currency
RATE_MONTHS = 19  # sample rates cover the last nineteen months (deals close up to 540 days ago)


def partners_of(home: str) -> tuple[str, str]:
    """Return the two other currencies sample deals of a ``home`` rep are quoted in."""
    return PARTNERS.get(home, ("EUR", "USD") if home != "EUR" else ("USD", "GBP"))


def billing_currencies(seed: int, people: Sequence[Person], home: str) -> dict[int, str]:
    """Return the currency each customer (by id) buys in.

    About ``FOREIGN_SHARE`` of the customers buy in a partner currency: first those who live
    where it is the currency, then (if too few do) local export customers.
    """
    dice = random.Random(f"sample currencies {seed}")
    partners = partners_of(home)
    wanted = round(len(people) * FOREIGN_SHARE)
    abroad = [person for person in people if person.place.currency in partners]
    local = [person for person in people if person.place.currency not in partners]
    dice.shuffle(abroad)
    dice.shuffle(local)
    billing = {person.id: home for person in people}
    for person in abroad[:wanted]:
        billing[person.id] = person.place.currency
    for person in local[: max(0, wanted - len(abroad))]:
        billing[person.id] = dice.choices(partners, (2, 1))[0]
    return billing


def make_rates(
    world: World,
    seed: int,
    home: str,
    currencies: Iterable[str],
    stored: set[tuple[str, str, date]],
) -> None:
    """Buffer a rate per month for every currency other than ``home`` that deals are in.

    A month whose rate the database holds already (``stored``: base, currency, day) keeps it.
    """
    dice = random.Random(f"sample rates {seed}")
    used = sorted(set(currencies) - {home})
    first = _month_start(world.today, RATE_MONTHS - 1)
    for currency in used:
        level = rough_rate(home, currency)  # 1 home is worth this much of the currency
        strong = level >= 1
        for month in range(RATE_MONTHS):
            day = _month_start(first, -month)
            drift = Decimal(1) + Decimal(dice.randint(-300, 300)) / 10_000  # within ±3 %
            value = level * drift if strong else 1 / (level * drift)
            base, quoted = (home, currency) if strong else (currency, home)
            if (base, quoted, day) in stored:
                continue
            world.add(
                ExchangeRate,
                {"base": base, "currency": quoted, "valid_from": day, "rate": _published(value)},
            )


def _published(rate: Decimal) -> Decimal:
    """Round a rate as banks publish it: five significant digits, at most ten decimals."""
    digits = rate.adjusted()
    return rate.quantize(Decimal(1).scaleb(min(10, max(0, 4 - digits)) * -1))


def _month_start(day: date, months_back: int) -> date:
    """Return the first day of the month ``months_back`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)
