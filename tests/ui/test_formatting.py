"""Money, numbers and dates follow the locale; money stays exact to the currency's unit."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from salesdesk.ui.formatting import (
    format_count,
    format_date,
    format_datetime,
    format_money,
    format_percent,
    money_locale,
    tr_n,
)

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def test_money_follows_the_locale_and_hides_zero_cents() -> None:
    assert format_money(Decimal("12500.00"), "EUR", US) == "€12,500"
    assert format_money(Decimal("12500.50"), "EUR", US) == "€12,500.50"
    assert format_money(Decimal("12500.50"), "EUR", DE) == "12.500,50\xa0€"
    assert format_money(Decimal("3"), "XAF", US) == "FCFA3"  # CLDR's symbol, not a table's


def test_each_currency_has_its_own_decimals_and_the_locale_its_symbols() -> None:
    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    assert format_money(Decimal("104293250.00"), "JPY", US) == "¥104,293,250"
    assert format_money(Decimal("1505820000.00"), "KRW", US) == "₩1,505,820,000"
    assert format_money(Decimal("12.5"), "JPY", US) == "¥12"  # half to even, no decimals
    assert format_money(Decimal("1.2345"), "BHD", US) == "BHD1.234"  # three decimals
    # The yuan is "CN¥" beside the yen in English, but "¥" in China (where the yen is "JP¥").
    assert format_money(Decimal("8937375"), "CNY", US) == "CN¥8,937,375"
    assert format_money(Decimal("8937375"), "CNY", china) == "¥8,937,375"
    assert format_money(Decimal("8937375"), "JPY", china) == "JP¥8,937,375"
    assert money_locale(US) == "en_US" and money_locale(QLocale.c()) is None
    # Without a locale (C), amounts carry their ISO code.
    assert format_money(Decimal("12500.5"), "EUR", QLocale.c()) == "EUR\xa012,500.50"


def test_money_is_exact_for_large_amounts() -> None:
    assert format_money(Decimal("987654321098.07"), "USD", US) == "$987,654,321,098.07"
    assert format_money(Decimal("0.005"), "EUR", US) == "€0"  # half-even to the cent
    assert format_money(Decimal("0.015"), "EUR", US) == "€0.02"


def test_percent_count_and_dates() -> None:
    assert format_percent(None, US) == "–"
    assert format_percent(Decimal(2) / Decimal(3), US) == "67%"
    assert format_count(1234567, DE) == "1.234.567"
    assert format_date(date(2026, 3, 4), DE) == "04.03.2026"
    assert format_date(None, US) == ""
    assert format_datetime(None, US) == ""
    assert format_datetime(datetime(2026, 3, 4, 9, 5, tzinfo=UTC), US).startswith("3/4/2026")


def test_counts_in_words_are_grouped_by_the_locale() -> None:
    QLocale.setDefault(US)
    assert tr_n("Board", "%Ln open deal(s)", 1950) == "1,950 open deals"
    assert tr_n("Board", "%Ln open deal(s)", 1) == "1 open deal"
    QLocale.setDefault(DE)
    assert tr_n("Board", "%Ln open deal(s)", 1950) == "1.950 open deals"


def test_a_core_message_becomes_a_sentence_in_its_own_script() -> None:
    from salesdesk.ui.formatting import as_sentence

    assert as_sentence("the deal needs a title") == "The deal needs a title."
    assert as_sentence("商机需要标题") == "商机需要标题。"
    assert as_sentence("金额（欧元）") == "金额（欧元）。"
    assert as_sentence("거래 제목이 필요합니다") == "거래 제목이 필요합니다."
    assert as_sentence("已保存。") == "已保存。" and as_sentence("Sure?") == "Sure?"
