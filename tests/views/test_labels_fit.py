"""No label, button, group title, tab or column header is cut off, in English or Dutch, at the default sizes.

The main window is shown at its default size (1280x800, MainWindow.__init__) and every page of
``navigation.PAGES`` is selected and loaded in turn (no page may need a larger window: the window would grow
past its default size); on each, the first row of every list is selected, a customer is chosen in the
transaction views and every tab is visited. Then the main dialogs are opened at their default size, and every
tab of their tab widgets (tabs on tabs too) is visited.
On each, every *visible* widget is measured with its own font (stylesheet fonts included):

* QLabel without word wrap: the widest line of its text (rich text reduced to plain text, "&" mnemonics
  of buddy labels dropped) fits ``contentsRect()`` less the label's margin and indent. A word-wrapped
  QLabel must be as tall as ``heightForWidth(width)``. Labels showing a pixmap or an empty text are skipped.
  No other widget of the label's parent may lie over it (a layout squeezed below its minimum).
* QPushButton, QCheckBox, QRadioButton: the text fits the style's contents rectangle
  (SE_PushButtonContents / SE_CheckBoxContents / SE_RadioButtonContents, padding and indicator excluded),
  less the icon.
* QGroupBox: the title fits the style's title rectangle (SC_GroupBoxLabel, bold stylesheet font included).
* The navigation: every page name fits its row.
* QLineEdit: an empty field's hint (placeholder text) fits its text area (SE_LineEditContents less the text
  margins, Qt's 2 px each side and any visible clear button).
* QTabBar: every tab is at least as wide as its size hint (Qt elides a tab narrower than that).
* QHeaderView (the horizontal header of every visible QTableView / QTreeView): the widest line of every
  visible section's text fits the rectangle the style paints it in (SE_HeaderLabel: the section less the
  stylesheet's padding and border, with the sort indicator when the header shows one; Fusion draws that
  arrow above the text, so it takes no width). The one exception, an intentional ellipsis: a section
  may be narrower only when the model gives the header a tooltip (the full text) AND the user can
  resize it (ResizeMode Interactive).

A failure lists ``where: Class 'text' needs N px, has M px`` for everything that does not fit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QStyleOptionHeader,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import StatementEntry
from ardesk.views.collections.dialogs import ActivityDialog, CreditDialog, ReasonDialog
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.customers.dialogs import CustomerDialog
from ardesk.views.customers.import_dialog import CustomerImportDialog
from ardesk.views.invoicing.editor import InvoiceDialog
from ardesk.views.invoicing.recurring_run import DueDateDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.navigation import PAGES
from ardesk.views.orders.recurring import AssignDialog, EndDialog, TemplateDialog
from ardesk.views.orders.sales_orders import ItemDialog, OrderDialog
from ardesk.views.payments.bank_assign import AssignDialog as BankAssignDialog
from ardesk.views.payments.journal import JournalDialog
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.transactions import TransactionsView
from ardesk.views.period.close import FiscalYearDialog
from ardesk.views.period.close import ReasonDialog as PeriodReasonDialog
from ardesk.views.period.ledger_journal import LedgerJournalDialog
from ardesk.views.setup.accounts import AccountDialog, AccountRolesDialog
from ardesk.views.setup.aging_dialog import AgingDefinitionDialog
from ardesk.views.setup.code_dialogs import (
    CashDiscountDialog,
    ChargeCodeDialog,
    MethodOfPaymentDialog,
    NumberSequenceDialog,
    SalesTaxDialog,
)
from ardesk.views.setup.dialogs import CustomerGroupDialog, TermsDialog
from ardesk.views.setup.exchange_rates import ExchangeRateDialog
from ardesk.views.setup.interest_code_dialog import InterestCodeDialog
from ardesk.views.setup.letter_sequence_dialog import LetterSequenceDialog
from ardesk.views.setup.posting_profile_dialog import PostingProfileDialog
from ardesk.views.setup.profile_collections_dialog import ProfileCollectionsDialog
from ardesk.views.widgets.page import heading_width, make_table

from .conftest import TODAY

pytestmark = pytest.mark.gui


# --- measuring ----------------------------------------------------------------------------------------------
def _plain(text: str, fmt: Qt.TextFormat) -> str:
    """The text a label shows: rich text reduced to its plain text."""
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.splitlines() or [""]), default=0)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def _label(label: QLabel) -> str | None:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    text = _plain(label.text(), label.textFormat())
    if label.buddy() is not None:
        text = _without_mnemonic(text)
    if not text.strip():
        return None
    if label.wordWrap():
        needed, has = label.heightForWidth(label.width()), label.height()
        if needed > has:
            return f"QLabel (wrapped) '{_short(text)}' needs {needed} px high, has {has} px"
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    needed = _widest(label.fontMetrics(), text)
    if needed > room:
        return f"QLabel '{_short(text)}' needs {needed} px, has {room} px"
    return None


def _overlap(label: QLabel) -> str | None:
    """A label another widget of its parent lies over (a layout squeezed below its minimum)."""
    parent = label.parentWidget()
    if parent is None or not label.text().strip():
        return None
    for other in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if other is label or not other.isVisible() or other.isWindow():
            continue
        common = label.geometry().intersected(other.geometry())
        if common.width() > 2 and common.height() > 2:
            name = getattr(other, "text", lambda: "")() or other.objectName() or ""
            return f"QLabel '{_short(label.text())}' lies under {type(other).__name__} '{_short(str(name))}'"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = _without_mnemonic(button.text())
    if not text.strip():
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    element = {
        QPushButton: QStyle.SubElement.SE_PushButtonContents,
        QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
        QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
    }
    kind = next((k for k in element if isinstance(button, k)), None)
    if kind is None:
        return None
    rect = button.style().subElementRect(element[kind], option, button)
    room = rect.width()
    if not button.icon().isNull():
        room -= button.iconSize().width() + 4
    needed = _widest(button.fontMetrics(), text)
    if needed > room:
        return f"{kind.__name__} '{_short(text)}' needs {needed} px, has {room} px"
    return None


def _group(box: QGroupBox) -> str | None:
    text = _without_mnemonic(box.title())
    if not text.strip():
        return None
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    option.text = box.title()
    option.subControls = QStyle.SubControl.SC_GroupBoxLabel
    if box.isCheckable():
        option.subControls |= QStyle.SubControl.SC_GroupBoxCheckBox
    rect = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    # the label rectangle is sized from the title; what counts is whether it lies inside the box
    room = min(rect.right(), box.width() - 1) - rect.left() + 1
    needed = rect.width()
    if needed > room:
        return f"QGroupBox '{_short(text)}' needs {needed} px, has {room} px"
    return None


def _placeholder(edit: QLineEdit) -> str | None:
    """An empty line edit's hint (placeholder) fits the text area: the frame, the stylesheet's padding, the
    text margins, Qt's 2 px each side and the clear button excluded."""
    text = edit.placeholderText()
    if not text.strip() or edit.text():
        return None
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.rect = edit.rect()
    option.lineWidth = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = rect.width() - margins.left() - margins.right() - 4
    for action in edit.actions():  # the clear button and other trailing/leading icons
        for widget in action.associatedObjects():
            if isinstance(widget, QWidget) and widget is not edit and widget.isVisible():
                room -= widget.width()
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > room:
        return f"QLineEdit hint '{_short(text)}' needs {needed} px, has {room} px"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        needed, has = bar.tabSizeHint(i).width(), bar.tabRect(i).width()
        if needed > has:
            problems.append(f"QTabBar tab '{_short(bar.tabText(i))}' needs {needed} px, has {has} px")
    return problems


