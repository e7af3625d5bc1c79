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

