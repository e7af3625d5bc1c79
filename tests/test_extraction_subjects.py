"""Extraction: pages about something a shop does not sell (an event, a business) and products a page only
recommends give no offer; ids as shown."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from conftest import shared_data
from crawlers.extraction import extract_offers

EVENT_IN_MICRODATA = """<html><head><title>Tickets</title></head><body>
<div itemscope itemtype="https://schema.org/SportsEvent">
  <a itemprop="url" href="/game-3">Play-off tickets: <span itemprop="name">Harbour City at Riverside - Game 3</span></a>
  <meta itemprop="startDate" content="2026-04-21T20:00">
  <div itemprop="offers" itemscope itemtype="https://schema.org/AggregateOffer">
    Priced from: <span itemprop="lowPrice">$35</span> <span itemprop="offerCount">938</span> tickets left
  </div>
</div></body></html>"""

EVENT_IN_JSONLD = """<html><head><title>Live at the Owl</title><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "MusicEvent", "name": "Elysian Fields",
 "startDate": "2026-10-31T19:30", "location": {"@type": "Place", "name": "The Owl Parlour"},
 "offers": {"@type": "Offer", "price": "13.00", "priceCurrency": "USD", "url": "/tickets/1"}}
</script></head><body><main><h1>Elysian Fields, live</h1><p>Doors 19:30</p>
<p class="price">Tickets $13.00</p><button class="add-to-cart">Buy tickets</button></main></body></html>"""

BAKERY = """<html><head><title>Harbour Street Bakery - Opening hours</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Bakery", "name": "Harbour Street Bakery",
 "openingHours": ["Mo-Fr 07:30-17:30", "Sa 08:00-13:00"], "priceRange": "££",
 "address": {"@type": "PostalAddress", "streetAddress": "12 Harbour Street", "addressLocality": "Whitby"}}</script>
</head><body><header><a href="/">Home</a> <a href="/basket">Basket (0)</a></header>
<main><h1>Harbour Street Bakery</h1><p>12 Harbour Street, Whitby</p>
<div class="opening-hours"><h2>Opening hours</h2><ul><li>Monday to Friday: 7.30 – 17.30</li><li>Saturday: 8.00 – 13.00</li></ul></div>
<p>Bread from £2.50 a loaf. Cakes to order.</p><button class="add-to-cart">Book a table</button>
</main></body></html>"""


@pytest.mark.parametrize("html", [EVENT_IN_MICRODATA, EVENT_IN_JSONLD, BAKERY], ids=["event-microdata", "event-jsonld", "bakery"])
def test_a_page_about_an_event_or_a_business_records_no_product(html):
    """The visible page shows a price ("from $35", "£2.50 a loaf") and a button, but the page's own
    structured data says what it is about: tickets and a business are not a shop's products."""
    assert extract_offers(html, "https://venue.example/page") == []


def test_a_shop_that_describes_itself_as_a_business_still_has_its_product_pages_read():
    """A shop's identity (a LocalBusiness with opening hours on every page) is not what a product page
    is about: the product the page shows is read as before."""
    identity = BAKERY.split("<body>")[0].replace("<title>Harbour Street Bakery - Opening hours</title>", "<title>Sourdough</title>")
    page = identity + """<body><main><h1>Sourdough loaf 800 g</h1><p class="price">£4.20</p>
        <button class="add-to-cart">Add to basket</button></main></body></html>"""
    [offer] = extract_offers(page, "https://bakery.example/sourdough")
    assert (offer["name"], offer["price"], offer["currency"]) == ("Sourdough loaf 800 g", Decimal("4.20"), "GBP")


def test_an_item_offered_only_through_a_link_is_no_product():
    """A band's page lists its songs with a "buy" link under `offers`: no Offer, no product."""
    html = """<html><body><div itemscope itemtype="https://schema.org/MusicGroup"><h1 itemprop="name">Foo Band</h1>
      <div itemprop="track" itemscope itemtype="https://schema.org/MusicRecording">
        <span itemprop="name">Rope</span><meta itemprop="url" content="rope.html">
        <a itemprop="offers" href="rope-buy.html">Buy</a></div>
      <div itemprop="track" itemscope itemtype="https://schema.org/MusicRecording">
        <span itemprop="name">Everlong</span><meta itemprop="url" content="everlong.html">
        <a itemprop="offers" href="everlong-buy.html">Buy</a></div>
    </div></body></html>"""
    assert extract_offers(html, "https://band.example/") == []


def test_a_product_held_in_an_invoice_does_not_make_a_product_page():
    html = """<html><body><div itemscope itemtype="https://schema.org/Invoice">
      <h1 itemprop="description">New furnace and installation</h1>
      <div itemprop="referencesOrder" itemscope itemtype="https://schema.org/Order">
        <span itemprop="orderNumber">123ABC</span>
        <div itemprop="orderedItem" itemscope itemtype="https://schema.org/Product">
          <span itemprop="name">ACME Furnace 3000</span></div></div>
      <p>Paid on 30 January</p></div></body></html>"""
    assert extract_offers(html, "https://heating.example/invoice/1") == []


