"""The rules mended in the thirty-seventh session on the twenty-sixth set-aside batch's readings (aside37), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

import pytest

from crawlers.extraction import extract_offers

# A custom element names what it shows by its own attributes, as a class does ----------------------------------------


def _component_page(amounts: str) -> str:
    return ("<html lang='en-TC'><head><title>Conch shell lamp - Grace Bay Gifts</title></head><body><main>"
            "<article class='product'><h1>Conch shell lamp</h1>"
            f"<div class='price-box'>{amounts}</div>"
            "<product-stock>In stock</product-stock>"
            "<buy-button code='GBG-LAMP-1' role='button' tabindex='0'>Add to cart</buy-button></article>"
            "<section class='related'><h2>Also in the shop</h2><ul><li><a href='/p/conch-bowl'>Conch bowl</a> "
            "$22.00</li></ul></section></main></body></html>")


@pytest.mark.parametrize("amounts", [
    "<cl-price code='GBG-LAMP-1'><cl-price-amount type='compare-at'>$120.00</cl-price-amount> "
    "<cl-price-amount type='price'>$95.00</cl-price-amount></cl-price>",
    "<shop-price><shop-amount kind='old'>$120.00</shop-amount> <shop-amount kind='current'>$95.00</shop-amount>"
    "</shop-price>",
    "<compare-at-price>$120.00</compare-at-price> <sale-price>$95.00</sale-price>",
])
def test_a_custom_element_named_former_by_its_attributes_or_tag_is_the_former_price(amounts):
    # Web components name what they show by their own tag and attributes, with no class: Commerce Layer's drop-in
    # library writes `<cl-price-amount type="compare-at">` before `<cl-price-amount type="price">`; the compare-at
    # amount, first, was read as the price and no former price was read.
    got = extract_offers(_component_page(amounts), "https://gracebaygifts.example.tc/p/conch-lamp", currency="USD")[0]
    assert (got["price"], got.get("regular_price")) == (95, 120)


@pytest.mark.parametrize("amounts", [
    "<input type='text' name='old' value='x'><span>$95.00</span> <span class='note'>was set on 1 May</span>",
    "<price-amount data-code='OLD-2024'>$95.00</price-amount>",
    "<price-amount label='Old Town delivery included'>$95.00</price-amount>",
])
def test_a_standard_elements_attributes_or_a_custom_elements_codes_and_sentences_name_no_former_price(amounts):
    # One step off: a standard element's attributes keep their meanings (an input's name 'old'), and a custom
    # element's attribute that is a code ('OLD-2024') or a sentence is no name: the one amount is the price.
    got = extract_offers(_component_page(amounts), "https://gracebaygifts.example.tc/p/conch-lamp", currency="USD")[0]
    assert (got["price"], got.get("regular_price")) == (95, None)

