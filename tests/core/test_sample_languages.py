"""The sample world of a rep who speaks Chinese or Korean: written in their language, at home."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from salesdesk.core import i18n
from salesdesk.core.models import (
    Activity,
    ActivityKind,
    Base,
    ChecklistTemplate,
    Company,
    ContactKind,
    ContactMethod,
    Customer,
    Deal,
    DealStatus,
    KeyPerson,
    LostReason,
    Objection,
    ProfileEntry,
    ProfileQuestion,
    VisitChecklistItem,
)
from salesdesk.core.sample import generate_sample, texts_zh, writing_language
from salesdesk.core.store import Database, open_database

TODAY = date(2026, 3, 16)
HAN = re.compile(r"[\u4e00-\u9fff]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture
def chinese(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "zh.sqlite3", locale="zh_CN")
    with database.transaction() as session:
        summary = generate_sample(
            session, customers=40, deals=90, seed=7, today=TODAY, language="zh_CN"
        )
    assert (summary.territory.code, summary.territory.zone) == ("CN", "Asia/Shanghai")
    yield database
    database.close()


@pytest.fixture
def korean(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "ko.sqlite3", locale="ko_KR")
    with database.transaction() as session:
        summary = generate_sample(
            session, customers=40, deals=90, seed=7, today=TODAY, language="ko_KR"
        )
    assert (summary.territory.code, summary.territory.zone) == ("KR", "Asia/Seoul")
    yield database
    database.close()


def _column(session: Session, column: object) -> list[str]:
    return [value for value in session.scalars(select(column)) if value]  # type: ignore[call-overload]


def _mostly(texts: list[str], script: re.Pattern[str], share: float = 0.9) -> bool:
    return bool(texts) and sum(bool(script.search(text)) for text in texts) >= share * len(texts)


def test_a_chinese_reps_customers_companies_and_deals_are_chinese(chinese: Database) -> None:
    with chinese.transaction() as session:
        names = _column(session, Customer.name)
        assert names and all(HAN.search(name) and not LATIN.search(name) for name in names)
        assert all(2 <= len(name) <= 4 for name in names)  # family name first, no space
        companies = _column(session, Company.name)
        assert companies and all(HAN.search(name) for name in companies)
        assert any(name.endswith("有限公司") for name in companies)
        assert all(city.endswith("市") for city in _column(session, Customer.city))
        assert set(_column(session, Customer.country)) == {"中国"}
        currencies = dict(
            session.execute(select(Deal.currency, func.count()).group_by(Deal.currency)).all()
        )
        assert currencies["CNY"] > sum(currencies.values()) / 2
        for column in (
            Deal.title,
            Customer.position,
            KeyPerson.function,
            KeyPerson.department,
            Objection.text,
            Activity.objective,
            ProfileEntry.answer,
        ):
            assert _mostly(_column(session, column), HAN), column
        # The template items are the database's; the rep's own one-off items are Chinese.
        one_offs = session.scalars(
            select(VisitChecklistItem.text).where(VisitChecklistItem.one_off)
        ).all()
        assert one_offs and all(HAN.search(text) for text in one_offs)
        lost = _column(session, Deal.lost_detail)
        assert lost and all(HAN.search(text) for text in lost)
        visits = session.scalars(
            select(Activity.place).where(Activity.kind == ActivityKind.VISIT)
        ).all()
        assert any(place and "市" in place and place.endswith("号") for place in visits)
        phones = session.scalars(
            select(ContactMethod.value).where(ContactMethod.kind == ContactKind.PHONE)
        ).all()
        assert all(phone.startswith("+86 ") for phone in phones)
        mails = session.scalars(
            select(ContactMethod.value).where(ContactMethod.kind == ContactKind.EMAIL)
        ).all()
        assert all(re.search(r"\.cn$|@(163|126|qq)\.com$", mail) for mail in mails)


def test_a_korean_reps_customers_companies_and_deals_are_korean(korean: Database) -> None:
    with korean.transaction() as session:
        names = _column(session, Customer.name)
        assert names and all(HANGUL.search(name) and not LATIN.search(name) for name in names)
        companies = _column(session, Company.name)
        assert companies and all(HANGUL.search(name) for name in companies)
        assert any("(주)" in name or "주식회사" in name for name in companies)
        assert all(city.endswith("시") for city in _column(session, Customer.city))
        assert set(_column(session, Customer.country)) == {"대한민국"}
        currencies = dict(
            session.execute(select(Deal.currency, func.count()).group_by(Deal.currency)).all()
        )
        assert currencies["KRW"] > sum(currencies.values()) / 2
        for column in (
            Deal.title,
            Customer.position,
            KeyPerson.function,
            Objection.text,
            Activity.objective,
            ProfileEntry.answer,
        ):
            assert _mostly(_column(session, column), HANGUL), column
        phones = session.scalars(
            select(ContactMethod.value).where(ContactMethod.kind == ContactKind.PHONE)
        ).all()
        assert all(phone.startswith("+82 ") for phone in phones)
        assert any(phone.startswith("+82 10-") for phone in phones)
        mails = session.scalars(
            select(ContactMethod.value).where(ContactMethod.kind == ContactKind.EMAIL)
        ).all()
        assert all(re.search(r"\.co\.kr$|@(naver\.com|daum\.net|gmail\.com)$", m) for m in mails)


def _dump(path: Path, language: str, region: str | None = None) -> dict[str, list[object]]:
    database = open_database(path)
    try:
        with database.transaction() as session:
            generate_sample(
                session,
                customers=20,
                deals=40,
                seed=5,
                today=TODAY,
                region=region,
                language=language,
            )
            return {
                table.name: session.execute(
                    select(table).order_by(*table.primary_key.columns)
                ).all()
                for table in Base.metadata.sorted_tables
            }
    finally:
        database.close()


def test_the_same_seed_day_and_language_give_the_same_rows(tmp_path: Path) -> None:
    first = _dump(tmp_path / "a.sqlite3", "zh_CN")
    assert _dump(tmp_path / "b.sqlite3", "zh_CN") == first
    assert _dump(tmp_path / "c.sqlite3", "ko_KR") != first
    assert _dump(tmp_path / "d.sqlite3", "en") == _dump(tmp_path / "e.sqlite3", "en_US.UTF-8")


def test_a_given_region_wins_over_the_languages_home(tmp_path: Path) -> None:
    database = open_database(tmp_path / "de.sqlite3")
    try:
        with database.transaction() as session:
            summary = generate_sample(
                session, customers=15, deals=30, seed=2, today=TODAY, region="DE", language="zh_CN"
            )
            cities = set(_column(session, Customer.city))
            titles = _column(session, Deal.title)
    finally:
        database.close()
    assert summary.territory.code == "DE"
    assert "München" in cities or "Augsburg" in cities
    assert all(HAN.search(title) for title in titles)


def test_a_database_made_in_chinese_gets_answers_reasons_and_checklists(tmp_path: Path) -> None:
    """Default questions, lost reasons and templates stored translated are still recognised."""

    def mark(text: str) -> str:
        return f"〔{text}〕"

    database = open_database(tmp_path / "translated.sqlite3", locale="zh_CN")
    try:
        with database.transaction() as session:  # as a database made in Chinese holds them
            for model, column in (
                (ProfileQuestion, ProfileQuestion.prompt),
                (LostReason, LostReason.name),
                (ChecklistTemplate, ChecklistTemplate.name),
            ):
                for row_id, value in session.execute(select(model.id, column)).all():
                    session.execute(
                        update(model).where(model.id == row_id).values({column.key: mark(value)})
                    )
        i18n.install(lambda context, text, n: mark(text) if context == "Defaults" else "")
        with database.transaction() as session:
            generate_sample(session, customers=30, deals=80, seed=4, today=TODAY, language="zh")
            answered = session.scalar(
                select(func.count())
                .select_from(ProfileEntry)
                .where(ProfileEntry.question_id.is_not(None))
            )
            lost = session.execute(
                select(LostReason.name, Deal.lost_detail)
                .join(Deal, Deal.lost_reason_id == LostReason.id)
                .where(Deal.status == DealStatus.LOST)
            ).all()
            checklists = session.scalars(
                select(ChecklistTemplate.name).join(
                    Activity, Activity.checklist_template_id == ChecklistTemplate.id
                )
            ).all()
    finally:
        i18n.install(None)
        database.close()
    assert answered and answered > 0
    # Not every loss filed under the list's first reason:
    assert len({name for name, _detail in lost}) > 1
    for name, detail in lost:  # each detail under the reason it explains
        matching = {
            reason
            for reason, written in texts_zh.LOST_REASONS
            if re.fullmatch(re.escape(written).replace(r"\{competitor\}", ".+"), detail or "")
        }
        assert name in {mark(reason) for reason in matching}, (name, detail)
    assert mark("Pre-visit preparation") in checklists


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("zh_CN", "zh"),
        ("ko_KR", "ko"),
        ("zh", "zh"),
        ("ko-KR", "ko"),
        ("en", "en"),
        ("de_DE", "en"),
        ("", "en"),
    ],
)
def test_the_language_a_rep_writes_in(language: str, written: str) -> None:
    assert writing_language(language) == written
