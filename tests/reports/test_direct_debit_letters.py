"""SEPA direct debit prints: the mandate form and the pre-notification letters, read back with pdfplumber; and
the API calls that gather and print them (print_mandate, print_prenotifications)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from ardesk.api import Books, Line, NotFoundError, ValidationError
from ardesk.i18n import field_message
from ardesk.reports.direct_debit_letters import (
    MandateFormDoc,
    PrenotificationDoc,
    PrenotificationLine,
    mask_iban,
    render_mandate_form,
    render_prenotifications,
)
from ardesk.reports.documents import Addressee, Letterhead
from tests.reports.test_invoice_pdf import flat, overlapping_chars, read_pages, window_text

HEAD = Letterhead(
    name="Fenwick & De Vries <Office> B.V.",
    address="Keizersgracht 123\n1015 CJ  Amsterdam",
    email="billing@fenwick.nl",
    vat_number="NL859123456B01",
    coc_number="12345678",
    iban="NL91ABNA0417164300",
    bic="ABNANL2A",
)
CREDITOR_ID = "NL57ZZZ999999999999"
DUTCH = Addressee("10010", "Bakkerij Van der Meer & Zn. B.V.", "Prinsengracht 263\n1016 GV  AMSTERDAM")
MARKUP = Addressee("20010", 'Søren & <Ærø> "Café" Ltd', "14 Harbour Road\nBristol BS1 5TX\nUnited Kingdom")
FORM = MandateFormDoc(
    company=HEAD,
    creditor_id=CREDITOR_ID,
    customer=MARKUP,
    language="en",
    reference="MD-000042",
    scheme="CORE",
    recurring=True,
    iban="DE89370400440532013000",
    bic="COBADEFFXXX",
    signed_at="Bristol",
    signed_on=dt.date(2026, 1, 5),
)
EPC_CORE = (
    "By signing this mandate form, you authorise (A) Fenwick & De Vries <Office> B.V. to send instructions to "
    "your bank to debit your account and (B) your bank to debit your account in accordance with the "
    "instructions from Fenwick & De Vries <Office> B.V. As part of your rights, you are entitled to a refund "
    "from your bank under the terms and conditions of your agreement with your bank. A refund must be claimed "
    "within 8 weeks starting from the date on which your account was debited."
)


def text_of(path: Path) -> str:
    return flat(" ".join(read_pages(path)))


def test_the_english_core_mandate_form_carries_the_epc_wording_and_every_field(tmp_path):
    path = tmp_path / "mandate.pdf"
    render_mandate_form(FORM, path)
    pages = read_pages(path)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "SEPA Direct Debit Mandate" in text and EPC_CORE in text
    assert "Creditor identifier NL57ZZZ999999999999" in text and "Mandate reference MD-000042" in text
    assert "Type of payment Recurrent payment" in text and "SEPA Core direct debit" in text
    assert 'Name Søren & <Ærø> "Café" Ltd' in text  # printed literally, accents and markup characters
    assert "Address 14 Harbour Road, Bristol BS1 5TX, United Kingdom" in text
    assert "Account number (IBAN) DE89 3704 0044 0532 0130 00" in text and "COBADEFFXXX" in text
    assert "Place Bristol" in text and "Date 5 January 2026" in text and "Signature" in text
    assert "return it to Fenwick & De Vries <Office> B.V." in text and "B.V.." not in text
    assert 'Søren & <Ærø> "Café" Ltd' in window_text(path)  # behind the envelope window
    assert overlapping_chars(path) == []


def test_a_dutch_one_off_form_an_unsigned_one_and_the_b2b_wording(tmp_path):
    dutch = dataclasses.replace(FORM, customer=DUTCH, language="nl", recurring=False, signed_on=None, signed_at="")
    render_mandate_form(dutch, tmp_path / "nl.pdf")
    text = text_of(tmp_path / "nl.pdf")
    assert "Eenmalige machtiging SEPA" in text and "een eenmalige incasso-opdracht te sturen naar uw bank" in text
    assert "Als u het niet eens bent met deze afschrijving kunt u deze laten terugboeken" in text
    assert "Kenmerk machtiging MD-000042" in text and "Incassant-ID NL57ZZZ999999999999" in text
    assert "Soort incasso Eenmalig" in text and "Rekeninghouder" in text
    assert "Naam Bakkerij Van der Meer & Zn. B.V." in text
    assert "Plaats Datum Handtekening" in text  # not signed: empty lines to fill in
    b2b = dataclasses.replace(FORM, scheme="B2B")
    render_mandate_form(b2b, tmp_path / "b2b.pdf")
    text = text_of(tmp_path / "b2b.pdf")
    assert "SEPA Business-to-Business Direct Debit Mandate" in text
    assert "This mandate is only intended for business-to-business transactions." in text
    assert "You are not entitled to a refund from your bank after your account has been debited" in text
    assert "entitled to a refund from your bank under the terms" not in text
    assert "have this mandate registered with your bank" in text


START = dt.date(2026, 11, 1)


def notice(language: str, customer: Addressee, amounts: list[str], scheme: str = "CORE") -> PrenotificationDoc:
    lines = tuple(
        PrenotificationLine(f"INV-{100 + i}", START + dt.timedelta(days=i), START + dt.timedelta(days=30 + i), D(a))
        for i, a in enumerate(amounts)
    )
    return PrenotificationDoc(
        company=HEAD,
        customer=customer,
        language=language,
        currency="EUR",
        collection_date=dt.date(2026, 12, 9),
        creditor_id=CREDITOR_ID,
        mandate=f"MD-{customer.account}",
        scheme=scheme,
        iban="NL91ABNA0417164300",
        lines=lines,
        total=sum((line.amount for line in lines), D("0.00")),
        date=dt.date(2026, 11, 25),
    )


def test_pre_notifications_one_letter_per_customer_in_its_language(tmp_path):
    path = tmp_path / "notes.pdf"
    render_prenotifications(
        [notice("nl", DUTCH, ["1250.50", "100.00"]), notice("en", MARKUP, ["1250.50"], scheme="B2B")], path
    )
    dutch, english = read_pages(path)
    nl, en = flat(dutch), flat(english)
    assert "Vooraankondiging SEPA-incasso" in nl and "Incassodatum 9 december 2026" in nl
    assert "Op 9 december 2026 schrijven wij € 1.350,50 via SEPA-incasso af van uw rekening" in nl
    assert "INV-100 01-11-2026 01-12-2026 1.250,50" in nl and "INV-101 02-11-2026 02-12-2026 100,00" in nl
    assert "Totaal af te schrijven € 1.350,50" in nl and "binnen 8 weken" in nl
    assert "Kenmerk machtiging MD-10010" in nl and "Incassant-ID NL57ZZZ999999999999" in nl
    assert "Uw rekening **** **** **** **43 00" in nl and "NL91 ABNA" not in nl.split("Uw rekening")[1][:40]
    assert "Bakkerij Van der Meer & Zn. B.V." in nl and "Pagina 1 van 1" in nl
    assert "Notice of SEPA direct debit" in en and "Collection date 9 December 2026" in en
    assert "On 9 December 2026 we will collect €1,250.50 from your account **** **** **** **43 00" in en
    assert "Total to be collected €1,250.50" in en and "cannot be refunded" in en
    assert 'Søren & <Ærø> "Café" Ltd' in en and "Page 1 of 1" in en
    assert overlapping_chars(path) == []


def test_a_long_letter_runs_over_pages_numbered_per_letter(tmp_path):
    path = tmp_path / "long.pdf"
    render_prenotifications(
        [notice("en", MARKUP, ["10.00"] * 45), notice("nl", DUTCH, ["5.00"])],
        path,
    )
    pages = [flat(p) for p in read_pages(path)]
    assert len(pages) == 3
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1] and "Pagina 1 van 1" in pages[2]
    assert "Notice of direct debit 20010 (continued)" in pages[1] and "Total to be collected €450.00" in pages[1]


def test_mask_iban_keeps_only_the_last_four():
    assert mask_iban("NL91ABNA0417164300") == "**** **** **** **43 00"
    assert mask_iban("NL91 ABNA 0417 1643 00") == "**** **** **** **43 00"


# --- through the API ----------------------------------------------------------------------------------


@pytest.fixture
def co():
    with Books.open(":memory:") as books:
        c = books.create_company(
            "NL01", "De Vries & Zn <Handel> B.V.", currency="EUR", address="Dam 1\n1012 JS  Amsterdam"
        )
        c.set_details(iban="NL91ABNA0417164300", bic="ABNANL2A")
        c.set_parameters(sepa_creditor_id=CREDITOR_ID)
        c.create_terms_of_payment("N30", days=30)
        c.create_method_of_payment("INCASSO", "electronic", direct_debit=True)
        c.create_customer("1001", "Jansen & Zonen <B.V.>", terms="N30", method_of_payment="INCASSO", language="nl")
        c.create_customer("1002", "Søren Ærø", terms="N30", method_of_payment="INCASSO")
        c.create_customer("1003", "Geen machtiging", terms="N30", method_of_payment="INCASSO")
        yield c


def test_print_mandate_and_prenotifications_through_the_api(co, tmp_path):
    m1 = co.create_mandate("1001", iban="NL91 ABNA 0417 1643 00", signed_on=dt.date(2020, 1, 5), signed_at="Ede")
    m2 = co.create_mandate("1002", iban="DE89370400440532013000", signed_on=dt.date(2020, 1, 5), recurring=False)
    co.print_mandate(m1.reference, tmp_path / "m1.pdf")
    text = text_of(tmp_path / "m1.pdf")
    assert "Doorlopende machtiging SEPA" in text and m1.reference in text and "Jansen & Zonen <B.V.>" in text
    assert "NL91 ABNA 0417 1643 00" in text and "Plaats Ede" in text and "5 januari 2020" in text
    assert "De Vries & Zn <Handel> B.V." in text and CREDITOR_ID in text
    i1 = co.post_free_text_invoice("1001", dt.date(2020, 2, 1), [Line("Goods", D("100.00"))])
    i2 = co.post_free_text_invoice("1001", dt.date(2020, 2, 5), [Line("Goods", D("1250.50"))])
    i3 = co.post_free_text_invoice("1002", dt.date(2020, 2, 1), [Line("Goods", D("70.00"))])
    co.post_free_text_invoice("1003", dt.date(2020, 2, 1), [Line("Goods", D("30.00"))])
    before = co.preview_direct_debit(dt.date(2020, 3, 16))
    path = tmp_path / "notes.pdf"
    assert co.print_prenotifications(dt.date(2020, 3, 16), path, prepared_on=dt.date(2020, 3, 2)) == 2
    nl, en = (flat(p) for p in read_pages(path))
    assert i1.number in nl and i2.number in nl and "€ 1.350,50" in nl and m1.reference in nl
    assert "Datum 2 maart 2020" in nl and "Incassodatum 16 maart 2020" in nl
    assert i3.number in en and "€70.00" in en and m2.reference in en and "Søren Ærø" in en
    assert "Geen machtiging" not in nl + en  # excluded: no mandate, no letter
    assert co.preview_direct_debit(dt.date(2020, 3, 16)) == before  # nothing written
    assert co.direct_debit_runs() == []
    empty = tmp_path / "none.pdf"
    assert co.print_prenotifications(dt.date(2020, 1, 10), empty) == 0 and not empty.exists()


def test_the_calls_refuse_with_a_message_beside_the_field(co, tmp_path):
    with pytest.raises(NotFoundError):
        co.print_mandate("MD-999", tmp_path / "x.pdf")
    m = co.create_mandate("1001", iban="NL91ABNA0417164300", signed_on=None)
    with pytest.raises(ValidationError) as exc:
        co.print_mandate(m.reference, tmp_path)  # a folder
    assert exc.value.field == "path"
    co.set_parameters(sepa_creditor_id=None)
    with pytest.raises(ValidationError) as exc:
        co.print_mandate(m.reference, tmp_path / "m.pdf")
    assert exc.value.field == "sepa_creditor_id"
    assert field_message(exc.value, "nl") == "stel eerst het SEPA-incassant-ID van het bedrijf in en druk daarna af"
    assert not (tmp_path / "m.pdf").exists()
