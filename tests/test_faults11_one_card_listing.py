"""A category's last page, showing one product card, is no product (faults8's "left").

The tester's pet shop lists "Dla psów" three cards a page: page 1 is read as a listing, but page 2 holds one
card (KONG Classic M, 54,99 zł), and a page of one card shows no repetition to tell it from a product page. It
was stored as a product named after the category at the card's price ("Dla psów", 54.99 PLN), a second price
alert each time KONG moved. What the page itself does not show, the crawl does: it reached the page by a
listing's "next page" link, from a page that showed no product of its own. There, one reading whose price
stands only inside one element linking another page of the shop (and names no id or stock state of its own)
is a card; read anywhere else (a product page with one "related" card, its own price outside it) nothing
changes.
"""

from __future__ import annotations

from html import escape

from test_faults8_listing_pages import _last_run, _page, _run, _stored

from storecheck.config import Workspace

DOGS = {"3": ("Pedigree Adult wołowina 15 kg", "129,99"), "4": ("Chappi z drobiem 13,5 kg", "89,90"),
        "8": ("Trixie legowisko 60 cm", "79,00"), "9": ("KONG Classic M zabawka", "54,99")}
CATS = {"1": ("Whiskas karma dla kota 1,4 kg", "20,49")}


def _card(pid: str, name: str, price: str) -> str:
    return f'<div class="produkt"><a href="/p/{pid}">{escape(name)}</a> <span class="cena">{price}\u00a0zł</span></div>'


def _shop(shop, dogs: dict) -> None:
    def home(_q):
        return 200, {}, _page("Zoo", '<h1>Witamy!</h1><a href="/kategoria/psy">Dla psów</a> <a href="/p/1">Whiskas</a>')

    def dogs_page(query):
        ids = list(dogs)
        second = query.get("page") == "2"
        shown = ids[3:] if second else ids[:3]
        pages = ('<p class="strony"><a href="/kategoria/psy?page=1">1</a> 2</p>' if second
                 else '<p class="strony">1 <a href="/kategoria/psy?page=2">2</a></p>')
        cards = "".join(_card(pid, *dogs[pid]) for pid in shown)
        return 200, {}, _page("Dla psów", f"<h1>Dla psów</h1>{cards}{pages}")

    def product(pid, name, price, related):
        def answer(_q):
            also = _card(related, *{**DOGS, **CATS}[related]) if related else ""
            body = (f'<div class="karta"><h1>{escape(name)}</h1><p class="cena">Cena: <strong>{price}\u00a0zł</strong></p>'
                    f'<button>Dodaj do koszyka</button></div><section><h2>Klienci kupili też</h2>{also}</section>')
            return 200, {}, _page(name, body)
        return answer

    shop.routes["/"] = home
    shop.routes["/kategoria/psy"] = dogs_page
    for pid, (name, price) in {**dogs, **CATS}.items():
        # Whiskas shows one related product, as a card alike the category's.
        shop.routes[f"/p/{pid}"] = product(pid, name, price, "9" if pid == "1" else None)
    shop.routes["/robots.txt"] = lambda _q: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /koszyk\n")


def test_a_categorys_last_page_of_one_card_is_no_product(workspace: Workspace, shop):
    _shop(shop, DOGS)
    workspace.add_competitor("Zoo", shop.url + "/", download_delay=0)
    _run(workspace, "crawl")
    stored = _stored(workspace)
    # Before: "Dla psów" at 54.99 beside the five products.
    assert sorted(stored) == sorted(name for name, _ in [*DOGS.values(), *CATS.values()]), stored
    assert _last_run(workspace).status == "finished", _last_run(workspace).errors
    # The product page with one related card keeps its own product and price (guarded already, asked again here).
    assert any(name.startswith("Whiskas") for name in stored)


def _lone(body: str, url: str = "https://zoo.example/kategoria/psy?page=2"):
    import lxml.html

    from crawlers.extraction import extract_offers
    from crawlers.listings import lone_card

    html = f"<html><body><header><a href='/'>Zoo</a> <a href='/koszyk'>Koszyk</a></header>{body}</body></html>"
    offers = extract_offers(html, url)
    return offers, (lone_card(lxml.html.fromstring(html), url, offers[0]) if len(offers) == 1 else [])


def test_one_card_after_a_listing_in_several_shapes():
    shapes = [
        "<h1>Dla psów</h1><div class='p'><a href='/p/9'>KONG Classic M</a> <span>54,99 zł</span></div><p>1 <a href='?page=1'>2</a></p>",
        "<main><h1>Sale</h1><section><article><h3><a href='/shop/hay'>Hay 1 kg</a></h3><s>€9.99</s> <b>€7.49</b>"
        "</article></section></main>",
    ]
    for body in shapes:
        offers, cards = _lone(body)
        assert len(offers) == 1 and len(cards) == 1, (body, offers, cards)


def test_a_product_page_with_one_card_beside_it_keeps_its_product_even_after_a_listing():
    pages = [
        # Its own price outside the card.
        "<div><h1>Whiskas 1,4 kg</h1><p>Cena: 20,49 zł</p><button>Dodaj</button></div>"
        "<section><div class='p'><a href='/p/9'>KONG Classic M</a> 54,99 zł</div></section>",
        # Its own price the card's too.
        "<div><h1>Whiskas 1,4 kg</h1><p>Cena: 54,99 zł</p><button>Dodaj</button></div>"
        "<section><div class='p'><a href='/p/9'>KONG Classic M</a> 54,99 zł</div></section>",
        # Its price beside its title, a link to another page in the same block.
        "<div><h1>Whiskas 1,4 kg</h1><p>20,49 zł</p><a href='/dostawa'>Dostawa</a></div>",
        # Its id of its own.
        "<div><h1>Whiskas 1,4 kg</h1><p>SKU: WH-14</p></div><div class='p'><a href='/p/9'>KONG</a> 54,99 zł</div>",
    ]
    for body in pages:
        offers, cards = _lone(body, "https://zoo.example/p/1")
        assert cards == [], (body, offers, cards)


def test_the_last_page_stored_as_a_product_before_is_taken_out_not_delisted(workspace: Workspace, shop):
    # A workspace crawled before this holds "Dla psów" at page 2's URL at KONG's price: read as a listing's last
    # card now, it is taken out at the crawl's end (faults8's rule for listings), named, and never "delisted".
    import csv
    import datetime as dt
    from decimal import Decimal

    from conftest import record_crawl
    from test_faults8_listing_pages import _run as run

    from storecheck import db
    from storecheck.models import Offer

    _shop(shop, DOGS)
    workspace.add_competitor("Zoo", shop.url + "/", download_delay=0)
    url = shop.url + "/kategoria/psy?page=2"
    record_crawl(db.open_database(workspace.database_url), workspace,
                 [Offer(key=url, name="Dla psów", price=Decimal("54.99"), currency="PLN", url=url)],
                 dt.datetime.now(dt.UTC) - dt.timedelta(days=7), competitor="Zoo")
    run(workspace, "crawl")
    last = _last_run(workspace)
    assert last.status == "finished", last.errors
    assert "Dla psów" not in _stored(workspace)
    assert any("taken out: 'Dla psów'" in e for e in last.errors), last.errors
    out = workspace.path / "changes.csv"
    run(workspace, "export", "changes", str(out))
    with out.open(encoding="utf-8") as f:
        assert not [row for row in csv.DictReader(f) if row["product"] == "Dla psów"]
