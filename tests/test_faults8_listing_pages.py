"""A category page that shows two product cards is no product.

A tester's pet shop (plain HTML, no structured data) lists its products in categories of up
to three cards a page. A page of three cards was read as a listing; a page of two ("Dla kotów":
Whiskas 20,49 zł and Benek 23,99 zł) was stored as a product named after the category at the
first card's price, four such pages made the shop's 11 products 15, and the week Whiskas moved the
report and the alerts said "price down: Dla kotów — 20.49 PLN → 18.99 PLN", Whiskas' move read
twice. The page says what it is: the amount read as "its" price stands only inside one of several
alike cards, each linking to a product page of its own, and nowhere else on the page. A product page
that shows two "customers also bought" cards keeps its product: its own price stands outside them.
"""

from __future__ import annotations

import csv
from html import escape
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace

# id -> (name, category, price): two categories of two cards, one of three (a listing already).
PRODUCTS = {
    "1": ("Whiskas karma dla kota z kurczakiem 1,4 kg", "koty", "20,49"),
    "2": ("Benek żwirek bentonitowy 10 l", "koty", "23,99"),
    "3": ("Pedigree Adult wołowina 15 kg", "psy", "129,99"),
    "4": ("Chappi z drobiem 13,5 kg", "psy", "89,90"),
    "5": ("Vitapol pokarm dla chomika 500 g", "gryzonie", "9,49"),
    "6": ("Tetra Min płatki 100 ml", "gryzonie", "15,99"),
    "7": ("Sera Vipan 250 ml", "gryzonie", "24,50"),
}
CATEGORIES = {"koty": "Dla kotów", "psy": "Dla psów", "gryzonie": "Gryzonie"}


def _page(title: str, body: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
            f'<body><header><a href="/">Zoo-Ogród</a> <a href="/koszyk">Koszyk</a></header>{body}'
            f'<footer>Zoo-Ogród, ul. Krakowska 1, Kraków</footer></body></html>').encode()


def _card(pid: str, prices: dict) -> str:
    name = PRODUCTS[pid][0]
    return (f'<div class="produkt"><a href="/p/{pid}">{escape(name)}</a> '
            f'<span class="cena">{prices[pid]}\u00a0zł</span></div>')


def _pet_shop(shop, prices: dict) -> None:
    def home(_q):
        links = "".join(f'<li><a href="/kategoria/{slug}">{name}</a></li>' for slug, name in CATEGORIES.items())
        return 200, {}, _page("Zoo-Ogród", f"<h1>Witamy!</h1><ul class='menu'>{links}</ul>")

    def category(slug):
        def answer(_q):
            cards = "".join(_card(pid, prices) for pid, p in PRODUCTS.items() if p[1] == slug)
            return 200, {}, _page(CATEGORIES[slug], f"<h1>{CATEGORIES[slug]}</h1>{cards}")
        return answer

    def product(pid):
        def answer(_q):
            name, slug, _ = PRODUCTS[pid]
            # Two other products of its category below it, as cards alike the category's own.
            others = [p for p, v in PRODUCTS.items() if v[1] == slug and p != pid][:2]
            if len(others) < 2:
                others = [p for p in PRODUCTS if p != pid][:2]
            also = "".join(_card(p, prices) for p in others)
            body = (f'<nav>Strona główna » <a href="/kategoria/{slug}">{CATEGORIES[slug]}</a></nav>'
                    f'<div class="karta"><h1>{escape(name)}</h1><p class="cena">Cena: <strong>{prices[pid]}\u00a0zł'
                    f'</strong></p><p>Kod produktu: ZK-{pid}</p><button>Dodaj do koszyka</button></div>'
                    f'<section><h2>Klienci kupili też</h2>{also}</section>')
            return 200, {}, _page(name, body)
        return answer

    shop.routes["/"] = home
    for slug in CATEGORIES:
        shop.routes[f"/kategoria/{slug}"] = category(slug)
    for pid in PRODUCTS:
        shop.routes[f"/p/{pid}"] = product(pid)
    shop.routes["/robots.txt"] = lambda _q: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /koszyk\n")


