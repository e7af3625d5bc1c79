"""The visible price: words around an amount that say what it is (a former price, an instalment, a
range, the lowest price of 30 days), on small pages written here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crawlers.extraction import extract_offers


def page(block: str) -> str:
    return (f"<html lang='en-GB'><head><title>Kettle</title></head><body><main><h1>Kettle</h1>{block}"
            "<button class='add-to-cart'>Add to basket</button></main></body></html>")


def read(block: str) -> dict:
    offers = extract_offers(page(block), "https://shop.example.co.uk/kettle")
    assert len(offers) == 1, offers
    return offers[0]


def test_a_bootstrap_list_is_not_a_list_price():
    # OpenCart's default theme lists its prices in <ul class="list-unstyled">.
    offer = read('<ul class="list-unstyled"><li><span style="text-decoration: line-through;">£122.00</span></li>'
                 "<li><h2>£98.00</h2></li><li>Ex Tax: £80.00</li></ul>")
    assert (offer["price"], offer["regular_price"]) == (Decimal("98.00"), Decimal("122.00"))


@pytest.mark.parametrize("block", [
    '<div class="price">Was: <span class="price--non-sale">£109.00</span></div><div class="price">Now: <span class="price--now">£89.00</span></div>',
    '<div class="prices"><span class="sr">Regular Price</span><span class="x1">£109.00</span><span class="sr">Sale Price</span><span class="x2">£89.00</span></div>',
    '<div class="product-price"><span class="a">£89.00</span> <small>statt <span class="b">£109.00</span></small></div>',
])
def test_words_before_an_amount_make_it_a_former_price(block):
    offer = read(block)
    assert (offer["price"], offer["regular_price"]) == (Decimal("89.00"), Decimal("109.00"))


@pytest.mark.parametrize("block", [
    '<p class="price">£98.00</p><p class="bnpl">or 4 interest-free payments of <strong>£24.50</strong> with Klarna</p>',
    '<p class="price">£98.00</p><div class="parcelas"><span>10</span>x de <span class="val">£9.80</span> sem juros</div>',
    '<p class="price">£98.00</p><p class="unit"><span class="amount">£3.98</span> / <span>1 kg</span></p>',
    '<p class="price">£98.00</p><p class="deposit">zzgl. <span class="amount">£0.25</span> Pfand</p>',
    '<p class="price">£98.00</p><div class="omnibus">Lowest price in the 30 days before the reduction: <span>£91.00</span></div>',
])
def test_an_instalment_a_unit_price_a_deposit_or_a_30_day_low_is_not_the_price(block):
    # Each of these sits after the price here and scores above it without its words.
    assert read(block)["price"] == Decimal("98.00")


def test_a_range_of_variants_prices_is_no_one_price():
    offer = read('<p class="price"><span class="amount">£42.00</span> &ndash; <span class="amount">£45.00</span></p>')
    assert offer.get("price") is None
    assert "lowest price of several" in offer["price_left_out"]
