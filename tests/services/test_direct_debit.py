"""SEPA direct debit (DOMAIN 7): mandates and their states, runs that post and write pain.008, returns."""

from __future__ import annotations

import datetime as dt
from datetime import date
from decimal import Decimal as D

import pytest
from lxml import etree

from ardesk.api import Line, Mark, NotFoundError, ValidationError
from tests.helpers import snapshot
from tests.unit.test_sepa_files import valid

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"}


@pytest.fixture
def dd(co):
    """The conftest company made ready to collect: IBAN, creditor id, a direct-debit method, three customers."""
    co.set_details(iban="NL91ABNA0417164300", bic="ABNANL2A")
    co.set_parameters(sepa_creditor_id="NL57ZZZ999999999999")
    co.create_method_of_payment("INCASSO", "electronic", direct_debit=True)
    co.create_customer("2001", "Bakkerij Brood & Zn", terms="N30", method_of_payment="INCASSO")
    co.create_customer("2002", "Søren Ærø", terms="N30", method_of_payment="INCASSO", consumer=True)
    co.create_customer("2003", "Zonder Machtiging", terms="N30", method_of_payment="INCASSO")
    return co


def inv(co, customer, amount, day=date(2020, 2, 1), **kw):
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))], **kw)


def gl(co, voucher):
    return sorted((v.account, v.debit, v.credit) for v in co.voucher_lines(voucher))


def xml(path):
    return etree.parse(str(path)).getroot()


# --- mandates --------------------------------------------------------------------------------------


def test_a_signed_mandate_is_active_with_its_expiry_and_first_sequence(dd):
    m = dd.create_mandate("2001", iban="nl91 abna 0417 1643 00", signed_on=date(2020, 1, 5), signed_at="Utrecht")
    assert (m.reference, m.iban, m.status, m.scheme, m.recurring) == (
        "MD-000001",
        "NL91ABNA0417164300",
        "active",
        "CORE",
        True,
    )
    assert (m.expiry_date, m.next_sequence_type, m.collections_done, m.signed_at) == (
        date(2023, 1, 5),
        "FRST",
        0,
        "Utrecht",
    )
    assert dd.mandate(m.reference, as_of=date(2023, 1, 5)).status == "expired"
    assert dd.mandate(m.reference, as_of=date(2023, 1, 4)).status == "active"


def test_an_unsigned_mandate_is_new_until_signed(dd):
    m = dd.create_mandate("2001", iban="DE89370400440532013000", signed_on=None, reference="CONTRACT-17")
    assert (m.reference, m.status, m.expiry_date) == ("CONTRACT-17", "new", None)
    signed = dd.sign_mandate("CONTRACT-17", date(2020, 1, 10), signed_at="Berlin")
    assert (signed.status, signed.signed_on, signed.signed_at) == ("active", date(2020, 1, 10), "Berlin")
    with pytest.raises(ValidationError) as err:
        dd.sign_mandate("CONTRACT-17", date(2020, 1, 11))
    assert err.value.field == "reference" and "not waiting for a signature" in err.value.message


@pytest.mark.parametrize(
    ("kw", "field", "words"),
    [
        ({"iban": "NL91ABNA0417164301"}, "iban", "check digit"),
        ({"iban": "XX91ABNA0417164300"}, "iban", "not a country"),
        ({"iban": "NL91ABNA041716430"}, "iban", "characters"),
        ({"iban": "BR1800360305000010009795493C1"}, "iban", "outside the SEPA zone"),
        ({"bic": "DEUTDE0F"}, "bic", "location code"),
        ({"bic": "ABNA"}, "bic", "not a BIC"),
        ({"scheme": "B2C"}, "scheme", "not a direct debit scheme"),
        ({"reference": "MD 1 & 2"}, "reference", "SEPA identifier"),
        ({"reference": "X" * 36}, "reference", "longer than 35"),
        ({"recurring": "yes"}, "recurring", "True or False"),
        ({"recurring": False, "expected_payments": 3}, "expected_payments", "one-off"),
        ({"expected_payments": 1}, "expected_payments", "from 2"),
        ({"signed_at": "Utrecht\u202e"}, "signed_at", ""),
    ],
)
def test_bad_mandate_input_is_refused_naming_the_field(dd, books, kw, field, words):
    before = snapshot(books)
    args = {"iban": "NL91ABNA0417164300", "signed_on": date(2020, 1, 5), **kw}
    with pytest.raises(ValidationError) as err:
        dd.create_mandate("2001", **args)
    assert err.value.field == field and words in err.value.message
    assert snapshot(books) == before


