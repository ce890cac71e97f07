"""The dialog that edits a customer's contact details; refused fields say why, inline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from salesdesk.core.errors import FieldProblem
from salesdesk.core.models import ContactChannel, Tier
from salesdesk.core.operations.customer_editing import ContactFields
from salesdesk.ui.formatting import date_format, tr
from salesdesk.ui.widgets.entry_dialog import EntryDialog

_CONTEXT = "ContactDialog"
SaveContact = Callable[[ContactFields], Sequence[FieldProblem]]


def _lines(box: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in box.toPlainText().splitlines() if line.strip())


class ContactDialog(EntryDialog):
    """Edit name, company, position, tier, e-mails, phones, address, birthday, channel, notes."""

    def __init__(
        self,
        fields: ContactFields,
        companies: Sequence[str],
        save: SaveContact,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            tr(_CONTEXT, "Edit Contact Details"),
            "contactDialog",
            None,
            parent,
            error_prefix="contactError",
        )
        self.setMinimumWidth(520)
        self._save = save
        self.name = QLineEdit(fields.name)
        self.company = QLineEdit(fields.company)
        completer = QCompleter(list(companies), self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.company.setCompleter(completer)
        self.position = QLineEdit(fields.position)
        self.tier = QComboBox()
        for tier in Tier:
            self.tier.addItem(tr(_CONTEXT, "Tier %1", tier.value), tier.value)
        self.tier.setCurrentIndex(self.tier.findData(fields.tier.value))
        self.emails = QPlainTextEdit("\n".join(fields.emails))
        self.phones = QPlainTextEdit("\n".join(fields.phones))
        for box in (self.emails, self.phones):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        self.street = QLineEdit(fields.street)
        self.postal_code = QLineEdit(fields.postal_code)
        self.city = QLineEdit(fields.city)
        self.country = QLineEdit(fields.country)
        self.coordinates = QLineEdit(fields.coordinates)
        self.coordinates.setPlaceholderText(
            tr(_CONTEXT, "latitude, longitude, e.g. 40.4168, -3.7038")
        )
        self.coordinates.setToolTip(
            tr(_CONTEXT, "Where the address is: the day's route then measures the distance")
        )
        self.has_birthday = QCheckBox(tr(_CONTEXT, "Known"))
        self.birthday = QDateEdit()
        self.birthday.setCalendarPopup(True)
        self.birthday.setDisplayFormat(date_format())
        born = fields.birthday or date(today.year - 40, 1, 1)
        self.birthday.setDate(QDate(born.year, born.month, born.day))
        # A birthday imported without its year ("--0415") keeps the year unknown until set.
        self.year_known = QCheckBox(tr(_CONTEXT, "Year known"))
        self.year_known.setObjectName("contact-year_known")
        self.year_known.setChecked(fields.birthday_year_known)
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        self.has_birthday.toggled.connect(self.year_known.setEnabled)
        self.has_birthday.setChecked(fields.birthday is not None)
        self.birthday.setEnabled(fields.birthday is not None)
        self.year_known.setEnabled(fields.birthday is not None)
        self.channel = QComboBox()
        self.channel.addItem(tr(_CONTEXT, "No preference"), None)
        for channel in ContactChannel:
            self.channel.addItem(channel.value.capitalize(), channel.value)
        if fields.preferred_channel is not None:
            self.channel.setCurrentIndex(self.channel.findData(fields.preferred_channel.value))
        self.notes = QPlainTextEdit(fields.notes)
        self.notes.setTabChangesFocus(True)
        for name, widget in vars(self).copy().items():
            if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox):
                widget.setObjectName(f"contact-{name}")
        self._layout_form()

    def _layout_form(self) -> None:
        birthday = QWidget()
        row = QHBoxLayout(birthday)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_birthday)
        row.addWidget(self.birthday, 1)
        row.addWidget(self.year_known)
        place = QWidget()
        row = QHBoxLayout(place)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.postal_code, 1)
        row.addWidget(self.city, 3)
        rows = [
            ("&Name:", "name", self.name),
            ("Co&mpany:", "company", self.company),
            ("&Position:", "position", self.position),
            ("&Tier:", "tier", self.tier),
            ("&E-mails (one per line):", "emails", self.emails),
            ("P&hones (one per line):", "phones", self.phones),
            ("&Street:", "street", self.street),
            ("Postal code, cit&y:", "postal_code", place),
            ("Co&untry:", "country", self.country),
            ("Coordin&ates:", "coordinates", self.coordinates),
            ("&Birthday:", "birthday", birthday),
            ("Prefers:", "preferred_channel", self.channel),
            ("N&otes:", "notes", self.notes),
        ]
        buddies = {"postal_code": self.postal_code, "birthday": self.has_birthday}
        for title, field, widget in rows:
            self.add_row(title, field, widget, buddies.get(field))
        self.errors["city"] = self.errors["postal_code"]
        self.finish(self.submit)

    def entered(self) -> ContactFields:
        """Return the fields as entered."""
        picked = self.birthday.date()
        channel = self.channel.currentData()
        return ContactFields(
            name=self.name.text(),
            company=self.company.text(),
            position=self.position.text(),
            tier=Tier(self.tier.currentData()),
            emails=_lines(self.emails),
            phones=_lines(self.phones),
            street=self.street.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.text(),
            birthday=date(picked.year(), picked.month(), picked.day())
            if self.has_birthday.isChecked()
            else None,
            preferred_channel=ContactChannel(channel) if channel else None,
            notes=self.notes.toPlainText(),
            birthday_year_known=self.year_known.isChecked(),
            coordinates=self.coordinates.text(),
        )

    def submit(self) -> bool:
        """Save; close when saved, else show each problem under its field."""
        return self.show_problems(self._save(self.entered()))
