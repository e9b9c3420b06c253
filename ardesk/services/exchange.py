"""Lists as spreadsheet files (CSV, XLSX) and customers read from a CSV file: the tables, the writers, the reader.

CSV as Excel opens it by double-click in the language's region (as services.aging.write_csv): UTF-8 with a
byte order mark; Dutch: ";" between cells and a decimal comma (the list separator of Excel NL), English: ","
and a decimal point; amounts without thousands separators, dates as YYYY-MM-DD. XLSX cells are typed:
amounts are numbers (the Decimal's exact digits, number format 0.00), dates are dates.

Formula injection (OWASP "CSV injection"): a text cell beginning with = + - @, a tab or a carriage return is
written with a leading ' in CSV and as a string cell (quote-prefixed) in XLSX. Only text is touched: a
negative amount is a number and stays one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ArdeskError, ValidationError
from ardesk.models import Company, Customer, CustomerTransaction
from ardesk.services import aging, customers, definitions
from ardesk.services.records import CustomerInfo

#: A cell of a table: text, an amount, a whole number, a date, yes/no or empty.
Cell = str | Decimal | int | dt.date | bool | None

#: File formats by suffix.
FORMATS = (".csv", ".xlsx")
#: The lists export_table writes.
TABLES = ("customers", "open_items", "aging", "transactions")

#: Characters a spreadsheet reads as the start of a formula: text beginning with one gets a leading '.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    """A list as plain values: a title (the sheet's name), the column headings and the rows."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def spreadsheet_text(value: str) -> str:
    """Text that a spreadsheet shows as text: a leading = + - @ (or tab, carriage return) is neutralised."""
    return "'" + value if value.startswith(FORMULA_START) else value


def file_format(path: str | os.PathLike[str], field: str = "path") -> str:
    """The format of a file to write or read, from its suffix: ".csv" or ".xlsx"; anything else is refused."""
    if not isinstance(path, str | os.PathLike):
        raise ValidationError(field, "give the file to write")
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(field, "the file name must end in .csv or .xlsx, not {suffix!r}", suffix=suffix)
    return suffix


def write_table(table: Table, path: str | os.PathLike[str], language: str) -> None:
    """Write the table as CSV or XLSX, by the file's suffix."""
    if file_format(path) == ".xlsx":
        write_xlsx(table, path)
    else:
        write_csv(table, path, language)


def write_csv(table: Table, path: str | os.PathLike[str], language: str) -> None:
    """The table as CSV for Excel in the language's region (see the module docstring)."""
    comma = language == "nl"

    def cell(value: Cell) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return yes_no(value)
        if isinstance(value, Decimal):
            text = f"{value:f}"
            return text.replace(".", ",") if comma else text
        if isinstance(value, int):
            return str(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        return spreadsheet_text(value)

    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";" if comma else ",", lineterminator="\r\n")
        writer.writerow([spreadsheet_text(h) for h in table.headers])
        writer.writerows([cell(v) for v in row] for row in table.rows)


def write_xlsx(table: Table, path: str | os.PathLike[str]) -> None:
    """The table as one worksheet: typed cells, bold headings, the heading row frozen and filtered, columns
    as wide as their contents."""
    from openpyxl import Workbook  # loaded only when a spreadsheet is written
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(table.title)
    widths = [len(h) for h in table.headers]
    bold = Font(bold=True)
    for column, heading in enumerate(table.headers, start=1):
        c = sheet.cell(row=1, column=column)
        _text_cell(c, heading)
        c.font = bold
    for r, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row, start=1):
            c = sheet.cell(row=r, column=column)
            if value is None:
                continue
            if isinstance(value, bool):
                _text_cell(c, yes_no(value))
                shown = 3
            elif isinstance(value, Decimal):
                c.value = value  # written with the Decimal's own digits: exact
                c.number_format = "#,##0.00"
                shown = len(f"{value:,.2f}")
            elif isinstance(value, int):
                c.value = value
                shown = len(str(value))
            elif isinstance(value, dt.date):
                c.value = value
                c.number_format = "yyyy-mm-dd"
                shown = 10
            else:
                _text_cell(c, value)
                shown = max((len(line) for line in value.splitlines()), default=0)
            widths[column - 1] = max(widths[column - 1], shown)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    if table.headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{max(len(table.rows) + 1, 1)}"
    book.save(path)


