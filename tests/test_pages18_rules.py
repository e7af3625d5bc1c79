"""The rules mended in the twenty-ninth session on the eighteenth set-aside batch's misses (aside29), each by
cause, tested on small pages written here: one shape per test, and the shape one step off it that must not
change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers
from storecheck.money import read_money
from storecheck.money.amounts import apostrophe_as_thousands_mark

# The typographic apostrophe as the Swiss and Liechtenstein thousands mark ------------------------------------------


def test_the_typographic_apostrophe_groups_thousands_on_a_page():
    # Smartstore in Liechtenstein: 'CHF 1’849.00' (U+2019, as CLDR's de-CH and de-LI and so Intl.NumberFormat write)
    # beside 'UVP CHF 2’099.00' struck; no amount was read and the recycling fee 'vRG CHF 25.00' was the price.
    got = read("<div class='pd-price-group'><div class='pd-finalprice'><span class='pd-finalprice-amount'>CHF 1’849.00"
               "</span></div><div class='pd-oldprice'><span class='pd-oldprice-label'>UVP</span> "
               "<del class='pd-oldprice-amount'>CHF 2’099.00</del></div></div>"
               "<div class='pd-vrg'>inkl. vRG CHF 25.00</div>", "de-LI", "https://www.rheintal.example.li/kuehlschrank")
    assert (got["price"], got["regular_price"]) == (Decimal("1849.00"), Decimal("2099.00"))


def test_the_typographic_apostrophe_in_a_files_cell():
    # The money reader reads a file's cell as a page's text: a Swiss price list exported with CLDR's mark.
    assert read_money("CHF 1’849.00") == (Decimal("1849.00"), frozenset({"CHF"}))
    assert read_money("12ʼ500.–")[0] == Decimal("12500")


@pytest.mark.parametrize("text", ["Men’s 2", "5’10”", "1’23.50", "Art. 12’3456"])
def test_an_apostrophe_not_before_a_group_of_three_is_no_thousands_mark(text):
    # One step off: feet and inches, a possessive, a group of two or four digits keep their apostrophe.
    assert apostrophe_as_thousands_mark(text) == text


# WooCommerce's Serbian and Croatian screen-reader sentences ---------------------------------------------------------


def _divi_sale(former_sentence: str, current_sentence: str, lang: str) -> str:
    # WooCommerce's markup of a sale in a Divi Theme Builder price module (Tehno Jadran's, Montenegro).
    amount = ("<span class='woocommerce-Price-amount amount'><bdi>{a}&nbsp;<span class='woocommerce-Price-currencySymbol'>"
              "&euro;</span></bdi></span>")
    return (f"<html lang='{lang}'><body><div class='product type-product'><h1>Gorenje WNEI84APS</h1>"
            "<div class='et_pb_module et_pb_wc_price'><div class='et_pb_module_inner'>"
            f"<p class='price'><del aria-hidden='true'>{amount.format(a='1.349,00')}</del> "
            f"<span class='screen-reader-text'>{former_sentence} 1.349,00&nbsp;&euro;.</span>"
            f"<ins aria-hidden='true'>{amount.format(a='1.149,00')}</ins>"
            f"<span class='screen-reader-text'>{current_sentence} 1.149,00&nbsp;&euro;.</span></p></div></div>"
            "<form class='cart'><button type='submit' class='single_add_to_cart_button'>Dodaj u korpu</button></form>"
            "</div></body></html>")


@pytest.mark.parametrize(("former", "current", "lang"), [
    ("Originalna cena je bila:", "Trenutna cena je:", "sr-ME"),
    ("Оригинална цена је била:", "Тренутна цена је:", "sr-RS"),
    ("Izvorna cijena je bila:", "Trenutna cijena je:", "hr-HR"),
])
def test_woocommerces_original_price_sentence_in_serbian_and_croatian(former, current, lang):
    # Tehno Jadran (Montenegro): the struck amount's Serbian sentence was read as the price.
    got = extract_offers(_divi_sale(former, current, lang), "https://tehnojadran.example.me/proizvod/gorenje")[0]
    assert (got["price"], got["regular_price"]) == (Decimal("1149.00"), Decimal("1349.00"))


def test_a_bila_that_follows_no_price_word_marks_nothing():
    # One step off: "bila" alone is any past tense ('Akcija je bila: 1.349,00 €' says a sale was, not a former price).
    got = read("<p class='note'>Akcija je bila: 1.349,00 €</p>", "sr-ME", "https://tehnojadran.example.me/proizvod/x")
    assert got.get("regular_price") is None


@pytest.mark.parametrize("words", ["Stara cena:", "Redovna cena:", "Stara cijena:", "Redovna cijena:"])
def test_serbian_ekavian_old_and_regular_price_mark_the_former_price(words):
    # The pattern written for "Redovna cijena" / "Stara cena" read "cijena" only ("cij?ena" wants the "i"): Serbian's
    # ekavian "cena" (Serbia, and Montenegro's shops that write it) was no former price's word.
    got = read(f"<p class='prices'><span>{words}</span> <span>1.349,00 €</span> <strong>1.149,00 €</strong></p>",
               "sr-RS", "https://shop.example.rs/p/x")
    assert (got["price"], got["regular_price"]) == (Decimal("1149.00"), Decimal("1349.00"))


# A language's id labels: Faroese and Turkmen --------------------------------------------------------------------------


@pytest.mark.parametrize(("label", "lang"), [("Vørunr.:", "fo"), ("Vørunummar:", "fo"), ("Harydyň kody:", "tk"),
                                             ("Haryt kody:", "tk")])
def test_faroese_and_turkmen_item_number_labels_give_the_id(label, lang):
    # DanDomain's Faroese table ('Vørunr.:', item number) and a Turkmen shop's 'Harydyň kody:' (the goods' code): no id
    # was read, and on the Turkmen page the '12000' of its URL's '...-12000-btu' was taken for one.
    got = read(f"<span class='price'>7 990 TMT</span><table><tr><td>{label}</td><td>AOT-ART12HI</td></tr></table>", lang,
               "https://akoytehnika.example.tm/tk/product/artel-art-12hi-kondisioner-12000-btu")
    assert got["sku"] == "AOT-ART12HI"


def test_kody_alone_is_no_id_label():
    # One step off: "kody" alone (Turkmen's and Polish's "codes") is a generic word, as "kod" and "code" are alone.
    got = read("<span class='price'>7 990 TMT</span><p>Kody: ýok</p>", "tk", "https://akoytehnika.example.tm/tk/product/x")
    assert got.get("sku") is None


# A size in the URL's words is no id -------------------------------------------------------------------------------


@pytest.mark.parametrize(("slug", "shown"), [("artel-art-12hi-kondisioner-12000-btu", "12000 BTU"),
                                             ("xiaomi-power-bank-20000-mah", "20000mAh"),
                                             ("bosch-hair-dryer-2200-w", "2200 W")])
def test_a_number_the_url_and_the_page_both_follow_by_one_word_is_a_size_not_an_id(slug, shown):
    # The Turkmen shop's URL '...-kondisioner-12000-btu' beside its title's '12000 BTU': the number its unit follows in
    # both is the product's size, and was read as the shop's id where the page's label was not known.
    got = read(f"<p class='desc'>Kondisioner {shown}, inwertor</p><span class='price'>7 990 TMT</span>", "tk",
               f"https://akoytehnika.example.tm/tk/product/{slug}")
    assert got.get("sku") is None


def test_a_number_the_url_and_the_page_carry_as_a_value_is_still_the_id():
    # One step off: the id both carry as a value ("/p/4781720-blender", a data attribute and a line of text) stays.
    got = read("<div data-product-id='4781720'></div><p>Blender 4781720 black</p><span class='price'>£49.99</span>",
               "en-GB", "https://shop.example.co.uk/p/4781720-blender")
    assert got.get("sku") == "4781720"


# Structured data in the shop's base currency beside a page in another ---------------------------------------------


def _switcher_page(jsonld_price: str, jsonld_currency: str, shown: str, also: str = "") -> str:
    # WooCommerce's markup in the Electro theme, a currency switcher showing the visitor's currency (Kabul Digital's).
    return ("<html lang='fa-AF' dir='rtl'><body><div class='product type-product'><h1 class='product_title'>Lenovo "
            "IdeaPad Slim 3</h1><ul class='wcml-currency-switcher'><li><a href='?currency=AFN'>AFN</a></li>"
            "<li><a href='?currency=USD'>USD</a></li></ul>"
            f"<p class='price'><span class='electro-price'><span class='woocommerce-Price-amount amount'><bdi>{shown}"
            "</bdi></span></span></p>" + also +
            "<form class='cart'><button type='submit' class='single_add_to_cart_button'>افزودن به سبد خرید</button></form>"
            "</div><script type='application/ld+json'>{\"@context\":\"https://schema.org/\",\"@type\":\"Product\","
            "\"name\":\"Lenovo IdeaPad Slim 3\",\"sku\":\"KD-LEN-IPS3\",\"offers\":[{\"@type\":\"Offer\",\"price\":\""
            f"{jsonld_price}\",\"priceCurrency\":\"{jsonld_currency}\",\"availability\":\"http://schema.org/InStock\""
            "}]}</script></body></html>")


def test_a_structured_price_in_a_currency_the_page_shows_nowhere_yields_to_the_pages_own():
    # Kabul Digital, crawled as a competitor priced in afghani: the JSON-LD's 345.00 USD (the shop's base currency)
    # where the page shows afghani only.
    got = extract_offers(_switcher_page("345.00", "USD", "24,500&nbsp;<span class='woocommerce-Price-currencySymbol'>"
                                        "&#x60b;</span>"), "https://kabuldigital.example.af/product/lenovo/",
                         currency="AFN")[0]
    assert (got["price"], got["currency"]) == (Decimal("24500"), "AFN")


def test_a_structured_price_in_a_currency_the_page_shows_nowhere_stays_with_no_currency_set():
    # One step off: with nothing but the page to go by (no competitor's currency), the structured price stays, as
    # OpenGraph's leva beside a page in euros does (tests/test_pages11_rules.py).
    got = extract_offers(_switcher_page("345.00", "USD", "24,500&nbsp;<span class='woocommerce-Price-currencySymbol'>"
                                        "&#x60b;</span>"), "https://kabuldigital.example.af/product/lenovo/")[0]
    assert (got["price"], got["currency"]) == (Decimal("345.00"), "USD")


def test_a_structured_price_in_a_currency_the_page_also_shows_stays():
    # One step off: where the page shows an amount in the structured data's currency too ('$345.00' beside the
    # afghani), which of the two is the price is not settled by this rule, and the structured price stays.
    got = extract_offers(_switcher_page("345.00", "USD", "24,500&nbsp;<span class='woocommerce-Price-currencySymbol'>"
                                        "&#x60b;</span>", "<p class='usd'>Cash price: $349.00</p>"),
                         "https://kabuldigital.example.af/product/lenovo/", currency="AFN")[0]
    assert (got["price"], got["currency"]) == (Decimal("345.00"), "USD")


# A structured price without tax that does not say so, on a page that says its prices include it ------------------


def _net_jsonld_page(note: str, shown: str = "MVR31,250.00") -> str:
    # BigCommerce's Cornerstone markup (Malé's shop): the JSON-LD's price without the 8% GST the page shows it with.
    return ("<html lang='en'><body><div class='productView'><h1 class='productView-title'>Samsung 65\" QLED</h1>"
            f"<div class='productView-price'><div class='price-section price-section--withTax'><span class='price "
            f"price--withTax'>{shown}</span></div><div class='price-section price-section--gst'>{note}</div></div>"
            "<form class='form' data-cart-item-add><input type='submit' class='button button--primary' value='Add to Cart'>"
            "</form></div><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
            "\"name\":\"Samsung 65 QLED\",\"sku\":\"MV-SAM-65Q\",\"offers\":{\"@type\":\"Offer\",\"price\":28935.19,"
            "\"priceCurrency\":\"MVR\",\"availability\":\"https://schema.org/InStock\"}}</script></body></html>")


@pytest.mark.parametrize("note", ["Price includes 8% GST", "Precios incluyen IVA.", "incl. GST", "Tax included."])
def test_a_structured_price_a_tax_rate_under_the_page_that_says_its_prices_include_tax_yields(note):
    # BigCommerce's JSON-LD 28935.19 (without the Maldives' 8% GST) beside 'MVR31,250.00' and 'Price includes 8% GST';
    # Max's (Guatemala) 4463.39 beside Q4,999.00 and 'Precios incluyen IVA.' in the footer.
    got = extract_offers(_net_jsonld_page(note), "https://maleshop.example.mv/samsung-65-qled/")[0]
    assert got["price"] == Decimal("31250.00")


def test_a_structured_price_a_tax_rate_under_the_page_that_says_nothing_of_tax_stays():
    # One step off: without a word of tax on the page, an amount a tax rate apart may be a sale the structured data
    # was not updated for, or a coincidence; the structured price stays (as before).
    got = extract_offers(_net_jsonld_page("Free delivery in Malé"), "https://maleshop.example.mv/samsung-65-qled/")[0]
    assert got["price"] == Decimal("28935.19")
