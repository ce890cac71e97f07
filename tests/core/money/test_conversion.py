"""Conversions: the rate valid on the day, both ways round and across a base; exact sums."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from salesdesk.core.models import ExchangeRate, Setting
from salesdesk.core.money.rates import RateBook, StoredRate, load_book
from salesdesk.core.money.totals import Conversion, load_conversion
from salesdesk.core.store import Database

MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)
BOOK = RateBook(
    [
        StoredRate("EUR", "USD", MARCH, Decimal("1.25")),
        StoredRate("EUR", "USD", APRIL, Decimal("1.10")),
        StoredRate("EUR", "JPY", MARCH, Decimal("160")),
    ]
)


def test_the_rate_of_a_day_is_the_latest_from_before_it() -> None:
    assert BOOK.rate_on("EUR", "USD", date(2026, 2, 28)) is None  # before the first rate
    assert BOOK.rate_on("EUR", "USD", MARCH).rate == Decimal("1.25")  # type: ignore[union-attr]
    assert BOOK.rate_on("EUR", "USD", date(2026, 3, 31)).rate == Decimal("1.25")  # type: ignore[union-attr]
    assert BOOK.rate_on("EUR", "USD", APRIL).rate == Decimal("1.10")  # type: ignore[union-attr]
    assert BOOK.rate_on("EUR", "USD", date(2030, 1, 1)).rate == Decimal("1.10")  # type: ignore[union-attr]


def test_conversion_divides_multiplies_or_goes_across_a_common_base() -> None:
    to_euro = Conversion("EUR", APRIL, BOOK)
    assert to_euro.amount(Decimal(1100), "USD") == Decimal("1000.00")  # today's rate: 1.10
    assert to_euro.amount(Decimal(1250), "USD", date(2026, 3, 15)) == Decimal("1000.00")
    assert to_euro.amount(Decimal(1), "USD", date(2026, 2, 1)) is None  # no rate yet
    to_dollar = Conversion("USD", APRIL, BOOK)
    assert to_dollar.amount(Decimal(1000), "EUR") == Decimal("1100.00")  # quoted per euro
    # Yen to dollars across the euro: 16,000 ¥ = 100 € = 110 $ (on 1 April).
    quote = to_dollar.quote("JPY")
    assert quote is not None and len(quote.rates) == 2
    assert to_dollar.amount(Decimal(16000), "JPY") == Decimal("110.00")
    assert to_dollar.quote("GBP") is None
    # The yen has no decimals: 100 € at 160 is 16,000 ¥ whatever the cents.
    assert Conversion("JPY", APRIL, BOOK).amount(Decimal("100.004"), "EUR") == Decimal(16001)


def test_the_later_of_a_rate_and_its_reverse_holds() -> None:
    both = RateBook(
        [
            StoredRate("EUR", "GBP", MARCH, Decimal("0.80")),  # 1 GBP = 1.25 EUR
            StoredRate("GBP", "EUR", APRIL, Decimal("1.20")),  # newer, quoted the other way
        ]
    )
    conversion = Conversion("EUR", APRIL, both)
    assert conversion.amount(Decimal(100), "GBP") == Decimal("120.00")
    assert conversion.amount(Decimal(100), "GBP", date(2026, 3, 31)) == Decimal("125.00")


def test_a_total_is_rounded_once_and_keeps_what_had_no_rate() -> None:
    conversion = Conversion("EUR", APRIL, BOOK)
    amounts = {"EUR": Decimal("0.01"), "USD": Decimal("0.01"), "KRW": Decimal(3000)}
    total = conversion.total({**amounts, "JPY": Decimal(1)})
    # 0.01 + 0.01 / 1.10 + 1 / 160 = 0.01 + 0.00909… + 0.00625 = 0.02534… → 0.03 (each part
    # alone would round to 0.01 + 0.01 + 0.01, the same here, but the sum is made once).
    assert total.exact == Decimal("0.01") + Decimal("0.01") / Decimal("1.10") + Decimal(1) / 160
    assert total.amount == Decimal("0.03")
    assert total.converted
    assert [part.currency for part in total.parts] == ["EUR", "USD", "JPY", "KRW"]
    assert [(p.currency, p.left_out) for p in total.missing] == [("KRW", Decimal(3000))]
    assert total.by_currency["KRW"] == Decimal(3000)  # kept, not added raw
    # 3 $ per euro: 0.03 $ is exactly a cent; 0.015 $ half a cent, rounded half to even.
    thirds = Conversion("EUR", APRIL, RateBook([StoredRate("EUR", "USD", MARCH, Decimal(3))]))
    assert thirds.total({"USD": Decimal("0.01") * 3 / 2}).amount == Decimal("0.00")
    assert thirds.total({"USD": Decimal("0.03")}).amount == Decimal("0.01")


def test_won_deals_convert_at_the_rate_of_their_close_day() -> None:
    conversion = Conversion("EUR", APRIL, BOOK)
    total = conversion.dated_total(
        [
            ("USD", date(2026, 3, 20), Decimal(125)),  # at 1.25: €100
            ("USD", date(2026, 4, 2), Decimal(110)),  # at 1.10: €100
            ("USD", date(2026, 2, 2), Decimal(7)),  # before any rate: left out
            ("EUR", date(2026, 4, 2), Decimal("0.5")),
        ]
    )
    assert total.amount == Decimal("200.50")
    usd = next(part for part in total.parts if part.currency == "USD")
    assert usd.amount == Decimal(242) and usd.left_out == Decimal(7)
    assert [quote.rates[0].rate for quote in usd.quotes] == [Decimal("1.25"), Decimal("1.10")]


def test_stored_rates_are_read_for_the_span_and_the_reporting_currency(
    database: Database,
) -> None:
    with database.transaction() as s:
        s.add_all(
            ExchangeRate(base="EUR", currency="USD", valid_from=day, rate=rate)
            for day, rate in (
                (date(2025, 1, 1), Decimal("1.05")),
                (MARCH, Decimal("1.25")),
                (APRIL, Decimal("1.10")),
                (date(2026, 5, 1), Decimal("1.30")),
            )
        )
        s.merge(Setting(key="reporting_currency", value="USD"))
    with database.sessions() as s:
        book = load_book(s, date(2026, 3, 10), date(2026, 4, 10))
        assert len(book) == 2  # March (holds on the first day) and April; not 2025, not May
        conversion = load_conversion(s, APRIL, date(2026, 3, 31), APRIL)  # and a close day
    assert conversion.currency == "USD"
    assert conversion.amount(Decimal(100), "EUR") == Decimal("110.00")
    assert conversion.quote("EUR", date(2026, 3, 31)).factor == Decimal("1.25")  # type: ignore[union-attr]
