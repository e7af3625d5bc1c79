"""The rules mended in the twenty-fifth session on the fourteenth set-aside batch's misses (aside25) and the
thirteenth's leftovers, each by cause, tested on small pages written here: one shape per test, and the shape
one step off it that must not change."""

from __future__ import annotations

import json
from decimal import Decimal

from rule_pages import page, read

from crawlers.extraction import extract_offers


# Signs: the Nepalese rupee written "Rs.", the Moldovan leu written "lei" ----------------------------------------------

def test_rs_on_a_nepali_page_is_the_nepalese_rupee():
    # SastoDeal's 'Rs. 45,999': the tables gave "Rs" to every rupee but Nepal's.
    got = read("<div class='price'>Rs. 45,999</div>", "en", "https://www.shop.example.com.np/p")
    assert (got["price"], got["currency"]) == (Decimal("45999"), "NPR")


def test_lei_on_a_moldovan_page_is_the_moldovan_leu():
    # Darwin's '12 999 lei' on a .md page: the tables gave "lei" to Romania's leu alone.
    got = read("<div class='price-old'><span>14 999</span> lei</div><div class='price-new'><span>12 999</span> lei</div>",
               "ro", "https://shop.example.md/p")
    assert (got["price"], got["currency"]) == (Decimal("12999"), "MDL")


def test_rs_and_lei_keep_their_countries_elsewhere():
    # One step off: the same signs on a Sri Lankan and a Romanian page.
    got = read("<div class='price'>Rs. 159,990.00</div>", "en", "https://shop.example.lk/p")
    assert got["currency"] == "LKR"
    got = read("<div class='price'>2.499,99 lei</div>", "ro", "https://shop.example.ro/p")
    assert got["currency"] == "RON"


# Words: the maximum retail price (MRP) of South Asia's shops over the price ------------------------------------------

def test_the_mrp_beside_the_price_is_the_former_one():
    # SastoDeal's 'MRP: Rs. 52,000' over 'Rs. 45,999'; Indian shops' 'M.R.P.: ₹52,000'.
    for mrp in ("MRP: <span>Rs. 52,000</span>", "M.R.P.: <span>Rs. 52,000</span>", "MRP <span>Rs. 52,000</span>"):
        got = read(f"<div class='mrp'>{mrp}</div><div class='price'>Rs. 45,999</div>", "en",
                   "https://www.shop.example.com.np/p")
        assert (got["price"], got.get("regular_price")) == (Decimal("45999"), Decimal("52000")), mrp


def test_the_one_price_named_mrp_stays_the_price():
    # One step off: a page that shows its MRP alone sells at it ("MRP ₹499 (incl. of all taxes)").
    got = read("<div class='price'>MRP ₹499 <small>(incl. of all taxes)</small></div>", "en-IN", "https://shop.example.in/p")
    assert (got["price"], got.get("regular_price")) == (Decimal("499"), None)


# Ids: a label, its separator and its value each in an element of their own (VTEX IO's product identifier) -----------

_VTEX_ID = ("<div class='vtex-product-identifier-0-x-product-identifier'>"
            "<span class='vtex-product-identifier-0-x-product-identifier__label'>{label}</span>"
            "<span class='vtex-product-identifier-0-x-product-identifier__separator'>{separator}</span>"
            "<span class='vtex-product-identifier-0-x-product-identifier__value'>{value}</span></div>")


def test_a_separator_in_an_element_of_its_own_between_a_label_and_its_value():
    for separator in (": ", ":", " - ", "#"):
        got = read(_VTEX_ID.format(label="Código", separator=separator, value="1029384")
                   + "<div class='price'>RD$ 45,995.00</div>", "es-DO")
        assert got.get("sku") == "1029384", separator


def test_a_label_and_a_separator_before_words_give_no_id():
    # One step off: what follows the separator is no code.
    got = read(_VTEX_ID.format(label="Código", separator=": ", value="ver detalles abajo")
               + "<div class='price'>RD$ 45,995.00</div>", "es-DO")
    assert got.get("sku") is None


# Structured data: a price written with the page's mark for thousands -------------------------------------------------

def _with_jsonld(price: str, currency: str, block: str, lang: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Kettle", "sku": "120045",
            "offers": {"@type": "Offer", "price": price, "priceCurrency": currency}}
    return page(block, lang).replace("</head>", f"<script type='application/ld+json'>{json.dumps(data)}</script></head>")


def test_a_structured_price_written_with_the_pages_thousands_mark_is_the_pages_price():
    # Gollo's JSON-LD "329.900" for '₡329.900' (329,900 colones).
    html = _with_jsonld("329.900", "CRC", "<div class='price'>Precio contado <span>₡329.900</span></div>", "es-CR")
    got = extract_offers(html, "https://www.shop.example.com/p")[0]
    assert (got["price"], got["currency"]) == (Decimal("329900"), "CRC")


