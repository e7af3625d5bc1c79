"""The rules mended in the twenty-fourth session on the thirteenth set-aside batch's misses (aside24), each
by cause, tested on small pages written here: one shape per test, and the shape one step off it that must
not change."""

from __future__ import annotations

from decimal import Decimal

from rule_pages import read


def _prices(got: dict) -> tuple:
    return got["price"], got.get("regular_price")


# Amounts of a currency counted in thousandths (the dinars of Tunisia, Kuwait, Bahrain, Jordan, Libya, the
# Omani rial) -------------------------------------------------------------------------------------------------------

def test_three_decimals_of_a_currency_in_thousandths_are_its_fils_and_millimes():
    got = read("<span class='regular-price'>1 899,000 DT</span> <span class='current-price'>1 699,000 DT</span>",
               "fr", "https://shop.example.com.tn/p")
    assert _prices(got) == (Decimal("1699.000"), Decimal("1899.000"))
    assert got["currency"] == "TND"
    got = read("<div class='now'>KD 89.900</div><div class='was'>KD 119.900</div>", "en", "https://shop.example.com/p")
    assert _prices(got) == (Decimal("89.900"), Decimal("119.900"))


def test_three_digits_after_a_mark_stay_thousands_in_a_currency_of_hundredths_or_of_none():
    # One step off: the Iraqi dinar has no subunit in use (the CLDR gives it none), the euro and the
    # Armenian dram are counted in hundredths or in whole units.
    got = read("<div class='price'>250,000 IQD</div>", "ar", "https://shop.example.iq/p")
    assert got["price"] == Decimal("250000")
    got = read("<div class='price'>1.299 €</div>", "de", "https://shop.example.de/p")
    assert got["price"] == Decimal("1299")
    # The same mark twice is a thousands mark, whatever the currency.
    got = read("<div class='price'>KD 1,250,000</div>", "en", "https://shop.example.com/p")
    assert got["price"] == Decimal("1250000")


def test_a_whole_dinar_price_with_a_thousands_mark_stays_whole():
    # Review R2: Gulf and Jordanian shops write "." for fils and "," for thousands, Tunisian and Libyan ones ","
    # for millimes (the CLDR's marks of their countries' languages): a price with no fils, "KD 1,299", is 1,299
    # dinars, and "2.499 DT" 2,499.
    for block, lang, want in (("<div class='price'>KD 1,299</div>", "en", "1299"),
                              ("<div class='price'>1,250 KD</div>", "ar-KW", "1250"),
                              ("<div class='price'>JD 1,450</div>", "en", "1450"),
                              ("<div class='price'>2.499 DT</div>", "fr", "2499"),
                              ("<div class='price'>KD 1,299.900</div>", "en", "1299.900")):
        got = read(block, lang, "https://shop.example.com/p")
        assert got["price"] == Decimal(want), block


# Ids: labels in Armenian, Azerbaijani and Latvian; English's "Item Code" ----------------------------------------------

def test_product_codes_in_armenian_azerbaijani_latvian_and_english_item_code_are_the_shops_id():
    for block, lang, want in (
            ("<div><span class='code-label'>Կոդ՝</span> <span class='code-value'>118734</span></div>", "hy", "118734"),
            ("<div class='code'>Məhsul kodu: <span>238519</span></div>", "az", "238519"),
            ("<div><span class='product-code'>Preces kods: <b>1202815</b></span></div>", "lv", "1202815"),
            ("<div><span>Item Code: 618734</span><span>Model: SM-X510NZAAMEA</span></div>", "en", "618734"),
            ("<div><span class='item-code'>Item Code : ABWM8FL</span></div>", "en", "ABWM8FL")):
        got = read(block + "<div class='price'>1 149,99 €</div>", lang)
        assert got.get("sku") == want, block


def test_a_promotion_code_or_a_postcode_is_no_id():
    # One step off: "code" alone stays a generic word in a longer label, in Armenian as in English.
    for block in ("<div>Promo code: SAVE10</div>", "<div>Զեղչի կոդ: SAVE10</div>"):
        got = read(block + "<div class='price'>1 149,99 €</div>", "hy")
        assert got.get("sku") is None, block


# Words: a coupon applied after an amount; the retail price beside the price ------------------------------------------

def test_an_amount_with_a_coupon_applied_after_it_is_not_the_price():
    # Qoo10's rows: the "Q-price" after a coupon, beside the buy button, under the "Sell Price".
    got = read("<ul><li><dl><dt>Sell Price</dt><dd><strong class='prc'>S$159.00</strong> <span class='dc'>36%</span></dd></dl></li>"
               "<li class='q_price'><dl><dt>Q-price</dt><dd><strong>S$149.00</strong> <a href='#'>Q-Coupon applied</a></dd>"
               "</dl></li></ul>", "en", "https://shop.example.sg/p")
    assert got["price"] == Decimal("159.00")
    got = read("<p>S$159.00</p><p class='price'>S$149.00 after coupon</p>", "en", "https://shop.example.sg/p")
    assert got["price"] == Decimal("159.00")


