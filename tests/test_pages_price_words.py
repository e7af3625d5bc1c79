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


def test_a_price_shown_in_a_label_of_no_form_control_is_read():
    # OXID's themes show the price in <label id="productPrice">; a form's label ("Blue (+£12.00)") is not a price.
    offer = read('<label for="colour">Blue (+£12.00)</label><select id="colour"><option>Blue</option></select>'
                 '<label id="productPrice" class="price"><span>98,00 <span class="currency">£</span></span></label>')
    assert offer["price"] == Decimal("98.00")


def test_a_price_written_as_text_beside_the_was_price_element_is_read():
    # Squarespace: "<div class='product-price'><span>Sale Price:</span>$38.00 <span class='original-price'>$48.00</span></div>".
    offer = read('<div class="product-price"><span class="sr">Sale Price:</span>£38.00 '
                 '<span class="sr">Original Price:</span><span class="original-price">£48.00</span></div>')
    assert (offer["price"], offer["regular_price"]) == (Decimal("38.00"), Decimal("48.00"))


def test_an_amount_named_regular_beside_the_price_is_its_former_price():
    # PrestaShop's classic theme strikes "regular-price" in its CSS only.
    offer = read('<div class="product-prices"><div class="product-discount"><span class="regular-price">£23.85</span></div>'
                 '<div class="current-price"><span class="current-price-value">£19.08</span></div></div>')
    assert (offer["price"], offer["regular_price"]) == (Decimal("19.08"), Decimal("23.85"))


def test_a_heading_that_links_home_is_the_shop_not_the_product():
    html = ("<html><head><title>SHOP / Matcha latte 200g</title><meta property='og:title' content='Matcha latte 200g'></head>"
            "<body><div class='head'><h1><a href='https://shop.example.jp/'>SHOP</a></h1></div>"
            "<div class='product'><h2>Matcha latte 200g</h2><p class='price'><span class='regular'>通常価格： ￥1,944</span></p>"
            "<p class='price'>￥1,620</p><button class='add-cart'>カートに入れる</button></div>"
            "<div class='recommend'><a href='/p/2'>Hojicha</a><p class='price'>￥1,404</p></div></body></html>")
    offer = extract_offers(html, "https://shop.example.jp/products/detail/21")[0]
    assert (offer["name"], offer["price"], offer["regular_price"]) == ("Matcha latte 200g", Decimal("1620"), Decimal("1944"))


def test_the_was_price_shown_goes_to_the_variants_priced_as_shown():
    html = ('<html><head><title>Sweater</title><script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "Product", "name": "Sweater", "offers": [{"@type": "Offer", "sku": "S-1", "price": "96.00", '
            '"priceCurrency": "CAD", "url": "/p/sweater?variant=1"}, {"@type": "Offer", "sku": "S-2", "price": "104.00", '
            '"priceCurrency": "CAD", "url": "/p/sweater?variant=2"}]}</script></head><body><main><h1>Sweater</h1>'
            '<s class="price-item">$120.00 CAD</s><span class="price-item price-item--sale">$96.00 CAD</span>'
            '<button class="add-to-cart">Add to cart</button></main></body></html>')
    offers = extract_offers(html, "https://shop.example.ca/p/sweater")
    assert [(o["sku"], o.get("regular_price")) for o in offers] == [("S-1", Decimal("120.00")), ("S-2", None)]


def test_a_reduction_beside_the_price_is_no_range():
    # PrestaShop 1.6: "24,90 € IVA inclusa" then "-17%" then the old price.
    offer = read('<p class="our_price_display"><span id="our_price_display" class="price">£24.90</span> incl. VAT</p>'
                 '<p id="reduction_percent"><span>-17%</span></p><p id="old_price"><span class="price">£29.90</span></p>')
    assert offer["price"] == Decimal("24.90")


def test_a_former_price_named_with_a_word_between_is_struck():
    # nopCommerce: <div class="old-product-price"><label>Old price:</label><span>$2,000.00</span></div>.
    offer = read('<div class="prices"><div class="old-product-price"><span>£2,000.00</span></div>'
                 '<div class="product-price"><span class="price-value-4">£1,800.00</span></div></div>')
    assert (offer["price"], offer["regular_price"]) == (Decimal("1800.00"), Decimal("2000.00"))


@pytest.mark.parametrize(("title", "block", "price"), [
    ("Microsoft Xbox Series X", '<span class="price">£449.99</span>', "449.99"),
    ("Floor mats for Tesla Model X", '<span class="price">£149.00</span>', "149.00"),
    ("Caffettiera Moka Prima", '<span class="price">£24.90</span>', "24.90"),
])
def test_a_title_beside_the_price_is_not_its_words(title, block, price):
    html = (f"<html><head><title>{title}</title></head><body><main><div class='product'><h1>{title}</h1>{block}"
            "<button class='add-to-cart'>Add to basket</button></div></main></body></html>")
    offer = extract_offers(html, "https://shop.example.co.uk/p/1")[0]
    assert offer["price"] == Decimal(price) and offer.get("regular_price") is None


def test_a_count_before_a_dash_is_no_range():
    assert read('<p class="price"><span>Pack of 6</span> – <span class="amount">£12.99</span></p>')["price"] == Decimal("12.99")
