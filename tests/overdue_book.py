"""A small book on which "open", "overdue as of" and "balance as of" are easy to get wrong: invoices
partly paid, paid after the as-of date, settled and unsettled again after it, a credit note, an unapplied
payment, items without a due date and an invoice dated after the as-of date. The figures every list,
tile and the aging must show as of AS_OF are spelled out below."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D

from ardesk.api import Books, Company, Line, Mark
from ardesk.models import Customer, PostingProfile
from ardesk.services import lookup
from ardesk.services.posting import Entry, post_voucher
from ardesk.services.transactions import OpenItem, open_item

AS_OF = dt.date(2026, 6, 30)


def day(offset: int) -> dt.date:
    return AS_OF + dt.timedelta(days=offset)


@dataclass(frozen=True)
class Book:
    company: Company
    numbers: dict[str, str]  # name in this module -> document number


def item_without_due_date(company: Company, customer: str, date: dt.date, amount: D, kind: str = "fee") -> str:
    """A debit with no due date (e.g. an opening balance brought in from another system): posting
    through the API always sets one, so it is written the way the services write a fee."""
    with company.books.writing() as s:
        co = lookup.company(s, company.code)
        cust = lookup.by_code(s, Customer, co.id, customer, "customer")
        receivable = lookup.role_account(s, co.id, "receivable").id
        revenue = lookup.role_account(s, co.id, "revenue").id
        voucher = post_voucher(
            s,
            co,
            date,
            kind,
            [
                Entry(receivable, amount, "Opening balance", cust.id, co.currency, amount),
                Entry(revenue, -amount, "Opening balance", currency=co.currency, amount_cur=-amount),
            ],
            sequence="adjustment_voucher",
            text="Opening balance",
        )
        profile = lookup.by_code(s, PostingProfile, co.id, "GEN", "posting_profile")
        return open_item(
            s,
            co.id,
            OpenItem(
                customer_id=cust.id,
                voucher_id=voucher.id,
                number=voucher.number,
                kind=kind,
                date=date,
                amount=amount,
                amount_acc=amount,
                currency=co.currency,
                account_id=receivable,
                posting_profile_id=profile.id,
                due_date=None,
            ),
        ).number


def build(books: Books) -> Book:
    co = books.create_company("OD", "Overdue B.V.", currency="EUR")
    co.create_terms_of_payment("N30", days=30)
    co.create_customer("A", "Aannemer A", terms="N30")
    co.create_customer("B", "Bouwbedrijf B", terms="N30")

    def invoice(customer: str, offset: int, amount: str) -> str:
        return co.post_free_text_invoice(customer, day(offset), [Line("Work", D(amount))]).number

    n = {
        "a1": invoice("A", -61, "100.00"),  # due -31: overdue 31 days (31-60)
        "a2": invoice("A", -45, "200.00"),  # due -15: 50.00 paid on -10, 150.00 overdue (1-30)
        "b1": invoice("B", -10, "300.00"),  # due +20: current
        "b2": invoice("B", -40, "400.00"),  # due -10: paid on +5, so overdue on AS_OF (1-30), closed now
        "a3": invoice("A", -100, "500.00"),  # due -70: paid on -60, unsettled on +3: closed on AS_OF, open now
        "a4": invoice("A", 3, "700.00"),  # dated after AS_OF: not open on AS_OF, open now
    }
    co.post_payment("A", day(-10), D("50.00"), marks=[Mark(n["a2"], D("50.00"))])
    co.post_payment("B", day(5), marks=[Mark(n["b2"])])
    co.post_payment("A", day(-60), marks=[Mark(n["a3"])])
    settled = next(r for r in co.settlements(n["a3"]) if r.unsettled_date is None)
    co.unsettle(settled.id, day(3))
    n["cn"] = co.post_credit_note("B", day(-5), [Line("Returned", D("60.00"))]).number  # credit, due +25: current
    n["pb"] = co.post_payment("B", day(-35), D("80.00")).number  # unapplied credit, no due date: 31-60
    n["xa"] = item_without_due_date(co, "A", day(-20), D("70.00"))  # no due date, 20 days past: overdue (1-30)
    n["xb"] = item_without_due_date(co, "B", day(0), D("30.00"))  # no due date, falls due today: current
    return Book(co, n)


#: Overdue on AS_OF: (name, balance on AS_OF, days overdue).
OVERDUE = (("a1", D("100.00"), 31), ("b2", D("400.00"), 10), ("a2", D("150.00"), 15), ("xa", D("70.00"), 20))
#: The default aging definition's buckets on AS_OF (due-date basis).
AGING = {
    "Current": D("270.00"),  # b1 300 - cn 60 + xb 30
    "1-30": D("620.00"),  # a2 150 + b2 400 + xa 70
    "31-60": D("20.00"),  # a1 100 - pb 80
    "61-90": D("0.00"),
    "Over 90": D("0.00"),
}
#: Invoices and credit notes the Invoicing list shows as overdue on AS_OF, and as open now.
INVOICING_OVERDUE = ("a1", "a2", "b2")
INVOICING_OPEN_NOW = ("a1", "a2", "a3", "a4", "b1", "cn")
