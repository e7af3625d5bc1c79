"""The visible page's rules mended on the fourteenth session's set-aside pages, each on small pages
written here: one shape per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crawlers.extraction import extract_offers
from rule_pages import page, read


@pytest.mark.parametrize(("block", "lang"), [
    # Argentina: every price beside its price without national taxes (required since 2025).
    ('<div class="price">$ 271.999</div><p class="price-tags">Precio sin impuestos nacionales: $ 224.792</p>', "es-AR"),
    ('<p class="price-tags">Precio sin impuestos nacionales: $ 224.792</p><div class="price">$ 271.999</div>', "es-AR"),
])
def test_a_price_without_taxes_beside_the_price_is_another_amount(block, lang):
    assert read(block, lang, "https://tienda.example.com.ar/cafetera")["price"] == Decimal("271999")


@pytest.mark.parametrize(("words", "lang"), [("Price before tax:", "en-US"), ("Price without tax:", "en-US"),
                                             ("Preço sem impostos:", "pt-BR")])
def test_words_for_a_price_without_taxes_in_more_languages(words, lang):
    block = f'<div class="price">$ 120.00</div><p class="price-note"><span>{words}</span> <span>$ 99.17</span></p>'
    assert read(block, lang, "https://shop.example.com/kettle")["price"] == Decimal("120.00")


@pytest.mark.parametrize(("block", "lang", "price", "was"), [
    ('<div class="p"><span>Piyasa Fiyatı :</span> <span class="f">1.599,90 TL</span></div>'
     '<div class="p"><span>İndirimli Fiyat :</span> <span class="f">1.299,90 TL</span></div>', "tr", "1299.90", "1599.90"),
    ('<div class="p"><span>ราคาปกติ</span> <span class="f">฿1,590.00</span></div>'
     '<div class="p"><span>ราคาพิเศษ</span> <span class="f">฿1,290.00</span></div>', "th", "1290.00", "1590.00"),
    ('<div class="p"><span>소비자가</span> <span class="f">49,000원</span></div>'
     '<div class="p"><span>판매가</span> <span class="f">39,200원</span></div>', "ko", "39200", "49000"),
    ('<div class="p"><span>Liste fiyatı:</span> <span class="f">1.599,90 TL</span></div>'
     '<div class="p"><span>Fiyat:</span> <span class="f">1.299,90 TL</span></div>', "tr", "1299.90", "1599.90"),
    ('<div class="p"><span>Giá gốc:</span> <span class="f">1.590.000₫</span></div>'
     '<div class="p"><span>Giá bán:</span> <span class="f">1.290.000₫</span></div>', "vi", "1290000", "1590000"),
    ('<div class="p"><span>Harga normal</span> <span class="f">Rp 159.000</span></div>'
     '<div class="p"><span>Harga</span> <span class="f">Rp 129.000</span></div>', "id", "129000", "159000"),
    ('<div class="p"><span>السعر قبل:</span> <span class="f">1,599 ر.س</span></div>'
     '<div class="p"><span>السعر:</span> <span class="f">1,299 ر.س</span></div>', "ar", "1299", "1599"),
    ('<div class="p"><span>بدلاً من</span> <span class="f">1,599 ر.س</span></div>'
     '<div class="p"><span>السعر:</span> <span class="f">1,299 ر.س</span></div>', "ar", "1299", "1599"),
])
def test_former_price_words_in_more_languages(block, lang, price, was):
    offer = read(block, lang)
    assert (offer["price"], offer["regular_price"]) == (Decimal(price), Decimal(was))


def test_a_word_that_only_holds_a_former_price_word_does_not_make_one():
    # "Liste fiyatı" is a former price; "Fiyat listesi" (a price list) before an amount is not a label of one.
    offer = read('<div class="p"><span>Fiyat listesi:</span> <span class="f">1.299,90 TL</span></div>', "tr")
    assert offer["price"] == Decimal("1299.90") and offer.get("regular_price") is None


@pytest.mark.parametrize(("points", "lang"), [("1,298ポイント", "ja"), ("1,298포인트", "ko"), ("적립금 390원", "ko")])
def test_points_a_price_earns_are_not_a_price(points, lang):
    # Japanese and Korean shops print the points a purchase earns beside the price, in an element named for it.
    offers = extract_offers(page(f'<div class="price-point">{points}</div>', lang), "https://shop.example.jp/kettle")
    assert not offers or offers[0].get("price") is None


@pytest.mark.parametrize(("block", "lang", "price"), [
    ('<div class="price2"><span>価格</span><span class="v">12,980<span>円</span></span> <span>(税込) 送料無料</span></div>',
     "ja", "12980"),
    ('<p class="pr"><span class="amount">$24.99</span> Free shipping</p>', "en-US", "24.99"),
])
def test_a_note_after_the_price_that_shipping_is_free_leaves_it_the_price(block, lang, price):
    assert read(block, lang)["price"] == Decimal(price)


@pytest.mark.parametrize("note", ["Free shipping on orders over $35", "5,980円以上で送料無料", "Free delivery from £40"])
def test_a_free_shipping_threshold_is_not_the_price(note):
    offer = read(f'<p class="note">{note}</p><div class="price">£19.00</div>')
    assert offer["price"] == Decimal("19.00")


def test_an_option_s_amount_is_not_read_through_the_row_that_holds_the_list():
    # Rakuten's gift wrapping: the option's "+330円" is no amount of the table row holding the list.
    block = ('<table><tr><th>ラッピング</th><td><select name="w"><option>なし</option><option>ギフト包装 +330円</option>'
             '</select></td></tr></table><div class="price2"><span class="v">12,980円</span> <span>送料無料</span></div>')
    assert read(block, "ja")["price"] == Decimal("12980")


@pytest.mark.parametrize(("text", "amount"), [("١٬٢٩٩ ر.س", "1299"), ("٣٢٤٫٧٥ ر.س", "324.75"), ("١٢٬٩٩٩٫٥٠ ر.س", "12999.50")])
def test_an_amount_in_arabic_indic_digits_with_their_marks(text, amount):
    from crawlers.extraction.prices import parse_price_text

    assert parse_price_text(text)[0] == Decimal(amount)
    assert read(f'<div class="product-price">{text}</div>', "ar", "https://shop.example.sa/p/1")["price"] == Decimal(amount)


RANGE_BLOCK = ('<div class="productView" data-product-price="24.99"><h2>Tee</h2>'
               '<div class="productView-price"><span class="price price--withoutTax">$24.99 - $34.99</span></div>'
               '<form action="/cart.php"><input type="submit" class="button" value="Add to Cart"></form>'
               f'<p>{"Midweight organic cotton jersey, garment dyed. " * 4}</p></div>')


def test_an_attribute_s_amount_at_the_low_end_of_a_range_shown_is_no_one_price():
    offers = extract_offers(page(RANGE_BLOCK, "en-US"), "https://shop.example.com/tee/")
    assert offers and offers[0].get("price") is None


def test_an_attribute_s_amount_beside_one_price_shown_stays_the_price():
    block = RANGE_BLOCK.replace("$24.99 - $34.99", "$24.99")
    assert read(block, "en-US", "https://shop.example.com/tee/")["price"] == Decimal("24.99")


def test_opengraph_repeating_the_structured_data_s_lowest_price_is_no_one_price():
    head = ('<meta property="og:type" content="product"><meta property="product:price:amount" content="24.99">'
            '<meta property="product:price:currency" content="USD"><script type="application/ld+json">'
            '{"@context": "https://schema.org", "@type": "Product", "name": "Tee", "sku": "T-1", "offers": '
            '{"@type": "AggregateOffer", "priceCurrency": "USD", "lowPrice": 24.99, "highPrice": 34.99}}</script>')
    html = page(RANGE_BLOCK, "en-US").replace("<title>", head + "<title>")
    offers = extract_offers(html, "https://shop.example.com/tee/")
    assert offers[0]["sku"] == "T-1" and offers[0].get("price") is None
    assert offers[0]["price_left_out"].startswith("a lowest price of several")
    tagged = extract_offers(html.replace('content="24.99"', 'content="29.99"'), "https://shop.example.com/tee/")
    assert tagged[0]["price"] == Decimal("29.99")  # the tags' own amount: one product's price


def facts_table(struck_row: str, rows_between: int = 2) -> str:
    filler = "".join(f"<tr><th>적립금</th><td><span><span>{n}%</span> <em>적립</em></span></td></tr>" for n in range(rows_between))
    return ("<table><tbody><tr><th><span>상품명</span></th><td><span>주전자</span></td></tr>"
            f"{struck_row}{filler}"
            '<tr><th><span>할인판매가</span></th><td><span><span id="span_product_price_sale">39,200원 '
            "<span>(9,800원 할인)</span></span></span></td></tr></tbody></table>")


STRUCK_ROW = ('<tr><th><span>판매가</span></th><td><span style="text-decoration:line-through">'
              '<strong id="span_product_price_text">49,000원</strong></span></td></tr>')


def test_a_strike_deep_inside_an_amount_reaches_the_row_read_and_a_row_of_one_table_is_beside_the_price():
    offer = read(facts_table(STRUCK_ROW), "ko", "https://shop.example.kr/product/1187/")
    assert (offer["price"], offer["regular_price"]) == (Decimal("39200"), Decimal("49000"))


def test_a_struck_amount_in_another_table_is_not_the_price_s_former_one():
    other = ("<table><tbody>" + STRUCK_ROW + "</tbody></table>"
             + "".join(f"<p><span>리뷰 {n}</span></p>" for n in range(6)))
    offer = read(other + facts_table(""), "ko", "https://shop.example.kr/product/1187/")
    assert offer["price"] == Decimal("39200") and offer.get("regular_price") is None


@pytest.mark.parametrize(("sale", "price", "regular"), [("39200", "39200", "49000"), ("49000", "49000", None),
                                                         ("52000", "49000", None)])
def test_opengraph_s_sale_price_below_its_price_is_the_price_paid(sale, price, regular):
    html = ("<html lang='ko'><head><title>주전자</title><meta property='og:type' content='product'>"
            "<meta property='og:title' content='주전자'><meta property='product:price:amount' content='49000'>"
            f"<meta property='product:sale_price:amount' content='{sale}'>"
            "<meta property='product:price:currency' content='KRW'></head><body><h1>주전자</h1></body></html>")
    offer = extract_offers(html, "https://shop.example.kr/product/1187/")[0]
    assert offer["price"] == Decimal(price)
    assert offer.get("regular_price") == (Decimal(regular) if regular else None)


def stock_page(buttons: str, lang: str = "ko") -> str:
    return (f"<html lang='{lang}'><head><title>주전자</title></head><body><main><h1>주전자</h1>"
            f"<div class='price'>39,200원</div><div class='buttons'>{buttons}</div></main></body></html>")


@pytest.mark.parametrize(("buttons", "in_stock"), [
    ('<a href="#none" class="btnBasic displaynone">장바구니 담기</a><span class="btnNormalFix">품절</span>', False),
    ('<a href="#none" class="btn d-none">Add to cart</a><span class="badge">Sold out</span>', False),
    # Shown from a width up (Bootstrap's "d-none d-md-inline-block"): the button is on, the badge a theme's.
    ('<a href="#none" class="btn d-none d-md-inline-block">Add to cart</a><span class="badge">Sold out</span>', True),
    ('<a href="#none" class="btn">Add to cart</a><span class="visually-hidden">Sold out</span>', True),
])
def test_a_buy_button_hidden_by_a_class_says_nothing_and_the_label_shown_does(buttons, in_stock):
    offer = extract_offers(stock_page(buttons), "https://shop.example.kr/product/1187/")[0]
    assert offer["in_stock"] is in_stock


def test_a_compare_at_class_in_camel_case_is_a_former_price():
    # Shopify's Prestige and its sister themes: "Price--compareAt".
    block = ('<div class="ProductMeta__PriceList"><span class="ProductMeta__Price Price Price--highlight">$9.99</span>'
             '<span class="ProductMeta__Price Price Price--compareAt">$14.99</span></div>')
    offer = read(block, "en-US", "https://shop.example.com/products/cups")
    assert (offer["price"], offer["regular_price"]) == (Decimal("9.99"), Decimal("14.99"))


def variant_page(product_sku: str) -> str:
    import json

    offers = [{"@type": "Offer", "name": f"{n} PCS", "price": p, "priceCurrency": "USD", "sku": f"BH-{n}",
               "url": f"/products/cups?variant={n}", "availability": "https://schema.org/InStock"}
              for n, p in ((6, 5.99), (12, 9.99), (24, 17.99))]
    data = {"@context": "http://schema.org", "@type": "Product", "name": "Baking Cups", "sku": product_sku, "offers": offers}
    return (f"<html lang='en-US'><head><title>Baking Cups</title><script type='application/ld+json'>{json.dumps(data)}"
            "</script></head><body><h1>Baking Cups</h1></body></html>")


def test_the_variant_the_product_s_own_sku_names_comes_first():
    offers = extract_offers(variant_page("BH-12"), "https://shop.example.com/products/cups")
    assert [(o["sku"], o["price"]) for o in offers] == [("BH-12", Decimal("9.99")), ("BH-6", Decimal("5.99")),
                                                         ("BH-24", Decimal("17.99"))]


def test_variants_keep_their_order_when_the_product_names_none_of_them():
    offers = extract_offers(variant_page("BH"), "https://shop.example.com/products/cups")
    assert [o["sku"] for o in offers] == ["BH-6", "BH-12", "BH-24"]


@pytest.mark.parametrize(("row", "lang", "sku"), [
    ('<span class="articlenumber"><b>Artikel-ID: </b><span>10342</span></span>', "de", "10342"),
    ('<table><tr><td>รหัสสินค้า</td><td>BPT-CD-KHK</td></tr></table>', "th", "BPT-CD-KHK"),
])
def test_id_labels_of_more_shops(row, lang, sku):
    assert read(f'{row}<div class="price">€ 2,49</div>', lang, "https://shop.example.de/p")["sku"] == sku


def test_a_shopify_theme_s_product_json_gives_cents_and_its_variant_s_sku():
    product = {"id": 4482133622835, "title": "Espresso Hafenblend 500 g", "handle": "espresso-hafenblend", "price": 1245,
               "price_min": 1245, "price_varies": False,
               "variants": [{"id": 31904456294451, "title": "Ganze Bohne", "sku": "KKE-HAF-500-GB", "price": 1245},
                            {"id": 31904456327219, "title": "Siebträger", "sku": "KKE-HAF-500-ST", "price": 1245}]}
    assert shopify_state_offer(product)[:2] == (Decimal("12.45"), "KKE-HAF-500-GB")


@pytest.mark.parametrize("price", ["12.45", 12.45])
def test_a_state_with_a_handle_and_variants_priced_in_units_is_not_read_in_cents(price):
    # Review R8: a headless front's state of the same shape, priced with decimals.
    product = {"id": 77, "title": "Espresso Hafenblend 500 g", "handle": "espresso-hafenblend", "price_min": price,
               "variants": [{"id": 1, "title": "Ganze Bohne", "sku": "KKE-HAF-500-GB", "price": price}]}
    assert shopify_state_offer(product)[0] == Decimal("12.45")


def test_a_state_with_a_handle_and_variants_but_no_shopify_price_fields_is_not_read_in_cents():
    product = {"id": 77, "name": "Espresso Hafenblend 500 g", "handle": "espresso-hafenblend", "price": 1299, "sku": "KKE-1",
               "variants": [{"id": 1, "name": "Espresso Hafenblend 500 g", "sku": "KKE-HAF-500-GB", "price": 1299}]}
    assert shopify_state_offer(product)[0] == Decimal("1299")


def shopify_state_offer(product: dict) -> tuple:
    import json

    html = ("<html lang='de'><head><title>Espresso Hafenblend 500 g</title></head><body><h1>Espresso Hafenblend 500 g</h1>"
            f"<script type='application/json' id='ProductJson-product-template'>{json.dumps(product)}</script></body></html>")
    offer = extract_offers(html, "https://shop.example.de/products/espresso-hafenblend")[0]
    return offer["price"], offer["sku"]
