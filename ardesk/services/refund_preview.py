"""What a reimbursement run would refund, read without posting (DOMAIN 4.12): the refund screen's
preview. Uses the same selection as services.refunds.reimburse."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ArdeskError, ValidationError
from ardesk.models import Company, Customer, CustomerTransaction, JournalMark
from ardesk.money import money
from ardesk.services import definitions, lookup
from ardesk.services.bank import normalize_iban
from ardesk.services.text import a_date

ZERO = Decimal("0.00")
#: Why a customer with a credit balance is not refunded by the run (None: it is).
SKIPS = ("below_minimum", "open_debits", "in_journal")


@dataclass(frozen=True)
class RefundCandidate:
    """A customer with a net credit balance in one currency on the run's date. skip: None when the run
    refunds it, else one of SKIPS. bank_problem: why the refund cannot go into a SEPA credit transfer
    file (no IBAN, a wrong IBAN, not EUR); "" when it can. bank_refusal: the same as an error, whose
    template and params the GUI shows in its language (i18n.field_message); None when it can."""

    customer: str
    name: str
    currency: str
    credit: Decimal
    open_debits: Decimal
    iban: str | None
    skip: str | None
    bank_problem: str
    bank_refusal: ArdeskError | None = None


def refund_candidates(
    s: Session,
    company: Company,
    date: object,
    *,
    customers: Sequence[str] | None = None,
    minimum: object = None,
    include_customers_with_open_debits: object = False,
) -> list[RefundCandidate]:
    """Every customer (and currency) with a net credit on `date`, by account, with whether the run
    refunds it; the same rules as refunds.reimburse, nothing is written."""
    day = a_date(date, "date")
    if not isinstance(include_customers_with_open_debits, bool):
        raise ValidationError("include_customers_with_open_debits", "must be True or False")
    params = lookup.parameters(s, company.id)
    floor = params.minimum_reimbursement if minimum is None else money(minimum, "minimum", positive=True)
    query = select(CustomerTransaction).where(
        CustomerTransaction.company_id == company.id, definitions.is_open(), CustomerTransaction.date <= day
    )
    if customers is not None:
        if not isinstance(customers, list | tuple):
            raise ValidationError("customers", "must be a list of customer accounts")
        ids = [lookup.by_code(s, Customer, company.id, c, f"customers[{i}]").id for i, c in enumerate(customers)]
        query = query.where(CustomerTransaction.customer_id.in_(ids))
    locked = set(s.scalars(select(JournalMark.transaction_id).where(JournalMark.company_id == company.id)))
    groups: dict[tuple[int, str], list[CustomerTransaction]] = defaultdict(list)
    for txn in s.scalars(query.order_by(CustomerTransaction.id)):
        groups[(txn.customer_id, txn.currency)].append(txn)
    out = []
    for (customer_id, currency), txns in groups.items():
        credit = -sum((t.balance for t in txns), ZERO)
        if credit <= 0:
            continue
        debits = sum((t.balance for t in txns if t.balance > 0), ZERO)
        if any(t.id in locked for t in txns):
            skip: str | None = "in_journal"
        elif debits and not include_customers_with_open_debits:
            skip = "open_debits"
        elif credit < floor:
            skip = "below_minimum"
        else:
            skip = None
        cust = s.get(Customer, customer_id)
        problem = _bank_problem(cust, currency)
        out.append(
            RefundCandidate(
                cust.account,
                cust.name,
                currency,
                credit,
                debits,
                cust.iban,
                skip,
                problem.message if problem is not None else "",
                problem,
            )
        )
    return sorted(out, key=lambda c: (c.customer, c.currency))


def _bank_problem(cust: Customer, currency: str) -> ArdeskError | None:
    """Why a refund to this customer cannot be paid by SEPA credit transfer (None when it can)."""
    if currency != "EUR":
        return ArdeskError("in {currency}; SEPA credit transfers are in EUR", currency=currency)
    if not cust.iban:
        return ArdeskError("no IBAN")
    try:
        normalize_iban(cust.iban)
    except ValidationError as exc:
        return exc
    return None
