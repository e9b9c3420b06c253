"""The SEPA rules without a database: sequence types, expiry, TARGET2 days, and reading the bank's answers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import ValidationError
from ardesk.services.sepa import returns_file
from ardesk.services.sepa.mandate_rules import (
    earliest_collection,
    expiry_date,
    is_business_day,
    next_sequence,
    status_on,
)


@pytest.mark.parametrize(
    ("recurring", "first", "done", "expected", "sequence"),
    [
        (False, True, 0, None, "OOFF"),
        (True, True, 0, None, "FRST"),
        (True, False, 1, None, "RCUR"),
        (True, True, 5, None, "FRST"),  # moved to another bank (SMNDA) or the first was rejected
        (True, False, 2, 3, "FNAL"),
        (True, True, 0, 2, "FRST"),
        (True, False, 1, 2, "FNAL"),
    ],
)
def test_next_sequence_type(recurring, first, done, expected, sequence):
    assert next_sequence(recurring, first, done, expected) == sequence


def test_expiry_counts_36_months_from_the_last_collection_or_the_signature():
    assert expiry_date(None, None) is None
    assert expiry_date(date(2020, 1, 31), None) == date(2023, 1, 31)
    assert expiry_date(date(2020, 1, 31), date(2021, 2, 28)) == date(2024, 2, 28)
    assert expiry_date(date(2020, 2, 29), None) == date(2023, 2, 28)
    assert status_on("active", date(2020, 1, 31), None, date(2023, 1, 30)) == "active"
    assert status_on("active", date(2020, 1, 31), None, date(2023, 1, 31)) == "expired"
    assert status_on("cancelled", date(2020, 1, 31), None, date(2030, 1, 1)) == "cancelled"
    assert status_on("new", None, None, date(2030, 1, 1)) == "new"


def test_target2_business_days_and_the_lead_time():
    assert not is_business_day(date(2020, 4, 10))  # Good Friday
    assert not is_business_day(date(2020, 4, 13))  # Easter Monday
    assert not is_business_day(date(2020, 5, 1)) and not is_business_day(date(2020, 12, 26))
    assert is_business_day(date(2020, 4, 14))
    assert earliest_collection(date(2020, 4, 9)) == date(2020, 4, 14)  # Thursday before Easter
    assert earliest_collection(date(2020, 3, 13)) == date(2020, 3, 16)  # Friday -> Monday
    assert earliest_collection(date(2020, 3, 16), 5) == date(2020, 3, 23)


GROUP_REJECTED = b"""<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
<OrgnlGrpInfAndSts><OrgnlMsgId>M1</OrgnlMsgId><GrpSts>RJCT</GrpSts>
<StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><OrgnlPmtInfId>M1-1</OrgnlPmtInfId>
<TxInfAndSts><OrgnlEndToEndId>INV-1</OrgnlEndToEndId>
<OrgnlTxRef><Amt><InstdAmt Ccy="EUR">12.50</InstdAmt></Amt><ReqdColltnDt>2020-03-16</ReqdColltnDt></OrgnlTxRef>
</TxInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>INV-2</OrgnlEndToEndId><TxSts>RJCT</TxSts>
<StsRsnInf><Rsn><Cd>MD01</Cd></Rsn></StsRsnInf></TxInfAndSts>
</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>"""


def test_a_rejected_group_rejects_every_transaction_with_the_groups_reason():
    rows = returns_file.parse(GROUP_REJECTED)
    assert [(r.end_to_end_id, r.reason, r.kind, r.amount, r.date, r.original_message_id) for r in rows] == [
        ("INV-1", "FF01", "rejected", D("12.50"), date(2020, 3, 16), "M1"),
        ("INV-2", "MD01", "rejected", None, None, "M1"),
    ]
    assert returns_file.reason_text("MD01") == "no valid mandate" and returns_file.reason_text("ZZ99") == ""


def test_accepted_transactions_and_credit_entries_are_not_returns():
    accepted = GROUP_REJECTED.replace(b"<GrpSts>RJCT</GrpSts>", b"<GrpSts>PART</GrpSts>")
    assert [r.end_to_end_id for r in returns_file.parse(accepted)] == ["INV-2"]


def test_a_file_with_a_doctype_or_another_message_is_refused():
    with pytest.raises(ValidationError) as err:
        returns_file.parse(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Document><X/></Document>')
    assert err.value.field == "file"
    with pytest.raises(ValidationError) as err:
        returns_file.parse(b"<Document><CstmrDrctDbtInitn/></Document>")
    assert "pain.002" in err.value.message
