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


def test_broken_jsonld_is_repaired_and_an_aggregate_offers_lowest_price_is_no_price():
    """lowPrice 19.90, highPrice 29.90: the cheapest of three variants, kept out as a file's 'From' price is."""
    offer = one(extract_offers(page("jsonld-broken.html"), "https://x.example/lamp"))
    assert offer["name"] == "Desk Lamp"
    assert offer.get("price") is None and offer["currency"] == "GBP"
    assert offer["price_left_out"] == "a lowest price of several ('lowPrice' 19.90, 'highPrice' 29.90), not one product's price"
    one_price = page("jsonld-broken.html").replace(b'"highPrice": "29.90"', b'"highPrice": "19.90"')
    assert one(extract_offers(one_price, "https://x.example/lamp"))["price"] == Decimal("19.90")


def test_a_visible_from_price_is_no_price():
    html = ("<html><head><meta property='og:type' content='product'></head><body><h1>Linen shirt</h1>"
            "<p class='price'><span>From</span> <span>£5.00</span></p><button>Add to basket</button>"
            "<p>Pure linen, relaxed fit, machine washable at 40 degrees.</p></body></html>")
    offer = one(extract_offers(html, "https://shop.example.co.uk/p/shirt"))
    assert offer["name"] == "Linen shirt" and offer.get("price") is None
    assert "lowest price of several" in offer["price_left_out"]
    shown = one(extract_offers(html.replace("<span>From</span> ", ""), "https://shop.example.co.uk/p/shirt"))
    assert (shown["price"], shown["currency"], shown.get("price_left_out")) == (Decimal("5.00"), "GBP", None)


def test_a_visible_from_price_is_not_replaced_by_the_amount_beside_it():
    """Zalando writes "From €70.50 €78.50": the lowest of the sizes' prices and the was-price. With the
    "from" price left out, the was-price beside it must not become the price."""
    html = ("<html><head><meta property='og:type' content='product'></head><body><h1>Lace-up ankle boots</h1>"
            "<div class='price-box'><p class='price'>From €70.50</p><p class='original-price'>€78.50</p></div>"
            "<button>Add to bag</button><p>Leather upper, lace fastening, padded collar.</p>"
            "<ul><li>Ankle boots, cognac <span class='price'>€60.00</span></li></ul></body></html>")
    offer = one(extract_offers(html, "https://shop.example.ie/p/boots"))
    assert offer["name"] == "Lace-up ankle boots"
    assert offer.get("price") is None and offer.get("regular_price") is None
    assert "From €70.50" in offer["price_left_out"] and "lowest price of several" in offer["price_left_out"]
    shown = one(extract_offers(html.replace("From €70.50", "€70.50"), "https://shop.example.ie/p/boots"))
    assert shown["price"] == Decimal("70.50")


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
    # A sign of one currency is what the shop charges in, whatever the competitor's setting says.
    pounds = one(extract_offers(html.replace("$1.234", "£12.50"), "https://w.example/p/1", currency="EUR"))
    assert (pounds["price"], pounds["currency"]) == (Decimal("12.50"), "GBP")
    bare = one(extract_offers(html.replace("$1.234", "12.50"), "https://w.example/p/1", currency="EUR"))
    assert bare["currency"] == "EUR"


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


# --- storecheck extract -------------------------------------------------------------


def _cli(args: list[str], **kwargs):
    import json

    from click.testing import CliRunner

    from storecheck.cli import cli

    result = CliRunner().invoke(cli, ["extract", *args], **kwargs)
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")] if "--json" in args else []
    return result, lines


