"""The Recurring invoices workspace (DOMAIN 3.5): invoice templates and their lines, the customers each is
billed to (how often, from when, until when, up to what count or amount), and the run that drafts what is due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import AssignmentRow, DetailLine, Line, TemplateInfo, TemplateLineInfo, TemplateRow
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import LINE_FIELD, DateEdit
from ardesk.views.invoicing.lines_model import COLUMNS as LINE_COLUMNS
from ardesk.views.invoicing.lines_model import InvoiceLinesModel
from ardesk.views.invoicing.lines_view import LinesView
from ardesk.views.invoicing.recurring_run import draft_due_invoices
from ardesk.views.orders.common import number_edit, read_number, read_whole, short
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.forms import error_label
from ardesk.views.widgets.page import Page, action_button, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel


def detail_line(line: TemplateLineInfo) -> DetailLine:
    """A template line as the invoice lines editor loads it."""
    return DetailLine(line.description, line.quantity, line.unit_price, line.amount, line.account, line.tax)


def heading(text: str) -> QWidget:
    """A bold section heading above a list."""
    label = plain_label(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet("color: #d5dae1;")
    line.setFixedWidth(10)
    return line


class RecurringPage(Page):
    """Templates on top; below, the customers the selected template is billed to."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Recurring invoices"),
            self.tr("Invoice templates, the customers they are billed to, and drafting the invoices that are due"),
        )
        self.templates: list[TemplateRow] = []
        self.assignments: list[AssignmentRow] = []
        self._generation = 0
        self._select_after_load: str | None = None

        self.new_button = action_button(self.tr("New template"), self.new_template, "primary")
        self.edit_button = action_button(self.tr("Edit template"), self.edit_template)
        self.assign_button = action_button(self.tr("Bill to a customer..."), self.assign)
        self.end_button = action_button(self.tr("End billing..."), self.end_selected)
        self.generate_button = action_button(self.tr("Draft due invoices..."), lambda: self.generate_due())
        self.assign_button.setToolTip(self.tr("Bill the selected template to a customer on a schedule"))
        self.end_button.setToolTip(self.tr("Stop billing the selected customer after a date"))
        self.generate_button.setToolTip(self.tr("Draft every recurring invoice due up to a date"))
        for widget in (self.new_button, self.edit_button, _separator(), self.assign_button, self.end_button):
            self.toolbar.addWidget(widget)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.generate_button)

        self.template_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Template"), lambda r: r.name),
                Column(self.tr("Description"), lambda r: r.description, stretch=True),
                Column(self.tr("Lines"), lambda r: r.lines, "int"),
                Column(self.tr("Amount excl. tax"), lambda r: r.amount, "amount", currency=self._currency),
                Column(self.tr("Currency"), lambda r: r.currency or self.tr("customer's")),
                Column(self.tr("Customers"), lambda r: r.assignments, "int"),
            ],
            self,
        )
        self.template_view = make_table(self, 1)
        self.template_view.setModel(self.template_model)
        self.assignment_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Customer"), lambda r: r.customer),
                Column(self.tr("Name"), lambda r: r.customer_name, stretch=True),
                Column(self.tr("Billed"), self.schedule_text),
                Column(self.tr("From"), lambda r: r.start_date, "date"),
                Column(self.tr("Until"), lambda r: r.end_date, "date"),
                Column(self.tr("At most"), self.limit_text),
                Column(self.tr("Invoices"), lambda r: r.billed_count, "int"),
                Column(self.tr("Billed so far"), lambda r: r.billed_amount, "amount"),
                Column(self.tr("Next"), lambda r: r.next_date, "date"),
                Column(self.tr("Status"), self.status_text, alert=lambda r: r.next_date is None),
            ],
            self,
        )
        self.assignment_view = make_table(self, 1)
        self.assignment_view.setModel(self.assignment_model)
        self.assignments_title = heading("")
        self.assignment_hint = plain_label(
            self.tr("Each billing date becomes a draft invoice of that date; review and post them under Invoicing."),
            "muted",
        )

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading(self.tr("Templates")))
        top_layout.addWidget(self.template_view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.assignments_title)
        bottom_layout.addWidget(self.assignment_view, 1)
        bottom_layout.addWidget(self.assignment_hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 420])
        self.body.addWidget(splitter, 1)
        self.body.addWidget(self.add_message_line())

        self.template_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_assignments())
        self.template_view.doubleClicked.connect(lambda _i: self.edit_template())
        self.assignment_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _currency(self, row: TemplateRow) -> str:
        return row.currency or self.ctx.currency

    # --- texts ------------------------------------------------------------------------------------
    def schedule_text(self, row: AssignmentRow) -> str:
        if row.per == 1:
            return {
                "daily": self.tr("Daily"),
                "weekly": self.tr("Weekly"),
                "monthly": self.tr("Monthly"),
                "yearly": self.tr("Yearly"),
            }[row.pattern]
        text = {
            "daily": self.tr("Every %1 days"),
            "weekly": self.tr("Every %1 weeks"),
            "monthly": self.tr("Every %1 months"),
            "yearly": self.tr("Every %1 years"),
        }[row.pattern]
        return text.replace("%1", str(row.per))

    def limit_text(self, row: AssignmentRow) -> str:
        parts = []
        if row.max_count is not None:
            parts.append(self.tr("%1 invoices").replace("%1", str(row.max_count)))
        if row.max_amount is not None:
            parts.append(self.ctx.amount(row.max_amount))
        return ", ".join(parts)

    def status_text(self, row: AssignmentRow) -> str:
        if not row.active:
            return self.tr("Stopped")
        return self.tr("Active") if row.next_date is not None else self.tr("Ended")

    # --- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        current = self.current_template()
        if current is not None and self._select_after_load is None:
            self._select_after_load = current.name
        company = self.ctx.company

        def query() -> tuple[list[TemplateRow], list[AssignmentRow]]:
            return company.invoice_templates(), company.template_assignments()

        self.loading = True
        self.ctx.runner.run(
            query,
            success=lambda result: self._arrived(generation, *result),
            failure=self._failed,
            text=self.tr("Loading templates..."),
        )

    def _arrived(self, generation: int, templates: list[TemplateRow], assignments: list[AssignmentRow]) -> None:
        if generation != self._generation:
            return
        self.templates, self.assignments = templates, assignments
        self.template_model.set_rows(templates)
        fit_columns(self.template_view)
        wanted = self._select_after_load
        self._select_after_load = None
        names = [t.name for t in templates]
        if templates:
            row = names.index(wanted) if wanted in names else 0
            self.template_view.setCurrentIndex(self.template_model.index(row, 0))
        self._show_assignments()
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def _show_assignments(self) -> None:
        template = self.current_template()
        rows = [a for a in self.assignments if template is not None and a.template == template.name]
        self.assignment_model.set_rows(rows)
        fit_columns(self.assignment_view)
        if template is None:
            self.assignments_title.setText(self.tr("Customers billed"))  # type: ignore[attr-defined]
        else:
            self.assignments_title.setText(  # type: ignore[attr-defined]
                self.tr("Customers billed with %1").replace("%1", template.name)
            )
        if rows:
            self.assignment_view.setCurrentIndex(self.assignment_model.index(0, 0))
        self._update_actions()

    # --- selection ----------------------------------------------------------------------------------
    def current_template(self) -> TemplateRow | None:
        index = self.template_view.currentIndex()
        return self.template_model.row_at(index.row()) if index.isValid() else None

    def current_assignment(self) -> AssignmentRow | None:
        index = self.assignment_view.currentIndex()
        return self.assignment_model.row_at(index.row()) if index.isValid() else None

    def select_template(self, name: str) -> None:
        for row, template in enumerate(self.template_model.rows()):
            if template.name == name:
                self.template_view.setCurrentIndex(self.template_model.index(row, 0))

    def _update_actions(self) -> None:
        template = self.current_template()
        assignment = self.current_assignment()
        self.edit_button.setEnabled(template is not None)
        self.assign_button.setEnabled(template is not None)
        self.end_button.setEnabled(assignment is not None and assignment.next_date is not None)

    # --- actions ------------------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Run a dialog (tests replace this to drive it)."""
        dialog.exec()
        return dialog

    def new_template(self) -> None:
        dialog = self.open_dialog(TemplateDialog(self.ctx, None, parent=self))
        if dialog.result():
            self._saved(dialog.saved_name)  # type: ignore[attr-defined]

    def edit_template(self) -> None:
        template = self.current_template()
        if template is None:
            return
        try:
            info = self.ctx.company.invoice_template(template.name)
        except ArdeskError as exc:
            self.warn_refusal(self.tr("Recurring invoices"), exc)
            return
        dialog = self.open_dialog(TemplateDialog(self.ctx, info, parent=self))
        if dialog.result():
            self._saved(dialog.saved_name)  # type: ignore[attr-defined]

    def _saved(self, name: str) -> None:
        self.say(self.tr("Template %1 saved.").replace("%1", name))
        self._select_after_load = name
        self.ctx.notify_changed()

    def assign(self) -> None:
        template = self.current_template()
        if template is None:
            return
        dialog = self.open_dialog(AssignDialog(self.ctx, template.name, parent=self))
        if dialog.result():
            self.say(
                self.tr("%1 is now billed to %2.")
                .replace("%1", template.name)
                .replace("%2", dialog.customer.account() or "")  # type: ignore[attr-defined]
            )
            self._select_after_load = template.name
            self.ctx.notify_changed()

    def end_selected(self) -> None:
        assignment = self.current_assignment()
        if assignment is None:
            return
        dialog = self.open_dialog(EndDialog(self.ctx, assignment, parent=self))
        if dialog.result():
            self.say(
                self.tr("Billing %1 to %2 ends on %3.")
                .replace("%1", assignment.template)
                .replace("%2", assignment.customer)
                .replace("%3", self.ctx.date(dialog.end_date.value()))  # type: ignore[attr-defined]
            )
            self.ctx.notify_changed()

    # --- drafting what is due -------------------------------------------------------------------------
    def generate_due(self, invoice_date: dt.date | None = None) -> None:
        """Draft every occurrence due up to the date (asked when None) in the background; Cancel keeps what is done."""
        draft_due_invoices(self, invoice_date)