def header_room(header: QHeaderView, section: int, size: int) -> int:
    """The width the style paints a header section's text into when the section is size px wide."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.section = section
    option.orientation = header.orientation()
    option.rect = QRect(0, 0, size, header.height())
    if header.isSortIndicatorShown():
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    return header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()


def header_text_width(header: QHeaderView, section: int) -> int:
    model = header.model()
    text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    font = model.headerData(section, header.orientation(), Qt.ItemDataRole.FontRole)
    return _widest(QFontMetrics(font) if font is not None else header.fontMetrics(), text)


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text.strip():
            continue
        needed, has = header_text_width(header, section), header_room(header, section, header.sectionSize(section))
        if needed <= has:
            continue
        tooltip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        if tooltip and header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
            continue  # elided on purpose: the tooltip tells, and the user can widen it
        problems.append(f"column header '{_short(text)}' needs {needed} px, has {has} px")
    return problems


def cut_off(root: QWidget, where: str) -> list[str]:
    """Everything visible under root whose text does not fit, as readable lines."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            found = [p for p in [_label(widget), _overlap(widget)] if p]
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            found = [p for p in [_button(widget)] if p]
        elif isinstance(widget, QLineEdit):
            found = [p for p in [_placeholder(widget)] if p]
        elif isinstance(widget, QGroupBox):
            found = [p for p in [_group(widget)] if p]
        elif isinstance(widget, QTabBar):
            found = _tabs(widget)
        elif isinstance(widget, QTableView | QTreeView) and isinstance(widget, QAbstractItemView):
            found = _header(widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header())
        problems += [f"{where}: {p}" for p in found]
    return problems


