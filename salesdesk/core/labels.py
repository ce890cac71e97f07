"""The English words shown for the domain's vocabularies; screens and printouts translate them.

One place, so the card, the dialogs and the dossier always call a thing by the same name.
"""

from __future__ import annotations

from salesdesk.core.models import (
    ActivityKind,
    ActivityStatus,
    DateKind,
    DecisionRole,
    FormSection,
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
RELATION_TEXT = {
    Relation.SPOUSE: "spouse",
    Relation.PARTNER: "partner",
    Relation.CHILD: "child",
    Relation.PARENT: "parent",
    Relation.SIBLING: "sibling",
    Relation.PET: "pet",
    Relation.OTHER: "other",
}
DATE_TEXT = {DateKind.BIRTHDAY: "Birthday", DateKind.ANNIVERSARY: "Anniversary",
             DateKind.OTHER: "Date"}  # fmt: skip
REFERRAL_TEXT = {
    ReferralStatus.ASKED: "asked",
    ReferralStatus.GIVEN: "given",
    ReferralStatus.CONTACTED: "contacted",
    ReferralStatus.CONVERTED: "became a customer",
    ReferralStatus.DECLINED: "declined",
}
