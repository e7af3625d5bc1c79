"""The rules mended in the thirty-first session on the twentieth set-aside batch's misses (aside31), each by cause,
tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it that
must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers

# Id labels: Spanish's "N.º de artículo", Urdu, Basque and Irish -------------------------------------------------


@pytest.mark.parametrize(("label", "lang"), [
    ("N.º de artículo", "es-UY"), ("Nº de artículo:", "es"), ("N° de referencia:", "es"), ("Nº do artigo:", "pt"),
    ("اسٹاک کوڈ:", "ur"), ("پروڈکٹ کوڈ:", "ur"),
    ("Erreferentzia:", "eu"), ("Produktuaren kodea:", "eu"),
    ("Cód táirge:", "ga"), ("Uimhir táirge:", "ga"),
])
def test_id_labels_of_more_languages_give_the_id(label, lang):
    # SiteGenesis' 'N.º de artículo' (Uruguay), Shopify's SKU line in Urdu ('stock code'), PrestaShop's 'Reference'
    # in Basque, an Irish shop's 'product code': none was known, so no id was read, or the URL's number was.
    got = read(f"<div class='product-reference'><span class='label'>{label}</span> <span>TXD-ORB-GAIN30</span></div>"
               "<span class='price'>4.199,00 €</span>", lang, "https://www.denda.example.eus/eu/errepidea/1187-gain.html")
    assert got["sku"] == "TXD-ORB-GAIN30"


@pytest.mark.parametrize(("label", "lang"), [("Nº de pedido:", "es"), ("Cód poist:", "ga"), ("Kodea:", "eu")])
def test_labels_of_other_numbers_in_those_languages_give_no_id(label, lang):
    # One step off: an order number (Spanish 'Nº de pedido'), a postcode (Irish 'Cód poist'), Basque 'Kodea' (any
    # code) name no product of the shop's.
    got = read(f"<div><span>{label}</span> <span>D02-X285</span></div><span class='price'>€189.00</span>", lang,
               "https://www.siopa.example.ie/geansai")
    assert got.get("sku") is None


# An id in parentheses after its label -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["(رمز المنتج: <span id='product_code'>DA-SAM-WW90T</span>)",
                                  "(Product code: DA-SAM-WW90T)", "[SKU: DA-SAM-WW90T]"])
def test_an_id_in_brackets_after_its_label_is_read_without_the_closing_bracket(text):
    # JoomShopping prints the code in the heading's line as "(label: code)": the closing parenthesis was kept.
    got = read(f"<span class='jshop_code_prod'>{text}</span><span class='price'>28 900 UM</span>", "ar",
               "https://shop.example.mr/ar/produits/samsung-ww90t")
    assert got["sku"] == "DA-SAM-WW90T"


def test_an_id_with_its_own_brackets_keeps_them():
    # One step off: a code that opens and closes its own parenthesis keeps both.
    got = read("<p>SKU: AB-12(3)</p><span class='price'>£28.00</span>")
    assert got["sku"] == "AB-12(3)"


# A product card linked whole to another product's page is no buy button of the page's product ------------------


def _sold_out_page(own_button: str, jsonld: bool) -> str:
    # Lunar's starter storefront (Tailwind): the product's button switched off and saying 'Sold out', then two cards
    # of other products, each one link to its page holding its picture, name, price and an 'Add to cart' button.
    card = ("<a class='block group' href='/products/{0}'><img src='/storage/{0}.jpg' alt=''><strong>{1}</strong>"
            "<p>L$56,900.00</p><button class='mt-2 text-xs'>Add to cart</button></a>")
    data = ("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":"
            "\"EcoFlow DELTA 2\",\"sku\":\"EFD330\",\"offers\":{\"@type\":\"Offer\",\"price\":\"89500.00\","
            "\"priceCurrency\":\"LRD\",\"availability\":\"https://schema.org/OutOfStock\"}}</script>") if jsonld else ""
    return ("<html lang='en'><body><main><section><div class='grid'><div><div class='flex'><div><h1>EcoFlow DELTA 2</h1>"
            "</div><p class='text-lg font-medium'>L$89,500.00</p></div>"
            f"<form><div class='flex gap-4 mt-4'>{own_button}</div></form></div></div></section>"
            "<section><h2 class='text-lg font-bold'>Customers also bought</h2><div class='grid grid-cols-4'>"
            f"{card.format('river-2-pro', 'EcoFlow RIVER 2 Pro')}{card.format('panel-220', '220 W solar panel')}"
            f"</div></section></main>{data}</body></html>")


_SWITCHED_OFF = "<button type='button' disabled class='w-full bg-gray-400'>Sold out</button>"


@pytest.mark.parametrize("jsonld", [True, False])
def test_a_product_card_linked_whole_to_another_page_is_not_the_products_buy_button(jsonld):
    # The first 'Add to cart' after the title was the first card's, read as the product's own button left on: the
    # page read in stock over the JSON-LD's OutOfStock and its own 'Sold out' button.
    got = extract_offers(_sold_out_page(_SWITCHED_OFF, jsonld), "https://power.example.com.lr/products/delta-2",
                         currency="LRD")[0]
    assert got["in_stock"] is False


def _own_link_page(button: str, note: str, jsonld: bool) -> str:
    # Review R3 of this session: the product's own buy link holding a cart icon, in words ADD_TO_CART does not
    # hold or with more words than the buying ones, beside a sold-out size.
    data = ("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":"
            "\"Akku-Bohrschrauber X18\",\"offers\":{\"@type\":\"Offer\",\"price\":\"129.00\",\"priceCurrency\":\"EUR\","
            "\"availability\":\"https://schema.org/InStock\"}}</script>") if jsonld else ""
    return ("<html lang='de'><body><main><div class='product'><h1>Akku-Bohrschrauber X18</h1>"
            f"<span class='price'>129,00 €</span><div class='actions'>{button}</div>{note}</div></main>{data}</body></html>")


_JETZT = "<a class='btn add-to-cart' href='/warenkorb/add/1041'><img src='/img/cart.svg' alt=''> Jetzt kaufen</a>"
_KOP = "<a class='btn add-to-cart' href='/kassa/add/1041'><img src='/img/cart.svg' alt=''> Köp nu</a>"
_BAG = "<a class='btn' href='/cart/add/1041'><img src='/icons/bag.png' alt=''> Add to bag &ndash; free delivery</a>"
_BAG_PAGE = ("<a class='btn' href='/products/x18?variant=1041'><img src='/icons/bag.png' alt=''> Add to bag &ndash; free "
             "delivery</a>")


# Without structured data, 'Jetzt kaufen' and 'Köp nu' beside a sold-out colour read out of stock before the card rule
# as after it (words no buy-button list held: the button was not known to be on); read since as buying words (below).
@pytest.mark.parametrize(("button", "jsonld"), [(_JETZT, True), (_KOP, True), (_BAG, True), (_BAG, False),
                                                (_BAG_PAGE, True), (_BAG_PAGE, False)])
@pytest.mark.parametrize("note", ["<p>Farbe Rot: ausverkauft</p>", "<ul class='sizes'><li>S</li><li>M (sold out)</li></ul>"])
def test_the_products_own_buy_link_with_an_icon_and_more_words_stays_its_button(button, note, jsonld):
    # A cart action, or a link holding no price, is no other product's card: one sold-out size does not make the
    # product sold out (review R3: these read out of stock over the JSON-LD's InStock).
    got = extract_offers(_own_link_page(button, note, jsonld), "https://shop.example.de/p/x18", currency="EUR")[0]
    assert got["in_stock"] is True


def test_the_products_own_buy_link_with_an_icon_stays_its_button():
    # One step off: the product's own button written as a link with a cart icon and nothing but its words is on.
    own = "<a class='btn' href='/cart/add/1041'><img src='/icons/cart.svg' alt=''> Add to cart</a>"
    got = extract_offers(_sold_out_page(own, False), "https://power.example.com.lr/products/delta-2", currency="LRD")[0]
    assert got["in_stock"] is True


# A structured price the page shows as "from" -------------------------------------------------------------------


def _from_page(shown: str, structured: str) -> str:
    # Squarespace 7.0: the amount in 'sqs-money-native' (its sign drawn by the style sheet), 'from' before it where
    # the sizes differ in price; its JSON-LD one Offer, the first size's.
    return ("<html lang='ga'><body><main><section class='ProductItem'><div class='ProductItem-details'>"
            "<h1 class='ProductItem-details-title'>Geansaí Árann</h1><div class='ProductItem-details-checkout'>"
            f"<div class='product-price'>{shown}</div><div class='product-variants'><select><option value='none'>"
            "Roghnaigh Méid</option><option>S/M</option><option>L/XL</option></select></div>"
            "<div class='sqs-add-to-cart-button' role='button'>Add To Cart</div></div></div></section></main>"
            "<script type='application/ld+json'>{\"@context\":\"http://schema.org\",\"@type\":\"Product\",\"name\":"
            "\"Geansaí Árann\",\"offers\":{\"@type\":\"Offer\",\"price\":\"" + structured + "\",\"priceCurrency\":"
            "\"EUR\",\"availability\":\"InStock\"}}</script></body></html>")


def test_a_structured_price_the_page_shows_as_from_is_no_one_price():
    # The JSON-LD's one Offer is the first size's: the page says it is the lowest of several prices.
    got = extract_offers(_from_page("from <span class='sqs-money-native'>189.00</span>", "189.00"),
                         "https://www.siopa.example.ie/siopa/geansai", currency="EUR")[0]
    assert got["price"] is None and "price_left_out" in got


@pytest.mark.parametrize(("shown", "structured", "price"), [
    ("<span class='sqs-money-native'>189.00</span>", "189.00", "189.00"),  # no 'from': one price
    ("from <span class='sqs-money-native'>79.00</span>", "189.00", "189.00"),  # 'from' another amount
])
def test_a_structured_price_the_page_shows_without_from_stays(shown, structured, price):
    got = extract_offers(_from_page(shown, structured), "https://www.siopa.example.ie/siopa/geansai", currency="EUR")[0]
    assert got["price"] == Decimal(price)


# A structured price in the currency of the page's approximate conversion -----------------------------------------


def _converted_page(note: str, structured: str = "99.99") -> str:
    # HCL Commerce's Emerald storefront (MUI): the page sells in pounds, a line under the price gives the dollars as
    # an approximate conversion; the shop's JSON-LD keeps the dollar price.
    return ("<html lang='en'><body><main><div class='MuiStack-root'><h1 class='MuiTypography-h3'>Tefal GV9711</h1>"
            "<div class='MuiStack-root' data-testid='product-details-price'><span class='MuiTypography-body1'>"
            "LBP 8,950,000</span></div>"
            f"<p class='MuiTypography-caption'>{note}</p>"
            "<button class='MuiButton-contained' type='button'>Add to cart</button></div></main>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":"
            "\"Tefal GV9711\",\"offers\":{\"@type\":\"Offer\",\"price\":\"" + structured + "\",\"priceCurrency\":"
            "\"USD\",\"availability\":\"https://schema.org/InStock\"}}</script></body></html>")


@pytest.mark.parametrize("note", ["≈ USD 99.99 at the shop's rate of 89,500 L.L. · VAT 11% included",
                                  "approx. US$99.99", "(about $99.99 at today's rate)"])
def test_a_structured_price_the_page_shows_as_an_approximate_conversion_yields_to_the_pages_price(note):
    # The dollars stand in a sentence of several numbers after '≈': no candidate of the page's reading, so the
    # rule that weighs two currencies side by side never saw them, and 99.99 USD was stored for a pound price.
    got = extract_offers(_converted_page(note), "https://www.homestore.example.com.lb/en/tefal-gv9711")[0]
    assert (got["price"], got["currency"]) == (Decimal("8950000"), "LBP")


@pytest.mark.parametrize(("note", "structured"), [
    ("VAT 11% included", "99.99"),  # the dollars not shown at all
    ("≈ USD 89.99 at the shop's rate", "99.99"),  # an approximate amount, another than the structured one
    ("Free delivery over USD 99.99", "99.99"),  # the amount shown, but not as a conversion of the price
])
def test_a_structured_price_the_page_does_not_show_as_a_conversion_stays(note, structured):
    got = extract_offers(_converted_page(note, structured), "https://www.homestore.example.com.lb/en/tefal-gv9711")[0]
    assert (got["price"], got["currency"]) == (Decimal(structured), "USD")


# Macau's pataca as Macau shops write it ------------------------------------------------------------------------


def _macau_page(price: str) -> str:
    # Shopify's money format in Macau: 'MOP${{amount}}'; the template's language tag 'zh-TW' (Taiwan) disagrees with
    # the domain .mo, so only the sign can settle the currency.
    return ("<html lang='zh-TW'><body><main><h1>Dyson V12 Detect Slim</h1>"
            f"<div class='price'><span class='price-item'>{price}</span></div>"
            "<button class='product-form__submit'>加入購物車</button></main></body></html>")


def test_the_patacas_mop_dollar_is_its_sign():
    # A leftover of the twenty-seventh batch: 'MOP$' was no sign, and the page alone left its currency unsettled.
    got = extract_offers(_macau_page("MOP$4,280.00"), "https://shop.example.mo/products/dyson-v12")[0]
    assert (got["price"], got["currency"]) == (Decimal("4280.00"), "MOP")


def test_the_patacas_lone_letter_on_a_macau_page_stays_unsettled():
    # One step off: the lone 'P' is no sign a page alone settles, and the page's country pieces disagree.
    got = extract_offers(_macau_page("P4,280.00"), "https://shop.example.mo/products/dyson-v12")[0]
    assert got.get("currency") is None


# "Buy now" in more languages ------------------------------------------------------------------------------------


@pytest.mark.parametrize("button", [_JETZT, _KOP])
@pytest.mark.parametrize("note", ["<p>Farbe Rot: ausverkauft</p>", "<ul class='sizes'><li>S</li><li>M (sold out)</li></ul>"])
def test_buy_now_in_german_and_swedish_is_a_buy_button_left_on(button, note):
    # Review R3's shapes without structured data: 'Jetzt kaufen' and 'Köp nu' were no buying words, so the button was
    # not known to be on and one sold-out colour read the product out of stock.
    got = extract_offers(_own_link_page(button, note, False), "https://shop.example.de/p/x18", currency="EUR")[0]
    assert got["in_stock"] is True


def test_buy_now_switched_off_says_sold_out():
    # One step off: the same button switched off, beside 'ausverkauft', is the product's, off.
    off = "<button class='btn' disabled>Jetzt kaufen</button>"
    got = extract_offers(_own_link_page(off, "<p>Ausverkauft</p>", False), "https://shop.example.de/p/x18",
                         currency="EUR")[0]
    assert got["in_stock"] is False
