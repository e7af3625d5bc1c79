"""The visible page's rules mended in the twentieth session on the ninth set-aside batch's misses (aside20),
each by cause, tested on small pages written here: one shape per test, and the shape one step off it that
must not change."""

from __future__ import annotations

import json
from decimal import Decimal

from rule_pages import read

from crawlers.extraction import extract_offers


def _page(main: str, lang: str = "en-GB", head: str = "") -> str:
    return f"<html lang='{lang}'><head><title>Kettle</title>{head}</head><body><main>{main}</main></body></html>"


def _one(html: str, url: str = "https://shop.example.eu/p") -> dict:
    offers = extract_offers(html, url)
    assert len(offers) == 1, offers
    return offers[0]


# A form's labels are a control's text -------------------------------------------------------------------------

_VARIANT_BUTTONS = ("<fieldset class='variant-input-wrap'><div class='variant-input'><input type='radio' id='t1' "
                    "name='Type' checked><label for='t1'>Unstitched</label></div><div class='variant-input'>"
                    "<input type='radio' id='t2' name='Type'><label for='t2'>Stitched - M (+Rs.2,100)</label></div>"
                    "<div class='variant-input'><input type='radio' id='t3' name='Type'><label for='t3'>Stitched - L"
                    "</label></div></fieldset>")


def test_a_fieldset_of_variant_labels_holds_no_amount_of_its_own():
    # Shopify's Impulse: the sale price named "Regular price" for screen readers, the compare-at price struck by
    # its class, then variant buttons whose one amount is a surcharge. The fieldset read the label's amount as
    # its own and, every other amount being a former one, won.
    got = read("<span class='visually-hidden'>Regular price</span><span class='product__price on-sale'>Rs.4,193.00"
               "</span><span class='product__price product__price--compare'>Rs.5,990.00</span>" + _VARIANT_BUTTONS,
               "en", "https://shop.example.pk/products/suit")
    assert (got["price"], got.get("regular_price")) == (Decimal("4193.00"), Decimal("5990.00"))


def test_a_label_of_no_control_still_shows_the_price():
    # One step off: OXID's themes write the price in a <label> that labels nothing; its block holds it still.
    got = read("<div class='price-box'><label class='price'>29,90 €</label></div>", "de", "https://shop.example.de/p")
    assert got["price"] == Decimal("29.90")
    # A price beside the variant buttons, in the same block, is the price.
    got = read("<div class='product-block'><span class='price'>Rs.4,193.00</span>" + _VARIANT_BUTTONS + "</div>", "en",
               "https://shop.example.pk/products/suit")
    assert got["price"] == Decimal("4193.00")


# A test hook names what an element holds as a class does ------------------------------------------------------

def test_a_test_hook_names_the_former_price():
    # Prom.ua: hashed classes; the former price is named only by its "data-qaid", the sign in a span of its own.
    block = ("<div class='yBrQ9'><span class='zTxRm' data-qaid='old_price'>1 599</span><span class='zTxRm'>₴</span>"
             "</div><div class='bkjEo'><span class='yzKb6' data-qaid='product_price'>1 299</span>&nbsp;"
             "<span class='yzKb6' data-qaid='currency'>₴</span></div>")
    got = read(block, "uk", "https://prom.example.ua/p123")
    assert (got["price"], got.get("regular_price")) == (Decimal("1299"), Decimal("1599"))
    got = read(block.replace("data-qaid", "data-test-id"), "uk", "https://prom.example.ua/p123")
    assert (got["price"], got.get("regular_price")) == (Decimal("1299"), Decimal("1599"))


def test_another_data_attribute_names_nothing():
    # One step off: a data- attribute that is no test hook ("data-track") says nothing of the amount: both amounts
    # are shown alike, so no former price is read.
    block = ("<div><span class='a' data-track='old_price'>1 599 ₴</span></div>"
             "<div><span class='b' data-track='product_price'>1 299 ₴</span></div>")
    got = read(block, "uk", "https://prom.example.ua/p123")
    assert got.get("regular_price") is None


# Stock: a buy button switched off, Romanian's words -----------------------------------------------------------

_SOLD_OUT_RO = ("<h1>Espressor De'Longhi Magnifica S</h1><div class='__stock'><span class='stock-status'>Stoc epuizat"
                "</span></div><div class='price'>1.649,99 Lei</div><button type='button' class='btn btn-cart' disabled>"
                "Adauga in cos</button><a href='#' class='btn btn-notify'>Anunta-ma cand revine in stoc</a>")


