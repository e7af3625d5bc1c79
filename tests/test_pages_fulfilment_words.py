"""Structured data's "in stock" against a page that says "unavailable" (review R7 on 813416e): the page
wins only where it says so of the product (Tesco's "Sorry, this product is currently unavailable", no
buy button), not of one way of getting it, on a page whose basket button a script draws."""

from __future__ import annotations

from crawlers.extraction import extract_offers

LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Bosch GSR 18V-55",'
      '"sku":"BGS-1855","offers":{"@type":"Offer","price":"129.00","priceCurrency":"GBP",'
      '"availability":"https://schema.org/InStock"}}</script>')


def _page(block: str) -> str:
    return (f"<html lang='en'><head><title>Drill</title>{LD}</head><body><main><h1>Bosch GSR 18V-55 Cordless Drill</h1>"
            f"<div class='price'>£129.00</div>{block}<div id='add-to-basket-root'></div>"
            "<script src='/static/basket.js'></script></main></body></html>")


def test_one_way_of_getting_it_unavailable_leaves_it_in_stock():
    page = _page("<div class='fulfilment'><div class='delivery'>Home delivery available</div>"
                 "<div class='collect'>Click &amp; Collect: currently unavailable</div></div>")
    assert extract_offers(page, "https://diy.example.co.uk/p/1")[0]["in_stock"] is True


def test_the_product_itself_unavailable_is_out_of_stock():
    page = _page("<p class='unavailable'>Sorry, this product is currently unavailable</p>")
    assert extract_offers(page, "https://diy.example.co.uk/p/1")[0]["in_stock"] is False
