"""Property-based: random invoices, credit notes, payments, settlements, unsettles, reversals, write-offs and
refunds keep every voucher balanced, never flip an open balance's sign, and keep open items equal to the ledger."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ardesk.api import ArdeskError, Books, Line, Mark

money = st.decimals(min_value=D("1.00"), max_value=D("5000.00"), places=2)
op = st.one_of(
    st.tuples(st.just("invoice"), money, st.sampled_from([None, "1D14", "2D5-1D14"])),
    st.tuples(st.just("taxed_invoice"), money, st.sampled_from([None, "1D14"])),
    st.tuples(st.just("credit_note"), money, st.sampled_from([None, "1D14"])),
    st.tuples(st.just("pay_marked"), st.one_of(st.none(), money), st.lists(st.integers(0, 9), max_size=3)),
    st.tuples(st.just("pay_unmarked"), money, st.booleans()),
    st.tuples(st.just("settle"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("unsettle"), st.integers(0, 9), st.none()),
    st.tuples(st.just("reverse"), st.integers(0, 9), st.none()),
    st.tuples(st.just("write_off"), st.integers(0, 9), st.booleans()),
    st.tuples(st.just("reimburse"), st.booleans(), st.none()),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=14), st.sampled_from(["specific", "unspecific"]), st.booleans())
def test_random_settlement_histories_keep_the_books_consistent(ops, admin, partial):
    with Books.open(":memory:") as books:
        co = books.create_company("P", "Property")
        co.set_parameters(
            cash_discount_on_partial_payments=partial,
            cash_discount_on_credit_notes=True,
            cash_discount_administration=admin,
            max_penny_difference=D("0.05"),
            max_over_underpayment=D("1.00"),
        )
        co.create_terms_of_payment("N30", days=30)
        co.create_cash_discount("1D14", [(14, D("1"))])
        co.create_cash_discount("2D5-1D14", [(5, D("2")), (14, D("1"))])
        co.create_customer("C", "Customer", terms="N30")
        co.create_sales_tax("T21", D("21"))
        docs: list[str] = []
        day = date(2020, 6, 1)
        for n, (kind, a, b) in enumerate(ops):
            day += timedelta(days=n % 4)
            signs = {t.number: t.balance > 0 for t in co.transactions("C", open_only=True)}
            try:
                if kind == "invoice":
                    docs.append(co.post_free_text_invoice("C", day, [Line("x", a)], cash_discount=b).number)
                elif kind == "taxed_invoice":
                    docs.append(co.post_free_text_invoice("C", day, [Line("x", a, tax="T21")], cash_discount=b).number)
                elif kind == "credit_note":
                    docs.append(co.post_credit_note("C", day, [Line("x", a)], cash_discount=b).number)
                elif kind == "pay_marked" and docs:
                    marks = list(dict.fromkeys(docs[i % len(docs)] for i in b))
                    docs.append(co.post_payment("C", day, a, marks=[Mark(m) for m in marks]).number)
                elif kind == "pay_unmarked":
                    docs.append(co.post_payment("C", day, a, prepayment=b).number)
                elif kind == "settle" and docs:
                    co.settle("C", day, [Mark(docs[a % len(docs)]), Mark(docs[b % len(docs)])])
                elif kind == "unsettle" and docs:
                    rows = [r for r in co.settlements(docs[a % len(docs)]) if r.unsettled_date is None]
                    if rows:
                        co.unsettle(rows[0].id, day)
                elif kind == "reverse" and docs:
                    co.reverse(docs[a % len(docs)], day)
                elif kind == "write_off" and docs:
                    if b:
                        co.write_off(day, customer="C")
                    else:
                        co.write_off(day, [docs[a % len(docs)]], separate_sales_tax=True)
                elif kind == "reimburse":
                    docs += [d.number for d in co.reimburse(day, include_customers_with_open_debits=a)]
            except ArdeskError:
                pass  # refused operations must leave the books consistent too
            for t in co.transactions("C"):
                vl = co.voucher_lines(t.voucher)
                assert sum(v.debit for v in vl) == sum(v.credit for v in vl)
                if t.number in signs and t.balance != 0:
                    assert (t.balance > 0) == signs[t.number], "settling flipped an open balance's sign"
                assert abs(t.balance) <= abs(t.amount)
            assert all(r.difference == 0 for r in co.reconcile_receivables())
            tb = co.trial_balance()
            assert sum(r.debit for r in tb) == sum(r.credit for r in tb)
            open_total = sum(t.balance for t in co.transactions("C", open_only=True))
            assert open_total == co.balance("receivable") + co.balance("prepayment")