# --- the window and the dialogs ---------------------------------------------------------------------------
@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "nl":
        request.getfixturevalue("dutch")
    yield request.param


@pytest.fixture
def window(demo_books, runner, qtbot, language) -> MainWindow:
    w = MainWindow(demo_books, demo_books.company("DEMO"), language, runner, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def _settle(window: MainWindow, qtbot) -> None:
    """Let background reads finish and their results arrive, and the layouts settle."""
    qtbot.wait(20)
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=10000)
    qtbot.wait(20)


def _outer_tabs(tabs: QTabWidget, root: QWidget) -> QTabWidget | None:
    """The tab widget (under root) that tabs lies on a tab of, if any."""
    parent = tabs.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QTabWidget):
            return parent
        parent = parent.parentWidget()
    return None


def every_tab(root: QWidget, settle: Callable[[], None], where: str) -> list[str]:
    """Check every tab of every tab widget under root (root included), tabs on tabs too: each tab is made
    current, the layout settles, and what is then visible is measured."""
    problems: list[str] = []

    def visit(tabs: QTabWidget, place: str) -> None:
        for index in range(tabs.count()):
            if not (tabs.isVisible() and tabs.isTabEnabled(index)):
                continue
            tabs.setCurrentIndex(index)
            settle()
            here = f"{place} tab '{_without_mnemonic(tabs.tabText(index))}'"
            problems.extend(cut_off(root, here))
            page = tabs.widget(index)
            for inner in [page, *page.findChildren(QTabWidget)]:
                if isinstance(inner, QTabWidget) and _outer_tabs(inner, root) is tabs:
                    visit(inner, here)
        tabs.setCurrentIndex(0)

    for tabs in root.findChildren(QTabWidget):
        if _outer_tabs(tabs, root) is None:
            visit(tabs, where)
    return problems


def _visit(window: MainWindow, page: QWidget, qtbot, where: str) -> list[str]:
    """Check the page as it opens, with the first row of its lists selected (detail panels show), with
    a customer chosen in its transaction views, and on every tab of its tab widgets."""
    problems = cut_off(window, where)
    for view in page.findChildren(QTableView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))
    for transactions in page.findChildren(TransactionsView):
        transactions.customer.set_account("10010")
    _settle(window, qtbot)
    problems += cut_off(window, where)
    return problems + every_tab(page, lambda: _settle(window, qtbot), where)


