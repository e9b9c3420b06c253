"""The company details form (identity, address and contact, bank and registration, logo) and a letterhead preview,
shared by the New company dialog and the Company set-up page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel import Locale
from babel.dates import get_month_names
from babel.numbers import get_territory_currencies
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ardesk.errors import ValidationError
from ardesk.i18n import babel_locale
from ardesk.reports.texts import text as document_text
from ardesk.views.customers.dialogs import CURRENCIES
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

#: The engine refuses larger logos (services.setup._company_details); said here before reading the file.
MAX_LOGO_BYTES = 2_000_000
#: The details set_details takes that are plain one-line texts (empty = none).
TEXT_FIELDS = ("name", "phone", "email", "website", "coc_number", "vat_number", "iban", "bic")


def is_image(data: bytes) -> bool:
    """PNG or JPEG, by the file's signature (what the engine and the PDF writer accept)."""
    return data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")


def countries(language: str) -> list[tuple[str, str]]:
    """(ISO code, name in the UI language): the Netherlands first, then the rest by name."""
    names = Locale.parse(babel_locale(language)).territories
    rows = [(str(code), str(name)) for code, name in names.items() if len(str(code)) == 2 and str(code).isalpha()]
    rows.sort(key=lambda row: row[1].casefold())
    return [row for row in rows if row[0] == "NL"] + [row for row in rows if row[0] != "NL"]


def months(language: str) -> list[tuple[str, str]]:
    """("1", "January") ... ("12", "December") in the UI language, capitalised as a menu item."""
    names = get_month_names("wide", locale=babel_locale(language))
    return [(str(m), str(names[m])[:1].upper() + str(names[m])[1:]) for m in range(1, 13)]


def country_currency(country: str | None) -> str | None:
    """The legal tender of a country today (EUR for NL), None when Babel knows none."""
    if not country:
        return None
    found = get_territory_currencies(country, dt.date.today(), tender=True)
    return found[0] if found else None


