"""The rules mended in the thirty-fourth session on the twenty-third set-aside batch's misses (aside34), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers

# An amount said again for screen readers is the visible amount beside it, not one of its own ---------------------

# WooCommerce's price: the struck former price and the price, each followed by a sentence for screen readers that
# repeats its amount in the shop's language (English "Original price was: …", "Current price is: …"), in Elementor's
# widgets (the price and the buy button each in its own, so the amounts' inner spans are not beside the button and
# only the del, the ins and the two sentences stand); related products below.
def _woo_page(sr: str, was: str, now: str) -> str:
    def amount(value: str) -> str:
        return (f"<span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>R"
                f"</span>{value}</bdi></span>")
    related = "".join(
        f"<li class='product type-product'><a href='/p/{n}' class='woocommerce-LoopProduct-link'>"
        f"<h2 class='woocommerce-loop-product__title'>Pot {n}</h2><span class='price'>{amount(v)}</span></a>"
        f"<a href='?add-to-cart={n}' class='button add_to_cart_button'>Add</a></li>"
        for n, v in ((1, "650,00"), (2, "220,00")))
    return ("<html lang='en-ZA'><head><title>Clay pot</title></head><body><main><div class='product'>"
            "<h1 class='product_title'>Clay pot</h1>"
            "<div class='elementor-widget-woocommerce-product-price'><div class='elementor-widget-container'>"
            f"<p class='price'><del aria-hidden='true'>{amount('1&nbsp;899,00')}</del> "
            f"<span class='{sr}'>{was} R1&nbsp;899,00.</span><ins aria-hidden='true'>{amount('1&nbsp;499,00')}</ins>"
            f"<span class='{sr}'>{now} R1&nbsp;499,00.</span></p></div></div>"
            "<div class='elementor-widget-woocommerce-product-add-to-cart'><div class='elementor-widget-container'>"
            "<form class='cart'><div class='quantity'><input type='number' value='1'></div>"
            "<button class='single_add_to_cart_button'>Add to cart</button></form></div></div>"
            f"<section class='related products'><h2>Related</h2><ul class='products'>{related}</ul></section>"
            "</div></main></body></html>")


@pytest.mark.parametrize(("was", "now"), [
    ("Bei ya awali ilikuwa:", "Bei ya sasa ni:"),         # Swahili, as a translation of WooCommerce may put it
    ("Algne hind oli:", "Praegune hind on:"),             # Estonian
    ("Original price was:", "Current price is:"),         # English, whose words were known
])
@pytest.mark.parametrize("sr", ["screen-reader-text", "sr-only", "visually-hidden"])
def test_a_screen_readers_repeat_of_the_struck_price_is_the_struck_price(was, now, sr):
    # The sentence for screen readers in a language whose words the rules do not know stood as an amount of its
    # own, not struck, first after the title: the former price was read as the price (a Zulu shop's page).
    got = extract_offers(_woo_page(sr, was, now), "https://pots.example.co.za/p/clay-pot", currency="ZAR")[0]
    assert (got["price"], got.get("regular_price")) == (Decimal("1499.00"), Decimal("1899.00"))


def test_an_amount_only_screen_readers_are_told_stays_a_candidate():
    # One step off: no visible amount beside it repeats it, so it is read as before (here the only price).
    got = read("<div class='price'><span class='visually-hidden'>Price: £39.00</span>"
               "<span aria-hidden='true'>See the price in the basket</span></div>")
    assert got["price"] == Decimal("39.00")


def test_a_screen_readers_text_of_another_amount_beside_a_price_changes_nothing():
    # One step off: the text for screen readers says another amount than the one beside it; both stay candidates.
    got = read("<p class='price'><span class='amount'>£39.00</span>"
               "<span class='screen-reader-text'>Was £49.00</span></p>")
    assert (got["price"], got.get("regular_price")) == (Decimal("39.00"), Decimal("49.00"))


# The stock element's class says its state where its words are unknown ------------------------------------------


def _stock_page(stock: str, button: bool = False) -> str:
    return ("<html lang='et-EE'><head><title>Savipott</title></head><body><main><div class='product'>"
            "<h1 class='product_title'>Savipott</h1><p class='price'><span class='amount'>49,00 €</span></p>"
            f"{stock}"
            + ("<form class='cart'><button class='single_add_to_cart_button'>Lisa ostukorvi</button></form>"
               if button else "<p><a href='#notify'>Teavita mind</a></p>")
            + "</div></main></body></html>")


@pytest.mark.parametrize("stock", ["<p class='stock out-of-stock'>Laost otsas</p>",
                                   "<p class='stock out-of-stock'>Nav noliktavā</p>",
                                   "<div class='product-stock outofstock'>Allan o stoc</div>",
                                   "<span class='availability sold-out'>Ubos na</span>"])
def test_a_stock_line_whose_class_says_out_of_stock_is_read_so(stock):
    # WooCommerce writes the stock line's state in its class ('stock out-of-stock') whatever the shop's language;
    # in a language whose words the rules do not know (a Zulu shop's) the sold-out product,
    # its buy button gone, read as in stock.
    got = extract_offers(_stock_page(stock), "https://pood.example.ee/toode/savipott", currency="EUR")[0]
    assert got["in_stock"] is False


@pytest.mark.parametrize("stock", ["<p class='stock in-stock'>Laos 5 tk</p>",
                                   "<p class='stock in-stock'>Noliktavā 5 gab.</p>"])
def test_a_stock_line_whose_class_says_in_stock_is_read_so(stock):
    got = extract_offers(_stock_page(stock, button=True), "https://pood.example.ee/toode/savipott", currency="EUR")[0]
    assert got["in_stock"] is True


@pytest.mark.parametrize("stock", ["<p class='stock out-of-stock' style='display:none'>Laost otsas</p>",
                                   "<p class='stock'>Tarne 2-3 päeva</p>",
                                   "<p class='stock out-of-stock'>Only 2 left in stock</p>"])
def test_a_stock_class_hidden_or_stateless_or_against_its_words_says_nothing_new(stock):
    # One step off: hidden by its style (a state the script shows later), a class with no state, or words that say
    # otherwise (known words win over the class): read as before, the live buy button deciding.
    got = extract_offers(_stock_page(stock, button=True), "https://pood.example.ee/toode/savipott", currency="EUR")[0]
    assert got["in_stock"] is True


def test_a_block_whose_class_names_a_stock_state_is_no_stock_line():
    # One step off (John Lewis's real page, where the shared truth says in stock): a layout block around the price
    # and the buy box, its class 'add-to-basket-summary-and-cta--out-of-stock', states no stock as a line does.
    got = extract_offers(_stock_page("<div class='add-to-basket-summary-and-cta add-to-basket-summary-and-cta--out-of"
                                     "-stock'><div class='item-details'><h2>Product price</h2><p>49,00 €</p></div>"
                                     "</div>", button=True),
                         "https://pood.example.ee/toode/savipott", currency="EUR")[0]
    assert got["in_stock"] is True


# An element named for the shop's id, its label in words the rules do not know ------------------------------------


@pytest.mark.parametrize(("line", "code"), [
    ("<div class='product__sku' data-product-sku>Nambari ya bidhaa: <span data-sku-value>KT-2041-B</span></div>",
     "KT-2041-B"),                                                        # Swahili, "product number"
    ("<p class='product-code'>Artikuls: <b>10422871</b></p>", "10422871"),  # Latvian, "article"
    ("<div class='sd-product-code'>Kodiċi tal-prodott: <span>MT-CER-07</span></div>", "MT-CER-07"),  # Maltese
])
def test_an_element_named_for_the_id_gives_the_code_after_its_unknown_label(line, code):
    # A theme names the line of the shop's code in its class ('product__sku', 'product-code') whatever the shop's
    # language; its label in a language the rules do not know (a Yiddish shop's, a Sardinian one's) left the id
    # unread where the structured data was gone.
    got = read(f"<div class='price'>£39.00</div>{line}")
    assert got["sku"] == code


@pytest.mark.parametrize("line", [
    "<div class='product__sku'>Material: <span>Cotton</span></div>",               # no code after the label
    "<div class='product-sku'>Ask us about <b>KT-2041-B</b> in store</div>",       # a sentence, no label
    "<div class='product__sku'>Delivery: <span>3-5 days</span></div>",             # two words, not one code
])
def test_an_element_named_for_the_id_without_a_code_after_a_label_gives_none(line):
    got = read(f"<div class='price'>£39.00</div>{line}")
    assert got.get("sku") is None



# Of several variants' offers in the structured data, the one the page shows is the product's reading -------------


def _variants_page(shown: str, extra_head: str = "", offers: list | None = None) -> str:
    import json
    offers = offers if offers is not None else [
        {"@type": "Offer", "sku": "KT-100-WHT", "price": 89.0, "priceCurrency": "USD",
         "availability": "http://schema.org/InStock", "url": "https://kettles.example.com/products/kettle?variant=101"},
        {"@type": "Offer", "sku": "KT-100-STL", "price": 129.0, "priceCurrency": "USD",
         "availability": "http://schema.org/InStock", "url": "https://kettles.example.com/products/kettle?variant=102"}]
    data = {"@context": "http://schema.org/", "@type": "Product", "name": "Kettle",
            "url": "https://kettles.example.com/products/kettle", "offers": offers}
    return (f"<html lang='en-US'><head><title>Kettle</title>{extra_head}"
            f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body><main><div class='product'>"
            f"<h1>Kettle</h1>{shown}<button class='add-to-cart'>Add to cart</button></div></main></body></html>")


_URL = "https://kettles.example.com/products/kettle"


@pytest.mark.parametrize("shown", [
    # the price and former price shown, the id under a label the rules know
    "<div class='price'><span class='price--sale'>$129.00</span> <s>$149.00</s></div><p>SKU: KT-100-STL</p>",
    # the price shown, no id (a theme that prints none, or under a label in words the rules do not know)
    "<div class='price'><span class='price--sale'>$129.00</span> <s>$149.00</s></div><p>Numer: KT 100 STL</p>",
])
def test_the_variant_the_page_shows_is_read_over_the_structured_datas_first(shown):
    # Shopify's Stiletto lists every variant's Offer, the first variant's first; a page opened on another variant
    # ('?variant=…', chosen by a link) shows that one's price and id: the first Offer's price and id were read.
    got = extract_offers(_variants_page(shown), _URL)[0]
    assert (got["price"], got.get("regular_price"), got["sku"]) == (Decimal("129.0"), Decimal("149.00"), "KT-100-STL")


def test_the_variant_the_page_url_names_is_read_first():
    got = extract_offers(_variants_page("<div class='price'>from $89.00</div>"),
                         "https://kettles.example.com/products/kettle?variant=102")[0]
    assert got["sku"] == "KT-100-STL"


@pytest.mark.parametrize("shown", [
    "<div class='price'><span class='price--sale'>$89.00</span></div>",   # the first variant's price: as before
    "<div class='price'><span class='price--sale'>$99.00</span></div>",   # a price no offer has: as before
])
def test_the_first_offer_stays_where_the_page_shows_it_or_no_offer_it_shows(shown):
    got = extract_offers(_variants_page(shown), _URL)[0]
    assert got["sku"] == "KT-100-WHT"


def test_two_offers_at_the_price_shown_leave_the_first():
    # One step off: the price shown is two variants' (the id not shown), so it tells none of them.
    offers = [{"@type": "Offer", "sku": s, "price": p, "priceCurrency": "USD", "url": f"{_URL}?variant={v}"}
              for s, p, v in (("KT-100-WHT", 89.0, 101), ("KT-100-STL", 129.0, 102), ("KT-100-BLK", 129.0, 103))]
    got = extract_offers(_variants_page("<div class='price'><span class='price--sale'>$129.00</span></div>",
                                        offers=offers), _URL)[0]
    assert got["sku"] == "KT-100-WHT"


# "$" on a page from Macau ------------------------------------------------------------------------------------------


def _dollar_page(lang: str) -> str:
    return (f"<html lang='{lang}'><head><title>吸塵器 V12</title></head><body><main><h1>吸塵器 V12</h1>"
            "<div class='price'>$4,280.00</div><button class='add-to-cart'>加入購物車</button></main></body></html>")


@pytest.mark.parametrize(("lang", "url"), [("pt-MO", "https://www.loja-exemplo.mo/produtos/v12"),
                                           ("zh-MO", "https://www.shop-example.com/products/v12"),
                                           ("en", "https://www.shop-example.com.mo/products/v12")])
def test_a_dollar_sign_on_a_page_from_macau_is_the_pataca(lang, url):
    # Macau's shops write the pataca '$' as Hong Kong's write theirs ('MOP$' in full); the tables gave '$' no
    # reading as MOP, so a page from Macau left it unsettled, or took another place's dollar (below).
    assert extract_offers(_dollar_page(lang), url)[0]["currency"] == "MOP"


def test_a_dollar_sign_on_a_macau_domain_under_taiwans_language_tag_is_not_taiwans():
    # A Macau shop on a theme whose language tag is Taiwan's ('zh-TW'): its '$' was read as the New Taiwan dollar,
    # the domain's MOP no reading of '$'. The two now disagree, and the currency is left unsettled, with why.
    got = extract_offers(_dollar_page("zh-TW"), "https://www.shop-example.mo/products/v12")[0]
    assert got.get("currency") in (None, "MOP")


@pytest.mark.parametrize(("lang", "url", "currency"), [("zh-TW", "https://www.shop-example.tw/products/v12", "TWD"),
                                                       ("zh-HK", "https://www.shop-example.hk/products/v12", "HKD"),
                                                       ("en", "https://www.shop-example.com/products/v12", None)])
def test_a_dollar_sign_elsewhere_reads_as_before(lang, url, currency):
    assert extract_offers(_dollar_page(lang), url)[0].get("currency") == currency


# One Offer, another variant's: its id a sibling of the one the page shows ----------------------------------------


def _one_offer_page(shown: str, sku: str = "KT-100-WHT") -> str:
    import json
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Kettle", "sku": sku,
            "offers": {"@type": "Offer", "price": "89.00", "priceCurrency": "GBP",
                       "availability": "https://schema.org/InStock", "url": "https://kettles.example.co.uk/p/kettle"}}
    return ("<html lang='en-GB'><head><title>Kettle</title>"
            f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body><main><div class='product'>"
            f"<h1>Kettle</h1>{shown}<button class='add-to-cart'>Add to basket</button></div></main></body></html>")


def test_one_offer_of_another_variant_yields_to_the_variant_the_page_shows():
    # Swell's JSON-LD gives one Offer, the first size's (60 ml, its sku '…-60', 72.00), where the page shows the
    # chosen 100 ml: its code '…-100', £89.00 beside £118.00. The first size's price was read.
    got = extract_offers(_one_offer_page("<div class='price'><span class='product-price'>£129.00</span> "
                                         "<s>£149.00</s></div><p>Product code: KT-100-STL</p>"),
                         "https://kettles.example.co.uk/p/kettle")[0]
    assert (got["price"], got.get("regular_price"), got["sku"]) == (Decimal("129.00"), Decimal("149.00"), "KT-100-STL")


@pytest.mark.parametrize(("shown", "sku"), [
    # the page shows the Offer's own id: its price stays the structured one
    ("<div class='price'><span class='product-price'>£129.00</span></div><p>Product code: KT-100-WHT</p>", "KT-100-WHT"),
    # the id shown is no sibling of the Offer's (another kind of code): as before
    ("<div class='price'><span class='product-price'>£129.00</span></div><p>Product code: 55501234</p>", "KT-100-WHT"),
])
def test_one_offer_whose_id_is_not_another_variants_keeps_its_price(shown, sku):
    got = extract_offers(_one_offer_page(shown, sku), "https://kettles.example.co.uk/p/kettle")[0]
    assert got["price"] == Decimal("89.00")


# Words that say a former price outrank a class that names another amount -----------------------------------------


@pytest.mark.parametrize("was", ["原價 HK$4,990", "Was HK$4,990", "Regular price HK$4,990"])
def test_former_price_words_in_an_element_named_a_base_price_make_it_the_former_price(was):
    # Fortress's theme (SAP Commerce) prints the original price '原價 HK$4,990' in an element named 'base-price',
    # which German shops name their price per unit (Grundpreis): the class left it out, and with it the former price.
    got = extract_offers(f"<html lang='zh-HK'><head><title>Fan</title></head><body><main><h1>Fan</h1>"
                         f"<div class='prices'><span class='price-now'>HK$4,390</span> <span class='base-price'>{was}"
                         "</span></div><button class='add-to-cart'>加入購物車</button></main></body></html>",
                         "https://www.shop-example.com.hk/p/fan")[0]
    assert (got["price"], got.get("regular_price")) == (Decimal("4390"), Decimal("4990"))


def test_a_base_price_without_former_words_stays_another_amount():
    # One step off: the price per unit in a 'base-price' element (Grundpreis) stays out, as before.
    got = read("<div class='prices'><span class='price-now'>£4.39</span> <span class='base-price'>£8.78 / 1 kg</span>"
               "</div>")
    assert (got["price"], got.get("regular_price")) == (Decimal("4.39"), None)


# A former price in another row of one short list of the product's facts ----------------------------------------


def _rows_page(rows: str) -> str:
    return ("<html lang='en-SG'><head><title>Airfryer</title></head><body><main><div class='goods_detail'>"
            "<h2 class='name'>Airfryer XL</h2><ul class='infoArea'>" + rows
            + "<li><dl><dt>Shipping rate</dt><dd>FREE / S$4.99 next-day</dd></dl></li></ul>"
            "<button class='add-to-cart'>Add to cart</button></div></main></body></html>")


def test_a_former_price_in_another_row_of_a_short_list_is_the_was_price():
    # Qoo10's facts list: 'Retail Price' in one row, 'Sell Price' in the next, each amount four levels down its row:
    # read as a former price, it stood too far from the price (nine elements, no near common ancestor) to pair.
    got = extract_offers(_rows_page("<li class='infoData'><dl><dt>Retail Price</dt><dd><strong class='prc'>S$249.00"
                                    "</strong></dd></dl></li><li class='infoData'><dl class='detailsArea'><dt>Sell "
                                    "Price</dt><dd><strong class='prc'>S$159.00</strong> <span class='dc'>36%</span>"
                                    "</dd></dl></li>"), "https://www.qoo10.example.sg/item/812345678", currency="SGD")[0]
    assert (got["price"], got.get("regular_price")) == (Decimal("159.00"), Decimal("249.00"))


def test_a_former_price_in_a_long_list_far_from_the_price_stays_unpaired():
    # One step off: rows of a long list (more than a dozen) are no short list of one product's facts.
    filler = "".join(f"<li><dl><dt>Fact {n}</dt><dd>Value {n}</dd></dl></li>" for n in range(14))
    got = extract_offers(_rows_page("<li class='infoData'><dl><dt>Retail Price</dt><dd><strong class='prc'>S$249.00"
                                    f"</strong></dd></dl></li>{filler}<li class='infoData'><dl><dt>Sell Price</dt><dd>"
                                    "<strong class='prc'>S$159.00</strong> <span class='dc'>36%</span></dd></dl></li>"),
                         "https://www.qoo10.example.sg/item/812345678", currency="SGD")[0]
    assert (got["price"], got.get("regular_price")) == (Decimal("159.00"), None)


# A label for screen readers whose name pairs it with an amount labels that amount, wherever it stands -------------


@pytest.mark.parametrize(("was", "now"), [("Preu habitual", "Preu de venda"), ("Regular Price", "Sale Price")])
@pytest.mark.parametrize("after", [True, False])
def test_a_screen_readers_label_named_for_its_amount_labels_that_amount(was, now, after):
    # Wix names each price's label for screen readers after it ('sr-formatted-secondary-price' for
    # 'formatted-secondary-price'); a theme that puts the label after its amount had it read as the next amount's
    # words, so the price read as a former price ('Preu habitual' before '2.099,00 €', Wix in Catalan).
    def pair(hook: str, amount: str, words: str) -> str:
        label = f"<span data-hook='sr-{hook}' class='_2ZUa5'>{words}</span>"
        shown = f"<span data-hook='{hook}' class='_3xBvB'>{amount}</span>"
        return shown + label if after else label + shown
    got = read("<div data-hook='product-price'>" + pair("formatted-secondary-price", "2.399,00 €", was)
               + pair("formatted-primary-price", "2.099,00 €", now) + "</div>", "ca-AD",
               "https://botiga.example.ad/producte/camera")
    assert (got["price"], got.get("regular_price")) == (Decimal("2099.00"), Decimal("2399.00"))


# A buy button named in Wix's data-hook -----------------------------------------------------------------------------


def _wix_buttons_page(own: str) -> str:
    return ("<html lang='ca-AD'><head><title>Càmera</title></head><body><main><div class='product'>"
            "<h1>Càmera</h1><div data-hook='product-price'><span data-hook='formatted-primary-price'>2.099,00 €</span>"
            f"</div><div data-hook='product-page-buttons'>{own}</div></div>"
            "<ul class='related'><li><a href='/p/objectiu'>Objectiu</a> <span>499,00 €</span> "
            "<button data-hook='product-item-add-to-cart-button'>Afegeix al carretó</button></li></ul>"
            "</main></body></html>")


def test_a_buy_button_named_in_a_data_hook_switched_off_says_sold_out():
    # Wix's product button, 'data-hook=add-to-cart', switched off and saying only 'Esgotat' (Catalan, sold out): no
    # buy button was found at all (its words no buy words, its hook not read), and the stock went unread.
    got = extract_offers(_wix_buttons_page("<button data-hook='add-to-cart' aria-disabled='true' disabled>"
                                           "<span>Esgotat</span></button>"),
                         "https://botiga.example.ad/producte/camera", currency="EUR")[0]
    assert got["in_stock"] is False


def test_a_buy_button_named_in_a_data_hook_switched_on_says_in_stock():
    got = extract_offers(_wix_buttons_page("<button data-hook='add-to-cart'><span>Afegeix al carretó</span></button>"),
                         "https://botiga.example.ad/producte/camera", currency="EUR")[0]
    assert got["in_stock"] is not False