def test_b2b_is_refused_for_a_consumer_and_a_reference_is_unique(dd):
    with pytest.raises(ValidationError) as err:
        dd.create_mandate("2002", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5), scheme="B2B")
    assert err.value.field == "scheme" and "consumer" in err.value.message
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5), reference="M-1")
    with pytest.raises(ValidationError) as err:
        dd.create_mandate("2002", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5), reference="M-1")
    assert err.value.field == "reference" and "exists already" in err.value.message
    with pytest.raises(NotFoundError):
        dd.create_mandate("9999", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5))


def test_cancelled_mandate_cannot_be_amended_and_is_listed_by_status(dd):
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5), reference="M-1")
    dd.create_mandate("2002", iban="NL91ABNA0417164300", signed_on=None, reference="M-2")
    m = dd.cancel_mandate("M-1", date(2020, 3, 1), reason="Revoked by letter")
    assert (m.status, m.ended_on, m.end_reason) == ("cancelled", date(2020, 3, 1), "Revoked by letter")
    with pytest.raises(ValidationError) as err:
        dd.amend_mandate("M-1", date(2020, 3, 2), iban="DE89370400440532013000")
    assert "a new mandate is needed" in err.value.message
    assert [x.reference for x in dd.mandates(status="new")] == ["M-2"]
    assert [x.reference for x in dd.mandates(customer="2001")] == ["M-1"]


# --- runs ------------------------------------------------------------------------------------------


def test_a_run_collects_posts_settles_and_writes_a_valid_file(dd, tmp_path):
    dd.create_mandate("2001", iban="DE89370400440532013000", signed_on=date(2020, 1, 5), reference="M-1")
    dd.create_mandate(
        "2002", iban="NL91ABNA0417164300", bic="ABNANL2A", signed_on=date(2020, 1, 6), recurring=False, reference="M-2"
    )
    a = inv(dd, "2001", "100.00")
    b = inv(dd, "2001", "50.00", date(2020, 2, 5))
    c = inv(dd, "2002", "70.00")
    d = inv(dd, "2003", "30.00")
    later = inv(dd, "2001", "80.00", date(2020, 3, 1))  # due 31 March: not yet
    path = tmp_path / "incasso.xml"
    run = dd.create_direct_debit_file(date(2020, 3, 16), path)
    assert [(t.invoice, t.mandate, t.sequence_type, t.amount) for t in run.transactions] == [
        (a.number, "M-1", "FRST", D("100.00")),
        (b.number, "M-1", "RCUR", D("50.00")),
        (c.number, "M-2", "OOFF", D("70.00")),
    ]
    assert run.total == D("220.00") and run.count == 3 and run.number == "DDR-000001"
    assert [(i, r) for i, r in run.excluded] == [(d.number, "customer 2003 has no direct debit mandate")]
    assert later.number not in {t.invoice for t in run.transactions} | {e.invoice for e in run.excluded}
    # posted as payments dated the collection date: Dr bank / Cr receivable, invoices settled
    for t in run.transactions:
        assert dd.document(t.invoice).balance == D("0.00")
        payment = dd.document(t.payment)
        assert (payment.date, payment.amount) == (date(2020, 3, 16), -t.amount)
    assert gl(dd, dd.document(run.transactions[0].payment).voucher) == [
        ("110110", D("100.00"), D("0.00")),
        ("130100", D("0.00"), D("100.00")),
    ]
    # the file: XSD-valid, message id and control sum, one block per sequence type
    root = valid(path.read_bytes(), "pain.008.001.02")
    assert root.findtext(".//p:GrpHdr/p:MsgId", namespaces=NS) == run.message_id
    assert root.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=NS) == "220.00"
    assert [e.text for e in root.iterfind(".//p:SeqTp", NS)] == ["FRST", "RCUR", "OOFF"]
    assert [e.text for e in root.iterfind(".//p:Dbtr/p:Nm", NS)] == [
        "Bakkerij Brood Zn",
        "Bakkerij Brood Zn",
        "Soren AEro",
    ]
    assert root.findtext(".//p:CdtrSchmeId//p:Othr/p:Id", namespaces=NS) == "NL57ZZZ999999999999"
    # the mandates remember the collection; the one-off mandate is completed
    m1, m2 = dd.mandate("M-1"), dd.mandate("M-2")
    assert (m1.collections_done, m1.last_collection, m1.next_sequence_type, m1.expiry_date) == (
        2,
        date(2020, 3, 16),
        "RCUR",
        date(2023, 3, 16),
    )
    assert (m2.status, m2.collections_done) == ("completed", 1)
    # the ledger still reconciles and a second run finds nothing more due by the date
    assert all(r.difference == 0 for r in dd.reconcile_receivables())
    again = dd.create_direct_debit_file(date(2020, 3, 16), tmp_path / "again.xml")
    assert again.transactions == [] and not (tmp_path / "again.xml").exists()
    assert [i for i, _ in again.excluded] == [d.number]