def _run(ws: Workspace, *args: str):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _stored(ws: Workspace) -> dict[str, str]:
    cp = db.competitor_products
    with db.open_database(ws.database_url).connect() as conn:
        return {row.name: row.url for row in conn.execute(select(cp.c.name, cp.c.url))}


def _last_run(ws: Workspace):
    with db.open_database(ws.database_url).connect() as conn:
        return conn.execute(select(db.crawl_runs).order_by(db.crawl_runs.c.id.desc()).limit(1)).one()


def test_a_category_page_of_two_cards_is_no_product_and_raises_no_alert(workspace: Workspace, tmp_path: Path, shop):
    ws = workspace
    prices = {pid: p[2] for pid, p in PRODUCTS.items()}
    _pet_shop(shop, prices)
    ws.add_competitor("Zoo", shop.url + "/", download_delay=0)
    _run(ws, "crawl")
    # Before: "Dla kotów" at 20.49 and "Dla psów" at 129.99 beside the seven products.
    assert sorted(_stored(ws)) == sorted(p[0] for p in PRODUCTS.values())
    assert _last_run(ws).status == "finished"
    _run(ws, "report", "-o", str(tmp_path / "week1.html"))

    # A week on, Whiskas is cheaper: one move, of Whiskas, not a second one of the category page.
    prices["1"] = "18,99"
    _run(ws, "crawl")
    assert _last_run(ws).status == "finished", _last_run(ws).errors
    out = tmp_path / "changes.csv"
    _run(ws, "export", "changes", str(out))
    with out.open(encoding="utf-8") as f:
        changes = [(row["kind"], row["product"]) for row in csv.DictReader(f)]
    assert changes == [("price down", PRODUCTS["1"][0])], changes


def test_a_product_page_showing_two_other_products_keeps_its_own_product(workspace: Workspace, shop):
    ws = workspace
    _pet_shop(shop, {pid: p[2] for pid, p in PRODUCTS.items()})
    ws.add_competitor("Zoo", shop.url + "/", download_delay=0)
    result = _run(ws, "extract", shop.url + "/p/1", "--json")
    # Its own price, not a card's, and its own name.
    assert '"name": "Whiskas karma dla kota z kurczakiem 1,4 kg"' in result.output and '"price": "20.49"' in result.output, \
        result.output


# --- the check itself, on pages in the shapes listings and product pages take -----------------------

def _reading(body: str, url: str = "https://zoo.example/kategoria/koty"):
    import lxml.html

    from crawlers.extraction import extract_offers
    from crawlers.listings import listing_cards

    html = f"<html><body><header><a href='/'>Zoo</a> <a href='/koszyk'>Koszyk</a></header>{body}</body></html>"
    offers = extract_offers(html, url)
    return offers, (listing_cards(lxml.html.fromstring(html), url, offers[0]) if len(offers) == 1 else [])


def test_two_cards_are_a_listing_in_several_shapes():
    shapes = [
        # Name linked, price beside it.
        "<h1>Dla kotów</h1><div class='p'><a href='/p/1'>Whiskas 1,4 kg</a> <span>20,49 zł</span></div>"
        "<div class='p'><a href='/p/2'>Benek 10 l</a> <span>23,99 zł</span></div>",
        # A list of items, the whole card a link, the price split into spans, a buy link in each.
        "<h1>Cat food</h1><ul><li class='item'><a href='/cat-food-a'><img src='a.jpg'><h2>Cat food A 2 kg</h2>"
        "<span class='amount'>$20<sup>49</sup></span></a><a href='/cart?add=1'>Add to cart</a></li>"
        "<li class='item'><a href='/cat-food-b'><img src='b.jpg'><h2>Cat food B 4 kg</h2>"
        "<span class='amount'>$23<sup>99</sup></span></a><a href='/cart?add=2'>Add to cart</a></li></ul>",
        # Cards under a heading, each with a was-price struck through.
        "<main><h1>Sale</h1><section><article><h3><a href='/shop/hay'>Hay 1 kg</a></h3><s>€9.99</s> <b>€7.49</b>"
        "</article><article><h3><a href='/shop/straw'>Straw 2 kg</a></h3><s>€6.99</s> <b>€5.49</b></article></section></main>",
    ]
    for body in shapes:
        offers, cards = _reading(body)
        assert len(offers) == 1 and len(cards) == 2, (body, offers, cards)