def test_extract_json_on_saved_files(tmp_path):
    hostile = tmp_path / "hostile.html"
    hostile.write_text(
        '<html><body><script type="application/ld+json">{"@type": "Product", "name": "<b>Mug<\\/b><script>alert(1)<\\/script>",'
        ' "sku": "M1", "offers": {"price": "4.00", "priceCurrency": "EUR"}}</script></body></html>', encoding="utf-8")
    result, lines = _cli(["--json", str(PAGES / "jsonld-graph.html"), str(PAGES / "productgroup.html"),
                          str(PAGES / "listing.html"), str(hostile), str(tmp_path / "missing.html")], env={"STORECHECK_WORKSPACE": ""})
    assert result.exit_code == 1  # pages without a product say so in the exit code
    by_source: dict[str, list[dict]] = {}
    for line in lines:
        by_source.setdefault(Path(line["source"]).name, []).append(line)
    socks = one(by_source["jsonld-graph.html"])
    assert (socks["price"], socks["regular_price"], socks["currency"]) == ("12.49", "15.99", "EUR")
    assert socks["availability"] == "InStock" and socks["evidence"] == "json-ld"
    assert socks["promotion"]["type"] == "percent_off" and socks["gtin"] == "04006381333931"
    assert {"key", "name", "brand", "category", "gtin", "mpn", "price", "regular_price", "currency", "url",
            "description", "in_stock", "promotion"} <= set(socks)
    assert len(by_source["productgroup.html"]) >= 2  # one line per variant
    assert by_source["listing.html"] == [{"source": str(PAGES / "listing.html"), "error": "no product found on the page"}]
    assert by_source["missing.html"][0]["error"] == "no such file"
    assert one(by_source["hostile.html"])["name"] == "Mug"


def test_extract_table_on_a_saved_file():
    result, _ = _cli([str(PAGES / "jsonld-graph.html")], env={"STORECHECK_WORKSPACE": ""})
    assert result.exit_code == 0, result.output
    assert "Trail Socks 3-pack" in result.output and "12.49" in result.output and "json-ld" in result.output


@pytest.fixture
def page_server():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            seen.append((self.path, self.headers.get("User-Agent", "")))
            if self.path == "/robots.txt":
                body, status = b"User-agent: *\nDisallow: /private/\n", 200
            elif self.path in ("/p/socks.html", "/private/socks.html"):
                body, status = page("jsonld-graph.html"), 200
            else:
                body, status = b"not found", 404
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


def test_extract_fetches_a_url_politely(page_server, workspace):
    base, seen = page_server
    workspace.add_competitor("Sockshop", base + "/", currency="EUR")
    result, lines = _cli(["--json", "--competitor", "Sockshop", "-w", str(workspace.path),
                          f"{base}/p/socks.html", f"{base}/private/socks.html", f"{base}/p/gone.html"])
    assert result.exit_code == 1
    assert [line.get("name") for line in lines[:1]] == ["Trail Socks 3-pack"]
    assert lines[0]["price"] == "12.49" and lines[0]["source"] == f"{base}/p/socks.html"
    assert "robots.txt disallows" in lines[1]["error"]
    assert lines[2]["error"].startswith("HTTP 404")
    assert "/private/socks.html" not in [path for path, _ in seen]  # never fetched
    assert all(agent.startswith("storecheck/") for _, agent in seen)  # an honest user agent, robots.txt included


@pytest.mark.parametrize(("url", "lang", "configured", "expected"), [
    ("https://shop.example/p/1", "nb-NO", None, "NOK"),  # the language tag's country
    ("https://shop.example/p/1", "sv", None, "SEK"),  # a language official in every country of one krona
    ("https://butik.example.se/p/1", "", None, "SEK"),  # the domain's country
    ("https://shop.example/p/1", "nb-NO", "SEK", "SEK"),  # the competitor's configured currency first
    ("https://shop.example/p/1", "nb-NO", "EUR", "NOK"),  # ... when the sign can mean it
])
def test_a_shared_currency_sign_is_settled_by_the_configuration_then_the_page(url, lang, configured, expected):
    html = (f"<html lang='{lang}'><body><h1>Kaffe</h1><span class='price'>49,90 kr</span>"
            "<button>Kjøp</button></body></html>")
    offer = one(extract_offers(html, url, currency=configured))
    assert (offer["price"], offer["currency"], offer.get("currency_unsettled")) == (Decimal("49.90"), expected, None)


