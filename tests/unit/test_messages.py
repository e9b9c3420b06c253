"""Every message the engine raises is a translatable template with a Dutch text (ardesk.messages_nl)."""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import string
from decimal import Decimal
from pathlib import Path

import pytest

import ardesk.errors as errors
from ardesk.errors import (
    CONCURRENCY_SUFFIX,
    ArdeskError,
    ConcurrencyError,
    Listing,
    NotFoundError,
    Tally,
    Term,
    ValidationError,
)
from ardesk.i18n import field_message, message_text
from ardesk.messages_nl import DUTCH

PACKAGE = Path(errors.__file__).resolve().parent

#: Files still raising English f-strings: other work was in progress in them when the messages were made
#: translatable. The lead empties this list once those files are converted too.
NOT_YET_CONVERTED: set[str] = set()

#: Every ArdeskError subclass, by name (ValidationError, NotFoundError, ConcurrencyError, ...).
ERROR_CLASSES = {
    name: cls
    for name, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, ArdeskError) and cls.__module__ == errors.__name__
}
#: Classes whose message is the second positional argument, after the field.
WITH_FIELD = {name for name, cls in ERROR_CLASSES.items() if issubclass(cls, ValidationError)}


def _engine_files() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] != "views"
        and p.relative_to(PACKAGE).as_posix() not in NOT_YET_CONVERTED
        and p.name != "messages_nl.py"
    )


