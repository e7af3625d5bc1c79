"""The visible page's rules mended in the nineteenth session: faults a user met (a size beside a price) and
the eighth set-aside batch's misses (aside19), each by cause, tested on small pages written here: one shape
per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read


@pytest.mark.parametrize(("block", "lang", "price"), [
    # A size selector's value beside the price: "/M" and "/L" are sizes, not per metre or per litre.
    ("<p>Größe S/M 29,99 €</p>", "de", "29.99"),
    ("<p><span>Größe S/M</span> <span>29,99 €</span></p>", "de", "29.99"),
    ("<p>Größe M/L 29,99 €</p>", "de", "29.99"),
    ("<p><span>29,99 €</span> <span>Größe S/M</span></p>", "de", "29.99"),
    # A size's number beside the price is no second amount.
    ("<p>size 8 (M) $24.99</p>", "en-US", "24.99"),
    ("<p>Size: 10/M 29,99 €</p>", "en-GB", "29.99"),
    ("<p>Taille 38/40 – 49,00 €</p>", "fr", "49.00"),
    ("<p>EU 42 · 89,95 €</p>", "de", "89.95"),
])
def test_a_size_beside_a_price_leaves_it_the_price(block, lang, price):
    assert read(block, lang, "https://shop.example.eu/p")["price"] == Decimal(price)


@pytest.mark.parametrize(("block", "lang", "price"), [
    # One step off: a unit after an amount's slash is still that amount's unit, and the price is the other.
    ("<p>12,99 €</p><p>Meterware 3,25 €/m</p>", "de", "12.99"),
    ("<p>4,49 €</p><p>(2,99 €/l)</p>", "de", "4.49"),
    ("<p>$24.99</p><p>$0.52/oz</p>", "en-US", "24.99"),
])
def test_a_unit_after_an_amount_still_makes_it_a_unit_price(block, lang, price):
    assert read(block, lang, "https://shop.example.eu/p")["price"] == Decimal(price)


def test_a_size_word_never_takes_an_amount_as_its_size():
    # "Größe" before an amount with decimals: the amount is no size, and one number is left either way.
    assert read("<p>Größe: 29,99 €</p>", "de", "https://shop.example.de/p")["price"] == Decimal("29.99")
    # Two amounts beside a size stay two numbers: a sentence, read through its parts.
    got = read("<p>Größe M 29,99 € statt 39,99 €</p>", "de", "https://shop.example.de/p")
    assert got.get("price") in (None, Decimal("29.99"))


def test_an_amount_per_something_is_read_as_any_amount_is():
    # The per-unit amount goes through the main path's reading: its former-price words strike it, so where the
    # page shows only amounts per piece, the one after "statt" is the former price and the other the price.
    got = read("<p>statt 9,99 zł/szt.</p><p>7,99 zł/szt.</p>", "pl", "https://sklep.example.pl/p")
    assert (got["price"], got.get("regular_price")) == (Decimal("7.99"), Decimal("9.99"))