def test_a_structured_price_of_three_decimals_stays_where_the_page_shows_it_so():
    # One step off: a dinar's fils ("KD 89.900" shown, "89.900" written), and a price of three decimals the page
    # shows no thousand times higher.
    html = _with_jsonld("89.900", "KWD", "<div class='price'>KD 89.900</div>", "en")
    assert extract_offers(html, "https://www.shop.example.com/p")[0]["price"] == Decimal("89.900")
    html = _with_jsonld("24.990", "EUR", "<div class='price'>24,99 €</div>", "de")
    assert extract_offers(html, "https://www.shop.example.de/p")[0]["price"] == Decimal("24.99")


# Structured data: a sku written in square brackets (Tunisianet's microdata, the thirteenth batch) ------------------

def test_a_structured_sku_written_in_square_brackets_is_the_code_inside():
    html = page("<div itemscope itemtype='https://schema.org/Product'><meta itemprop='name' content='Kettle'>"
                "<meta itemprop='sku' content='[X1504VA-NJ1114W]'><div itemprop='offers' itemscope "
                "itemtype='https://schema.org/Offer'><meta itemprop='price' content='1699'>"
                "<meta itemprop='priceCurrency' content='TND'></div></div><div class='price'>1 699,000 DT</div>", "fr")
    assert extract_offers(html, "https://shop.example.tn/p")[0]["sku"] == "X1504VA-NJ1114W"


# Spoilt text: a name double-encoded or with an entity left in it, as the imports mend it -----------------------------

def test_a_name_the_shop_spoilt_is_read_as_the_words_it_wrote():
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Moulin Ã\u00a0 cafÃ© manuel &ndash; noir",
            "brand": "CafÃ©tiÃ¨re", "offers": {"@type": "Offer", "price": "24.90", "priceCurrency": "EUR"}}
    html = ("<html lang='fr'><head><title>Moulin</title><script type='application/ld+json'>" + json.dumps(data)
            + "</script></head><body><main><h1>Moulin Ã\u00a0 cafÃ© manuel &amp;ndash; noir</h1></main></body></html>")
    got = extract_offers(html, "https://shop.example.fr/p")[0]
    assert (got["name"], got["brand"]) == ("Moulin à café manuel – noir", "Cafétière")


def test_a_name_written_right_stays_as_written():
    # One step off: letters that spoilt text also holds, written right ("IRMÃOS", "Ã©" is not all "Ã").
    for name in ("IRMÃOS Café Ñandú", "AT&T Phone", "Größe Ärger Œuvre"):
        data = {"@context": "https://schema.org", "@type": "Product", "name": name,
                "offers": {"@type": "Offer", "price": "24.90", "priceCurrency": "EUR"}}
        html = ("<html><head><title>x</title><script type='application/ld+json'>" + json.dumps(data)
                + "</script></head><body></body></html>")
        assert extract_offers(html, "https://shop.example.fr/p")[0]["name"] == name


# Class words: 'cart' in the name of the block that holds the product's title (Kontakt Home's 'prodCart') -------------

_PROD_CART = ("<div class='{block}'><h1 class='{block}__title'>Kettle</h1>"
              "<div class='{block}__prices'><div class='{block}__prices-old'><span class='{block}__prices-value'>1 349,99"
              "</span> <span>₼</span></div><div class='{block}__prices-new'><span class='{block}__prices-value'>1 149,99"
              "</span> <span>₼</span></div></div>"
              "<div class='{block}__credit'>Aylıq ödəniş: <b>95,83 ₼</b> × 12 ay</div>"
              "<button class='{block}__add'>Add to basket</button></div>")


def test_a_cart_word_in_the_name_of_the_products_own_block_names_no_cart():
    html = (f"<html lang='az'><head><title>Kettle</title></head><body><main>{_PROD_CART.format(block='prodCart')}"
            "</main></body></html>")
    got = extract_offers(html, "https://shop.example.az/p")[0]
    assert (got["price"], got.get("regular_price")) == (Decimal("1149.99"), Decimal("1349.99"))


def test_a_cart_drawer_beside_the_products_block_stays_a_carts():
    # One step off: a block named 'cart' that does not hold the product's title is a cart (its total left out).
    html = ("<html lang='en'><head><title>Kettle</title></head><body><main><h1>Kettle</h1>"
            "<div class='price'>£24.99</div><button class='add-to-cart'>Add to basket</button>"
            "<div class='sideCart'><div class='sideCart__total'>£124.00</div></div></main></body></html>")
    got = extract_offers(html, "https://shop.example.co.uk/p")[0]
    assert got["price"] == Decimal("24.99")

