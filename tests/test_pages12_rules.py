"""The rules mended in the twenty-third session on the twelfth set-aside batch's misses (aside23), each
by cause, tested on small pages written here: one shape per test, and the shape one step off it that must
not change."""

from __future__ import annotations

from decimal import Decimal

from rule_pages import read

from crawlers.extraction import extract_offers


def _prices(got: dict) -> tuple:
    return got["price"], got.get("regular_price")


# Ids: labels in Japanese, Macedonian, Mongolian and Icelandic; an element named "product code" -------------------

def test_product_numbers_in_japanese_macedonian_mongolian_and_icelandic_are_the_shops_id():
    for label, lang in (("品番", "ja"), ("Шифра:", "mk"), ("Барааны код:", "mn"), ("Vörunúmer:", "is")):
        got = read(f"<table><tr><th>{label}</th><td>AR-KR-0412</td></tr></table>"
                   "<div class='price'>2,640円</div>", lang)
        assert got["sku"] == "AR-KR-0412", label
    got = read("<p class='product__number'>Vörunúmer: WH1000XM5B</p><div class='price'>59.995 kr.</div>", "is")
    assert got["sku"] == "WH1000XM5B"


def test_the_model_number_in_japanese_stays_the_makers():
    # One step off: "型番" (model number) beside the price names the maker's number, not the shop's.
    got = read("<table><tr><th>型番</th><td>AR-KR-0412</td></tr></table><div class='price'>2,640円</div>", "ja")
    assert got.get("sku") is None
    assert got.get("mpn") == "AR-KR-0412"


def test_a_code_alone_in_an_element_named_product_code_is_the_shops_id():
    # HikaShop: the code with no label, inside the title, named by its class.
    got = read("<span class='hikashop_product_code_main'>BIA-0001163</span><span class='price'>29,90 €</span>", "es-ES")
    assert got["sku"] == "BIA-0001163"


def test_an_element_named_product_code_holding_a_sentence_or_a_word_gives_nothing():
    # One step off: a promotion code's box, and a sentence, in elements named so.
    for inner in ("Introduce tu código", "SIN-CÓDIGO disponible hoy", "Código"):
        got = read(f"<span class='product-code'>{inner}</span><span class='price'>29,90 €</span>", "es-ES")
        assert got.get("sku") is None, inner


# Words: retail and regular prices in Croatian, Serbian and Macedonian; "en lugar de"; a coupon's price; an
# approximate amount -----------------------------------------------------------------------------------------------

def test_the_retail_price_in_croatian_and_the_regular_price_in_macedonian_are_former_prices():
    got = read("<div class='price-row'><span class='lbl'>MPC:</span> <span class='value'>549,99 €</span></div>"
               "<div class='price-row'><span class='lbl'>Akcijska cijena:</span> <span class='value'>429,99 €</span></div>",
               "hr", "https://shop.example.hr/p")
    assert _prices(got) == (Decimal("429.99"), Decimal("549.99"))
    got = read("<div><span>Редовна цена:</span> <span class='amount'>34.999 ден</span></div>"
               "<div><span>Цена со попуст:</span> <span class='amount'>27.999 ден</span></div>", "mk", "https://shop.example.mk/p")
    assert _prices(got) == (Decimal("27999"), Decimal("34999"))


def test_the_retail_price_in_croatian_alone_is_the_price():
    # One step off: "MPC:" with no other price beside it is the price (a former price alone is one).
    got = read("<div class='price-row'><span class='lbl'>MPC:</span> <span class='value'>549,99 €</span></div>",
               "hr", "https://shop.example.hr/p")
    assert _prices(got) == (Decimal("549.99"), None)


def test_instead_of_in_spanish_makes_the_amount_after_it_former():
    got = read("<span class='price-full'><span class='price'>29,90 €</span> <span>en lugar de</span> "
               "<span class='amount'>34,95 €</span></span>", "es-ES", "https://shop.example.es/p")
    assert _prices(got) == (Decimal("29.90"), Decimal("34.95"))


def test_a_coupons_price_in_korean_or_by_its_class_is_not_the_price():
    for coupon in ("<dl><dt>쿠폰적용가</dt><dd>35,100원</dd></dl>",
                   "<div><span>쿠폰적용가</span> <strong>35,100원</strong> <a href='#c'>쿠폰받기</a></div>"):
        got = read(f"<dl><dt>판매가</dt><dd><strong>39,000</strong>원</dd></dl>{coupon}", "ko", "https://shop.example.co.kr/p")
        assert got["price"] == Decimal("39000"), coupon
    got = read("<div class='price'>$24.00</div><div><span class='coupon-price'>$19.20</span></div>", "en-US",
               "https://shop.example.com/p")
    assert got["price"] == Decimal("24.00")


