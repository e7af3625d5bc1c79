"""The rules mended in the thirty-third session on the twenty-second set-aside batch's misses (aside33), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from rule_pages import page, read

from crawlers.extraction import extract_offers
from storecheck.money import sign_beside

# A class that says the price is "discounted" names the price, not a discount's amount ----------------------------


@pytest.mark.parametrize("name", ["ProductPrice_price__a1Ybn ProductPrice_discounted__ZeXk0", "price is-discounted",
                                  "discounted"])
def test_an_amount_named_discounted_is_the_price(name):
    # A Next.js storefront's CSS module names the price in its reduced state 'ProductPrice_discounted__ZeXk0' beside
    # 'ProductPrice_before__qL9hx': 'discount' in the name left it out as a discount's amount, and gift wrapping's
    # '4,50 €' further down was read as the price.
    got = read(f"<div class='ProductPrice_root__8sWd3'><span class='{name}'>79,00 €</span>"
               "<span class='ProductPrice_before__qL9hx'>95,00 €</span></div>"
               "<p>Gift wrapping: 4,50 €</p>", "fr-FR", "https://boutique.example.fr/p/mariniere")
    assert (got["price"], got.get("regular_price")) == (Decimal("79.00"), Decimal("95.00"))


@pytest.mark.parametrize("name", ["price__discount", "ProductPrice_discount__Zk2", "discount-amount"])
def test_an_amount_named_a_discount_stays_no_price(name):
    # One step off: 'discount' (not 'discounted') on an amount is the money taken off, as before.
    got = read(f"<div class='price-box'><span class='price'>79,00 €</span> <span class='{name}'>16,00 €</span></div>",
               "fr-FR", "https://boutique.example.fr/p/mariniere")
    assert got["price"] == Decimal("79.00")


# "incl. 19 % MwSt.": the tax note with its rate says the page's prices include tax ------------------------------


def _net_jsonld_page(note: str) -> str:
    # The structured data gives the price without tax (756.29 = 899.99 / 1.19), the page shows the price with it.
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Kaffeevollautomat", "sku": "KV-100",
            "offers": {"@type": "Offer", "price": "756.29", "priceCurrency": "EUR",
                       "availability": "https://schema.org/InStock"}}
    return (f"<html lang='de-DE'><head><script type='application/ld+json'>{json.dumps(data)}</script></head><body><main>"
            f"<h1>Kaffeevollautomat</h1><span class='price'>899,99 €</span><p>{note}</p>"
            "<button class='add-to-cart'>In den Warenkorb</button></main></body></html>")


@pytest.mark.parametrize("note", ["Preis inkl. 19 % MwSt.", "inkl. 19% MwSt. zzgl. Versand", "incl. 19 % VAT"])
def test_a_tax_note_with_its_rate_makes_the_page_price_over_a_net_structured_one(note):
    # Dynamicweb's JSON-LD gives the price without VAT (768.38 for '899,00 €' in Luxembourg) on a page that says
    # 'Präis inkl. 17 % TVA': the note with its rate between 'incl.' and the tax was no note the rule knew, so the
    # net amount stood as the price.
    got = extract_offers(_net_jsonld_page(note), "https://shop.example.de/kaffee/kv-100")[0]
    assert got["price"] == Decimal("899.99")


@pytest.mark.parametrize("note", ["inkl. 19 % Rabatt", "mit 19 % weniger Zucker", "Versand 4,90 €"])
def test_a_rate_without_a_tax_word_says_no_tax_is_included(note):
    # One step off: a rate after 'incl.' that names no tax (a discount, a recipe) says nothing of tax: the structured
    # price stays, as before the mend.
    got = extract_offers(_net_jsonld_page(note), "https://shop.example.de/kaffee/kv-100")[0]
    assert got["price"] == Decimal("756.29")


# A range whose sign the range patterns do not list, and the selected variation's price beside it ----------------

_RANGE = ("<p class='price'><span class='amount'><bdi>{low}&nbsp;<span class='symbol'>د.ع</span></bdi></span> &ndash; "
          "<span class='amount'><bdi>{high}&nbsp;<span class='symbol'>د.ع</span></bdi></span></p>")


def test_a_range_of_amounts_with_a_sign_after_them_is_no_one_price():
    # WooCommerce's variable product in Iraqi dinars, '620,000 د.ع – 990,000 د.ع': the range patterns know the signs
    # written before an amount and amounts with cents, so each end was read as a price of its own and the low end won.
    got = extract_offers(page(_RANGE.format(low="620,000", high="990,000"), "ckb"), "https://shop.example.krd/p/split")
    assert not got or got[0].get("price") is None


def test_the_selected_variations_price_beside_a_range_is_the_price():
    # The same range with a variation chosen: WooCommerce fills 'woocommerce-variation-price' with its price (and its
    # former price), which is the price the page shows; no price was read, or the range's low end.
    block = (_RANGE.format(low="٦٢٠٬٠٠٠", high="٩٩٠٬٠٠٠")
             + "<div class='single_variation_wrap'><div class='woocommerce-variation single_variation'>"
             "<div class='woocommerce-variation-price'><span class='price'><del><span class='amount'>٨٥٠٬٠٠٠ د.ع</span></del> "
             "<ins><span class='amount'>٧٨٥٬٠٠٠ د.ع</span></ins></span></div></div></div>")
    got = extract_offers(page(block, "ckb"), "https://shop.example.krd/p/split")[0]
    assert (got["price"], got.get("regular_price")) == (Decimal("785000"), Decimal("850000"))


def test_an_amount_beside_a_range_in_no_part_of_the_selected_variant_leaves_no_price():
    # One step off: another amount beside the range (an installation's, in no part named for the chosen variant) is
    # no variant's price: the page still gives no one price.
    block = _RANGE.format(low="620,000", high="990,000") + "<p class='extra'>Installation <b>50,000 د.ع</b></p>"
    got = extract_offers(page(block, "ckb"), "https://shop.example.krd/p/split")
    assert not got or got[0].get("price") is None


def test_a_range_with_its_signs_before_the_amounts_stays_a_range():
    # One step off: a range the patterns read already ('£42.00 – £45.00', WooCommerce's Storefront) is still no price.
    block = ("<p class='price'><span class='amount'><bdi><span class='symbol'>£</span>42.00</bdi></span> &ndash; "
             "<span class='amount'><bdi><span class='symbol'>£</span>45.00</bdi></span></p>")
    got = extract_offers(page(block), "https://shop.example.co.uk/p/hoodie")
    assert not got or got[0].get("price") is None


# The structured data's parent id, shown only as the start of the selected variant's ----------------------------


def _variant_page(shown: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Split AC", "sku": "HE-GREE-PULAR",
            "offers": {"@type": "Offer", "price": "785000", "priceCurrency": "IQD"}}
    return (f"<html lang='en'><head><script type='application/ld+json'>{json.dumps(data)}</script></head><body><main>"
            "<h1>Split AC</h1><span class='price'>785,000 IQD</span>"
            f"<div class='product_meta'><span class='sku_wrapper'>SKU: <span class='sku'>{shown}</span></span></div>"
            "<button class='add-to-cart'>Add to cart</button></main></body></html>")


def test_a_structured_id_shown_only_inside_a_longer_code_yields_to_the_shown_one():
    # WooCommerce's JSON-LD gives the variable product's own sku; its SKU line shows the selected variation's, which
    # begins with it ('HE-GREE-PULAR-18'). Found inside that text, the parent's was taken as shown.
    got = extract_offers(_variant_page("HE-GREE-PULAR-18"), "https://shop.example.krd/p/split")[0]
    assert got["sku"] == "HE-GREE-PULAR-18"


def test_a_structured_id_shown_whole_stays():
    # One step off: the structured id shown as it is stays the id.
    got = extract_offers(_variant_page("HE-GREE-PULAR"), "https://shop.example.krd/p/split")[0]
    assert got["sku"] == "HE-GREE-PULAR"


# 'ZiG': a sign with a capital after a small letter ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["ZiG 1,950.00", "ZiG\xa01,950.00", "1,950.00 ZiG"])
def test_zimbabwe_gold_written_zig_is_its_sign(text):
    # Zimbabwe Gold as its central bank and WooCommerce shops write it: the tables hold 'ZiG', but a sign was read
    # only where its lower-case form is one too ('Kg' is a weight), so the price had no sign and the page no currency.
    assert sign_beside(text) == "ZiG"
    got = read(f"<p class='price'><span class='amount'>{text}</span></p>", "en-ZW", "https://shop.example.co.zw/p/stove")
    assert got.get("currency") == "ZWG"


@pytest.mark.parametrize("text", ["5 Kg", "12 KM", "10 kWh", "3 mAh"])
def test_units_in_mixed_case_stay_no_sign(text):
    # One step off: units written in mixed case are no currency.
    assert sign_beside(text) is None


# Id labels: Hong Kong's goods number, Malayalam's product code, Italian's 'Rif.' ---------------------------------


@pytest.mark.parametrize(("label", "lang"), [("貨品編號：", "zh-HK"), ("產品編號：", "zh-TW"), ("货品编号：", "zh-CN"),
                                            ("ഉൽപ്പന്ന കോഡ്:", "ml"), ("ഉത്പന്ന കോഡ്:", "ml"), ("Rif. :", "it")])
def test_id_labels_of_more_languages_give_the_id(label, lang):
    # A Mong Kok shop prints '貨品編號：' (goods number), a Kerala shop 'ഉൽപ്പന്ന കോഡ്:' (product code), a Corsican one
    # 'Rif. :': none was known, so no id was read where the markup carries none.
    got = read(f"<p>{label}<span>MKH-ZJ-NWQAF18</span></p><span class='price'>HK$2,399.00</span>", lang,
               "https://shop.example.com.hk/p/rice-cooker")
    assert got.get("sku") == "MKH-ZJ-NWQAF18"


@pytest.mark.parametrize("label", ["Rif. ordine:", "型號："])
def test_labels_of_other_references_stay_no_id(label):
    # One step off: an order's reference ('Rif. ordine', 'rif' alone being any reference) and the model (型號, the
    # maker's) are no shop id.
    got = read(f"<p>{label}<span>MKH-ZJ-NWQAF18</span></p><span class='price'>HK$2,399.00</span>", "it",
               "https://shop.example.com.hk/p/rice-cooker")
    assert got.get("sku") != "MKH-ZJ-NWQAF18"


# A code label and its code after a middle dot end the value before it -------------------------------------------


def test_an_ean_after_a_middle_dot_is_not_part_of_the_article_number():
    # Dynamicweb's Swift prints 'Artikelnummer: EK-ECAM37095T · EAN 8004399020597' on one line: the line was split
    # only where every part is 'label: value', so the id ran on into the EAN.
    got = read("<p class='item_swift_productnumber'>Artikelnummer: <span>EK-ECAM37095T</span> · EAN 8004399020597</p>"
               "<span class='price'>899,00 €</span>", "lb-LU", "https://shop.example.lu/p/kaffi")
    assert got.get("sku") == "EK-ECAM37095T"
    assert str(got.get("gtin")).lstrip("0") == "8004399020597"


def test_a_value_with_a_middle_dot_and_no_code_label_stays_whole():
    # One step off: a line whose part after the dot is no code label stays one fact ('Brand: Black · Decker').
    got = read("<p>Brand: Black · Decker</p><span class='price'>89,00 €</span>", "en-GB")
    assert got.get("brand") == "Black · Decker"


# A price per unit written with an article before the unit ------------------------------------------------------


@pytest.mark.parametrize(("unit", "lang"), [("55,33 € u chilò", "co"), ("55,33 € le kg", "fr"), ("55,33 € al kg", "it"),
                                           ("55,33 € el kilo", "es"), ("55,33 € au litre", "fr")])
def test_a_price_per_kilo_after_an_article_is_no_price(unit, lang):
    # PowerBoutique's Corsican charcuterie prints '55,33 € u chilò' (the kilo) in bold before the piece's price: the
    # unit words knew '/kg' and 'per kg', not a unit after an article, so the price per kilo was read as the price.
    got = read(f"<div class='prix'><strong>{unit}</strong></div><div class='prix_produit'>"
               "<del>27,50 €</del> <span class='prix_total'>24,90 €</span></div>", lang,
               "https://buttega.example.corsica/lonzu")
    assert (got["price"], got.get("regular_price")) == (Decimal("24.90"), Decimal("27.50"))


@pytest.mark.parametrize("text", ["Lonzu al kilo: 24,90 €", "24,90 € a pezza", "24,90 € la pièce"])
def test_a_unit_in_a_products_words_or_a_piece_after_its_price_stays_the_price(text):
    # One step off: a unit in the words before the amount, or the piece after it (what is sold), does not make the
    # price one per unit.
    got = read(f"<div class='prix_produit'><span class='prix_total'>{text}</span></div>", "co",
               "https://buttega.example.corsica/lonzu")
    assert got["price"] == Decimal("24.90")


# A former price in the page's currency is not the former price of a structured price in another ---------------


def test_the_pages_former_price_does_not_go_to_a_structured_price_in_another_currency():
    # Centra's JSON-LD was rendered for another market (69.00 GBP) beside a page selling at '79,00 €', formerly
    # '95,00 €': read with nothing but the page, the structured price stands (by design), and it took the page's
    # former price in euros as its own, a former price in another currency than the price.
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Striped top", "sku": "MR-2041",
            "offers": {"@type": "Offer", "price": "69.00", "priceCurrency": "GBP"}}
    html = (f"<html lang='br'><head><script type='application/ld+json'>{json.dumps(data)}</script></head><body><main>"
            "<h1>Striped top</h1><span class='price'>79,00 €</span> <s class='price-before'>95,00 €</s>"
            "<button class='add-to-cart'>Add</button></main></body></html>")
    got = extract_offers(html, "https://shop.example.bzh/p/top")[0]
    assert (got["price"], got["currency"], got.get("regular_price")) == (Decimal("69.00"), "GBP", None)


def test_the_pages_former_price_goes_to_a_structured_price_in_the_same_currency():
    # One step off: the same currency both ways, the page's former price fills the structured offer's, as before.
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Striped top", "sku": "MR-2041",
            "offers": {"@type": "Offer", "price": "79.00", "priceCurrency": "EUR"}}
    html = (f"<html lang='br'><head><script type='application/ld+json'>{json.dumps(data)}</script></head><body><main>"
            "<h1>Striped top</h1><span class='price'>79,00 €</span> <s class='price-before'>95,00 €</s>"
            "<button class='add-to-cart'>Add</button></main></body></html>")
    got = extract_offers(html, "https://shop.example.bzh/p/top")[0]
    assert (got["price"], got.get("regular_price")) == (Decimal("79.00"), Decimal("95.00"))


# The rupee in Devanagari, 'रु' (a leftover of the thirty-second session) ----------------------------------------


@pytest.mark.parametrize(("lang", "url", "currency"), [("ne-NP", "https://pasal.example.com/p/fridge", "NPR"),
                                                       ("en", "https://pasal.example.com.np/p/fridge", "NPR"),
                                                       ("hi-IN", "https://dukaan.example.com/p/fridge", "INR")])
def test_the_rupee_in_devanagari_is_settled_by_the_pages_country(lang, url, currency):
    # 'रु 1,24,999' where the page's country is known: Nepal's or India's rupee, as at the start.
    got = extract_offers(page("<p class='price'><span class='amount'>रु 1,24,999</span></p>", lang), url)[0]
    assert (got["price"], got.get("currency")) == (Decimal("124999"), currency)


def test_the_rupee_in_devanagari_on_a_page_of_no_country_is_left_unsettled_with_why():
    # price-parser cut the sign to its first letter 'र', and a Nepali page on a '.com' domain kept its price with no
    # currency and no word why. 'रु' is Nepal's and India's rupee: nothing on the page settles which, and it says so.
    got = extract_offers(page("<p class='price'><span class='amount'>रु 1,24,999</span></p>", "ne"),
                         "https://pasal.example.com/p/fridge")[0]
    assert got.get("currency") is None
    assert "रु" in str(got.get("currency_unsettled"))


# A breadcrumb trail no class names, and the home page's crumb in more languages ----------------------------------


def test_a_trail_no_class_names_gives_the_category():
    # A Polish shop's template writes its trail in a bare <nav>: 'Strona główna » Dla psów' (a leftover of the
    # thirty-second session); only an element named 'breadcrumb' was read, so every product had no category.
    got = read("<nav>Strona główna » <a href='/kategoria/psy'>Dla psów</a></nav><span class='price'>129,99 zł</span>",
               "pl-PL", "https://sklep.example.pl/p/1/karma")
    assert got.get("category") == "Dla psów"


@pytest.mark.parametrize("crumbs", ["<a href='/'>Strona główna</a> › <a href='/psy'>Dla psów</a>",
                                    "<a href='/'>Homepage</a> &gt; <a href='/psy'>Dogs</a>",
                                    "<a href='/'>Trang chủ</a> / <a href='/psy'>Dogs</a>"])
def test_the_home_pages_crumb_is_no_category(crumbs):
    # 'Strona główna', 'Homepage', 'Trang chủ' (home) were kept as the category's first level: only 'Home', 'Start',
    # 'Startseite', 'Accueil' and 'Inicio' were known.
    got = read(f"<nav class='breadcrumbs'>{crumbs}</nav><span class='price'>129,99 zł</span>", "pl-PL",
               "https://sklep.example.pl/p/1/karma")
    assert got.get("category") in ("Dla psów", "Dogs")


@pytest.mark.parametrize("menu", ["<nav><a href='/'>Home</a> <a href='/psy'>Dla psów</a> <a href='/koty'>Dla kotów</a></nav>",
                                  "<p>Sklep » <a href='/psy'>Dla psów</a></p>"])
def test_a_menu_or_a_trail_not_from_home_is_no_category(menu):
    # One step off: links with no separator written between them (a menu), or a line that does not begin at the home
    # page, are no trail: no category, as before.
    got = read(f"{menu}<span class='price'>129,99 zł</span>", "pl-PL", "https://sklep.example.pl/p/1/karma")
    assert got.get("category") is None


@pytest.mark.parametrize("chrome", [
    "<nav><a href='/'>Home</a> / <a href='/shop'>Shop</a> / <a href='/about-us'>About us</a> / "
    "<a href='/contact'>Contact</a></nav>",
    "<p>Home › <a href='/privacy'>Privacy</a> › <a href='/terms'>Terms</a></p>",
    "<nav>Home / <a href='/shop'>Shop</a></nav>",
])
def test_a_menu_or_a_footer_line_written_as_a_trail_is_no_category(chrome):
    # Review R4 of this session: a site menu 'Home / Shop / About us / Contact' or a footer line 'Home › Privacy ›
    # Terms' has a trail's words and separators; its links are siblings across the site, not one path down it, and
    # gave every product a made-up category. One link must lie below a section ('/kategoria/psy'), not be '/shop'.
    got = read(f"{chrome}<span class='price'>129,99 zł</span>", "pl-PL", "https://sklep.example.pl/p/1/karma")
    assert got.get("category") is None


def test_a_trail_going_down_one_path_gives_its_levels():
    # The other side of R4: crumbs each under the one before are a trail, however many.
    got = read("<div>Strona główna » <a href='/kuchnia.html'>Kuchnia</a> » <a href='/kuchnia/kawa.html'>Kawa</a></div>"
               "<span class='price'>129,99 zł</span>", "pl-PL", "https://sklep.example.pl/p/1/ekspres")
    assert got.get("category") == "Kuchnia > Kawa"
