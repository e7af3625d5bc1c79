"""The rules mended in the thirtieth session on the nineteenth set-aside batch's misses (aside30), each by cause,
tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it that
must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers
from storecheck.money import NotAPrice, read_money

# A class name that negates "discount" names the price without one -----------------------------------------------


@pytest.mark.parametrize("name", ["product-price-not-discounted", "price-non-discounted", "price--undiscounted",
                                  "price_without_discount"])
def test_a_price_named_not_discounted_is_a_price_not_a_discounts_amount(name):
    # IdeaSoft's 'product-price-not-discounted' holds the market price ('Piyasa Fiyatı: 39.999,00 TL') above the
    # price: "discount" in its name made it a discount's amount, so no former price was read.
    got = read(f"<div class='price-box'><div class='{name}-row'><span class='label'>Piyasa Fiyatı:</span> "
               f"<span class='{name}'>39.999,00 TL</span></div>"
               "<div><span>Satış Fiyatı:</span> <span class='product-price'>34.999,00 TL</span> KDV Dahil</div></div>",
               "tr", "https://www.elektronik.example.com.tr/dyson-v15")
    assert (got["price"], got["regular_price"]) == (Decimal("34999.00"), Decimal("39999.00"))


def test_a_discounts_amount_named_so_stays_out():
    # One step off: an element named for the discount itself ('product-discount': the lira taken off) is no price.
    got = read("<span class='product-price'>34.999,00 TL</span> <span class='product-discount'>5.000,00 TL</span>",
               "tr", "https://www.elektronik.example.com.tr/dyson-v15")
    assert (got["price"], got.get("regular_price")) == (Decimal("34999.00"), None)


# Turkish words that prices include tax ---------------------------------------------------------------------------


def _net_jsonld_page(note: str) -> str:
    # A Turkish hosted shop's markup: its JSON-LD gives the price without Northern Cyprus' 16% KDV.
    return ("<html lang='tr'><body><div class='product-detail'><h1 class='product-title'>Dyson V15 Detect</h1>"
            "<div class='product-price-box'><span class='product-price'>34.999,00 TL</span> "
            f"<span class='product-price-kdv'>{note}</span></div>"
            "<button type='button' class='btn add-to-cart-button'>Sepete Ekle</button></div>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org/\",\"@type\":\"Product\","
            "\"name\":\"Dyson V15 Detect\",\"sku\":\"GE-DYS-V15\",\"offers\":{\"@type\":\"Offer\",\"priceCurrency\":"
            "\"TRY\",\"price\":\"30171.55\",\"availability\":\"https://schema.org/InStock\"}}</script></body></html>")


@pytest.mark.parametrize("note", ["KDV Dahil", "Tüm fiyatlara KDV dahildir.", "Fiyatlara %16 KDV dahildir"])
def test_a_structured_price_without_kdv_yields_where_the_page_says_kdv_is_included(note):
    got = extract_offers(_net_jsonld_page(note), "https://www.elektronik.example.com.tr/dyson-v15")[0]
    assert got["price"] == Decimal("34999.00")


def test_a_structured_price_a_kdv_rate_under_the_page_that_says_nothing_of_tax_stays():
    # One step off: no word of tax (a sale the structured data was not updated for, or a coincidence).
    got = extract_offers(_net_jsonld_page("Ücretsiz kargo"), "https://www.elektronik.example.com.tr/dyson-v15")[0]
    assert got["price"] == Decimal("30171.55")


# An amount said to be approximate in French --------------------------------------------------------------------


@pytest.mark.parametrize(("words", "lang"), [("soit environ", "fr"), ("environ", "fr"), ("Soit env.", "fr"),
                                             ("circa", "it"), ("ongeveer", "nl"), ("etwa", "de")])
def test_an_amount_said_to_be_about_is_a_conversion_not_the_price(words, lang):
    # Oxatis in Djibouti: 'soit environ 1 066,28 $ US' under '189 500 FDJ' was the price without structured data; the
    # same words in Italian, Dutch and German.
    got = read("<div class='PBItemPrice'><div class='PBSalesPrice'><span class='PBPriceValue'>189 500</span> "
               f"<span class='PBCurrency'>FDJ</span> TTC</div><div class='PBPriceOtherCurrency'>{words} 1 066,28 $ US"
               "</div></div>", lang, "https://www.bourane.example.dj/refrigerateur")
    assert got["price"] == Decimal("189500")


def test_a_price_after_other_french_words_stays_the_price():
    # One step off: a price with no word of approximation before it ('Prix : 1 066,28 $ US') is read as before.
    got = read("<div class='price'>Prix : <span class='amount'>1 066,28 $ US</span></div>", "fr",
               "https://www.boutique.example.fr/produit")
    assert got["price"] == Decimal("1066.28")


# The Djibouti franc's "FDJ" ------------------------------------------------------------------------------------


def test_the_djibouti_francs_fdj_is_its_sign():
    # Djiboutian shops write 'FDJ' (the CLDR has 'Fdj'): no amount was read as money.
    assert read_money("189 500 FDJ") == (Decimal("189500"), frozenset({"DJF"}))
    got = read("<div class='price'><span class='value'>189 500</span> <span class='currency'>FDJ</span></div>", "fr",
               "https://www.bourane.example.dj/refrigerateur")
    assert (got["price"], got["currency"]) == (Decimal("189500"), "DJF")


def test_three_capitals_no_table_holds_are_no_sign():
    # One step off: three capitals nobody writes for a currency stay no sign.
    with pytest.raises(NotAPrice):
        read_money("189 500 FDX")


# The rial sign U+FDFC: Iran's and Yemen's ----------------------------------------------------------------------


def _rial_page(lang: str) -> str:
    # WooCommerce writes U+FDFC for both the Yemeni and the Iranian rial.
    return (f"<html lang='{lang}' dir='rtl'><body><div class='product type-product'><h1 class='product_title'>Galaxy A55"
            "</h1><p class='price'><span class='woocommerce-Price-amount amount'><bdi>229,000&nbsp;<span class="
            "'woocommerce-Price-currencySymbol'>&#xfdfc;</span></bdi></span></p><form class='cart'><button type='submit'"
            " class='single_add_to_cart_button'>+</button></form></div></body></html>")


def test_the_rial_sign_on_an_arabic_page_of_a_yemeni_shop_is_the_yemeni_rial():
    # Martfury and Dokan in Sana'a: '229,000 ﷼' was read as Iranian rials.
    got = extract_offers(_rial_page("ar"), "https://souq.example.ye/product/a55/")[0]
    assert (got["price"], got.get("currency")) == (Decimal("229000"), "YER")


def test_the_rial_sign_on_a_persian_page_of_an_iranian_shop_stays_the_iranian_rial():
    # One step off: the sign on an Iranian shop's Persian page.
    got = extract_offers(_rial_page("fa-IR"), "https://shop.example.ir/product/a55/")[0]
    assert (got["price"], got.get("currency")) == (Decimal("229000"), "IRR")


@pytest.mark.parametrize(("lang", "url"), [("ar-SA", "https://shop.example.com.sa/product/a55/"),
                                           ("ar", "https://shop.example.sa/product/a55/")])
def test_the_rial_sign_on_a_saudi_shops_page_is_the_riyal(lang, url):
    # Review R4: the sign is written informally for the Saudi, Omani and Qatari riyals too; read as Yemen's on any
    # Arabic page, a Saudi shop's prices were stored as Yemeni rials. The page's country settles it.
    got = extract_offers(_rial_page(lang), url)[0]
    assert got.get("currency") == "SAR"


def test_the_rial_sign_on_a_saudi_shops_page_with_its_currency_set_is_the_riyal():
    # Review R4: with the competitor's currency set to SAR and a page whose country says nothing, the setting settles it.
    got = extract_offers(_rial_page("ar"), "https://shop.example.com/product/a55/", currency="SAR")[0]
    assert got.get("currency") == "SAR"


def test_the_rial_sign_on_an_arabic_page_of_no_country_is_left_unsettled():
    # Arabic is written in every country whose currency the sign can mean: the language alone settles none.
    got = extract_offers(_rial_page("ar"), "https://shop.example.com/product/a55/")[0]
    assert got.get("currency") is None


# Id labels: English's "Article no." and Welsh ------------------------------------------------------------------


@pytest.mark.parametrize(("label", "lang"), [("Article no.:", "en"), ("Article nr.:", "en"), ("Cod cynnyrch:", "cy"),
                                             ("Rhif cynnyrch:", "cy")])
def test_article_no_and_welsh_product_code_labels_give_the_id(label, lang):
    # Aimeos' 'Article no.:' and EKM's Welsh 'Cod cynnyrch:' (product code): the number of the URL was the id.
    got = read(f"<p class='code'><span class='name'>{label}</span> <span class='value'>MYG-CTC-230250</span></p>"
               "<span class='price'>£249.00</span>", lang, "https://www.melin.example.cymru/carthen-1287-p.asp")
    assert got["sku"] == "MYG-CTC-230250"


def test_welsh_cod_alone_in_another_label_is_no_id():
    # One step off: "Cod" is Welsh and Romanian for any code; 'Cod post:' (postcode) names no product.
    got = read("<p><span>Cod post:</span> <span>SA44 5UH</span></p><span class='price'>£249.00</span>", "cy",
               "https://www.melin.example.cymru/carthen")
    assert got.get("sku") is None


# A language tag's country and the domain's that share no currency disagree -------------------------------------


def _signless_page(lang: str) -> str:
    # PrestaShop 1.7 in Haiti: the gourde's lone 'G' is no sign a page alone settles, and the theme's language tag is
    # the template's 'fr-FR'.
    return (f"<html lang='{lang}'><body><div class='product-container'><h1 class='h1'>Congélateur Frigidaire</h1>"
            "<div class='product-prices'><div class='current-price'><span class='price'>45&#8239;000,00&nbsp;G</span>"
            "</div></div><button class='btn btn-primary add-to-cart' type='submit'>Ajouter au panier</button></div>"
            "</body></html>")


def test_a_language_tags_country_the_domain_does_not_allow_leaves_the_currency_unsettled():
    # The Haitian page without structured data: 'fr-FR' says EUR, the domain .ht allows HTG or USD; the domain naming
    # two currencies was counted as saying nothing, so the template's tag settled the price as euros.
    got = extract_offers(_signless_page("fr-FR"), "https://kayelektro.example.ht/congelateur")[0]
    assert got["price"] == Decimal("45000.00") and got.get("currency") is None


def test_a_language_tags_country_the_domain_allows_settles_it():
    # One step off: the domain's country and the tag's agree ('fr-FR' on a .fr shop): euros, as before.
    got = extract_offers(_signless_page("fr-FR"), "https://boutique.example.fr/congelateur")[0]
    assert got.get("currency") == "EUR"


# A lone letter before an amount, where the competitor's currency is one the letter means ------------------------


def _kina_page() -> str:
    # Neto in Papua New Guinea: 'K6,499.00' in 'productprice' (named a price), the RRP in 'productrrp' (named
    # nothing the reader knows), the kina's lone 'K' the only sign.
    return ("<html lang='en-AU'><body><h1 itemprop='name'>Honda EU22i Inverter Generator</h1>"
            "<div class='productprice productpricetext'>K6,499.00</div>"
            "<div class='productrrp text-muted small'>RRP K7,299.00</div>"
            "<div class='productsave small'>Save K800.00 (11%)</div>"
            "<form class='buying-options'><button type='button' class='addtocart btn btn-success'>Add to Cart</button>"
            "</form></body></html>")


def test_a_lone_letter_before_an_amount_is_its_sign_where_the_competitors_currency_is_the_letters():
    # 'RRP K7,299.00' was no amount: a lone letter is no sign before the reader knows the page's currency, and the
    # competitor's currency (PGK, the kina's 'K') was not asked. The former price was not read.
    got = extract_offers(_kina_page(), "https://www.kumulpower.example.com.pg/honda-eu22i", currency="PGK")[0]
    assert (got["price"], got.get("regular_price"), got.get("currency")) == (Decimal("6499.00"), Decimal("7299.00"), "PGK")


@pytest.mark.parametrize("currency", [None, "AUD"])
def test_a_lone_letter_stays_no_sign_where_the_competitors_currency_is_not_the_letters(currency):
    # One step off: without a currency set, or set to one 'K' cannot mean, the letter says nothing (as before).
    got = extract_offers(_kina_page(), "https://www.kumulpower.example.com.pg/honda-eu22i", currency=currency)[0]
    assert (got["price"], got.get("regular_price")) == (Decimal("6499.00"), None)
