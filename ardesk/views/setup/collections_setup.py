"""The set-up pages of collections: interest codes, collection letter sequences and aging definitions.

Each opens its editor; the interest codes page also turns on the Dutch collection pack (DOMAIN 5.7), and the
first two open the posting profiles' choice of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QMessageBox, QPushButton, QWidget

from ardesk.api import InterestCodeInfo, InterestVersion, LetterSequenceInfo
from ardesk.errors import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.collections.inputs import DateQuestion
from ardesk.views.context import AppContext
from ardesk.views.setup.aging_dialog import AgingDefinitionDialog
from ardesk.views.setup.interest_code_dialog import InterestCodeDialog, next_half_year
from ardesk.views.setup.letter_sequence_dialog import LetterSequenceDialog
from ardesk.views.setup.pages import SetupListPage
from ardesk.views.setup.profile_collections_dialog import ProfileCollectionsDialog
from ardesk.views.widgets.page import plain_label
from ardesk.views.widgets.record_model import Column


class EditableListPage(SetupListPage):
    """A code list whose rows open an editor (Enter, double-click, Edit...) and which has more buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.edit_button = self.tool_button(self.tr("Edit..."), self.edit_selected)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())

    def current(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Run a dialog (tests replace this to drive it)."""
        dialog.exec()
        return dialog

    def create(self) -> None:  # type: ignore[override]  # QWidget.create is unused here
        self.open_dialog(self.new_dialog())

    def edit_dialog(self, record: Any) -> QDialog:
        raise NotImplementedError

    def edit_selected(self) -> None:
        record = self.current()
        if record is not None:
            self.open_dialog(self.edit_dialog(record))

    def after_load(self, rows: list[Any], extra: Any) -> None:
        if rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.update_actions()

    def update_actions(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit_selected()
            return True
        return super().eventFilter(watched, event)

    def ask_yes(self, title: str, text: str) -> bool:
        """Tests replace this."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, yes | no, no) == yes

    def profiles(self) -> None:
        self.open_dialog(ProfileCollectionsDialog(self.ctx, self))


class InterestCodesPage(EditableListPage):
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No interest codes yet. Click Turn on the Dutch collection pack for the statutory interest codes, or "
        "New to add your own.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Interest codes"), self.tr("Rates of interest notes, each from the date it applies"))
        self.version_button = self.tool_button(self.tr("New version from date..."), self.ask_new_version)
        self.profiles_button = self.tool_button(self.tr("Posting profiles..."), self.profiles)
        self.profiles_button.setToolTip(self.tr("Which interest code each posting profile charges"))
        pack = QFrame()
        pack.setObjectName("tile")
        row = QHBoxLayout(pack)
        row.setContentsMargins(12, 10, 12, 10)
        explanation = plain_label(
            self.tr(
                "Dutch collection pack: the statutory interest codes WETTELIJK (art. 6:119 BW) and HANDELSRENTE "
                "(art. 6:119a BW) with their rates since 2024, compounded yearly; the letter sequence INCASSO "
                "(a reminder, a notice, then the collection costs of the BIK scale, with the 14-day letter for "
                "consumers first); and the legal clearing order (costs, then interest, then principal). The default "
                "posting profile gets them if it has none. What exists already is left as it is."
            ),
            "muted",
        )
        explanation.setWordWrap(True)
        self.pack_button = QPushButton(self.tr("Turn on the Dutch collection pack"))
        self.pack_button.clicked.connect(lambda _checked=False: self.turn_on_pack())
        row.addWidget(explanation, 1)
        row.addSpacing(12)
        row.addWidget(self.pack_button)
        self.body.addWidget(pack)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Interest code"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Rate now"), lambda r: self.rate(self.in_effect(r)), "percent"),
            Column(self.tr("Since"), lambda r: self.in_effect(r).valid_from, "date"),
            Column(self.tr("Method"), lambda r: self.method(self.in_effect(r))),
            Column(self.tr("Versions"), lambda r: len(r.versions), "int"),
            Column(self.tr("Account"), lambda r: r.account or self.tr("(default)")),
            Column(self.tr("Active"), lambda r: r.active, "bool"),
        ]

    def in_effect(self, info: InterestCodeInfo) -> InterestVersion:
        """The version that applies today (the first one if none has started yet)."""
        today = self.ctx.today()
        started = [v for v in info.versions if v.valid_from <= today]
        return started[-1] if started else info.versions[0]

    def rate(self, v: InterestVersion) -> Any:
        return v.percent if v.method != "amount_per_interval" and not v.range_by else None

    def method(self, v: InterestVersion) -> str:
        texts = {
            "yearly_per_day": self.tr("Yearly, per day"),
            "percent_per_interval": self.tr("% per interval"),
            "amount_per_interval": self.tr("Amount per interval"),
        }
        text = texts.get(v.method, v.method)
        if v.compound_yearly:
            text += ", " + self.tr("compounded")
        return text + (", " + self.tr("by ranges") if v.range_by else "")

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.interest_codes()

    def new_dialog(self) -> QDialog:
        return InterestCodeDialog(self.ctx, None, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return InterestCodeDialog(self.ctx, record, self)

    def update_actions(self) -> None:
        super().update_actions()
        self.version_button.setEnabled(self.current() is not None)

    def ask_date(self, title: str, text: str, day: dt.date, ok_text: str) -> dt.date | None:
        """Tests replace this."""
        dialog = DateQuestion(title, text, day, ok_text, self.ctx.language, self)
        return dialog.date.value() if dialog.exec() else None

    def ask_new_version(self) -> None:
        """A new rate for the selected code: ask from when, then open the editor on a copy of the latest version."""
        record = self.current()
        if record is None:
            return
        latest = max(v.valid_from for v in record.versions)
        day = self.ask_date(
            self.tr("New version"),
            self.tr("From which date does the new rate of %1 apply?").replace("%1", record.code),
            next_half_year(max(latest, self.ctx.today())),
            self.tr("Add version"),
        )
        if day is None:
            return
        dialog = InterestCodeDialog(self.ctx, record, self)
        dialog.add_version(day)
        self.open_dialog(dialog)

    def turn_on_pack(self) -> None:
        title = self.tr("Dutch collection pack")
        if not self.ask_yes(title, self.tr("Create the Dutch interest codes and letter sequence now?")):
            return
        try:
            self.ctx.company.enable_dutch_collection_pack()
        except ArdeskError as exc:
            QMessageBox.warning(self, title, message_text(exc, self.ctx.language))
            return
        self.ctx.notify_changed()


class LetterSequencesPage(EditableListPage):
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No letter sequences yet. Click New to set up your reminders and notices, or turn on the Dutch "
        "collection pack under Interest codes.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Collection letter sequences"), self.tr("Up to five letters, each some days after the previous")
        )
        self.profiles_button = self.tool_button(self.tr("Posting profiles..."), self.profiles)
        self.profiles_button.setToolTip(self.tr("Which letter sequence each posting profile uses"))

    def columns(self) -> Sequence[Column]:
        per = {"transaction": self.tr("Per transaction"), "customer": self.tr("Per customer")}
        return [
            Column(self.tr("Sequence"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Steps"), self.steps_text, stretch=True),
            Column(self.tr("Letters"), lambda r: per.get(r.per, r.per)),
            Column(self.tr("Currencies"), lambda r: ", ".join(r.currencies) or self.tr("all")),
            Column(self.tr("Fee terms"), lambda r: r.terms or ""),
            Column(self.tr("Active"), lambda r: r.active, "bool"),
        ]

    def steps_text(self, info: LetterSequenceInfo) -> str:
        """ "HERINNERING 7 d · AANMANING 14 d · INCASSO 14 d, BIK" """
        parts = []
        for step in info.steps:
            text = self.tr("%1 %2 d").replace("%1", step.code).replace("%2", str(step.days))
            if step.fee == "bik":
                text += ", " + self.tr("BIK")
            elif step.fee:
                text += ", " + self.ctx.amount(Decimal(step.fee))
            parts.append(text)
        return " · ".join(parts)

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.collection_letter_sequences()

    def new_dialog(self) -> QDialog:
        return LetterSequenceDialog(self.ctx, None, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return LetterSequenceDialog(self.ctx, record, self)


class AgingDefinitionsPage(EditableListPage):
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No aging definitions yet. Click New to set the buckets (for example 1-30, 31-60, 61-90 and over 90 days).",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Aging definitions"), self.tr("The buckets of the aging of customer balances"))
        self.default_button = self.tool_button(self.tr("Set as default"), self.set_default)
        self.delete_button = self.tool_button(self.tr("Delete"), self.delete_selected)

    def columns(self) -> Sequence[Column]:
        basis = {"due_date": self.tr("Due date"), "document_date": self.tr("Document date")}
        return [
            Column(self.tr("Definition"), lambda r: r.code),
            Column(self.tr("Age counts from"), lambda r: basis.get(r.basis, r.basis)),
            Column(self.tr("Default"), lambda r: self.tr("Yes") if r.default else ""),
            Column(self.tr("Buckets"), lambda r: "  |  ".join(b.label for b in r.buckets), stretch=True),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.aging_definitions()

    def new_dialog(self) -> QDialog:
        return AgingDefinitionDialog(self.ctx, None, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return AgingDefinitionDialog(self.ctx, record, self)

    def update_actions(self) -> None:
        super().update_actions()
        record = self.current()
        self.default_button.setEnabled(record is not None and not record.default)
        self.delete_button.setEnabled(record is not None and len(self.model.rows()) > 1)

    def set_default(self) -> None:
        record = self.current()
        if record is None:
            return
        self.ctx.company.set_default_aging_definition(record.code)
        self.ctx.notify_changed()

    def delete_selected(self) -> None:
        record = self.current()
        if record is None:
            return
        title = self.tr("Delete aging definition")
        if not self.ask_yes(title, self.tr("Delete the aging definition %1?").replace("%1", record.code)):
            return
        try:
            self.ctx.company.delete_aging_definition(record.code)
        except ArdeskError as exc:
            QMessageBox.warning(self, title, message_text(exc, self.ctx.language))
            return
        self.ctx.notify_changed()
