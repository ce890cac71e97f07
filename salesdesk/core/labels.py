"""The English words shown for the domain's vocabularies; screens and printouts translate them.

One place, so the card, the dialogs and the dossier always call a thing by the same name.
"""

from __future__ import annotations

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
    FormSection.FAMILY: "Family",
    FormSection.CAREER: "Career",
    FormSection.LEISURE: "Leisure",
    FormSection.MONEY: "Money",
}
ROLE_TEXT = {
    DecisionRole.DECISION_MAKER: "decides",
    DecisionRole.INFLUENCER: "influences",
    DecisionRole.USER: "uses",
    DecisionRole.GATEKEEPER: "gatekeeper",
    DecisionRole.CHAMPION: "champion",
}
ACTIVITY_TEXT = {
    ActivityKind.VISIT: "Visit",
    ActivityKind.CALL: "Call",
    ActivityKind.EMAIL: "E-mail",
    ActivityKind.TASK: "Task",
}
STATUS_TEXT = {
    ActivityStatus.PLANNED: "Planned",
    ActivityStatus.DONE: "Done",
    ActivityStatus.CANCELLED: "Cancelled",
    ActivityStatus.NO_SHOW: "No-show",
}
# The NEADS notes of a deal (needs discovery), by the suffix of their ``neads_*`` field.
NEADS_TEXT = {
    "now": "What they use now",
    "enjoy": "What they enjoy about it",
    "alter": "What they would alter",
    "decision_makers": "Who decides",
    "solution": "Solution they expect",
}
RELATION_TEXT = {
    Relation.SPOUSE: "spouse",
    Relation.PARTNER: "partner",
    Relation.CHILD: "child",
    Relation.PARENT: "parent",
    Relation.SIBLING: "sibling",
    Relation.PET: "pet",
    Relation.OTHER: "other",
}
DATE_TEXT = {
    DateKind.BIRTHDAY: "Birthday",
    DateKind.ANNIVERSARY: "Anniversary",
    DateKind.OTHER: "Date",
}
REFERRAL_TEXT = {
    ReferralStatus.ASKED: "asked",
    ReferralStatus.GIVEN: "given",
    ReferralStatus.CONTACTED: "contacted",
    ReferralStatus.CONVERTED: "became a customer",
    ReferralStatus.DECLINED: "declined",
}
OBJECTION_TEXT = {
    ObjectionKind.PRICE: "Price",
    ObjectionKind.FUNCTION: "Function or performance",
    ObjectionKind.SERVICE: "After-sales service",
    ObjectionKind.COMPETITOR: "Competitor",
    ObjectionKind.RESOURCES: "Resources",
    ObjectionKind.GUARANTEE: "Guarantees",
}
TRAIT_TEXT = {
    CustomerTrait.GOLD_URGENT_NEED: "Has an urgent need",
    CustomerTrait.GOLD_CLEAR_VALUE: "Sees a clear cost/benefit",
    CustomerTrait.GOLD_POSITIVE: "Positive about our industry and product",
    CustomerTrait.GOLD_LARGE_ORDER: "Could place a large order",
    CustomerTrait.GOLD_INFLUENCE_CENTRE: "Is a centre of influence",
    CustomerTrait.GOLD_SOUND_FINANCES: "Financially sound, pays fast",
    CustomerTrait.GOLD_NEARBY: "Office and home are near",
    CustomerTrait.POOR_NEGATIVE: "Negative about everything",
    CustomerTrait.POOR_HARD_TO_SHOW_VALUE: "Hard to show value to",
    CustomerTrait.POOR_SMALL_DEAL: "Small deal even if won",
    CustomerTrait.POOR_NO_FOLLOW_UP: "No follow-up business",
    CustomerTrait.POOR_NO_REFERENCE: "No reference value",
    CustomerTrait.POOR_BUSINESS_BAD: "Business is doing badly",
    CustomerTrait.POOR_FAR_AWAY: "Too far away",
}
