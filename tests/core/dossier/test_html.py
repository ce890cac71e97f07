"""The dossier template: every value escaped, unanswered questions left out, all parts there."""

from __future__ import annotations

from salesdesk.core.dossier.content import load_day, load_dossier
from salesdesk.core.dossier.html import PlainFormats, dossier_html, route_html
from salesdesk.core.store import Database
from tests.core.dossier.rich_customer import (
    CHINESE_ANSWER,
    DAY,
    KOREAN_NOTE,
    MARKUP_ANSWER,
    MARKUP_NAME,
    NOW,
    Rich,
)


def test_markup_in_names_and_answers_is_escaped(database: Database, rich: Rich) -> None:
    with database.sessions() as session:
        html = dossier_html(load_dossier(session, rich.customer, NOW), PlainFormats())
    assert "Lee &lt;b&gt;Min&lt;/b&gt; &amp; Sons" in html
    assert "&lt;i&gt;Loves&lt;/i&gt; golf &amp; &lt;table&gt;tennis" in html
    assert "Too &lt;em&gt;dear&lt;/em&gt;" in html and "Close the &lt;deal&gt;" in html
    for raw in (MARKUP_NAME, MARKUP_ANSWER, "<em>", "<deal>", "<Tech>"):
        assert raw not in html


def test_the_dossier_has_every_part_and_leaves_unanswered_questions_out(
    database: Database, rich: Rich
) -> None:
    with database.sessions() as session:
        html = dossier_html(load_dossier(session, rich.customer, NOW), PlainFormats())
    for heading in (
        "Next visit",
        "Family",
        "Career",
        "Leisure",
        "Money",
        "Family members and important dates",
        "Key people",
        "Recent news",
        "Open deals",
        "Open objections",
        "Last visits and calls",
        "Referrals",
    ):
        assert f">{heading}<" in html or f">{heading}:" in html, heading
    for prompt in rich.answered_prompts:
        assert prompt.replace("'", "&#39;") in html
    assert rich.unanswered_prompt.replace("'", "&#39;") not in html
    assert CHINESE_ANSWER in html and KOREAN_NOTE in html and "이서연" in html
    assert "EUR\xa012,500" in html and "checklist 1 of 3 ready" in html
    # The open deals in all, without the one on hold (EUR 300), in the reporting currency.
    assert "in all (not on hold): EUR\xa012,500<" in html
    assert "Settled worry" not in html  # resolved objections are not open
    assert "Kang Min-ho" in html and "Park Ji-hoon" in html and "Budget freeze" in html


def test_line_breaks_in_notes_are_kept(database: Database, rich: Rich) -> None:
    with database.sessions() as session:
        dossier = load_dossier(session, rich.customer, NOW)
    html = dossier_html(dossier, PlainFormats())
    assert "Liked the demo<br>Asked for a quote" in html
    assert "<i>Next:</i> Send the proposal" in html


def test_the_route_lists_each_visit_with_its_readiness(database: Database, rich: Rich) -> None:
    with database.sessions() as session:
        html = route_html(load_day(session, DAY, NOW), PlainFormats())
    assert "Route for Wednesday, 2026-05-06" in html
    assert "3 visits · 2 customers" in html
    assert html.index("王芳") < html.index("Lee &lt;b&gt;Min")
    assert "1 / 3" in html and "确认预算" in html and "Call only" not in html


def test_a_visit_already_past_is_not_called_the_next_one(database: Database, rich: Rich) -> None:
    later = NOW.replace(month=7)
    with database.sessions() as session:
        ahead = dossier_html(load_dossier(session, rich.customer, NOW), PlainFormats())
        past = dossier_html(
            load_dossier(session, rich.customer, later, rich.next_visit), PlainFormats()
        )
    assert "<h2>Next visit</h2>" in ahead and "<h2>Visit</h2>" not in ahead
    assert "<h2>Visit</h2>" in past and "<h2>Next visit</h2>" not in past