def test_a_coupon_to_claim_beside_the_one_price_says_nothing():
    # One step off: a link to a coupon beside the only price leaves it the price.
    got = read("<div class='price'>S$159.00 <a href='#'>Get coupon</a></div>", "en", "https://shop.example.sg/p")
    assert got["price"] == Decimal("159.00")


def test_the_retail_price_beside_the_price_is_the_former_one():
    got = read("<dl><dt>Retail Price</dt><dd><strong>S$249.00</strong></dd></dl>"
               "<dl><dt>Sell Price</dt><dd><strong>S$159.00</strong></dd></dl>", "en", "https://shop.example.sg/p")
    assert _prices(got) == (Decimal("159.00"), Decimal("249.00"))


def test_the_one_price_named_retail_price_stays_the_price():
    # One step off: a page that shows one price and calls it the retail price sells at it.
    got = read("<div>Retail price: <span class='amount'>$49.99</span></div>", "en-US", "https://shop.example.com/p")
    assert got["price"] == Decimal("49.99")


# Signs: the dollar written "U$S" (Uruguay, Argentina); the cedi typed "GH¢" ------------------------------------------

def test_u_dollar_s_is_the_us_dollar_and_gh_cent_sign_the_cedi():
    got = read("<strike class='precioLista'><span>U$S</span> <span>899</span></strike>"
               "<strong class='precio venta'><span>U$S</span> <span>749</span></strong>"
               "<div>Equivale a <b>$ 32.904</b></div>", "es-UY", "https://shop.example.com.uy/p")
    assert _prices(got) == (Decimal("749"), Decimal("899"))
    assert got["currency"] == "USD"
    got = read("<p class='price'><del>GH¢1,490.00</del> <ins>GH¢1,150.00</ins></p>", "en-US", "https://shop.example.com/p")
    assert got["price"] == Decimal("1150.00")
    assert got["currency"] == "GHS"


# Ids: a reference written in square brackets ---------------------------------------------------------------------------

def test_an_id_written_in_square_brackets_is_the_code_inside():
    # Tunisianet (PrestaShop 1.7) prints its reference so: "Référence [X1504VA-NJ1114W]".
    got = read("<div class='product-reference'><label class='label'>Référence </label><span>[X1504VA-NJ1114W]</span></div>"
               "<div class='price'>1 699,000 DT</div>", "fr", "https://shop.example.com.tn/p")
    assert got["sku"] == "X1504VA-NJ1114W"


def test_brackets_inside_an_id_or_around_two_words_stay():
    # One step off: brackets that do not wrap one code whole are not taken off, and two words are no code.
    got = read("<div><label>Référence </label><span>[X1504VA] NJ1114W</span></div><div class='price'>1 699,000 DT</div>",
               "fr", "https://shop.example.com.tn/p")
    assert got.get("sku") is None


# Stock in Icelandic (the twelfth batch's noticed gap) ------------------------------------------------------------------

def test_stock_words_in_icelandic():
    for words, want in (("Ekki til á lager", False), ("Til á lager", True), ("Á lager", True)):
        got = read(f"<div class='price'>59.995 kr.</div><p class='stock-status'>{words}</p>", "is", "https://shop.example.is/p")
        assert got.get("in_stock", True) is want, words


def test_an_icelandic_store_sold_out_beside_the_web_shops_stock_leaves_it_in_stock():
    # One step off: ELKO's stock per store, "Uppselt" (sold out) in one shop under "Til á lager" online.
    got = read("<div class='price'>59.995 kr.</div><div class='stock'>Vefverslun: <span>Til á lager</span></div>"
               "<div class='stock'>Skeifan: <span>Uppselt</span></div>", "is", "https://shop.example.is/p")
    assert got.get("in_stock") is not False


def test_an_icelandic_word_holding_lager_is_no_stock_word():
    # One step off: "lagerhreinsun" (a stock clearance sale) says nothing of this product's stock.
    got = read("<div class='price'>59.995 kr.</div><p class='banner'>Lagerhreinsun: allt að 50% afsláttur</p>", "is",
               "https://shop.example.is/p")
    assert got.get("in_stock") is not False


# Ids: the number ending the page's own URL, where nothing else gives one (Uzum's, BASE's) -----------------------------

def test_a_number_ending_the_pages_url_is_its_id_when_nothing_else_gives_one():
    got = read("<div class='price'>5 690 000 so'm</div>", "uz", "https://uzum.example.uz/uz/product/changyutgich-dyson-v8-884412")
    assert got["sku"] == "884412"
    got = read("<div class='price'>€39.99</div>", "en-IE", "https://shop.example.ie/en/women/leather-look-shirt-15213589.html")
    assert got["sku"] == "15213589"


def test_a_year_a_size_or_a_number_inside_the_url_is_no_id():
    # One step off: four digits (a year, a model), a number not ending the path, and a shown id win or stay none.
    for url in ("https://shop.example.com/tv/samsung-qe55q80c-2023", "https://shop.example.com/c/884412/kettle",
                "https://shop.example.com/kettle?id=884412"):
        got = read("<div class='price'>€39.99</div>", "en-IE", url)
        assert got.get("sku") is None, url
    got = read("<div>SKU: KT-100</div><div class='price'>€39.99</div>", "en-IE", "https://shop.example.com/kettle-884412")
    assert got["sku"] == "KT-100"