def test_version_001_08_validates_against_its_schema(dd, tmp_path):
    dd.create_mandate("2001", iban="DE89370400440532013000", signed_on=date(2020, 1, 5))
    inv(dd, "2001", "12.34")
    run = dd.create_direct_debit_file(date(2020, 3, 16), tmp_path / "dd.xml", version="pain.008.001.08")
    assert run.version == "pain.008.001.08"
    valid((tmp_path / "dd.xml").read_bytes(), "pain.008.001.08")


def test_exclusions_name_every_reason_and_nothing_is_skipped_silently(dd, books, tmp_path):
    dd.create_customer("2004", "Dollar Inc", currency="USD", method_of_payment="INCASSO")
    dd.create_customer("2005", "Nog Niet Getekend", terms="N30", method_of_payment="INCASSO")
    dd.create_customer("2006", "Opgezegd", terms="N30", method_of_payment="INCASSO")
    dd.create_customer("2007", "Later Getekend", terms="N30", method_of_payment="INCASSO")
    dd.create_customer("2008", "Gemarkeerd", terms="N30", method_of_payment="INCASSO")
    for cust in ("2004", "2008"):
        dd.create_mandate(cust, iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5))
    dd.create_mandate("2005", iban="NL91ABNA0417164300", signed_on=None)
    dd.create_mandate("2006", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5), reference="GONE")
    dd.cancel_mandate("GONE", date(2020, 2, 1))
    dd.create_mandate("2007", iban="NL91ABNA0417164300", signed_on=date(2020, 4, 1), reference="LATE")
    usd = dd.post_free_text_invoice("2004", date(2020, 2, 1), [Line("Goods", D("10.00"))], exchange_rate=D("0.9"))
    unsigned, cancelled, late, marked = (inv(dd, c, "10.00") for c in ("2005", "2006", "2007", "2008"))
    journal = dd.create_payment_journal()
    dd.add_payment_line(journal, "2008", date(2020, 3, 1), D("10.00"), marks=[Mark(marked.number)])
    run = dd.preview_direct_debit(date(2020, 3, 16))
    assert dict(run.excluded) == {
        usd.number: "in USD; SEPA direct debits are in EUR",
        unsigned.number: "mandate MD-000003 is not signed yet",
        cancelled.number: "mandate GONE is cancelled",
        late.number: "mandate LATE is signed on 2020-04-01, after the collection date",
        marked.number: "marked for settlement in a payment journal",
    }
    assert run.transactions == []
    # Dutch for the screen
    assert run.excluded[0].reason.error is not None


def test_expected_payments_end_with_fnal_and_the_mandate_completes(dd, tmp_path):
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5), expected_payments=2)
    a, b, c = inv(dd, "2001", "10.00"), inv(dd, "2001", "20.00"), inv(dd, "2001", "30.00")
    run = dd.create_direct_debit_file(date(2020, 3, 16), tmp_path / "dd.xml")
    assert [(t.invoice, t.sequence_type) for t in run.transactions] == [(a.number, "FRST"), (b.number, "FNAL")]
    assert dict(run.excluded) == {c.number: "mandate MD-000001 allows no more collections"}
    assert dd.mandate("MD-000001").status == "completed"


def test_an_unused_mandate_expires_after_36_months(dd, tmp_path):
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2017, 1, 5))
    old = inv(dd, "2001", "10.00")
    run = dd.preview_direct_debit(date(2020, 3, 16))
    assert dict(run.excluded) == {
        old.number: "mandate MD-000001 expired on 2020-01-05 (36 months without a collection)"
    }
    assert dd.expire_mandates(date(2020, 3, 16)) == ["MD-000001"]
    m = dd.mandate("MD-000001")
    assert (m.status, m.ended_on) == ("expired", date(2020, 1, 5))


