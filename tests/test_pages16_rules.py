"""The rules mended in the twenty-seventh session on the sixteenth set-aside batch's misses (aside27), each by
cause, tested on small pages written here: one shape per test, and the shape one step off it that must not
change."""

from __future__ import annotations

from decimal import Decimal

from rule_pages import read

from crawlers.extraction import extract_offers

# Id labels: Odoo's "Internal Reference", Burmese "item code" ------------------------------------------------------


def test_odoos_internal_reference_and_burmese_item_code_are_labels_of_the_shops_code():
    # Kigali Electronics Hub's '<td>Internal Reference: RWE-UA55CU7000</td>' (Odoo's name for the code a shop
    # gives its product), a Yangon shop's '<p>ပစ္စည်းကုဒ် : SM-RN13P-256</p>'.
    got = read("<table><tr><td>Internal Reference: RWE-UA55CU7000</td></tr></table><div class='price'>RF 450,000</div>")
    assert got.get("sku") == "RWE-UA55CU7000"
    got = read("<p>ပစ္စည်းကုဒ် : SM-RN13P-256</p><div class='price'>1,250,000 Ks</div>", "my")
    assert got.get("sku") == "SM-RN13P-256"


def test_a_reference_that_is_not_the_products_gives_no_id():
    # One step off: "reference" alone stays a generic word ("Payment reference: ...", an order's).
    got = read("<p>Payment reference: pay before collecting</p><div class='price'>£49.99</div>")
    assert got.get("sku") is None


# A custom element holds a label and its value as a span does --------------------------------------------------------


def test_a_label_and_value_in_a_custom_element_give_the_id():
    # Shopify's Impact theme: '<variant-sku class="variant-sku">SKU: IKC-AF400</variant-sku>'.
    got = read("<variant-sku class='variant-sku text-sm'>SKU: IKC-AF400</variant-sku>"
               "<price-list><sale-price class='h4'>$49.99</sale-price></price-list>")
    assert got.get("sku") == "IKC-AF400"


def test_a_custom_element_that_holds_blocks_is_no_label():
    # One step off: a custom element holding blocks of the page (Impact's <safe-sticky> around the product's
    # information) is read as a <div> of blocks is: its text runs over many facts, none taken as the id.
    got = read("<safe-sticky class='product-info'>SKU: <div>see the variants below</div><p>Made in Wales</p></safe-sticky>"
               "<div class='price'>£49.99</div>")
    assert got.get("sku") is None


# A stock text the shop's class hides --------------------------------------------------------------------------------


def test_a_stock_text_hidden_by_a_class_says_nothing():
    # Odoo 17: '<div id="product_unavailable" class="d-none">Not Available For Sale</div>' is shown by its script
    # only when a chosen variant cannot be sold; the page's 'In stock' is the product's.
    got = read("<div class='price'>RF 450,000</div><div id='product_unavailable' class='d-none'><h3>Not Available For Sale"
               "</h3></div><div class='availability_messages'><div id='threshold_message'>In stock</div></div>")
    assert got.get("in_stock") is True


def test_a_stock_text_shown_still_says_out_of_stock():
    # One step off: the same status without the class that hides it.
    got = read("<div class='price'>RF 450,000</div><div id='product_unavailable'><h3>Not Available For Sale</h3></div>")
    assert got.get("in_stock") is False


# A saving in Chinese -------------------------------------------------------------------------------------------------


def test_a_saving_in_chinese_is_no_price():
    # Shopify's Focal in Macau: '特價 MOP$4,280.00', '原價 MOP$4,980.00', then the label '節省 MOP$700.00'.
    block = ("<div class='price-list'><span class='price price--highlight'>特價 MOP$4,280.00</span>"
             "<span class='price price--compare'>原價 MOP$4,980.00</span></div>"
             "<div class='label-list'><span class='label label--highlight'>{} MOP$700.00</span></div>")
    for word in ("節省", "节省", "立省"):
        got = read(block.format(word), "zh-TW")
        assert (got.get("price"), got.get("regular_price")) == (Decimal("4280.00"), Decimal("4980.00")), word


