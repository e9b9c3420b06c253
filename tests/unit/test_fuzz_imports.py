"""Imported files fuzzed (issue 11, item 4): random bytes and mutated sample files given to the customer CSV import
and the CAMT.053 / MT940 readers either parse or raise ValidationError, never another exception, and write nothing.

Bounded (200 examples per reader, no deadline) so CI stays fast."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ardesk.api import Books, Company
from ardesk.errors import ValidationError
from ardesk.services.bank_files import parse_statements
from tests.helpers import snapshot

BANK = Path(__file__).resolve().parents[1] / "data" / "bank"
CAMT = (BANK / "camt053_sample.xml").read_bytes()
MT940 = (BANK / "mt940_sample.sta").read_bytes()
CSV = (
    "account;name;group;iban;bic;credit_limit;email;country;language;mandatory_credit_limit;address\n"
    '2001;Smit Bakkerij;STD;NL91ABNA0417164300;ABNANL2A;1.250,50;info@smit.nl;NL;nl;ja;"Kade 4\n'
    'Rotterdam"\n'
    "2002;Café Zoë;;;;;;;;nee;\n"
    "2003;=HYPERLINK(1);STD;XX91ABNA0417164300;;12e3;x@y;ZZ;fr;misschien;\n"
).encode()

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Bytes a mutation puts in: structure characters of the formats, invisible and odd characters, digits.
SPICE = [
    b"<",
    b">",
    b"/",
    b":",
    b";",
    b",",
    b'"',
    b"\n",
    b"\r",
    b"\x00",
    b"\xff",
    b"\xe2\x80\xae",  # U+202E right-to-left override
    b"\xe2\x80\x8b",  # U+200B zero-width space
    b"\xef\xbc\x91",  # full-width 1
    b"9" * 30,
    b"-",
    b"E",
    b"'",
    b"&#0;",
    b"]]>",
]


@st.composite
def mutated(draw: st.DrawFn, sample: bytes) -> bytes:
    """sample with a few bytes replaced, deleted, duplicated or inserted, or cut short, anywhere in the file
    (positions from a seeded Random: hypothesis alone favours the first bytes, which only breaks the header)."""
    rnd = draw(st.randoms(use_true_random=False))
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = rnd.randrange(len(data))
        action = draw(st.sampled_from(("replace", "delete", "insert", "spice", "spice", "repeat", "cut")))
        if action == "replace":
            data[at] = draw(st.integers(0, 255))
        elif action == "delete":
            del data[at : at + rnd.randint(1, 40)]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20)).replace(b"\0", b"\x01")  # NUL: refused at once
        elif action == "spice":
            data[at:at] = draw(st.sampled_from(SPICE))
        elif action == "repeat":
            end = min(len(data), at + rnd.randint(1, 200))
            data[at:at] = data[at:end]
        else:
            del data[max(at, len(data) // 2) :]
    return bytes(data)


def files(sample: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=3000), mutated(sample), mutated(sample))


def expect_parsed_or_refused(data: bytes) -> None:
    try:
        statements = parse_statements(data)
    except ValidationError as exc:
        assert exc.field == "file" and exc.message
        return
    for statement in statements:  # what parses is plain data: every entry has a Decimal amount and a date
        assert all(e.amount == e.amount for e in statement.entries)


@given(files(CAMT))
@FUZZ
def test_camt053_reader_parses_or_refuses(data: bytes) -> None:
    expect_parsed_or_refused(data)


@given(files(MT940))
@FUZZ
def test_mt940_reader_parses_or_refuses(data: bytes) -> None:
    expect_parsed_or_refused(data)


def test_the_samples_still_parse() -> None:
    assert parse_statements(CAMT) and parse_statements(MT940)


@pytest.fixture(scope="module")
def company() -> Iterator[Company]:
    """One company for every example (fresh books per example would make the run slow)."""
    with Books.open(":memory:") as books:
        co = books.create_company("NL01", "Fuzz B.V.", currency="EUR")
        co.create_customer("1001", "Jansen B.V.")
        yield co


_names = itertools.count()


@given(files(CSV))
@FUZZ
def test_customer_csv_import_parses_or_refuses_and_writes_nothing(
    company: Company, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.getbasetemp() / f"fuzz{next(_names)}.csv"
    path.write_bytes(data)
    before = snapshot(company.books)
    try:
        preview = company.preview_customer_import(path)
    except ValidationError as exc:
        assert exc.field and exc.message
    else:
        for row in preview.rows:
            assert all(isinstance(e, ValidationError) for e in row.errors.values())
    assert snapshot(company.books) == before
    try:
        company.import_customers(path)
    except ValidationError:
        assert snapshot(company.books) == before  # all or none
    finally:
        path.unlink()


def test_bank_statement_import_refuses_mutated_files_and_writes_nothing(company: Company, tmp_path: Path) -> None:
    """A bad file through the public call: a ValidationError and the books as they were."""
    for i, data in enumerate((CAMT[: len(CAMT) // 2], MT940.replace(b":60F:", b":60X:"), b"\x00" * 10, CAMT[::-1])):
        path = tmp_path / f"bad{i}"
        path.write_bytes(data)
        before = snapshot(company.books)
        with pytest.raises(ValidationError) as exc:
            company.import_bank_statement(path)
        assert exc.value.field == "file" or exc.value.field.startswith("file")
        assert snapshot(company.books) == before