def test_cash_discount_still_available_is_taken_from_the_collection(dd, tmp_path):
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5))
    a = inv(dd, "2001", "200.00", cash_discount="2D8", due_date=date(2020, 2, 5))
    run = dd.create_direct_debit_file(date(2020, 2, 7), tmp_path / "dd.xml")
    assert [(t.invoice, t.amount) for t in run.transactions] == [(a.number, D("196.00"))]
    assert dd.document(a.number).balance == D("0.00")


def test_amended_account_is_reported_once_and_a_new_bank_sends_frst(dd, tmp_path):
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5))
    inv(dd, "2001", "10.00")
    dd.create_direct_debit_file(date(2020, 3, 16), tmp_path / "one.xml")
    m = dd.amend_mandate("MD-000001", date(2020, 3, 20), iban="DE89370400440532013000")
    assert (m.original_iban, m.iban, m.next_sequence_type) == ("NL91ABNA0417164300", "DE89370400440532013000", "FRST")
    inv(dd, "2001", "20.00", date(2020, 3, 1))
    dd.create_direct_debit_file(date(2020, 4, 16), tmp_path / "two.xml")
    root = valid((tmp_path / "two.xml").read_bytes(), "pain.008.001.02")
    assert root.findtext(".//p:AmdmntInd", namespaces=NS) == "true"
    assert root.findtext(".//p:OrgnlDbtrAcct/p:Id/p:Othr/p:Id", namespaces=NS) == "SMNDA"
    assert root.findtext(".//p:SeqTp", namespaces=NS) == "FRST"
    after = dd.mandate("MD-000001")
    assert (after.original_iban, after.next_sequence_type) == (None, "RCUR")


def test_run_input_is_checked_before_anything_is_written(dd, books, tmp_path):
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5))
    inv(dd, "2001", "10.00")
    before = snapshot(books)
    cases = [
        ({"collection_date": "2020-03-16"}, "collection_date"),
        ({"version": "pain.008.001.99"}, "version"),
        ({"path": tmp_path / "missing" / "dd.xml"}, "path"),
        ({"prepared_on": date(2020, 3, 13)}, "collection_date"),  # Friday: Monday 16th is the first day
        ({"include_returned": "no"}, "include_returned"),
    ]
    for kw, field in cases:
        args = {"collection_date": date(2020, 3, 16), "path": tmp_path / "dd.xml", **kw}
        if "prepared_on" in kw:
            args["collection_date"] = date(2020, 3, 13)
        with pytest.raises(ValidationError) as err:
            dd.create_direct_debit_file(args.pop("collection_date"), args.pop("path"), **args)
        assert err.value.field == field, kw
    assert snapshot(books) == before
    assert not (tmp_path / "dd.xml").exists()
    dd.set_parameters(sepa_creditor_id=None)
    with pytest.raises(ValidationError) as err:
        dd.create_direct_debit_file(date(2020, 3, 16), tmp_path / "dd.xml")
    assert err.value.field == "sepa_creditor_id"
    dd.set_parameters(sepa_creditor_id="NL57ZZZ999999999999")
    # the lead time counts TARGET2 business days: prepared on Friday 13 March, Monday 16th is allowed
    run = dd.create_direct_debit_file(date(2020, 3, 16), tmp_path / "dd.xml", prepared_on=date(2020, 3, 13))
    assert run.count == 1


def test_check_digits_that_do_not_match_are_a_warning(dd, tmp_path):
    dd.set_parameters(sepa_creditor_id="NL98ZZZ999999999999")  # API.md's example
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5))
    inv(dd, "2001", "10.00")
    run = dd.create_direct_debit_file(date(2020, 3, 16), tmp_path / "dd.xml")
    assert run.count == 1 and any("check digits" in w for w in run.warnings)


def test_a_short_pre_notification_is_a_warning(dd, tmp_path):
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5))
    a = inv(dd, "2001", "10.00", date(2020, 3, 10), due_date=date(2020, 3, 12))
    run = dd.preview_direct_debit(date(2020, 3, 16))
    assert run.warnings == [f"{a.number}: pre-notified on 2020-03-10, 6 days before the collection (agreed: 14)"]
    dd.set_parameters(prenotification_days=5)
    assert dd.preview_direct_debit(date(2020, 3, 16)).warnings == []


