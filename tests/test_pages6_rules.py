"""The visible page's rules mended on the seventeenth session's set-aside pages (aside17), each on
small pages written here: one shape per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read


@pytest.mark.parametrize(("block", "price"), [
    # Cdiscount: the cents in a <sup> after the euro sign, which stands where the decimal mark goes.
    ('<p class="fpPrice price">449<sup>€99</sup></p>', "449.99"),
    ('<span class="price">449€99</span>', "449.99"),
    ('<span class="price">1 299€99</span>', "1299.99"),
])
def test_the_euro_sign_written_as_the_decimal_mark(block, price):
    assert read(block, "fr", "https://www.shop.example.fr/aspirateur")["price"] == Decimal(price)


def test_the_euro_sign_as_the_decimal_mark_under_a_reference_price():
    block = ('<div class="striked"><span>Prix de référence</span> <span class="ref">599,99 €</span> <span>-25%</span></div>'
             '<p class="fpPrice price">449<sup>€99</sup></p>')
    got = read(block, "fr", "https://www.shop.example.fr/aspirateur")
    assert (got["price"], got["regular_price"]) == (Decimal("449.99"), Decimal("599.99"))


@pytest.mark.parametrize(("block", "price"), [
    # Two amounts, each with its sign after it: no decimal mark to read.
    ('<span class="price">20 €</span> <span class="deposit">consigne 99 €</span>', "20"),
    # A sign before two digits with no number before it is an amount of its own.
    ('<span class="price">€99</span>', "99"),
])
def test_a_euro_sign_between_two_amounts_is_no_decimal_mark(block, price):
    assert read(block, "fr", "https://www.shop.example.fr/aspirateur")["price"] == Decimal(price)
