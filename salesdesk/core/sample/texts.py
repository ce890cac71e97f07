"""What the rep writes down: deal titles, qualification notes, objections, visit notes, news.

Pure data, in English; ``texts_zh`` and ``texts_ko`` hold the same for a rep who writes in
Chinese or Korean (``in_language``). The sample rep sells fleet telematics,
field-service hardware and route-planning software for a supplier called Fleetwise.
Placeholders in braces are filled by the generator.
"""

# Data tables read best one record per line, so this module allows long lines.
# ruff: noqa: E501

from __future__ import annotations

import sys
from types import ModuleType

from salesdesk.core.models import DecisionRole, ObjectionKind
from salesdesk.core.sample import pools

OUR_COMPANY = "Fleetwise"
COMPETITORS = (
    "Navix Fleet",
    "TrackPoint",
    "Kessler Telematik",
    "RouteOne",
    "Orbis Telematics",
    "GeoLink",
)

# (title with {n} units, price per unit in EUR cents, smallest and largest n); n = 1 means a fixed price.
DEAL_TITLES: tuple[tuple[str, int, int, int], ...] = (
    ("Fleet telematics for {n} vans", 44_990, 5, 120),
    ("Dashcams for {n} trucks", 31_900, 4, 80),
    ("Route planning software, {n} seats", 58_000, 2, 40),
    ("{n} rugged tablets for field technicians", 129_900, 3, 60),
    ("Handheld scanners for the warehouse ({n} units)", 89_500, 5, 50),
    ("Cold-chain temperature sensors for {n} trailers", 27_450, 6, 90),
    ("Driver app rollout for {n} drivers", 9_600, 10, 250),
    ("Telematics pilot: {n} vehicles for three months", 15_000, 3, 10),
    ("Upgrade of {n} trackers to 4G", 12_990, 10, 200),
    ("Electronic proof of delivery for {n} drivers", 18_000, 8, 150),
    ("Asset trackers for {n} containers", 8_990, 20, 400),
    ("Training day for {n} dispatchers", 45_000, 2, 12),
    ("Service contract renewal {year}", 1_850_000, 1, 1),
    ("Fuel card integration", 690_000, 1, 1),
    ("Maintenance planning module", 1_240_000, 1, 1),
)

# Indexed by the funnel step a deal has reached (0 = first stage); the last entry covers the rest.
BANT_BUDGET = (
    ("No budget yet; would have to apply for it in October.", False),
    ("About {amount} set aside for this year.", True),
    ("Comes from the operations cost centre, around {amount}.", True),
    ("Approved at the last board meeting: {amount}.", True),
)
BANT_AUTHORITY = (
    ("Unclear who signs; our contact only collects offers.", False),
    ("The managing director signs; our contact prepares the decision.", True),
    ("Decides together with the CFO.", True),
    ("Owner decides alone, quickly once convinced.", True),
)
BANT_NEED = (
    ("Fuel costs up 18%; they need to cut empty kilometres.", True),
    ("Their customers want live delivery tracking.", True),
    ("Paper delivery notes get lost every week.", True),
    ("Fined twice for tachograph breaches last year.", True),
    ("Curious, but no pressing problem.", False),
)
BANT_TIMELINE = (
    ("No rush; some time next year.", False),
    ("Rollout before the winter season.", True),
    ("Decision at the board meeting in {month}.", True),
    ("Their current contract ends in {month}.", True),
)
NEADS_NOW = (
    "Old GPS boxes from {competitor}, no app for the drivers.",
    "Excel and phone calls for dispatch.",
    "Paper delivery notes and a fax machine in the depot.",
    "A mix of three systems nobody fully trusts.",
)
NEADS_ENJOY = (
    "The low monthly fee.",
    "The dispatchers know the old system by heart.",
    "Hardware that hardly ever fails.",
    "A local technician who comes the same day.",
)
NEADS_ALTER = (
    "No live view for their own customers.",
    "Reports take a day to build by hand.",
    "Support only answers in English and only by e-mail.",
    "Drivers hate typing on the small screens.",
)
NEADS_DECISION_MAKERS = (
    "Managing director and CFO; the head of operations recommends.",
    "The owner decides; the spouse does the books and has a say.",
    "Group purchasing at the head office signs off above the local limit.",
    "Works council must agree to any driver tracking.",
)
NEADS_SOLUTION = (
    "One system for tracking, dispatch and proof of delivery.",
    "A pilot with five vans before committing.",
    "Leasing with service and replacement hardware included.",
    "Integration with their ERP so invoices go out the same day.",
)
# (the entry of the default reason list, what the rep wrote as its detail)
LOST_REASONS = (
    ("Chose a competitor", "Chose {competitor}: about 15% cheaper."),
    ("No budget", "Budget frozen for the rest of the year."),
    (
        "Contact left or changed",
        "Our champion left the company; the successor has other priorities.",
    ),
    ("Kept their current solution", "Decided to keep the old system for another two years."),
    ("Product does not fit", "No real need after the pilot."),
    ("Chose a competitor", "Parent company imposed a group-wide supplier."),
    ("Went quiet: no decision", "Went quiet after the proposal; no answer to five follow-ups."),
    ("Price too high", ""),
)
DEAL_NOTES = (
    "Asked for references from two customers in their trade.",
    "Prefers to be called after 4 pm; mornings are for the warehouse.",
    "Wants the offer split into hardware and service.",
    "Their IT lead joins the next meeting: bring the integration sheet.",
    "Mentioned a second site opening next year.",
    "Price list sent again; they had lost the first one.",
)
SUSPENDED_NOTES = (
    "On hold until the merger is through.",
    "Paused: waiting for the new budget year.",
    "Customer asked us to come back after the peak season.",
)

