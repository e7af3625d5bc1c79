"""Extraction from saved pages: structured data, visible-only pages, and real books.toscrape pages."""

from __future__ import annotations

import csv
import os
from decimal import Decimal
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawlers.extraction import availability_in_stock, extract_offers, parse_price_text

PAGES = Path(__file__).parent / "data" / "pages"
SHARED = Path(os.environ.get("STORECHECK_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
BOOKS = SHARED / "pages" / "books-toscrape"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def one(offers: list[dict]) -> dict:
    assert len(offers) == 1, offers
    return offers[0]


def test_jsonld_in_graph_with_list_price_and_visible_promotion():
    url = "https://shop.example.org/product/trail-socks-3-pack/"
    offer = one(extract_offers(HtmlResponse(url=url, body=page("jsonld-graph.html"))))
    assert offer["source"] == "json-ld"
    assert offer["name"] == "Trail Socks 3-pack"
    assert offer["price"] == Decimal("12.49")
    assert offer["regular_price"] == Decimal("15.99")
    assert offer["currency"] == "EUR"
    assert offer["sku"] == "TS-3P" and offer["key"] == "TS-3P"
    assert offer["gtin"] == "04006381333931"
    assert offer["brand"] == "Hillwalker"
    assert offer["in_stock"] is True and offer["availability"] == "InStock"
    assert offer["image"] == "https://shop.example.org/img/ts3p.jpg"
    # Not in the structured data: filled from the visible page.
    assert offer["promotion_text"] == "Save 20%"


def test_broken_jsonld_is_repaired_and_aggregate_offer_gives_low_price():
    offer = one(extract_offers(page("jsonld-broken.html"), "https://x.example/lamp"))
    assert offer["name"] == "Desk Lamp"
    assert offer["price"] == Decimal("19.90")
    assert offer["currency"] == "GBP"


def test_product_group_gives_one_offer_per_variant():
    offers = extract_offers(page("productgroup.html"), "https://tees.example.com/p/tee")
    assert [o["sku"] for o in offers] == ["TEE-S", "TEE-M"]
    assert [o["in_stock"] for o in offers] == [True, False]
    assert {o["parent_key"] for o in offers} == {"TEE"}
    assert all(o["brand"] == "Cotton Co" and o["price"] == Decimal("19") for o in offers)


def test_microdata_with_regular_price_written_beside_it():
    offer = one(extract_offers(page("microdata.html"), "https://acme.example/anvil"))
    assert offer["source"] == "microdata"
    assert (offer["name"], offer["brand"], offer["sku"]) == ("Executive Anvil", "ACME", "ANV-925872")
    assert offer["price"] == Decimal("119.99") and offer["currency"] == "USD"
    assert offer["regular_price"] == Decimal("179.99")
    assert offer["in_stock"] is False
    assert offer["gtin"] == "04006381333931"


def test_opengraph_product_tags():
    offer = one(extract_offers(page("opengraph.html"), "https://kitchen.example.com/kettle?ref=1"))
    assert offer["source"] == "opengraph"
    assert offer["price"] == Decimal("34.50") and offer["currency"] == "CHF"
    assert offer["sku"] == "KT-2L" and offer["in_stock"] is True
    assert offer["url"] == "https://kitchen.example.com/kettle"


def test_visible_only_page_with_decimal_comma_and_was_price():
    offer = one(extract_offers(page("visible-only.html"), "https://eck.example/p/10012-hafer-drink.html"))
    assert offer["source"] == "html"
    assert offer["name"] == "Hafer Drink 6 x 1 l"
    assert offer["price"] == Decimal("12.49")  # not the header's cart total, not the related product
    assert offer["regular_price"] == Decimal("14.99")
    assert offer["currency"] == "EUR"
    assert offer["in_stock"] is False  # "Nicht auf Lager"
    assert offer["sku"] == "CS-10012"
    assert offer["gtin"] == "04006381333931"
    assert offer["brand"] == "Oatly"
    assert offer["category"] == "Drinks"
    assert offer["promotion_text"] == "2 für 20,00 €"
    assert offer["url"] == "https://eck.example/p/10012-hafer-drink.html"  # canonical


def test_listing_page_is_not_a_product():
    assert extract_offers(page("listing.html"), "https://eck.example/c/snacks") == []


def test_configured_selectors_win():
    selectors = {"price": "xpath://del[@class='was-price']", "name": ".description", "availability": ".brand::text"}
    offer = one(extract_offers(page("visible-only.html"), "https://eck.example/p/1.html", selectors=selectors))
    assert offer["price"] == Decimal("14.99")
    assert offer["name"] == "Sechs Liter Haferdrink."
    assert "selectors" in offer["source"]


def test_decimal_separator_and_currency_of_the_competitor():
    html = "<html><body><h1>Widget</h1><span class='price'>$1.234</span><button>Add to cart</button></body></html>"
    offer = one(extract_offers(html, "https://w.example/p/1", currency="CAD", decimal_separator=","))
    assert offer["price"] == Decimal("1234")  # the stated decimal comma makes the dot a thousands mark
    assert offer["currency"] == "CAD"  # "$" is ambiguous; the competitor's currency decides


def test_empty_and_non_product_pages():
    assert extract_offers("", "https://x.example/") == []
    assert extract_offers("<html><body><h1>About us</h1><p>We sell things.</p></body></html>", "https://x.example/about") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://schema.org/InStock", ("InStock", True)),
        ("https://schema.org/OutOfStock", ("OutOfStock", False)),
        ("In stock (22 available)", ("InStock", True)),
        ("Not available", ("OutOfStock", False)),
        ("Ausverkauft", ("OutOfStock", False)),
        ("Sofort lieferbar", ("InStock", True)),
        ("", (None, None)),
    ],
)
def test_availability(text, expected):
    assert availability_in_stock(text) == expected


def test_price_text():
    assert parse_price_text("€12,49") == (Decimal("12.49"), "€")
    assert parse_price_text("£51.77")[0] == Decimal("51.77")
    assert parse_price_text("1.234,56 €")[0] == Decimal("1234.56")


@pytest.mark.parametrize(
    ("name", "truth"),
    [
        ("books-1.html", ("A Light in the Attic", Decimal("51.77"), "GBP", "a897fe39b1053632", "InStock")),
        ("books-17.html", ("Olio", Decimal("23.88"), "GBP", "feb7cc7701ecf901", "InStock")),
    ],
)
def test_saved_books_pages(name, truth):
    offer = one(extract_offers(page(name), "http://books.toscrape.com/catalogue/book/index.html"))
    assert (offer["name"], offer["price"], offer["currency"], offer["sku"], offer["availability"]) == truth
    assert offer["category"] and offer["category"].startswith("Books > ")


@pytest.mark.skipif(not (BOOKS / "truth.csv").is_file(), reason=f"shared page set not present at {BOOKS}")
def test_all_books_toscrape_pages_without_selectors():
    """200 real pages with no structured data: price, currency, sku and availability must all be right."""
    with (BOOKS / "truth.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 200
    wrong = []
    for row in rows:
        offers = extract_offers((BOOKS / row["file"]).read_bytes(), f"http://books.toscrape.com/catalogue/{row['file']}")
        got = None
        if len(offers) == 1:
            o = offers[0]
            got = (o.get("price"), o.get("currency"), o.get("sku"), o.get("availability"))
        want = (Decimal(row["price"]), row["currency"], row["sku"], row["availability"])
        if got != want:
            wrong.append((row["file"], got, want))
    assert wrong == [], f"{len(wrong)} of {len(rows)} pages wrong, e.g. {wrong[:3]}"
