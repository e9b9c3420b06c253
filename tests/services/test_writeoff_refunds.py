"""Write-off (DOMAIN 4.14), reimbursement of credit balances (4.12) and exchange rates by date (4.11)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, Mark, NotFoundError, ValidationError
from tests.helpers import snapshot


def gl(co, voucher):
    return sorted((v.account, v.debit, v.credit) for v in co.voucher_lines(voucher))


def invoice(co, amount, day=date(2024, 1, 10), customer="1001", tax=None, **kw):
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount), tax=tax)], **kw)


# --- write-off -------------------------------------------------------------------------------------


def test_write_off_one_invoice_to_the_write_off_account(co):
    inv = invoice(co, "500.00", tax="HIGH")  # 605.00 with 21 % tax
    co.post_payment("1001", date(2024, 2, 1), D("105.00"), marks=[Mark(inv.number, D("105.00"))])
    [wo] = co.write_off(date(2024, 6, 30), [inv.number], reason="BANKRUPT", comment="Curator letter 12/6")
    assert (wo.kind, wo.amount, wo.balance) == ("write_off", D("-500.00"), D("0.00"))
    assert gl(co, wo.voucher) == [("130100", D("0.00"), D("500.00")), ("720100", D("500.00"), D("0.00"))]
    assert co.document(inv.number).balance == D("0.00")
    assert co.balance("receivable") == D("0.00") and co.balance("write_off") == D("500.00")


def test_write_off_with_separate_sales_tax_reverses_the_open_share_of_the_tax(co):
    inv = co.post_free_text_invoice(
        "1001", date(2024, 1, 10), [Line("Goods", D("1000.00"), tax="HIGH"), Line("Books", D("200.00"), tax="LOW")]
    )
    assert inv.amount == D("1428.00")  # 1000 + 210 + 200 + 18
    co.post_payment("1001", date(2024, 2, 1), D("714.00"), marks=[Mark(inv.number, D("714.00"))])
    [wo] = co.write_off(date(2024, 6, 30), [inv.number], separate_sales_tax=True)
    # Half is open: half of each tax code goes back to tax payable (105.00 + 9.00), the rest is the loss.
    assert gl(co, wo.voucher) == [
        ("130100", D("0.00"), D("714.00")),
        ("222100", D("114.00"), D("0.00")),
        ("720100", D("600.00"), D("0.00")),
    ]
    assert co.balance("sales_tax") == D("-114.00")


def test_write_off_a_whole_customer_nets_debits_and_credits(co):
    a = invoice(co, "300.00")
    b = invoice(co, "150.00", day=date(2024, 2, 10))
    cn = co.post_credit_note("1001", date(2024, 2, 20), [Line("Return", D("100.00"))])
    [wo] = co.write_off(date(2024, 6, 30), customer="1001")
    assert wo.amount == D("-350.00")
    assert [co.document(n).balance for n in (a.number, b.number, cn.number)] == [D("0.00")] * 3
    assert co.customer_balance("1001") == D("0.00") and co.balance("write_off") == D("350.00")
    assert co.reconcile_receivables()[0].difference == D("0.00")


def test_write_off_of_a_credit_balance_flips_the_signs(co):
    co.post_payment("1001", date(2024, 3, 1), D("2.50"))
    [wo] = co.write_off(date(2024, 6, 30), customer="1001")
    assert wo.amount == D("2.50")
    assert gl(co, wo.voucher) == [("130100", D("2.50"), D("0.00")), ("720100", D("0.00"), D("2.50"))]


def test_write_off_account_from_the_posting_profile_line(co):
    co.create_account("720200", "Small balances written off", "expense")
    co.create_posting_profile("SMALL", [("all", None, "130100", "720200")])
    co.create_customer("2002", "Klein B.V.", posting_profile="SMALL")
    inv = invoice(co, "12.00", customer="2002")
    [wo] = co.write_off(date(2024, 6, 30), [inv.number])
    assert ("720200", D("12.00"), D("0.00")) in gl(co, wo.voucher)


def test_unsettling_a_write_off_reopens_the_invoice(co):
    inv = invoice(co, "80.00")
    co.write_off(date(2024, 6, 30), [inv.number])
    [row] = co.settlements(inv.number)
    co.unsettle(row.id, date(2024, 7, 1))
    assert co.document(inv.number).balance == D("80.00")
    assert co.balance("write_off") == D("0.00") and co.balance("receivable") == D("80.00")


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"numbers": ["INV-999999"]}, "numbers[0]"),
        ({"numbers": []}, "numbers"),
        ({"customer": "NOPE"}, "customer"),
        ({"numbers": ["@"], "customer": "1001"}, "numbers"),
        ({"separate_sales_tax": "yes", "customer": "1001"}, "separate_sales_tax"),
    ],
)
def test_bad_write_offs_are_refused_and_change_nothing(co, kwargs, field):
    invoice(co, "80.00")
    before = snapshot(co.books)
    with pytest.raises(ValidationError) as err:
        co.write_off(date(2024, 6, 30), **kwargs)
    assert err.value.field == field
    assert snapshot(co.books) == before


def test_write_off_before_the_invoice_date_or_of_a_marked_invoice_is_refused(co):
    inv = invoice(co, "80.00")
    with pytest.raises(ValidationError) as err:
        co.write_off(date(2024, 1, 1), [inv.number])
    assert err.value.field == "date"
    pj = co.create_payment_journal()
    co.add_payment_line(pj, "1001", date(2024, 2, 1), D("10.00"), marks=[Mark(inv.number, D("10.00"))])
    with pytest.raises(ValidationError) as err:
        co.write_off(date(2024, 6, 30), [inv.number])
    assert pj in err.value.message


# --- reimbursement ---------------------------------------------------------------------------------


def test_reimbursement_refunds_credit_balances_above_the_minimum(co):
    co.set_parameters(minimum_reimbursement=D("10.00"))
    co.create_customer("2002", "Klein B.V.")
    co.create_customer("3003", "Groot B.V.")
    inv = invoice(co, "100.00")
    co.post_payment("1001", date(2024, 2, 1), D("125.00"), marks=[Mark(inv.number, D("100.00"))])
    co.post_payment("2002", date(2024, 2, 1), D("9.99"))  # below the minimum
    invoice(co, "50.00", customer="3003")
    co.post_credit_note("3003", date(2024, 2, 2), [Line("Return", D("80.00"))])  # has an open debit
    [refund] = co.reimburse(date(2024, 3, 1))
    assert (refund.kind, refund.customer, refund.amount, refund.balance) == ("refund", "1001", D("25.00"), D("0.00"))
    assert gl(co, refund.voucher) == [("110110", D("0.00"), D("25.00")), ("130100", D("25.00"), D("0.00"))]
    assert co.customer_balance("1001") == D("0.00") and co.customer_balance("2002") == D("-9.99")
    [net] = co.reimburse(date(2024, 3, 1), include_customers_with_open_debits=True, customers=["3003"])
    assert (net.customer, net.amount) == ("3003", D("30.00"))
    assert co.customer_balance("3003") == D("0.00") and co.reconcile_receivables()[0].difference == D("0.00")
    assert co.reimburse(date(2024, 3, 1)) == []  # nothing left above the minimum


def test_a_refund_can_be_reversed(co):
    co.post_payment("1001", date(2024, 2, 1), D("40.00"))
    [refund] = co.reimburse(date(2024, 3, 1))
    co.reverse(refund.number, date(2024, 3, 2))
    assert co.customer_balance("1001") == D("-40.00") and co.balance("bank") == D("40.00")


# --- exchange rates by date ------------------------------------------------------------------------


def test_documents_take_the_rate_valid_on_their_date(co):
    co.create_customer("US1", "Acme Inc.", currency="USD")
    co.set_exchange_rate("USD", date(2024, 1, 1), D("0.9"))
    co.set_exchange_rate("USD", date(2024, 2, 1), D("0.95"))
    assert co.exchange_rate("USD", date(2024, 1, 31)) == D("0.9")
    inv = invoice(co, "1000.00", customer="US1", day=date(2024, 1, 15))
    assert co.balance("receivable") == D("900.00")
    co.post_payment("US1", date(2024, 2, 10), marks=[Mark(inv.number)])
    assert co.document(inv.number).balance == D("0.00") and co.balance("receivable") == D("0.00")
    assert co.balance("exchange_gain") == D("-50.00")  # received 950.00 for 900.00 booked
    with pytest.raises(NotFoundError):
        co.exchange_rate("USD", date(2023, 12, 31))
    with pytest.raises(ValidationError) as err:
        invoice(co, "10.00", customer="US1", day=date(2023, 12, 31))
    assert err.value.field == "exchange_rate"
    with pytest.raises(ValidationError) as err:
        co.set_exchange_rate("EUR", date(2024, 1, 1), D("1.1"))
    assert err.value.field == "currency"
    with pytest.raises(ValidationError) as err:
        co.set_exchange_rate("USD", date(2024, 1, 1), 1.1)
    assert err.value.field == "rate"


def test_refunds_export_as_a_sepa_credit_transfer(co, tmp_path):
    import xml.etree.ElementTree as ET

    co.set_details(iban="NL91ABNA0417164300", bic="ABNANL2A")
    co.create_customer("2002", "Café <Zoë> & Zn", iban="NL44RABO0123456789")
    co.post_payment("1001", date(2024, 2, 1), D("40.00"))
    co.post_payment("2002", date(2024, 2, 1), D("12.34"))
    refunds = co.reimburse(date(2024, 3, 1))
    before = snapshot(co.books)
    with pytest.raises(ValidationError) as err:  # customer 1001 has no IBAN
        co.export_refunds([r.number for r in refunds], tmp_path / "out.xml", execution_date=date(2024, 3, 4))
    assert err.value.field == "numbers[0]" and "IBAN" in err.value.message
    assert not (tmp_path / "out.xml").exists()
    [r2] = [r for r in refunds if r.customer == "2002"]
    result = co.export_refunds([r2.number], tmp_path / "out.xml", execution_date=date(2024, 3, 4))
    assert (result.count, result.total) == (1, D("12.34"))
    assert snapshot(co.books) == before  # exporting posts nothing
    ns = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
    root = ET.parse(tmp_path / "out.xml").getroot()
    assert root.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=ns) == "12.34"
    assert root.findtext(".//p:ReqdExctnDt", namespaces=ns) == "2024-03-04"
    assert root.findtext(".//p:DbtrAcct/p:Id/p:IBAN", namespaces=ns) == "NL91ABNA0417164300"
    tx = root.find(".//p:CdtTrfTxInf", ns)
    assert tx.find("p:Amt/p:InstdAmt", ns).attrib == {"Ccy": "EUR"}
    assert tx.findtext("p:Cdtr/p:Nm", namespaces=ns) == "Cafe Zoe Zn"
    assert tx.findtext("p:CdtrAcct/p:Id/p:IBAN", namespaces=ns) == "NL44RABO0123456789"
    with pytest.raises(ValidationError) as err:
        co.export_refunds(["ARP-000001"], tmp_path / "x.xml", execution_date=date(2024, 3, 4))
    assert err.value.field == "numbers[0]"
    with pytest.raises(ValidationError) as err:
        co.export_refunds([r2.number], tmp_path / "missing" / "x.xml", execution_date=date(2024, 3, 4))
    assert err.value.field == "path"