class TemplateDialog(FormDialog):
    """A new template, or one to change: name (fixed once saved), description, terms, cash discount, notes and
    the lines, typed like the invoice editor's (create_invoice_template; replace=True when changing). The header
    fields stand in two columns of a group box: the dialog's form on the left, a second form on the right."""

    notify_on_save = True

    def __init__(self, ctx: AppContext, info: TemplateInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, place_form=False)
        self.info = info
        self.saved_name = ""
        self._rows: list[int] = []  # the model row of each line sent to the API (blank rows are left out)
        company = ctx.company
        accounts = company.revenue_accounts()
        taxes = company.tax_choices()
        self.setWindowTitle(
            self.tr("Template %1").replace("%1", info.name) if info is not None else self.tr("New invoice template")
        )
        self.setMinimumSize(980, 600)
        self.name = QLineEdit(info.name if info else "")
        self.name.setReadOnly(info is not None)
        self.name.setMaxLength(40)
        self.description = QLineEdit(info.description if info else "")
        self.terms = CodeCombo(
            [(None, self.tr("(the customer's)"))]
            + [(t.code, f"{t.code} - {t.description}") for t in company.terms_of_payment()],
            info.terms if info else None,
        )
        self.cash_discount = CodeCombo(
            [(None, self.tr("(the customer's)"))]
            + [(d.code, f"{d.code} - {d.description}") for d in company.cash_discounts()],
            info.cash_discount if info else None,
        )
        self.notes = QPlainTextEdit(info.notes or "" if info else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.setHorizontalSpacing(self.form.horizontalSpacing())
        self.add(self.tr("Name"), self.name, "name")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Invoice notes"), self.notes, "notes")
        self.errors.add_row(right, self.tr("Terms of payment"), self.terms, "terms")
        self.errors.add_row(right, self.tr("Cash discount"), self.cash_discount, "cash_discount")
        header = QGroupBox(self.tr("Template"))
        columns = QHBoxLayout(header)
        columns.addLayout(self.form, 3)
        columns.addSpacing(24)
        columns.addLayout(right, 2)

        self.lines = InvoiceLinesModel(ctx, accounts, taxes, company.default_revenue_account() or "", self)
        if info is not None:
            self.lines.set_lines([detail_line(ln) for ln in info.lines])
        self.view = LinesView(self.lines, {"account": [a.number for a in accounts], "tax": [t.code for t in taxes]})
        self.view.setMinimumHeight(220)
        self.lines_error = error_label()
        self.lines_error.hide()
        add = QPushButton(self.tr("Add line"))
        remove = QPushButton(self.tr("Delete line"))
        add.clicked.connect(self._add_line)
        remove.clicked.connect(lambda: self.lines.remove_line(self.view.currentIndex().row()))
        self.total = plain_label("")
        self.lines.totals_changed.connect(self._update_total)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(self.lines_error)
        row.addStretch(1)
        row.addWidget(self.total)

        for button in (add, remove):
            button.setAutoDefault(False)
        self.layout_.addWidget(header)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addLayout(row)
        self.finish()
        self._update_total()

    def focus_widget(self) -> QWidget | None:
        return self.view if self.info is not None else self.name

    def _add_line(self) -> None:
        row = self.lines.append_line()
        index = self.lines.index(row, 0)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _update_total(self) -> None:
        totals = self.lines.live_totals()
        self.total.setText(
            self.tr("Total excl. tax %1    incl. tax %2")
            .replace("%1", self.ctx.amount(totals.lines_total))
            .replace("%2", self.ctx.amount(totals.total))
        )

    def save(self) -> None:
        self.view.commit_open_editor()
        self._rows = []
        lines: list[Line]
        lines, self._rows = self.lines.api_lines()
        self.ctx.company.create_invoice_template(
            self.name.text().strip(),
            lines,
            description=self.description.text().strip(),
            terms=self.terms.code(),
            cash_discount=self.cash_discount.code(),
            notes=self.notes.toPlainText().strip() or None,
            replace=self.info is not None,
        )
        self.saved_name = self.name.text().strip()

    def clear_errors(self) -> None:
        super().clear_errors()
        self.lines.clear_errors()
        self.lines_error.hide()

    def show_error(self, exc: ValidationError) -> None:
        """Beside the header field, or on the line's cell with the message under the grid."""
        rows = self._rows
        match = LINE_FIELD.fullmatch(exc.field)
        if match is None and exc.field != "lines":
            self.errors.show(exc)
            return
        text = field_message(exc, self.ctx.language)
        if match is not None:
            i = int(match.group(1))
            row = rows[i] if i < len(rows) else i
            key = {"amount": "unit_price"}.get(match.group(2) or "description", match.group(2) or "description")
            key = key if key in LINE_COLUMNS else "description"
            self.lines.set_error(row, key, field_message(exc, self.ctx.language))
            self.view.setCurrentIndex(self.lines.index(row, LINE_COLUMNS.index(key)))
            text = (
                self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", field_message(exc, self.ctx.language))
            )
        self.lines_error.setText(text)
        self.lines_error.show()

    def line_error(self) -> str:
        return self.lines_error.text() if not self.lines_error.isHidden() else ""


class AssignDialog(FormDialog):
    """Bill a template to a customer: from a start date every n days/weeks/months/years, until an optional
    end date, count or total amount (assign_template)."""

    def __init__(self, ctx: AppContext, template: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.template = template
        self.assignment_id: int | None = None
        self.setWindowTitle(self.tr("Bill %1 to a customer").replace("%1", template))
        self.customer = CustomerPicker(ctx.company)
        self.customer.setMinimumWidth(320)
        self.start = DateEdit(ctx.today(), ctx.language)
        self.per = QSpinBox()
        self.per.setRange(1, 10000)
        self.per.setFixedWidth(70)
        self.pattern = CodeCombo(
            [
                ("daily", self.tr("day(s)")),
                ("weekly", self.tr("week(s)")),
                ("monthly", self.tr("month(s)")),
                ("yearly", self.tr("year(s)")),
            ],
            "monthly",
        )
        every = QWidget()
        every_row = QHBoxLayout(every)
        every_row.setContentsMargins(0, 0, 0, 0)
        every_row.addWidget(plain_label(self.tr("every")))
        every_row.addWidget(self.per)
        every_row.addWidget(self.pattern, 1)
        self.has_end = QCheckBox(self.tr("Until"))
        self.end = DateEdit(ctx.today().replace(year=ctx.today().year + 1), ctx.language)
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        until = QWidget()
        until_row = QHBoxLayout(until)
        until_row.setContentsMargins(0, 0, 0, 0)
        until_row.addWidget(self.has_end)
        until_row.addWidget(short(self.end))
        until_row.addStretch(1)
        self.max_count = number_edit(self.tr("no limit"), 110)
        self.max_amount = number_edit(self.tr("no limit"), 140)
        self.defaults = CodeCombo(
            [("template", self.tr("the template")), ("customer", self.tr("the customer"))], "template"
        )
        self.add(self.tr("Customer"), self.customer, "customer")
        self.add(self.tr("First invoice on"), short(self.start), "start_date")
        self.add(self.tr("Then"), every, "per")
        self.add("", until, "end_date")
        self.add(self.tr("At most (invoices)"), self.max_count, "max_count")
        self.add(self.tr("At most (amount incl. tax)"), self.max_amount, "max_amount")
        self.add(self.tr("Terms and discount from"), self.defaults, "defaults_from")
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.customer

    def save(self) -> None:
        account = self.customer.account()
        if account is None:
            raise ValidationError("customer", self.tr("choose a customer"))
        self.assignment_id = self.ctx.company.assign_template(
            account,
            self.template,
            self.start.value(),
            pattern=self.pattern.code(),
            per=self.per.value(),
            end_date=self.end.value() if self.has_end.isChecked() else None,
            max_count=read_whole(self.max_count.text(), "max_count"),
            max_amount=read_number(self.ctx, self.max_amount.text(), "max_amount"),
            defaults_from=self.defaults.code(),
        )


class EndDialog(FormDialog):
    """End billing a template to a customer after a date (end_assignment)."""

    def __init__(self, ctx: AppContext, assignment: AssignmentRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.assignment = assignment
        self.setWindowTitle(
            self.tr("End billing %1 to %2").replace("%1", assignment.template).replace("%2", assignment.customer)
        )
        default = assignment.end_date or max(ctx.today(), assignment.start_date)
        self.end_date = DateEdit(default, ctx.language)
        note = plain_label(
            self.tr("No invoice is drafted for a billing date after this one; invoices already made stay."), "muted"
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.add(self.tr("Last billing date"), short(self.end_date), "end_date")
        self.finish()

    def save(self) -> None:
        self.ctx.company.end_assignment(self.assignment.id, self.end_date.value())