def test_romanian_words_say_out_of_stock_and_a_button_written_without_diacritics_is_a_buy_button():
    got = _one(_page(_SOLD_OUT_RO, "ro"), "https://shop.example.ro/p")
    assert got["in_stock"] is False
    got = _one(_page("<h1>Espressor</h1><div class='stock'>În stoc</div><div class='price'>1.649,99 Lei</div>"
                     "<button type='submit' class='btn'>Adaugă în coș</button>", "ro"), "https://shop.example.ro/p")
    assert got["in_stock"] is True
    got = _one(_page("<h1>Espressor</h1><div class='price'>1.649,99 Lei</div><button type='submit' class='btn'>"
                     "Adauga in cos</button>", "ro"), "https://shop.example.ro/p")
    assert got["in_stock"] is True


def _with_json_ld(main: str, availability: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Espressor De'Longhi Magnifica S",
            "offers": {"@type": "Offer", "price": "1649.99", "priceCurrency": "RON",
                       "availability": f"https://schema.org/{availability}"}}
    return _page(main, "ro", f"<script type='application/ld+json'>{json.dumps(data)}</script>")


def test_structured_in_stock_yields_to_a_page_whose_buy_button_is_switched_off():
    # Gomag's JSON-LD says InStock; the page says "Stoc epuizat" and its cart button is disabled.
    got = _one(_with_json_ld(_SOLD_OUT_RO, "InStock"), "https://shop.example.ro/p")
    assert got["in_stock"] is False


def test_a_button_switched_off_until_a_size_is_chosen_keeps_the_structured_word():
    # One step off: the button waits for a choice ("Alege mărimea" chosen, no value): one size sold out says
    # nothing of the others, and the structured data's InStock stands.
    main = ("<h1>Espressor De'Longhi Magnifica S</h1><span class='stock-status'>Stoc epuizat</span>"
            "<select name='size'><option value='' selected>Alege mărimea</option><option value='1'>S</option></select>"
            "<div class='price'>1.649,99 Lei</div><button type='button' class='btn btn-cart' disabled>Adauga in cos</button>")
    got = _one(_with_json_ld(main, "InStock"), "https://shop.example.ro/p")
    assert got["in_stock"] is True


# Ids: a label's words, a pair in a <section>, an element named for the id ------------------------------------

def test_pin_hao_labels_the_item_number():
    got = read("<p class='goodsCode'>品號：<span>11234567</span></p><p class='price'>10,490元</p>", "zh-TW",
               "https://www.shop.example.tw/goods/GoodsDetail.jsp?i_code=11234567")
    assert got["sku"] == "11234567"


def test_a_label_and_its_value_in_a_section():
    # Magento's PWA Studio: "SKU" as a heading's text, the value a <strong> beside it, in a <section>.
    got = read("<p class='price'>₱1,299.00</p><section class='details'><span class='detailsTitle'><span>SKU</span>"
               "</span><strong>HAN-HSF1450-WH</strong></section>", "en", "https://shop.example.ph/fan.html")
    assert got["sku"] == "HAN-HSF1450-WH"
    # One step off: a section whose first child names nothing gives no id.
    got = read("<p class='price'>₱1,299.00</p><section class='details'><span><span>Color</span></span>"
               "<strong>HAN-HSF1450-WH</strong></section>", "en", "https://shop.example.ph/fan.html")
    assert got.get("sku") is None


def test_an_element_named_sku_holds_the_id_where_no_label_does():
    # Shopify's Impulse prints the variant's sku alone in "<p class='product-single__sku'>".
    got = read("<p class='product-single__sku'>LS-24115-U</p><span class='price'>Rs.4,193.00</span>", "en",
               "https://shop.example.pk/products/suit")
    assert got["sku"] == "LS-24115-U"


def test_a_labelled_id_wins_over_an_element_named_sku_and_a_word_holding_sku_names_nothing():
    got = read("<p class='product-sku'>LS-24115-U</p><p>Item #: PK-000123</p><span class='price'>Rs.4,193.00</span>",
               "en", "https://shop.example.pk/products/suit")
    assert got["sku"] == "PK-000123"
    # "skus-list" or "skuSelector" is no name of the id; text with a space or no digit is no code.
    for block in ("<p class='skuselector'>LS-24115-U</p>", "<p class='product-sku'>Ask us</p>",
                  "<p class='product-sku'>LS 24115 U</p>"):
        got = read(block + "<span class='price'>Rs.4,193.00</span>", "en", "https://shop.example.pk/products/suit")
        assert got.get("sku") is None, block
