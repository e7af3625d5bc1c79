"""Two rules of the seventh batch's mends made one step wider (review R3 and R4 of the eighteenth session):
an amount per something is the price where the page shows no other (a price per piece in most languages:
no word list holds every unit shops sell by), and a notify-me control that speaks of the price is a price
alert, which says nothing of stock."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers


@pytest.mark.parametrize(("written", "lang"), [
    ("8,99 zł/szt.", "pl-PL"), ("8,99 zł/szt", "pl-PL"), ("8,99 ₽/шт.", "ru-RU"), ("8,99 Kč/ks", "cs-CZ"),
    ("8,99 €/kpl", "fi-FI"), ("8,99 lei/buc.", "ro-RO"), ("8,99 €/Paar", "de-DE"),
])
def test_a_price_per_piece_that_is_the_page_s_only_price_is_its_price(written, lang):
    # Before: no price at all (an amount per something was left out whatever else the page showed).
    block = f'<div class="price">{written}</div><button>Add to cart</button>'
    assert read(block, lang, "https://www.shop.example/p/1")["price"] == Decimal("8.99")


def test_a_part_payment_still_loses_to_the_price_it_divides():
    block = ('<div class="price"><span class="now">449,90 €</span> <span class="pp">19,79 €/kk</span></div>'
             '<button>Lisää ostoskoriin</button>')
    assert read(block, "fi-FI", "https://www.shop.example.fi/p/1")["price"] == Decimal("449.90")


def _without_a_buy_button(control: str) -> dict:
    """A page whose basket button a script draws (none in the served page), `control` beside its price."""
    page = ("<html lang='en'><head><title>Coffee Machine EQ.6</title></head><body><main><div class='product'>"
            "<h1>Siemens Coffee Machine EQ.6 plus s300</h1><p>Item no. 887711</p><div class='price'>£649.00</div>"
            f"{control}<div id='add-to-basket-root'></div></div></main></body></html>")
    [product] = extract_offers(page, "https://www.shop.example/p/887711")
    return product


@pytest.mark.parametrize("control", [
    '<button class="price-watch">Notify me if the price drops</button>',
    '<a href="/preisalarm?p=887711" class="price-alert">Preisalarm: benachrichtigen, wenn der Preis fällt</a>',
])
def test_a_price_alert_beside_the_price_says_nothing_of_stock(control):
    # Before: out of stock (no buy button in the served page, a "notify" control beside the title).
    product = _without_a_buy_button(control)
    assert (product["price"], product.get("in_stock")) == (Decimal("649.00"), None), product


def test_a_back_in_stock_control_still_says_out_of_stock():
    assert _without_a_buy_button('<button class="notify">Notify me when available</button>').get("in_stock") is False
