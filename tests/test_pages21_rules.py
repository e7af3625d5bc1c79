"""The rules mended in the thirty-second session on the twenty-first set-aside batch's misses (aside32), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers

# The Swiss dash for no cents ("CHF 1'299.–") is no range's dash ------------------------------------------------


@pytest.mark.parametrize(("price", "was"), [("CHF 1'299.–", "CHF 1'499.–"), ("CHF 1299.-", "CHF 1499.-"),
                                             ("1.299,– €", "1.499,– €")])
def test_an_amount_written_with_the_dash_for_no_cents_before_a_former_one_is_the_price(price, was):
    # Whole francs or euros written with a dash for the cents ('CHF 1'299.–'), the former price after: read right
    # before and after the mend below (the former price, not the price, was the one taken for a range's end).
    got = read(f"<div class='price-container'><span class='price'>{price}</span> "
               f"<span class='price price--original'>statt <del>{was}</del></span></div>", "de-CH",
               "https://www.laden.example.ch/de/kaffee/jura-e8")
    assert (got["price"], got.get("regular_price")) == (Decimal("1299"), Decimal("1499"))


@pytest.mark.parametrize("shown", ["<span class='price'>CHF 50.– – CHF 70.–</span>",
                                   "<span class='price'>CHF 50.–</span> – <span class='price'>CHF 70.–</span>",
                                   "<span class='price'>24,90 €</span> – <span class='price'>29,90 €</span>"])
def test_a_range_written_with_the_dash_for_no_cents_stays_a_range(shown):
    # One step off: a dash between two amounts, each written whole, is still a range: no one price.
    got = extract_offers(f"<html lang='de-CH'><body><main><h1>Kaffeetasse</h1>{shown}"
                         "<button class='add-to-cart'>In den Warenkorb</button></main></body></html>",
                         "https://www.laden.example.ch/de/tassen/espresso")
    assert not got or got[0].get("price") is None


# A price named for its discount by a modifier ("price--discount") is the price ---------------------------------


@pytest.mark.parametrize("name", ["price price--discount", "product-price product-price--discounted",
                                  "price--content content--discount"])
def test_a_price_whose_modifier_names_a_discount_is_the_price(name):
    # Optimizely's Foundation starter names the price after its discount 'price price--discount' beside 'price
    # price--original': 'discount' in the name left it out as a discount's amount, and no price was read.
    got = read(f"<div class='price-container'><span class='{name}'>€ 79,00</span> "
               "<span class='price price--original'><del>€ 99,00</del></span></div>", "nl-BE",
               "https://www.winkel.example.be/nl/koffie/moka")
    assert (got["price"], got.get("regular_price")) == (Decimal("79.00"), Decimal("99.00"))


@pytest.mark.parametrize(("name", "text"), [("price__discount", "€ 20,00"), ("price-box__discount", "€ 20,00"),
                                           ("discount", "€ 20,00"), ("price--discount-percentage", "(20.25% korting)")])
def test_an_amount_named_a_discount_as_a_part_stays_no_price(name, text):
    # One step off: a block's part named 'discount' ('price__discount') is the money taken off, and a modifier of
    # another name ('price--discount-percentage', Shopware 5's) the share taken off: not the price.
    got = read(f"<div class='price-container'><span class='price'>€ 79,00</span> "
               f"<span class='{name}'>{text}</span></div>", "nl-BE", "https://www.winkel.example.be/nl/koffie/moka")
    assert got["price"] == Decimal("79.00")


# Id labels: Scottish Gaelic, Romansh, Tamil and Hindi --------------------------------------------------------


@pytest.mark.parametrize(("label", "lang"), [
    ("Còd bathair", "gd"), ("Còd a' bhathair:", "gd"), ("Àireamh bathair:", "gd"),
    ("Artitgel nr.", "rm"), ("Numer d'artitgel:", "rm"),
    ("பொருள் குறியீடு:", "ta"), ("தயாரிப்பு குறியீடு:", "ta"),
    ("उत्पाद कोड:", "hi"),
])
def test_id_labels_of_more_languages_give_the_id(label, lang):
    # A weaver's shop in Gaelic prints 'Còd bathair' (goods code) in a definition list, an Engadine shop 'Artitgel nr.'
    # in Romansh, an Instamojo shop 'பொருள் குறியீடு' (item code) in Tamil: none was known, so no id was read.
    got = read(f"<dl><dt>{label}</dt><dd>BCT-PLD-LR-140</dd></dl><span class='price'>£145.00</span>", lang,
               "https://buthchlo.example.scot/bathar/plaide")
    assert got["sku"] == "BCT-PLD-LR-140"


@pytest.mark.parametrize(("label", "lang"), [("Còd-puist:", "gd"), ("Còd:", "gd"), ("Fabricant nr.", "rm")])
def test_labels_of_other_numbers_in_those_languages_give_no_shop_id(label, lang):
    # One step off: a Gaelic postcode ('Còd-puist') or any code ('Còd') names nothing of the shop's; Romansh
    # 'Fabricant nr.' is the maker's number, not the shop's.
    got = read(f"<dl><dt>{label}</dt><dd>HS2-9AA-15355</dd></dl><span class='price'>£145.00</span>", lang,
               "https://buthchlo.example.scot/bathar/plaide")
    assert got.get("sku") is None


# The Solomon Islands dollar as WooCommerce writes its sign ('Si$') ---------------------------------------------


def test_woocommerces_sign_of_the_solomon_islands_dollar_settles_the_currency():
    # WooCommerce's table of signs writes SBD 'Si$': read as '$' alone, a page on '.sb' tagged 'en-US' was unsettled.
    got = extract_offers("<html lang='en-US'><body><main><h1>Yamaha 15 HP outboard</h1><p class='price'><span "
                         "class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>"
                         "Si&#36;</span>32,500.00</bdi></span></p><button class='single_add_to_cart_button'>Add to "
                         "cart</button></main></body></html>", "https://marine.example.com.sb/product/yamaha-15")[0]
    assert (got["price"], got["currency"]) == (Decimal("32500.00"), "SBD")


# A range split into spans ('¥' '699' '.00' '-' '899' '.00') is no one price --------------------------------------


def _split_price(inner: str) -> str:
    return ("<html lang='zh-CN'><body><div class='goods-header'><div class='goods-price'>" + inner + "</div>"
            "<h1 class='title-text'>九阳 破壁机 Y1</h1></div><button class='van-button'>加入购物车</button></body></html>")


def test_a_range_whose_amounts_are_split_into_spans_is_no_one_price():
    # Youzan shows a range until a variant is chosen, each number split into its integer and decimals: the upper end
    # '899' was read as the price.
    got = extract_offers(_split_price("<span class='price-tag'>¥</span><span class='price-num'>699</span><span "
                                      "class='price-decimal'>.00</span><span class='price-split'>-</span><span "
                                      "class='price-num'>899</span><span class='price-decimal'>.00</span>"),
                         "https://shop1.example.cn/wscgoods/detail/2x8k3n", currency="CNY")
    assert not got or got[0].get("price") is None


@pytest.mark.parametrize("inner", [
    "<span class='price-tag'>¥</span><span class='price-num'>699</span><span class='price-decimal'>.00</span>",
    "<span class='price-tag'>¥</span><span class='price-num'>699</span><span class='price-decimal'>.00</span>"
    "<span class='discount'>-22%</span>",
])
def test_one_price_split_into_spans_stays_the_price(inner):
    # One step off: one amount split into spans, alone or beside its reduction, is the price.
    got = extract_offers(_split_price(inner), "https://shop1.example.cn/wscgoods/detail/2x8k3n", currency="CNY")[0]
    assert got["price"] == Decimal("699")


# A structured price of the page's amount, said in another currency than the code the page writes ----------------


def _coded_page(shown: str, structured: str, currency: str) -> str:
    # Shopify's Pipeline in Barbados: the money format writes the code after the amount; the theme's JSON-LD prints
    # the shop's base currency beside the amount the page shows.
    return ("<html lang='en'><body><main><h1 class='product__title'>Reef Rider 10'6\" SUP</h1>"
            f"<span class='product__price' data-product-price>{shown}</span>"
            "<button type='submit' class='product__submit__add'>Add to cart</button></main>"
            "<script type='application/ld+json'>{\"@context\":\"http://schema.org/\",\"@type\":\"Product\",\"name\":"
            "\"Reef Rider 10'6 SUP\",\"offers\":{\"@type\":\"Offer\",\"price\":\"" + structured + "\",\"priceCurrency\":"
            "\"" + currency + "\",\"availability\":\"http://schema.org/InStock\"}}</script></body></html>")


@pytest.mark.parametrize("setting", [None, "BBD"])
def test_a_structured_currency_beside_the_pages_amount_written_with_another_code_is_the_pages(setting):
    # The JSON-LD gave 1199.00 'USD' where the page writes '$1,199.00 BBD': the same amount cannot be both, and the
    # page writes its currency's code: Barbados dollars (stored as US dollars, twice their worth).
    got = extract_offers(_coded_page("$1,199.00 BBD", "1199.00", "USD"), "https://paddle.example.com/products/rr",
                         currency=setting)[0]
    assert (got["price"], got["currency"]) == (Decimal("1199.00"), "BBD")


@pytest.mark.parametrize(("shown", "structured", "currency"), [
    ("$1,199.00 BBD", "599.50", "USD"),  # another amount: a conversion, the other rules' to weigh
    ("$1,199.00", "1199.00", "USD"),  # no code on the page: '$' can mean the structured currency
    ("M1,199.00", "1199.00", "ZAR"),  # a lone letter is no code (Lesotho's maloti beside the rand at par)
])
def test_a_structured_currency_the_page_does_not_contradict_by_a_code_stays(shown, structured, currency):
    got = extract_offers(_coded_page(shown, structured, currency), "https://paddle.example.com/products/rr")[0]
    assert (got["price"], got["currency"]) == (Decimal(structured), currency)


@pytest.mark.parametrize(("was", "price"), [("CHF 1'499.–", "CHF 1'299.–"), ("CHF 1499.-", "CHF 1299.-")])
def test_a_price_after_a_former_one_written_with_the_dash_for_no_cents_is_the_price(was, price):
    # The former price first, then the price: the dash that ends 'CHF 1'499.–' was read as a range's dash before the
    # price, which became one end of a range, 'from', and no price was read at all.
    got = read(f"<div class='price-container'><span class='price price--original'><del>{was}</del></span> "
               f"<span class='price'>{price}</span></div>", "de-CH", "https://www.laden.example.ch/de/kaffee/jura-e8")
    assert (got["price"], got.get("regular_price")) == (Decimal("1299"), Decimal("1499"))


# Amounts grouped by lakh and crore in the money reader the pages, visits and models share ------------------------


@pytest.mark.parametrize(("text", "amount"), [("₹1,24,999", "124999"), ("Rs. 1,29,999.00", "129999.00"),
                                              ("₹12,34,56,789", "123456789"), ("1,00,000", "100000")])
def test_the_money_reader_reads_amounts_grouped_by_lakh_and_crore(text, amount):
    # Indian, Pakistani, Bangladeshi and Nepali shops and people write the last three digits, then groups of two:
    # refused as 'digit groups' by the reader every entrance but the catalogue import shared (hostile15's F129).
    from storecheck.money import read_money
    assert read_money(text)[0] == Decimal(amount)


@pytest.mark.parametrize("text", ["1,23,45", "1,23,456,789", "12,34,567.8,9"])
def test_malformed_groups_stay_refused(text):
    # One step off: groups of two that do not end in three digits, or a group of three inside them, are no number.
    from storecheck.money import NotAPrice, read_money
    with pytest.raises(NotAPrice):
        read_money(text)


def test_a_decimal_comma_reader_does_not_read_lakh_groups():
    # One step off: where the file or page says its decimal mark is a comma, '1,29,999' is not read as lakh.
    from storecheck.money import NotAPrice, read_money
    with pytest.raises(NotAPrice):
        read_money("1,29,999", ",")


def test_a_structured_currency_of_every_variants_offer_beside_the_pages_coded_amount_is_the_pages():
    # Pipeline's JSON-LD gives an offer per colour, each 1199.00 'USD', beside '$1,199.00 BBD': every offer was
    # stored in US dollars.
    page = _coded_page("$1,199.00 BBD", "1199.00", "USD").replace(
        '"offers":{"@type":"Offer","price":"1199.00","priceCurrency":"USD","availability":"http://schema.org/InStock"}',
        '"offers":[{"@type":"Offer","sku":"RR-TQ","price":"1199.00","priceCurrency":"USD","url":"https://paddle.example'
        '.com/products/rr?variant=1"},{"@type":"Offer","sku":"RR-CR","price":"1199.00","priceCurrency":"USD","url":'
        '"https://paddle.example.com/products/rr?variant=2"}]')
    got = extract_offers(page, "https://paddle.example.com/products/rr", currency="BBD")
    assert len(got) == 2 and {offer["currency"] for offer in got} == {"BBD"}


# OpenCart's "Model:" is the shop's own product code ------------------------------------------------------------


def _opencart_page(markers: str) -> str:
    # Journal 3 (OpenCart's most used theme) prints the model field, OpenCart's required product code, as "Model:".
    return ("<html lang='en'><head><title>Samsung 65 QN85D</title>" + markers + "</head><body><div id='product'>"
            "<h1 class='page-title'>Samsung 65 QN85D Neo QLED</h1><ul class='list-unstyled'><li class='product-model'>"
            "<b>Model:</b> <span>DDH-QA65QN85D</span></li></ul><div class='product-price'>QAR3,799.00</div>"
            "<button id='button-cart' class='btn btn-cart'>Add to Cart</button></div></body></html>")


@pytest.mark.parametrize("markers", [
    "<link href='catalog/view/theme/journal3/assets/style.css' rel='stylesheet'>",
    "<a href='https://doha.example.qa/index.php?route=checkout/cart'>Cart</a>",
])
def test_opencarts_model_is_the_shops_product_code(markers):
    # The model read as the maker's (mpn) left the page without the shop's id; it stays the maker's number too, which
    # the matcher reads (review R2: read as the id alone, 'same MPN' pairs fell to proposed).
    got = extract_offers(_opencart_page(markers), "https://doha.example.qa/samsung-65-qn85d", currency="QAR")[0]
    assert (got["sku"], got.get("mpn")) == ("DDH-QA65QN85D", "DDH-QA65QN85D")


def test_opencarts_model_does_not_take_the_place_of_a_labelled_sku():
    # Review R2: an OpenCart page that labels its own "SKU:" beside "Model:" keeps that sku, and the model as the
    # maker's number.
    page = _opencart_page("<link href='catalog/view/theme/journal3/assets/style.css' rel='stylesheet'>").replace(
        "</ul>", "<li class='product-sku'><b>SKU:</b> <span>100234</span></li></ul>")
    got = extract_offers(page, "https://doha.example.qa/samsung-65-qn85d", currency="QAR")[0]
    assert (got["sku"], got.get("mpn")) == ("100234", "DDH-QA65QN85D")


def test_a_model_elsewhere_stays_the_makers():
    # One step off: on a page of no OpenCart shop, "Model:" is the maker's model.
    got = extract_offers(_opencart_page("<link href='/assets/theme.css' rel='stylesheet'>"),
                         "https://doha.example.qa/samsung-65-qn85d", currency="QAR")[0]
    assert got.get("sku") in (None, "") or got["sku"] != "DDH-QA65QN85D"
    assert got.get("mpn") == "DDH-QA65QN85D"