def test_a_province_in_chinese_is_no_saving():
    # One step off: '省' alone is also a province ('廣東省'); an amount beside it stays a price.
    got = read("<div class='price'>廣東省包郵 ¥299.00</div>", "zh-CN")
    assert got.get("price") == Decimal("299.00")


# A buy button in another product's tile is not this product's ----------------------------------------------------------


def _sold_out_page(after: str) -> str:
    # Hyvä's sold-out page: 'Out of stock', no buy button of its own, JSON-LD from an SEO module saying InStock.
    return ("<html lang='en'><head><title>Dishwasher</title><script type='application/ld+json'>"
            '{"@context":"https://schema.org","@type":"Product","name":"Bosch Dishwasher","sku":"VHC-1",'
            '"offers":{"@type":"Offer","price":"1299.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}'
            "</script></head><body><main><h1>Bosch Dishwasher</h1><span class='price'>€1,299.00</span>"
            "<p class='unavailable stock'><span>Out of stock</span></p>" + after + "</main></body></html>")


def test_a_related_products_buy_button_does_not_keep_a_sold_out_page_in_stock():
    related = ("<section class='related'><h3>Related Products</h3><form method='post' action='/checkout/cart/add/product/1330/' "
               "class='product-item product_addtocart_form'><a class='product-item-link' href='/serie-4'>Bosch Serie 4</a>"
               "<span class='price'>€799.00</span><button class='btn btn-primary'>Add to Cart</button></form></section>")
    offers = extract_offers(_sold_out_page(related), "https://shop.example.com.mt/dishwasher")
    assert offers[0].get("in_stock") is False


def test_the_products_own_buy_button_keeps_the_structured_stock():
    # One step off: a buy button of the product's own, left on, keeps the structured data's word.
    own = "<form action='/checkout/cart/add/product/1322/'><button class='action tocart'>Add to Cart</button></form>"
    offers = extract_offers(_sold_out_page(own), "https://shop.example.com.mt/dishwasher")
    assert offers[0].get("in_stock") is True


def test_a_label_in_a_cell_of_a_row_of_two_is_read_as_the_pair():
    # One step off the lone cell: a row of two cells is a label and its value, as before.
    got = read("<table><tr><td>Internal Reference:</td><td>RWE-UA55CU7000</td></tr></table><div class='price'>RF 450,000</div>")
    assert got.get("sku") == "RWE-UA55CU7000"


# The page's sign goes with its own amount, not with the structured data's other amount --------------------------------


def _two_currencies_page(shown: str) -> str:
    # TiendasTec (the fifteenth batch): JSON-LD 499.00 USD; the page prices 'REF 499,00' (dollars, no sign) over
    # its bolívar price at the day's rate, 'Bs. 18.253,42', which the visible page reads as its price.
    return ("<html lang='es-VE'><head><title>Aire acondicionado</title><script type='application/ld+json'>"
            '{"@context":"https://schema.org","@type":"Product","name":"Aire Acondicionado Samsung","sku":"000184372",'
            '"offers":{"@type":"Offer","price":"499.00","priceCurrency":"USD","availability":"https://schema.org/InStock"}}'
            "</script></head><body><main><h1>Aire Acondicionado Samsung</h1><div class='precio-ref'>REF 499,00</div>"
            f"<div class='precio-bs'><span class='price'>{shown}</span></div><button class='add-to-cart'>Agregar al carrito</button>"
            "</main></body></html>")


def test_a_structured_price_keeps_its_stated_currency_beside_the_pages_price_in_another():
    offers = extract_offers(_two_currencies_page("Bs. 18.253,42"), "https://tiendastec.example.com.ve/aire")
    assert (offers[0].get("price"), offers[0].get("currency")) == (Decimal("499.00"), "USD")


