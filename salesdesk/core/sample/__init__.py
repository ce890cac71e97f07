"""A deterministic generator of a believable sales rep's world, at any scale.

``generate_sample`` adds customers (with FORM profiles in English, Chinese and Korean),
their companies with org charts and news, deals with their stage-move history and
objections (mostly in the reporting currency, a few in one or two others, with monthly
exchange rates for those), visits and calls around today with checklists, and referrals, to
the pipeline, checklist templates and profile questions the database already holds. Everyone
lives in one territory, the rep's region (``territories.py``), and every visit and call lies
in the rep's working hours (``diary.py``). A rep who speaks Chinese or Korean gets their
world written in it (the pools of ``texts_zh`` and ``texts_ko`` next to ``texts``). The same
seed, day, region, zone and language always give the same rows. Rows are buffered as plain
dicts and inserted in bulk, in the caller's transaction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.defaults import CLOSING_TEMPLATE, PRE_VISIT_TEMPLATE
from salesdesk.core.i18n import translate
from salesdesk.core.models import (
    Base,
    ChecklistGroup,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Deal,
    ExchangeRate,
    ProfileQuestion,
    Stage,
    StageKind,
    utc_now,
)
from salesdesk.core.queries.lost_reasons import lost_reasons
from salesdesk.core.queries.preferences import reporting_currency
from salesdesk.core.sample.activities import Checklists, Template, make_activities
from salesdesk.core.sample.common import Ids, World
from salesdesk.core.sample.companies import make_news, make_purchase
from salesdesk.core.sample.currencies import billing_currencies, make_rates
from salesdesk.core.sample.deals import Pipeline, StageInfo, make_deals
from salesdesk.core.sample.people import finish_customers, make_customers, make_referrals
from salesdesk.core.sample.profiles import Question, make_profile
from salesdesk.core.sample.territories import REGION_BY_LANGUAGE, Territory, territory_for
from salesdesk.core.search import triggers_paused

DEFAULT_CUSTOMERS = 60
DEFAULT_DEALS = 120

__all__ = [
    "DEFAULT_CUSTOMERS",
    "DEFAULT_DEALS",
    "SampleSummary",
    "Territory",
    "generate_sample",
    "territory_for",
    "writing_language",
]


@dataclass(frozen=True)
class SampleSummary:
    """How many rows the generator added, by table name, and the territory they are in."""

    counts: dict[str, int]
    territory: Territory


def generate_sample(
    session: Session,
    customers: int = DEFAULT_CUSTOMERS,
    deals: int = DEFAULT_DEALS,
    seed: int = 1,
    today: date | None = None,
    region: str | None = None,
    language: str = "en",
) -> SampleSummary:
    """Add a sample world of ``customers`` and ``deals`` to the database behind ``session``.

    ``region`` is the rep's country (ISO 3166 code, e.g. the locale's "ES"); its territory
    holds every customer (Upper Bavaria for a country without one). ``language`` is the one
    the rep speaks ("en", "zh_CN" or "ko_KR"; a locale name like "zh_CN.UTF-8" will do): a
    Chinese or Korean rep writes every name, note and answer in it, sells to customers of
    their own culture, and without a ``region`` works in Shanghai or Seoul. Raises ValueError
    for negative counts, or for deals without customers or without an open pipeline stage.
    """
    if customers < 0 or deals < 0:
        raise ValueError("sample sizes cannot be negative")
    written = writing_language(language)
    territory = territory_for(region or REGION_BY_LANGUAGE.get(written))
    today = today or local_time.local_day(utc_now())
    world = World(random.Random(seed), today, Ids(session), territory, written)
    pipeline = _pipeline(session)
    people = make_customers(world, customers)
    home = reporting_currency(session)
    billing = billing_currencies(seed, people, home)
    made = make_deals(world, pipeline, people, deals, billing)
    make_rates(world, seed, home, {deal["currency"] for deal in made}, _stored_rates(session))
    stage_order = {stage.id: index for index, stage in enumerate(pipeline.open_stages)}
    make_activities(world, people, stage_order, _checklists(session))
    finish_customers(world, people)
    questions = _questions(session)
    for person in people:
        make_profile(world, person, questions)
    make_referrals(world, people)
    companies = {person.company.id: person.company for person in people if person.company}
    for company in companies.values():
        make_news(world, company)
        if world.rng.random() < 0.4:
            make_purchase(
                world, company_id=company.id, customer_id=None, currency=company.place.currency
            )
    return SampleSummary(_insert(session, world), territory)


def writing_language(language: str | None) -> str:
    """Return what a rep of ``language`` ("zh_CN", "ko-KR", "en_US.UTF-8") writes in.

    That is "zh" or "ko" for Chinese and Korean, "en" for every other language.
    """
    code = (language or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in ("zh", "ko") else "en"


def _insert(session: Session, world: World) -> dict[str, int]:
    """Insert the buffered rows table by table, parents before children."""
    order = {table: index for index, table in enumerate(Base.metadata.sorted_tables)}
    counts: dict[str, int] = {}
    with triggers_paused(session):  # one index rebuild instead of one per profile answer
        for model in sorted(world.rows, key=lambda model: order[model.__table__]):  # type: ignore[attr-defined]
            rows = world.rows[model]
            # Self-references (referrers, bosses, follow-ups) point to smaller ids: id order.
            rows.sort(key=lambda row: row.get("id", 0))
            session.execute(insert(model), rows)
            counts[model.__tablename__] = len(rows)  # type: ignore[attr-defined]
    return counts


def _pipeline(session: Session) -> Pipeline:
    stages = session.execute(
        select(Stage.id, Stage.kind, Stage.rot_days)
        .where(Stage.archived_at.is_(None))
        .order_by(Stage.position)
    ).all()
    positions = session.execute(
        select(Deal.stage_id, func.max(Deal.position) + 1).group_by(Deal.stage_id)
    ).all()
    return Pipeline(
        open_stages=tuple(
            StageInfo(stage.id, stage.rot_days) for stage in stages if stage.kind is StageKind.OPEN
        ),
        won_id=next((stage.id for stage in stages if stage.kind is StageKind.WON), None),
        lost_id=next((stage.id for stage in stages if stage.kind is StageKind.LOST), None),
        next_position={stage_id: position for stage_id, position in positions},
        hold_id=next((stage.id for stage in stages if stage.kind is StageKind.HOLD), None),
        lost_reasons={row.name: row.id for row in lost_reasons(session)},
    )


def _stored_rates(session: Session) -> set[tuple[str, str, date]]:
    """Return the (base, currency, day) of the rates the database holds already."""
    found = session.execute(
        select(ExchangeRate.base, ExchangeRate.currency, ExchangeRate.valid_from)
    ).all()
    return {(base, currency, day) for base, currency, day in found}


def _questions(session: Session) -> list[Question]:
    rows = session.execute(
        select(ProfileQuestion.id, ProfileQuestion.section, ProfileQuestion.prompt)
        .where(ProfileQuestion.active)
        .order_by(ProfileQuestion.section, ProfileQuestion.position)
    ).all()
    return [Question(row.id, row.section, row.prompt) for row in rows]


def _checklists(session: Session) -> Checklists:
    rows = session.execute(
        select(
            ChecklistTemplate.id,
            ChecklistTemplate.name,
            ChecklistGroup.name.label("group"),
            ChecklistTemplateItem.text,
        )
        .join(ChecklistGroup, ChecklistGroup.template_id == ChecklistTemplate.id)
        .join(ChecklistTemplateItem, ChecklistTemplateItem.group_id == ChecklistGroup.id)
        .order_by(
            ChecklistTemplate.position, ChecklistGroup.position, ChecklistTemplateItem.position
        )
    ).all()
    templates: dict[str, Template] = {}
    for row in rows:
        template = templates.setdefault(row.name, Template(row.id, ()))
        templates[row.name] = Template(template.id, (*template.items, (row.group, row.text)))
    # A database made in another language holds the default templates translated.
    preparation = (
        templates.get(PRE_VISIT_TEMPLATE)
        or templates.get(translate("Defaults", PRE_VISIT_TEMPLATE))
        or next(iter(templates.values()), None)
    )
    closing = templates.get(CLOSING_TEMPLATE) or templates.get(
        translate("Defaults", CLOSING_TEMPLATE)
    )
    return Checklists(preparation, closing or preparation)