# --- returns ---------------------------------------------------------------------------------------

PAIN002 = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>
<GrpHdr><MsgId>STS-1</MsgId><CreDtTm>2020-03-17T09:00:00</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>{msg}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><OrgnlPmtInfId>{msg}-1</OrgnlPmtInfId>
<TxInfAndSts><OrgnlEndToEndId>{e2e}</OrgnlEndToEndId><TxSts>RJCT</TxSts>
<StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>UNKNOWN-1</OrgnlEndToEndId><TxSts>RJCT</TxSts></TxInfAndSts>
</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>"""

CAMT054 = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>N-1</MsgId><CreDtTm>2020-03-20T09:00:00</CreDtTm></GrpHdr>
<Ntfctn><Id>N-1</Id><CreDtTm>2020-03-20T09:00:00</CreDtTm><Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2020-03-20</Dt></BookgDt>
<BkTxCd/><NtryDtls><TxDtls><Refs><EndToEndId>{e2e}</EndToEndId></Refs><Amt Ccy="EUR">{amount}</Amt>
<Chrgs><Amt Ccy="EUR">4.50</Amt></Chrgs><RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>
</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"""


def collected(dd, tmp_path):
    dd.create_mandate("2001", iban="NL91ABNA0417164300", signed_on=date(2020, 1, 5))
    a, b = inv(dd, "2001", "100.00"), inv(dd, "2001", "50.00")
    return a, b, dd.create_direct_debit_file(date(2020, 3, 16), tmp_path / "dd.xml")


def test_a_rejected_first_collection_reopens_the_invoice_and_is_sent_as_frst_again(dd, tmp_path):
    a, b, run = collected(dd, tmp_path)
    status = tmp_path / "pain002.xml"
    status.write_text(PAIN002.format(msg=run.message_id, e2e=a.number))
    result = dd.import_direct_debit_returns(status, date(2020, 3, 17), fee=D("0"))
    [r] = result.returned
    assert (r.invoice, r.kind, r.reason, r.reason_text, r.amount, r.fee) == (
        a.number,
        "rejected",
        "AC04",
        "account closed",
        D("100.00"),
        None,
    )
    assert [(e, str(why)) for e, why in result.unknown] == [
        ("UNKNOWN-1", "no direct debit was collected with the end-to-end id UNKNOWN-1")
    ]
    assert dd.document(a.number).balance == D("100.00") and dd.document(b.number).balance == D("0.00")
    m = dd.mandate("MD-000001")
    assert (m.collections_done, m.next_sequence_type) == (1, "FRST")
    assert all(x.difference == 0 for x in dd.reconcile_receivables())
    # the same file again changes nothing
    again = dd.import_direct_debit_returns(status, date(2020, 3, 17))
    assert again.returned == [] and "rejected already" in again.unknown[0][1]
    # a returned invoice waits until asked for
    nxt = dd.preview_direct_debit(date(2020, 4, 16))
    assert [i for i, _ in nxt.excluded] == [a.number]
    retry = dd.preview_direct_debit(date(2020, 4, 16), include_returned=True)
    assert [(t.invoice, t.sequence_type) for t in retry.transactions] == [(a.number, "FRST")]


def test_a_reject_before_the_collection_date_is_undone_on_the_collection_date(dd, tmp_path):
    a, _, run = collected(dd, tmp_path)  # collected on 16 March
    status = tmp_path / "pain002.xml"
    status.write_text(PAIN002.format(msg=run.message_id, e2e=a.number))
    [r] = dd.import_direct_debit_returns(status, date(2020, 3, 13), fee=D("0")).returned
    assert r.kind == "rejected" and dd.document(a.number).balance == D("100.00")
    reversal = [t for t in dd.transactions("2001") if t.kind == "reversal"]
    assert [t.date for t in reversal] == [date(2020, 3, 16)]


