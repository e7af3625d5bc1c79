"""The rules mended in the thirty-eighth session on the twenty-seventh set-aside batch's readings (aside38), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

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

