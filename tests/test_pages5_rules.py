"""The visible page's rules mended on the sixteenth session's set-aside pages, each on small pages
written here: one shape per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers


@pytest.mark.parametrize(("block", "price"), [
    # eMAG: thousands grouped by ".", the cents in a <sup> with no mark, the currency after.
    ('<p class="product-new-price">1.299<sup>99</sup> <span>Lei</span></p>', "1299.99"),
    # Grouped by ",": the cents join with "." as before.
    ('<p class="product-new-price">$1,299<sup>99</sup></p>', "1299.99"),
    # Not grouped: "." as before (bol, Best Buy's "$229<sup>99</sup>").
    ('<p class="product-new-price">108<sup>33</sup> <span>Lei</span></p>', "108.33"),
])
def test_cents_set_apart_after_a_number_grouped_in_thousands(block, price):
    assert read(block, "ro", "https://www.shop.example.ro/espressor")["price"] == Decimal(price)


def test_cents_set_apart_under_a_struck_price_grouped_in_thousands_give_the_former_price():
    block = ('<p class="old"><s>1.599<sup>99</sup> <span>Lei</span></s></p>'
             '<p class="product-new-price">1.299<sup>99</sup> <span>Lei</span></p>')
    got = read(block, "ro", "https://www.shop.example.ro/espressor")
    assert (got["price"], got["regular_price"]) == (Decimal("1299.99"), Decimal("1599.99"))


@pytest.mark.parametrize(("price", "note", "lang"), [
    # OTTO: financing after the price, the month written out after the amount.
    ("59,99 €", '<span>Finanzierung ab <strong>5,00 €</strong> monatlich</span>', "de"),
    ("59,99 €", '<span>ab <strong>5,00 €</strong> mtl.</span>', "de"),
    # eMAG: "/lună", Romanian for a month.
    ("1.299,99 Lei", '<span>sau <strong>108,33 Lei</strong>/lună în 12 rate</span>', "ro"),
    ("59,99 €", '<span>oppure <strong>5,00 €</strong> al mese</span>', "it"),
])
def test_an_amount_a_month_written_after_it_is_not_the_price(price, note, lang):
    block = f'<div class="box"><span class="amount">{price}</span></div><div class="pay">{note}</div>'
    want = Decimal(price.split()[0].replace(".", "").replace(",", "."))
    assert read(block, lang, "https://shop.example.com/mixer")["price"] == want


@pytest.mark.parametrize(("label", "lang"), [("Sepette", "tr"), ("Im Warenkorb", "de"), ("In your basket", "en")])
def test_a_price_the_basket_applies_below_the_price_is_another_amount(label, lang):
    block = ('<div class="pr"><span class="amount">1.299,99 TL</span></div>'
             f'<div class="bd"><span class="bd-label">{label}</span> <span class="bd-price">1.169,99 TL</span></div>')
    assert read(block, lang, "https://shop.example.com.tr/kahve")["price"] == Decimal("1299.99")


@pytest.mark.parametrize(("words", "lang"), [("Prix précédent :", "fr"), ("Previous price:", "en"), ("PRP:", "ro"),
                                             ("Vorheriger Preis:", "de")])
def test_the_price_before_named_in_words_is_the_former_price(words, lang):
    block = (f'<div class="p"><span class="now">149,00 €</span></div>'
             f'<div class="q"><span class="l">{words}</span> <span class="v">179,00 €</span></div>')
    got = read(block, lang, "https://shop.example.com/table")
    assert (got["price"], got["regular_price"]) == (Decimal("149.00"), Decimal("179.00"))


def test_a_charge_per_order_is_not_the_price():
    # OTTO's service charge, after the price's block: larger scores than it must not make it the price.
    block = ('<div class="pdp_price"><span class="pdp_price__retail-price">59,99 €</span></div>'
             '<p class="pdp_details__service"><strong>Servicepauschale: 2,95 € je Bestellung</strong></p>')
    assert read(block, "de", "https://shop.example.de/mixer")["price"] == Decimal("59.99")


def test_a_retail_price_class_is_the_price_beside_a_former_price_in_words():
    # OTTO names its selling price "retail-price"; "UVP" before the other amount makes that one the former.
    block = ('<div class="pdp_price"><span class="pdp_price__uvp">UVP 89,99 €</span> '
             '<span class="pdp_price__retail-price">59,99 €</span>'
             '<div class="pdp_price__financing">ab <strong>5,00 €</strong> monatlich<sup>1</sup></div></div>')
    got = read(block, "de", "https://shop.example.de/mixer")
    assert (got["price"], got["regular_price"]) == (Decimal("59.99"), Decimal("89.99"))


def test_a_heading_style_named_header_after_the_title_holds_the_price():
    # Sylius's default theme (Semantic UI): the price and the original price styled "ui ... header".
    block = ('<div class="ui small header" id="product-original-price"><del>$34.00</del></div>'
             '<span class="ui huge header" id="product-price">$25.50</span>')
    got = read(block, "en-US", "https://shop.example.com/beanie")
    assert (got["price"], got["regular_price"]) == (Decimal("25.50"), Decimal("34.00"))


def test_a_part_named_header_outside_the_product_s_block_stays_out():
    # A drawer's header after the product's block, with the cart's amount: not the product's price.
    html = ("<html lang='en'><head><title>Kettle</title></head><body><main><div class='product'><h1>Kettle</h1>"
            "<span class='amount'>$25.50</span><button class='add-to-cart'>Add to cart</button></div></main>"
            "<div class='drawer'><div class='drawer-header'><strong class='big'>$99.00</strong></div></div></body></html>")
    assert extract_offers(html, "https://shop.example.com/kettle")[0]["price"] == Decimal("25.50")


@pytest.mark.parametrize(("offer", "lang"), [
    # Carrefour: the price of one when two are bought, in the promotion's text, named a price.
    ('<div class="promotion-detail">Comprando 2 unidades, cada una sale a <span class="promotion-detail__price">'
     '9,34 €</span></div>', "es"),
    ('<div class="offer">Buy 2 for <strong class="offer-price">£20.00</strong></div>', "en-GB"),
    ('<div class="staffel">ab 3 Stück je <span class="staffel-price">9,34 €</span></div>', "de"),
])
def test_a_multibuy_s_price_below_the_price_of_one_is_another_amount(offer, lang):
    block = f'<div class="buybox"><span class="buybox__price">12,45 €</span></div>{offer}'
    assert read(block, lang, "https://shop.example.com/coffee")["price"] == Decimal("12.45")


@pytest.mark.parametrize("words", ["Pack of 6 for", "Save 20% for members:"])
def test_a_pack_s_size_or_a_percentage_before_the_price_is_no_multibuy(words):
    got = read(f'<div class="p"><span>{words}</span> <span class="amount">£12.45</span></div>', "en-GB")
    assert got["price"] == Decimal("12.45")


@pytest.mark.parametrize(("members", "lang", "price"), [
    # JD: the label in a sibling of the amount's element, inside the unit the amount's words come from.
    ('<div class="summary-price"><div class="dt">PLUS价</div><div class="dd"><span class="p-price-plus">'
     '<span class="price">￥119.00</span></span><a href="#plus">开通PLUS</a></div></div>', "zh-CN", "￥129.00"),
    ('<div class="member"><span class="member-price-label">會員價</span> <strong class="price-sale">NT$930</strong></div>',
     "zh-TW", "NT$980"),
    ('<p class="club">Member price: <strong class="price">£9.50</strong></p>', "en-GB", "£12.90"),
])
def test_a_members_price_beside_the_price_is_another_amount(members, lang, price):
    # The members' price first and the price after it in plain markup: nearer the title, it would win.
    block = f'{members}<div class="summary"><span>{price}</span></div>'
    want = Decimal(price.lstrip("￥NT$£"))
    assert read(block, lang, "https://shop.example.com/kettle")["price"] == want


def test_a_price_named_for_members_elsewhere_is_still_the_price():
    # "Members" in a heading above the block says nothing of the amount inside it.
    got = read('<h2>Members love it</h2><div class="p"><span class="amount">£12.90</span></div>', "en-GB")
    assert got["price"] == Decimal("12.90")


@pytest.mark.parametrize("label", ["商品貨號：", "商品货号："])
def test_the_item_number_label_of_chinese_shops(label):
    # SHOPLINE (Taiwan): the label and the value in spans of their own, the label ending in a full-width colon.
    block = (f'<div class="p"><span class="amount">NT$980</span></div><div class="product-sku-block">'
             f'<span class="field-title">{label}</span><span class="sku-value">TW-OOL-150</span></div>')
    assert read(block, "zh-TW", "https://shop.example.tw/tea")["sku"] == "TW-OOL-150"
