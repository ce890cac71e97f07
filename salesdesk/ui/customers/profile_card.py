"""The profile card of one customer: contact header, then Family, Career, Leisure and Money.

Every text is shown as plain text (a name like "<b>Bold</b>" appears literally). An answer is
saved when the rep leaves its field or presses Enter; the card never writes itself, it
emits ``answer_edited`` and the owner runs the core operation.

Signals:
    edit_requested(): the rep asked to edit the contact details.
    importance_toggled(int, str, bool): an answer (question id, text) was starred or not.
    objection_requested(int): the rep wants to record (0) or change (id) an objection.
    referrals_requested(): the rep wants to write down referrals the customer gave.
    member_requested(int): add (0) or change (id) a family member.
    date_requested(int): add (0) or change (id) an important date.
    company_entry_requested(str, int): add (0) or change a key person, news or purchase.
    fact_added(str, str): the rep noted a free fact (section, text).
    fact_removed(int): the rep removed a free fact (its entry id).
    answer_edited(int, str): the rep changed the answer to question (id) to (text).
    trait_toggled(str, bool): the rep ticked (True) or unticked a qualification trait.
    deal_action_requested(int, str): open a deal, or decide its outcome (deal id, action:
        "open", "won", "lost", "hold", "resume", "reopen").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.i18n import noop
from salesdesk.core.labels import SECTION_TITLES, TRAIT_TEXT
from salesdesk.core.models import CustomerTrait, utc_now
from salesdesk.core.queries.profile import Answer, Profile, Section
from salesdesk.core.queries.qualification import score
from salesdesk.ui.customers.deals_box import deals_box
from salesdesk.ui.customers.profile_parts import (
    company_box,
    family_box,
    objections_box,
    referrals_box,
)
from salesdesk.ui.formatting import format_date, tr, word
from salesdesk.ui.printing.dossier_actions import print_button
from salesdesk.ui.widgets.labels import plain_label as _label
from salesdesk.ui.widgets.next_planned import next_activity_text, next_visit_text

_CONTEXT = "ProfileCard"


def _answered_text(section: Section) -> str:
    return tr(_CONTEXT, "%1 of %2 answered", str(section.answered), str(len(section.answers)))


def _complete_text(profile: Profile) -> str:
    return tr(_CONTEXT, "Profile %1% complete", round(profile.completeness * 100))


def _meter(name: str, share: float, text: str) -> QWidget:
    """Return a completeness bar with its words beside it, never across the bar's edge."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    bar.setFixedHeight(bar.fontMetrics().height() // 2 + 4)
    words = _label()
    words.setObjectName(f"{name}Text")
    words.setWordWrap(False)
    row.addWidget(bar, 1)
    row.addWidget(words)
    _show_meter(box, name, share, text)
    return box


def _show_meter(page: QWidget, name: str, share: float, text: str) -> None:
    bar = page.findChild(QProgressBar, name)
    words = page.findChild(QLabel, f"{name}Text")
    if bar is not None and words is not None:
        bar.setValue(round(share * 100))
        words.setText(text)


