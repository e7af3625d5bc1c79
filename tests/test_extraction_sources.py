"""Extraction: each place shops put a price, identifiers or stock, on small pages written here."""

from __future__ import annotations

from decimal import Decimal

from crawlers.extraction import extract_offers, plain_text


def one(offers: list[dict]) -> dict:
    assert len(offers) == 1, offers
    return offers[0]


def test_microdata_offer_nested_in_an_offer():
    # Marketplaces put the condition on an outer Offer and the price on an inner one.
    html = """<html><body><div itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Angel Teddy Bear</h1>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <span itemprop="itemCondition">New</span>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
          <span itemprop="price" content="12.99">£12.99</span><meta itemprop="priceCurrency" content="GBP">
          <link itemprop="availability" href="https://schema.org/InStock">
        </div>
      </div></div></body></html>"""
    offer = one(extract_offers(html, "https://market.example/itm/1"))
    assert (offer["price"], offer["currency"], offer["in_stock"]) == (Decimal("12.99"), "GBP", True)


def test_jsonld_that_only_a_lenient_reader_accepts():
    html = """<html><head><script type="application/ld+json">
      // written by the theme
      <![CDATA[ {"@type": "Product", "name": "Lamp", /* old */ "offers": {"price": "9.50", "priceCurrency": "EUR",},} ]]>
    </script></head><body></body></html>"""
    offer = one(extract_offers(html, "https://x.example/lamp"))
    assert (offer["name"], offer["price"], offer["currency"]) == ("Lamp", Decimal("9.50"), "EUR")


def test_plain_text_keeps_words_apart_and_drops_scripts():
    assert plain_text("<p>Fish</p><p>Chips</p>") == "Fish Chips"
    assert plain_text("<b>Mug</b><script>alert(1)</script>") == "Mug"
    assert plain_text("Mug<script>alert(1)") == "Mug"  # a script left open runs to the end
    assert plain_text("3<5 m &amp; more") == "3<5 m & more"
    assert plain_text("   ") is None
