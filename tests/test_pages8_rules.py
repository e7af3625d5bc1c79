"""The visible page's rules mended in the nineteenth session: faults a user met (a size beside a price) and
the eighth set-aside batch's misses (aside19), each by cause, tested on small pages written here: one shape
per test, and the shape one step off it that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers


@pytest.mark.parametrize(("block", "lang", "price"), [
    # A size selector's value beside the price: "/M" and "/L" are sizes, not per metre or per litre.
    ("<p>Größe S/M 29,99 €</p>", "de", "29.99"),
    ("<p><span>Größe S/M</span> <span>29,99 €</span></p>", "de", "29.99"),
    ("<p>Größe M/L 29,99 €</p>", "de", "29.99"),
    ("<p><span>29,99 €</span> <span>Größe S/M</span></p>", "de", "29.99"),
    # A size's number beside the price is no second amount.
    ("<p>size 8 (M) $24.99</p>", "en-US", "24.99"),
    ("<p>Size: 10/M 29,99 €</p>", "en-GB", "29.99"),
    ("<p>Taille 38/40 – 49,00 €</p>", "fr", "49.00"),
    ("<p>EU 42 · 89,95 €</p>", "de", "89.95"),
])
def test_a_size_beside_a_price_leaves_it_the_price(block, lang, price):
    assert read(block, lang, "https://shop.example.eu/p")["price"] == Decimal(price)


@pytest.mark.parametrize(("block", "lang", "price"), [
    # One step off: a unit after an amount's slash is still that amount's unit, and the price is the other.
    ("<p>12,99 €</p><p>Meterware 3,25 €/m</p>", "de", "12.99"),
    ("<p>4,49 €</p><p>(2,99 €/l)</p>", "de", "4.49"),
    ("<p>$24.99</p><p>$0.52/oz</p>", "en-US", "24.99"),
])
def test_a_unit_after_an_amount_still_makes_it_a_unit_price(block, lang, price):
    assert read(block, lang, "https://shop.example.eu/p")["price"] == Decimal(price)


def test_a_size_word_never_takes_an_amount_as_its_size():
    # "Größe" before an amount with decimals: the amount is no size, and one number is left either way.
    assert read("<p>Größe: 29,99 €</p>", "de", "https://shop.example.de/p")["price"] == Decimal("29.99")
    # Two amounts beside a size stay two numbers: a sentence, read through its parts.
    got = read("<p>Größe M 29,99 € statt 39,99 €</p>", "de", "https://shop.example.de/p")
    assert got.get("price") in (None, Decimal("29.99"))


def test_an_amount_per_something_is_read_as_any_amount_is():
    # The per-unit amount goes through the main path's reading: its former-price words strike it, so where the
    # page shows only amounts per piece, the one after "statt" is the former price and the other the price.
    got = read("<p>statt 9,99 zł/szt.</p><p>7,99 zł/szt.</p>", "pl", "https://sklep.example.pl/p")
    assert (got["price"], got.get("regular_price")) == (Decimal("7.99"), Decimal("9.99"))


def _page(main: str, lang: str = "en-GB", head: str = "") -> str:
    return f"<html lang='{lang}'><head><title>Kettle</title>{head}</head><body><main>{main}</main></body></html>"


def _one(html: str, url: str = "https://shop.example.eu/p") -> dict:
    offers = extract_offers(html, url)
    assert len(offers) == 1, offers
    return offers[0]


def test_a_buy_box_in_an_aside_is_the_products():
    # A Greek electronics shop's buy box: the price, the former price and the buy form in an <aside> beside the title.
    got = _one(_page("<h1>Dyson V12</h1><aside class='buybox'><div class='price-box__initial'>Αρχική τιμή: "
                     "<span>649,00 €</span></div><div class='price'>549,00 €</div><div class='price-box__discount'>"
                     "Κέρδος 100,00 €</div><form><button type='submit' class='btn'>Προσθήκη στο καλάθι</button></form>"
                     "</aside>", "el"))
    assert (got["price"], got.get("regular_price")) == (Decimal("549.00"), Decimal("649.00"))


def test_an_aside_without_the_buy_button_stays_a_sidebar():
    got = _one(_page("<aside class='sidebar'><p>Bestseller</p><p class='price'>19,99 €</p></aside>"
                     "<h1>Dyson V12</h1><p class='price'>549,00 €</p><button class='add-to-cart'>In den Warenkorb</button>",
                     "de"))
    assert got["price"] == Decimal("549.00")
    got = _one(_page("<aside class='sidebar'><p class='price'>19,99 €</p></aside><h1>Dyson V12</h1>"
                     "<button class='add-to-cart'>In den Warenkorb</button>", "de"))
    assert got.get("price") is None


def test_a_price_inside_the_add_to_cart_button_is_the_price():
    # Shopify's Hydrogen writes the price and the compare-at price inside the add-to-cart button.
    got = _one(_page("<h1>Tuque</h1><form><button type='submit' class='w-full'><span>Ajouter au panier</span> · "
                     "<span data-test='price'>39,99 $</span><s data-test='compare-at-price'>54,99 $</s></button></form>",
                     "fr-CA"), "https://boutique.example.ca/p")
    assert (got["price"], got.get("regular_price")) == (Decimal("39.99"), Decimal("54.99"))


def test_a_price_inside_another_button_stays_out():
    got = _one(_page("<h1>Kettle</h1><p class='price'>£49.00</p><button class='protect'>Add 2-year cover £9.00</button>"
                     "<button class='add-to-cart'>Add to basket</button>"))
    assert got["price"] == Decimal("49.00")


@pytest.mark.parametrize(("saving", "former"), [
    # The saving with its share in brackets is still one amount, the difference of the two.
    ("<div class='save'>Megtakarítás: 8 000 Ft (15%)</div>", "52990"),
    # A class named "discount" holds the money taken off, as "saving" does.
    ("<div class='discount'>8 000 Ft</div>", "52990"),
    # One step off: a saving that is not the difference says nothing of the two.
    ("<div class='save'>Megtakarítás: 7 000 Ft (13%)</div>", None),
])
def test_a_saving_with_its_share_in_brackets_or_named_discount_strikes_the_higher(saving, former):
    got = read("<div><span>Akciós ár:</span> <span class='a'>44 990 Ft</span></div>"
               "<div><span>Eredeti ár:</span> <span class='b'>52 990 Ft</span></div>" + saving, "hu",
               "https://bolt.example.hu/p")
    assert got["price"] == Decimal("44990")
    assert got.get("regular_price") == (Decimal(former) if former else None)


def test_a_net_price_in_hungarian_is_no_price():
    got = read("<div class='price-net'>Nettó ár: 35 425 Ft</div><div class='price-gross'>Bruttó ár: 44 990 Ft</div>", "hu",
               "https://bolt.example.hu/p")
    assert got["price"] == Decimal("44990")


@pytest.mark.parametrize(("label", "value"), [('מק"ט: 81234', "81234"), ("מק״ט: 81234", "81234"), ("UGS : TUQ-NOIR-01", "TUQ-NOIR-01")])
def test_the_shops_item_number_in_hebrew_and_quebec_french(label, value):
    assert read(f"<p class='price'>49,00 €</p><p>{label}</p>")["sku"] == value


_LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Galaxy A55",'
       '"sku":"SM-A556BLBCMWD","offers":{"@type":"Offer","price":"4499.00","priceCurrency":"MAD"}}</script>')


def test_structured_data_whose_sku_the_page_labels_the_makers_model_yields_to_the_shops_id():
    got = _one(_page("<h1>Galaxy A55</h1><div>Réf : 140522</div><div>Modèle : SM-A556BLBCMWD</div>"
                     "<p class='price'>4 499,00 Dhs</p><button class='tocart'>Ajouter au panier</button>", "fr", _LD))
    assert got["sku"] == "140522"
    assert got.get("mpn") == "SM-A556BLBCMWD"


def test_structured_data_whose_sku_the_page_shows_as_its_own_stays():
    # One step off: the page shows the structured sku under the shop's label, beside another code.
    got = _one(_page("<h1>Galaxy A55</h1><div>Réf : SM-A556BLBCMWD</div><div>EAN : 8806095426280</div>"
                     "<p class='price'>4 499,00 Dhs</p><button class='tocart'>Ajouter au panier</button>", "fr", _LD))
    assert got["sku"] == "SM-A556BLBCMWD"
