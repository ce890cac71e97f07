"""The bundle's trimmed locale data writes everything exactly as Babel's full data does.

packaging/locale_data.py keeps of each locale's CLDR data only the parts SalesDesk's money,
rate, count and date formatting read. Here every locale Babel knows formats the same amounts,
rates, counts, dates and currency names from the trimmed copy (through Babel's own loading,
inheritance and aliases) as from the full data, and the text must be identical.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from babel import localedata

from salesdesk import cli
from salesdesk.core.money import formats
from tests import packaging_scripts

ROOT = Path(__file__).resolve().parents[1]

AMOUNTS = [
    Decimal("12500"),
    Decimal("12500.5"),
    Decimal("1234567.891"),
    Decimal("-1234.56"),
    Decimal("0.01"),
    Decimal("0"),
]
CURRENCIES = ["EUR", "USD", "JPY", "CNY", "KRW", "BHD", "INR", "CHF", "GBP", "EGP", "RSD", "BRL"]
RATES = [Decimal("1.0856"), Decimal("0.000123"), Decimal("1234.5678"), Decimal("7")]
COUNTS = [0, 7, 1234, 12345678]
# Every month (their short names), every weekday, two years.
DAYS = [date(2026, month, month + 2) for month in range(1, 13)] + [date(1999, 12, 31)]
# Locale names as SalesDesk meets them (QLocale's and the environment's), beside Babel's own.
NAMES = ["zh_CN", "ko_KR", "de_DE", "ar_EG", "hi_IN", "fr_CH", "en_IN", "sr_Latn", "en_US_POSIX"]


def _tool() -> ModuleType:
    return packaging_scripts.load("locale_data")


def _fresh() -> None:
    """Forget every locale Babel and SalesDesk have loaded, so the next call reads the files."""
    localedata.clear_caches()
    formats.babel_locale.cache_clear()
    formats._patterns.cache_clear()


def _outputs(locales: list[str | None], monkeypatch: pytest.MonkeyPatch) -> dict:
    """Return everything SalesDesk writes through Babel, per locale."""
    codes = formats.currency_codes()
    result = {}
    _fresh()
    for name in locales:
        monkeypatch.setattr(cli, "cli_locale", lambda name=name: name)
        own = formats.territory_currency(name)
        money = [
            formats.format_money(amount, currency, name)
            for currency in [*CURRENCIES, *([own] if own else [])]
            for amount in AMOUNTS
        ]
        result[name] = (
            money,
            [formats.format_rate(rate, name) for rate in RATES],
            [cli.count_text(n) for n in COUNTS],
            [cli.day_text(day) for day in DAYS],
            [formats.currency_name(code, name) for code in codes],
            own,
        )
    return result


@pytest.fixture(scope="module")
def trimmed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("locale-data")
    _tool().trim_folder(folder)
    return folder


@pytest.fixture
def _babel_restored() -> Iterator[None]:
    yield
    _fresh()


def test_every_locale_writes_the_same_with_the_trimmed_data(
    trimmed_folder: Path, monkeypatch: pytest.MonkeyPatch, _babel_restored: None
) -> None:
    identifiers = localedata.locale_identifiers()
    locales: list[str | None] = [None, *NAMES, *identifiers]
    full = _outputs(locales, monkeypatch)

    monkeypatch.setattr(localedata, "_dirname", str(trimmed_folder))
    assert sorted(localedata.locale_identifiers()) == sorted(identifiers), "every locale is kept"
    trimmed = _outputs(locales, monkeypatch)

    assert len(full) > 1100
    different = [name for name in locales if trimmed[name] != full[name]]
    assert different == [], different[:20]
    # The comparison means something: the locales do differ from each other.
    assert full["de_DE"][0][0] == "12.500\xa0€"
    assert full["zh_CN"][3][0] == "2026年1月3日"
    assert full["ar_EG"][0] != full["en_US"][0]


def test_the_trimmed_data_is_much_smaller(trimmed_folder: Path) -> None:
    source = Path(localedata._dirname)
    full = sum(path.stat().st_size for path in source.glob("*.dat"))
    kept = sum(path.stat().st_size for path in trimmed_folder.glob("*.dat"))
    assert kept < full / 5


def test_a_part_an_alias_points_to_is_kept() -> None:
    tool = _tool()
    data = {
        "months": {"format": localedata.Alias(("languages", "x"))},
        "languages": {"x": {}},
        "territories": {"DE": "Germany"},
    }
    assert tool.trimmed(data) == {"months": data["months"], "languages": {"x": {}}}
