"""The fixed vocabularies of the domain (see docs: stages, tiers, roles, objection kinds).

Plain Python, without SQLAlchemy: the import's checking worker uses them without loading the
models.
"""

from __future__ import annotations

from enum import StrEnum

# The year stored with a birthday known without its year (a leap year, so 29 February fits).
BIRTHDAY_NO_YEAR = 1904


class StageKind(StrEnum):
    """Whether a pipeline stage is worked in, is an outcome, or holds deals put on hold."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"
    HOLD = "hold"


class DealStatus(StrEnum):
    """Where a deal stands overall (each status but open has its stage kind: won, lost, hold)."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"
    SUSPENDED = "suspended"


class Tier(StrEnum):
    """Customer classification: A brings the most revenue and gets the closest follow-up."""

    A = "A"
    B = "B"
    C = "C"


class CustomerSource(StrEnum):
    """Where a prospect came from."""

    REFERRAL = "referral"
    COLLEAGUE = "colleague"
    INBOUND = "inbound"
    COLD_CALL = "cold_call"
    COLD_EMAIL = "cold_email"
    MAIL = "mail"
    TRADE_SHOW = "trade_show"
    OTHER = "other"


class ContactChannel(StrEnum):
    """How a customer prefers to be reached."""

    PHONE = "phone"
    EMAIL = "email"
    VISIT = "visit"
    MESSAGE = "message"


class ContactKind(StrEnum):
    """Kind of a phone number, e-mail address or other contact point."""

    PHONE = "phone"
    EMAIL = "email"
    OTHER = "other"


class FormSection(StrEnum):
    """The four sections of a customer profile: Family, Occupation, Recreation, Money."""

    FAMILY = "family"
    CAREER = "career"
    LEISURE = "leisure"
    MONEY = "money"


class Relation(StrEnum):
    """A family member's relation to the customer."""

    SPOUSE = "spouse"
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    PET = "pet"
    OTHER = "other"


class DateKind(StrEnum):
    """Kind of an important date to remember."""

    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    OTHER = "other"


class DecisionRole(StrEnum):
    """The part a key person plays in the buying decision."""

    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    USER = "user"
    GATEKEEPER = "gatekeeper"
    CHAMPION = "champion"


class ActivityKind(StrEnum):
    """What kind of sales activity is planned or done."""

    VISIT = "visit"
    CALL = "call"
    EMAIL = "email"
    TASK = "task"


class ActivityStatus(StrEnum):
    """State of a planned activity."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class ObjectionKind(StrEnum):
    """The six main kinds of objection."""

    PRICE = "price"
    FUNCTION = "function"
    SERVICE = "service"
    COMPETITOR = "competitor"
    RESOURCES = "resources"
    GUARANTEE = "guarantee"


class ReferralStatus(StrEnum):
    """How far a referral has got."""

    ASKED = "asked"
    GIVEN = "given"
    CONTACTED = "contacted"
    CONVERTED = "converted"
    DECLINED = "declined"


class CustomerTrait(StrEnum):
    """The seven gold-customer and seven poor-customer traits used to qualify a prospect."""

    GOLD_URGENT_NEED = "gold_urgent_need"
    GOLD_CLEAR_VALUE = "gold_clear_value"
    GOLD_POSITIVE = "gold_positive"
    GOLD_LARGE_ORDER = "gold_large_order"
    GOLD_INFLUENCE_CENTRE = "gold_influence_centre"
    GOLD_SOUND_FINANCES = "gold_sound_finances"
    GOLD_NEARBY = "gold_nearby"
    POOR_NEGATIVE = "poor_negative"
    POOR_HARD_TO_SHOW_VALUE = "poor_hard_to_show_value"
    POOR_SMALL_DEAL = "poor_small_deal"
    POOR_NO_FOLLOW_UP = "poor_no_follow_up"
    POOR_NO_REFERENCE = "poor_no_reference"
    POOR_BUSINESS_BAD = "poor_business_bad"
    POOR_FAR_AWAY = "poor_far_away"

    @property
    def is_gold(self) -> bool:
        """Return True for a gold-customer trait."""
        return self.value.startswith("gold_")