OBJECTIONS: dict[ObjectionKind, tuple[tuple[str, str], ...]] = {
    ObjectionKind.PRICE: (
        (
            "Your price is 20% above {competitor}'s offer.",
            "Showed the fuel savings: the system pays for itself in 14 months.",
        ),
        (
            "We have no budget left this year.",
            "Split the rollout into two phases so the first fits this year's budget.",
        ),
        (
            "The monthly fee per vehicle is too high.",
            "Offered a 36-month lease with service included.",
        ),
    ),
    ObjectionKind.FUNCTION: (
        (
            "The tracker cannot read the tachograph data.",
            "Demonstrated the tachograph add-on at their depot.",
        ),
        (
            "Drivers find the app too complicated.",
            "Arranged a two-week trial with five of their drivers.",
        ),
        (
            "We need offline maps for the border areas.",
            "Offline maps ship with the next release; confirmed the date in writing.",
        ),
    ),
    ObjectionKind.SERVICE: (
        (
            "Worried about support outside office hours.",
            "Included the 24/7 hotline in the service contract.",
        ),
        (
            "The last supplier never sent a technician on time.",
            "Put them in touch with a reference customer in {city}.",
        ),
    ),
    ObjectionKind.COMPETITOR: (
        (
            "We are already talking to {competitor}.",
            "Compared our three strengths side by side; the open interface convinced them.",
        ),
        (
            "{competitor} offers free installation.",
            "Matched free installation for orders above 20 units.",
        ),
    ),
    ObjectionKind.RESOURCES: (
        (
            "We have no IT staff to run the integration.",
            "Our team does the integration; nothing needed on their side.",
        ),
        (
            "We cannot take the vehicles off the road for installation.",
            "Installation on Saturdays at their depot.",
        ),
    ),
    ObjectionKind.GUARANTEE: (
        (
            "What if the hardware fails after the warranty?",
            "Extended the hardware warranty to five years.",
        ),
        (
            "We want our money back if the pilot fails.",
            "The pilot can be cancelled within 60 days at no cost.",
        ),
    ),
}

