"""Languages: Babel formatting of amounts and dates per UI locale, and loading the Qt translations."""

from __future__ import annotations

import datetime as dt
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_date as _babel_date
from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal

from ardesk.errors import ValidationError
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
        raise ValidationError(field, f"{text.strip()!r} is not an amount; type it like {example}") from None


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
