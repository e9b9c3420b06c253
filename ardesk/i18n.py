"""Languages: Babel formatting of amounts and dates per UI locale, and loading the Qt translations."""

from __future__ import annotations

import datetime as dt
import os
import string
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from ardesk.errors import ArdeskError, Tally, Term, ValidationError
from ardesk.messages_nl import DUTCH
from ardesk.money import currency_places

if TYPE_CHECKING:  # Qt stays out of the import path of services and reports that format amounts
    from PySide6.QtCore import QCoreApplication, QTranslator

#: UI languages and the Babel locale used for numbers and dates in each.
LANGUAGES = {"en": "en_GB", "nl": "nl_NL"}


def resources_dir() -> Path:
    """The resources folder: beside the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def babel_locale(language: str) -> str:
    """The Babel locale of a UI language ("nl" -> "nl_NL"); unknown languages get English."""
    return LANGUAGES.get(language, LANGUAGES["en"])


def system_language() -> str:
    """ "nl" when the system locale is Dutch, else "en" (Qt reads LANG/LC_* on Unix, the user
    settings on Windows and macOS)."""
    try:
        from PySide6.QtCore import QLocale

        name = QLocale.system().name()
    except ImportError:  # pragma: no cover - Qt is always there for the GUI
        name = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "nl" if name.lower().startswith("nl") else "en"


def format_amount(value: Decimal | None, currency: str, locale: str, *, symbol: bool = False) -> str:
    """An amount with the currency's decimals and the locale's separators: nl "-1.234,50", en "-1,234.50".

    symbol=True adds the currency sign as the locale places it ("€ -1.234,50", "-€1,234.50")."""
    if value is None:
        return ""
    places = currency_places(currency)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    text = format_decimal(value, format=pattern, locale=locale, decimal_quantization=True)
    if not symbol:
        return text
    return format_currency(value, currency, locale=locale)


def format_date(value: dt.date | None, locale: str) -> str:
    """A date in the locale's short form with a four-digit year: nl 05-01-2027, en 05/01/2027."""
    return "" if value is None else _babel_date(value, format="short", locale=locale)


def format_percent(value: Decimal | None, locale: str) -> str:
    """A percentage given as Decimal("2.5") -> "2,5 %" (nl) / "2.5%" (en), without needless zeros."""
    if value is None:
        return ""
    number = format_decimal(value.normalize() if value == value.to_integral() else value, locale=locale)
    return f"{number}\u00a0%" if locale.startswith("nl") else f"{number}%"


def parse_amount(text: str, locale: str, *, field: str = "amount") -> Decimal | None:
    """What a user typed as an amount, read per locale; "" -> None. Never goes through float.

    Strict: in Dutch "1234.56" is refused rather than read as 123456."""
    cleaned = text.replace("\u00a0", " ").strip()
    for sign in ("€", "$", "£", "EUR", "GBP", "USD"):
        cleaned = cleaned.replace(sign, "")
    cleaned = cleaned.replace(" ", "")
    if not cleaned:
        return None
    try:
        return parse_decimal(cleaned, locale=locale, strict=True)
    except NumberFormatError:
        example = format_amount(Decimal("1234.56"), "EUR", locale)
        raise ValidationError(
            field,
            "{value!r} is not an amount; type it like {example}",
            value=text.strip(),
            example=example,
        ) from None


# --- engine messages in the UI language -----------------------------------------------------------


class _LocaleFormatter(string.Formatter):
    """str.format with the values of a message rendered per locale: amounts with the locale's
    separators (digits as given), dates in the locale's medium form, lists joined with ", ", a Term
    in the language ("credit note" -> "creditnota"), a Tally as "klanten (3)"."""

    def __init__(self, locale: str, language: str = "en") -> None:
        self.locale = locale
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, Term):
            text = DUTCH.get(value, value) if self.language == "nl" else value
            return super().format_field(str(text), format_spec)
        if isinstance(value, Tally):
            return f"{self.format_field(value.term, '')} ({value.count})"
        if isinstance(value, Decimal) and value.is_finite():
            if format_spec:  # the English rendering ("1,234.50"), then the locale's separators
                text = format(value, format_spec)
                decimal, group = get_decimal_symbol(self.locale), get_group_symbol(self.locale)
                return "".join(decimal if ch == "." else group if ch == "," else ch for ch in text)
            exponent = value.as_tuple().exponent
            places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
            pattern = "#,##0" + ("." + "0" * places if places else "")
            return format_decimal(value, format=pattern, locale=self.locale, decimal_quantization=True)
        if isinstance(value, dt.datetime):
            return _babel_datetime(value, format="medium", locale=self.locale)
        if isinstance(value, dt.date):
            if format_spec in ("%B %Y", "%b %Y"):
                return _babel_date(value, format="MMMM y" if format_spec == "%B %Y" else "MMM y", locale=self.locale)
            if format_spec:  # numeric strftime forms ("%Y-%m") read the same everywhere
                return format(value, format_spec)
            return _babel_date(value, format="medium", locale=self.locale)
        if isinstance(value, list | tuple):
            return ", ".join(self.format_field(item, "") for item in value)
        return super().format_field(value, format_spec)


def message_text(exc: BaseException, language: str) -> str:
    """What an exception says in the UI language: an ArdeskError's template in that language
    (ardesk.messages_nl; English when there is no translation) with its values formatted for the
    locale, "field: message" for a ValidationError; any other exception as str(exc)."""
    if not isinstance(exc, ArdeskError):
        return str(exc)
    text = field_message(exc, language)
    return f"{exc.field}: {text}" if isinstance(exc, ValidationError) else text


def field_message(exc: BaseException, language: str) -> str:
    """The message alone, without the "field: " prefix of a ValidationError (shown beside the field)."""
    if not isinstance(exc, ArdeskError):
        return str(exc)
    template = exc.template
    if language == "nl":
        template = DUTCH.get(template, template)
    if not exc.params:  # a template without values is the text itself (braces and all)
        return template
    try:
        return _LocaleFormatter(babel_locale(language), language).format(template, **exc.params)
    except (KeyError, IndexError, ValueError):  # a translation that does not fit its values
        return exc.message


# --- Qt translations ------------------------------------------------------------------------------


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ardesk's translation for the language, and Qt's own for the standard buttons.

    English is the source language; its file holds only the plural forms ("1 customer"). Returns
    the translators, so a caller (a test) can remove them again with remove_translators."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    english = language == "en"
    QLocale.setDefault(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if english else QLocale(language)
    )
    installed = []
    own = QTranslator(app)
    if own.load(f"ardesk_{language}", str(resources_dir() / "i18n")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    if not english and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
