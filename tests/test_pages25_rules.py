"""The rules mended in the thirty-sixth session on the twenty-fifth set-aside batch's readings (aside36), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

import pytest

from crawlers.extraction import extract_offers

# A form that sends to the cart's add action is the buy form, whatever its button says ---------------------------


def _cart_form_page(action: str, button: str = "<button type='submit' name='add'>Tānaki ki he kato</button>") -> str:
    return ("<html lang='to'><head><title>Ngatu, 2 m - Fale Koloa Nukuʻalofa</title></head><body><main>"
            "<div class='product'><div class='product__media'><img src='/ngatu.jpg' alt='Ngatu'></div>"
            "<div class='product__info'><h1>Ngatu, 2 m</h1><div class='price'>T$180.00</div>"
            "<p class='product__inventory'>ʻOku maʻu ʻi he falekoloa — 4 pē</p>"
            f"<form method='post' action='{action}' class='form'><input type='hidden' name='id' value='4410'>"
            f"{button}</form></div></div></main></body></html>")


@pytest.mark.parametrize("action", ["/cart/add", "/en-to/cart/add", "https://koloa.example.to/cart/add.js",
                                    "https://koloa.example.to/checkout/cart/add/uenc/aHR0cHM6Ly9rb2xvYQ,,/product/4410/",
                                    "/basket/add"])
def test_a_form_sending_to_the_carts_add_action_is_the_buy_form(action):
    # A shop's buy form sends to its cart's add action ('/cart/add' on every Shopify shop, Magento's
    # '/checkout/cart/add/…') whatever language its button is written in; where the button's words were none the rules
    # know (a Haitian Creole shop's 'Mete nan panye'), the page had no buy button and its stock was read as nothing.
    got = extract_offers(_cart_form_page(action), "https://koloa.example.to/products/ngatu", currency="TOP")[0]
    assert got["in_stock"] is True


@pytest.mark.parametrize("button", ["<button type='submit' name='add' disabled>Kuo ʻosi</button>",
                                    "<input type='submit' value='Kuo ʻosi' disabled>"])
def test_a_form_sending_to_the_carts_add_action_with_its_button_off_is_sold_out(button):
    got = extract_offers(_cart_form_page("/cart/add", button), "https://koloa.example.to/products/ngatu",
                         currency="TOP")[0]
    assert got["in_stock"] is False


@pytest.mark.parametrize("action", ["/cart", "/cart/update", "/contact#contact_form", "/search", "/cart/addresses"])
def test_a_form_sending_elsewhere_is_no_buy_form(action):
    # One step off: a form to the cart itself, to change it, or elsewhere says nothing of the product's stock.
    got = extract_offers(_cart_form_page(action), "https://koloa.example.to/products/ngatu", currency="TOP")[0]
    assert got["in_stock"] is None


# A label one letter from a known label of the shop's id is that label -----------------------------------------


def _facts_page(line: str) -> str:
    return ("<html lang='be'><head><title>Ручнік «Васількі» - Крама</title></head><body><main><div class='product'>"
            "<h1>Ручнік «Васількі»</h1><div class='price'>24,50 р.</div>"
            f"<ul class='list-unstyled'>{line}<li>Наяўнасць: ёсць</li></ul>"
            "<button type='button' class='btn'>Да кошыка</button></div></main></body></html>")


@pytest.mark.parametrize(("line", "code"), [
    ("<li>Код тавару: BY-RVS-042</li>", "BY-RVS-042"),
    ("<li><span>Код тавару:</span> <span>BY-RVS-042</span></li>", "BY-RVS-042"),
    ("<li>Код прадукту: 104233</li>", "104233"),
])
def test_a_label_one_letter_from_a_known_label_of_the_id_gives_the_id(line, code):
    # Kin languages spell the same label a letter apart: Belarusian writes "Код тавару:" where Ukrainian writes the
    # known "Код товару:" (Russian "Код товара:"), "Код прадукту" where it writes "Код продукту"; a Belarusian shop's id went unread where its structured data was
    # gone. A label of two words or more, every word the known label's but one, that one of five letters or more and
    # one letter off.
    got = extract_offers(_facts_page(line), "https://krama.example.by/rushnik", currency="BYN")[0]
    assert got["sku"] == code


@pytest.mark.parametrize("line", ["<li>Kod pocztowy: 00-950</li>", "<li>Код купона: LETA20</li>",
                                  "<li>Product cost: 2450</li>", "<li>Кот тавару: BY-RVS-042</li>",
                                  "<li>Код тавараў за тыдзень: 12</li>"])
def test_a_label_further_from_a_known_one_gives_no_id(line):
    # One step off: a postcode, a coupon's code, a word of four letters a letter off ("cost" for "code"; "Кот" for
    # "Код" beside the Belarusian word: two words apart), a longer label: no id, as before.
    got = extract_offers(_facts_page(line), "https://krama.example.by/rushnik", currency="BYN")[0]
    assert got["sku"] is None


# A line named "list" whose own amount is named a price is the list price -----------------------------------------


def _list_line_page(line: str) -> str:
    return ("<html lang='cy'><head><title>Blanced wlân - Siop y Felin</title></head><body><main><div class='node'>"
            "<h1>Blanced wlân</h1><div class='display-price'><span class='uc-price'>£64.50</span></div>"
            f"{line}<div class='product-info product sell'><span class='uc-price-label'>Pris:</span> "
            "<span class='uc-price'>£64.50</span></div>"
            "<form action='/node/318' method='post'><input type='submit' value='Ychwanegu at y fasged'></form>"
            "</div></main></body></html>")


@pytest.mark.parametrize("line", [
    "<div class='product-info product list'><span class='uc-price-label'>Pris rhestr:</span> "
    "<span class='uc-price'>£79.00</span></div>",
    "<p class='list'><span class='amount-price'>£79.00</span></p>",
])
def test_a_line_named_list_holding_an_amount_named_a_price_gives_the_list_price(line):
    # Ubercart prints the list price in a line named "product-info product list", its amount in a span named
    # "uc-price", its label in the shop's language (a Maltese shop's "Prezz tal-lista:" went unread): "list" alone
    # ends many names of lists of things, so a list price was read only in a price's name ("price-list"). The line
    # that holds a price-named amount as its own child is the price's line.
    got = extract_offers(_list_line_page(line), "https://siop.example.cymru/blanced", currency="GBP")[0]
    assert str(got.get("price")) == "64.50"
    assert str(got.get("regular_price")) == "79.00"


@pytest.mark.parametrize("line", [
    "<ul class='product-form__variants-list'><li><label><span class='variant-price'>£79.00</span> Dwbl</label></li></ul>",
    "<div class='option-list'><span>£79.00</span></div>",
])
def test_a_list_of_things_holding_prices_deeper_or_unnamed_gives_no_list_price(line):
    # One step off: a list of variants whose prices sit in its items, or a list whose amount is not named a price.
    got = extract_offers(_list_line_page(line), "https://siop.example.cymru/blanced", currency="GBP")[0]
    assert got.get("regular_price") is None


# A code shown on the page that the buy form sends for the chosen variant is the shop's id ------------------------


def _sent_code_page(shown: str, chosen: str = "KWK-BALM-50") -> str:
    options = "".join(f"<option value='{code}'{' selected' if code == chosen else ''}>{size}</option>"
                      for code, size in (("KWK-BALM-50", "50 ml — $24.00"), ("KWK-BALM-100", "100 ml — $42.00")))
    return ("<html lang='mi'><head><title>Hinu Kawakawa - Te Toa</title></head><body><main><div class='product'>"
            "<h1>Hinu Kawakawa</h1><div class='price'>$24.00</div>"
            f"<dl class='meta'>{shown}<dt>Rahi</dt><dd>50 ml</dd></dl>"
            "<form action='/basket/surface/add' method='post'>"
            f"<select name='variantReference'>{options}</select>"
            "<button type='submit'>Tāpiri ki te kete</button></form></div></main></body></html>")


@pytest.mark.parametrize("shown", ["<dt>Waehere hua</dt><dd>KWK-BALM-50</dd>",
                                   "<dt>Tohu</dt><dd><span>KWK-BALM-50</span></dd>"])
def test_a_code_shown_that_the_buy_form_sends_for_the_chosen_variant_is_the_id(shown):
    # The code a shop's buy form sends for the chosen variant is the shop's own key for it; shown on the page too,
    # after a label in any language (a Māori shop's "Waehere hua" on Umbraco Commerce), it is the shop's id, which went
    # unread where the structured data was gone: the page's two statements agree, whatever the label's words.
    got = extract_offers(_sent_code_page(shown), "https://toa.example.nz/hinu", currency="NZD")[0]
    assert got.get("sku") == "KWK-BALM-50"


@pytest.mark.parametrize(("shown", "chosen"), [("<dt>Waehere hua</dt><dd>KWK-BALM-50</dd>", "KWK-BALM-100"),
                                               ("<dt>Waehere hua</dt><dd>KWK-BALM</dd>", "KWK-BALM-50"),
                                               ("", "KWK-BALM-50")])
def test_a_code_the_form_sends_not_shown_or_not_chosen_gives_no_id(shown, chosen):
    # One step off: the code shown is another variant's than the chosen one, the form's code is not shown, or nothing
    # is shown: no id, as before.
    got = extract_offers(_sent_code_page(shown, chosen), "https://toa.example.nz/hinu", currency="NZD")[0]
    assert got.get("sku") is None
