"""InvoiceLinesModel: the editable lines of the invoice editor, with live line amounts, totals and tax summary.

Cells keep what the user typed (text), so a half-typed number never disappears; numbers are read per
the UI locale when totals are computed and when the draft is saved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ardesk.api import AccountChoice, Charge, DetailLine, Line, TaxChoice
from ardesk.errors import ValidationError
from ardesk.i18n import parse_amount
from ardesk.money import currency_places, line_amount, percent_of
from ardesk.views.context import AppContext

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ERROR_BACKGROUND = QColor("#fde8e6")
ERROR_TEXT = QColor("#b42318")
COMPUTED_BACKGROUND = QColor("#f3f5f8")  # the line amount is worked out, not typed

#: Column keys in display order; the API names of the line fields (lines[2].unit_price).
COLUMNS = ("description", "quantity", "unit_price", "account", "tax", "amount")
EDITABLE = ("description", "quantity", "unit_price", "account", "tax")
NUMERIC = ("quantity", "unit_price", "amount")


@dataclass
class LineInput:
    """One line as typed: every cell is text; account and tax are codes."""

    description: str = ""
    quantity: str = "1"
    unit_price: str = ""
    account: str = ""
    tax: str = ""

    def is_blank(self) -> bool:
        return not self.description.strip() and not self.unit_price.strip()


@dataclass(frozen=True)
class TaxRow:
    code: str
    percent: Decimal
    base: Decimal
    amount: Decimal


@dataclass(frozen=True)
class LiveTotals:
    lines_total: Decimal
    taxes: tuple[TaxRow, ...]
    tax_total: Decimal
    total: Decimal
    charges_total: Decimal = Decimal("0.00")


@dataclass
class _Defaults:
    account: str = ""
    tax: str = ""
    names: dict[str, str] = field(default_factory=dict)


class InvoiceLinesModel(QAbstractTableModel):
    """totals_changed fires whenever a cell changes (each keystroke in the editors, see the delegate)."""

    totals_changed = Signal()
    columns = COLUMNS
    editable = EDITABLE
    numeric = NUMERIC

    def __init__(
        self,
        ctx: AppContext,
        accounts: Sequence[AccountChoice],
        taxes: Sequence[TaxChoice],
        default_account: str,
        parent: QObject | None = None,
        *,
        company_tax: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.currency = ctx.currency
        self.accounts = {a.number: a.name for a in accounts}
        #: Every code (a draft may hold one set inactive since); only active ones are offered for new choices.
        self.taxes = {t.code: t for t in taxes}
        self.default_account = default_account
        self.company_tax = company_tax  # the company's default sales tax: for a customer without one
        self.default_tax = ""
        self._lines: list[LineInput] = [self.new_line()]
        self._errors: dict[tuple[int, str], str] = {}
        self._titles = {
            "description": self.tr("Description"),
            "quantity": self.tr("Quantity"),
            "unit_price": self.tr("Unit price"),
            "account": self.tr("Account"),
            "tax": self.tr("Sales tax"),
            "amount": self.tr("Amount"),
        }

    # --- lines ----------------------------------------------------------------------------------
    def new_line(self) -> LineInput:
        """A new line takes the account of the line above it (else the default) and the customer's sales
        tax code, else the company's: a code typed on one line is never copied to the next by itself."""
        above = self._lines[-1] if getattr(self, "_lines", None) else None
        return LineInput(account=above.account if above else self.default_account, tax=self.new_line_tax())

    def new_line_tax(self) -> str:
        """The customer's code, else the company default; an inactive code is not proposed."""
        for code in (self.default_tax, self.company_tax):
            if code and (code not in self.taxes or self.taxes[code].active):
                return code
        return ""

    def active_tax_codes(self) -> list[str]:
        return [code for code, t in self.taxes.items() if t.active]

    def lines(self) -> list[LineInput]:
        return list(self._lines)

    def set_lines(self, lines: Sequence[DetailLine]) -> None:
        self.beginResetModel()
        self._lines = [
            LineInput(
                d.description,
                self.number_text(d.quantity, 0),
                self.number_text(d.unit_price if d.unit_price is not None else d.amount, 2),
                d.account,
                d.tax or "",
            )
            for d in lines
        ] or [self.new_line()]
        self._errors.clear()
        self.endResetModel()
        self.totals_changed.emit()

    def append_line(self) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(self.new_line())
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()
        if not self._lines:
            self.append_line()
        self._errors.clear()
        self.totals_changed.emit()

    def set_default_tax(self, code: str | None) -> list[int]:
        """The customer's tax code: filled into lines nobody has typed in yet. Lines with a description or
        price keep their code; returns those rows whose code differs from the new default (to tell the user)."""
        self.default_tax = code or ""
        tax = self.new_line_tax()
        kept = []
        for row, line in enumerate(self._lines):
            if line.is_blank():
                line.tax = tax
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            elif line.tax != tax:
                kept.append(row)
        self.totals_changed.emit()
        return kept

    def set_all_taxes(self, code: str) -> None:
        """Give every line this sales tax code (the user asked for it)."""
        for line in self._lines:
            line.tax = code
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(COLUMNS) - 1))
        self.totals_changed.emit()

    def untaxed_rows(self) -> list[int]:
        """Non-blank lines that charge no VAT by oversight: no code, or a plain 0 % code (kind standard or
        zero). Exempt, reverse-charge, intra-EU and export codes are deliberate and not counted."""
        out = []
        for row, line in enumerate(self._lines):
            if line.is_blank():
                continue
            tax = self.taxes.get(line.tax.strip())
            if tax is None or (tax.percent == 0 and tax.kind in ("standard", "zero")):
                out.append(row)
        return out

    def tax_kinds(self) -> set[str]:
        """The kinds of the sales tax codes the non-blank lines use."""
        return {self.taxes[ln.tax].kind for ln in self._lines if not ln.is_blank() and ln.tax in self.taxes}

    # --- numbers --------------------------------------------------------------------------------
    def number_text(self, value: Decimal | None, min_places: int) -> str:
        """A quantity or price as the user would type it: no needless zeros, the locale's decimal sign."""
        if value is None:
            return ""
        exponent = value.normalize().as_tuple().exponent
        places = max(min_places, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
        return f"{value:.{places}f}".replace(".", self._decimal_sign())

    def _decimal_sign(self) -> str:
        return "," if self.ctx.locale.startswith("nl") else "."

    def _number(self, text: str, field_: str) -> Decimal | None:
        return parse_amount(text, self.ctx.locale, field=field_)

    def line_amount(self, row: int) -> Decimal | None:
        """quantity × unit price, rounded per line (DOMAIN 0); None while either cannot be read."""
        line = self._lines[row]
        try:
            qty = self._number(line.quantity, "quantity")
            price = self._number(line.unit_price, "unit_price")
        except ValidationError:
            return None
        if price is None:
            return None
        try:
            return line_amount(qty if qty is not None else Decimal(1), price, currency_places(self.currency))
        except ValidationError:  # out of range: the API names the field when the line is saved
            return None

    def live_totals(self, charges: Sequence[tuple[Decimal, str]] = ()) -> LiveTotals:
        """Totals and the tax summary per code as the API will compute them: tax rounded once per code over
        the lines and the charges ((amount, tax code) each) together."""
        bases: dict[str, Decimal] = {}
        lines_total = Decimal("0.00")
        for row, line in enumerate(self._lines):
            amount = self.line_amount(row)
            if amount is None:
                continue
            lines_total += amount
            if line.tax in self.taxes:
                bases[line.tax] = bases.get(line.tax, Decimal("0.00")) + amount
        charges_total = Decimal("0.00")
        for amount, code in charges:
            charges_total += amount
            if code in self.taxes:
                bases[code] = bases.get(code, Decimal("0.00")) + amount
        taxes = tuple(
            TaxRow(
                code,
                self.taxes[code].percent,
                base,
                percent_of(base, self.taxes[code].percent, currency_places(self.currency)),
            )
            for code, base in sorted(bases.items(), key=lambda kv: (-self.taxes[kv[0]].percent, kv[0]))
        )
        tax_total = sum((t.amount for t in taxes), Decimal("0.00"))
        return LiveTotals(lines_total, taxes, tax_total, lines_total + charges_total + tax_total, charges_total)

    def api_lines(self) -> tuple[list[Line], list[int]]:
        """The non-blank lines as API Lines and, per API index, the model row it came from.
        A number that cannot be read raises ValidationError naming lines[i].field."""
        out: list[Line] = []
        rows: list[int] = []
        for row, line in enumerate(self._lines):
            if line.is_blank():
                continue
            i = len(out)
            qty = self._number(line.quantity, f"lines[{i}].quantity")
            price = self._number(line.unit_price, f"lines[{i}].unit_price")
            out.append(
                Line(
                    line.description.strip(),
                    quantity=qty if qty is not None else Decimal(1),
                    unit_price=price,
                    account=line.account.strip() or None,
                    tax=line.tax.strip() or None,
                )
            )
            rows.append(row)
        return out, rows

    # --- errors ---------------------------------------------------------------------------------
    def set_error(self, row: int, key: str, message: str) -> None:
        self.clear_errors()
        self._errors[(row, key)] = message
        column = COLUMNS.index(key) if key in COLUMNS else 0
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def clear_errors(self) -> None:
        old = list(self._errors)
        self._errors.clear()
        for row, key in old:
            if row < len(self._lines):
                column = COLUMNS.index(key) if key in COLUMNS else 0
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def error_at(self, row: int, key: str) -> str:
        return self._errors.get((row, key), "")

    # --- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if COLUMNS[section] in NUMERIC else LEFT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        key = COLUMNS[index.column()]
        error = self._errors.get((index.row(), key))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if key in NUMERIC else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND if error else (COMPUTED_BACKGROUND if key == "amount" else None)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_TEXT if error else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if key == "account":
                return self.accounts.get(line.account)
            if key == "tax" and line.tax in self.taxes:
                return self.taxes[line.tax].description
            return None
        if role == Qt.ItemDataRole.EditRole:
            return getattr(line, key) if key in EDITABLE else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "amount":
            amount = self.line_amount(index.row())
            return self.ctx.amount(amount, self.currency) if amount is not None else ""
        if key == "account" and line.account in self.accounts:
            return f"{line.account}  {self.accounts[line.account]}"
        if key == "tax" and line.tax in self.taxes:
            return f"{line.tax}  ({self.ctx.percent(self.taxes[line.tax].percent)})"
        return getattr(line, key)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = COLUMNS[index.column()]
        if key not in EDITABLE:
            return False
        text = "" if value is None else str(value)
        if key in ("account", "tax"):
            text = self._canonical(key, text.strip())
        line = self._lines[index.row()]
        if getattr(line, key) == text:
            return True
        setattr(line, key, text)
        self._errors.pop((index.row(), key), None)
        self.dataChanged.emit(index, index)
        amount = self.index(index.row(), COLUMNS.index("amount"))
        self.dataChanged.emit(amount, amount)
        self.totals_changed.emit()
        return True

    def _canonical(self, key: str, text: str) -> str:
        """ "btw21" -> "BTW21": codes typed in any case take the spelling of the code they name."""
        known = self.accounts if key == "account" else self.taxes
        return next((code for code in known if code.casefold() == text.casefold()), text)


# --- charges (DOMAIN 2.11) ------------------------------------------------------------------------

#: Column keys of the charges grid; the API names of the charge fields (charges[0].amount).
CHARGE_COLUMNS = ("code", "description", "tax", "amount")
CHARGE_EDITABLE = ("code", "description", "amount")
CHARGE_NUMERIC = ("amount",)


class ChargeCodeLike(Protocol):
    """A charge code as company.charge_codes() gives it."""

    @property
    def code(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def tax(self) -> str | None: ...
    @property
    def active(self) -> bool: ...


@dataclass
class ChargeInput:
    """One charge as typed: code, description (the code's own unless changed) and amount, all text."""

    code: str = ""
    description: str = ""
    amount: str = ""

    def is_blank(self) -> bool:
        return not self.code.strip() and not self.amount.strip()


class ChargesModel(QAbstractTableModel):
    """The header charges of the invoice editor (freight, handling, ...): each posts to its code's account
    and carries its code's sales tax; totals_changed fires on every change."""

    totals_changed = Signal()
    columns = CHARGE_COLUMNS
    editable = CHARGE_EDITABLE
    numeric = CHARGE_NUMERIC

    def __init__(
        self,
        ctx: AppContext,
        codes: Sequence[ChargeCodeLike],
        taxes: dict[str, TaxChoice],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.currency = ctx.currency
        self.codes = {c.code: c for c in codes}
        self.taxes = taxes
        self._rows: list[ChargeInput] = []
        self._errors: dict[tuple[int, str], str] = {}
        self._titles = {
            "code": self.tr("Charge"),
            "description": self.tr("Description"),
            "tax": self.tr("Sales tax"),
            "amount": self.tr("Amount"),
        }

    def active_codes(self) -> list[str]:
        return [code for code, c in self.codes.items() if c.active]

    def charges(self) -> list[ChargeInput]:
        return list(self._rows)

    def set_charges(self, charges: Sequence[Any]) -> None:
        """Load a draft's charges (anything with code, amount and description)."""
        self.beginResetModel()
        self._rows = [
            ChargeInput(
                c.code,
                c.description or "",
                f"{c.amount:.2f}".replace(".", "," if self.ctx.locale.startswith("nl") else "."),
            )
            for c in charges
        ]
        self._errors.clear()
        self.endResetModel()
        self.totals_changed.emit()

    def append_line(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(ChargeInput())
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._errors.clear()
        self.totals_changed.emit()

    def tax_of(self, row: int) -> str:
        code = self.codes.get(self._rows[row].code)
        return (code.tax or "") if code is not None else ""

    def amount_of(self, row: int) -> Decimal | None:
        try:
            value = parse_amount(self._rows[row].amount, self.ctx.locale, field="amount")
        except ValidationError:
            return None
        exponent = value.as_tuple().exponent if value is not None else 0
        if value is None or (isinstance(exponent, int) and -exponent > currency_places(self.currency)):
            return None  # more decimals than the currency has: the API names the cell when saving
        return value

    def live(self) -> list[tuple[Decimal, str]]:
        """(amount, tax code) of every charge that can be read, for the live totals."""
        out = []
        for row in range(len(self._rows)):
            amount = self.amount_of(row)
            if amount is not None:
                out.append((amount, self.tax_of(row)))
        return out

    def api_charges(self) -> tuple[list[Charge], list[int]]:
        """The non-blank charges as API Charges and, per API index, the row it came from."""
        out: list[Charge] = []
        rows: list[int] = []
        for row, ch in enumerate(self._rows):
            if ch.is_blank():
                continue
            i = len(out)
            amount = parse_amount(ch.amount, self.ctx.locale, field=f"charges[{i}].amount")
            if amount is None:
                raise ValidationError(f"charges[{i}].amount", self.tr("enter the amount of the charge"))
            code = self.codes.get(ch.code)
            description = ch.description.strip()
            # The code's own description is left to the engine (it may be translated on the print).
            same = code is not None and description == code.description
            out.append(Charge(ch.code.strip(), amount, description=None if same or not description else description))
            rows.append(row)
        return out, rows

    # --- errors ---------------------------------------------------------------------------------
    def set_error(self, row: int, key: str, message: str) -> None:
        self.clear_errors()
        self._errors[(row, key)] = message
        column = CHARGE_COLUMNS.index(key) if key in CHARGE_COLUMNS else 0
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def clear_errors(self) -> None:
        old = list(self._errors)
        self._errors.clear()
        for row, key in old:
            if row < len(self._rows):
                column = CHARGE_COLUMNS.index(key) if key in CHARGE_COLUMNS else 0
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def error_at(self, row: int, key: str) -> str:
        return self._errors.get((row, key), "")

    # --- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CHARGE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(CHARGE_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[CHARGE_COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if CHARGE_COLUMNS[section] in CHARGE_NUMERIC else LEFT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and CHARGE_COLUMNS[index.column()] in CHARGE_EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ch = self._rows[index.row()]
        key = CHARGE_COLUMNS[index.column()]
        error = self._errors.get((index.row(), key))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if key in CHARGE_NUMERIC else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND if error else (COMPUTED_BACKGROUND if key == "tax" else None)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_TEXT if error else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if key == "code" and ch.code in self.codes:
                return self.codes[ch.code].description
            if key == "tax":
                tax = self.taxes.get(self.tax_of(index.row()))
                return tax.description if tax else self.tr("The charge code carries no sales tax")
            return None
        if role == Qt.ItemDataRole.EditRole:
            return getattr(ch, key) if key in CHARGE_EDITABLE else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "tax":
            code = self.tax_of(index.row())
            if not ch.code:
                return ""
            if code in self.taxes:
                return f"{code}  ({self.ctx.percent(self.taxes[code].percent)})"
            return code or self.tr("none")
        if key == "amount":
            amount = self.amount_of(index.row())
            return self.ctx.amount(amount, self.currency) if amount is not None else ch.amount
        return getattr(ch, key)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = CHARGE_COLUMNS[index.column()]
        if key not in CHARGE_EDITABLE:
            return False
        text = "" if value is None else str(value)
        ch = self._rows[index.row()]
        if key == "code":
            text = next((c for c in self.codes if c.casefold() == text.strip().casefold()), text.strip())
            old = self.codes.get(ch.code)
            new = self.codes.get(text)
            if new is not None and (
                not ch.description.strip() or (old is not None and ch.description == old.description)
            ):
                ch.description = new.description  # the code's description, unless the user wrote their own
        if getattr(ch, key) == text:
            return True
        setattr(ch, key, text)
        self._errors.pop((index.row(), key), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(CHARGE_COLUMNS) - 1))
        self.totals_changed.emit()
        return True
