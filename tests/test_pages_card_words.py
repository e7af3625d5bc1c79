"""'Tarjeta' beside an amount (review R6 on 476602e): a shop card's price is named by paying words
("Precio Tarjeta", "con tarjeta Ripley") or by the card's logo alone (an image whose alt is "tarjeta
CMR"); "tarjeta" is also a product's own word ("tarjeta gráfica", "tarjeta microSD", "tarjeta
regalo"), and a page labelling its only price so keeps it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read


@pytest.mark.parametrize(("block", "price"), [
    ('<div class="buy"><span class="label">Tarjeta gráfica</span> <span class="price">329,90 €</span></div>', "329.90"),
    ('<div class="price-box"><div class="name">Tarjeta microSD</div><div><span class="price">19,99 €</span></div></div>',
     "19.99"),
    ('<p class="price"><span>Tarjeta regalo</span> <span>50,00 €</span></p>', "50.00"),
])
def test_a_product_named_tarjeta_keeps_its_only_price(block, price):
    assert read(block, "es-ES", "https://www.tienda.example.es/p/1")["price"] == Decimal(price)


@pytest.mark.parametrize("block", [
    # Paying words name the shop's card in text.
    '<div class="card"><span class="price">4,50 €</span> <span>con tarjeta Ripley</span></div><p class="price">5,75 €</p>',
    # The card's logo, its alt the whole label.
    '<div class="card"><span class="price">4,50 €</span> <img src="/r.svg" alt="Tarjeta Ripley"></div>'
    '<p class="price">5,75 €</p>',
])
def test_a_shop_card_s_price_is_still_another_amount(block):
    assert read(block, "es-CL", "https://www.tienda.example.cl/p/1")["price"] == Decimal("5.75")
