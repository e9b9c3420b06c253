"""RunBox: the run's date, customers, own fields and button on top of the letter and interest pages."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ardesk.views.collections.inputs import form_layout
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label


class RunBox(QGroupBox):
    """Two columns of fields (first: the date; second: the customers) and the button; a page adds more rows to
    `first` and `second` through `errors.add_row`. date_field is the API's name of the date."""

    def __init__(
        self, ctx: AppContext, title: str, date_label: str, date_field: str, button: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.errors = FieldErrors(error_label())
        self.date = DateEdit(ctx.today(), ctx.language)
        self.date.setFixedWidth(130)
        self.customers = QLineEdit()
        self.customers.setPlaceholderText(self.tr("All customers"))
        self.customers.setToolTip(self.tr("Leave empty for every customer, or type accounts: 10010, 10020"))
        self.customers.setMinimumWidth(220)
        self.button = QPushButton(button)
        self.button.setObjectName("primary")
        self.button.setToolTip(self.tr("F5"))
        self.button.setMinimumWidth(150)
        self.first, self.second = form_layout(), form_layout()
        self.errors.add_row(self.first, date_label, self.date, date_field)
        self.errors.add_row(self.second, self.tr("Customers"), self.customers, "customers")
        go = QVBoxLayout()
        go.setSpacing(4)
        go.addWidget(self.button)
        go.addWidget(plain_label(self.tr("Replaces unposted proposals"), "muted"))
        go.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 4)
        row.setSpacing(24)
        row.addLayout(self.first)
        row.addLayout(self.second, 1)
        row.addLayout(go)
