"""The visible page's rules mended in the twenty-first session on the tenth set-aside batch's misses (aside21),
each by cause, tested on small pages written here: one shape per test, and the shape one step off it that
must not change."""

from __future__ import annotations

from decimal import Decimal

from rule_pages import read


def _prices(got: dict) -> tuple:
    return got["price"], got.get("regular_price")


# Words of other amounts and of former prices ------------------------------------------------------------------

def test_a_price_without_vat_in_hungarian_or_greek_is_another_amount():
    # Shown first and alike, the price without VAT won where its words were unknown.
    got = read("<div class='price'><span>118 102 Ft ÁFA nélkül</span></div><div class='price'>149 990 Ft</div>",
               "hu", "https://shop.example.hu/p")
    assert got["price"] == Decimal("149990")
    got = read("<ul><li class='price'>Χωρίς ΦΠΑ: 36,21€</li><li class='price'>44,90€</li></ul>", "el",
               "https://shop.example.gr/p")
    assert got["price"] == Decimal("44.90")


def test_a_price_with_vat_in_hungarian_stays_the_price():
    # One step off: "bruttó" (with VAT) says nothing against the amount.
    got = read("<div class='price'>Bruttó ár: 149 990 Ft</div>", "hu", "https://shop.example.hu/p")
    assert got["price"] == Decimal("149990")


def test_instalments_counted_in_spanish_before_the_amount_are_another_amount():
    # "Hasta 12 cuotas de $10.832" above the price: the part payment, not the price.
    got = read("<p>Hasta 12 cuotas de <span class='price'>$10.832</span></p><p><span class='price'>$129.990</span></p>",
               "es-CL", "https://shop.example.cl/p")
    assert got["price"] == Decimal("129990")
    got = read("<p>12 cuotas sin interés de <span class='price'>$10.832</span></p><p><span class='price'>$129.990"
               "</span></p>", "es-CL", "https://shop.example.cl/p")
    assert got["price"] == Decimal("129990")


def test_cuotas_not_counting_the_amount_leave_it_the_price():
    # One step off: a note on instalments above the price, with no "de" that makes the amount one of them.
    got = read("<p>Paga en cuotas sin interés</p><p><span class='price'>$129.990</span></p>", "es-CL",
               "https://shop.example.cl/p")
    assert got["price"] == Decimal("129990")


def test_the_regular_price_in_hebrew_is_a_former_price():
    got = read("<div><span>מחיר רגיל:</span> <span class='origin_price'>749.00 ש״ח</span></div>"
               "<div><span>מחיר מבצע:</span> <span class='price'>599.00 ש״ח</span></div>", "he",
               "https://shop.example.co.il/items/2219876")
    assert _prices(got) == (Decimal("599.00"), Decimal("749.00"))


def test_the_price_in_hebrew_is_the_price():
    # One step off: "מחיר:" (price) alone says nothing of a former price.
    got = read("<div><span>מחיר:</span> <span class='price'>599.00 ₪</span></div>", "he",
               "https://shop.example.co.il/items/2219876")
    assert _prices(got) == (Decimal("599.00"), None)


# A price named "original" beside a former price the page states ----------------------------------------------

def test_a_price_named_original_beside_a_stated_former_price_is_the_price():
    # Alkosto's accelerator theme: "Antes $2.299.900", then its price in an element whose id says "original".
    got = read("<p class='before-price'>Antes <span class='before-price__basePrice'>$2.299.900</span></p>"
               "<p class='price'><span id='js-original_price' class='price'>$1.899.900</span> "
               "<span class='label-offer'>-17%</span></p>", "es-CO", "https://shop.example.co/p/1")
    assert _prices(got) == (Decimal("1899900"), Decimal("2299900"))


def test_a_named_former_price_with_a_lower_price_beside_it_stays_former():
    # One step off: an RRP in words, a former price by its class and the price below both.
    got = read("<div class='prices'><span>UVP 100,00 €</span> <span class='old-price'>80,00 €</span> "
               "<span class='price'>60,00 €</span></div>", "de", "https://shop.example.de/p")
    assert got["price"] == Decimal("60.00")
    assert got.get("regular_price") in (Decimal("80.00"), Decimal("100.00"))


