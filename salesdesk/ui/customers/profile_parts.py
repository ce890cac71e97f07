"""Read-only parts of the profile card: family and dates, and the company around the customer."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from salesdesk.core.models import DecisionRole
from salesdesk.core.queries.profile import Profile
from salesdesk.ui.customers.labels import plain_label as _label
from salesdesk.ui.formatting import format_date, format_money, tr

_CONTEXT = "ProfileCard"
ROLE_TEXT = {
    DecisionRole.DECISION_MAKER: "decides",
    DecisionRole.INFLUENCER: "influences",
    DecisionRole.USER: "uses",
    DecisionRole.GATEKEEPER: "gatekeeper",
    DecisionRole.CHAMPION: "champion",
}


def family_box(profile: Profile) -> QWidget:
    """Return the family members and important dates of the card."""
    box = QGroupBox(tr(_CONTEXT, "Family members and important dates"))
    box.setObjectName("profileFamily")
    layout = QVBoxLayout(box)
    if not profile.family and not profile.dates:
        layout.addWidget(_label(tr(_CONTEXT, "None noted yet.")))
    for member in profile.family:
        born = f" · {format_date(member.birthday)}" if member.birthday else ""
        layout.addWidget(_label(f"{member.name} ({member.relation.value}){born}"))
    for label, on in profile.dates:
        layout.addWidget(_label(f"{format_date(on)} — {label}"))
    return box


def company_box(profile: Profile) -> QWidget:
    """Return the company part of the card: org chart, news and rumours, purchases."""
    box = QGroupBox(tr(_CONTEXT, "Company: %1").replace("%1", profile.company or "–"))
    box.setObjectName("profileCompany")
    layout = QVBoxLayout(box)
    known = profile.knowledge
    layout.addWidget(_label(tr(_CONTEXT, "Key people"), bold=True))
    if not known.people:
        layout.addWidget(_label(tr(_CONTEXT, "None noted yet.")))
    for person in known.people:
        role = ROLE_TEXT.get(person.decision_role, "") if person.decision_role else ""
        head = " · ".join(part for part in (person.name, person.function, role) if part)
        line = _label(head)
        line.setContentsMargins(person.depth * 18, 0, 0, 0)
        layout.addWidget(line)
        notes = " · ".join(
            f"{title}: {text}"
            for title, text in (
                (tr(_CONTEXT, "character"), person.character),
                (tr(_CONTEXT, "goals"), person.goals),
                (tr(_CONTEXT, "pressures"), person.pressures),
            )
            if text
        )
        if notes:
            detail = _label(notes)
            detail.setContentsMargins(person.depth * 18 + 12, 0, 0, 4)
            detail.setStyleSheet("color: palette(mid);")
            layout.addWidget(detail)
    if known.news:
        layout.addWidget(_label(tr(_CONTEXT, "News and rumours"), bold=True))
        for item in known.news:
            rumour = tr(_CONTEXT, " (rumour)") if item.is_rumour else ""
            layout.addWidget(_label(f"{format_date(item.happened_on)} — {item.headline}{rumour}"))
    if known.purchases:
        layout.addWidget(_label(tr(_CONTEXT, "Earlier purchases"), bold=True))
        for bought in known.purchases:
            parts = [bought.description]
            if bought.supplier:
                parts.append(tr(_CONTEXT, "from %1").replace("%1", bought.supplier))
            if bought.amount is not None and bought.currency:
                parts.append(format_money(bought.amount, bought.currency))
            if bought.purchased_on:
                parts.append(format_date(bought.purchased_on))
            layout.addWidget(_label(" · ".join(parts)))
    return box
