"""The rules mended in the thirty-eighth session on the twenty-seventh set-aside batch's readings (aside38), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crawlers.extraction import extract_offers

# A style sheet's line-through on one element by its id strikes it, as one by its class does ------------------------


def _builder_page(style: str) -> str:
    return ("<html lang='fr'><head><title>Miel de la Lobaye, 1 kg - Rucher de Mbaïki</title>"
            f"<style>{style}</style></head><body><main>"
            "<section class='product-section'><h1 id='brxe-ttl01'>Miel de la Lobaye, 1 kg</h1>"
            "<div id='brxe-prc00' class='brxe-div'>"
            "<div id='brxe-old01' class='brxe-text-basic'>12 500 FCFA</div>"
            "<div id='brxe-new01' class='brxe-text-basic'>9 500 FCFA</div></div>"
            "<form class='cart' method='post'><button type='submit' name='add-to-cart' value='12'>Ajouter au panier"
            "</button></form></section></main></body></html>")


@pytest.mark.parametrize("style", [
    "#brxe-old01 {color: #999; text-decoration: line-through}",
    "div#brxe-old01{text-decoration-line:line-through}",
    "#brxe-prc00 > #brxe-old01 {text-decoration: line-through}",
])
def test_an_amount_struck_by_a_rule_on_its_id_is_the_former_price(style):
    # Page builders style each element they place by its own generated id: Bricks writes the regular price first and
    # strikes it by '#brxe-… {text-decoration: line-through}' in its inline style sheet, no class or tag saying so;
    # the struck amount, first, was read as the price and no former price was read.
    got = extract_offers(_builder_page(style), "https://rucher.example.cf/produit/miel-lobaye", currency="XAF")[0]
    assert (got["price"], got.get("regular_price")) == (9500, 12500)


@pytest.mark.parametrize("style", [
    "#brxe-old01:hover {text-decoration: line-through}",
    "#brxe-old01 {color: #999}",
    "#brxe-ttl01 {text-decoration: line-through}",
])
def test_a_rule_on_an_id_in_a_state_without_a_strike_or_on_another_element_strikes_no_amount(style):
    # One step off: a state's rule (':hover'), an id's rule that draws no line, and a line drawn on another element
    # strike neither amount: no former price is read (the price, as before, the amount nearer the buy button).
    got = extract_offers(_builder_page(style), "https://rucher.example.cf/produit/miel-lobaye", currency="XAF")[0]
    assert (got["price"], got.get("regular_price")) == (9500, None)


# A name whose last word is 'price' names a price, 'discount' a word before it ---------------------------------------


def _discount_block_page(amounts: str) -> str:
    return ("<html lang='en'><head><title>Tide Pool Atlas on Example Store</title></head><body><main>"
            "<div class='game_area_purchase_game'><h1>Tide Pool Atlas</h1>"
            f"<div class='discount_block'><div class='discount_pct'>-25%</div><div class='discount_prices'>{amounts}"
            "</div></div>"
            "<form action='/cart/' method='post'><input type='hidden' name='subid' value='4123'>"
            "<button type='submit'>Add to Cart</button></form></div></main></body></html>")


@pytest.mark.parametrize("amounts", [
    "<div class='discount_original_price'>$19.99</div><div class='discount_final_price'>$14.99</div>",
    "<span class='discount-old-price'>$19.99</span> <span class='discount-new-price'>$14.99</span>",
])
def test_an_amount_named_a_price_after_discount_and_one_word_is_a_price(amounts):
    # Steam's discount block names its two amounts 'discount_original_price' and 'discount_final_price': the word
    # 'discount' read them as the money taken off, and the page had no price. A compound name's last word is its
    # head: these are prices, original and final, as 'discount_price' already was.
    got = extract_offers(_discount_block_page(amounts), "https://store.example.com/app/4123/", currency="USD")[0]
    assert (got.get("price"), got.get("regular_price")) == (Decimal("14.99"), Decimal("19.99"))


def test_the_money_a_discount_takes_off_named_so_stays_no_price():
    # One step off: 'price_discount' and 'discount_amount' name the money taken off; the price beside them is read.
    amounts = ("<span class='price_discount'>$5.00</span> <span class='discount_amount'>$5.00</span> "
               "<span class='price'>$14.99</span>")
    got = extract_offers(_discount_block_page(amounts), "https://store.example.com/app/4123/", currency="USD")[0]
    assert (got.get("price"), got.get("regular_price")) == (Decimal("14.99"), None)


@pytest.mark.parametrize("name", ["discount-amount-price", "discount-value-price", "discount-total-price"])
def test_the_discounts_amount_named_with_price_last_stays_no_price(name):
    # Review R13: the word between 'discount' and 'price' must name a price's kind (final, original, old, new); an
    # amount named for the discount's amount, value or total is the money taken off, before or after the price.
    amounts = (f"<span class='old-price'>$80.00</span> <span class='{name}'>$20.00</span> "
               "<span class='price'>$60.00</span>")
    got = extract_offers(_discount_block_page(amounts), "https://store.example.com/app/4123/", currency="USD")[0]
    assert (got.get("price"), got.get("regular_price")) == (Decimal("60.00"), Decimal("80.00"))


# Inside the buy button, 'cart' in an amount's names is the cart the button adds to -----------------------------------


def _download_page(inside: str, beside: str = "") -> str:
    return ("<html lang='en'><head><title>Reef Sans font family - Anibare Type</title></head><body><main>"
            "<div class='download'><h1>Reef Sans font family</h1><p>Four weights, a desktop licence for five computers."
            "</p>"
            "<form method='post' class='purchase-form'><button class='shop-add-to-cart button' "
            f"data-action='add_to_cart'>{inside}</button>"
            f"<input type='hidden' name='download_id' value='214'></form>{beside}</div></main></body></html>")


def test_an_amount_in_the_buy_buttons_label_named_for_the_cart_is_the_price():
    # Easy Digital Downloads writes the price only in the buy button's label, '$29.00 – Purchase', in a span named
    # 'edd-add-to-cart-label': 'cart' in its names read it as a cart's total, and the page had no price.
    page = _download_page("<span class='shop-add-to-cart-label'>$29.00&nbsp;&ndash;&nbsp;Purchase</span>")
    got = extract_offers(page, "https://anibare.example.nr/downloads/reef-sans/", currency="AUD")[0]
    assert got.get("price") == Decimal("29.00")


def test_an_amount_named_for_the_cart_beside_the_buy_button_stays_a_carts():
    # One step off: the same amount in a cart's element beside the buy form, not inside its button, is still a
    # cart's total.
    page = _download_page("Purchase", beside="<div class='cart-drawer'><span class='cart-total'>$29.00</span></div>")
    got = extract_offers(page, "https://anibare.example.nr/downloads/reef-sans/", currency="AUD")
    assert not got or got[0].get("price") is None


# A sign of several currencies is the competitor's currency where that is set, against structured data's other one ---


def _marketplace_page(price: str, approximately: str) -> str:
    return ("<html lang='fr'><head><title>Bracelet touareg en argent - Atelier Tagaste</title>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
            "\"name\":\"Bracelet touareg en argent\",\"offers\":{\"@type\":\"Offer\",\"price\":\"30.49\","
            "\"priceCurrency\":\"EUR\",\"availability\":\"https://schema.org/InStock\"}}</script></head><body><main>"
            "<div class='product-info'><h1>Bracelet touareg en argent</h1>"
            f"<div class='price-block'><span class='product-price'>{price}</span> <span class='hint'>soit environ "
            f"{approximately}</span></div>"
            "<form action='/fr/cart/add' method='post'><button type='submit'>Ajouter au panier</button></form>"
            "</div></main></body></html>")


def test_a_sign_of_several_currencies_is_the_set_currency_against_structured_datas_other_one_shown_as_approximate():
    # Afrikrea shows a Niamey shop's '45 900 FCFA' ('FCFA': XOF or XAF) with 'soit environ 69,97 €' under it, its
    # JSON-LD the marketplace's euros: read with XOF set, the euros were the price, for the page's currency was
    # unsettled and the rule that prefers the page's own currency had none to prefer.
    got = extract_offers(_marketplace_page("20 000 FCFA", "30,49 €"), "https://market.example.com/p/184530",
                         currency="XOF")[0]
    assert (got["price"], got["currency"]) == (Decimal("20000"), "XOF")


@pytest.mark.parametrize(("price", "currency"), [("20 000 FCFA", None), ("$33.40", "XOF")])
def test_structured_datas_currency_stays_with_no_currency_set_or_one_the_sign_cannot_mean(price, currency):
    # One step off: with no currency set nothing but the page settles 'FCFA', and the structured price stays; nor
    # does a set currency the page's sign cannot mean ('$' with XOF set) replace it.
    got = extract_offers(_marketplace_page(price, "30,49 €"), "https://market.example.com/p/184530",
                         currency=currency)[0]
    assert (got["price"], got["currency"]) == (Decimal("30.49"), "EUR")
