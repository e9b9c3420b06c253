"""The collections workspace's forms: log an activity (call, note, promise to pay, dispute), give the reason for
a hold or dispute, and change a customer's credit limit and invoicing hold. They write through ardesk.api;
a ValidationError keeps the form open with the message beside its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text, parse_amount
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

#: Kinds of activity a bookkeeper logs by hand (hold, dispute of the whole customer and release have
#: their own actions; services.activities.ACTIVITY_KINDS has them all).
LOGGED_KINDS = ("call", "note", "promise", "dispute")


def text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # keyboard-first: Tab leaves the text, as in every other field
    box.setFixedHeight(height)
    return box


class _Form(QDialog):
    """A form whose save(values) writes through the API; errors stay beside their field."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        self.errors = FieldErrors(error_label())
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.errors.general)  # type: ignore[arg-type]
        self.layout_.addWidget(self.buttons)
        self.errors.clear()

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            assert self.errors.general is not None
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        super().accept()


class ActivityDialog(_Form):
    """Log a call, a note, a promise to pay (date and amount) or a dispute on the customer or on one of its
    open transactions, with an optional follow-up date (co.add_activity)."""

    def __init__(
        self,
        ctx: AppContext,
        customer: str,
        kind: str,
        transactions: Sequence[str] = (),
        transaction: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Log activity for %1").replace("%1", customer))
        self.customer = customer
        self.activity_id: int | None = None
        names = {
            "call": self.tr("Call"),
            "note": self.tr("Note"),
            "promise": self.tr("Promise to pay"),
            "dispute": self.tr("Dispute"),
        }
        self.kind = CodeCombo([(k, names[k]) for k in LOGGED_KINDS], kind)
        self.date = DateEdit(ctx.today(), ctx.language)
        self.transaction = CodeCombo([(None, self.tr("(the whole customer)")), *((n, n) for n in transactions)])
        self.transaction.set_code(transaction)
        self.text = text_box()
        self.follow = QCheckBox(self.tr("Follow up on"))
        self.follow_up = DateEdit(ctx.today() + dt.timedelta(days=7), ctx.language)
        self.follow_up.setEnabled(False)
        follow_row = QWidget()
        row = QHBoxLayout(follow_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow)
        row.addWidget(self.follow_up, 1)
        self.promise_date = DateEdit(ctx.today() + dt.timedelta(days=7), ctx.language)
        self.promise_amount = QLineEdit()
        self.promise_amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.promise_amount.setPlaceholderText(self.tr("the open balance"))
        self.errors.add_row(self.form, self.tr("Kind"), self.kind, "kind")
        self.errors.add_row(self.form, self.tr("Date"), self.date, "date")
        self.errors.add_row(self.form, self.tr("Transaction"), self.transaction, "transaction")
        self.errors.add_row(self.form, self.tr("Promised for"), self.promise_date, "promise_date")
        self.errors.add_row(self.form, self.tr("Amount promised"), self.promise_amount, "promise_amount")
        self.errors.add_row(self.form, self.tr("Text"), self.text, "text")
        self.errors.add_row(self.form, "", follow_row, "follow_up")
        self.follow.toggled.connect(self.follow_up.setEnabled)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.text.setFocus()

    def _kind_changed(self) -> None:
        promise = self.kind.code() == "promise"
        for widget in (self.promise_date, self.promise_amount):
            self.form.setRowVisible(widget, promise)

    def values(self) -> dict[str, Any]:
        """The activity as co.add_activity takes it (the amount read per the UI locale, never float)."""
        kind = self.kind.code() or "note"
        out: dict[str, Any] = {
            "kind": kind,
            "date": self.date.value(),
            "text": self.text.toPlainText().strip(),
            "transaction": self.transaction.code(),
            "follow_up": self.follow_up.value() if self.follow.isChecked() else None,
        }
        if kind == "promise":
            amount: Decimal | None = parse_amount(self.promise_amount.text(), self.ctx.locale, field="promise_amount")
            out.update(promise_date=self.promise_date.value(), promise_amount=amount)
        return out

    def save(self) -> None:
        v = self.values()
        self.activity_id = self.ctx.company.add_activity(
            self.customer, v.pop("kind"), v.pop("date"), v.pop("text"), **v
        )


class ReasonDialog(_Form):
    """The date and the reason of a hold, a dispute or its release; save runs write(date, text)."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        message: str,
        write: Callable[[dt.date, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.write = write
        intro = plain_label(message)
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.date = DateEdit(ctx.today(), ctx.language)
        self.text = text_box(56)
        self.errors.add_row(self.form, self.tr("Date"), self.date, "date")
        self.errors.add_row(self.form, self.tr("Reason"), self.text, "text")
        self.text.setFocus()

    def save(self) -> None:
        self.write(self.date.value(), self.text.toPlainText().strip())


class CreditDialog(_Form):
    """A customer's credit limit, whether it is mandatory, and the invoicing hold (co.update_customer)."""

    def __init__(
        self,
        ctx: AppContext,
        customer: str,
        limit: Decimal | None,
        mandatory: bool,
        on_hold: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Credit limit of %1").replace("%1", customer))
        self.customer = customer
        self.credit_limit = QLineEdit(ctx.amount(limit) if limit is not None else "")
        self.credit_limit.setPlaceholderText(self.tr("no limit"))
        self.credit_limit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.mandatory = QCheckBox(self.tr("Mandatory (a limit of 0 allows no credit)"))
        self.mandatory.setChecked(mandatory)
        self.on_hold = CodeCombo(
            [
                ("no", self.tr("No")),
                ("invoice", self.tr("Invoicing on hold")),
                ("all", self.tr("Everything on hold")),
            ],
            on_hold,
        )
        self.errors.add_row(self.form, self.tr("Credit limit"), self.credit_limit, "credit_limit")
        self.errors.add_row(self.form, "", self.mandatory, "mandatory_credit_limit")
        self.errors.add_row(self.form, self.tr("Invoicing hold"), self.on_hold, "on_hold")
        self.credit_limit.setFocus()
        self.credit_limit.selectAll()

    def values(self) -> dict[str, Any]:
        limit: Decimal | None = parse_amount(self.credit_limit.text(), self.ctx.locale, field="credit_limit")
        return {
            "credit_limit": limit,
            "mandatory_credit_limit": self.mandatory.isChecked(),
            "on_hold": self.on_hold.code() or "no",
        }

    def save(self) -> None:
        self.ctx.company.update_customer(self.customer, **self.values())