# "list" in a name that names no price --------------------------------------------------------------------------

_RADIOS = ("<ul class='product-form__variants-list'><li><input type='radio' name='variant_id' value='118' checked "
           "data-price='$32.00 CAD'><label>12 oz</label></li><li><input type='radio' name='variant_id' value='119' "
           "data-price='$38.00 CAD'><label>16 oz</label></li></ul>")


def test_a_list_of_variants_holds_no_list_price():
    # Solidus: the variant radios' data-price under "product-form__variants-list" read as list prices.
    got = read("<div id='product-price'><span class='product-form__price-selling'>$32.00 CAD</span></div>" + _RADIOS,
               "en-CA", "https://shop.example.ca/products/mug")
    assert _prices(got) == (Decimal("32.00"), None)


def test_a_price_named_list_is_a_list_price():
    # One step off: "list" in a price's own name ("price price--list") is the list price still.
    got = read("<div><span class='price price--list'>$40.00</span> <span class='price'>$32.00</span></div>",
               "en-CA", "https://shop.example.ca/products/mug")
    assert _prices(got) == (Decimal("32.00"), Decimal("40.00"))


# One badge, one reduction -------------------------------------------------------------------------------------

def test_a_badge_a_former_price_bears_out_strikes_nothing_more():
    # Hungary's VAT of 27% puts the price without it 21% under the price: the "-21 %" badge belongs to the former
    # price the page names and the price, not to the price and the amount without VAT.
    got = read("<div class='price-box'><span class='price-box__compare-price'>189 990 Ft</span> "
               "<span class='price-box__discount'>-21 %</span> <span class='price-box__price'>149 990 Ft</span> "
               "<span class='price-box__price-without-vat'>118 102 Ft</span></div>", "hu", "https://shop.example.hu/p")
    assert _prices(got) == (Decimal("149990"), Decimal("189990"))


def test_a_badge_two_amounts_bear_out_still_strikes_the_higher():
    # One step off: no former price named, the badge alone says which amount was before.
    got = read("<div><span class='a1'>Rp559.000</span> <span class='a2'>18%</span> <span class='a3'>Rp459.000</span>"
               "</div>", "id", "https://shop.example.co.id/p")
    assert _prices(got) == (Decimal("459000"), Decimal("559000"))


# Ids: Greek's labels; a code of capitals in an element named "sku" --------------------------------------------

def test_greek_labels_of_the_product_code():
    got = read("<ul><li>Κωδικός Προϊόντος: IZ-223-INX</li></ul><p class='price'>44,90€</p>", "el",
               "https://shop.example.gr/p")
    assert got["sku"] == "IZ-223-INX"
    got = read("<ul><li>ΚΩΔΙΚΟΣ: AB-1234</li></ul><p class='price'>44,90€</p>", "el", "https://shop.example.gr/p")
    assert got["sku"] == "AB-1234"


def test_a_greek_code_of_something_else_is_no_id():
    # One step off: a coupon's code ("Κωδικός κουπονιού") is no product's.
    got = read("<ul><li>Κωδικός κουπονιού: SAVE10</li></ul><p class='price'>44,90€</p>", "el",
               "https://shop.example.gr/p")
    assert got.get("sku") is None


def test_an_element_named_sku_holding_a_code_of_capitals_is_the_id():
    # Drupal Commerce prints the sku with no label in a field named so.
    got = read("<div class='field field--name-sku field--type-string field--label-hidden field__item'>NB-PLAID-LAM-GR"
               "</div><div class='field--name-price'>649,00 kr.</div>", "da", "https://shop.example.dk/produkt/plaid")
    assert got["sku"] == "NB-PLAID-LAM-GR"


def test_an_element_named_sku_holding_a_word_is_no_id():
    # One step off: a word, or a placeholder, in an element named "sku" is none.
    for text in ("SKU", "N/A", "Select"):
        got = read(f"<div class='product-sku'>{text}</div><div class='price'>649,00 kr.</div>", "da",
                   "https://shop.example.dk/produkt/plaid")
        assert got.get("sku") is None, text