def test_the_pages_own_currency_beats_the_configured_one_and_the_disagreement_is_reported():
    """The page's structured data states DKK: neither the competitor's configured SEK nor our shop's NOK
    (a last default, for a page that says nothing) turns its "kr" into another krona."""
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Kaffe",'
          ' "offers": {"@type": "Offer", "price": "499.00", "priceCurrency": "DKK"}}</script>')
    html = f"<html lang='da-DK'><head>{ld}</head><body><h1>Kaffe</h1><span class='price'>499 kr</span><button>Køb</button></body></html>"
    url = "https://butik.example.dk/p/1"
    ours = one(extract_offers(html, url, shop_currency="NOK"))
    assert (ours["price"], ours["currency"], ours.get("currency_differs")) == (Decimal("499.00"), "DKK", None)
    theirs = one(extract_offers(html, url, currency="SEK", shop_currency="NOK"))
    assert theirs["currency"] == "DKK"
    assert theirs["currency_differs"] == "the page prices in DKK; the competitor's currency is set to SEK"


@pytest.mark.parametrize(("url", "lang", "price", "doubt"), [
    ("https://butik.example.no/p/1", "", "49,90 kr", "the domain .no says NOK"),
    ("https://butik.example.dk/p/1", "da-DK", "49,90", "the language tag 'da-DK' and the domain .dk say DKK"),
    ("https://shop.example.com.au/p/1", "", "$49.90", "the domain .au says AUD"),
    ("https://shop.example/p/1", "nb-NO", "49,90 kr", None),  # a language tag alone: a template's default, maybe
    ("https://shop.example.com/p/1", "en-US", "499,00", None),  # the untranslated theme of a shop set to SEK
    ("https://shop.example.se/p/1", "sv-SE", "49,90 kr", None),  # the country agrees with the setting
    ("https://shop.example.se/p/1", "nb-NO", "49,90 kr", None),  # the country's pieces disagree: it says nothing
    ("https://shop.example/p/1", "", "49,90 kr", None),  # no country
    ("https://shop.example.no/p/1", "", "49,90 €", None),  # a sign of one currency: the country has no say
])
def test_a_setting_the_pages_domain_contradicts_is_kept_and_reported(url, lang, price, doubt):
    """The competitor's configured currency settles a shared sign before the page's country does; where the
    page's domain reads it otherwise (a ".no" page's "kr" for a competitor set to SEK), the price keeps the
    setting and `currency_setting_doubted` names the country's reading, so a person checks the setting."""
    configured = "EUR" if "€" in price else ("CAD" if "$" in price else "SEK")
    html = f"<html lang='{lang}'><body><h1>Kaffe</h1><span class='price'>{price}</span><button>Kjøp</button></body></html>"
    offer = one(extract_offers(html, url, currency=configured))
    assert (offer["currency"], offer.get("currency_differs")) == (configured, None)
    expected = None if doubt is None else f"{doubt}; the competitor's currency is set to {configured}, which the price keeps"
    assert offer.get("currency_setting_doubted") == expected


def test_a_setting_the_pages_own_data_confirms_is_not_reported_whatever_its_country():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Kaffe",'
          ' "offers": {"@type": "Offer", "price": "499.00", "priceCurrency": "SEK"}}</script>')
    html = f"<html lang='da-DK'><head>{ld}</head><body><h1>Kaffe</h1><span class='price'>499 kr</span></body></html>"
    offer = one(extract_offers(html, "https://butik.example.dk/p/1", currency="SEK"))
    assert (offer["currency"], offer.get("currency_differs"), offer.get("currency_setting_doubted")) == ("SEK", None, None)


@pytest.mark.parametrize(("url", "lang", "configured", "shop", "expected"), [
    ("https://shop.example/p/1", "", None, "SEK", "SEK"),  # a page that says nothing: our shop's currency
    ("https://butik.example.dk/p/1", "", None, "SEK", "DKK"),  # the page's country before our shop's currency
    ("https://shop.example/p/1", "da", None, "SEK", "SEK"),  # a language alone names no country
    ("https://butik.example.dk/p/1", "", "SEK", "NOK", "SEK"),  # the competitor's currency before the page's country
])
def test_our_shops_currency_is_the_last_default_for_a_shared_sign(url, lang, configured, shop, expected):
    html = f"<html lang='{lang}'><body><h1>Kaffe</h1><span class='price'>49,90 kr</span><button>Køb</button></body></html>"
    offer = one(extract_offers(html, url, currency=configured, shop_currency=shop))
    assert (offer["currency"], offer.get("currency_unsettled")) == (expected, None)


