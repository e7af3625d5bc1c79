"""The visible page's rules mended on the thirteenth session's set-aside pages, each on small pages
written here: one shape per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crawlers.extraction import extract_offers
from rule_pages import page, read


@pytest.mark.parametrize(("block", "lang", "price"), [
    ('<td><span class="p">2,640円(税240円)</span></td>', "ja", "2640"),
    ('<div class="pr">£64.00 (£53.33 ex VAT)</div>', "en-GB", "64.00"),
    ('<div class="pr">£19.99 (£0.50 / 100 g)</div>', "en-GB", "19.99"),
])
def test_a_number_in_brackets_after_an_amount_is_an_aside_to_it(block, lang, price):
    assert read(block, lang)["price"] == Decimal(price)


@pytest.mark.parametrize(("block", "lang"), [
    ('<div class="price">£53.33 (£64.00 inc VAT)</div>', "en-GB"),
    ('<div class="price">53,33 € (64,00 € inkl. MwSt.)</div>', "de-DE"),
    ('<div class="price">2,400円(税込2,640円)</div>', "ja"),
])
def test_a_bracket_that_may_hold_the_price_with_tax_leaves_the_text_out(block, lang):
    # Trade shops print the price before tax first and the price with tax in brackets: neither is read
    # from such a text, rather than the one before tax.
    offers = extract_offers(page(block, lang), "https://shop.example.co.uk/kettle")
    assert not offers or offers[0].get("price") is None


def test_an_amount_inside_brackets_is_not_taken_for_the_count_beside_it():
    # "Pack of 6 (£12.99)": outside the brackets stands a count, not an amount: nothing is read from this text.
    offer = read('<div class="pr">Pack of 6 (£12.99)</div><div class="price">£14.50</div>')
    assert offer["price"] == Decimal("14.50")


def state_page(state: dict, body: str = "") -> str:
    import json

    return (f"<html lang='en-IE'><head><title>Trail Runner GTX</title></head><body><div id='app'>{body}</div>"
            f"<script>window.__INITIAL_STATE__={json.dumps(state)};</script></body></html>")


def test_a_state_s_price_with_tax_is_read_before_its_price_without():
    # Magento's and Vue Storefront's state: `price` before tax, `price_incl_tax` the price the page shows.
    state = {"product": {"current": {"name": "Trail Runner GTX", "sku": "TR-1", "price": 89.39, "price_incl_tax": 109.95,
                                     "original_price": 113.78, "original_price_incl_tax": 139.95}}}
    offer = extract_offers(state_page(state), "https://shop.example.ie/p/trail-runner")[0]
    assert (offer["price"], offer["regular_price"]) == (Decimal("109.95"), Decimal("139.95"))


def test_a_state_s_former_price_before_tax_is_not_set_beside_a_price_with_tax():
    state = {"product": {"name": "Trail Runner GTX", "sku": "TR-1", "price_incl_tax": 109.95, "original_price": 113.78}}
    offer = extract_offers(state_page(state), "https://shop.example.ie/p/trail-runner")[0]
    assert (offer["price"], offer.get("regular_price")) == (Decimal("109.95"), None)


def test_a_state_s_former_price_is_not_set_beside_another_price_the_page_shows():
    # The visible page reads 99.95 (another variant chosen, a price since changed): the state's 139.95 is not its was-price.
    state = {"product": {"name": "Trail Runner GTX", "sku": "TR-1", "price": 109.95, "regular_price": 139.95}}
    body = "<main><h1>Trail Runner GTX</h1><span class='price'>€99.95</span><button class='add-to-cart'>Add to cart</button></main>"
    offer = extract_offers(state_page(state, body), "https://shop.example.ie/p/trail-runner")[0]
    assert (offer["price"], offer.get("regular_price")) == (Decimal("99.95"), None)


@pytest.mark.parametrize("block", [
    # Shopware 5 and a Tailwind theme (Salla): the former price struck by a class that says so.
    '<div class="product--price"><span class="price--content">£12.95</span> <span class="price--line-through">£15.90</span></div>',
    '<div class="flex"><h4 class="text-red-800 font-bold">£12.95</h4><span class="text-gray-500 line-through">£15.90</span></div>',
    # Zen Cart's "normalprice" and Shoptet's "price-standard", struck by CSS only, beside the price.
    '<h2 id="productPrices"><span class="normalprice">£15.90 </span>&nbsp;<span class="productSpecialPrice">£12.95</span></h2>',
    '<div class="p-final-price-wrapper"><span class="price-standard"><span>£15.90</span></span> <strong class="price-final">£12.95</strong></div>',
])
def test_a_former_price_named_by_its_class(block):
    offer = read(block)
    assert (offer["price"], offer["regular_price"]) == (Decimal("12.95"), Decimal("15.90"))


def test_an_amount_named_the_normal_price_alone_is_the_price():
    # Magento 1 names its one price "regular-price"; Zen Cart's "normalprice" alone is the price too.
    offer = read('<h2 id="productPrices"><span class="normalprice">£15.90</span></h2>')
    assert (offer["price"], offer.get("regular_price")) == (Decimal("15.90"), None)


def test_a_former_price_beside_another_showing_of_the_price():
    # A marketplace shows the price with its list price in the centre, and again in the offer box by the button.
    body = ('<div class="centre"><span class="a-price">£59.99</span><div>' + "<p>About this item</p>" * 12 + "</div>"
            '<span class="basis">List Price: <span class="a-text-price">£79.99</span></span></div>'
            + "<p>Feature</p>" * 12 + '<div class="box"><span class="a-price">£59.99</span>'
            '<button class="add-to-cart">Add to basket</button></div>')
    offers = extract_offers(f"<html lang='en-GB'><head><title>Headphones</title></head><body><main><h1>Headphones</h1>{body}"
                            "</main></body></html>", "https://shop.example.co.uk/headphones")
    assert (offers[0]["price"], offers[0]["regular_price"]) == (Decimal("59.99"), Decimal("79.99"))


def bitrix_block(in_stock: bool) -> str:
    shown, hidden = "display: ;", "display: none;"
    return ('<div class="pay-block"><div class="price-current">34 990 ₽</div>'
            f'<div id="basket_actions" style="{shown if in_stock else hidden}"><div class="c">'
            '<a class="btn btn-primary buy-button" href="javascript:void(0);"><span>В корзину</span></a></div></div>'
            f'<div class="c"><a class="btn btn-link buy-button" href="javascript:void(0)" style="{hidden if in_stock else shown}">'
            "Нет в наличии</a></div></div>")


@pytest.mark.parametrize("in_stock", [True, False])
def test_the_buy_button_s_label_the_page_shows_says_the_stock(in_stock):
    # 1C-Bitrix writes both labels and hides one by its style: the one shown says the stock.
    html = ("<html lang='ru'><head><title>Кофемашина</title></head><body><main><h1>Кофемашина</h1>"
            f"{bitrix_block(in_stock)}</main></body></html>")
    offer = extract_offers(html, "https://shop.example.ru/kofemashina/")[0]
    assert offer["in_stock"] is (True if in_stock else False)


@pytest.mark.parametrize("text", ["Agregar al carrito", "إضافة للسلة", "أضف إلى السلة", "Thêm vào giỏ hàng",
                                  "Tambah ke Keranjang", "Προσθήκη στο καλάθι", "הוסף לסל"])
def test_buy_buttons_in_more_languages(text):
    from crawlers.extraction.landmarks import ADD_TO_CART

    assert ADD_TO_CART.search(text)


def test_a_price_named_total_in_the_product_s_block_is_its_price():
    # Salla names the price of the chosen quantity (one, as the page is served) "total-price".
    offer = read('<div class="price-wrapper"><h4 class="total-price">£189.00</h4>'
                 '<span class="before-price line-through">£249.00</span></div>')
    assert (offer["price"], offer["regular_price"]) == (Decimal("189.00"), Decimal("249.00"))


def test_an_order_total_is_not_the_price():
    offer = read('<div class="price">£24.00</div><div class="order-total">Total £48.00</div>')
    assert offer["price"] == Decimal("24.00")


@pytest.mark.parametrize(("block", "lang", "sku"), [
    # xt:Commerce's line: the label in a strong, the id as the text after it, in a div.
    ('<div class="pd_summaryrow pd_model"><strong>Art.Nr.:</strong> 40512</div>', "de", "40512"),
    # Salla: a label element ending in a colon, its last word naming the field.
    ('<div class="product-sku"><span class="font-bold">رمز المنتج (SKU):</span><span>OUD-RY-100</span></div>', "ar", "OUD-RY-100"),
    ('<div class="product-sku"><span>رمز المنتج:</span> <span>OUD-RY-100</span></div>', "ar", "OUD-RY-100"),
    # IdoSell and other Polish shops: "Symbol".
    ('<div id="projector_code"><span class="label">Symbol:</span> <span class="value">EA8108-KR</span></div>', "pl", "EA8108-KR"),
])
def test_a_shop_s_id_as_more_themes_write_it(block, lang, sku):
    assert read(block, lang)["sku"] == sku


@pytest.mark.parametrize("block", [
    '<div class="row"><strong>Model:</strong> KT-100</div>',  # a model is the maker's, not the shop's id
    '<div class="promo"><span>Promo code:</span><span>SAVE10</span></div>',  # a code of another kind
    '<div class="row"><div><strong>SKU:</strong></div><div class="panel">Delivery in 2 days</div></div>',
])
def test_what_is_not_the_shop_s_id_stays_out(block):
    assert read(block).get("sku") is None


def test_a_loyalty_shop_s_standard_price_is_not_a_former_price():
    # Review R10: only the names seen on pages ("normalprice", "price-standard") make a former price.
    offer = read('<div class="prices"><span class="member-price">£17.99</span> <span class="standard-price">£19.99</span></div>')
    assert offer.get("regular_price") is None
