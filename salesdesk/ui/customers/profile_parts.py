"""Read-only parts of the profile card: family and dates, and the company around the customer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salesdesk.core import local_time
from salesdesk.core.i18n import noop
from salesdesk.core.labels import OBJECTION_TEXT, RELATION_TEXT, ROLE_TEXT
from salesdesk.core.queries.deal_values import DealValues
from salesdesk.core.queries.profile import Profile
from salesdesk.ui.formatting import format_date, format_money, tr, tr_n, word
from salesdesk.ui.money.totals_text import total_text, total_tip
from salesdesk.ui.widgets.labels import plain_label as _label
from salesdesk.ui.widgets.labels import plain_tip

_CONTEXT = "ProfileCard"


def family_box(
    profile: Profile, edit_member: Callable[[int], None], edit_date: Callable[[int], None]
) -> QWidget:
    """Return the family members and important dates, each with Edit; 0 asks for a new one."""
    box = QGroupBox(tr(_CONTEXT, "Family members and important dates"))
    box.setObjectName("profileFamily")
    layout = QVBoxLayout(box)
    if not profile.family and not profile.dates:
        layout.addWidget(_label(tr(_CONTEXT, "None noted yet.")))
    entries = [
        (
            f"member-{m.id}",
            m.id,
            edit_member,
            f"{m.name} ({word(RELATION_TEXT[m.relation])})"
            + (f" · {format_date(m.birthday)}" if m.birthday else ""),
        )
        for m in profile.family
    ] + [
        (f"date-{d.id}", d.id, edit_date, f"{format_date(d.on_date)} — {d.label}")
        for d in profile.dates
    ]
    for name, entry_id, edit, text in entries:
        row = QHBoxLayout()
        row.addWidget(_label(text), 1)
        button = QPushButton(tr(_CONTEXT, "Edit…"))
        button.setObjectName(f"{name}-edit")
        button.clicked.connect(lambda _=False, e=edit, i=entry_id: e(i))
        row.addWidget(button)
        layout.addLayout(row)
    adds = QHBoxLayout()
    for name, title, edit in (
        ("familyAddMember", noop(_CONTEXT, "Add family member…"), edit_member),
        ("familyAddDate", noop(_CONTEXT, "Add date…"), edit_date),
    ):
        button = QPushButton(tr(_CONTEXT, title))
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, e=edit: e(0))
        adds.addWidget(button)
    adds.addStretch(1)
    layout.addLayout(adds)
    return box


def _with_edit(layout: QVBoxLayout, line: QWidget, name: str, edit: Callable[[], None]) -> None:
    row = QHBoxLayout()
    row.addWidget(line, 1)
    button = QPushButton(tr(_CONTEXT, "Edit…"))
    button.setObjectName(name)
    button.clicked.connect(edit)
    row.addWidget(button)
    layout.addLayout(row)


def company_box(profile: Profile, edit: Callable[[str, int], None]) -> QWidget:
    """Return the company part of the card: org chart, news and rumours, purchases.

    ``edit(kind, id)`` opens an entry ("person", "news" or "purchase"); id 0 adds one.
    """
    box = QGroupBox(tr(_CONTEXT, "Company: %1", profile.company or "–"))
    box.setObjectName("profileCompany")
    layout = QVBoxLayout(box)
    known = profile.knowledge
    layout.addWidget(_label(tr(_CONTEXT, "Key people"), bold=True))
    if not known.people:
        layout.addWidget(_label(tr(_CONTEXT, "None noted yet.")))
    for person in known.people:
        role = ROLE_TEXT.get(person.decision_role, "") if person.decision_role else ""
        head = " · ".join(part for part in (person.name, person.function, role) if part)
        notes = " · ".join(
            f"{title}: {text}"
            for title, text in (
                (tr(_CONTEXT, "character"), person.character),
                (tr(_CONTEXT, "goals"), person.goals),
                (tr(_CONTEXT, "pressures"), person.pressures),
            )
            if text
        )
        line = _label(head + (f"\n{notes}" if notes else ""))
        line.setContentsMargins(person.depth * 18, 0, 0, 4)
        _with_edit(
            layout, line, f"person-{person.id}-edit", lambda _=False, i=person.id: edit("person", i)
        )
    layout.addWidget(_label(tr(_CONTEXT, "News and rumours"), bold=True))
    for item in known.news:
        rumour = tr(_CONTEXT, " (rumour)") if item.is_rumour else ""
        line = _label(f"{format_date(item.happened_on)} — {item.headline}{rumour}")
        _with_edit(layout, line, f"news-{item.id}-edit", lambda _=False, i=item.id: edit("news", i))
    layout.addWidget(_label(tr(_CONTEXT, "Earlier purchases"), bold=True))
    for bought in known.purchases:
        parts = [bought.description]
        if bought.supplier:
            parts.append(tr(_CONTEXT, "from %1", bought.supplier))
        if bought.amount is not None and bought.currency:
            parts.append(format_money(bought.amount, bought.currency))
        if bought.purchased_on:
            parts.append(format_date(bought.purchased_on))
        _with_edit(
            layout,
            _label(" · ".join(parts)),
            f"purchase-{bought.id}-edit",
            lambda _=False, i=bought.id: edit("purchase", i),
        )
    adds = QHBoxLayout()
    for kind, title, needs_company in (
        ("person", noop(_CONTEXT, "Add key person…"), True),
        ("news", noop(_CONTEXT, "Add news…"), True),
        ("purchase", noop(_CONTEXT, "Add purchase…"), False),
    ):
        button = QPushButton(tr(_CONTEXT, title))
        button.setObjectName(f"{kind}Add")
        button.clicked.connect(lambda _=False, k=kind: edit(k, 0))
        if needs_company and not profile.company:
            button.setEnabled(False)
            button.setToolTip(tr(_CONTEXT, "Name the customer's company first (Edit details…)"))
        adds.addWidget(button)
    adds.addStretch(1)
    layout.addLayout(adds)
    return box


def objections_box(profile: Profile, edit: Callable[[int], None]) -> QWidget:
    """Return the customer's objections, each with Edit; 0 asks to record a new one."""
    box = QGroupBox(tr(_CONTEXT, "Objections"))
    box.setObjectName("profileObjections")
    layout = QVBoxLayout(box)
    if not profile.objections:
        layout.addWidget(_label(tr(_CONTEXT, "None raised so far.")))
    for objection in profile.objections:
        row = QHBoxLayout()
        state = tr(_CONTEXT, "resolved") if objection.resolved else tr(_CONTEXT, "open")
        head = f"{word(OBJECTION_TEXT[objection.kind])} · {objection.deal_title} · {state}"
        text = _label(f"{head}\n“{objection.text}”")
        if objection.response:
            text.setText(text.text() + "\n→ " + objection.response)
        row.addWidget(text, 1)
        change = QPushButton(tr(_CONTEXT, "Edit…"))
        change.setObjectName(f"objectionEdit-{objection.id}")
        change.clicked.connect(lambda _=False, i=objection.id: edit(i))
        row.addWidget(change)
        layout.addLayout(row)
    add = QPushButton(tr(_CONTEXT, "Record an objection…"))
    add.setObjectName("objectionAdd")
    add.setEnabled(bool(profile.deals))
    add.setToolTip(
        tr(_CONTEXT, "Objections belong to a deal; the customer has none yet")
        if not profile.deals
        else ""
    )
    add.clicked.connect(lambda: edit(0))
    layout.addWidget(add)
    return box