class CompanyForm(QWidget):
    """Every detail of the company in three groups and a logo; values() is what set_details takes.
    new=True adds the company code and currency (fixed once the company exists); short=True arranges the
    groups in two columns of about equal height."""

    #: Emitted when anything the letterhead prints changes (the preview follows it).
    edited = Signal()

    def __init__(self, language: str, *, new: bool, short: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.logo: bytes | None = None
        self.errors = FieldErrors(error_label())
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("for example ACME"))
        self.code.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("legal name, as on invoices"))
        country_items: list[tuple[str | None, str]] = list(countries(language))
        if not new:
            country_items.append((None, self.tr("(not set)")))
        self.country = CodeCombo(country_items, "NL")
        # Sized for an ordinary name, not the longest one Babel knows ("South Georgia & South Sandwich Islands").
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country.setMinimumContentsLength(14)
        self.language = CodeCombo([("nl", self.tr("Dutch")), ("en", self.tr("English"))], language)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText("EUR")
        self.fixed = plain_label("")  # code and currency of an existing company, read-only
        self.fiscal_year_start = CodeCombo(list(months(language)), "1")
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode  TOWN"))
        self.address.setFixedHeight(74)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.coc_number = QLineEdit()
        self.coc_number.setPlaceholderText(self.tr("Chamber of Commerce, 8 digits"))
        self.vat_number = QLineEdit()
        self.vat_number.setPlaceholderText(self.tr("for example NL123456789B01"))
        self.iban = QLineEdit()
        self.iban.setPlaceholderText(self.tr("for example NL91 ABNA 0417 1643 00"))
        self.bic = QLineEdit()
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(180, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_logo_button = QPushButton(self.tr("Choose..."))
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        #: What a new company gets for the chosen country (dialog only).
        self.country_hint = plain_label("", "muted")
        self.country_hint.setWordWrap(True)

        company = self._group(self.tr("Company"))
        if new:
            self.errors.add_row(company, self.tr("Company code"), self.code, "code")
        else:
            company.addRow(self.tr("Code and currency"), self.fixed)
        self.errors.add_row(company, self.tr("Name"), self.name, "name")
        self.errors.add_row(company, self.tr("Country"), self.country, "country")
        self.errors.add_row(company, self.tr("Language of documents"), self.language, "language")
        if new:
            self.errors.add_row(company, self.tr("Currency"), self.currency, "currency")
        self.errors.add_row(company, self.tr("Fiscal year starts in"), self.fiscal_year_start, "fiscal_year_start")
        contact = self._group(self.tr("Address and contact"))
        self.errors.add_row(contact, self.tr("Address"), self.address, "address")
        self.errors.add_row(contact, self.tr("Phone"), self.phone, "phone")
        self.errors.add_row(contact, self.tr("E-mail"), self.email, "email")
        self.errors.add_row(contact, self.tr("Website"), self.website, "website")
        bank = self._group(self.tr("Bank and registration"))
        self.errors.add_row(bank, self.tr("KvK number"), self.coc_number, "coc_number")
        self.errors.add_row(bank, self.tr("VAT number"), self.vat_number, "vat_number")
        self.errors.add_row(bank, self.tr("IBAN"), self.iban, "iban")
        self.errors.add_row(bank, self.tr("BIC"), self.bic, "bic")
        logo = self._group(self.tr("Logo"))
        self.errors.add_row(logo, self.tr("Image (PNG or JPEG)"), logo_box, "logo")

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        layout = ((left, (company, contact)), (right, (bank, logo)))
        if short:  # the columns' heights evened out: the page keeps room for the letterhead preview
            layout = ((left, (company, bank)), (right, (contact, logo)))
        for column, groups in layout:
            _align_labels(groups)
            for form in groups:
                column.addWidget(form.parentWidget())
            column.addStretch(1)
            columns.addLayout(column, 1)
        if new:  # what the country brings, beside the fields (a wrapped label is cut short inside a form row)
            starts = QGroupBox(self.tr("What the new company gets"), self)
            QVBoxLayout(starts).addWidget(self.country_hint)
            right.insertWidget(right.count() - 1, starts)

        self._previous_country: str | None = "NL"
        self.country.currentIndexChanged.connect(self._country_changed)
        for line in (self.name, self.phone, self.email, self.website, self.coc_number, self.vat_number, self.iban):
            line.textChanged.connect(self.edited)
        self.bic.textChanged.connect(self.edited)
        self.address.textChanged.connect(self.edited)
        self.language.currentIndexChanged.connect(self.edited)
        self._country_changed()
        self.set_logo(None)
        self.errors.clear()

    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)  # owned by the form, so it lives until its layout takes it
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        return form

    # --- country ----------------------------------------------------------------------------------
    def _country_changed(self) -> None:
        country = self.country.code()
        # Follow the country's currency unless the user chose another one.
        old = country_currency(self._previous_country)
        new = country_currency(country)
        if self.new and new and self.currency.currentText().strip().upper() in ("", old):
            self.currency.setCurrentText(new)
        self._previous_country = country
        if country == "NL":
            self.country_hint.setText(
                self.tr(
                    "Ready to invoice in the Netherlands: VAT codes for 21%, 9%, 0%, exempt, "
                    "reverse charge (btw verlegd) and intra-EU supplies, and terms of payment of 14 and 30 days net."
                )
            )
        else:
            self.country_hint.setText(
                self.tr(
                    "Terms of payment of 14 and 30 days net and one 0% VAT code; add your country's VAT "
                    "rates under Set up > Sales tax."
                )
            )

    # --- logo -------------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg);;All files (*)")
        )
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> bool:
        """Take the image at path as the logo; a file that is not PNG or JPEG (or too large) is refused
        with a message beside the logo and the logo stays as it was."""
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:
                raise ValidationError("logo", self.tr("The logo must be smaller than 2 MB."))
            data = path.read_bytes()
        except OSError as exc:
            # shows-exception-text: the system's reason the file cannot be read
            self.errors.show(ValidationError("logo", exc.strerror or str(exc)))
            return False
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        pixmap = QPixmap()
        if not is_image(data) or not pixmap.loadFromData(data):
            self.errors.show(ValidationError("logo", self.tr("This file is not a PNG or JPEG image.")))
            return False
        self.errors.clear()
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.width() - 12,
                    self.logo_preview.height() - 12,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(data is not None)
        self.edited.emit()

    # --- values -----------------------------------------------------------------------------------
    def set_values(self, details: dict[str, object]) -> None:
        """Show the company's details (Company.details())."""
        for key in TEXT_FIELDS:
            widget: QLineEdit = getattr(self, key)
            value = details.get(key)
            widget.setText("" if value is None else str(value))
        if details.get("iban"):
            self.iban.setText(group_iban(str(details["iban"])))
        address = details.get("address")
        self.address.setPlainText("" if address is None else str(address))
        country = details.get("country")
        self.country.set_code(country if isinstance(country, str) else None)
        self._previous_country = self.country.code()
        language = details.get("language")
        self.language.set_code(language if isinstance(language, str) else "en")
        self.fiscal_year_start.set_code(str(details.get("fiscal_year_start") or 1))
        self.fixed.setText(f"{details.get('code', '')}  ·  {details.get('currency', '')}")
        logo = details.get("logo")
        self.set_logo(logo if isinstance(logo, bytes) else None)
        self.errors.clear()

    def values(self) -> dict[str, object]:
        """The details as set_details (and create_company's **details) take them; empty texts are None."""
        out: dict[str, object] = {}
        for key in TEXT_FIELDS:
            text = getattr(self, key).text().strip()
            out[key] = text or None
        out["name"] = self.name.text().strip()
        out["address"] = self.address.toPlainText().strip() or None
        out["country"] = self.country.code()
        out["language"] = self.language.code()
        out["fiscal_year_start"] = int(self.fiscal_year_start.code() or "1")
        out["logo"] = self.logo
        return out

    def currency_code(self) -> str:
        return self.currency.currentText().strip().upper()