def test_a_return_after_settlement_reopens_the_invoice_and_charges_the_banks_fee(dd, tmp_path):
    a, b, _run = collected(dd, tmp_path)
    notice = tmp_path / "camt054.xml"
    notice.write_text(CAMT054.format(e2e=b.number, amount="50.00"))
    [r] = dd.import_direct_debit_returns(notice, date(2020, 3, 20)).returned
    assert (r.invoice, r.kind, r.reason, r.fee) == (b.number, "returned", "AM04", D("4.50"))
    assert dd.document(b.number).balance == D("50.00")
    fee = dd.document(r.fee_transaction)
    assert (fee.amount, fee.balance) == (D("4.50"), D("4.50"))
    assert gl(dd, fee.voucher) == [("130100", D("4.50"), D("0.00")), ("403100", D("0.00"), D("4.50"))]
    assert dd.customer_balance("2001") == D("54.50")
    assert dd.mandate("MD-000001").collections_done == 2  # a return does not undo the collection
    [history] = dd.direct_debit_runs()
    assert [(t.invoice, t.status, t.return_reason) for t in history.transactions] == [
        (a.number, "collected", ""),
        (b.number, "returned", "AM04"),
    ]


def test_bad_return_files_and_input_are_refused_with_the_books_unchanged(dd, books, tmp_path):
    a, _, _ = collected(dd, tmp_path)
    before = snapshot(books)
    for name, content in [
        ("broken.xml", "<Document><CstmrPmtStsRpt>"),
        (
            "statement.xml",
            "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'><BkToCstmrStmt/></Document>",
        ),
        ("amount.xml", CAMT054.format(e2e=a.number, amount="1e3")),
    ]:
        (tmp_path / name).write_text(content)
        with pytest.raises(ValidationError) as err:
            dd.import_direct_debit_returns(tmp_path / name, date(2020, 3, 20))
        assert err.value.field == "file", name
    with pytest.raises(ValidationError) as err:
        dd.import_direct_debit_returns(tmp_path / "nothing.xml", date(2020, 3, 20))
    assert err.value.field == "file"
    with pytest.raises(ValidationError) as err:
        dd.return_direct_debit(a.number, date(2020, 3, 10))  # before the collection
    assert err.value.field == "date"
    with pytest.raises(ValidationError) as err:
        dd.return_direct_debit(a.number, date(2020, 3, 20), reason="insufficient")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:
        dd.return_direct_debit("INV-999", date(2020, 3, 20))
    assert err.value.field == "end_to_end_id" and "no direct debit" in err.value.message
    assert snapshot(books) == before


# --- books from before issue 12 ----------------------------------------------------------------------


def test_upgrading_books_from_0013_adds_the_accounts_roles_and_sequences(tmp_path):
    from sqlalchemy import create_engine

    from ardesk.api import Books
    from ardesk.db import schema
    from tests.helpers import drop_issue_12

    path = tmp_path / "old.db"
    with Books.open(path) as books:
        co = books.create_company("NL01", "Oud B.V.", language="nl")
        co.create_customer("1001", "Klant")
    engine = create_engine(f"sqlite:///{path}")
    new_roles = (
        "card_clearing",
        "bills_remitted_collection",
        "bills_remitted_discount",
        "bills_protested",
        "bills_discount_liability",
        "bills_discount_expense",
    )
    with engine.begin() as c:  # as 0013 left them: none of issue 12's tables, roles, accounts or sequences
        drop_issue_12(c)
        roles = ", ".join(f"'{r}'" for r in new_roles)
        c.exec_driver_sql(f"DELETE FROM account_role WHERE role IN ({roles})")
        c.exec_driver_sql("DELETE FROM account WHERE number IN ('110300', '130510', '130520', '130530', '210300')")
        c.exec_driver_sql("UPDATE account SET name = 'Eigen rekening' WHERE number = '740100'")  # number in use
        c.exec_driver_sql(
            "DELETE FROM number_sequence WHERE code IN ('bill_voucher', 'direct_debit_run', 'card_payment')"
        )
        c.exec_driver_sql("UPDATE alembic_version SET version_num = '0013'")
    engine.dispose()
    with Books.open(path) as books:
        assert schema.current_revision(books.engine) == schema.HEAD
        co = books.company("NL01")
        accounts = {a.number: a for a in co.accounts()}
        assert accounts["130510"].name == "Wissels ter incasso" and accounts["740100"].name == "Eigen rekening"
        assert co.parameters()["prenotification_days"] == 14
        co.create_method_of_payment("KAART", "card")
        assert {m.code: m.account for m in co.methods_of_payment()}["KAART"] == "110300"
        assert {s.code for s in co.number_sequences()} >= {"bill_voucher", "direct_debit_run", "card_payment"}
        assert co.create_mandate("1001", iban="NL91ABNA0417164300", signed_on=dt.date(2020, 1, 5)).status == "active"