def referrals_box(profile: Profile, ask: Callable[[], None]) -> QWidget:
    """Return who referred the customer and whom they named, with a button to ask again."""
    box = QGroupBox(tr(_CONTEXT, "Referrals"))
    box.setObjectName("profileReferrals")
    layout = QVBoxLayout(box)
    if profile.referred_by:
        layout.addWidget(_label(tr(_CONTEXT, "Referred by %1", profile.referred_by)))
    for referral in profile.referrals:
        parts = [
            referral.name,
            referral.phone,
            referral.status.value,
            format_date(local_time.local_day(referral.created_at)),
        ]
        layout.addWidget(_label(" · ".join(part for part in parts if part)))
    if not profile.referrals:
        layout.addWidget(_label(tr(_CONTEXT, "Has not named anyone yet.")))
    button = QPushButton(tr(_CONTEXT, "Write down referrals…"))
    button.setObjectName("referralsAdd")
    button.clicked.connect(ask)
    layout.addWidget(button)
    return box


def deal_values_label(values: DealValues) -> QLabel:
    """Return "Open: ≈€12,500 in 3 deals · Won: €4,000 in 1 deal", the breakdown on hover."""
    label = _label(
        tr(
            _CONTEXT,
            "Open: %1 in %2 · Won: %3 in %4",
            total_text(values.open),
            tr_n(_CONTEXT, "%n deal(s)", values.open_count),
            total_text(values.won),
            tr_n(_CONTEXT, "%n deal(s)", values.won_count),
        )
    )
    label.setObjectName("profileDealValues")
    tips = [
        tr(_CONTEXT, "%1:\n%2", heading, tip)
        for heading, tip in (
            (tr(_CONTEXT, "Open deals at today's rates"), total_tip(values.open)),
            (tr(_CONTEXT, "Won deals at the rates of their close days"), total_tip(values.won)),
        )
        if tip
    ]
    label.setToolTip(plain_tip("\n\n".join(tips)))
    return label
