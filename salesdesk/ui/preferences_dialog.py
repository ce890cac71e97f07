"""Edit → Preferences…: what the rep sets once, section by section.

Each section is a group of fields with its own ``save``: the money section keeps the reporting
currency and the currency of new deals in the database (one undoable change through the
change flow); the language section is kept per computer (QSettings, ``salesdesk.language``)
and takes effect at the next start.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from salesdesk import language
from salesdesk.core import local_time
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.money.formats import currency_codes, currency_name
from salesdesk.core.money.rates import load_book
from salesdesk.core.money.totals import Conversion
from salesdesk.core.operations.preferences import save_preferences
from salesdesk.core.queries.preferences import Preferences, preferences
from salesdesk.core.queries.rates import deal_currencies
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.formatting import as_sentence, money_locale, tr
from salesdesk.ui.widgets.form_parts import ERROR_COLOUR, error_label, save_cancel_buttons
from salesdesk.ui.widgets.labels import plain_label

_CONTEXT = "Preferences"
NOTE_WIDTH = 380  # pixels


class Section(Protocol):
    """One group of the dialog: shows its fields, saves them and shows its own refusals."""

    def save(self) -> bool:
        """Store the section's fields; False (nothing stored, the reasons shown) if refused."""


def currency_choice(name: str, current: str, first: Sequence[str]) -> QComboBox:
    """Return a choice of every ISO currency ("EUR — Euro"), those in use first."""
    box = QComboBox()
    box.setObjectName(name)
    locale = money_locale()
    for code in dict.fromkeys([*first, *currency_codes()]):
        box.addItem(tr(_CONTEXT, "%1 — %2", code, currency_name(code, locale)), code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class MoneySection(QGroupBox):
    """The reporting currency and the currency of new deals (kept in the database)."""

    def __init__(self, flow: ChangeFlow, parent: QWidget | None = None) -> None:
        super().__init__(tr(_CONTEXT, "Money (this database)"), parent)
        self.setObjectName("preferencesMoney")
        self._flow = flow
        with flow.sessions() as session:
            self.stored = preferences(session)
            self._in_use = deal_currencies(session)
            today = local_time.local_day(flow.now())
            self._book = load_book(session, today, today)
        self._today = today
        first = [self.stored.reporting_currency, self.stored.default_currency, *self._in_use]
        self.reporting = currency_choice(
            "preferencesReportingCurrency", self.stored.reporting_currency, first
        )
        self.default = currency_choice(
            "preferencesDefaultCurrency", self.stored.default_currency, first
        )
        self.note = plain_label()
        self.note.setObjectName("preferencesReportingNote")
        self.without = plain_label()
        self.without.setObjectName("preferencesWithoutRate")
        self.without.setStyleSheet(f"color: {ERROR_COLOUR};")
        for note in (self.note, self.without):  # wrapped at the fields' width, not narrower
            note.setMinimumWidth(NOTE_WIDTH)
        self.errors = error_label("preferencesMoneyError")
        form = QFormLayout(self)
        reporting_label = QLabel(tr(_CONTEXT, "&Show totals in:"))
        reporting_label.setBuddy(self.reporting)
        default_label = QLabel(tr(_CONTEXT, "&New deals in:"))
        default_label.setBuddy(self.default)
        form.addRow(reporting_label, self.reporting)
        form.addRow("", self.note)
        form.addRow("", self.without)
        form.addRow(default_label, self.default)
        form.addRow("", self.errors)
        self.reporting.currentIndexChanged.connect(self._show_note)
        self._show_note()

    def wanted(self) -> Preferences:
        """Return the preferences the fields hold."""
        return Preferences(self.reporting.currentData(), self.default.currentData())

    def _show_note(self) -> None:
        """Say how totals read in the chosen currency, and which currencies lack a rate to it."""
        conversion = Conversion(self.reporting.currentData(), self._today, self._book)
        without = [code for code in self._in_use if conversion.quote(code) is None]
        self.note.setText(
            tr(
                _CONTEXT,
                "Every total is converted into this currency: open deals and forecasts at "
                "today's rate, won deals at the rate of their close day.",
            )
        )
        self.without.setText(
            tr(
                _CONTEXT,
                "Open deals in %1 have no rate to it yet (Edit → Exchange Rates…).",
                ", ".join(without),
            )
        )
        self.without.setVisible(bool(without))

    def save(self) -> bool:
        wanted = self.wanted()
        if wanted == self.stored:
            return True
        problems: Sequence[FieldProblem] = []
        try:
            self._flow.run(
                tr(_CONTEXT, "Change the preferences"),
                lambda session: save_preferences(session, wanted),
            )
        except InvalidFieldsError as error:
            problems = error.problems
        except SalesDeskError as error:
            problems = [FieldProblem("reporting_currency", str(error))]
        self.errors.setText("\n".join(as_sentence(problem.message) for problem in problems))
        self.errors.setVisible(bool(problems))
        return not problems


# How each language names itself, so a rep finds their own whatever the window speaks.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "中文（简体）", "ko_KR": "한국어"}


class LanguageSection(QGroupBox):
    """The language of the window, the command line and new databases (this computer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(_CONTEXT, "Language (this computer)"), parent)
        self.setObjectName("preferencesLanguage")
        self.choice = QComboBox()
        self.choice.setObjectName("preferencesLanguageChoice")
        system = LANGUAGE_NAMES[language.system_language()]
        self.choice.addItem(tr(_CONTEXT, "As the system (%1)", system), None)
        for code, name in LANGUAGE_NAMES.items():
            self.choice.addItem(name, code)
        self.stored = language.saved_language()
        self.choice.setCurrentIndex(max(0, self.choice.findData(self.stored)))
        self.note = plain_label(
            tr(
                _CONTEXT,
                "Takes effect the next time SalesDesk starts. A database created in a "
                "language keeps its stage names, questions and checklists in that language.",
            )
        )
        self.note.setObjectName("preferencesLanguageNote")
        self.note.setMinimumWidth(NOTE_WIDTH)
        form = QFormLayout(self)
        label = QLabel(tr(_CONTEXT, "&Language:"))
        label.setBuddy(self.choice)
        form.addRow(label, self.choice)
        form.addRow("", self.note)

    def save(self) -> bool:
        wanted = self.choice.currentData()
        if wanted != self.stored:
            language.save_language(wanted)
            self.stored = wanted
        return True


class PreferencesDialog(QDialog):
    """The rep's preferences, one group per section; Save stores every section."""

    def __init__(self, flow: ChangeFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr(_CONTEXT, "Preferences"))
        self.setMinimumWidth(520)
        self.money = MoneySection(flow, self)
        self.language = LanguageSection(self)
        self.sections: list[Section] = [self.money, self.language]
        layout = QVBoxLayout(self)
        layout.addWidget(self.money)
        layout.addWidget(self.language)
        layout.addStretch(1)
        layout.addWidget(save_cancel_buttons(self.submit, self.reject))

    def submit(self) -> bool:
        """Save every section; stay open showing the problems of one that cannot be saved."""
        if not all(section.save() for section in self.sections):
            return False
        self.accept()
        return True
