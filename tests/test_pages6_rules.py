"""The visible page's rules mended on the seventeenth session's set-aside pages (aside17), each on
small pages written here: one shape per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import URL, page, read

from crawlers.extraction import extract_offers


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


@pytest.mark.parametrize(("block", "lang"), [
    # Tesco: the loyalty price in a bar above the price, its words after the amount.
    ('<div class="value-bar"><span class="price">£4.50 Clubcard Price</span></div><p class="price">£5.75</p>', "en-GB"),
    ('<div class="promo"><span>Nectar Price</span> <span class="price">£4.50</span></div><p class="price">£5.75</p>', "en-GB"),
    # Hebrew: a club's price above the price.
    ('<div class="club"><span>מחיר למועדון</span> <span class="price">£4.50</span></div><p class="price">£5.75</p>', "he"),
    ('<div class="cmr"><span class="price">$ 4.50</span> <span>Precio Tarjeta</span></div><p class="price">$ 5.75</p>', "es-CL"),
])
def test_a_loyalty_card_or_club_price_is_not_the_price(block, lang):
    assert read(block, lang)["price"] == Decimal("5.75")


def test_a_card_price_labelled_only_by_the_cards_image_is_not_the_price():
    # Falabella: three prices in a list; the first is the store card's, named only by its logo's alt.
    block = ('<ol class="prices"><li class="prices-0"><div class="icon"><span class="p">$ 429.990</span>'
             '<img src="/cmr.svg" alt="tarjeta CMR"></div></li>'
             '<li class="prices-1"><span class="p">$ 469.990</span></li>'
             '<li class="prices-2"><span class="p crossed">$ 599.990</span></li></ol>')
    got = read(block, "es-CL", "https://www.shop.example.cl/refrigerador")
    assert (got["price"], got["regular_price"]) == (Decimal("469990"), Decimal("599990"))


@pytest.mark.parametrize("block", [
    # A payment card's logo beside the price names no card price.
    '<div class="price"><span class="p">£5.75</span> <img src="/visa.svg" alt="Visa card"></div>',
    # Nor a bank card's, in Spanish ("pay by credit card").
    '<div class="price"><span class="p">£5.75</span> <img src="/cc.svg" alt="Tarjeta de crédito"></div>',
    # "card" in a product's own name beside its price ("Gift card") is no loyalty card.
    '<div class="price"><span>Gift card</span> <span class="p">£5.75</span></div>',
])
def test_a_card_named_beside_the_price_otherwise_leaves_it_the_price(block):
    assert read(block)["price"] == Decimal("5.75")


def _with_jsonld(block: str, price: str, lang: str = "el") -> str:
    ld = ('{"@context":"https://schema.org","@type":"Product","name":"Kettle","sku":"K-1",'
          f'"offers":{{"@type":"Offer","price":"{price}","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}}}')
    return page(f'<script type="application/ld+json">{ld}</script>{block}', lang)


def test_structured_data_giving_the_price_before_a_sale_the_page_shows_yields_to_the_page():
    # Public: the JSON-LD kept the price before the sale, which the page shows as its former price.
    block = ('<div class="initial"><span>Αρχική τιμή:</span> <del class="v">99,99€</del></div>'
             '<div class="final"><strong class="price">69,99€</strong></div>')
    got = extract_offers(_with_jsonld(block, "99.99"), URL)[0]
    assert (got["price"], got["regular_price"]) == (Decimal("69.99"), Decimal("99.99"))


def test_structured_data_giving_a_card_price_the_page_labels_yields_to_the_page():
    block = ('<div class="cmr"><span class="price">4,50 €</span> <span>Precio Tarjeta</span></div>'
             '<p class="price">5,75 €</p>')
    got = extract_offers(_with_jsonld(block, "4.50", "es"), URL)[0]
    assert got["price"] == Decimal("5.75")


@pytest.mark.parametrize("block", [
    # The page shows the structured price as its price: nothing to prefer.
    '<div class="final"><strong class="price">99,99€</strong></div>',
    # The page reads another amount, but shows the structured price as nothing else: the structured data stays.
    '<div class="final"><strong class="price">69,99€</strong></div>',
    # The structured price shown as another kind of amount than a former or a card's price (a deposit).
    '<div class="final"><strong class="price">69,99€</strong></div><div>Pfand: <span>99,99€</span></div>',
])
def test_structured_data_the_page_does_not_contradict_stays(block):
    assert extract_offers(_with_jsonld(block, "99.99"), URL)[0]["price"] == Decimal("99.99")


def test_a_labels_colon_outside_it_before_the_value_in_a_busy_cell():
    # Volusion: the name, the label, its colon as loose text, the code, then the price, all in one cell.
    block = ('<table><tr><td><font class="productnamecolorLARGE">Daypack</font><br><br>'
             '<span class="product_code_title">Product Code</span>: <span class="product_code">BKP-220</span><br>'
             '<font class="pricecolor">Our Price: $64.95</font></td></tr></table>')
    assert read(block, "en-US", "https://www.shop.example.com/product-p/bkp-220.htm")["sku"] == "BKP-220"


def test_a_colon_after_words_that_name_no_field_reads_no_id():
    block = ('<table><tr><td><font>Daypack</font><br><span>Colour</span>: <span>Slate</span><br>'
             '<font class="pricecolor">$64.95</font></td></tr></table>')
    assert read(block, "en-US", "https://www.shop.example.com/daypack")["sku"] is None


@pytest.mark.parametrize("label", ["Produsentens varenr.", "Manufacturer's item number", "Référence fabricant",
                                   "Gyártói cikkszám"])
def test_an_item_number_labelled_as_the_makers_is_not_the_shops_id(label):
    block = (f'<p class="price">1 290,-</p><table><tr><th>{label}</th><td>90IG0830-MO3B00</td></tr></table>'
             '<div><span class="l">Varenr:</span> <span>1204521</span></div>')
    got = read(block, "nb-NO", "https://www.shop.example.no/ruter")
    assert (got["sku"], got["mpn"]) == ("1204521", "90IG0830-MO3B00")


def test_an_item_number_with_no_makers_word_is_still_the_shops_id():
    block = '<p class="price">1 290,-</p><table><tr><th>Varenr.</th><td>1204521</td></tr></table>'
    assert read(block, "nb-NO", "https://www.shop.example.no/ruter")["sku"] == "1204521"


def _stocked_jsonld(body: str) -> str:
    ld = ('{"@context":"https://schema.org","@type":"Product","name":"Salmon fillets","sku":"299431872",'
          '"offers":{"@type":"Offer","price":"5.75","priceCurrency":"GBP","availability":"http://schema.org/InStock"}}')
    return (f'<html lang="en-GB"><head><script type="application/ld+json">{ld}</script></head><body><main>'
            f'<h1>Salmon fillets</h1><p class="price">£5.75</p>{body}</main></body></html>')


def test_a_page_that_says_unavailable_with_no_buy_button_outweighs_structured_data_in_stock():
    # Tesco: the JSON-LD says InStock; the page says unavailable where the add button would be.
    body = '<div class="unavailable"><p>Sorry, this product is currently unavailable</p><a href="/subs">See alternatives</a></div>'
    got = extract_offers(_stocked_jsonld(body), URL)[0]
    assert (got["availability"], got["in_stock"]) == ("OutOfStock", False)


def test_a_page_that_still_shows_its_buy_button_keeps_the_structured_datas_stock():
    body = ('<p class="note">Currently unavailable in size 12</p>'
            '<form action="/cart/add"><button type="submit" class="add-to-cart">Add to basket</button></form>')
    assert extract_offers(_stocked_jsonld(body), URL)[0]["in_stock"] is True


@pytest.mark.parametrize(("written", "currency"), [("US $18.27", "USD"), ("AU $18.27", "AUD"), ("NZ $ 18.27", "NZD")])
def test_a_countrys_dollar_written_with_a_space_names_its_currency(written, currency):
    # AliExpress and eBay: "US $18.27"; the page names no country of its own.
    got = read(f'<div class="price-current">{written}</div>', "en", "https://www.marketplace.example.com/item/1.html")
    assert (got["price"], got["currency"]) == (Decimal("18.27"), currency)


def test_letters_before_a_dollar_that_name_no_country_leave_it_unsettled():
    got = read('<div class="price-current">Only $18.27</div>', "en", "https://www.marketplace.example.com/item/1.html")
    assert (got["price"], got.get("currency")) == (Decimal("18.27"), None)
