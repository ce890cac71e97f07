"""The profile card in the Customers area: literal names, answers saved on leave, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from salesdesk.core.models import Customer, CustomerSource, FormSection, ProfileEntry
from salesdesk.ui.customers.company_dialogs import PersonDialog
from salesdesk.ui.customers.contact_dialog import ContactDialog
from salesdesk.ui.customers.customers_view import CustomersView
from salesdesk.ui.customers.family_dialogs import MemberDialog
from salesdesk.ui.customers.objection_dialog import ObjectionDialog
from salesdesk.ui.customers.questions_dialog import QuestionsDialog
from salesdesk.ui.customers.referral_dialog import ReferralDialog
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.widgets import messages
from tests.ui.navigation import open_customer
from tests.ui.world import MARKUP_NAME, World


def test_selecting_a_customer_shows_the_card_with_markup_as_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    area = open_customer(window, MARKUP_NAME)
    name = area.card.findChild(QLabel, "profileName")
    assert name is not None and name.text() == MARKUP_NAME
    assert name.textFormat() == name.textFormat().PlainText
    question = area.card.profile.sections[0].answers[0].question_id  # type: ignore[union-attr]
    field = area.card.answer_field(question)
    assert field is not None
    field.setText("Married")
    field.editingFinished.emit()
    area = open_customer(window, "王芳")  # the card is refilled, not rebuilt
    assert area.card.profile is not None and area.card.profile.company == "华为技术有限公司"
    assert area.card.answer_field(question) is field and field.text() == ""

    def shown_name() -> str | None:
        labels = [
            label for label in area.card.findChildren(QLabel, "profileName") if not label.isHidden()
        ]
        return labels[0].text() if len(labels) == 1 else None

    qtbot.waitUntil(lambda: shown_name() == "王芳")
    open_customer(window, MARKUP_NAME)
    assert field.text() == "Married"


def test_an_answer_is_saved_when_the_field_is_left_and_undo_removes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    area = open_customer(window, "김민준")
    profile = area.card.profile
    assert profile is not None
    question = profile.sections[0].answers[0].question_id
    field = area.card.answer_field(question)
    assert field is not None
    field.setText("Married, two children")
    field.editingFinished.emit()
    with window.database.sessions() as session:
        answers = session.scalars(
            select(ProfileEntry.answer).where(ProfileEntry.customer_id == profile.customer_id)
        ).all()
    assert answers == ["Married, two children"]
    meter = area.card.findChild(QProgressBar, "profileCompleteness-family")
    assert meter is not None and meter.value() > 0
    assert window.undo_stack.undoText() == "Edit profile answer"
    window.undo_stack.undo()
    field = area.card.answer_field(question)
    assert field is not None and field.text() == ""
    with window.database.sessions() as session:
        assert session.scalar(select(ProfileEntry.id)) is None


def test_ticking_traits_updates_the_score_and_undoes(window: MainWindow) -> None:
    area = open_customer(window, "Zoe Young")
    gold = area.card.findChild(QCheckBox, "trait-gold_urgent_need")
    poor = area.card.findChild(QCheckBox, "trait-poor_far_away")
    score = area.card.findChild(QLabel, "profileScore")
    assert gold is not None and poor is not None and score is not None
    assert score.text() == "Score +0 (0 gold, 0 poor)"
    gold.setChecked(True)
    poor.setChecked(True)
    gold_again = area.card.findChild(QCheckBox, "trait-gold_large_order")
    assert gold_again is not None
    gold_again.setChecked(True)
    assert score.text() == "Score +1 (2 gold, 1 poor)"
    window.undo_stack.undo()
    score = area.card.findChild(QLabel, "profileScore")
    assert score is not None and score.text() == "Score +0 (1 gold, 1 poor)"


def test_filters_narrow_the_customer_list(window: MainWindow) -> None:
    with window.database.transaction() as session:
        zoe = session.scalars(select(Customer).where(Customer.name == "Zoe Young")).one()
        zoe.birthday = date(1990, 3, 20)  # NOW is 10 March 2026
        zoe.source = CustomerSource.TRADE_SHOW
    window.show_area("customers")
    area = window.areas["customers"]
    assert isinstance(area, CustomersView)

    def names() -> list[str]:
        return sorted(area.model.row_at(r).name for r in range(area.model.rowCount()))

    area.filter_tier.setCurrentIndex(area.filter_tier.findData("A"))
    assert names() == ["Anna Schmidt", "김민준"]
    area.filter_quiet.setValue(14)  # Anna spoke to us on 1 March; Kim never
    assert names() == ["김민준"]
    area.filter_tier.setCurrentIndex(0)
    area.filter_quiet.setValue(0)
    area.filter_birthday.setChecked(True)
    assert names() == ["Zoe Young"]
    area.filter_birthday.setChecked(False)
    area.filter_source.setCurrentIndex(area.filter_source.findData("trade_show"))
    assert names() == ["Zoe Young"]
    assert area.summary.text().startswith("Found 1 of 5 customers")


def test_contact_details_are_checked_inline_saved_and_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    area = open_customer(window, "Anna Schmidt")
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    area.view.setFocus()
    qtbot.keyClick(area.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = area.findChild(ContactDialog, "contactDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.company.text() == "Acme GmbH"
    dialog.emails.setPlainText("anna@\nanna@acme.example")
    dialog.name.setText("")
    assert not dialog.submit()
    email_error = dialog.findChild(QLabel, "contactError-emails")
    name_error = dialog.findChild(QLabel, "contactError-name")
    assert email_error is not None and email_error.text().startswith("'anna@' is not an e-mail")
    assert name_error is not None and name_error.text() == "The customer needs a name."
    assert window.undo_stack.count() == 0
    dialog.name.setText("Anna Lang")
    dialog.emails.setPlainText("anna@acme.example")
    assert dialog.submit()
    names = [area.model.row_at(r).name for r in range(area.model.rowCount())]
    assert "Anna Lang" in names and "Anna Schmidt" not in names
    window.undo_stack.undo()
    names = [area.model.row_at(r).name for r in range(area.model.rowCount())]
    assert "Anna Schmidt" in names


def test_objections_are_recorded_with_the_playbook_beside_and_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    area = open_customer(window, "王芳")
    area.card.findChild(QPushButton, "objectionAdd").click()
    first = area.findChild(ObjectionDialog, "objectionDialog")
    assert first is not None
    first.said.setPlainText("太贵了")
    first.answer.setPlainText("Leasing over 36 months")
    first.resolved.setChecked(True)
    assert first.submit()
    area = open_customer(window, "Anna Schmidt")
    area.card.findChild(QPushButton, "objectionAdd").click()
    dialogs = [d for d in area.findChildren(ObjectionDialog) if d is not first]
    (dialog,) = dialogs
    book = [dialog.book.item(i).text() for i in range(dialog.book.count())]
    assert book == ["✓ 王芳 — “太贵了”\n→ Leasing over 36 months"]  # price is the first kind
    dialog.book.itemDoubleClicked.emit(dialog.book.item(0))
    assert dialog.answer.toPlainText() == "Leasing over 36 months"
    assert not dialog.submit()  # nothing written down yet of what Anna said
    error = dialog.findChild(QLabel, "objectionError-text")
    assert error is not None and error.text() == "Write down what the customer said."
    dialog.said.setPlainText("Zu teuer")
    assert dialog.submit()
    assert [o.text for o in area.card.profile.objections] == ["Zu teuer"]  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert area.card.profile is not None and area.card.profile.objections == ()


def test_a_won_deal_offers_to_write_down_referrals(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent, title, question, default_yes=False):  # noqa: ANN001, ANN202
        asked.append(question)
        return True

    monkeypatch.setattr(messages, "confirm", answer)
    board = window.board
    new_contact = board.columns()[0]
    chairs = next(c.deal_id for c in new_contact.model.cards() if c.title == "Office chairs")
    won = next(stage.id for stage in board._outcomes.values() if stage.name == "Won")
    assert board.move_deals([chairs], won, None)
    assert asked == ["“Office chairs” is won. Ask Anna Schmidt for one to three referrals now?"]
    assert window.current_area() == "customers"
    area = window.areas["customers"]
    dialog = area.findChild(ReferralDialog, "referralDialog")
    assert dialog is not None and area.card.profile.name == "Anna Schmidt"  # type: ignore[union-attr]
    dialog.names[0].setText("Jonas Weber")
    assert dialog.submit()
    assert [r.name for r in area.card.profile.referrals] == ["Jonas Weber"]  # type: ignore[union-attr]
    assert area.card.profile.referrals[0].deal_title == "Office chairs"  # type: ignore[union-attr]


def test_family_members_are_added_from_the_card(window: MainWindow) -> None:
    area = open_customer(window, "Zoe Young")
    area.card.findChild(QPushButton, "familyAddMember").click()
    dialog = area.findChild(MemberDialog, "memberDialog")
    assert dialog is not None
    assert not dialog.submit()
    error = dialog.findChild(QLabel, "memberDialogError-name")
    assert error is not None and error.text() == "Write down the name."
    dialog.name.setText("Rex")
    dialog.relation.setCurrentIndex(dialog.relation.findData("pet"))
    assert dialog.submit()
    profile = area.card.profile
    assert profile is not None and [(m.name, m.relation.value) for m in profile.family] == [
        ("Rex", "pet")
    ]
    window.undo_stack.undo()
    assert area.card.profile is not None and area.card.profile.family == ()


def test_guiding_questions_are_edited_for_every_card(window: MainWindow) -> None:
    area = open_customer(window, "Zoe Young")
    area.findChild(QPushButton, "customersEditQuestions").click()
    dialog = area.findChild(QuestionsDialog, "questionsDialog")
    assert dialog is not None
    money = dialog.lists[FormSection.MONEY]
    count = money.count()
    dialog.add_question(FormSection.MONEY)
    money.item(count).setText("Which bank do they use?")
    money.setCurrentRow(0)
    dialog.remove_question(FormSection.MONEY)
    assert dialog.submit()
    profile = area.card.profile
    assert profile is not None
    prompts = [answer.prompt for answer in profile.sections[3].answers]
    assert prompts[-1] == "Which bank do they use?" and len(prompts) == count
    window.undo_stack.undo()
    profile = area.card.profile
    assert profile is not None and "Which bank do they use?" not in [
        answer.prompt for answer in profile.sections[3].answers
    ]


def test_key_people_are_added_from_the_card(window: MainWindow) -> None:
    area = open_customer(window, "Anna Schmidt")
    area.card.findChild(QPushButton, "personAdd").click()
    dialog = area.findChild(PersonDialog, "personDialog")
    assert dialog is not None
    dialog.name.setText("Dr. Weber")
    dialog.role.setCurrentIndex(dialog.role.findData("decision_maker"))
    assert dialog.submit()
    people = area.card.profile.knowledge.people  # type: ignore[union-attr]
    assert [(p.name, p.decision_role.value) for p in people] == [("Dr. Weber", "decision_maker")]  # type: ignore[union-attr]
    zoe = open_customer(window, "Zoe Young")  # no company: key people cannot be added
    page = zoe.card.widget()
    (button,) = [b for b in page.findChildren(QPushButton, "personAdd") if b.isVisibleTo(page)]
    assert not button.isEnabled()


def test_free_facts_are_noted_and_removed(qtbot: QtBot, window: MainWindow) -> None:
    area = open_customer(window, "김민준")
    note = area.card.findChild(QLineEdit, "factAdd-leisure")
    assert note is not None
    note.setText("Plays golf on Saturdays")
    note.returnPressed.emit()
    profile = area.card.profile
    assert profile is not None
    (fact,) = profile.sections[2].facts
    assert fact.text == "Plays golf on Saturdays"
    page = area.card.widget()
    (remove,) = [
        b
        for b in page.findChildren(QPushButton, f"fact-{fact.entry_id}-remove")
        if b.isVisibleTo(page)
    ]
    remove.click()
    assert area.card.profile is not None and area.card.profile.sections[2].facts == ()
    window.undo_stack.undo()
    assert [f.text for f in area.card.profile.sections[2].facts] == ["Plays golf on Saturdays"]


def test_a_starred_answer_heads_the_visit_brief(window: MainWindow, world: World) -> None:
    area = open_customer(window, "Anna Schmidt")
    question = area.card.profile.sections[2].answers[0].question_id  # type: ignore[union-attr]
    field = area.card.answer_field(question)
    assert field is not None and not field.star.isEnabled()  # nothing to star yet
    field.setText("Sails on Lake Constance")
    field.editingFinished.emit()
    assert field.star.isEnabled()
    field.star.setChecked(True)
    brief = window.visit_data.brief(world.activities["visit"])
    assert brief.highlights == ("Sails on Lake Constance",)
    window.undo_stack.undo()
    assert window.visit_data.brief(world.activities["visit"]).highlights == ()


def test_the_cards_deal_totals_are_converted_and_follow_a_new_rate(
    qtbot: QtBot, window: MainWindow
) -> None:
    from decimal import Decimal

    from salesdesk.core.money.rate_entry import RateEntry
    from salesdesk.core.operations.exchange_rates import save_rate

    def totals() -> QLabel:
        labels = [
            label
            for label in area.card.findChildren(QLabel, "profileDealValues")
            if not label.isHidden()
        ]
        assert len(labels) == 1
        return labels[0]

    area = open_customer(window, "王芳")  # 5G 模块: $12,000 open; Won two: €900
    assert totals().text() == (
        "Open: €0 without $12,000 (no USD rate) in 1 deal · Won: €900 in 1 deal"
    )
    entry = RateEntry("EUR", "USD", date(2026, 1, 1), Decimal("1.25"))
    window.flow.run("Add the USD rate", lambda session: save_rate(session, None, entry))
    qtbot.waitUntil(lambda: totals().text().startswith("Open: ≈€9,600 in 1 deal"))
    assert "$12,000 → €9,600 (1 EUR = 1.25 USD from 1/1/2026)" in totals().toolTip()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "no USD rate" in totals().text())