def _facts(section: Section, card: ProfileCard) -> QWidget:
    """Return the free facts of a section, each removable, and a field to note another."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    if section.facts:
        layout.addWidget(_label(tr(_CONTEXT, "Also noted"), bold=True))
    for fact in section.facts:
        row = QHBoxLayout()
        text = f"{fact.prompt}: {fact.text}" if fact.prompt else fact.text
        row.addWidget(_label("• " + text), 1)
        remove = QPushButton(tr(_CONTEXT, "Remove"))
        remove.setObjectName(f"fact-{fact.entry_id}-remove")
        remove.clicked.connect(lambda _=False, i=fact.entry_id: card.fact_removed.emit(i))
        row.addWidget(remove)
        layout.addLayout(row)
    note = QLineEdit()
    note.setObjectName(f"factAdd-{section.section.value}")
    note.setPlaceholderText(tr(_CONTEXT, "Note another fact and press Enter…"))
    note.returnPressed.connect(
        lambda: (
            card.fact_added.emit(section.section.value, note.text())
            if note.text().strip()
            else None
        )
    )
    layout.addWidget(note)
    return box


class AnswerField(QLineEdit):
    """An answer that reports itself once, when editing is finished with a changed text.

    Its star marks the answer important: important answers head the visit brief.
    """

    def __init__(self, answer: Answer, card: ProfileCard) -> None:
        super().__init__(answer.answer or "")
        self.question_id = answer.question_id
        self._saved = answer.answer or ""
        self.setObjectName(f"answer-{answer.question_id}")
        self.setPlaceholderText(tr(_CONTEXT, "not known yet"))
        self.setCursorPosition(0)
        self.editingFinished.connect(lambda: self._finish(card))
        self.star = QToolButton()
        self.star.setObjectName(f"star-{answer.question_id}")
        self.star.setText("★")
        self.star.setCheckable(True)
        self.star.setAutoRaise(True)
        self.star.setToolTip(tr(_CONTEXT, "Important: show it in the visit brief"))
        self.star.toggled.connect(
            lambda on: card.importance_toggled.emit(self.question_id, self._saved, on)
        )
        self._show_star(answer.important)

    def _show_star(self, important: bool) -> None:
        self.star.blockSignals(True)
        self.star.setChecked(important)
        self.star.blockSignals(False)
        self.star.setEnabled(bool(self._saved))

    def show_answer(self, text: str | None, important: bool = False) -> None:
        """Show another customer's answer (nothing is saved)."""
        self._saved = text or ""
        self.setText(self._saved)
        self.setCursorPosition(0)
        self._show_star(important)

    def _finish(self, card: ProfileCard) -> None:
        text = self.text().strip()
        if text != self._saved:
            self._saved = text
            self.star.setEnabled(bool(text))
            card.answer_edited.emit(self.question_id, text)