# Visit objectives and desired outcomes by the funnel step of the deal the visit is about.
VISIT_PLANS: tuple[tuple[str, str], ...] = (
    (
        "Introduce ourselves and understand how their fleet works today",
        "Agreement to a second meeting with the head of operations",
    ),
    ("Check budget, authority and timing", "Name of the real decision maker and the budget range"),
    ("Demo the dispatcher console with their own routes", "Date for presenting a proposal"),
    ("Walk the decision maker through the proposal", "Verbal yes and a date to sign"),
    (
        "Negotiate payment terms and the rollout date",
        "Signed contract, or the last open point in writing",
    ),
    (
        "Kick-off of the installation with the workshop team",
        "Installation plan signed off, and one or two referrals",
    ),
)
VISIT_PLANS_WITHOUT_DEAL = (
    ("Quarterly review of the installed system", "Agreement to extend to the rest of the fleet"),
    ("Courtesy visit: how do the drivers like the app?", "One testimonial and a referral"),
    ("First visit after a trade-show contact", "Understand their fleet and who decides"),
)
VISIT_OUTCOMES = (
    "Good meeting; the head of operations is keen, the CFO still sceptical.",
    "Showed the demo; they asked for a quote for the whole fleet.",
    "Met the owner for the first time: friendly, wants references.",
    "An hour on price; no decision yet, but no longer a flat no.",
    "They confirmed the budget for next quarter.",
    "The customer was rushed; the meeting was cut to 20 minutes.",
    "Toured the depot; saw the old GPS boxes held together with tape.",
)
CALL_OUTCOMES = (
    "Reached them on the second try; agreed to a visit.",
    "Confirmed the trial dates.",
    "Left a voicemail; will try again on Thursday.",
    "Quick check-in; the installed units work fine.",
    "They asked for a revised offer with leasing.",
)
EMAIL_SUBJECTS = (
    ("Sent the proposal as PDF", "Read receipt; no answer yet."),
    ("Sent a case study from a similar fleet", "Answered within the hour: wants a call on Friday."),
    ("Follow-up after the demo", "Thanked us; forwarded it to the CFO."),
    ("Sent the price list and the leasing options", "Asked for a discount for 50+ units."),
)
NEXT_STEPS = (
    "Send the revised quote by Friday.",
    "Call the CFO next week.",
    "Book a demo at their depot.",
    "Prepare the contract for signature.",
    "Send references from two similar fleets.",
    "Ask for a referral once the installation is done.",
)
TASKS = (
    "Prepare the quote",
    "Send the revised proposal",
    "Update the ROI calculation",
    "Order demo units for the pilot",
    "Write a thank-you card",
    "Check their credit rating",
)
OTHER_PLACES = (
    "Their depot, gate 3",
    "Café opposite their office",
    "Trade fair, hall 4, our booth",
    "Lunch at the hotel restaurant next to their office",
)
ONE_OFF_ITEMS = (
    "Bring the signed NDA",
    "Print the ROI calculation",
    "Ask about the new warehouse",
    "Bring the demo tracker with a working SIM card",
    "Congratulate them on the company anniversary",
    "Bring the reference letter from the last customer",
)
REFERRAL_PLACES = (
    "Call from the office",
    "Meet at the trade fair",
    "Lunch near their depot",
    "Call after 4 pm",
)

