"""The rules mended in the thirty-seventh session on the twenty-sixth set-aside batch's readings (aside37), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

import pytest

from crawlers.extraction import extract_offers

# A custom element names what it shows by its own attributes, as a class does ----------------------------------------


def _component_page(amounts: str) -> str:
    return ("<html lang='en-TC'><head><title>Conch shell lamp - Grace Bay Gifts</title></head><body><main>"
            "<article class='product'><h1>Conch shell lamp</h1>"
            f"<div class='price-box'>{amounts}</div>"
            "<product-stock>In stock</product-stock>"
            "<buy-button code='GBG-LAMP-1' role='button' tabindex='0'>Add to cart</buy-button></article>"
            "<section class='related'><h2>Also in the shop</h2><ul><li><a href='/p/conch-bowl'>Conch bowl</a> "
            "$22.00</li></ul></section></main></body></html>")


@pytest.mark.parametrize("amounts", [
    "<cl-price code='GBG-LAMP-1'><cl-price-amount type='compare-at'>$120.00</cl-price-amount> "
    "<cl-price-amount type='price'>$95.00</cl-price-amount></cl-price>",
    "<shop-price><shop-amount kind='old'>$120.00</shop-amount> <shop-amount kind='current'>$95.00</shop-amount>"
    "</shop-price>",
    "<compare-at-price>$120.00</compare-at-price> <sale-price>$95.00</sale-price>",
])
def test_a_custom_element_named_former_by_its_attributes_or_tag_is_the_former_price(amounts):
    # Web components name what they show by their own tag and attributes, with no class: Commerce Layer's drop-in
    # library writes `<cl-price-amount type="compare-at">` before `<cl-price-amount type="price">`; the compare-at
    # amount, first, was read as the price and no former price was read.
    got = extract_offers(_component_page(amounts), "https://gracebaygifts.example.tc/p/conch-lamp", currency="USD")[0]
    assert (got["price"], got.get("regular_price")) == (95, 120)


@pytest.mark.parametrize("amounts", [
    "<input type='text' name='old' value='x'><span>$95.00</span> <span class='note'>was set on 1 May</span>",
    "<price-amount data-code='OLD-2024'>$95.00</price-amount>",
    "<price-amount label='Old Town delivery included'>$95.00</price-amount>",
])
def test_a_standard_elements_attributes_or_a_custom_elements_codes_and_sentences_name_no_former_price(amounts):
    # One step off: a standard element's attributes keep their meanings (an input's name 'old'), and a custom
    # element's attribute that is a code ('OLD-2024') or a sentence is no name: the one amount is the price.
    got = extract_offers(_component_page(amounts), "https://gracebaygifts.example.tc/p/conch-lamp", currency="USD")[0]
    assert (got["price"], got.get("regular_price")) == (95, None)


# A number's last group of thousands is no count of items ------------------------------------------------------------


def _sentence_page(line: str) -> str:
    return ("<html lang='pt'><head><title>Rede de dormir - Loja do Norte</title></head><body><main>"
            "<div class='product'><h1>Rede de dormir</h1>"
            f"<div class='product-price'><span class='tag'>-20%</span>{line}</div>"
            "<form action='/carrinho/adicionar' method='post'><button type='submit'>Comprar</button></form>"
            "</div></main></body></html>")


@pytest.mark.parametrize(("line", "currency", "price", "was"), [
    ("<p class='price-line'>De XOF 6.500 por <strong class='price'>XOF 5.200</strong></p>", "XOF", 5200, 6500),
    ("<p class='price-line'>De R$ 1.500,00 por <strong class='price'>R$ 1.200,00</strong></p>", "BRL", 1200, 1500),
    ("<p>Was $2,500 for <b class='price'>$2,000</b></p>", "USD", 2000, 2500),
])
def test_an_amount_after_another_amount_and_for_is_no_multibuys_price(line, currency, price, was):
    # "De XOF 6.500 por XOF 5.200" (from 6,500, for 5,200): the '500' ending the first amount and 'por' ('for') were
    # read as a multibuy's count ("2 por 10,00"), and the price was left out; the first amount was read as the price.
    # Read as an amount, the reduction's badge beside them tells the former price.
    got = extract_offers(_sentence_page(line), "https://lojadonorte.example.com.br/rede", currency=currency)[0]
    assert (got["price"], got.get("regular_price")) == (price, was)


@pytest.mark.parametrize("line", ["<p class='price'>R$ 12,00</p><p>Leve 2 por R$ 20,00</p>",
                                  "<p class='price'>R$ 12,00</p><p>Leve 2 unidades por R$ 20,00</p>"])
def test_a_count_and_for_before_an_amount_is_still_a_multibuy(line):
    # One step off: a count standing alone before 'por' is a multibuy's, and its amount is not the price.
    got = extract_offers(_sentence_page(line), "https://lojadonorte.example.com.br/rede", currency="BRL")[0]
    assert got["price"] == 12


# Structured data's currency that the page's sign can also mean settles the sign ------------------------------------


def _pound_page(currency: str, shown: str = "£24.50") -> str:
    return ("<html lang='en'><head><title>Wool beanie - Island Crafts</title></head><body><main>"
            "<div class='product' itemscope itemtype='https://schema.org/Product'><h1 itemprop='name'>Wool beanie</h1>"
            "<div itemprop='offers' itemscope itemtype='https://schema.org/Offer'>"
            f"<span class='product-price'>{shown}</span><meta itemprop='price' content='24.50'>"
            f"<meta itemprop='priceCurrency' content='{currency}'></div>"
            "<form action='/shop/basket/add' method='post'><button type='submit'>Add to basket</button></form>"
            "</div></main></body></html>")


@pytest.mark.parametrize("currency", ["FKP", "GIP", "SHP"])
def test_structured_datas_currency_that_the_sign_can_mean_is_kept(currency):
    # '£' is sterling to a shop, and the Falkland, Gibraltar and St Helena pounds' sign too: a Stanley shop's microdata
    # in FKP beside '£24.50' was read as sterling, the sign taken to contradict it.
    got = extract_offers(_pound_page(currency), "https://islandcrafts.example.fk/beanie")[0]
    assert got["currency"] == currency


@pytest.mark.parametrize(("currency", "shown", "read"), [("USD", "£24.50", "GBP"), ("USD", "24.50 GBP", "GBP"),
                                                          ("EUR", "24.50 FKP", "FKP")])
def test_structured_datas_currency_that_the_sign_cannot_mean_still_yields_to_it(currency, shown, read):
    # One step off: a currency the sign or code shown cannot mean still yields to the page's.
    got = extract_offers(_pound_page(currency, shown), "https://islandcrafts.example.fk/beanie")[0]
    assert got["currency"] == read


# A code of capitals in parts may end in one letter, a size ---------------------------------------------------------


def _sku_line_page(line: str) -> str:
    return ("<html lang='bm'><head><title>Dulɔki - Butiki</title></head><body><main><div class='product'>"
            f"<h1>Bògòlan dulɔki</h1>{line}<div class='price'>18.500 F CFA</div>"
            "<form method='post' action='/cart/add'><button type='submit' name='add'>Bila sàgàli la</button></form>"
            "</div></main></body></html>")


@pytest.mark.parametrize(("line", "code"), [
    ("<p class='product__sku'><span class='visually-hidden'>Nimɔrɔ:</span>BBK-DLK-M</p>", "BBK-DLK-M"),
    ("<p class='product__sku'>BBK-DLK-M</p>", "BBK-DLK-M"),
    ("<p class='product__sku'>ABC.DE.L</p>", "ABC.DE.L"),
])
def test_a_code_of_capitals_in_parts_ending_in_a_size_letter_is_a_code(line, code):
    # A variant's size ends its sku as often as not ('BBK-DLK-M', a shirt's in size M); Colorblock's sku line,
    # labelled in Bambara, went unread where the structured data was gone: the one-letter part made it no code.
    got = extract_offers(_sku_line_page(line), "https://butiki.example.ml/products/duloki", currency="XOF")[0]
    assert got["sku"] == code


@pytest.mark.parametrize("line", ["<p class='product__sku'>T-SHIRT</p>", "<p class='product__sku'>XL-M</p>",
                                  "<p class='product__sku'>N/A</p>", "<p class='product__sku'>AB-C</p>"])
def test_a_word_or_a_short_pair_in_a_sku_line_is_still_no_code(line):
    # One step off: one long part and a letter, a word with a dash, 'N/A': no id.
    got = extract_offers(_sku_line_page(line), "https://butiki.example.ml/products/duloki", currency="XOF")[0]
    assert got.get("sku") is None
