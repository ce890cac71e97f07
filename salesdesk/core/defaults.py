"""What every new SalesDesk database starts with: the pipeline, checklists, questions, settings.

This is the rep's starting point, not sample data: all of it is theirs to edit.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

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
    ("New contact", StageKind.OPEN, 10, 14),
    ("Qualified", StageKind.OPEN, 20, 21),
    ("Presented", StageKind.OPEN, 40, 21),
    ("Proposal", StageKind.OPEN, 60, 14),
    ("Negotiation", StageKind.OPEN, 80, 14),
    ("Contracted", StageKind.OPEN, 95, 30),
    ("Won", StageKind.WON, 100, None),
    ("Lost", StageKind.LOST, 0, None),
    ("On hold", StageKind.HOLD, 0, None),
)

# Why deals are lost, as the rep's list starts (renamed, reordered, retired in Stage Settings).
DEFAULT_LOST_REASONS: tuple[str, ...] = (
    "Price too high",
    "Chose a competitor",
    "No budget",
    "Bad timing",
    "Product does not fit",
    "Kept their current solution",
    "Contact left or changed",
    "Went quiet: no decision",
)

PRE_VISIT_TEMPLATE = "Pre-visit preparation"
CLOSING_TEMPLATE = "Closing kit"

DEFAULT_CHECKLISTS: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    PRE_VISIT_TEMPLATE: (
        "Walk into the meeting prepared: yourself, your knowledge, the customer, the meeting.",
        {
            "Body": (
                "Slept enough and rested",
                "Clean, presentable, dressed like an expert of the trade",
            ),
            "Mind": (
                "Reviewed our product's three strongest advantages",
                "Reviewed the competitors' weak points",
                "Recalled a recent visit that went well",
                "Positive and looking forward to the meeting",
            ),
            "Knowledge": (
                "Product and technical facts at hand",
                "Pitch ready in three lengths: 30 seconds, 5 minutes, full demo",
                "Industry news worth talking about",
            ),
            "Customer": (
                "Reread the customer's profile card",
                "Know the real decision maker and their personality",
                "Know the open objections and the answers to them",
                "Know what they bought before, and from whom",
            ),
            "Meeting": (
                "Time and topic agreed and confirmed",
                "End time set",
                "Everyone needed is coming",
                "Desired outcome of this visit written down",
            ),
            "Tools": (
                "Brochures and price list",
                "Laptop or tablet charged, demo works offline",
                "Samples",
                "Business cards",
            ),
        },
    ),
    CLOSING_TEMPLATE: (
        "Everything needed to sign on the spot.",
        {
            "Paperwork": (
                "Contract printed in two copies",
                "Order form",
                "Receipt or invoice book",
                "Current price list and discount limits",
            ),
            "Closing": (
                "Decision maker confirmed to attend",
                "All known objections answered",
                "Closing question prepared",
                "Ask for one to three referrals after signing",
            ),
        },
    ),
}

# Guiding questions for each FORM section, asked the way a rep would in conversation.
DEFAULT_QUESTIONS: dict[FormSection, tuple[str, ...]] = {
    FormSection.FAMILY: (
        "Married or in a partnership? Partner's name?",
        "Partner's occupation and interests?",
        "Children: names and ages?",
        "Which schools or universities do the children attend?",
        "Parents living nearby? Anyone they care for?",
        "Pets, and their names?",
        "Birthday, and how they like to celebrate it?",
        "Wedding or partnership anniversary?",
        "Where did they grow up?",
        "Family traditions or holidays that matter to them?",
        "Family topics to avoid?",
    ),
    FormSection.CAREER: (
        "Current position and main responsibilities?",
        "How long in this role and with this employer?",
        "Previous employers and positions?",
        "Education: school, university, degree?",
        "Professional achievements they are proud of?",
        "Goals for this year at work?",
        "Pressure they are under right now, and from whom?",
        "Their role in the buying decision: decides, influences, uses, or blocks?",
        "Who do they report to, and who reports to them?",
        "Memberships in professional associations?",
        "How do they measure success in their job?",
        "Where do they want to be in five years?",
    ),
    FormSection.LEISURE: (
        "Hobbies and how they spend weekends?",
        "Sports they play or follow, favourite team?",
        "Clubs or associations they belong to?",
        "Favourite holiday destinations and travel plans?",
        "Favourite food, restaurant and drink?",
        "Books, films or music they enjoy?",
        "Causes or charities they support?",
        "Do they smoke or drink? Any dietary needs?",
        "Cars, gadgets or collections they care about?",
        "Topics they love to talk about?",
        "Topics they dislike or find sensitive?",
    ),
    FormSection.MONEY: (
        "Budget available for this purchase?",
        "Who approves spending, and up to what amount?",
        "When does the budget year start?",
        "Financial situation of the company: growing, stable, under pressure?",
        "Payment habits: pays on time, asks for terms?",
        "What have they bought before, and from which suppliers?",
        "How satisfied are they with the current supplier?",
        "How price-sensitive are they compared with quality and service?",
        "Do they prefer to buy, lease or subscribe?",
        "What return on the investment do they expect?",
        "Which discounts or conditions did they get before?",
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

    New deals and every total start in the currency of ``locale``'s country.
    """
    for position, (name, kind, probability, rot_days) in enumerate(DEFAULT_STAGES):
        session.add(
            Stage(
                name=name, kind=kind, position=position, probability=probability, rot_days=rot_days
            )
        )
    session.add_all(
        LostReason(name=name, position=position)
        for position, name in enumerate(DEFAULT_LOST_REASONS)
    )
    for template_position, (name, (description, groups)) in enumerate(DEFAULT_CHECKLISTS.items()):
        template = ChecklistTemplate(name=name, description=description, position=template_position)
        for group_position, (group_name, items) in enumerate(groups.items()):
            group = ChecklistGroup(name=group_name, position=group_position)
            group.items = [
                ChecklistTemplateItem(text=text, position=item_position)
                for item_position, text in enumerate(items)
            ]
            template.groups.append(group)
        session.add(template)
    for section, prompts in DEFAULT_QUESTIONS.items():
        session.add_all(
            ProfileQuestion(section=section, prompt=prompt, position=position)
            for position, prompt in enumerate(prompts)
        )
    session.add_all(Setting(key=key, value=value) for key, value in DEFAULT_SETTINGS.items())
    currency = locale_currency(locale)
    session.add_all(Setting(key=key, value=currency) for key in CURRENCY_SETTINGS)