def test_a_coupon_to_claim_beside_the_price_leaves_it_the_price():
    # One step off: "쿠폰받기" (claim a coupon) beside the one price says nothing of the amount.
    got = read("<dl><dt>판매가</dt><dd><strong>39,000원</strong> <a href='#c'>쿠폰받기</a></dd></dl>", "ko",
               "https://shop.example.co.kr/p")
    assert got["price"] == Decimal("39000")


def test_an_approximate_amount_in_another_currency_is_not_the_price():
    got = read("<span class='price'>Gs. 5.890.000</span><div class='usd-price'>Aprox. US$ 750,32</div>", "es-PY",
               "https://shop.example.com.py/p")
    assert (got["price"], got["currency"]) == (Decimal("5890000"), "PYG")
    got = read("<span class='price'>€ 24,95</span><div class='price-converted'>≈ $27.10</div>", "nl-NL",
               "https://shop.example.nl/p")
    assert got["price"] == Decimal("24.95")


def test_a_dollar_price_not_said_approximate_stays_the_price():
    # One step off: the dollar price alone, named as the price, with no word of approximation.
    got = read("<div class='usd-price'>US$ 750,32</div>", "es-PY", "https://shop.example.com.py/p")
    assert (got["price"], got["currency"]) == (Decimal("750.32"), "USD")


# Names: a price named for its discount is a price, not a discount's amount ----------------------------------------

def test_a_price_named_with_or_before_its_discount_is_a_price_and_its_former_price():
    # HikaShop: "discount" in the names of the price after it and of the price before it; no words, no badge.
    got = read("<span class='hikashop_product_price_full'><span class='hikashop_product_price "
               "hikashop_product_price_with_discount'>29,90 €</span> <span class='hikashop_product_price_before_discount'>"
               "34,95 €</span></span>", "es-ES", "https://shop.example.es/p")
    assert _prices(got) == (Decimal("29.90"), Decimal("34.95"))
    got = read("<div class='discounted-price'>29,90 €</div>", "es-ES", "https://shop.example.es/p")
    assert _prices(got) == (Decimal("29.90"), None)


def test_a_discounts_own_amount_is_still_another_amount():
    # One step off: an element named for the discount itself holds the amount taken off, not a price.
    got = read("<div class='price'>29,90 €</div><div class='discount-amount'>5,05 €</div>"
               "<div class='price-discount'>-5,05 €</div>", "es-ES", "https://shop.example.es/p")
    assert _prices(got) == (Decimal("29.90"), None)


# A rule of the page's style sheet scoped under a class or id the element sits in -------------------------------

def _styled(style: str, block: str, body: str = "") -> dict:
    """The one product of a page whose <head> holds `style` in a <style> element, its <body> `body`'s attributes."""
    html = (f"<html lang='en-US'><head><title>Candle</title><style>{style}</style></head><body {body}><main>"
            f"<h1>Soy Candle, Cedar &amp; Smoke</h1>{block}<button class='add-to-cart'>Add to Cart</button></main></body></html>")
    offers = extract_offers(html, "https://shop.example.com/p/candle")
    assert len(offers) == 1, offers
    return offers[0]


_TWO_PRICES = ("<div><span class='x-el c1-2h'>$24.00</span> <span class='x-el c1-2f c1-2g'>$32.00</span></div>")


def test_a_strike_scoped_under_a_class_the_page_holds_strikes():
    # GoDaddy's atomic classes, every rule scoped under the <body>'s class "x"; Tailwind's under an id.
    got = _styled(".x{-webkit-text-size-adjust:100%}.x .c1-2f{text-decoration:line-through}.x .c1-2g{color:#757575}",
                  _TWO_PRICES, "class='x x-fonts-lora'")
    assert _prices(got) == (Decimal("24.00"), Decimal("32.00"))
    got = _styled("#app .line-through{text-decoration-line:line-through}",
                  "<div id='app'><span>$24.00</span> <span class='line-through'>$32.00</span></div>")
    assert _prices(got) == (Decimal("24.00"), Decimal("32.00"))
    got = _styled("main > div > .c1-2f{text-decoration:line-through}", _TWO_PRICES)
    assert _prices(got) == (Decimal("24.00"), Decimal("32.00"))
    # Four elements deep is read (the one-step-off test's five are not).
    got = _styled("html body main div span.c1-2f{text-decoration:line-through}",
                  "<div><span class='c1-2h'>$24.00</span> <span class='c1-2f'>$32.00</span></div>", "class='x'")
    assert _prices(got) == (Decimal("24.00"), Decimal("32.00"))


