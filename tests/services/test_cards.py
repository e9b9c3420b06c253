"""Card payments (DOMAIN 8): authorize, capture (a customer payment Dr card clearing / Cr receivable that
settles the invoice), partial capture, void, declines; the card number is never stored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import CardPaymentInfo, Line, Mark, TestProcessor, ValidationError, set_card_processor
from ardesk.models import Base
from ardesk.services.card_processor import Outcome
from tests.helpers import snapshot

VISA = "4242424242424242"
AMEX = "378282246310005"
DAY = date(2026, 3, 10)


@pytest.fixture
def cards(co):
    co.create_method_of_payment("CARD", "card", account="110300")
    return co


def invoice(co, amount="121.00", customer="1001", day=date(2026, 3, 2), **kw):
    return co.post_free_text_invoice(customer, day, [Line("Paper", D(amount))], **kw)


def gl(co, voucher):
    return sorted((v.account, v.debit, v.credit) for v in co.voucher_lines(voucher))


def authorize(co, amount="121.00", *, number=VISA, day=DAY, **kw):
    kw.setdefault("expiry", "12/28")
    kw.setdefault("holder", "P. de Vries")
    return co.authorize_card_payment("1001", D(amount), day, card_number=number, **kw)


def test_authorize_and_capture_settle_the_invoice(cards):
    inv = invoice(cards)
    auth = authorize(cards, cvv="123", invoice=inv.number)
    assert isinstance(auth, CardPaymentInfo)
    assert (auth.number, auth.state, auth.invoice, auth.amount, auth.currency) == (
        "CARD-000001",
        "authorized",
        inv.number,
        D("121.00"),
        "EUR",
    )
    assert (auth.brand, auth.brand_name, auth.last4, auth.masked) == ("visa", "Visa", "4242", "•••• 4242")
    assert (auth.expiry_month, auth.expiry_year, auth.method, auth.processor) == (12, 2028, "CARD", "test")
    assert auth.authorization_code and auth.payment is None and auth.voucher is None
    assert cards.document(inv.number).balance == D("121.00")  # authorizing posts nothing

    done = cards.capture_card_payment(auth.number, date(2026, 3, 12))
    assert (done.state, done.captured_on, done.captured_amount) == ("captured", date(2026, 3, 12), D("121.00"))
    assert done.payment and done.voucher and done.payment.startswith("ARP-")
    assert gl(cards, done.voucher) == [("110300", D("121.00"), D("0.00")), ("130100", D("0.00"), D("121.00"))]
    assert cards.document(inv.number).balance == D("0.00")
    assert cards.document(done.payment).balance == D("0.00")
    assert cards.customer_balance("1001") == D("0.00")
    assert cards.balance("card_clearing") == D("121.00") and cards.balance("receivable") == D("0.00")
    assert cards.card_payment(auth.number) == done


def test_partial_capture_closes_the_authorization(cards):
    inv = invoice(cards)
    auth = authorize(cards, "121.00", invoice=inv.number)
    with pytest.raises(ValidationError) as err:
        cards.capture_card_payment(auth.number, DAY, amount=D("121.01"))
    assert err.value.field == "amount" and err.value.message == "121.01 is more than the authorized 121.00"
    done = cards.capture_card_payment(auth.number, DAY, amount=D("80.00"))
    assert (done.state, done.captured_amount, done.amount) == ("captured", D("80.00"), D("121.00"))
    assert gl(cards, done.voucher) == [("110300", D("80.00"), D("0.00")), ("130100", D("0.00"), D("80.00"))]
    assert cards.document(inv.number).balance == D("41.00")
    with pytest.raises(ValidationError) as err:  # the rest needs a new authorization (DOMAIN 8)
        cards.capture_card_payment(auth.number, DAY, amount=D("41.00"))
    assert err.value.field == "number" and "is captured" in err.value.message
    rest = authorize(cards, "41.00", invoice=inv.number)
    cards.capture_card_payment(rest.number, DAY)
    assert cards.document(inv.number).balance == D("0.00") and cards.balance("card_clearing") == D("121.00")


def test_void_then_capture_is_refused(cards):
    inv = invoice(cards)
    auth = authorize(cards, invoice=inv.number)
    with pytest.raises(ValidationError) as err:
        cards.void_card_payment(auth.number, date(2026, 3, 9))
    assert err.value.field == "date"
    voided = cards.void_card_payment(auth.number, date(2026, 3, 11))
    assert (voided.state, voided.voided_on, voided.payment) == ("voided", date(2026, 3, 11), None)
    before = cards.transactions("1001")
    for attempt in (
        lambda: cards.capture_card_payment(auth.number, date(2026, 3, 12)),
        lambda: cards.void_card_payment(auth.number, date(2026, 3, 12)),
    ):
        with pytest.raises(ValidationError) as err:
            attempt()
        assert err.value.field == "number"
        assert err.value.message == (
            f"card payment {auth.number} is voided: only an authorized one can be captured or voided"
        )
    assert cards.transactions("1001") == before and cards.document(inv.number).balance == D("121.00")


@pytest.mark.parametrize(
    "number, amount, reason",
    [
        ("4000000000000002", "10.00", "card_declined"),
        ("4000000000009995", "10.00", "insufficient_funds"),
        ("4000000000009987", "10.00", "lost_card"),
        (VISA, "10000.01", "amount_limit"),
    ],
)
def test_a_declined_card_is_recorded_not_raised(cards, number, amount, reason):
    declined = authorize(cards, amount, number=number)
    assert (declined.state, declined.decline_reason, declined.authorization_code) == ("declined", reason, None)
    assert cards.card_payments(state="declined") == [declined]
    with pytest.raises(ValidationError, match="is declined: only an authorized one"):
        cards.capture_card_payment(declined.number, DAY)
    assert cards.transactions("1001") == []


def test_the_card_number_is_never_stored(cards, books):
    inv = invoice(cards)
    numbers = [VISA, AMEX, "4000000000000002", "5555555555554444"]
    a = authorize(cards, invoice=inv.number, cvv="123", number="4242 4242 4242 4242")
    cards.capture_card_payment(a.number, DAY)
    b = authorize(cards, "50.00", number=AMEX, cvv="7319", expiry=(1, 2027))
    cards.void_card_payment(b.number, DAY)
    authorize(cards, "20.00", number="4000000000000002", cvv="123")
    c = authorize(cards, "30.00", number="5555555555554444", cvv="123")
    cards.capture_card_payment(c.number, DAY, amount=D("12.50"))
    for bad in ("4242424242424241", "5555555555554445"):  # refused numbers are not written either
        with pytest.raises(ValidationError) as err:
            authorize(cards, number=bad)
        assert bad not in str(err.value) and bad[:12] not in str(err.value.params)

    texts = []
    with books.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(table.select()):  # every column: a number could hide in an integer
                texts.extend(str(v) for v in row if v is not None)
    dump = "\n".join(texts)
    assert "CARD-000004" in dump and "tok_" in dump  # the dump holds the card payments
    for number in [*numbers, "4242424242424241", "5555555555554445"]:
        assert number not in dump and number[:12] not in dump
    with books.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT last4, token, brand FROM card_payment ORDER BY id").all()
    assert [(r[0], r[2]) for r in rows] == [
        ("4242", "visa"),
        ("0005", "amex"),
        ("0002", "visa"),
        ("4444", "mastercard"),
    ]
    assert all(r[1].startswith("tok_") for r in rows)
    with books.engine.connect() as conn:
        details = [r[0] for r in conn.exec_driver_sql("SELECT details FROM audit_event").all()]
    assert any("Visa •••• 4242" in d for d in details)  # the audit trail names the card by its last four
    assert not any("7319" in d for d in details)  # nor the CVV


def test_bad_input_leaves_the_books_unchanged(cards, books):
    inv = invoice(cards)
    cards.create_customer("2002", "Other B.V.")
    other = invoice(cards, customer="2002")
    before = snapshot(books)
    cases = [
        (dict(number="4242424242424241"), "card_number"),
        (dict(number="1234"), "card_number"),
        (dict(expiry="02/26"), "expiry"),  # expired at the end of February, DAY is in March
        (dict(expiry="2/2026"), "expiry"),
        (dict(expiry="14/28"), "expiry"),
        (dict(cvv="12"), "cvv"),
        (dict(number=AMEX, cvv="123"), "cvv"),
        (dict(holder=""), "holder"),
        (dict(amount="0.00"), "amount"),
        (dict(amount="-5.00"), "amount"),
        (dict(amount="1.001"), "amount"),
        (dict(invoice="INV-999999"), "invoice"),
        (dict(invoice=other.number), "invoice"),
        (dict(invoice=inv.number, amount="121.01"), "amount"),
        (dict(method="BANK"), "method"),
        (dict(method="NOPE"), "method"),
    ]
    for kw, field in cases:
        amount = kw.pop("amount", "10.00")
        with pytest.raises(ValidationError) as err:
            authorize(cards, amount, **kw)
        assert err.value.field == field, (kw, err.value)
    with pytest.raises(ValidationError) as err:
        cards.authorize_card_payment("9999", D("1.00"), DAY, card_number=VISA, expiry="12/28", holder="X")
    assert err.value.field == "customer"
    with pytest.raises(ValidationError) as err:
        cards.capture_card_payment("CARD-000404", DAY)
    assert err.value.field == "number"
    assert snapshot(books) == before


def test_capture_is_refused_above_the_open_balance_of_the_invoice(cards):
    inv = invoice(cards)
    auth = authorize(cards, invoice=inv.number)
    cards.post_payment("1001", DAY, D("50.00"), marks=[Mark(inv.number, D("50.00"))])  # paid part by bank
    with pytest.raises(ValidationError) as err:
        cards.capture_card_payment(auth.number, DAY)
    assert err.value.field == "amount"
    assert err.value.message == f"121.00 is more than the open balance 71.00 of invoice {inv.number}"
    assert cards.capture_card_payment(auth.number, DAY, amount=D("71.00")).captured_amount == D("71.00")
    assert cards.document(inv.number).balance == D("0.00")

    settled = invoice(cards, "10.00")
    late = authorize(cards, "10.00", invoice=settled.number)
    cards.post_payment("1001", DAY, D("10.00"), marks=[Mark(settled.number)])
    with pytest.raises(ValidationError, match="is already settled: void the card payment instead"):
        cards.capture_card_payment(late.number, DAY)
    with pytest.raises(ValidationError, match="is already settled"):  # nor authorized again
        authorize(cards, "10.00", invoice=settled.number)


def test_a_payment_without_an_invoice_stays_open_on_the_account(cards):
    auth = authorize(cards, "25.00", number=AMEX, cvv="1234")
    done = cards.capture_card_payment(auth.number, DAY)
    assert done.invoice is None and cards.document(done.payment).balance == D("-25.00")
    assert gl(cards, done.voucher) == [("110300", D("25.00"), D("0.00")), ("130100", D("0.00"), D("25.00"))]


def test_a_customer_in_another_currency_pays_in_it(cards):
    cards.create_customer("US1", "Yankee Inc.", currency="USD", terms="N30")
    cards.set_exchange_rate("USD", date(2026, 1, 1), D("0.90"))
    inv = invoice(cards, "100.00", customer="US1")
    auth = cards.authorize_card_payment(
        "US1", D("100.00"), DAY, card_number=VISA, expiry="12/28", holder="J. Doe", invoice=inv.number
    )
    assert auth.currency == "USD"
    done = cards.capture_card_payment(auth.number, DAY)
    assert gl(cards, done.voucher) == [("110300", D("90.00"), D("0.00")), ("130100", D("0.00"), D("90.00"))]
    assert cards.document(inv.number).balance == D("0.00")


def test_the_card_method_of_payment(books, co):
    with pytest.raises(ValidationError) as err:
        authorize(co, "10.00")
    assert err.value.field == "method" and "no active method of payment of kind card" in err.value.message
    co.create_method_of_payment("CARD", "card", account="110300")
    co.create_method_of_payment("AMEX", "card", account="110300")
    with pytest.raises(ValidationError) as err:
        authorize(co, "10.00")
    assert err.value.field == "method" and err.value.message == "name the card method of payment: AMEX, CARD"
    assert authorize(co, "10.00", method="AMEX").method == "AMEX"
    co.set_active("method_of_payment", "AMEX", False)  # a deactivated method is refused when named
    with pytest.raises(ValidationError) as err:
        authorize(co, "10.00", method="AMEX")
    assert err.value.field == "method" and "AMEX is deactivated" in err.value.message
    assert authorize(co, "10.00").method == "CARD"  # the only active card method now


def test_lists_and_filters(cards):
    cards.create_customer("2002", "Other B.V.")
    a = authorize(cards, "10.00")
    b = cards.authorize_card_payment("2002", D("20.00"), DAY, card_number=VISA, expiry="12/28", holder="Y")
    cards.capture_card_payment(a.number, DAY)
    assert [p.number for p in cards.card_payments()] == [b.number, a.number]  # newest first
    assert [p.number for p in cards.card_payments(customer="2002")] == [b.number]
    assert [p.number for p in cards.card_payments(state="captured")] == [a.number]
    assert [p.customer_name for p in cards.card_payments(customer="1001", state="captured")] == [
        "Jansen Installatietechniek B.V."
    ]
    with pytest.raises(ValidationError) as err:
        cards.card_payments(state="paid")
    assert err.value.field == "state"


class RefusingProcessor(TestProcessor):
    name = "refusing"

    def capture(self, authorization_code, amount):
        return Outcome(False, "authorization_expired")


def test_another_processor_can_be_plugged_in_and_a_refused_capture_posts_nothing(cards, books):
    set_card_processor(RefusingProcessor(), cards.code)
    try:
        auth = authorize(cards, "10.00")
        assert auth.processor == "refusing"
        before = snapshot(books)
        with pytest.raises(ValidationError) as err:
            cards.capture_card_payment(auth.number, DAY)
        assert err.value.message == "the card processor refused the capture: authorization_expired"
        assert snapshot(books) == before
    finally:
        set_card_processor(None, cards.code)
    assert authorize(cards, "10.00").processor == "test"


def test_cash_discount_only_when_the_card_pays_less_than_the_open_balance(cards):
    full = invoice(cards, "1000.00", cash_discount="2D8")
    done = cards.capture_card_payment(authorize(cards, "1000.00", invoice=full.number).number, DAY)
    assert cards.document(full.number).balance == D("0.00") and cards.document(done.payment).balance == D("0.00")
    net = invoice(cards, "1000.00", cash_discount="2D8")
    done = cards.capture_card_payment(authorize(cards, "980.00", invoice=net.number).number, DAY)
    assert cards.document(net.number).balance == D("0.00") and cards.document(done.payment).balance == D("0.00")
    assert cards.balance("cash_discount") == D("20.00") and cards.balance("card_clearing") == D("1980.00")
