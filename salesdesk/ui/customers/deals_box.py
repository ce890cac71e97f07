"""The customer's deals on the profile card: where each stands, its actions, BANT and NEADS.

Each deal says its state (open in a stage, won on a day, lost on a day and why, on hold
since a day) and offers what can be done with it: open it in the deal editor, mark it won or
lost, put it on hold, resume or reopen it. The card only asks (``act``); the window runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from salesdesk.core.i18n import noop
from salesdesk.core.models import DealStatus
from salesdesk.core.queries.profile import DealQualification, Profile
from salesdesk.ui.customers.profile_parts import deal_values_label
from salesdesk.ui.deals.states import state_text
from salesdesk.ui.formatting import format_money, tr, word
from salesdesk.ui.widgets.labels import plain_label as _label

_CONTEXT = "ProfileCard"
# (action, label) offered per state; every deal can also be opened.
ACTIONS = {
    DealStatus.OPEN: (
        ("won", noop(_CONTEXT, "Won…")),
        ("lost", noop(_CONTEXT, "Lost…")),
        ("hold", noop(_CONTEXT, "Put on hold")),
    ),
    DealStatus.SUSPENDED: (
        ("resume", noop(_CONTEXT, "Resume")),
        ("won", noop(_CONTEXT, "Won…")),
        ("lost", noop(_CONTEXT, "Lost…")),
    ),
    DealStatus.WON: (("reopen", noop(_CONTEXT, "Reopen…")),),
    DealStatus.LOST: (("reopen", noop(_CONTEXT, "Reopen…")),),
}

Act = Callable[[int, str], None]  # (deal id, "open" / "won" / "lost" / "hold" / …)


def _deal(deal: DealQualification, act: Act, now: datetime) -> QWidget:
    part = QWidget()
    part.setObjectName(f"profileDeal-{deal.id}")
    layout = QVBoxLayout(part)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    head = QHBoxLayout()
    title = _label(f"{deal.title} · {format_money(deal.value, deal.currency)}", bold=True)
    head.addWidget(title, 1)
    for action, text in (("open", noop(_CONTEXT, "Open…")), *ACTIONS[deal.status]):
        button = QPushButton(tr(_CONTEXT, text))
        button.setObjectName(f"profileDeal-{deal.id}-{action}")
        button.clicked.connect(lambda _=False, a=action: act(deal.id, a))
        head.addWidget(button)
    layout.addLayout(head)
    state = _label(
        state_text(
            deal.status,
            deal.stage,
            deal.since,
            deal.closed_at,
            deal.lost_reason,
            deal.lost_detail,
            now,
        )
    )
    state.setObjectName(f"profileDeal-{deal.id}-state")
    layout.addWidget(state)
    bant = " · ".join(
        f"{'✓' if confirmed else '○'} {word(part)}" + (f": {text}" if text else "")
        for part, text, confirmed in deal.bant
    )
    layout.addWidget(_label(tr(_CONTEXT, "BANT %1/4: ", str(deal.bant_confirmed)) + bant))
    for question, answer in deal.neads:
        layout.addWidget(_label(f"{word(question)}: {answer}"))
    return part


def deals_box(profile: Profile, act: Act, now: datetime) -> QWidget:
    """Return the customer's deals, newest first, each with its state and actions."""
    box = QGroupBox(tr(_CONTEXT, "Deals"))
    box.setObjectName("profileDeals")
    layout = QVBoxLayout(box)
    if not profile.qualifications:
        layout.addWidget(_label(tr(_CONTEXT, "No deals yet.")))
    elif profile.deal_values is not None:
        layout.addWidget(deal_values_label(profile.deal_values))
    for deal in profile.qualifications:
        layout.addWidget(_deal(deal, act, now))
    hint = _label(tr(_CONTEXT, "BANT and NEADS are edited in the deal editor (Open…)."))
    hint.setStyleSheet("color: #555555;")
    layout.addWidget(hint)
    return box