@pytest.mark.parametrize(("lang", "url", "sign"), [
    ("zh", "https://shop.example.com/p/1", "$19.99"),  # Chinese: China, Singapore, Taiwan, Hong Kong...
    ("zh-Hant", "https://shop.example.com/p/1", "$19.99"),  # Taiwan and Hong Kong both write it
    ("pt", "https://loja.example.com/p/1", "$19.99"),  # official in Timor-Leste, not in the US
    ("ta", "https://kadai.example.com/p/1", "Rs 499"),  # India and Sri Lanka
    ("hi", "https://dukaan.example.com/p/1", "Rs 499"),  # Bhutan uses the Indian rupee too
    ("da", "https://shop.example/p/1", "49,90 kr"),  # the Faroes and Greenland use the Danish krone
    ("en-US", "https://shop.example.ca/p/1", "$19.99"),  # the tag's country and the domain's disagree
])
def test_a_language_without_a_region_or_evidence_that_disagrees_settles_no_shared_sign(lang, url, sign):
    html = f"<html lang='{lang}'><body><h1>Widget</h1><span class='price'>{sign}</span><button>Buy</button></body></html>"
    offer = one(extract_offers(html, url))
    assert offer["currency"] is None and offer["currency_unsettled"]
    if lang == "en-US":
        assert "the domain .ca says CAD, the language tag 'en-US' says USD" in offer["currency_unsettled"]


@pytest.mark.parametrize(("lang", "url", "sign", "amount", "expected"), [
    ("da", "https://butik.example.dk/p/1", "kr. 499", "499", "DKK"),
    ("da", "https://butik.example.dk/p/1", "499,- kr.", "499", "DKK"),
    ("hi", "https://dukaan.example.in/p/1", "Rs. 499", "499", "INR"),
    ("id", "https://toko.example.id/p/1", "Rp. 15.000", "15000", "IDR"),
])
def test_a_sign_written_with_its_period_keeps_its_currency(lang, url, sign, amount, expected):
    """Not our shop's EUR: the sign is read with its period and settled by the page's country."""
    html = f"<html lang='{lang}'><body><h1>Item</h1><span class='price'>{sign}</span><button>Buy</button></body></html>"
    offer = one(extract_offers(html, url, shop_currency="EUR"))
    assert (offer["price"], offer["currency"]) == (Decimal(amount), expected)
    # Kept, the sign says the price is not in a competitor's configured EUR, wherever the page is.
    elsewhere = one(extract_offers(html.replace(f"lang='{lang}'", ""), "https://shop.example.com/p/1", currency="EUR"))
    assert elsewhere["currency"] == expected or (elsewhere["currency"] is None and elsewhere["currency_unsettled"])


def test_a_shared_currency_sign_nothing_settles_is_reported_not_guessed():
    html = "<html lang='en'><body><h1>Widget</h1><span class='price'>$19.99</span><button>Buy</button></body></html>"
    offer = one(extract_offers(html, "https://widgets.io/p/1", currency="EUR"))
    assert offer["price"] == Decimal("19.99") and offer["currency"] is None
    assert "'$' could be AUD, CAD, HKD, MXN, NZD, SGD, USD" in offer["currency_unsettled"]
    # The page's structured data names the dollar it means.
    ld = '<script type="application/ld+json">{"@type": "Product", "name": "Widget", "offers": {"priceCurrency": "CAD"}}</script>'
    stated = one(extract_offers(html.replace("<body>", "<body>" + ld), "https://widgets.io/p/1", currency="EUR"))
    assert (stated["price"], stated["currency"], stated.get("currency_unsettled")) == (Decimal("19.99"), "CAD", None)


def test_a_sign_price_parser_lacks_is_read_from_the_one_table_of_signs():
    """"Kn" (the kuna) is in the tables imports and visits read; a page's price is read the same way,
    and a weight written with a capital ("5 Kg") is still no price."""
    html = "<html><body><h1>Uložak</h1><span class='cijena'>270,00 Kn</span><p>5 Kg</p><button>Kupi</button></body></html>"
    offer = one(extract_offers(html, "https://shop.example/p/1"))
    assert (offer["price"], offer["currency"]) == (Decimal("270.00"), "HRK")
