"""gather_invoice: the frozen InvoiceDoc carries the posted figures, signed and complete, without any PDF."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from ardesk.errors import NotFoundError, ValidationError
from ardesk.reports.documents import InvoiceDoc
from ardesk.services import lookup, printing
from tests.reports.conftest import ENGLISH_LINES, MARKUP_CHARGE, MARKUP_LINE, MARKUP_NAME, Samples


def gather(samples: Samples, number: str) -> InvoiceDoc:
    with samples.books.reading() as s:
        return printing.gather_invoice(s, lookup.company(s, samples.co.code).id, number)


def test_invoice_doc_carries_letterhead_customer_lines_and_final_totals(samples):
    doc = gather(samples, samples.english)
    assert (doc.number, doc.kind, doc.language, doc.currency) == (samples.english, "invoice", "en", "EUR")
    assert doc.company.name == "Fenwick & De Vries Office B.V."
    assert (doc.iban, doc.bic, doc.company.coc_number) == ("NL91ABNA0417164300", "ABNANL2A", "12345678")
    assert doc.logo is not None and doc.logo.startswith(b"\x89PNG")
    assert (doc.customer.account, doc.customer.name, doc.customer.vat_number) == (
        "20010",
        "Thornbury Engineering Ltd",
        "GB123456789",
    )
    assert doc.customer.address.splitlines()[-1] == "United Kingdom"
    assert [line.description for line in doc.lines] == [line.description for line in ENGLISH_LINES]
    assert (
        doc.lines[2].quantity == D("3.5") and doc.lines[2].unit_price == D("62") and doc.lines[2].amount == D("217.00")
    )
    assert doc.lines[4].quantity is None and doc.lines[4].unit_price is None  # amount typed directly
    assert [(t.code, t.rate, t.base, t.tax) for t in doc.taxes] == [
        ("HIGH", D("21"), D("3149.00"), D("661.29")),
        ("LOW", D("9"), D("149.70"), D("13.47")),
    ]
    assert (doc.lines_total, doc.tax_total, doc.total) == (D("3298.70"), D("674.76"), D("3973.46"))
    assert doc.total == samples.co.document(samples.english).amount
    assert (doc.date, doc.due_date) == (dt.date(2026, 6, 25), dt.date(2026, 7, 25))
    assert doc.terms == "Payment within 30 days of the invoice date"  # from the terms, in the document's language
    assert doc.payment_reference == "RF74 0000 001"  # ISO 11649 from the invoice counter (services.payment_reference)
    assert doc.notes.startswith("Thank you")
    assert doc.direct_debit is None and doc.original_number is None


def test_discount_offers_are_the_schedule_rows_with_a_discount(samples):
    doc = gather(samples, samples.english)
    assert [(o.discount_date, o.percent, o.discount, o.amount_to_pay) for o in doc.discount_offers] == [
        (dt.date(2026, 7, 9), D("2"), D("79.47"), D("3893.99"))
    ]
    assert gather(samples, samples.dutch).discount_offers == ()  # customer without a cash discount


def test_credit_note_is_signed_negative_and_names_its_original(samples):
    doc = gather(samples, samples.credit)
    assert doc.is_credit_note and doc.original_number == samples.english
    assert (doc.lines[0].quantity, doc.lines[0].unit_price, doc.lines[0].amount) == (D(-1), D("389"), D("-389.00"))
    assert [(t.base, t.tax) for t in doc.taxes] == [(D("-389.00"), D("-81.69"))]
    assert (doc.lines_total, doc.tax_total, doc.total) == (D("-389.00"), D("-81.69"), D("-470.69"))
    assert doc.total == samples.co.document(samples.credit).amount
    assert doc.discount_offers == ()  # nothing to pay, so no discount to offer


def test_user_text_reaches_the_document_unchanged(samples):
    doc = gather(samples, samples.markup)
    assert doc.customer.name == MARKUP_NAME
    assert doc.lines[0].description == MARKUP_LINE
    assert [(c.description, c.amount, c.tax_rate) for c in doc.charges] == [(MARKUP_CHARGE, D("5.00"), D(21))]
    assert (doc.lines_total, doc.charges_total, doc.tax_total, doc.total) == (
        D("10.00"),
        D("5.00"),
        D("3.15"),
        D("18.15"),
    )


def test_correction_documents_name_the_original_and_the_reason(samples):
    cancelling, corrected = gather(samples, samples.cancelling), gather(samples, samples.corrected)
    assert (cancelling.kind, cancelling.original_number, cancelling.reason) == (
        "credit_note",
        "INV-000004",
        "Dubbel geleverd",
    )
    assert (corrected.kind, corrected.original_number, corrected.reason) == ("invoice", "INV-000004", "Dubbel geleverd")
    assert cancelling.total == -gather(samples, "INV-000004").total


def test_direct_debit_invoice_carries_the_pre_notification(books):
    co = books.create_company("DD", "Incasso B.V.")
    co.set_parameters(sepa_creditor_id="NL57ZZZ999999999999")
    co.create_method_of_payment("SDD", "electronic", direct_debit=True)
    co.create_terms_of_payment("14D", days=14)
    co.create_customer("1", "Klant B.V.", language="nl", terms="14D", iban="NL02ABNA0123456789")
    number = co.post_free_text_invoice("1", dt.date(2026, 3, 2), [printing_line()], method_of_payment="SDD").number
    with books.reading() as s:
        doc = printing.gather_invoice(s, lookup.company(s, "DD").id, number)
    assert doc.direct_debit is not None
    assert (doc.direct_debit.amount, doc.direct_debit.collection_date) == (D("100.00"), dt.date(2026, 3, 16))
    assert (doc.direct_debit.creditor_id, doc.direct_debit.debtor_iban) == ("NL57ZZZ999999999999", "NL02ABNA0123456789")
    assert doc.direct_debit.mandate_id is None  # no mandate yet
    # with a signed mandate: its reference and the account it collects from
    co.create_mandate("1", iban="DE89370400440532013000", signed_on=dt.date(2026, 1, 5), reference="KLANT-1")
    co.create_mandate("1", iban="NL91ABNA0417164300", signed_on=None, reference="UNSIGNED")
    with books.reading() as s:
        doc = printing.gather_invoice(s, lookup.company(s, "DD").id, number)
    assert (doc.direct_debit.mandate_id, doc.direct_debit.debtor_iban) == ("KLANT-1", "DE89370400440532013000")


def printing_line():
    from ardesk.api import Line

    return Line("Abonnement maart", amount=D("100.00"))


@pytest.mark.parametrize("number", ["INV-999999", "FTI-000001"])
def test_unknown_number_is_not_found(samples, number):
    with pytest.raises(NotFoundError) as err:
        gather(samples, number)
    assert err.value.field == "number"


def test_number_must_be_text(samples):
    with pytest.raises(ValidationError) as err:
        gather(samples, 42)  # type: ignore[arg-type]
    assert err.value.field == "number"