class ProfileCard(QScrollArea):
    """Shows one ``Profile``; ``show_profile`` replaces what is shown."""

    edit_requested = Signal()
    importance_toggled = Signal(int, str, bool)
    objection_requested = Signal(int)
    referrals_requested = Signal()
    member_requested = Signal(int)
    date_requested = Signal(int)
    company_entry_requested = Signal(str, int)
    fact_added = Signal(str, str)
    fact_removed = Signal(int)
    answer_edited = Signal(int, str)
    trait_toggled = Signal(str, bool)
    deal_action_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileCard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(420)
        self.profile: Profile | None = None
        self._now: datetime | None = None
        self._page: QWidget | None = None
        self._shape: tuple[int, ...] = ()
        self._fields: dict[int, AnswerField] = {}
        self._checks: dict[CustomerTrait, QCheckBox] = {}
        self._parts: dict[str, QWidget] = {}
        self.print_actions: list[QAction] = []  # the dossier's preview, print and PDF
        self._now = datetime.now(UTC)  # the time of the profile shown (``show_profile``)
        self.clear()

    def clear(self) -> None:
        """Show no customer."""
        self.profile = None
        self._page = None
        self._empty = _label(tr(_CONTEXT, "Choose a customer to see their profile."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self._empty)

    def show_profile(self, profile: Profile, now: datetime) -> None:
        """Show ``profile``; the scroll position is kept when it is the same customer.

        The question rows are built once and refilled for the next customer (rebuilding some
        fifty fields per customer is what made opening a card slow); the parts that differ in
        shape from customer to customer (header, facts, family, company) are replaced.
        """
        same = self.profile is not None and self.profile.customer_id == profile.customer_id
        scroll = self.verticalScrollBar().value()
        self._now = now
        shape = tuple(answer.question_id for s in profile.sections for answer in s.answers)
        self.profile = profile
        self._now = now
        if self._page is None or self._shape != shape:
            self._build(profile)
            self._shape = shape
        else:
            self._refill(profile)
        if same:
            self.verticalScrollBar().setValue(scroll)

    def _build(self, profile: Profile) -> None:
        page = QWidget()
        page.setObjectName("profilePage")
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        self._fields = {}
        self._parts = {"header": self._header(profile)}
        layout.addWidget(self._parts["header"])
        self._parts["deals"] = self._deals(profile)  # where each deal stands, near the top
        layout.addWidget(self._parts["deals"])
        layout.addWidget(self._qualification(profile))
        for section in profile.sections:
            layout.addWidget(self._section(section))
        self._parts["objections"] = objections_box(profile, self.objection_requested.emit)
        layout.addWidget(self._parts["objections"])
        self._parts["referrals"] = referrals_box(profile, self.referrals_requested.emit)
        layout.addWidget(self._parts["referrals"])
        self._parts["family"] = self._family(profile)
        self._parts["company"] = company_box(profile, self.company_entry_requested.emit)
        layout.addWidget(self._parts["family"])
        layout.addWidget(self._parts["company"])
        layout.addStretch(1)
        self._page = page
        self.setWidget(page)

    def _replace(self, name: str, widget: QWidget) -> None:
        old = self._parts[name]
        old.parentWidget().layout().replaceWidget(old, widget)
        old.hide()
        old.deleteLater()
        # A layout shows a new child only on the next turn of the event loop; until then the
        # page would be laid out without it. Show it now so the page has its height at once.
        widget.show()
        self._parts[name] = widget

    def _refill(self, profile: Profile) -> None:
        # Hidden while parts are swapped: showing the new parts then costs one layout pass,
        # not one per part (no frame is painted in between, so nothing flickers).
        self._page.hide()
        self._replace("header", self._header(profile))
        self._replace("deals", self._deals(profile))
        self._replace("objections", objections_box(profile, self.objection_requested.emit))
        self._replace("referrals", referrals_box(profile, self.referrals_requested.emit))
        self._replace("family", self._family(profile))
        self._replace("company", company_box(profile, self.company_entry_requested.emit))
        for section in profile.sections:
            self._replace(f"facts-{section.section.value}", _facts(section, self))
            for answer in section.answers:
                self._fields[answer.question_id].show_answer(answer.answer, answer.important)
        for trait, check in self._checks.items():
            check.blockSignals(True)
            check.setChecked(trait in profile.traits)
            check.blockSignals(False)
        self._show_score(profile.traits)
        self.update_meters(profile)
        self._page.show()

    def update_meters(self, profile: Profile) -> None:
        """Show the completeness of ``profile`` without rebuilding the card (keeps focus)."""
        if self.profile is None or self.profile.customer_id != profile.customer_id:
            return
        self.profile = profile
        page = self.widget()
        _show_meter(page, "profileCompleteness", profile.completeness, _complete_text(profile))
        for section in profile.sections:
            name = f"profileCompleteness-{section.section.value}"
            _show_meter(page, name, section.completeness, _answered_text(section))

    def answer_field(self, question_id: int) -> AnswerField | None:
        """Return the field of a question's answer (for keyboard focus and tests)."""
        return self.widget().findChild(AnswerField, f"answer-{question_id}")

    # --- parts --------------------------------------------------------------------------
    def _header(self, profile: Profile) -> QWidget:
        box = QFrame()
        box.setObjectName("profileHeader")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        name = _label(profile.name, bold=True, scale=1.5)
        name.setObjectName("profileName")
        top.addWidget(name, 1)
        tier = _label(tr(_CONTEXT, "Tier %1", profile.tier.value), bold=True)
        tier.setObjectName("profileTier")
        top.addWidget(tier)
        edit = QPushButton(tr(_CONTEXT, "Edit details…"))
        edit.setObjectName("profileEditDetails")
        edit.setToolTip(tr(_CONTEXT, "Edit name, company, e-mails, phones, address (Ctrl+E)"))
        edit.clicked.connect(self.edit_requested)
        top.addWidget(edit)
        if self.print_actions:
            top.addWidget(
                print_button(box, "profilePrint", tr(_CONTEXT, "Print dossier"), self.print_actions)
            )
        layout.addLayout(top)
        role = " · ".join(part for part in (profile.position, profile.company) if part)
        if role:
            layout.addWidget(_label(role))
        facts = QFormLayout()
        facts.setHorizontalSpacing(16)
        rows = [
            ("profilePhone", tr(_CONTEXT, "Phone"), ", ".join(profile.phones)),
            ("profileEmail", tr(_CONTEXT, "E-mail"), ", ".join(profile.emails)),
            ("profileAddress", tr(_CONTEXT, "Address"), profile.address),
            ("profilePrefers", tr(_CONTEXT, "Prefers"), profile.preferred_channel or ""),
            ("profileNextVisit", tr(_CONTEXT, "Next visit"), next_visit_text(profile.next.visit)),
            (
                "profileLastContact",
                tr(_CONTEXT, "Last contact"),
                format_date(profile.last_contact_on),
            ),
        ]
        other = profile.next.other_activity
        if other is not None:  # sooner than the next visit, or there is no visit planned
            after = next(n for n, row in enumerate(rows) if row[0] == "profileNextVisit") + 1
            text = next_activity_text(other, self._now)
            rows.insert(after, ("profileNextActivity", tr(_CONTEXT, "Next activity"), text))
        for name, title, value in rows:
            shown = _label(value or "–")
            shown.setObjectName(name)
            facts.addRow(_label(title + ":"), shown)
        layout.addLayout(facts)
        layout.addWidget(
            _meter("profileCompleteness", profile.completeness, _complete_text(profile))
        )
        return box

    def _deals(self, profile: Profile) -> QWidget:
        return deals_box(profile, self.deal_action_requested.emit, self._now or utc_now())

    def _family(self, profile: Profile) -> QWidget:
        return family_box(profile, self.member_requested.emit, self.date_requested.emit)

    def _qualification(self, profile: Profile) -> QWidget:
        box = QGroupBox(tr(_CONTEXT, "Qualification"))
        box.setObjectName("profileQualification")
        layout = QVBoxLayout(box)
        self._score = _label(bold=True)
        self._score.setObjectName("profileScore")
        layout.addWidget(self._score)
        columns = QHBoxLayout()
        for gold, title in (
            (True, noop(_CONTEXT, "Gold-customer traits")),
            (False, noop(_CONTEXT, "Poor-customer traits")),
        ):
            column = QVBoxLayout()
            column.addWidget(_label(tr(_CONTEXT, title)))
            for trait in CustomerTrait:
                if trait.is_gold is not gold:
                    continue
                check = QCheckBox(word(TRAIT_TEXT[trait]))
                check.setObjectName(f"trait-{trait.value}")
                check.setChecked(trait in profile.traits)
                check.toggled.connect(lambda on, t=trait: self._on_trait(t, on))
                self._checks[trait] = check
                column.addWidget(check)
            columns.addLayout(column)
        layout.addLayout(columns)
        self._show_score(profile.traits)
        return box

    def _on_trait(self, trait: CustomerTrait, on: bool) -> None:
        if self.profile is None:
            return
        traits = set(self.profile.traits)
        (traits.add if on else traits.discard)(trait)
        self.profile = replace(self.profile, traits=frozenset(traits))
        self._show_score(self.profile.traits)
        self.trait_toggled.emit(trait.value, on)

    def _show_score(self, traits: frozenset[CustomerTrait]) -> None:
        gold = sum(trait.is_gold for trait in traits)
        self._score.setText(
            tr(
                _CONTEXT,
                "Score %1 (%2 gold, %3 poor)",
                f"{score(traits):+d}",
                gold,
                len(traits) - gold,
            )
        )

    def _section(self, section: Section) -> QWidget:
        box = QGroupBox(word(SECTION_TITLES[section.section]))
        box.setObjectName(f"profileSection-{section.section.value}")
        layout = QVBoxLayout(box)
        name = f"profileCompleteness-{section.section.value}"
        layout.addWidget(_meter(name, section.completeness, _answered_text(section)))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for answer in section.answers:
            prompt = _label(answer.prompt)
            prompt.setMinimumWidth(220)
            field = AnswerField(answer, self)
            self._fields[answer.question_id] = field
            prompt.setBuddy(field)
            row = QHBoxLayout()
            row.setSpacing(2)
            row.addWidget(field, 1)
            row.addWidget(field.star)
            form.addRow(prompt, row)
        layout.addLayout(form)
        facts = _facts(section, self)
        self._parts[f"facts-{section.section.value}"] = facts
        layout.addWidget(facts)
        return box