def test_a_product_page_with_two_cards_beside_it_is_no_listing():
    pages = [
        # Its price outside the cards, the cards' prices other.
        "<div><h1>Whiskas 1,4 kg</h1><p>Cena: 20,49 zł</p><button>Dodaj do koszyka</button></div>"
        "<section><div class='p'><a href='/p/2'>Benek 10 l</a> 23,99 zł</div><div class='p'><a href='/p/3'>Hay</a> 9,49 zł</div></section>",
        # Its price the same as a card's: shown outside them too.
        "<div><h1>Whiskas 1,4 kg</h1><p>Cena: 20,49 zł</p><button>Dodaj do koszyka</button></div>"
        "<section><div class='p'><a href='/p/2'>Benek 10 l</a> 20,49 zł</div><div class='p'><a href='/p/3'>Hay</a> 9,49 zł</div></section>",
        # Other sellers of the same product, linked at its own page under a query.
        "<div><h1>Coffee maker</h1><p>1.299,99 TL</p></div><div class='m'><a href='?merchant=1'>Seller A</a> 1.349,00 TL</div>"
        "<div class='m'><a href='?merchant=2'>Seller B</a> 1.389,90 TL</div>",
    ]
    for body in pages:
        offers, cards = _reading(body, "https://zoo.example/p/1")
        assert len(offers) == 1 and cards == [], (body, offers, cards)


def test_a_page_stored_as_a_product_before_is_read_as_a_listing_and_named(workspace: Workspace, shop):
    # A workspace crawled before the mend holds "Dla kotów" at the category's URL: the page is expected to
    # hold a product. Read as a listing now, it is no product page lost (the run is not partial for it
    # on every crawl), the run says what it made of it, and the product read from it is taken out (it would
    # otherwise be "delisted" once, a false alert of its own).
    import datetime as dt
    from decimal import Decimal

    from conftest import record_crawl

    from storecheck.models import Offer

    ws = workspace
    _pet_shop(shop, {pid: p[2] for pid, p in PRODUCTS.items()})
    ws.add_competitor("Zoo", shop.url + "/", download_delay=0)
    engine = db.open_database(ws.database_url)
    url = shop.url + "/kategoria/koty"
    record_crawl(engine, ws, [Offer(key=url, name="Dla kotów", price=Decimal("20.49"), currency="PLN", url=url)],
                 dt.datetime.now(dt.UTC) - dt.timedelta(days=7), competitor="Zoo")
    _run(ws, "crawl")
    run = _last_run(ws)
    assert run.status == "finished", run.errors
    assert any(f"{url} read as a listing of 2 products" in e for e in run.errors), run.errors
    # It was never a product: out of the range, and no "delisted: Dla kotów" among the changes.
    assert "Dla kotów" not in _stored(ws)
    assert any("1 product stored before from pages now read as listings taken out: 'Dla kotów'" in e
               for e in run.errors), run.errors
    out = ws.path / "changes.csv"
    _run(ws, "export", "changes", str(out))
    with out.open(encoding="utf-8") as f:
        assert not [row for row in csv.DictReader(f) if row["product"] == "Dla kotów"]


def test_extract_says_a_listing_is_one(workspace: Workspace, shop):
    _pet_shop(shop, {pid: p[2] for pid, p in PRODUCTS.items()})
    result = CliRunner().invoke(cli, ["extract", shop.url + "/kategoria/koty", "--json", "--workspace", str(workspace.path)])
    # Before: "Dla kotów" at 20.49.
    assert "a listing of 2 products, not a product page" in result.output, result.output
    assert "Dla kot" not in result.output


