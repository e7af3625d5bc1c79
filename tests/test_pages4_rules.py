"""The visible page's rules mended on the fifteenth session's set-aside pages, each on small pages
written here: one shape per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crawlers.extraction import extract_offers
from rule_pages import page, read


@pytest.mark.parametrize("block", [
    # Hashed class names, the badge after the former price (Shopee, Flipkart).
    '<div class="x1"><div class="a9">RM32.90</div><div class="b7">RM59.00</div><div class="c3">44% off</div></div>',
    # The former price first, then the badge, then the price (Tiki's order, the other way round).
    '<div class="x1"><div class="b7">RM59.00</div><div class="c3">-44%</div><div class="a9">RM32.90</div></div>',
    # Both amounts named a price alike (Lazada's "pdp-price_type_deleted"), a badge rounding 40.9 to 41.
    '<span class="pdp-price pdp-price_type_normal">₱1,299.00</span><div class="origin">'
    '<span class="pdp-price pdp-price_type_deleted">₱2,199.00</span><span class="d">-41%</span></div>',
    # A badge that truncates: 56.7% shown as 56% (Flipkart).
    '<div><div class="n">₹649</div><div class="y">₹1,499</div><div class="u"><span>56% off</span></div></div>',
])
def test_a_reduction_badge_the_two_amounts_bear_out_makes_the_higher_the_former_price(block):
    got = read(block, "en", "https://shop.example.com/kettle")
    assert got["regular_price"] > got["price"]
    assert got["price"] in (Decimal("32.90"), Decimal("1299.00"), Decimal("649"))


def test_the_former_price_so_found_no_longer_ties_with_the_price_nearer_the_title():
    # Coupang: "origin-price" (no former-price word) before the price, both named a price alike.
    block = ('<div class="prod-price"><div class="prod-origin-price"><span class="discount-rate">16%</span>'
             '<span class="origin-price">11,900원</span></div><div class="prod-sale-price">'
             '<span class="total-price"><strong>9,980<span class="unit">원</span></strong></span></div></div>')
    got = read(block, "ko", "https://shop.example.co.kr/eggs")
    assert (got["price"], got["regular_price"]) == (Decimal("9980"), Decimal("11900"))


@pytest.mark.parametrize(("block", "price"), [
    # A way of paying: the badge stands by the lower amount, which saves on the price (Tray, Ticimax).
    ('<div class="p"><strong class="preco">R$ 1.199,00</strong></div><div class="v"><strong>R$ 1.099,00</strong> '
     '<span>à vista</span> <span>(8% de desconto)</span></div>', "1199.00"),
    # A quantity's price: "Buy 3 for £57.60 each and save 10%" below the price (Magento 1's tier price).
    ('<div class="price-box"><span class="price">£64.00</span></div><ul class="tier-prices"><li>Buy 3 for '
     '<span class="price">£57.60</span> each and <strong class="benefit">save <span>10</span>%</strong></li></ul>', "64.00"),
    # A badge the two amounts do not bear out (20% is not 44%): nothing is struck.
    ('<div><div class="a9">RM32.90</div><div class="b7">RM59.00</div><div class="c3">20% off</div></div>', "32.90"),
])
def test_a_reduction_badge_by_the_lower_amount_or_not_borne_out_strikes_nothing(block, price):
    got = read(block, "en", "https://shop.example.com/kettle")
    assert got["price"] == Decimal(price)
    assert got.get("regular_price") is None


def test_the_kenyan_shilling_as_kenyan_shops_write_it_is_a_sign():
    from crawlers.extraction.prices import parse_price_text
    from storecheck.money import sign_currencies

    assert sign_currencies("KSh") == frozenset({"KES"})
    assert parse_price_text("KSh 4,299") == (Decimal("4299"), "KSh")
    got = read('<div><span class="a">KSh 4,299</span><span class="b">KSh 6,499</span><span class="c">34%</span></div>',
               "en", "https://www.shop.example.co.ke/cooker")
    assert (got["price"], got["regular_price"], got["currency"]) == (Decimal("4299"), Decimal("6499"), "KES")


@pytest.mark.parametrize("text", ["5 Kg", "3 Sh", "2 kSh"])
def test_letters_that_are_no_sign_as_written_stay_no_money(text):
    from crawlers.extraction.prices import parse_price_text

    assert parse_price_text(text)[1] is None


@pytest.mark.parametrize("block", [
    # Ozon: an instalment "from 217 ₽ a month" beside the buy button.
    '<div class="p"><span class="a">1 299 ₽</span></div><div class="s">Рассрочка 0% на 6 месяцев от <b>217 ₽</b>/мес</div>',
    '<div class="p"><span class="a">1 299 ₽</span></div><div class="s"><b>217 ₽</b> в месяц</div>',
])
def test_an_amount_a_month_in_russian_is_another_amount(block):
    assert read(block, "ru", "https://shop.example.ru/kettle")["price"] == Decimal("1299")


@pytest.mark.parametrize("block", [
    # Flipkart: a fee added at checkout beside the buy button, after the price.
    '<div class="p"><div class="n">₹649</div></div><div class="f"><span>+ ₹19 Protect Promise Fee</span></div>',
    '<div class="p"><div class="n">₹649</div></div><div class="f"><span>Handling fee ₹19</span></div>',
    '<div class="p"><div class="n">₹649</div></div><div class="f"><span>+</span> <b>₹19</b></div>',
])
def test_an_amount_added_or_a_fee_is_another_amount(block):
    assert read(block, "en-IN", "https://shop.example.in/kettle")["price"] == Decimal("649")


def test_a_plus_ending_a_name_before_the_price_adds_nothing():
    # "S9+" is a model's name beside the price, not an amount added.
    block = '<div class="p"><span class="m">Galaxy Tab S9+</span> <span class="n">₹64,999</span></div>'
    assert read(block, "en-IN", "https://shop.example.in/tablet")["price"] == Decimal("64999")


def test_a_tile_whose_link_sits_inside_the_element_of_its_amount_is_another_product():
    # Etsy's "more from this shop": the card's div holds the link, the link holds the title and price.
    block = ('<div class="p"><p class="big">£14.00</p></div><div class="more"><h2>More from this shop</h2>'
             '<div class="card"><a href="/listing/2/card-holder"><h3>Card Holder</h3><p class="lc-price">'
             '<span>£</span><span>22.00</span></p></a></div></div>')
    offer = extract_offers(f"<html><body><main><h1>Keychain</h1>{block}<button>Add to basket</button></main></body></html>",
                           "https://shop.example.co.uk/keychain")[0]
    assert offer["price"] == Decimal("14.00")
    # Only the card's amount: the price beside a link with no number ("Size guide") is still read.
    block = '<div class="p"><span class="n">£14.00</span> <a href="/help/sizes">Size guide</a></div>'
    assert read(block)["price"] == Decimal("14.00")


@pytest.mark.parametrize(("text", "lowest"), [("£14.40+", True), ("Price: £14.40+", True), ("$25+", True),
                                              ("£14.40", False), ("+£12.00", False), ("£14.40 +", False)])
def test_a_plus_against_an_amount_says_it_is_the_lowest_of_several(text, lowest):
    from storecheck.money import says_lowest

    assert says_lowest(text) is lowest


def test_a_from_price_written_with_a_plus_is_no_one_price():
    block = ('<div class="p"><p class="big"><span class="sr-only">Price:</span>£14.40+</p>'
             '<p class="small"><s>£18.00+</s></p></div><select><option>Tan (£14.40)</option>'
             '<option>Saddle (£21.60)</option></select>')
    assert read(block).get("price") is None


def test_a_price_rendered_from_a_data_attribute_json_is_read_from_it():
    block = ('<div id="product-price" class="product-detail__price" data-price-json=\'{"unitPrice":129.9,'
             '"listPrice":{"price":169.9,"percentage":23.54},"currency":"EUR"}\'><span class="skeleton"></span></div>')
    got = read(block, "de-DE", "https://shop.example.de/braeter")
    assert (got["price"], got["regular_price"]) == (Decimal("129.9"), Decimal("169.9"))


@pytest.mark.parametrize("block", [
    # A whole number may be cents (Shopify's JSON) or not: left unread.
    '<div class="price" data-price-json=\'{"price":12990}\'></div>',
    # Not an element named a price: a tracking attribute's JSON says nothing of what is shown.
    '<div class="gallery" data-track=\'{"price":"129.90"}\'></div>',
])
def test_a_data_attribute_json_whole_number_or_on_an_element_not_named_a_price_is_no_price(block):
    offers = extract_offers(page(block, "de-DE"), "https://shop.example.de/braeter")
    assert not offers or offers[0].get("price") is None


def test_riferimento_the_italian_reference_labels_the_shops_id():
    block = ('<div class="p"><span class="n">26,00 €</span></div><div class="product__reference">'
             '<label class="label">Riferimento </label><span>CB-MOKA-6T</span></div>')
    assert read(block, "it-IT", "https://negozio.example.it/moka")["sku"] == "CB-MOKA-6T"
    # As the first word of a longer label it names something else.
    block = '<div class="p"><span class="n">26,00 €</span></div><p>Riferimento normativo: DLGS-206-2005</p>'
    assert read(block, "it-IT", "https://negozio.example.it/moka").get("sku") != "DLGS-206-2005"


def test_a_cart_link_before_the_title_is_not_the_products_buy_button():
    # Coupang: the head is a <div id="header">; its cart link "장바구니" is the only text of a buy button.
    body = ('<div id="header"><a href="/cart/cartView.pang" title="장바구니">장바구니<em>0</em></a></div>'
            '<div class="prod"><h2 class="title">곰곰 신선란 30구</h2><div class="price"><span class="total-price">9,980원</span></div>'
            '<div class="oos"><span class="oos-label">일시품절</span></div><button class="notify">재입고 알림 신청</button></div>')
    offer = extract_offers(f"<html lang='ko'><head><title>곰곰 신선란 30구</title></head><body>{body}</body></html>",
                           "https://shop.example.co.kr/eggs")[0]
    assert offer["in_stock"] is False
    # A button of its own before the title is still the product's (a layout with the buy box first).
    body = ('<div class="buy"><button type="submit" class="add-to-cart">Add to basket</button></div>'
            '<h1>Kettle</h1><div class="price"><span class="p">£24.00</span></div>')
    offer = extract_offers(f"<html><head><title>Kettle</title></head><body>{body}</body></html>",
                           "https://shop.example.co.uk/kettle")[0]
    assert offer["in_stock"] is not False