# One entry of an org chart: function (English, Chinese, Korean), department, role, index of the boss.
# Any prefix of the chart is a valid org chart; the first five hold all five decision roles.
ORG_CHART: tuple[tuple[tuple[str, str, str], str, DecisionRole, int | None], ...] = (
    (("Managing Director", "总经理", "대표이사"), "Management", DecisionRole.DECISION_MAKER, None),
    (("Head of Operations", "运营总监", "운영본부장"), "Operations", DecisionRole.CHAMPION, 0),
    (("Chief Financial Officer", "财务总监", "재무이사"), "Finance", DecisionRole.INFLUENCER, 0),
    (
        ("Assistant to the Managing Director", "总经理助理", "대표이사 비서"),
        "Management",
        DecisionRole.GATEKEEPER,
        0,
    ),
    (("Dispatcher", "调度主管", "배차 담당 과장"), "Operations", DecisionRole.USER, 1),
    (("Head of Purchasing", "采购经理", "구매팀장"), "Purchasing", DecisionRole.INFLUENCER, 0),
    (("Fleet Manager", "车队经理", "차량관리팀장"), "Operations", DecisionRole.USER, 1),
    (("IT Manager", "IT经理", "IT팀장"), "IT", DecisionRole.INFLUENCER, 2),
)
# The org chart entries a rep usually keeps a customer card for, most likely first.
CUSTOMER_SLOTS = (1, 5, 6, 0, 7)
SELF_EMPLOYED = (
    ("Self-employed haulier", "个体运输户", "개인 운송사업자"),
    ("Farm owner", "农场主", "농장 대표"),
    ("Independent electrician", "个体电工", "개인 전기공사업자"),
    ("Owner of a bakery with two delivery vans", "面包店老板", "베이커리 사장"),
)
CHARACTERS = (
    "Analytical; wants numbers before opinions.",
    "Friendly and talkative; decisions take time.",
    "Sceptical of new suppliers, loyal once convinced.",
    "Always busy: get to the point in five minutes.",
    "Detail-oriented; reads every clause of a contract.",
)
GOALS = (
    "Lower cost per delivery.",
    "Fewer accidents and insurance claims.",
    "No more paper in the depot by the end of the year.",
    "Keep the drivers happy and cut staff turnover.",
    "Expand into two new regions.",
)
PRESSURES = (
    "The owner wants costs down by 10%.",
    "The insurance premium rose by 20%.",
    "Losing drivers to competitors who pay more.",
    "Customer complaints about late deliveries.",
    "An audit is due next quarter.",
)
NEWS = (
    (
        "{company} opens a second depot in {city}",
        "Forty more vehicles planned for next year.",
        False,
    ),
    (
        "{company} wins a three-year contract with a national retailer",
        "Needs more capacity from next spring.",
        False,
    ),
    (
        "New managing director at {company}",
        "Comes from a large competitor; known for cost cutting.",
        False,
    ),
    (
        "{company} celebrates 25 years in business",
        "Party for customers and suppliers in the summer.",
        False,
    ),
    ("{company} buys 30 electric vans", "Charging and range planning will be a topic.", False),
    ("{company} is unhappy with its telematics supplier", None, True),
    (
        "{company} may be sold to a larger group",
        "Would move purchasing decisions to the new owner.",
        True,
    ),
    ("The head of operations is leaving {company}", None, True),
    (
        "{company} is preparing a tender for fleet software",
        "Deadline said to be in the autumn.",
        True,
    ),
)
NEWS_SOURCES = (
    "Local newspaper",
    "Trade press",
    "LinkedIn post",
    "Heard from their dispatcher",
    "Industry fair",
    "Company press release",
)
PURCHASES = (
    "GPS trackers for the delivery vans",
    "Handheld scanners for the warehouse",
    "Dispatch software licences",
    "Dashcams for the trucks",
    "Service contract for the vehicle trackers",
)
CUSTOMER_NOTES = (
    "Prefers a short call before every visit.",
    "Met at the trade fair; very interested in the driver app.",
    "Knows our managing director from university.",
    "Ask about the marathon they ran.",
)
# By the customer's naming culture (pools.LOCALES code).
CULTURAL_BACKGROUNDS = pools.CULTURAL_BACKGROUNDS
PET_KINDS = ("Golden retriever", "Dachshund", "Tabby cat", "Two rabbits", "Labrador")
MOTHER_NOTE = "Mother; lives nearby, they visit on Sundays"
# The labels the rep gives important dates; "{company}" is the customer's company.
DATE_LABELS = {
    "birthday": "Birthday",
    "anniversary": "Wedding anniversary",
    "founded": "{company} founded",
    "graduation": "Eldest child's graduation",
}


def in_language(language: str) -> ModuleType:
    """Return the module of what the rep writes down in ``language`` ("en", "zh" or "ko").

    ``texts_zh`` and ``texts_ko`` hold the same names as this module, in Chinese and Korean.
    """
    if language == "zh":
        from salesdesk.core.sample import texts_zh

        return texts_zh
    if language == "ko":
        from salesdesk.core.sample import texts_ko

        return texts_ko
    return sys.modules[__name__]