def test_a_product_read_from_a_listing_that_a_person_decided_on_stays(workspace: Workspace):
    # A person's decision always survives: a "product" stored from a listing page that someone rejected (or
    # confirmed) for one of ours is not taken out with the others.
    import datetime as dt
    from decimal import Decimal

    from conftest import record_crawl

    from storecheck.models import Offer

    ws = workspace
    ws.add_competitor("Zoo", "https://zoo.example/")
    engine = db.open_database(ws.database_url)
    cats, dogs = "https://zoo.example/kategoria/koty", "https://zoo.example/kategoria/psy"
    record_crawl(engine, ws, [Offer(key=url, name=name, price=Decimal("20.49"), currency="PLN", url=url)
                              for url, name in ((cats, "Dla kotów"), (dogs, "Dla psów"))],
                 dt.datetime.now(dt.UTC) - dt.timedelta(days=7), competitor="Zoo")
    whiskas = "https://zoo.example/p/1"
    record_crawl(engine, ws, [Offer(key=whiskas, name="Whiskas", price=Decimal("20.49"), currency="PLN", url=whiskas)],
                 dt.datetime.now(dt.UTC) - dt.timedelta(days=6), competitor="Zoo")
    with engine.begin() as conn:
        dogs_id = conn.execute(select(db.competitor_products.c.id).where(db.competitor_products.c.key == dogs)).scalar()
        conn.execute(db.matches.insert().values(sku="ZOO-101", competitor_product_id=dogs_id, method="manual", score=1.0,
                                                status="rejected", updated_at=dt.datetime.now(dt.UTC)))
        cid = db.competitor_id(conn, "Zoo")
        assert db.forget_listing_products(conn, cid, {cats: [whiskas], dogs: [whiskas]}) == (["Dla kotów"], ["Dla psów"])
    assert sorted(_stored(ws)) == ["Dla psów", "Whiskas"]


def _sold_out(shop, words: bool) -> None:
    """/p/1 sold out: no price of its own, no buy button; its two "similar products" cards stay."""
    name = PRODUCTS["1"][0]
    state = "<p class='stan'>Produkt chwilowo niedostępny</p>" if words else ""
    also = "".join(_card(p, {k: v[2] for k, v in PRODUCTS.items()}) for p in ("2", "3"))
    body = (f'<div class="karta"><h1>{escape(name)}</h1>{state}</div>'
            f'<section><h2>Podobne produkty</h2>{also}</section>')
    shop.routes["/p/1"] = lambda _q: (200, {}, _page(name, body))


def test_a_sold_out_product_page_showing_two_cards_is_not_delisted(workspace: Workspace, shop):
    # Review R4: a product page that stops showing its price (sold out) but keeps two alike cards was read
    # at a card's price, called a listing, and its product delisted by a finished crawl.
    ws = workspace
    _pet_shop(shop, {pid: p[2] for pid, p in PRODUCTS.items()})
    ws.add_competitor("Zoo", shop.url + "/", download_delay=0)
    _run(ws, "crawl")
    whiskas = PRODUCTS["1"][0]
    # Saying so of itself: a product, out of stock.
    _sold_out(shop, words=True)
    _run(ws, "crawl")
    assert _last_run(ws).status == "finished", _last_run(ws).errors
    assert whiskas in _stored(ws)
    # Saying nothing of itself (no price, no stock, no button): read as a listing, but its product was stored
    # from it before: lost for this run, named, not taken for delisted.
    _sold_out(shop, words=False)
    _run(ws, "crawl")
    run = _last_run(ws)
    assert run.status == "partial", run.errors
    assert any("1 product page(s) read as listings this time" in e and whiskas in e for e in run.errors), run.errors
    out = ws.path / "changes.csv"
    _run(ws, "export", "changes", str(out))
    with out.open(encoding="utf-8") as f:
        assert not [row for row in csv.DictReader(f) if row["kind"] == "delisted"]
