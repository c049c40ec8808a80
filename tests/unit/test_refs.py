"""Ticket references and receipt numbers: their shape, and that every character is drawn."""

from __future__ import annotations

from collections import Counter

from flows.refs import (
    ALPHABET,
    LENGTH,
    find_reference,
    format_reference,
    new_receipt,
    new_reference,
)


def test_a_reference_is_eight_characters_of_the_alphabet_with_a_digit() -> None:
    for _ in range(500):
        ref = new_reference()
        assert len(ref) == LENGTH and set(ref) <= set(ALPHABET)
        assert any(ch.isdigit() for ch in ref)
        assert find_reference(f"what about {format_reference(ref).lower()}?") == ref


def test_a_receipt_is_r_and_ten_characters() -> None:
    receipt = new_receipt()
    assert receipt.startswith("R-") and len(receipt) == 12 and set(receipt[2:]) <= set(ALPHABET)


def test_draws_do_not_repeat_and_use_the_whole_alphabet() -> None:
    drawn = [new_receipt()[2:] for _ in range(3000)]
    assert len(set(drawn)) == len(drawn)
    counts = Counter("".join(drawn))
    assert set(counts) == set(ALPHABET)
    # 30,000 characters over 30 letters: about 1,000 each, far from 700 or 1,300 by chance.
    assert 700 < min(counts.values()) and max(counts.values()) < 1300