def _navigation(window: MainWindow, where: str) -> list[str]:
    """Every page name in the navigation fits its row (the item's text rectangle, its stylesheet padding
    of 6 px and the 2 px either side the style keeps excluded)."""
    navigation = window.navigation
    problems = []
    for item in navigation.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive):
        text = item.text(0)
        needed = QFontMetrics(item.font(0)).horizontalAdvance(text)
        has = navigation.visualItemRect(item).width() - 6 - 4
        if needed > has:
            problems.append(f"{where}: navigation item '{text}' needs {needed} px, has {has} px")
    return problems


def test_every_page_fits_its_texts(window, wait_loaded, qtbot, language):
    assert (window.width(), window.height()) == (1280, 800)  # the default size
    problems: list[str] = _navigation(window, f"[{language}] navigation")
    for key in PAGES:
        window.show_page(key)
        page = window.pages[key]
        wait_loaded(page)
        _settle(window, qtbot)
        room = 1280 - window.navigation.width()  # what the default window leaves a page
        if page.minimumSizeHint().width() > room:  # the window would grow past its default size
            problems.append(f"[{language}] page {key}: needs {page.minimumSizeHint().width()} px wide, has {room} px")
        problems += _visit(window, page, qtbot, f"[{language}] page {key}")
    problems = list(dict.fromkeys(problems))  # a widget seen on several tabs is told once
    assert not problems, "cut-off texts:\n" + "\n".join(problems)


def _dialogs(window: MainWindow, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Callable[[], Any]]:
    ctx = window.ctx
    assert ctx is not None
    sequence = ctx.company.number_sequences()[0]
    journal = ctx.company.create_payment_journal("Bank")
    entry = StatementEntry(
        3, dt.date(2026, 11, 27), Decimal("282.38"), "EUR", "Koffiebranderij De Molen B.V.",
        "NL23INGB9919020562", None, "Deelbetaling INV-000014", None, 0, "unknown", None,
    )  # fmt: skip
    csv_file = tmp_path_factory.mktemp("import") / "customers.csv"
    csv_file.write_text("account,name,currency\n20001,Nieuwe Klant B.V.,EUR\n20002,,EUR\n", encoding="utf-8")
    return {
        "invoice editor": lambda: InvoiceDialog(ctx, parent=window),
        "customer editor": lambda: CustomerDialog(ctx, parent=window),
        "settle window": lambda: SettleDialog(ctx, window, customer="10010"),
        "new company": lambda: NewCompanyDialog(window.books, window.language, window),
        "sales tax": lambda: SalesTaxDialog(ctx, window),
        "cash discount": lambda: CashDiscountDialog(ctx, window),
        "posting profile": lambda: PostingProfileDialog(ctx, window),
        "charge code": lambda: ChargeCodeDialog(ctx, window),
        "terms of payment": lambda: TermsDialog(ctx, window),
        "customer group": lambda: CustomerGroupDialog(ctx, window),
        "method of payment": lambda: MethodOfPaymentDialog(ctx, window),
        "number sequence": lambda: NumberSequenceDialog(ctx, window, sequence),
        "ledger account": lambda: AccountDialog(ctx, None, window),
        "exchange rate": lambda: ExchangeRateDialog(ctx, None, window),
        "collections activity": lambda: ActivityDialog(ctx, "10010", "promise", parent=window),
        "collections hold": lambda: ReasonDialog(ctx, "Hold", "Put the customer on hold.", lambda d, t: None, window),
        "collections credit": lambda: CreditDialog(ctx, "10010", None, False, "", window),
        "accounts for automatic postings": lambda: AccountRolesDialog(ctx, ctx.company.accounts(), window),
        "profile collections settings": lambda: ProfileCollectionsDialog(ctx, window),
        "interest code": lambda: InterestCodeDialog(ctx, None, window),
        "letter sequence": lambda: LetterSequenceDialog(ctx, None, window),
        "aging definition": lambda: AgingDefinitionDialog(ctx, None, window),
        "recurring invoice template": lambda: TemplateDialog(ctx, None, window),
        "bill a template": lambda: AssignDialog(ctx, "SERVICE", window),
        "end billing": lambda: EndDialog(ctx, ctx.company.template_assignments()[0], window),
        "draft due invoices": lambda: DueDateDialog(ctx, window),
        "sales order": lambda: OrderDialog(ctx, window),
        "sales item": lambda: ItemDialog(ctx, window),
        "payment journal": lambda: JournalDialog(ctx, journal, window),
        "general journal": lambda: LedgerJournalDialog(ctx, dt.date(2026, 11, 30), window),
        "new fiscal year": lambda: FiscalYearDialog(ctx, dt.date(2027, 1, 1), window),
        "reopen a month": lambda: PeriodReasonDialog(
            ctx, "Reopen", "Why is the month reopened?", "Reopen", lambda reason: None, window
        ),
        "assign a bank statement entry": lambda: BankAssignDialog(ctx, journal, entry, window),
        "customer import": lambda: CustomerImportDialog(ctx, csv_file, window),
    }


