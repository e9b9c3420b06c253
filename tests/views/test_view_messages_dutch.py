"""Windows show the engine's refusals in the UI language (i18n.message_text / field_message), never str(exc)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import ardesk.views
from ardesk.api import Mark
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.settle_model import COLUMNS
from ardesk.views.setup.pages import SalesTaxPage
from tests.helpers import snapshot

VIEWS = Path(ardesk.views.__file__).resolve().parent

#: A line (or the line above it) carrying this comment may show an exception's own text: one that is not
#: an engine message (an OSError's reason from the system, Qt's RuntimeError).
ALLOWED = "shows-exception-text:"


def _exception_names(tree: ast.AST) -> set[str]:
    """Names bound to exceptions: `except ... as exc` and parameters annotated as an error."""
    names = {"exc", "error", "err"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        if isinstance(node, ast.arg) and node.annotation is not None:
            annotation = ast.unparse(node.annotation)
            if "Error" in annotation or "Exception" in annotation:
                names.add(node.arg)
    return names


def _raw_exception_texts(path: Path) -> list[str]:
    """Where a view turns an exception into text itself: str(exc), exc.message, exc.args[0], f"{exc}"."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    names = _exception_names(tree)

    def is_exc(node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id in names

    found = []
    for node in ast.walk(tree):
        bad = (
            (isinstance(node, ast.Call) and ast.unparse(node.func) == "str" and any(is_exc(a) for a in node.args))
            or (isinstance(node, ast.Attribute) and node.attr in ("message", "args") and is_exc(node.value))
            or (isinstance(node, ast.FormattedValue) and is_exc(node.value))
        )
        if not bad:
            continue
        line = node.lineno  # type: ignore[attr-defined]
        if ALLOWED in lines[line - 1] or (line > 1 and ALLOWED in lines[line - 2]):
            continue
        found.append(f"{path.relative_to(VIEWS).as_posix()}:{line}: {lines[line - 1].strip()}")
    return found


def test_the_scan_finds_raw_exception_text(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(self, problem: ValueError):\n"
        "    try:\n"
        "        pass\n"
        "    except ArdeskError as e:\n"
        "        show(str(e))\n"
        "        show(e.message)\n"
        "        show(f'{e}')\n"
        "        show(problem.args[0])\n"
        "        show(str(e))  # shows-exception-text: a reason\n"
        "        show(message_text(e, self.ctx.language))\n",
        encoding="utf-8",
    )
    sample_views = tmp_path
    found = [line.split(": ", 1)[1] for line in _raw_exception_texts_in(sample, sample_views)]
    assert found == ["show(str(e))", "show(e.message)", "show(f'{e}')", "show(problem.args[0])"]


def _raw_exception_texts_in(path: Path, root: Path) -> list[str]:
    global VIEWS
    saved, VIEWS = VIEWS, root
    try:
        return sorted(_raw_exception_texts(path), key=lambda s: int(s.split(":")[1]))
    finally:
        VIEWS = saved


def test_no_window_shows_an_exception_as_english_text() -> None:
    found = [hit for path in sorted(VIEWS.rglob("*.py")) for hit in _raw_exception_texts(path)]
    assert not found, (
        "show engine errors with i18n.message_text(exc, self.ctx.language) or field_message(...), or mark a "
        f"non-engine error with '# {ALLOWED} <why>':\n" + "\n".join(found)
    )


def test_views_raise_their_own_refusals_translated() -> None:
    """A view's own ValidationError carries self.tr(...) text (or an engine template passed on), not English."""
    found = []
    for path in sorted(VIEWS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            index = {"ValidationError": 1, "NotFoundError": 1, "ArdeskError": 0, "ImmutableError": 0}.get(str(name))
            if index is None or len(node.args) <= index:
                continue
            message = node.args[index]
            if isinstance(message, ast.JoinedStr) or (isinstance(message, ast.Constant) and message.value):
                found.append(f"{path.relative_to(VIEWS).as_posix()}:{node.lineno}: {ast.unparse(message)[:60]}")
    assert not found, "translate with self.tr / QCoreApplication.translate:\n" + "\n".join(found)


# --- the Dutch GUI -----------------------------------------------------------------------------------------


@pytest.fixture
def dutch_ctx(ctx, dutch):
    ctx.language, ctx.locale = "nl", "nl_NL"
    return ctx


@pytest.mark.gui
def test_the_settle_window_explains_a_mark_conflict_in_dutch(dutch_ctx, qtbot, demo_books):
    journal = dutch_ctx.company.create_payment_journal("Bankafschrift 12")
    dutch_ctx.company.add_payment_line(journal, "10010", dt.date(2026, 11, 20), marks=[Mark("INV-000010")])
    before = snapshot(demo_books)
    dialog = SettleDialog(dutch_ctx, customer="10010", date=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.model.set_marked("INV-000010", True)
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        dialog.preview_now()
    text = dialog.message.text()
    assert f"INV-000010 is gemarkeerd in betalingsjournaal {journal}, regel 1, dat nog niet geboekt is" in text
    dialog.post_payment()
    assert "is gemarkeerd in betalingsjournaal" in dialog.message.text() and dialog.result_text == ""
    assert snapshot(demo_books) == before


@pytest.mark.gui
def test_an_unreadable_amount_to_settle_is_refused_in_dutch(dutch_ctx, qtbot):
    dialog = SettleDialog(dutch_ctx, customer="10280", date=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    index = dialog.model.index(0, COLUMNS.index("amount_to_settle"))
    assert not dialog.model.setData(index, "12,50,0", Qt.ItemDataRole.EditRole)
    assert dialog.message.text().endswith(": '12,50,0' is geen bedrag; typ het als 1.234,56")
    assert dialog.model.marks() == []


@pytest.mark.gui
def test_deleting_a_tax_code_in_use_is_refused_in_dutch_words(dutch_ctx, qtbot, wait_loaded, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    page = SalesTaxPage(dutch_ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(page)
    row = next(i for i, r in enumerate(page.model.rows()) if r.code == "BTW21")
    page.view.setCurrentIndex(page.model.index(row, 0))
    uses = dutch_ctx.company.code_uses("sales_tax", "BTW21")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert shown[0].startswith("BTW21 is in gebruik (") and shown[0].endswith("); deactiveer hem in plaats daarvan")
    assert f"klanten ({uses['customer']})" in shown[0] and f"factuurregels ({uses['invoice_line']})" in shown[0]
    assert "customer" not in shown[0] and "invoice" not in shown[0]
    assert "BTW21" in {t.code for t in dutch_ctx.company.sales_taxes()}
