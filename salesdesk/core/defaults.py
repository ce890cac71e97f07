"""What every new SalesDesk database starts with: the pipeline, checklists, questions, settings.

This is the rep's starting point, not sample data: all of it is theirs to edit. Every word is
marked for the catalog in the context "Defaults" and stored translated when a database is made.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from salesdesk.core.i18n import noop, translate
from salesdesk.core.models import (
    ChecklistGroup,
    ChecklistTemplate,
    ChecklistTemplateItem,
    FormSection,
    LostReason,
    ProfileQuestion,
    Setting,
    Stage,
    StageKind,
)
from salesdesk.core.money.formats import environment_locale, territory_currency
from salesdesk.core.queries.preferences import (
    DEFAULT_CURRENCY,
    FALLBACK_CURRENCY,
    REPORTING_CURRENCY,
)

# name, kind, win probability %, days before a deal "rots" in the stage
DEFAULT_STAGES: tuple[tuple[str, StageKind, int, int | None], ...] = (
    (noop("Defaults", "New contact"), StageKind.OPEN, 10, 14),
    (noop("Defaults", "Qualified"), StageKind.OPEN, 20, 21),
    (noop("Defaults", "Presented"), StageKind.OPEN, 40, 21),
    (noop("Defaults", "Proposal"), StageKind.OPEN, 60, 14),
    (noop("Defaults", "Negotiation"), StageKind.OPEN, 80, 14),
    (noop("Defaults", "Contracted"), StageKind.OPEN, 95, 30),
    (noop("Defaults", "Won"), StageKind.WON, 100, None),
    (noop("Defaults", "Lost"), StageKind.LOST, 0, None),
    (noop("Defaults", "On hold"), StageKind.HOLD, 0, None),
)

# Why deals are lost, as the rep's list starts (renamed, reordered, retired in Stage Settings).
DEFAULT_LOST_REASONS: tuple[str, ...] = (
    noop("Defaults", "Price too high"),
    noop("Defaults", "Chose a competitor"),
    noop("Defaults", "No budget"),
    noop("Defaults", "Bad timing"),
    noop("Defaults", "Product does not fit"),
    noop("Defaults", "Kept their current solution"),
    noop("Defaults", "Contact left or changed"),
    noop("Defaults", "Went quiet: no decision"),
)

PRE_VISIT_TEMPLATE = noop("Defaults", "Pre-visit preparation")
CLOSING_TEMPLATE = noop("Defaults", "Closing kit")

DEFAULT_CHECKLISTS: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    PRE_VISIT_TEMPLATE: (
        noop(
            "Defaults",
            "Walk into the meeting prepared: yourself, your knowledge, the customer, the meeting.",
        ),
        {
            noop("Defaults", "Body"): (
                noop("Defaults", "Slept enough and rested"),
                noop("Defaults", "Clean, presentable, dressed like an expert of the trade"),
            ),
            noop("Defaults", "Mind"): (
                noop("Defaults", "Reviewed our product's three strongest advantages"),
                noop("Defaults", "Reviewed the competitors' weak points"),
                noop("Defaults", "Recalled a recent visit that went well"),
                noop("Defaults", "Positive and looking forward to the meeting"),
            ),
            noop("Defaults", "Knowledge"): (
                noop("Defaults", "Product and technical facts at hand"),
                noop("Defaults", "Pitch ready in three lengths: 30 seconds, 5 minutes, full demo"),
                noop("Defaults", "Industry news worth talking about"),
            ),
            noop("Defaults", "Customer"): (
                noop("Defaults", "Reread the customer's profile card"),
                noop("Defaults", "Know the real decision maker and their personality"),
                noop("Defaults", "Know the open objections and the answers to them"),
                noop("Defaults", "Know what they bought before, and from whom"),
            ),
            noop("Defaults", "Meeting"): (
                noop("Defaults", "Time and topic agreed and confirmed"),
                noop("Defaults", "End time set"),
                noop("Defaults", "Everyone needed is coming"),
                noop("Defaults", "Desired outcome of this visit written down"),
            ),
            noop("Defaults", "Tools"): (
                noop("Defaults", "Brochures and price list"),
                noop("Defaults", "Laptop or tablet charged, demo works offline"),
                noop("Defaults", "Samples"),
                noop("Defaults", "Business cards"),
            ),
        },
    ),
    CLOSING_TEMPLATE: (
        noop("Defaults", "Everything needed to sign on the spot."),
        {
            noop("Defaults", "Paperwork"): (
                noop("Defaults", "Contract printed in two copies"),
                noop("Defaults", "Order form"),
                noop("Defaults", "Receipt or invoice book"),
                noop("Defaults", "Current price list and discount limits"),
            ),
            noop("Defaults", "Closing"): (
                noop("Defaults", "Decision maker confirmed to attend"),
                noop("Defaults", "All known objections answered"),
                noop("Defaults", "Closing question prepared"),
                noop("Defaults", "Ask for one to three referrals after signing"),
            ),
        },
    ),
}

# Guiding questions for each FORM section, asked the way a rep would in conversation.
DEFAULT_QUESTIONS: dict[FormSection, tuple[str, ...]] = {
    FormSection.FAMILY: (
        noop("Defaults", "Married or in a partnership? Partner's name?"),
        noop("Defaults", "Partner's occupation and interests?"),
        noop("Defaults", "Children: names and ages?"),
        noop("Defaults", "Which schools or universities do the children attend?"),
        noop("Defaults", "Parents living nearby? Anyone they care for?"),
        noop("Defaults", "Pets, and their names?"),
        noop("Defaults", "Birthday, and how they like to celebrate it?"),
        noop("Defaults", "Wedding or partnership anniversary?"),
        noop("Defaults", "Where did they grow up?"),
        noop("Defaults", "Family traditions or holidays that matter to them?"),
        noop("Defaults", "Family topics to avoid?"),
    ),
    FormSection.CAREER: (
        noop("Defaults", "Current position and main responsibilities?"),
        noop("Defaults", "How long in this role and with this employer?"),
        noop("Defaults", "Previous employers and positions?"),
        noop("Defaults", "Education: school, university, degree?"),
        noop("Defaults", "Professional achievements they are proud of?"),
        noop("Defaults", "Goals for this year at work?"),
        noop("Defaults", "Pressure they are under right now, and from whom?"),
        noop(
            "Defaults", "Their role in the buying decision: decides, influences, uses, or blocks?"
        ),
        noop("Defaults", "Who do they report to, and who reports to them?"),
        noop("Defaults", "Memberships in professional associations?"),
        noop("Defaults", "How do they measure success in their job?"),
        noop("Defaults", "Where do they want to be in five years?"),
    ),
    FormSection.LEISURE: (
        noop("Defaults", "Hobbies and how they spend weekends?"),
        noop("Defaults", "Sports they play or follow, favourite team?"),
        noop("Defaults", "Clubs or associations they belong to?"),
        noop("Defaults", "Favourite holiday destinations and travel plans?"),
        noop("Defaults", "Favourite food, restaurant and drink?"),
        noop("Defaults", "Books, films or music they enjoy?"),
        noop("Defaults", "Causes or charities they support?"),
        noop("Defaults", "Do they smoke or drink? Any dietary needs?"),
        noop("Defaults", "Cars, gadgets or collections they care about?"),
        noop("Defaults", "Topics they love to talk about?"),
        noop("Defaults", "Topics they dislike or find sensitive?"),
    ),
    FormSection.MONEY: (
        noop("Defaults", "Budget available for this purchase?"),
        noop("Defaults", "Who approves spending, and up to what amount?"),
        noop("Defaults", "When does the budget year start?"),
        noop("Defaults", "Financial situation of the company: growing, stable, under pressure?"),
        noop("Defaults", "Payment habits: pays on time, asks for terms?"),
        noop("Defaults", "What have they bought before, and from which suppliers?"),
        noop("Defaults", "How satisfied are they with the current supplier?"),
        noop("Defaults", "How price-sensitive are they compared with quality and service?"),
        noop("Defaults", "Do they prefer to buy, lease or subscribe?"),
        noop("Defaults", "What return on the investment do they expect?"),
        noop("Defaults", "Which discounts or conditions did they get before?"),
    ),
}

# Follow-up cadence in days per customer tier (the rep can change these).
DEFAULT_SETTINGS: dict[str, str] = {
    "cadence_days.A": "7",
    "cadence_days.B": "14",
    "cadence_days.C": "30",
}
CURRENCY_SETTINGS = (DEFAULT_CURRENCY, REPORTING_CURRENCY)


def locale_currency(locale: str | None) -> str:
    """Return the currency a database made in ``locale`` starts with (its country's, else EUR).

    Without a locale given, the environment's (LC_ALL, LC_MONETARY, LANG) counts.
    """
    return territory_currency(locale or environment_locale()) or FALLBACK_CURRENCY


def install_defaults(session: Session, locale: str | None = None) -> None:
    """Add the default pipeline, lost reasons, checklists, questions and settings to a new file.

    The words are written in the rep's language (``translate("Defaults", …)``, English without
    a translation): from then on they are the rep's data, so a database keeps its words when
    the language changes. New deals and every total start in the currency of ``locale``'s
    country.
    """
    for position, (name, kind, probability, rot_days) in enumerate(DEFAULT_STAGES):
        session.add(
            Stage(
                name=translate("Defaults", name),
                kind=kind,
                position=position,
                probability=probability,
                rot_days=rot_days,
            )
        )
    session.add_all(
        LostReason(name=translate("Defaults", name), position=position)
        for position, name in enumerate(DEFAULT_LOST_REASONS)
    )
    for template_position, (name, (description, groups)) in enumerate(DEFAULT_CHECKLISTS.items()):
        template = ChecklistTemplate(
            name=translate("Defaults", name),
            description=translate("Defaults", description),
            position=template_position,
        )
        for group_position, (group_name, items) in enumerate(groups.items()):
            group = ChecklistGroup(name=translate("Defaults", group_name), position=group_position)
            group.items = [
                ChecklistTemplateItem(text=translate("Defaults", text), position=item_position)
                for item_position, text in enumerate(items)
            ]
            template.groups.append(group)
        session.add(template)
    for section, prompts in DEFAULT_QUESTIONS.items():
        session.add_all(
            ProfileQuestion(
                section=section, prompt=translate("Defaults", prompt), position=position
            )
            for position, prompt in enumerate(prompts)
        )
    session.add_all(Setting(key=key, value=value) for key, value in DEFAULT_SETTINGS.items())
    currency = locale_currency(locale)
    session.add_all(Setting(key=key, value=currency) for key in CURRENCY_SETTINGS)
