"""The payment journal window: its lines, a form to add one, remove a line, and post the journal."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import CustomerChoice, JournalInfo, JournalLineInfo
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text
from ardesk.views.context import AppContext
from ardesk.views.payments.payment_form import PaymentForm
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.widgets import banner, date_of, show_banner
from ardesk.views.widgets.forms import FieldErrors
from ardesk.views.widgets.page import fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

#: Journals with more lines than this post in the background behind a busy bar.
BACKGROUND_LINES = 20


class JournalDialog(QDialog):
    """One payment journal. Posting errors name a line ("lines[2].date"): that line turns red with the
    message in its Problem cell and the line is selected; add-line errors show beside the entry field."""

    posted = Signal(list)

    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.info: JournalInfo | None = None
        self.problems: dict[int, str] = {}
        self.background_lines = BACKGROUND_LINES
        self.posting = False
        #: Confirms posting; tests replace it.
        self.confirm: Callable[[str], bool] = self._confirm
        self.resize(1100, 640)
        methods = ctx.company.methods_of_payment()
        #: The lines' customers, looked up once each (the books may hold 100,000 customers).
        self._customers: dict[str, CustomerChoice | None] = {}

        self.title = plain_label("", "pageTitle")
        self.subtitle = plain_label("", "pageSubtitle")
        self.model = RecordTableModel(ctx, self.columns(), self)
        self.view = make_table(self, stretch_column=2)
        self.view.setModel(self.model)
        self.problem_label = banner()

        self.form = PaymentForm(ctx, methods, errors=FieldErrors(banner()))
        self.errors = self.form.errors
        self.customer, self.date, self.amount = self.form.customer, self.form.date, self.form.amount
        self.method, self.reference, self.prepayment = self.form.method, self.form.reference, self.form.prepayment
        self.add_button = QPushButton(self.tr("Add line"))
        self.settle_button = QPushButton(self.tr("Settle transactions..."))
        self.settle_button.setToolTip(self.tr("Mark the invoices this payment settles, then add it as a line"))
        entry_buttons = QVBoxLayout()
        entry_buttons.addWidget(self.add_button)
        entry_buttons.addWidget(self.settle_button)
        entry_buttons.addStretch(1)
        self.entry = QGroupBox(self.tr("New line"))
        entry_layout = QVBoxLayout(self.entry)
        self.form.add_side(entry_buttons)
        entry_layout.addWidget(self.form)
        entry_layout.addWidget(self.errors.general)

        self.remove_button = QPushButton(self.tr("Remove line"))
        self.post_button = QPushButton(self.tr("Post journal"))
        self.post_button.setObjectName("primary")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = plain_label("", "")
        self.status.setStyleSheet("color: #1d6b3a;")
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.post_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.entry)
        layout.addLayout(buttons)
        self.errors.clear()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the table edits a cell; it must never post

        self.add_button.clicked.connect(self.add_line)
        self.settle_button.clicked.connect(self.settle_transactions)
        self.remove_button.clicked.connect(self.remove_line)
        self.post_button.clicked.connect(self.post)
        close.clicked.connect(self.reject)
        self.reload()

    def line_customer(self, account: str) -> CustomerChoice | None:
        if account not in self._customers:
            self._customers[account] = self.ctx.company.customer_choice(account)
        return self._customers[account]

    def columns(self) -> list[Column]:
        def currency(line: JournalLineInfo) -> str:
            choice = self.line_customer(line.customer)
            return choice.currency if choice is not None else self.ctx.currency

        def name(line: JournalLineInfo) -> str:
            choice = self.line_customer(line.customer)
            return choice.name if choice is not None else ""

        def marks(line: JournalLineInfo) -> str:
            return ", ".join(m.number for m in line.marks)

        def problem(line: JournalLineInfo) -> bool:
            return line.index in self.problems

        return [
            Column(self.tr("Line"), lambda line: line.index, "int", alert=problem),
            Column(self.tr("Customer"), lambda line: line.customer, alert=problem),
            Column(self.tr("Name"), name, stretch=True),
            Column(self.tr("Date"), lambda line: line.date, "date", alert=problem),
            Column(self.tr("Amount"), lambda line: line.amount, "amount", currency),
            Column(self.tr("Method"), lambda line: line.method),
            Column(self.tr("Reference"), lambda line: line.reference),
            Column(self.tr("Prepayment"), lambda line: line.prepayment, "bool"),
            Column(self.tr("Marked"), marks),
            Column(self.tr("Payment"), lambda line: line.payment),
            Column(self.tr("Problem"), lambda line: self.problems.get(line.index), alert=problem),
        ]

    # --- reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        self.info = self.ctx.company.payment_journal(self.number)
        info = self.info
        self.setWindowTitle(self.tr("Payment journal %1").replace("%1", info.number))
        status = self.tr("Posted") if info.status == "posted" else self.tr("Open")
        self.title.setText(self.tr("Payment journal %1").replace("%1", info.number))
        total = sum((line.amount or 0 for line in info.lines), 0)
        self.subtitle.setText(
            f"{info.description}  |  {status}  |  "
            + self.tr("%n line(s)", "", len(info.lines))
            + "  |  "
            + self.tr("Total %1").replace("%1", self.ctx.amount(Decimal(total)))
        )
        self.model.set_rows(list(info.lines))
        self.view.setColumnHidden(len(self.model.columns) - 1, not self.problems)
        fit_columns(self.view)
        open_ = info.status == "open" and not self.posting
        self.entry.setEnabled(open_)
        self.remove_button.setEnabled(open_ and bool(info.lines))
        self.post_button.setEnabled(open_ and bool(info.lines))

    def row_of_line(self, index: int) -> int:
        return next((r for r, line in enumerate(self.model.rows()) if line.index == index), -1)

    # --- lines ------------------------------------------------------------------------------------
    def add_line(self) -> None:
        self.errors.clear()
        try:
            v = self.form.values()
            index = self.ctx.company.add_payment_line(
                self.number, v.pop("customer"), v.pop("date"), v.pop("amount"), **v
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            show_banner(self.errors.general, message_text(exc, self.ctx.language))  # type: ignore[arg-type]
            return
        self.form.clear_payment()
        self.status.setText(self.tr("Line %1 added.").replace("%1", str(index)))
        self.ctx.notify_changed()
        self.reload()
        self.view.setCurrentIndex(self.model.index(self.row_of_line(index), 0))
        self.customer.setFocus()

    def settle_transactions(self) -> None:
        dialog = SettleDialog(
            self.ctx, self, customer=self.customer.account(), date=date_of(self.date), journal=self.number
        )
        dialog.exec()
        self.reload()

    def selected_line(self) -> JournalLineInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def remove_line(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        try:
            self.ctx.company.remove_payment_line(self.number, line.index)
        except ArdeskError as exc:
            show_banner(self.problem_label, message_text(exc, self.ctx.language))
            return
        self.problems.pop(line.index, None)
        self.status.setText(self.tr("Line %1 removed; its marks are released.").replace("%1", str(line.index)))
        self.ctx.notify_changed()
        self.reload()

    # --- posting ----------------------------------------------------------------------------------
    def _confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.StandardButton.Yes

    def post(self) -> None:
        info = self.info
        if info is None or not info.lines:
            return
        if not self.confirm(
            self.tr("Post the %n line(s) of payment journal %1?", "", len(info.lines)).replace("%1", info.number)
        ):
            return
        self.problems.clear()
        show_banner(self.problem_label, "")
        company, number = self.ctx.company, self.number
        if len(info.lines) > self.background_lines:
            self.posting = True
            self.progress.show()
            self.status.setText(self.tr("Posting %n line(s)...", "", len(info.lines)))
            self.reload()
            self.ctx.runner.run(
                lambda: company.post_payment_journal(number),
                success=self._posted,
                failure=self._post_failed,
                text=self.status.text(),
            )
            return
        try:
            numbers = company.post_payment_journal(number)
        except BaseException as exc:
            self._post_failed(exc)
            return
        self._posted(numbers)

    def _posted(self, numbers: list[str]) -> None:
        self.posting = False
        self.progress.hide()
        self.status.setText(
            self.tr("Journal posted: %n payment(s), %1.", "", len(numbers)).replace("%1", ", ".join(numbers))
        )
        self.ctx.notify_changed()
        self.reload()
        self.posted.emit(numbers)

    def _post_failed(self, exc: BaseException) -> None:
        self.posting = False
        self.progress.hide()
        self.status.setText("")
        if not isinstance(exc, ArdeskError):
            self.reload()
            self.ctx.runner.error.emit(exc)
            return
        text = message_text(exc, self.ctx.language)
        if isinstance(exc, ValidationError) and exc.field.startswith("lines["):
            index = int(exc.field[len("lines[") :].split("]")[0])
            what = exc.field.split("].", 1)[1] if "]." in exc.field else ""
            self.problems[index] = (
                f"{what}: {field_message(exc, self.ctx.language)}" if what else field_message(exc, self.ctx.language)
            )
            text = (
                self.tr("Line %1 (%2): %3")
                .replace("%1", str(index))
                .replace("%2", what or "-")
                .replace("%3", field_message(exc, self.ctx.language))
            )
        elif isinstance(exc, ValidationError):
            text = field_message(exc, self.ctx.language)
        self.reload()
        show_banner(self.problem_label, self.tr("Nothing was posted. %1").replace("%1", text))
        for index in self.problems:  # current but not selected, so the line stays red
            row = self.row_of_line(index)
            if row >= 0:
                self.view.clearSelection()
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.view.scrollTo(self.model.index(row, 0))