def test_the_pages_sign_beside_the_same_amount_still_settles_as_before():
    # One step off: the page shows the structured amount itself with its sign ('Bs. 499,00'): the sign is that
    # price's, and is read as it was (a sign that cannot mean the stated currency is settled by the page).
    offers = extract_offers(_two_currencies_page("Bs. 499,00"), "https://tiendastec.example.com.ve/aire")
    assert (offers[0].get("price"), offers[0].get("currency")) == (Decimal("499.00"), "VES")


# Iran's toman: ten rials, a unit with no ISO code --------------------------------------------------------------------


def _iranian_page(sign: str, structured: str = "") -> str:
    # Arian Home on WooCommerce in Persian: '۴۵,۹۰۰,۰۰۰ تومان' after '۵۲,۹۰۰,۰۰۰ تومان' struck; Persian WooCommerce's JSON-LD
    # gives the price in tomans under 'IRT', a code no standard has.
    return ("<html lang='fa-IR' dir='rtl'><head><title>یخچال</title>" + structured + "</head><body><main><h1>یخچال اسنوا</h1>"
            f"<p class='price'><del><span class='amount'>۵۲,۹۰۰,۰۰۰&nbsp;{sign}</span></del> "
            f"<ins><span class='amount'>۴۵,۹۰۰,۰۰۰&nbsp;{sign}</span></ins></p>"
            "<button class='single_add_to_cart_button'>افزودن به سبد خرید</button></main></body></html>")


_IRT = ("<script type='application/ld+json'>{\"@context\":\"https://schema.org/\",\"@type\":\"Product\",\"name\":\"یخچال اسنوا\","
        "\"offers\":[{\"@type\":\"Offer\",\"price\":\"45900000\",\"priceCurrency\":\"IRT\"}]}</script>")


def test_a_price_in_tomans_is_stored_in_rials():
    for structured in ("", _IRT):
        offer = extract_offers(_iranian_page("تومان", structured), "https://arianhome.example.ir/product/sn8")[0]
        assert (offer.get("price"), offer.get("regular_price"), offer.get("currency")) == (
            Decimal("459000000"), Decimal("529000000"), "IRR"), structured


def test_a_price_in_rials_is_stored_as_written():
    # One step off: a page priced in rials ('ریال', the ISO unit) keeps its amounts.
    offer = extract_offers(_iranian_page("ریال"), "https://arianhome.example.ir/product/sn8")[0]
    assert (offer.get("price"), offer.get("regular_price"), offer.get("currency")) == (
        Decimal("45900000"), Decimal("52900000"), "IRR")


# The cifrão as the escudo's decimal mark (a leftover of the fifteenth batch) ------------------------------------------


def test_the_escudos_cifrao_as_the_decimal_mark_is_one_amount():
    # Casa Digital (the fifteenth batch): '<del>62.990$00 CVE</del> <ins>54.990$00 CVE</ins>', as Cape Verde writes its
    # escudo; read as it stood, '54.990' and '00' were two numbers and no price was read.
    got = read("<p class='price'><del>62.990$00 CVE</del> <ins>54.990$00 CVE</ins></p>", "pt-CV")
    assert (got.get("price"), got.get("regular_price"), got.get("currency")) == (Decimal("54990.00"), Decimal("62990.00"), "CVE")
    got = read("<p class='price'><span class='amount'>9.165$50</span></p>", "pt-CV", url="https://casadigital.example.cv/p")
    assert (got.get("price"), got.get("currency")) == (Decimal("9165.50"), "CVE")


def test_a_dollar_before_its_amount_keeps_its_meaning():
    # One step off: '$' before the number, or with more than two digits after it, is a dollar as before.
    got = read("<p class='price'>US$1,299.00</p>")
    assert (got.get("price"), got.get("currency")) == (Decimal("1299.00"), "USD")