def test_every_dialog_fits_its_texts(window, qtbot, language, tmp_path_factory):
    problems: list[str] = []
    for name, make in _dialogs(window, tmp_path_factory).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)  # background loads (the settle window's open items) and layouts settle
        if hasattr(dialog, "previewing"):
            qtbot.waitUntil(lambda d=dialog: not d.previewing, timeout=10000)
        problems += cut_off(dialog, f"[{language}] dialog {name}")
        problems += every_tab(dialog, lambda: qtbot.wait(50), f"[{language}] dialog {name}")
        if dialog.minimumSizeHint().width() > 1280:
            problems.append(f"[{language}] dialog {name}: needs {dialog.minimumSizeHint().width()} px wide")
        dialog.close()
    assert not problems, "cut-off texts:\n" + "\n".join(problems)


def test_the_check_finds_cut_off_texts_and_tables_widen_narrow_headings(themed_app, qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("Discount to take")
    label.setFixedWidth(40)
    plain = QTableView()
    ours = make_table()
    for view in (plain, ours):
        model = QStandardItemModel(1, 2, view)
        model.setHorizontalHeaderLabels(["Exchange result", "Openstaand saldo"])
        view.setModel(model)
        view.horizontalHeader().resizeSection(0, 30)
        layout.addWidget(view)
    layout.addWidget(label)
    root.resize(600, 400)
    root.show()
    qtbot.waitExposed(root)
    problems = cut_off(root, "probe")
    assert any("QLabel 'Discount to take' needs" in p for p in problems)
    assert any("column header 'Exchange result' needs" in p for p in problems)  # the plain QTableView
    assert len([p for p in problems if "Exchange result" in p]) == 1  # ardesk's table widened its column
    header = ours.horizontalHeader()
    assert header.sectionSize(0) >= heading_width(header, 0) > 30


def test_every_tab_is_visited_tabs_on_tabs_too(themed_app, qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    outer, inner = QTabWidget(), QTabWidget()
    cut = QLabel("Betalingsvoorwaarden")
    cut.setFixedWidth(40)
    inner.addTab(QWidget(), "Eerste")
    inner.addTab(cut, "Derde")
    outer.addTab(QLabel("Algemeen"), "Algemeen")
    outer.addTab(inner, "Facturering")
    QVBoxLayout(root).addWidget(outer)
    root.resize(600, 400)
    root.show()
    qtbot.waitExposed(root)
    assert cut_off(root, "probe") == []  # the first tab shows nothing cut off
    problems = every_tab(root, lambda: qtbot.wait(10), "probe")
    assert len(problems) == 1 and problems[0].startswith(
        "probe tab 'Facturering' tab 'Derde': QLabel 'Betalingsvoorwaarden'"
    )
    assert outer.currentIndex() == 0 and inner.currentIndex() == 0  # left as found
