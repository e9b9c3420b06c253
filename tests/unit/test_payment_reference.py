"""Payment references: ISO 11649 RF and the Dutch betalingskenmerk, made, checked and found in text."""

from __future__ import annotations

import pytest

from ardesk.errors import ValidationError
from ardesk.services.payment_reference import (
    dutch_reference,
    find_references,
    is_dutch_reference,
    is_rf,
    normalize_reference,
    print_form,
    reference_for,
    rf_reference,
)


def test_rf_reference_is_the_iso_11649_example() -> None:
    # ISO 11649's own example: base 539007547034 -> RF18 5390 0754 7034.
    assert rf_reference("539007547034") == "RF18539007547034"
    assert print_form("RF18539007547034") == "RF18 5390 0754 7034"
    assert rf_reference("abc 123") == "RF" + rf_reference("ABC123")[2:4] + "ABC123"


def test_is_rf_checks_the_mod_97_digits() -> None:
    assert is_rf("RF18 5390 0754 7034")
    assert is_rf("rf18539007547034")
    assert not is_rf("RF18539007547035")  # last digit mistyped
    assert not is_rf("RF19539007547034")
    assert not is_rf("RF18")  # no base
    assert not is_rf("RF18" + "1" * 22)  # base longer than 21
    assert not is_rf(None)
    for base in ("1", "A", "0000001", "INV000001", "Z" * 21):
        assert is_rf(rf_reference(base))


@pytest.mark.parametrize("base", ["", "INV-000001", "1" * 22])
def test_rf_reference_refuses_what_is_no_base(base: str) -> None:
    with pytest.raises(ValidationError) as exc:
        rf_reference(base)
    assert exc.value.field == "base" and "1 to 21 letters and digits" in exc.value.message


def test_dutch_reference_is_the_betaalvereniging_example() -> None:
    # The example of the specification: (5)000 0567 8901 2345.
    assert dutch_reference(56789012345) == "5000056789012345"
    assert is_dutch_reference("5000 0567 8901 2345")
    assert not is_dutch_reference("4000056789012345")
    # A sum divisible by 11 gives check 11 -> 0; a remainder of 1 gives 10 -> 1.
    assert dutch_reference(5)[0] == "1" and dutch_reference(6)[0] == "1"
    for n in range(0, 2000, 7):
        ref = dutch_reference(n)
        assert len(ref) == 16 and is_dutch_reference(ref)
        assert sum(is_dutch_reference(str(d) + ref[1:]) for d in range(10)) == 1


def test_dutch_reference_of_shorter_lengths_needs_its_length_code() -> None:
    # The specification's example: 12 2345 3462 2567, check digit 1, length code 2 (12 digits follow).
    assert is_dutch_reference("1223453462 2567")
    assert not is_dutch_reference("1323453462 2567")  # wrong length code
    assert not is_dutch_reference("1234567")  # 7 digits carry no check: not recognised
    assert not is_dutch_reference("123456789012345")  # 15 digits do not exist


def test_dutch_reference_refuses_numbers_that_do_not_fit() -> None:
    with pytest.raises(ValidationError, match="15 digits"):
        dutch_reference(10**15)
    with pytest.raises(ValidationError, match="whole number"):
        dutch_reference("12")  # type: ignore[arg-type]


def test_reference_for_each_kind() -> None:
    assert reference_for("nl", "INV-000001", 1) == "9000000000000001"
    assert reference_for("rf", "INV-000001", 1) == "RF740000001"
    assert print_form(reference_for("rf", "INV-000001", 1) or "") == "RF74 0000 001"
    assert reference_for("none", "INV-000001", 1) is None
    # Unique per counter value: every invoice of the company gets its own.
    assert len({reference_for("nl", "x", n) for n in range(1, 5001)}) == 5000
    assert len({reference_for("rf", "x", n) for n in range(1, 5001)}) == 5000
    assert reference_for("rf", "x", 123456789) == rf_reference("123456789")


def test_reference_for_refuses_unknown_kinds_and_counters() -> None:
    with pytest.raises(ValidationError) as exc:
        reference_for("sepa", "INV-1", 1)
    assert exc.value.field == "kind"
    with pytest.raises(ValidationError) as exc:
        reference_for("nl", "INV-1", -1)
    assert exc.value.field == "sequence" and "INV-1" in exc.value.message


def test_find_references_in_free_text() -> None:
    text = "Betaling RF18 5390 0754 7034 en 5000 0567 8901 2345, ook rf74 0000 001."
    assert find_references(text) == ["RF18539007547034", "5000056789012345", "RF740000001"]
    assert find_references("kenmerk 9000000000000001") == ["9000000000000001"]
    # Stops where the reference ends, even when a word follows.
    assert find_references("RF74 0000 001 INV-000001") == ["RF740000001"]
    # Not inside longer words or numbers, not invalid ones, each only once.
    assert find_references("XRF740000001 RF740000002 90000000000000011 9000000000000002") == []
    assert find_references("RF740000001 and again RF74 0000 001") == ["RF740000001"]
    assert find_references("IBAN NL91ABNA0417164300 bedrag 1234") == []
    assert find_references("") == [] and find_references(None) == []


def test_normalize_reference() -> None:
    assert normalize_reference(" rf74 0000 001 ") == "RF740000001"
    assert normalize_reference("9000 0000 0000 0001") == "9000000000000001"
    assert normalize_reference("INV-000001") is None