def test_an_id_is_the_one_the_page_shows_when_its_markup_writes_it_without_marks():
    """`itemprop="sku" content="4667999"` shown as 466/7999, as the shop prints its catalogue numbers:
    the shown form is the sku, the markup's one stays the product's key."""
    html = """<html><head><link rel="canonical" href="https://shop.example/product/4667999"></head><body>
      <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Indoor camera</h1>
        <span itemprop="sku" content="4667999">466/7999</span>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
          <span itemprop="price" content="34.99">£34.99</span><meta itemprop="priceCurrency" content="GBP"></div>
      </div>
      <div itemscope itemtype="https://schema.org/Product"><a itemprop="url" href="/product/7310212">
        <span itemprop="name">Doorbell</span></a><meta itemprop="sku" content="7310212"></div>
    </body></html>"""
    [offer] = extract_offers(html, "https://shop.example/product/4667999")  # the doorbell is only recommended
    assert (offer["sku"], offer["key"], offer["price"]) == ("466/7999", "4667999", Decimal("34.99"))


def test_the_structured_data_samples_give_offers_only_for_what_they_sell():
    """extruct's samples: the event, business and music pages give none; the product pages their price."""
    folder = shared_data("pages", "structured-data-samples", "schema.org")
    for name in ("Event.001", "Event.002", "Event.003", "Event.004", "Event.008", "LocalBusiness.002",
                 "LocalBusiness.003", "MusicRecording.001"):
        assert extract_offers((folder / f"{name}.html").read_bytes(), f"https://schema.example/{name}") == [], name
    for name in ("product", "product-ref"):
        expected = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))[0]["properties"]["offers"]
        offers = extract_offers((folder / f"{name}.html").read_bytes(), f"https://schema.example/{name}")
        assert offers[0]["price"] == Decimal(expected["properties"]["price"]), name


def related(name: str, price: str, url: str | None = None) -> str:
    link = f'<a itemprop="url" href="{url}">more</a>' if url else ""
    return (f'<li itemscope itemtype="https://schema.org/Product"><span itemprop="name">{name}</span>{link}'
            f'<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">{price}</span>'
            '<meta itemprop="priceCurrency" content="EUR"></div></li>')


def test_products_a_page_recommends_are_not_stored_under_it():
    """A product page whose markup also describes the products it recommends ("customers also
    bought"): only the product the page shows is read; the others have pages of their own."""
    html = f"""<html><head><title>Chair cover TERTIO - taupe</title></head><body><main>
      <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Chair cover TERTIO - taupe</h1>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">36.99</span>
        <meta itemprop="priceCurrency" content="EUR"></div><button class="add-to-cart">Add to basket</button></div>
      <h2>Customers also bought</h2><ul>{related("Bed linen JEHAUT - white", "49.99")}{related("Fitted sheet - white", "19.99")}
      {related("Long dress", "44.99")}</ul></main></body></html>"""
    [offer] = extract_offers(html, "https://shop.example/P-7142014-chair-cover")
    assert (offer["name"], offer["price"]) == ("Chair cover TERTIO - taupe", Decimal("36.99"))


def test_variants_and_listings_keep_every_product():
    """Variants whose names hold the page's title stay together; a listing's products (each on a
    URL of its own, none this page's) are all returned, for the spider to skip the listing. Several
    products named by the title that no product group ties together may be a category's: all kept."""
    variants = f"""<html><body><main><h1>Linen tee</h1>{related("Linen tee - red", "20.00")}{related("Linen tee - blue", "21.00")}
      {related("Socks", "5.00")}<button class="add-to-cart">Add to basket</button></main></body></html>"""
    names = [offer["name"] for offer in extract_offers(variants, "https://shop.example/linen-tee")]
    assert names == ["Linen tee - red", "Linen tee - blue", "Socks"]
    group = """<html><body><main><h1>Linen tee</h1><script type="application/ld+json">[
      {"@context": "https://schema.org", "@type": "ProductGroup", "name": "Linen tee", "productGroupID": "T1",
       "hasVariant": [{"@type": "Product", "name": "Linen tee - red", "sku": "T1-R",
                       "offers": {"@type": "Offer", "price": "20.00", "priceCurrency": "EUR"}},
                      {"@type": "Product", "name": "Linen tee - blue", "sku": "T1-B",
                       "offers": {"@type": "Offer", "price": "21.00", "priceCurrency": "EUR"}}]},
      {"@context": "https://schema.org", "@type": "Product", "name": "Socks", "url": "/p/socks",
       "offers": {"@type": "Offer", "price": "5.00", "priceCurrency": "EUR"}}]</script>
      <button class="add-to-cart">Add to basket</button></main></body></html>"""
    names = [offer["name"] for offer in extract_offers(group, "https://shop.example/linen-tee")]
    assert names == ["Linen tee - red", "Linen tee - blue"]
    for button in ("", '<button class="add-to-cart">Add to basket</button>'):
        category = f"""<html><body><main><h1>Shoes</h1><ul>{related("Running Shoes Aero", "89.00")}
          {related("Trail Shoes Grip", "99.00")}{related("Leather Sandals Sun", "49.00")}
          {related("Canvas Sneakers Low", "39.00")}</ul>{button}</main></body></html>"""
        names = [offer["name"] for offer in extract_offers(category, "https://shop.example/c/shoes")]
        assert names == ["Running Shoes Aero", "Trail Shoes Grip", "Leather Sandals Sun", "Canvas Sneakers Low"]
    listing = f"""<html><body><main><h1>Tea</h1><ul>{related("Green tea", "4.00", "/p/green-tea")}
      {related("Mug", "8.00", "/p/mug")}{related("Black tea", "3.50", "/p/black-tea")}</ul></main></body></html>"""
    assert len(extract_offers(listing, "https://shop.example/c/tea")) == 3
