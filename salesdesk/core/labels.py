"""The English words shown for the domain's vocabularies; screens and printouts translate them.

One place, so the card, the dialogs and the dossier always call a thing by the same name.
Every word is marked for the catalog in the context "Labels"; whoever shows one translates it
with ``translate("Labels", english)`` (the screens' ``word(english)``).
"""

from __future__ import annotations

from salesdesk.core.i18n import noop
from salesdesk.core.models import (
    ActivityKind,
    ActivityStatus,
    CustomerTrait,
    DateKind,
    DecisionRole,
    FormSection,
    ObjectionKind,
    ReferralStatus,
    Relation,
)

SECTION_TITLES = {
    FormSection.FAMILY: noop("Labels", "Family"),
    FormSection.CAREER: noop("Labels", "Career"),
    FormSection.LEISURE: noop("Labels", "Leisure"),
    FormSection.MONEY: noop("Labels", "Money"),
}
ROLE_TEXT = {
    DecisionRole.DECISION_MAKER: noop("Labels", "decides"),
    DecisionRole.INFLUENCER: noop("Labels", "influences"),
    DecisionRole.USER: noop("Labels", "uses"),
    DecisionRole.GATEKEEPER: noop("Labels", "gatekeeper"),
    DecisionRole.CHAMPION: noop("Labels", "champion"),
}
ACTIVITY_TEXT = {
    ActivityKind.VISIT: noop("Labels", "Visit"),
    ActivityKind.CALL: noop("Labels", "Call"),
    ActivityKind.EMAIL: noop("Labels", "E-mail"),
    ActivityKind.TASK: noop("Labels", "Task"),
}
STATUS_TEXT = {
    ActivityStatus.PLANNED: noop("Labels", "Planned"),
    ActivityStatus.DONE: noop("Labels", "Done"),
    ActivityStatus.CANCELLED: noop("Labels", "Cancelled"),
    ActivityStatus.NO_SHOW: noop("Labels", "No-show"),
}
# The BANT qualification of a deal (budget, authority, need, timeline), by its ``bant_*`` field.
BANT_TEXT = {
    "budget": noop("Labels", "Budget"),
    "authority": noop("Labels", "Authority"),
    "need": noop("Labels", "Need"),
    "timeline": noop("Labels", "Timeline"),
}
# The NEADS notes of a deal (needs discovery), by the suffix of their ``neads_*`` field.
NEADS_TEXT = {
    "now": noop("Labels", "What they use now"),
    "enjoy": noop("Labels", "What they enjoy about it"),
    "alter": noop("Labels", "What they would alter"),
    "decision_makers": noop("Labels", "Who decides"),
    "solution": noop("Labels", "Solution they expect"),
}
RELATION_TEXT = {
    Relation.SPOUSE: noop("Labels", "spouse"),
    Relation.PARTNER: noop("Labels", "partner"),
    Relation.CHILD: noop("Labels", "child"),
    Relation.PARENT: noop("Labels", "parent"),
    Relation.SIBLING: noop("Labels", "sibling"),
    Relation.PET: noop("Labels", "pet"),
    Relation.OTHER: noop("Labels", "other"),
}
DATE_TEXT = {
    DateKind.BIRTHDAY: noop("Labels", "Birthday"),
    DateKind.ANNIVERSARY: noop("Labels", "Anniversary"),
    DateKind.OTHER: noop("Labels", "Date"),
}
REFERRAL_TEXT = {
    ReferralStatus.ASKED: noop("Labels", "asked"),
    ReferralStatus.GIVEN: noop("Labels", "given"),
    ReferralStatus.CONTACTED: noop("Labels", "contacted"),
    ReferralStatus.CONVERTED: noop("Labels", "became a customer"),
    ReferralStatus.DECLINED: noop("Labels", "declined"),
}
OBJECTION_TEXT = {
    ObjectionKind.PRICE: noop("Labels", "Price"),
    ObjectionKind.FUNCTION: noop("Labels", "Function or performance"),
    ObjectionKind.SERVICE: noop("Labels", "After-sales service"),
    ObjectionKind.COMPETITOR: noop("Labels", "Competitor"),
    ObjectionKind.RESOURCES: noop("Labels", "Resources"),
    ObjectionKind.GUARANTEE: noop("Labels", "Guarantees"),
}
TRAIT_TEXT = {
    CustomerTrait.GOLD_URGENT_NEED: noop("Labels", "Has an urgent need"),
    CustomerTrait.GOLD_CLEAR_VALUE: noop("Labels", "Sees a clear cost/benefit"),
    CustomerTrait.GOLD_POSITIVE: noop("Labels", "Positive about our industry and product"),
    CustomerTrait.GOLD_LARGE_ORDER: noop("Labels", "Could place a large order"),
    CustomerTrait.GOLD_INFLUENCE_CENTRE: noop("Labels", "Is a centre of influence"),
    CustomerTrait.GOLD_SOUND_FINANCES: noop("Labels", "Financially sound, pays fast"),
    CustomerTrait.GOLD_NEARBY: noop("Labels", "Office and home are near"),
    CustomerTrait.POOR_NEGATIVE: noop("Labels", "Negative about everything"),
    CustomerTrait.POOR_HARD_TO_SHOW_VALUE: noop("Labels", "Hard to show value to"),
    CustomerTrait.POOR_SMALL_DEAL: noop("Labels", "Small deal even if won"),
    CustomerTrait.POOR_NO_FOLLOW_UP: noop("Labels", "No follow-up business"),
    CustomerTrait.POOR_NO_REFERENCE: noop("Labels", "No reference value"),
    CustomerTrait.POOR_BUSINESS_BAD: noop("Labels", "Business is doing badly"),
    CustomerTrait.POOR_FAR_AWAY: noop("Labels", "Too far away"),
}
# The numbers behind a diagnosis finding, by their key (the screen, the report, the terminal).
FINDING_NUMBER_TEXT = {
    "new_contacts": noop("Labels", "new contacts"),
    "open_further_down": noop("Labels", "open further down"),
    "entered_first_stage": noop("Labels", "entered the first stage"),
    "reached_proposal": noop("Labels", "reached a proposal"),
    "in_negotiation": noop("Labels", "in negotiation"),
    "open_deals": noop("Labels", "open deals"),
    "entered": noop("Labels", "entered"),
    "went_on": noop("Labels", "went on"),
    "conversion": noop("Labels", "conversion"),
    "rotting": noop("Labels", "rotting"),
}