def test_a_scoped_strike_the_element_is_not_inside_or_of_a_state_or_a_sibling_strikes_nothing():
    # One step off: the scoping class is not on any element around the amount; the rule is of a hover state; a
    # sibling combinator; more than four elements deep.
    for style, body in ((".x .c1-2f{text-decoration:line-through}", "class='y'"),
                        (".x .c1-2f:hover{text-decoration:line-through}", "class='x'"),
                        (".x + .c1-2f{text-decoration:line-through}", "class='x'"),
                        ("html body main div section span.c1-2f{text-decoration:line-through}", "class='x'")):
        got = _styled(style, "<div><section><span class='c1-2h'>$24.00</span> <span class='c1-2f'>$32.00</span>"
                             "</section></div>", body)
        assert _prices(got) == (Decimal("24.00"), None), style


def test_a_long_scoped_selector_is_read_in_one_pass():
    # Bounded whatever a page sends: a selector of 50,000 parts before a struck class strikes nothing.
    got = _styled(".a " * 50_000 + ".c1-2f{text-decoration:line-through}",
                  "<div><span class='c1-2h'>$24.00</span> <span class='c1-2f'>$32.00</span></div>", "class='a'")
    assert _prices(got) == (Decimal("24.00"), None)


# Structured data in hundredths of the page's price ------------------------------------------------------------------

def _with_jsonld(price: str, currency: str, block: str, lang: str = "en-US") -> dict:
    jsonld = ('{"@context":"https://schema.org","@type":"Product","name":"Soy Candle","sku":"JW-CS-12","offers":'
              f'{{"@type":"Offer","price":{price},"priceCurrency":"{currency}","availability":"https://schema.org/InStock"}}}}')
    html = (f"<html lang='{lang}'><head><title>Soy Candle</title><script type='application/ld+json'>{jsonld}</script>"
            f"</head><body><main><h1>Soy Candle</h1>{block}<button class='add-to-cart'>Add to cart</button></main></body></html>")
    offers = extract_offers(html, "https://shop.example.com/p/candle")
    assert len(offers) == 1, offers
    return offers[0]


def test_a_structured_price_in_hundredths_of_the_shown_price_gives_way():
    # A Shopify theme's JSON-LD printing the price in cents; ELKO's in hundredths of a króna.
    got = _with_jsonld("2499", "USD", "<div class='price'>$24.99</div>")
    assert got["price"] == Decimal("24.99")
    got = _with_jsonld("5999500", "ISK", "<span class='product-price__current'>59.995 kr.</span> "
                       "<span class='product-price__before'>Verð áður 69.995 kr.</span>", "is")
    assert _prices(got) == (Decimal("59995"), Decimal("69995"))


def test_a_structured_price_the_page_shows_or_of_another_ratio_stays():
    # One step off: the page also shows the structured amount (a bundle at $2,499); ten times, not a hundred.
    got = _with_jsonld("2499", "USD", "<div class='price'>$24.99</div><p class='bundle'>Case of 100: <b>$2,499</b></p>")
    assert got["price"] == Decimal("2499")
    got = _with_jsonld("249.90", "USD", "<div class='price'>$24.99</div>")
    assert got["price"] == Decimal("249.90")


# Stock words in Bulgarian, Macedonian and Serbian Cyrillic --------------------------------------------------------

def _stock_page(status: str, lang: str, button: str = "") -> dict:
    html = (f"<html lang='{lang}'><head><title>Тенджера</title></head><body><main><h1>Тенджера 24 см</h1>"
            f"<div class='price'>49,99 €</div><div class='product-availability'>{status}</div>"
            f"<button class='add-to-cart'{button}>Купи</button></main></body></html>")
    offers = extract_offers(html, "https://shop.example.bg/p/1")
    assert len(offers) == 1, offers
    return offers[0]


def test_stock_in_bulgarian_macedonian_and_serbian_is_read():
    # Out of stock in words, whatever the buy button; in stock in words, over a button switched off.
    for status, lang in (("Няма в наличност", "bg"), ("Изчерпан", "bg"), ("Недостапно", "mk"), ("Нема на стању", "sr")):
        assert _stock_page(status, lang)["in_stock"] is False, status
    for status, lang in (("В наличност", "bg"), ("Достапно во веб продавница", "mk"), ("На стању", "sr")):
        assert _stock_page(status, lang, " disabled")["in_stock"] is True, status


def test_a_word_of_stock_in_another_sense_says_nothing():
    # One step off: "check the availability in the shops" (Bulgarian, Macedonian) beside a buy button left on.
    for status, lang in (("Проверете наличността в магазините", "bg"), ("Провери достапност во продавниците", "mk")):
        assert _stock_page(status, lang)["in_stock"] is not False, status