def _text_cell(c: object, text: str) -> None:
    """A string cell, whatever it begins with: openpyxl would make "=..." a formula; a text that a
    spreadsheet reads as a formula when edited gets Excel's quote prefix (shown as text, not evaluated)."""
    c.value = text  # type: ignore[attr-defined]
    c.data_type = "s"  # type: ignore[attr-defined]
    if text.startswith(FORMULA_START):
        c.quotePrefix = True  # type: ignore[attr-defined]


def _sheet_title(title: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip() or "Sheet"
    return cleaned[:31]


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


# --- the tables ------------------------------------------------------------------------------------------

#: Column headings of the exported lists other than customers: key -> (English, Dutch).
HEADINGS: dict[str, tuple[str, str]] = {
    "customers": ("Customers", "Klanten"),
    "open_items": ("Open items", "Openstaande posten"),
    "transactions": ("Transactions", "Transacties"),
    "aging": ("Aging", "Ouderdom"),
    "account": ("Account", "Klant"),
    "name": ("Name", "Naam"),
    "number": ("Number", "Nummer"),
    "kind": ("Type", "Soort"),
    "date": ("Date", "Datum"),
    "due_date": ("Due date", "Vervaldatum"),
    "currency": ("Currency", "Valuta"),
    "amount": ("Amount", "Bedrag"),
    "balance": ("Open balance", "Openstaand"),
    "closed_date": ("Closed on", "Afgesloten op"),
    "days_overdue": ("Days overdue", "Dagen vervallen"),
}


def heading(key: str, language: str) -> str:
    english, dutch = HEADINGS[key]
    return dutch if language == "nl" else english


def kind_text(kind: str, language: str) -> str:
    """A transaction kind as the printed documents call it (reports.texts "kind_..."), else the code."""
    from ardesk.reports import texts

    key = "kind_" + kind
    return texts.text(key, language) if key in texts.LABELS else kind


#: The customers list's columns: the names import_customers reads (create_customer's keywords), then the
#: balance, which is exported for information and ignored on import.
CUSTOMER_COLUMNS = (
    "account",
    "name",
    "group",
    "currency",
    "language",
    "country",
    "vat_number",
    "coc_number",
    "address",
    "contact",
    "email",
    "phone",
    "iban",
    "bic",
    "credit_limit",
    "mandatory_credit_limit",
    "terms",
    "cash_discount",
    "method_of_payment",
    "posting_profile",
    "sales_tax",
    "party",
    "consumer",
    "on_hold",
    "collection_status",
)
#: Columns of the customers export that an import reads and ignores.
IGNORED_COLUMNS = ("balance",)


def customers_table(s: Session, company: Company, language: str) -> Table:
    """Every customer, by account, in the columns an import reads (so an edited export imports again)."""
    rows = customers.all_customers(s, company.id)

    def values(info: CustomerInfo) -> tuple[Cell, ...]:
        return (*(getattr(info, key) for key in CUSTOMER_COLUMNS), info.balance)

    return Table(heading("customers", language), (*CUSTOMER_COLUMNS, *IGNORED_COLUMNS), [values(r) for r in rows])


def open_items_table(
    s: Session, company: Company, as_of: dt.date | None, language: str, customer_id: int | None = None
) -> Table:
    """Every open customer transaction, oldest due first: now (as_of None) or as it stood at the end of
    as_of (definitions.AsOf: balance as of the day, and its days overdue)."""
    ct = CustomerTransaction
    due = definitions.falls_due()
    columns = (
        Customer.account,
        Customer.name,
        ct.number,
        ct.kind,
        ct.date,
        ct.due_date,
        ct.currency,
        ct.amount,
    )
    cut = None if as_of is None else definitions.as_of(as_of)
    balance = ct.balance if cut is None else cut.balance
    q: Any = select(*columns, balance, due).select_from(ct).join(Customer, Customer.id == ct.customer_id)
    q = q.where(definitions.is_open()) if cut is None else cut.join(q).where(cut.is_open())
    q = q.where(ct.company_id == company.id)
    if customer_id is not None:
        q = q.where(ct.customer_id == customer_id)
    q = q.order_by(due, ct.number)
    keys = ("account", "name", "number", "kind", "date", "due_date", "currency", "amount", "balance")
    headers = tuple(heading(k, language) for k in keys)
    if as_of is not None:
        headers += (heading("days_overdue", language),)
    rows: list[tuple[Cell, ...]] = []
    for account, name, number, kind, date, due_date, currency, amount, balance, falls_due in s.execute(q):
        row: tuple[Cell, ...] = (
            account,
            name,
            number,
            kind_text(kind, language),
            date,
            due_date,
            currency,
            amount,
            balance,
        )
        if as_of is not None:  # only debits fall due (definitions.AsOf.is_overdue)
            overdue = (as_of - falls_due).days if balance > 0 and falls_due < as_of else 0
            row += (overdue,)
        rows.append(row)
    return Table(heading("open_items", language), headers, rows)


def transactions_table(s: Session, company: Company, language: str, customer_id: int | None = None) -> Table:
    """Every posted customer transaction (of one customer if given), oldest first, with its open balance."""
    ct = CustomerTransaction
    q = (
        select(
            ct.number,
            ct.kind,
            ct.date,
            ct.due_date,
            Customer.account,
            Customer.name,
            ct.currency,
            ct.amount,
            ct.balance,
            ct.closed_date,
        )
        .join(Customer, Customer.id == ct.customer_id)
        .where(ct.company_id == company.id)
        .order_by(ct.date, ct.id)
    )
    if customer_id is not None:
        q = q.where(ct.customer_id == customer_id)
    keys = ("number", "kind", "date", "due_date", "account", "name", "currency", "amount", "balance", "closed_date")
    rows: list[tuple[Cell, ...]] = [
        (number, kind_text(kind, language), *rest) for number, kind, *rest in s.execute(q).all()
    ]
    return Table(heading("transactions", language), tuple(heading(k, language) for k in keys), rows)


def aging_table(s: Session, company: Company, as_of: dt.date, definition: str | None, language: str) -> Table:
    """The aging as of the date by the definition (the default one unless named), one row per customer: the
    columns of the aging CSV (services.aging.write_csv)."""
    from ardesk.reports import texts

    found = aging.resolve_definition(s, company.id, definition)
    rows = aging.aging_rows(s, company.id, as_of, found)
    headers = (
        texts.text("aging_account", language),
        texts.text("aging_name", language),
        *(_bucket_heading(label, language) for label in found.labels),
        texts.text("total", language),
        texts.text("aging_overdue", language),
        texts.text("aging_credit_limit", language),
        texts.text("aging_currency", language),
    )
    body: list[tuple[Cell, ...]] = [
        (
            r.customer,
            r.name,
            *(r.buckets[label] for label in found.labels),
            r.total,
            r.overdue,
            r.credit_limit,
            company.currency,
        )
        for r in rows
    ]
    return Table(f"{heading('aging', language)} {as_of.isoformat()}", headers, body)


def _bucket_heading(label: str, language: str) -> str:
    """A bucket's heading as in the aging CSV: a label of digits and dashes ("1-30") gets "days" after it, or
    Excel turns it into a date (30 January)."""
    from ardesk.reports import texts

    if any(ch.isdigit() for ch in label) and all(ch.isdigit() or ch in "-/. " for ch in label):
        return texts.text("aging_days", language, label=label)
    return aging.printed_label(label, language)


# --- reading customers from CSV ----------------------------------------------------------------------------

#: The columns a customer import reads: create_customer's keywords (invoice_account, a reference to another
#: customer, is set in the customer's editor).
IMPORT_COLUMNS = ("account", *(f for f in customers.FIELDS if f != "invoice_account"))
#: Yes/no columns: yes, no, true, false, 1, 0, y, n, ja, nee, j (any case); empty is the default (no).
FLAGS = ("mandatory_credit_limit", "consumer")
_YES = ("yes", "y", "true", "1", "ja", "j", "x")
_NO = ("no", "n", "false", "0", "nee")


@dataclass(frozen=True)
class ImportRow:
    """One row of the file: its row number in the spreadsheet (the headings are row 1), the text of each
    column, and the engine's refusal per column (empty when the row can be imported)."""

    line: int
    values: dict[str, str]
    errors: dict[str, ArdeskError] = field(default_factory=dict)

    @property
    def account(self) -> str:
        return self.values.get("account", "")


@dataclass(frozen=True)
class CustomerImportPreview:
    """What import_customers would do with a file: its columns (as normalised) and every row with its errors."""

    columns: tuple[str, ...]
    rows: tuple[ImportRow, ...]
    delimiter: str
    encoding: str

    @property
    def error_rows(self) -> int:
        """How many rows have at least one error."""
        return sum(1 for r in self.rows if r.errors)

    @property
    def ok(self) -> bool:
        """True when there is something to import and no row has an error."""
        return bool(self.rows) and not self.error_rows


def read_csv_file(path: str | os.PathLike[str]) -> tuple[list[list[str]], str, str]:
    """The cells of a CSV file, its delimiter and its encoding. UTF-8 with or without a byte order mark,
    else Windows-1252 (what Excel writes as "CSV"); the delimiter is the one of , and ; the heading row uses."""
    if not isinstance(path, str | os.PathLike):
        raise ValidationError("path", "give the file to read")
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ValidationError("path", "there is no file {path}", path=str(path)) from None
    except IsADirectoryError:
        raise ValidationError("path", "{path} is a folder, not a file", path=str(path)) from None
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined
        raise ValidationError("path", "the file is not a text file") from None
    if "\x00" in text:
        raise ValidationError("path", "the file is not a text file")
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise ValidationError("path", "the file is empty")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows, delimiter, "utf-8" if encoding == "utf-8-sig" else encoding


def column_name(heading_text: str) -> str:
    """A heading as a column name: "VAT number" and "vat-number" are vat_number."""
    return "_".join(heading_text.strip().lower().replace("-", " ").split())


def parse_customer_file(path: str | os.PathLike[str]) -> CustomerImportPreview:
    """The file's rows as texts per column, not yet checked against the books; a file that cannot be read
    as customers (no headings, an unknown or repeated column, no account or name) is refused."""
    cells, delimiter, encoding = read_csv_file(path)
    while cells and not any(c.strip() for c in cells[0]):
        cells.pop(0)
    if not cells:  # nothing but empty cells (";" alone): no headings at all
        raise ValidationError("path", "the file needs the columns account and name")
    header_line = cells.pop(0)
    columns = tuple(column_name(h) for h in header_line)
    seen: set[str] = set()
    for name in columns:
        if name not in IMPORT_COLUMNS and name not in IGNORED_COLUMNS:
            raise ValidationError(
                "path",
                "the column {name!r} is not a customer field; the columns are {choices}",
                name=name,
                choices=", ".join(IMPORT_COLUMNS),
            )
        if name in seen:
            raise ValidationError("path", "the column {name!r} is there twice", name=name)
        seen.add(name)
    if "account" not in seen or "name" not in seen:
        raise ValidationError("path", "the file needs the columns account and name")
    rows: list[ImportRow] = []
    for index, row in enumerate(cells, start=2):
        if not any(c.strip() for c in row):
            continue
        values = {name: _unquoted(row[i]) if i < len(row) else "" for i, name in enumerate(columns)}
        errors: dict[str, ArdeskError] = {}
        if len(row) > len(columns) and any(c.strip() for c in row[len(columns) :]):
            errors["row"] = ValidationError(
                "columns", "the row has {count} cells, the headings {expected}", count=len(row), expected=len(columns)
            )
        rows.append(ImportRow(index, values, errors))
    return CustomerImportPreview(columns, tuple(rows), delimiter, encoding)


def _unquoted(cell: str) -> str:
    """A cell's text as typed: without surrounding spaces, and without the ' that an export (this module's
    spreadsheet_text) puts before text a spreadsheet would read as a formula."""
    text = cell.strip()
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def amount_text(text: str) -> str:
    """An amount as typed in either region as the engine reads it: "1.234,56", "1,234.56", "1234,5" and
    "1234.5" are all fine (the last of , and . is the decimal separator; one comma alone is decimal)."""
    t = text.replace(" ", "").replace("\u00a0", "")
    if "," in t and "." in t:
        decimal_sep = "," if t.rfind(",") > t.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        t = t.replace(thousands, "").replace(decimal_sep, ".")
    elif t.count(",") == 1:
        t = t.replace(",", ".")
    elif t.count(",") > 1 or t.count(".") > 1:
        t = t.replace(",", "").replace(".", "")
    return t


def _fields(row: ImportRow) -> tuple[dict[str, object], dict[str, ArdeskError]]:
    """The create_customer keywords of a row (empty cells left out: the engine's default) and the cells that
    are not values at all (a yes/no column with something else)."""
    fields: dict[str, object] = {}
    errors: dict[str, ArdeskError] = {}
    for name, text in row.values.items():
        if name in ("account", "name") or name in IGNORED_COLUMNS or not text:
            continue
        if name in FLAGS:
            if text.lower() in _YES:
                fields[name] = True
            elif text.lower() in _NO:
                fields[name] = False
            else:
                errors[name] = ValidationError(name, "must be yes or no, got {value!r}", value=text)
        elif name == "credit_limit":  # the engine takes a Decimal, never text (money.as_decimal)
            try:
                fields[name] = Decimal(amount_text(text))
            except InvalidOperation:
                errors[name] = ValidationError(name, "{value!r} is not a number", value=text)
        elif name == "language":
            fields[name] = text.lower()
        elif name in ("currency", "country"):
            fields[name] = text.upper()
        else:
            fields[name] = text
    return fields, errors


def check_customer_rows(
    s: Session, company: Company, preview: CustomerImportPreview, *, keep: bool = False
) -> CustomerImportPreview:
    """Each row created, in the file's order, by the engine's own create_customer inside a savepoint: every
    field at fault is found (a field refused is left out and the row tried again), and an account twice in the
    file or already in the books is refused. The savepoint is rolled back (nothing written), unless keep is
    set and no row has an error: then the customers stay in the caller's transaction (import_customers).
    (create_customer checks every value before it adds the customer, so a refused row leaves nothing behind.)"""
    checked: list[ImportRow] = []
    first_line: dict[str, int] = {}
    outer = s.begin_nested()
    try:
        for row in preview.rows:
            errors = dict(row.errors)
            fields, bad = _fields(row)
            errors.update(bad)
            account, name = row.values.get("account", ""), row.values.get("name", "")
            key = _account_key(account)  # "10010" and full-width "１００１０" are one account
            if account and key in first_line:
                errors["account"] = ValidationError(
                    "account", "{account!r} is already in row {line}", account=account, line=first_line[key]
                )
                account = ""
            elif account:
                first_line[key] = row.line
            errors.update(_engine_errors(s, company, row.line, account, name, fields, skip="account" in errors))
            checked.append(ImportRow(row.line, row.values, errors))
    except BaseException:
        outer.rollback()
        raise
    if keep and not any(r.errors for r in checked):
        outer.commit()
    else:
        outer.rollback()
    return CustomerImportPreview(preview.columns, tuple(checked), preview.delimiter, preview.encoding)


def _account_key(account: str) -> str:
    """The account in its one normal form (lookup.code_text), or as typed when that refuses it."""
    from ardesk.services import lookup

    try:
        return lookup.code_text(account, "account", max_len=30) if account else ""
    except ValidationError:
        return account


def _engine_errors(
    s: Session, company: Company, line: int, account: str, name: str, fields: dict[str, object], *, skip: bool
) -> dict[str, ArdeskError]:
    """What create_customer refuses of the row, per column. An account or name refused (or already known to be
    wrong, skip) is replaced by a stand-in, so the other columns are checked too."""
    errors: dict[str, ArdeskError] = {}
    fields = dict(fields)
    stand_in = f"~import-check-{line}"
    if skip:
        account = stand_in
    for _attempt in range(len(fields) + 3):
        try:
            customers.create_customer(s, company, account, name, **fields)
        except ValidationError as exc:
            column = exc.field.split(".")[0].split("[")[0]
            if column == "account" and account != stand_in:
                errors["account"] = exc
                account = stand_in
            elif column == "name" and name != "~":
                errors["name"] = exc
                name = "~"
            elif column in fields:
                errors[column] = exc
                del fields[column]
            else:  # a refusal that names no column of the row: shown on the account
                errors.setdefault("account", exc)
                break
        else:
            break
    return errors


def first_error(preview: CustomerImportPreview) -> ValidationError | None:
    """The first refusal of a checked file as one error naming its row and column ("row 3, iban")."""
    for row in preview.rows:
        for column, exc in row.errors.items():
            where = f"row {row.line}" if column == "row" else f"row {row.line}, {column}"
            return ValidationError(where, exc.template, **exc.params)
    return None


def customer_id(s: Session, company: Company, account: str | None) -> int | None:
    """The id of a customer account (None for none); an unknown account is refused."""
    if account is None:
        return None
    from ardesk.services import lookup

    return lookup.by_code(s, Customer, company.id, account, "customer").id
