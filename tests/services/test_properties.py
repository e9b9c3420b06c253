"""Property-based: whatever documents are posted, the books balance and subledger equals ledger."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ardesk.api import Books, Line

amounts = st.decimals(min_value=D("0.01"), max_value=D("99999.99"), places=2)
line = st.builds(
    lambda a, q, tax: Line("item", a, tax=tax) if q is None else Line("item", quantity=q, unit_price=a, tax=tax),
    amounts,
    st.one_of(st.none(), st.decimals(min_value=D("1"), max_value=D("999"), places=4)),
    st.sampled_from([None, "HIGH", "LOW", "ODD"]),
)
document = st.tuples(
    st.sampled_from(["invoice", "credit_note"]),
    st.sampled_from(["A", "B", "F"]),
    st.integers(0, 60),
    st.lists(line, min_size=1, max_size=5),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(document, min_size=1, max_size=8))
def test_random_documents_keep_the_books_balanced(docs):
    with Books.open(":memory:") as books:
        co = books.create_company("P", "Property")
        co.create_sales_tax("HIGH", D("21"))
        co.create_sales_tax("LOW", D("9"))
        co.create_sales_tax("ODD", D("7.125"))
        co.create_customer("A", "Alpha")
        co.create_customer("B", "Beta", invoice_account="A")
        co.create_customer("F", "Foreign", currency="USD")
        posted = []
        for kind, customer, offset, lines in docs:
            post = co.post_free_text_invoice if kind == "invoice" else co.post_credit_note
            extra = {"exchange_rate": D("0.91234567")} if customer == "F" else {}
            doc = post(customer, date(2026, 1, 1) + timedelta(days=offset), lines, **extra)
            posted.append(doc)
            vl = co.voucher_lines(doc.voucher)
            assert sum(v.debit for v in vl) == sum(v.credit for v in vl)
            assert (doc.amount > 0) == (doc.kind == "invoice")
        tb = co.trial_balance()
        assert sum(r.debit for r in tb) == sum(r.credit for r in tb)
        assert all(r.difference == 0 for r in co.reconcile_receivables())
        home = [d for d in posted if d.currency == "EUR"]
        assert co.customer_balance("A") == sum((d.amount for d in home), D("0.00"))
        assert [d.number for d in posted if d.kind == "invoice"] == [
            f"INV-{i:06d}" for i in range(1, 1 + sum(d.kind == "invoice" for d in posted))
        ]
