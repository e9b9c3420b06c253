"""ardesk.i18n: amounts and dates per locale, and strict reading of typed amounts (no Qt needed)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from ardesk.errors import ValidationError
from ardesk.i18n import babel_locale, format_amount, format_date, format_percent, parse_amount


@pytest.mark.parametrize(
    "value, currency, locale, text",
    [
        (D("-1234.5"), "EUR", "nl_NL", "-1.234,50"),
        (D("-1234.5"), "EUR", "en_GB", "-1,234.50"),
        (D("0"), "GBP", "en_GB", "0.00"),
        (D("1234567.89"), "EUR", "nl_NL", "1.234.567,89"),
    ],
)
def test_format_amount(value, currency, locale, text):
    assert format_amount(value, currency, locale) == text


def test_format_amount_with_symbol_and_empty():
    assert format_amount(D("12.5"), "EUR", "nl_NL", symbol=True) == "€\xa012,50"
    assert format_amount(D("12.5"), "GBP", "en_GB", symbol=True) == "£12.50"
    assert format_amount(None, "EUR", "nl_NL") == ""


def test_dates_and_percentages():
    assert format_date(dt.date(2027, 1, 5), "nl_NL") == "05-01-2027"
    assert format_date(dt.date(2027, 1, 5), "en_GB") == "05/01/2027"
    assert format_date(None, "en_GB") == ""
    assert format_percent(D("21.000000"), "nl_NL") == "21\xa0%"
    assert format_percent(D("2.5"), "en_GB") == "2.5%"
    assert babel_locale("nl") == "nl_NL" and babel_locale("xx") == "en_GB"


@pytest.mark.parametrize(
    "text, locale, value",
    [
        ("1.234,56", "nl_NL", D("1234.56")),
        ("1234,56", "nl_NL", D("1234.56")),
        ("€ 7.500,00", "nl_NL", D("7500.00")),
        ("1,234.56", "en_GB", D("1234.56")),
        ("1234.56", "en_GB", D("1234.56")),
        ("  ", "en_GB", None),
        ("-12,5", "nl_NL", D("-12.5")),
    ],
)
def test_parse_amount(text, locale, value):
    assert parse_amount(text, locale) == value


@pytest.mark.parametrize("text, locale", [("1234.56", "nl_NL"), ("1.234,56", "en_GB"), ("12abc", "en_GB")])
def test_parse_amount_refuses_the_wrong_separators(text, locale):
    with pytest.raises(ValidationError) as err:
        parse_amount(text, locale, field="credit_limit")
    assert err.value.field == "credit_limit"
    assert "type it like" in err.value.message


def test_the_dutch_translation_is_complete_and_compiled(tmp_path):
    import xml.etree.ElementTree as ET

    from ardesk.i18n import resources_dir

    folder = resources_dir() / "i18n"
    root = ET.parse(folder / "ardesk_nl.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150
    unfinished = [m.find("source").text for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    # The committed .qm files are what lrelease makes of the committed .ts files (no stale build).
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    for language in ("nl", "en"):
        fresh = tmp_path / f"{language}.qm"
        subprocess.run(
            [str(lrelease), str(folder / f"ardesk_{language}.ts"), "-qm", str(fresh)], check=True, capture_output=True
        )
        assert fresh.read_bytes() == (folder / f"ardesk_{language}.qm").read_bytes(), language


def test_every_translated_text_is_one_lupdate_finds():
    """lupdate reads self.tr("...") and QCoreApplication.translate("Context", "...") literally: a wrapper such as
    `def _tr(text): return QCoreApplication.translate("X", text)` called with literal texts hides them, and they
    stay English in Dutch (as the bank statement columns did). Such wrappers are not allowed in the views;
    translating a value whose text is registered elsewhere (QT_TRANSLATE_NOOP) is fine."""
    import ast

    from ardesk.i18n import resources_dir

    views = resources_dir().parent / "ardesk" / "views"
    found = []
    for path in sorted(views.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            params = {a.arg for a in node.args.args}
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and len(call.args) >= 2
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id in params
                ):
                    wrappers.add(node.name)
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in wrappers
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                found.append(f"{path.relative_to(views)}:{call.lineno} {call.func.id}({call.args[0].value!r})")
    assert found == []
