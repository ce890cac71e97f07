"""The FORM profile of each sample customer: family, important dates, traits and answers.

Family members are made first, and the answers to the family questions are filled from them,
so "Children: names and ages?" names the same children as the family cards. A rep who writes
English keeps Chinese and Korean customers' answers in their language, everyone else's in
English; a rep who writes Chinese or Korean writes every answer in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from salesdesk.core.i18n import translate
from salesdesk.core.models import (
    CustomerTrait,
    CustomerTraitMark,
    DateKind,
    FamilyMember,
    FormSection,
    ImportantDate,
    ProfileEntry,
    Relation,
    Tier,
)
from salesdesk.core.sample.answers import ANSWERS, FREE_FACTS, RESPONSIBILITIES
from salesdesk.core.sample.common import (
    World,
    between,
    day_and_month,
    end_of,
    fill,
    month_name,
    spoken_amount,
    to_currency,
)
from salesdesk.core.sample.companies import full_name
from salesdesk.core.sample.people import Person
from salesdesk.core.sample.pools import HOMETOWNS, PET_NAMES, SPORTS_TEAMS, SPOUSE_JOBS

# Share of the questions answered, by tier: the rep knows A customers best.
_COMPLETENESS = {Tier.A: 0.75, Tier.B: 0.45, Tier.C: 0.2}
_GOLD = [trait for trait in CustomerTrait if trait.is_gold]
_POOR = [trait for trait in CustomerTrait if not trait.is_gold]
# How many gold and poor traits the rep ticked, by tier (ranges).
_TRAIT_COUNTS = {Tier.A: ((2, 4), (0, 1)), Tier.B: ((1, 2), (0, 1)), Tier.C: ((0, 1), (0, 3))}


@dataclass(frozen=True)
class Question:
    """An active profile question of the database, as the generator needs it."""

    id: int
    section: FormSection
    prompt: str


def make_profile(world: World, person: Person, questions: list[Question]) -> None:
    """Buffer the family, important dates, traits and FORM answers of ``person``."""
    values = _family(world, person)
    _dates(world, person, values)
    _traits(world, person)
    _answers(world, person, questions, values)


def _recurring_day(world: World, year: int) -> date:
    """Return a day in ``year``; now and then one whose anniversary is in the next three weeks."""
    rng = world.rng
    if rng.random() < 0.15:
        soon = world.today + timedelta(days=rng.randint(0, 21))
        return date(year, soon.month, min(soon.day, 28))
    return date(year, rng.randint(1, 12), rng.randint(1, 28))


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _family(world: World, person: Person) -> dict[str, str]:
    """Buffer the family members; return what the answers may say about them."""
    rng, today, locale, language = world.rng, world.today, person.locale, person.language
    birthday: date | None = person.row["birthday"]
    age = _age(birthday, today) if birthday else rng.randint(30, 60)
    values: dict[str, str] = {"hometown": rng.choice(HOMETOWNS[locale.code])}
    members: list[tuple[str, Relation, date | None, str | None]] = []
    spouse_family = person.family
    if age >= 26 and rng.random() < 0.7:
        # Chinese and Korean spouses keep their own family name.
        if locale.code in ("zh", "ko") or rng.random() < 0.3:
            spouse_family = rng.choice(locale.family)
        spouse_given = rng.choice(locale.male if person.female else locale.female)
        spouse = full_name(locale, spouse_given[0], spouse_family[0])
        relation = Relation.SPOUSE if rng.random() < 0.85 else Relation.PARTNER
        spouse_age = max(22, age + rng.randint(-5, 5))
        members.append((spouse, relation, _recurring_day(world, today.year - spouse_age), None))
        values["spouse"] = spouse if language in ("zh", "ko") else spouse_given[0]
        values["spouse_job"] = rng.choice(SPOUSE_JOBS[language])
        wedding_years = rng.randint(2, max(2, min(age, spouse_age) - 23))
        values["marriage_years"] = str(wedding_years)
        values["wedding"] = _recurring_day(world, today.year - wedding_years).isoformat()
    children: list[tuple[str, int, bool]] = []
    if age >= 28:
        # Chinese and Korean children take the father's family name.
        father_family = person.family if not person.female else spouse_family
        for _ in range(rng.choices((0, 1, 2, 3), (25, 30, 35, 10))[0]):
            girl = rng.random() < 0.5
            given = rng.choice(locale.female if girl else locale.male)[0]
            born = _recurring_day(world, today.year - rng.randint(1, min(age - 24, 28)))
            name = full_name(locale, given, father_family[0])
            members.append((name, Relation.CHILD, born, None))
            children.append((given, _age(born, today), girl))
    if children:
        children.sort(key=lambda child: -child[1])
        values["children"] = _children_text(children, language)
        eldest, eldest_age, _girl = children[0]
        if 10 <= eldest_age <= 17:
            values["child_school"] = eldest
        elif 18 <= eldest_age <= 24:
            values["child_university"] = eldest
    if rng.random() < 0.3:
        pet = rng.choice(PET_NAMES[language])
        members.append((pet, Relation.PET, None, rng.choice(world.texts.PET_KINDS)))
        values["pet"] = pet
    if rng.random() < 0.15:
        given = rng.choice(locale.female)[0]
        mother = full_name(locale, given, person.family[0])
        members.append((mother, Relation.PARENT, None, world.texts.MOTHER_NOTE))
    for name, relation, born, notes in members:
        world.add(
            FamilyMember,
            {
                "customer_id": person.id,
                "name": name,
                "relation": relation,
                "birthday": born,
                "notes": notes,
            },
        )
    return values


def _children_text(children: list[tuple[str, int, bool]], language: str) -> str:
    if language == "zh":
        return "，".join(
            f"{'女儿' if girl else '儿子'}{name}{age}岁" for name, age, girl in children
        )
    if language == "ko":
        return ", ".join(
            f"{'딸' if girl else '아들'} {name}({age}세)" for name, age, girl in children
        )
    parts = [f"{name} ({age})" for name, age, _girl in children]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _dates(world: World, person: Person, values: dict[str, str]) -> None:
    rng, labels = world.rng, world.texts.DATE_LABELS
    dates: list[tuple[DateKind, str, date, bool]] = []
    birthday: date | None = person.row["birthday"]
    if birthday and rng.random() < 0.5:
        dates.append((DateKind.BIRTHDAY, labels["birthday"], birthday, True))
    if "wedding" in values and rng.random() < 0.6:
        dates.append(
            (
                DateKind.ANNIVERSARY,
                labels["anniversary"],
                date.fromisoformat(values["wedding"]),
                True,
            )
        )  # noqa: E501
    if person.company is not None and rng.random() < 0.15:
        founded = _recurring_day(world, world.today.year - rng.choice((10, 20, 25, 50)))
        label = labels["founded"].format(company=person.company.row["name"])
        dates.append((DateKind.OTHER, label, founded, True))
    if "children" in values and rng.random() < 0.08:
        graduation = world.today + timedelta(days=rng.randint(20, 200))
        dates.append((DateKind.OTHER, labels["graduation"], graduation, False))
    for kind, label, on_date, yearly in dates:
        world.add(
            ImportantDate,
            {
                "customer_id": person.id,
                "kind": kind,
                "label": label,
                "on_date": on_date,
                "yearly": yearly,
            },
        )


def _traits(world: World, person: Person) -> None:
    rng = world.rng
    if rng.random() < 0.3:
        return  # not every card has been qualified yet
    (gold_low, gold_high), (poor_low, poor_high) = _TRAIT_COUNTS[person.tier]
    traits = rng.sample(_GOLD, rng.randint(gold_low, gold_high))
    traits += rng.sample(_POOR, rng.randint(poor_low, poor_high))
    for trait in traits:
        world.add(CustomerTraitMark, {"customer_id": person.id, "trait": trait})


def _answers(
    world: World, person: Person, questions: list[Question], values: dict[str, str]
) -> None:
    rng, language = world.rng, person.language
    currency = person.place.currency
    position_index = {"zh": 1, "ko": 2}.get(language, 0)
    values = values | {
        "city": person.place.city,
        "position": person.position[position_index],
        "responsibility": rng.choice(RESPONSIBILITIES[language]),
        "limit": spoken_amount(
            to_currency(rng.choice((5, 10, 20, 50)) * 100_000, currency), currency, language
        ),  # noqa: E501
        "budget": spoken_amount(
            to_currency(rng.randint(2, 60) * 1_000_000, currency), currency, language
        ),  # noqa: E501
        "team": str(rng.randint(3, 40)),
        "sports_team": rng.choice(SPORTS_TEAMS[person.locale.code]),
        "competitor": rng.choice(world.texts.COMPETITORS),
        "year": str(world.today.year - rng.randint(2, 6)),
        "month": month_name(rng.randint(1, 12), language),
    }
    company_years = rng.randint(1, 20)
    values["company_years"] = str(company_years)
    values["years"] = str(rng.randint(1, company_years))
    if person.company is not None:
        values["company"] = person.company.row["name"]
    if person.row["birthday"]:
        values["birthday"] = day_and_month(person.row["birthday"], language)
    pool = ANSWERS[language]
    # A database made in another language holds the default questions translated.
    english = {translate("Defaults", prompt): prompt for prompt in ANSWERS["en"]}
    completeness = _COMPLETENESS[person.tier]
    created, yesterday = person.row["created_at"], end_of(world.days_ago(1))
    entries: dict[FormSection, list[tuple[Question | None, str]]] = {}
    for question in questions:
        templates = pool.get(question.prompt) or pool.get(english.get(question.prompt, ""))
        if templates is None or rng.random() > completeness:
            continue
        answer = fill(rng, templates, values)
        if answer is not None:
            entries.setdefault(question.section, []).append((question, answer))
    for section, fact in rng.sample(FREE_FACTS[language], rng.choice((0, 0, 1, 1, 2))):
        entries.setdefault(section, []).append((None, fact))
    for section in FormSection:
        for position, (question, answer) in enumerate(entries.get(section, ())):
            world.add(
                ProfileEntry,
                {
                    "customer_id": person.id,
                    "section": section,
                    "question_id": None if question is None else question.id,
                    "prompt": None if question is None else question.prompt,
                    "answer": answer,
                    "important": rng.random() < 0.15,
                    "position": position,
                    "updated_at": between(rng, created, yesterday),
                },
            )