def _align_labels(forms: tuple[QFormLayout, ...]) -> None:
    """One label width for the forms of a column, so their fields start at the same x."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and item.widget() is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def group_iban(iban: str) -> str:
    """NL91ABNA0417164300 -> NL91 ABNA 0417 1643 00 (how it prints; the engine takes either form)."""
    compact = iban.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class LetterheadPreview(QWidget):
    """The top and the footer of an A4 page as the documents print them (reports.styles): the logo or the
    name at the top left, address and contacts at the top right, the name, address, KvK, VAT and bank
    details in the footer. Drawn by Qt, so it follows the form as the user types."""

    def __init__(self, form: CompanyForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        form.edited.connect(self.update)

    def footer_lines(self) -> tuple[str, str]:
        """The two footer lines, as reports.styles.footer_lines writes them."""
        v = self.form.values()
        language = str(v.get("language") or "en")
        address = str(v.get("address") or "").splitlines()
        first = " · ".join([str(v.get("name") or ""), *address])
        parts = [
            f"{document_text('coc', language)} {v['coc_number']}" if v.get("coc_number") else "",
            f"{document_text('vat_number', language)} {v['vat_number']}" if v.get("vat_number") else "",
            f"IBAN {group_iban(str(v['iban']))}" if v.get("iban") else "",
            f"BIC {v['bic']}" if v.get("bic") else "",
        ]
        return first, " · ".join(p for p in parts if p)

    def paintEvent(self, event: QPaintEvent) -> None:
        v = self.form.values()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#eef1f5"))  # the desk the white sheet lies on
        # Two bands of the A4 sheet at one scale, the body in between left out: 7 to 47 mm from the top (the
        # letterhead starts at 15 mm) and 22 to 6 mm from the bottom (the footer). Margins as reports.styles:
        # 25 mm left, 20 mm right.
        top_band, bottom_band, gap = 40.0, 16.0, 14.0
        mm = min((self.width() - 16) / 210.0, (self.height() - 16 - gap) / (top_band + bottom_band))
        width = 210 * mm
        x0 = (self.width() - width) / 2
        head = QRectF(x0, 8, width, top_band * mm)
        foot = QRectF(x0, head.bottom() + gap, width, bottom_band * mm)
        for band in (head, foot):
            painter.fillRect(band.translated(2, 2), QColor("#d0d5dd"))
            painter.fillRect(band, QColor("white"))
        painter.setPen(QPen(QColor("#98a2b3"), 1, Qt.PenStyle.DotLine))
        middle = head.bottom() + gap / 2
        painter.drawLine(int(x0 + 20), int(middle), int(x0 + width - 20), int(middle))
        left, right = x0 + 25 * mm, x0 + width - 20 * mm
        top = head.top() + (15 - 7) * mm
        accent, muted, rule = QColor("#1f4e79"), QColor("#5f6b7a"), QColor("#c9d1db")
        name = str(v.get("name") or "")
        right_lines = [*str(v.get("address") or "").splitlines(), v.get("phone"), v.get("email"), v.get("website")]
        pixmap = QPixmap()
        if self.form.logo is not None and pixmap.loadFromData(self.form.logo):
            scale = min(55 * mm / pixmap.width(), 20 * mm / pixmap.height())
            target = QRectF(left, top, pixmap.width() * scale, pixmap.height() * scale)
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            right_lines.insert(0, name)
        else:
            painter.setPen(accent)
            painter.setFont(_font(15 * PT * mm, bold=True))
            flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(QRectF(left, top, 95 * mm, 22 * mm), flags, name)
        painter.setFont(_font(8 * PT * mm))
        line_height = 8 * PT * mm * 1.3
        y = top
        for i, line in enumerate(right_lines):
            if line:
                painter.setPen(accent if i == 0 and self.form.logo is not None else muted)
                box = QRectF(right - 70 * mm, y, 70 * mm, line_height)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), str(line))
                y += line_height
        footer_top = foot.top() + 4 * mm
        painter.setPen(QPen(rule, 1))
        painter.drawLine(int(left), int(footer_top), int(right), int(footer_top))
        painter.setPen(muted)
        painter.setFont(_font(7 * PT * mm))
        small = 7 * PT * mm * 1.35
        for i, line in enumerate(self.footer_lines()):
            box = QRectF(left, footer_top + 1.4 * mm + i * small, right - left - 25 * mm, small)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), line)
        painter.end()


#: One typographic point in millimetres (1/72 inch).
PT = 25.4 / 72


def _font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(round(pixels), 5))
    font.setBold(bold)
    return font
