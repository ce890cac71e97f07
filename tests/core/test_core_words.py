"""The core's words reach the rep's language: findings, the funnel report, dossier pages, route."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from salesdesk.core import i18n
from salesdesk.core.analytics.diagnosis import findings_for
from salesdesk.core.analytics.funnel import Funnel, FunnelStage
from salesdesk.core.dossier.content import load_day, load_dossier
from salesdesk.core.dossier.html import PlainFormats, dossier_html, route_html
from salesdesk.core.money.totals import Part, Total
from salesdesk.core.money.wording import plain_total
from salesdesk.core.store import Database
from tests.core.dossier.rich_customer import DAY, NOW, Rich

T = datetime(2026, 4, 1, tzinfo=UTC)


def _marked(context: str, source: str, n: int) -> str:
    """Translate every phrase as "‹context›source", its placeholders kept."""
    return f"‹{context}›{source}"


@pytest.fixture
def marked() -> Iterator[None]:
    i18n.install(_marked)
    yield
    i18n.install(None)


def test_a_finding_is_worded_in_the_reps_language(marked: None) -> None:
    # Stage names that hold neither "proposal" nor "negotiat": found by position.
    names = ["Lead", "Call", "Demo", "Offer", "Talks", "Signed"]
    entered, went_on = [20, 16, 12, 10, 8, 6], [16, 12, 3, 8, 6, 5]
    measured = Funnel(
        T,
        T,
        tuple(
            FunnelStage(i, name, 2, {"EUR": Decimal(0)}, entered[i], went_on[i])
            for i, name in enumerate(names)
        ),
    )
    found = {f.code: f for f in findings_for(measured, 15, 4)}
    assert found["bottleneck"].title == "‹Diagnosis›The bottleneck is “Demo”"
    assert found["bottleneck"].action.startswith("‹Diagnosis›Look at the deals stuck in “Demo”")
    assert found["rotting"].title == "‹Diagnosis›Many deals are rotting"


def test_the_diagnosis_finds_the_default_stages_by_their_translated_names() -> None:
    # Without its name the stage before last (index 4) would be taken as the negotiation.
    names = ["A", "谈判阶段", "C", "D", "E", "F"]
    open_now = [2, 6, 2, 2, 2, 1]
    measured = Funnel(
        T,
        T,
        tuple(
            FunnelStage(i, name, open_now[i], {"EUR": Decimal(0)}, 20, 16)
            for i, name in enumerate(names)
        ),
    )
    assert "negotiation_stalls" not in [f.code for f in findings_for(measured, 15, 0)]
    i18n.install(lambda c, s, n: "谈判阶段" if (c, s) == ("Defaults", "Negotiation") else "")
    try:
        codes = [f.code for f in findings_for(measured, 15, 0)]
    finally:
        i18n.install(None)
    assert "negotiation_stalls" in codes  # 6 of 15 in the translated "Negotiation"


def test_a_total_without_a_rate_is_worded_in_the_reps_language(marked: None) -> None:
    total = Total(
        "EUR",
        (
            Part("EUR", Decimal("100"), Decimal("100"), Decimal(0)),
            Part("KRW", Decimal("3000"), Decimal(0), Decimal("3000")),
        ),
    )
    assert "‹Money›without" in plain_total(total, None)


def test_dossier_pages_speak_the_reps_language(
    marked: None, database: Database, rich: Rich
) -> None:
    with database.sessions() as session:
        dossier = dossier_html(load_dossier(session, rich.customer, NOW), PlainFormats())
        route = route_html(load_day(session, DAY, NOW), PlainFormats())
    assert "‹Dossier›Next visit" in dossier
    assert "‹Labels›Family" in dossier  # a FORM section's title, from core.labels
    assert "‹Dossier›‹Labels›" not in dossier  # never translated twice
    assert "‹Dossier›Route for" in route
    assert "‹Route›" in route
