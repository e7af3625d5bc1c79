"""Small product pages for the visible page's rule tests (the pages2 to pages5 rule files): a block
of markup set between a product's title and its buy button, read as a shop's page is read."""

from __future__ import annotations

from crawlers.extraction import extract_offers

URL = "https://shop.example.co.uk/kettle"


def page(block: str, lang: str = "en-GB") -> str:
    """A page selling a kettle: its title, the block, then its buy button, all in the page's <main>."""
    return (f"<html lang='{lang}'><head><title>Kettle</title></head><body><main><h1>Kettle</h1>{block}"
            "<button class='add-to-cart'>Add to basket</button></main></body></html>")


def read(block: str, lang: str = "en-GB", url: str = URL) -> dict:
    """The one product the page with `block` gives."""
    offers = extract_offers(page(block, lang), url)
    assert len(offers) == 1, offers
    return offers[0]
