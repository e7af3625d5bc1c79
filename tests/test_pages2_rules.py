"""The visible page's rules mended on the thirteenth session's set-aside pages, each on small pages
written here: one shape per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crawlers.extraction import extract_offers


def page(block: str, lang: str = "en-GB") -> str:
    return (f"<html lang='{lang}'><head><title>Kettle</title></head><body><main><h1>Kettle</h1>{block}"
            "<button class='add-to-cart'>Add to basket</button></main></body></html>")


def read(block: str, lang: str = "en-GB") -> dict:
    offers = extract_offers(page(block, lang), "https://shop.example.co.uk/kettle")
    assert len(offers) == 1, offers
    return offers[0]


@pytest.mark.parametrize(("block", "lang", "price"), [
    ('<td><span class="p">2,640円(税240円)</span></td>', "ja", "2640"),
    ('<div class="pr">£64.00 (£53.33 ex VAT)</div>', "en-GB", "64.00"),
    ('<div class="pr">£19.99 (£0.50 / 100 g)</div>', "en-GB", "19.99"),
])
def test_a_number_in_brackets_after_an_amount_is_an_aside_to_it(block, lang, price):
    assert read(block, lang)["price"] == Decimal(price)


def test_an_amount_inside_brackets_is_not_taken_for_the_count_beside_it():
    # "Pack of 6 (£12.99)": outside the brackets stands a count, not an amount: nothing is read from this text.
    offer = read('<div class="pr">Pack of 6 (£12.99)</div><div class="price">£14.50</div>')
    assert offer["price"] == Decimal("14.50")
