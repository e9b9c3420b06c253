"""A code in use is refused naming what uses it in readable words, translatable (errors.Term) for the Dutch GUI."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from ardesk.api import Books, Line
from ardesk.errors import ValidationError
from ardesk.i18n import field_message
from ardesk.messages_nl import DUTCH
from ardesk.models import Base
from ardesk.services.setup_edits import CODE_KINDS, USE_LABELS


def test_every_table_that_can_use_a_code_has_a_label_with_a_dutch_text() -> None:
    using = {
        table.name
        for model in CODE_KINDS.values()
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table is model.__table__ and fk.column.name == "id"
    }
    assert using - set(USE_LABELS) == set()
    assert all(label in DUTCH for label in USE_LABELS.values())


def test_deleting_a_used_tax_code_names_its_uses_in_english_and_dutch() -> None:
    with Books.open(":memory:") as books:
        company = books.create_company("NL1", "Bakkerij De Zon B.V.", country="NL")
        company.create_customer("1000", "Klant B.V.", sales_tax="BTW9")
        company.create_customer("1001", "Klant twee B.V.", sales_tax="BTW9")
        company.post_free_text_invoice("1000", dt.date(2026, 12, 1), [Line("Boek", D("20.00"), tax="BTW9")])
        with pytest.raises(ValidationError) as refused:
            company.delete_code("sales_tax", "BTW9")
    assert refused.value.message == (
        "BTW9 is in use (customers (2), invoice lines (1), invoice tax lines (1)); deactivate it instead"
    )
    assert field_message(refused.value, "nl") == (
        "BTW9 is in gebruik (klanten (2), factuurregels (1), btw-regels van facturen (1)); "
        "deactiveer hem in plaats daarvan"
    )
