"""A ninth tester's pass over what the report says in words, read as the category manager who gets it."""

from __future__ import annotations

import pytest

from benchmark import scorecard


def _said(index: float, regular: float) -> list[str]:
    price = {"price_index": index, "price_index_regular": regular, "pairs": 24, "cheaper": 0.65, "same": 0.09,
             "dearer": 0.26}
    return [line for line in scorecard.where_they_beat_us(
        competitor="Rival", price=price, promotions={}, our_promo_share=None, assortment={}, store_comparisons=None,
        tolerance=0.01) if line.startswith("Promotions: their promotions")]


@pytest.mark.parametrize(("index", "regular", "words"), [
    # We are dearer on their regular prices, and their promotions make it more: the gap widens.
    (111.7, 104.3, "widen the gap"),
    # Before: "widen the gap" for each of these, where we are cheaper or level on their regular prices.
    (97.9, 95.0, "narrow our lead"),              # still cheaper on the shelf
    (99.4, 97.1, "close our lead"),               # about the same on the shelf (within 1%): the demo's Greenleaf
    (103.0, 97.1, "turn our lead around"),        # dearer on the shelf
    (102.3, 100.3, "make them cheaper than us"),  # the same on regular prices
])
def test_what_their_promotions_do_to_the_gap_is_said_as_it_is(index, regular, words):
    [line] = _said(index, regular)
    assert f"their promotions {words} (index {regular:.1f} on regular prices, {index:.1f} on shelf prices)" in line, line


def test_promotions_that_move_the_index_less_than_the_tolerance_are_not_said():
    assert _said(99.4, 98.9) == []
