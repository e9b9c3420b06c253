"""Company methods that change set-up after it was made: edit, deactivate, activate and delete codes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ardesk.calls.door import Door
from ardesk.models import Account, AccountRole, ExchangeRate, SalesTax
from ardesk.services import setup_edits
from ardesk.services.records import AccountRow, ExchangeRateRow, SalesTaxInfo
from ardesk.services.tax_texts import legal_text

#: What set_active and delete_code take as kind.
CODE_KINDS = tuple(setup_edits.CODE_KINDS)


class SetupEditCalls(Door):
    """Mixed into ardesk.api.Company. Codes in use are deactivated, never deleted (services.setup_edits)."""

    def sales_tax_codes(self) -> list[SalesTaxInfo]:
        """Every sales-tax code with its rate, kind, account, whether it is active and the wording it prints."""
        with self._read() as (s, co):
            rows = s.execute(
                select(SalesTax, Account.number)
                .join(Account, Account.id == SalesTax.account_id)
                .where(SalesTax.company_id == co.id)
                .order_by(SalesTax.code)
            ).all()
            return [
                SalesTaxInfo(
                    code=t.code,
                    name=t.description,
                    percent=t.percent,
                    active=t.active,
                    kind=t.kind,
                    account=number,
                    invoice_text=legal_text(t.kind, co.language, t.invoice_text),
                )
                for t, number in rows
            ]

    def update_sales_tax(self, code: str, **fields: object) -> None:
        """description, percent, account, kind, invoice_text."""
        self._write(setup_edits.update_sales_tax, code, **fields)

    def update_terms_of_payment(self, code: str, **fields: object) -> None:
        """description, days, months, basis ("net" | "cod")."""
        self._write(setup_edits.update_terms_of_payment, code, **fields)

    def update_cash_discount(self, code: str, **fields: object) -> None:
        """description, periods [(days, percent), ...], account."""
        self._write(setup_edits.update_cash_discount, code, **fields)

    def update_customer_group(self, code: str, **fields: object) -> None:
        """name, terms."""
        self._write(setup_edits.update_customer_group, code, **fields)

    def update_method_of_payment(self, code: str, **fields: object) -> None:
        """description, kind, account, direct_debit."""
        self._write(setup_edits.update_method_of_payment, code, **fields)

    def update_posting_profile(self, code: str, **fields: object) -> None:
        """description, lines [(scope, who, receivable account[, write-off account])] (replaces the lines)."""
        self._write(setup_edits.update_posting_profile, code, **fields)

    def update_charge_code(self, code: str, **fields: object) -> None:
        """description, account, tax."""
        self._write(setup_edits.update_charge_code, code, **fields)

    def update_account(self, number: str, **fields: object) -> None:
        """name; kind while nothing is posted to it."""
        self._write(setup_edits.update_account, number, **fields)

    def update_number_sequence(self, code: str, **fields: object) -> None:
        """prefix, width, next_number (only upwards)."""
        self._write(setup_edits.update_number_sequence, code, **fields)

    def set_active(self, kind: str, code: str, active: bool) -> None:
        """Deactivate (False) or activate a code of a kind in CODE_KINDS; a deactivated code is refused on
        anything new and stays on what has it."""
        self._write(setup_edits.set_active, kind, code, active)

    def code_uses(self, kind: str, code: str) -> dict[str, int]:
        """Where a code is used: {table: rows}; empty means it may be deleted."""
        with self._read() as (s, co):
            return setup_edits.uses(s, co, kind, code)

    def delete_code(self, kind: str, code: str) -> None:
        """Delete a code nothing uses (ValidationError on "code" naming where it is used otherwise)."""
        self._write(setup_edits.delete_code, kind, code)

    def exchange_rates(self, currency: str | None = None) -> list[ExchangeRateRow]:
        """Every exchange rate (of one currency), newest first per currency."""
        with self._read() as (s, co):
            q = select(ExchangeRate.currency, ExchangeRate.valid_from, ExchangeRate.rate).where(
                ExchangeRate.company_id == co.id
            )
            if currency is not None:
                q = q.where(ExchangeRate.currency == currency)
            q = q.order_by(ExchangeRate.currency, ExchangeRate.valid_from.desc())
            return [ExchangeRateRow(*row) for row in s.execute(q)]

    def delete_exchange_rate(self, currency: str, valid_from: dt.date) -> None:
        self._write(setup_edits.delete_exchange_rate, currency, valid_from)

    def accounts(self) -> list[AccountRow]:
        """Every GL account with the roles it serves, by number."""
        with self._read() as (s, co):
            roles: dict[int, list[str]] = {}
            for account_id, role in s.execute(
                select(AccountRole.account_id, AccountRole.role).where(AccountRole.company_id == co.id)
            ):
                roles.setdefault(account_id, []).append(role)
            q = select(Account).where(Account.company_id == co.id).order_by(Account.number)
            return [
                AccountRow(a.number, a.name, a.kind, a.summary, a.active, tuple(sorted(roles.get(a.id, ()))))
                for a in s.scalars(q)
            ]