def _dict_literals(tree: ast.Module) -> dict[str, dict[str, str]]:
    """Module-level dicts whose values are all string literals (tables of templates such as lookup.NOT_FOUND)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            if (
                isinstance(value, ast.Dict)
                and value.values
                and all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in value.values)
            ):
                found[node.targets[0].id] = {
                    ast.unparse(k): v.value  # type: ignore[union-attr]
                    for k, v in zip(value.keys, value.values, strict=True)
                    if k is not None
                }
    return found


def _templates_of(message: ast.expr, tables: dict[str, dict[str, str]]) -> list[str] | None:
    """The templates a message argument can be, or None when it is not statically a template.

    Allowed: a string literal; a table of literals indexed (TABLE[key], TABLE.get(key, "literal"));
    the template of a caught error passed on (exc.template)."""
    if isinstance(message, ast.Constant) and isinstance(message.value, str):
        return [message.value]
    if isinstance(message, ast.Attribute) and message.attr == "template":
        return []
    if isinstance(message, ast.Subscript) and isinstance(message.value, ast.Name) and message.value.id in tables:
        return list(tables[message.value.id].values())
    if (
        isinstance(message, ast.Call)
        and isinstance(message.func, ast.Attribute)
        and message.func.attr == "get"
        and isinstance(message.func.value, ast.Name)
        and message.func.value.id in tables
        and len(message.args) == 2
        and isinstance(message.args[1], ast.Constant)
        and isinstance(message.args[1].value, str)
    ):
        return [*tables[message.func.value.id].values(), message.args[1].value]
    return None


def _raised_templates() -> tuple[dict[str, str], list[str]]:
    """(template -> where it is raised first, the calls whose message is not a template)."""
    used: dict[str, str] = {}
    bad: list[str] = []
    for path in _engine_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tables = _dict_literals(tree)
        where_file = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name is None and isinstance(func, ast.Call) and ast.unparse(func) == "type(exc)":
                name = "ValidationError"  # a ValidationError passed on under another field name
            if name not in ERROR_CLASSES:
                continue
            where = f"{where_file}:{node.lineno}"
            index = 1 if name in WITH_FIELD else 0
            if len(node.args) <= index:
                if name == "ConcurrencyError":
                    used.setdefault("The record" + CONCURRENCY_SUFFIX, where)
                elif index == 0:
                    used.setdefault("", where)  # ArdeskError() without a message
                continue
            templates = _templates_of(node.args[index], tables)
            if templates is None:
                bad.append(f"{where}: {ast.unparse(node.args[index])[:80]}")
                continue
            suffix = CONCURRENCY_SUFFIX if name == "ConcurrencyError" else ""
            for template in templates:
                used.setdefault(template + suffix, where)
    used.pop("", None)
    default = inspect.signature(ConcurrencyError).parameters["what"].default  # raised by ConcurrencyError()
    used.setdefault(default + CONCURRENCY_SUFFIX, "errors.py")
    return used, bad


def _terms() -> tuple[dict[str, str], list[str]]:
    """(Term literal -> where it is written first, the Term(...) calls whose text is not a literal)."""
    used: dict[str, str] = {}
    bad: list[str] = []
    for path in _engine_files():
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Term"):
                continue
            where = f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}"
            if len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                used.setdefault(node.args[0].value, where)
            else:
                bad.append(f"{where}: {ast.unparse(node)[:80]}")
    return used, bad


def _placeholders(template: str) -> list[tuple[str, str, str]]:
    return sorted(
        (field, conversion or "", spec or "")
        for _, field, spec, conversion in string.Formatter().parse(template)
        if field is not None
    )


def test_the_scan_sees_the_engine() -> None:
    used, _ = _raised_templates()
    assert len(used) > 300  # the scan reads services, calls, api, money, db...
    assert "{email!r} is not an e-mail address" in used
    assert "there is no customer {code!r}" in used  # from lookup.NOT_FOUND


def test_every_message_is_a_template_not_built_english() -> None:
    _, bad = _raised_templates()
    assert not bad, "messages built at run time (use a literal template with keyword params):\n" + "\n".join(bad)


def test_every_message_has_a_dutch_text() -> None:
    used, _ = _raised_templates()
    missing = [f"{where}: {template!r}" for template, where in sorted(used.items()) if template not in DUTCH]
    assert not missing, "add these to ardesk/messages_nl.py:\n" + "\n".join(missing)


def test_every_dutch_text_has_the_placeholders_of_its_template() -> None:
    wrong = [
        f"{english!r} -> {dutch!r}"
        for english, dutch in DUTCH.items()
        if _placeholders(english) != _placeholders(dutch) or not dutch.strip() or dutch == english
    ]
    assert not wrong, "\n".join(wrong)


def test_no_stale_dutch_texts() -> None:
    used, _ = _raised_templates()
    terms, _ = _terms()
    assert sorted(set(DUTCH) - set(used) - set(terms)) == []


def test_every_term_is_a_literal_with_a_dutch_text() -> None:
    terms, bad = _terms()
    assert len(terms) > 30 and "customers" in terms
    assert not bad, "write Term('...') literals (keep a table of them for values known at run time):\n" + "\n".join(bad)
    missing = [f"{where}: {term!r}" for term, where in sorted(terms.items()) if term not in DUTCH]
    assert not missing, "add these words to ardesk/messages_nl.py:\n" + "\n".join(missing)


def test_terms_and_tallies_show_in_the_language() -> None:
    in_use = ValidationError(
        "code",
        "{code} is in use ({where}); deactivate it instead",
        code="BTW21",
        where=Listing([Tally(Term("customers"), 3), Tally(Term("invoice lines"), 12)]),
    )
    assert in_use.message == "BTW21 is in use (customers (3), invoice lines (12)); deactivate it instead"
    assert field_message(in_use, "en") == in_use.message
    assert (
        field_message(in_use, "nl")
        == "BTW21 is in gebruik (klanten (3), factuurregels (12)); deactiveer hem in plaats daarvan"
    )
    kind = ValidationError(
        "number", "{text} is a {kind}; unsettle its settlement instead", text="C1", kind=Term("cash discount")
    )
    assert kind.message == "C1 is a cash discount; unsettle its settlement instead"
    assert field_message(kind, "nl") == "C1 is een betalingskorting; maak in plaats daarvan de vereffening ongedaan"
    unknown = ArdeskError("{text} is a {kind}; unsettle its settlement instead", text="C1", kind=Term("a new word"))
    assert field_message(unknown, "nl") == "C1 is een a new word; maak in plaats daarvan de vereffening ongedaan"


def test_allow_list_names_existing_files() -> None:
    for name in NOT_YET_CONVERTED:
        assert (PACKAGE / name).exists(), name


def test_english_text_stays_what_it_was() -> None:
    exc = ValidationError("email", "{email!r} is not an e-mail address", email="a@")
    assert (str(exc), exc.field, exc.message) == ("email: 'a@' is not an e-mail address", "email", exc.message)
    assert exc.template == "{email!r} is not an e-mail address" and exc.params == {"email": "a@"}
    assert isinstance(NotFoundError("x", "there is no customer {code!r}", code="Z"), ValidationError)
    busy = ConcurrencyError("The open balance of {numbers}", numbers="F1")
    assert str(busy) == "The open balance of F1" + CONCURRENCY_SUFFIX and busy.what == "The open balance of F1"
    assert str(ConcurrencyError()) == "The record" + CONCURRENCY_SUFFIX
    plain = ArdeskError("a {brace} without params stays as written")
    assert str(plain) == plain.message == "a {brace} without params stays as written"


def test_dutch_text_formats_amounts_and_dates_for_the_locale() -> None:
    exc = ValidationError(
        "marks[0].amount",
        "{requested} is more than the {open} open on {number}",
        requested=Decimal("1234.50"),
        open=Decimal("1000"),
        number="F2026-0007",
    )
    assert message_text(exc, "nl") == "marks[0].amount: 1.234,50 is meer dan de 1.000 die op F2026-0007 openstaat"
    assert field_message(exc, "nl") == "1.234,50 is meer dan de 1.000 die op F2026-0007 openstaat"
    assert field_message(exc, "en") == "1,234.50 is more than the 1,000 open on F2026-0007"
    closed = ValidationError(
        "date",
        "{date} lies in a closed period ({end:%B %Y}); reopen it or use a later date",
        date=dt.date(2026, 12, 1),
        end=dt.date(2026, 12, 31),
    )
    assert field_message(closed, "nl") == (
        "1 dec 2026 valt in een afgesloten periode (december 2026); heropen die of gebruik een latere datum"
    )
    assert closed.message == "2026-12-01 lies in a closed period (December 2026); reopen it or use a later date"
    limit = ValidationError(
        "customer",
        "this invoice takes {account} to {after:,.2f}, over the credit limit of {limit:,.2f}",
        account="C001",
        after=Decimal("12345.5"),
        limit=Decimal("10000"),
    )
    assert (
        field_message(limit, "nl") == "door deze factuur komt C001 op 12.345,50, boven de kredietlimiet van 10.000,00"
    )
    listed = ValidationError("drafts", "these are not drafts of this company: {ids}", ids=[3, 5])
    assert field_message(listed, "nl") == "dit zijn geen concepten van dit bedrijf: 3, 5"
    assert listed.message == "these are not drafts of this company: [3, 5]"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_other_errors_and_unknown_templates_show_as_they_are(language: str) -> None:
    assert message_text(RuntimeError("disk full"), language) == "disk full"
    typed = ValidationError("customer", "kies een klant {uit} de lijst")  # a view's own (translated) text
    assert field_message(typed, language) == "kies een klant {uit} de lijst"
