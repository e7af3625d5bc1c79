"""The visible page's rules mended on the sixteenth session's set-aside pages, each on small pages
written here: one shape per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read


@pytest.mark.parametrize(("block", "price"), [
    # eMAG: thousands grouped by ".", the cents in a <sup> with no mark, the currency after.
    ('<p class="product-new-price">1.299<sup>99</sup> <span>Lei</span></p>', "1299.99"),
    # Grouped by ",": the cents join with "." as before.
    ('<p class="product-new-price">$1,299<sup>99</sup></p>', "1299.99"),
    # Not grouped: "." as before (bol, Best Buy's "$229<sup>99</sup>").
    ('<p class="product-new-price">108<sup>33</sup> <span>Lei</span></p>', "108.33"),
])
def test_cents_set_apart_after_a_number_grouped_in_thousands(block, price):
    assert read(block, "ro", "https://www.shop.example.ro/espressor")["price"] == Decimal(price)


def test_cents_set_apart_under_a_struck_price_grouped_in_thousands_give_the_former_price():
    block = ('<p class="old"><s>1.599<sup>99</sup> <span>Lei</span></s></p>'
             '<p class="product-new-price">1.299<sup>99</sup> <span>Lei</span></p>')
    got = read(block, "ro", "https://www.shop.example.ro/espressor")
    assert (got["price"], got["regular_price"]) == (Decimal("1299.99"), Decimal("1599.99"))
