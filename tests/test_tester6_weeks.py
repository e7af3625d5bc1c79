"""A sixth tester's pass over a competitor that changes platform without GTINs on its pages: the same
products come back under new keys. They must not show as delisted and new when what they are is plain
(their own sku, their page's name in the URL, or their full name, each on exactly one old row and one
new one), and nothing else may be joined."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from conftest import record_crawl
from storecheck import db
from storecheck.models import Offer, OwnProduct

WEEK1 = (dt.datetime.now(dt.UTC) - dt.timedelta(days=14)).replace(hour=6, minute=0, second=0, microsecond=0)
WEEK2 = WEEK1 + dt.timedelta(days=7)
NAMES = ["Coffee blend Roma 1 kg", "Espresso beans Milano 500 g", "Decaf filter coffee 250 g"]
SLUGS = ["coffee-blend-roma-1kg", "espresso-beans-milano-500g", "decaf-filter-coffee-250g"]


def _offer(key: str, name: str, url: str, **extra) -> Offer:
    return Offer(key=key, name=name, url=url, price="9", currency="EUR", in_stock=True, **extra)


def _rows(engine):
    with engine.connect() as conn:
        return conn.execute(select(db.competitor_products.c.id, db.competitor_products.c.key)
                            .order_by(db.competitor_products.c.id)).all()


@pytest.fixture
def rival(engine, workspace):
    workspace.add_competitor("Rival", "https://rival.example/")
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="S0", name=NAMES[0], price="10", currency="EUR")])
    return engine, workspace


def _confirm_first(engine):
    with engine.begin() as conn:
        first = conn.execute(select(db.competitor_products.c.id).order_by(db.competitor_products.c.id)).scalars().first()
        db.record_decision(conn, "S0", first, "confirmed", decided_by="Ann")


@pytest.mark.parametrize("how", ["slug", "name", "sku"])
def test_products_without_gtins_back_under_new_keys_keep_their_rows(rival, how):
    # Shopify to WooCommerce: the keys and URLs change, no page gives a GTIN. Every product showed as
    # delisted and new, the week's history and Ann's confirmed match stayed on the delisted rows.
    engine, workspace = rival
    old = [_offer(f"{slug}?variant={n}", name, f"https://rival.example/products/{slug}", sku=f"R-{n}")
           for n, (slug, name) in enumerate(zip(SLUGS, NAMES))]
    record_crawl(engine, workspace, old, WEEK1)
    _confirm_first(engine)
    if how == "slug":  # the page's name in the URL kept, the titles rewritten
        new = [_offer(str(100 + n), name.upper() + " (new)", f"https://rival.example/product/{slug}/")
               for n, (slug, name) in enumerate(zip(SLUGS, NAMES))]
    elif how == "name":  # URLs by number, the names kept
        new = [_offer(str(100 + n), name, f"https://rival.example/?p={100 + n}") for n, name in enumerate(NAMES)]
    else:  # the shop's own sku kept, the rest new
        new = [_offer(str(100 + n), f"Item {n}", f"https://rival.example/?p={100 + n}", sku=f"R-{n}") for n in range(3)]
    record_crawl(engine, workspace, new, WEEK2)
    assert [tuple(row) for row in _rows(engine)] == [(1, "100"), (2, "101"), (3, "102")]
    with engine.connect() as conn:
        history = conn.execute(select(db.observations.c.competitor_product_id)).scalars().all()
        decided = conn.execute(select(db.matches.c.competitor_product_id, db.matches.c.status)).all()
    assert sorted(set(history)) == [1, 2, 3]
    assert [tuple(row) for row in decided] == [(1, "confirmed")]


def test_nothing_is_joined_on_a_guess(rival):
    engine, workspace = rival
    week1 = [
        _offer("a", "T-shirt", "https://rival.example/products/t-shirt?size=s"),  # two sizes, one name
        _offer("b", "T-shirt", "https://rival.example/products/t-shirt?size=m"),
        _offer("c", "Green tea 100 g", "https://rival.example/products/green-tea"),  # another product comes
        _offer("d", "Filter 4", "https://rival.example/products/filter-4", brand="Melitta"),  # another brand
        _offer("e", "Mug", "https://rival.example/product.php?id=5"),  # a URL without a page name
        _offer("f", "Kettle 1.7 l", "https://rival.example/products/kettle", gtin="4006381333931"),
        _offer("g", "Cocoa 500 g", "https://rival.example/products/cocoa-500g"),  # still sold: not gone
    ]
    record_crawl(engine, workspace, week1, WEEK1)
    week2 = [
        _offer("1", "T-shirt", "https://rival.example/product/t-shirt/?size=s"),
        _offer("2", "T-shirt", "https://rival.example/product/t-shirt/?size=m"),
        _offer("3", "Black tea 100 g", "https://rival.example/product/black-tea/"),
        _offer("4", "Filter 4", "https://rival.example/product/filter-4/", brand="Hario"),
        _offer("5", "Plate", "https://rival.example/product.php?id=6"),
        _offer("6", "Kettle 1.7 l", "https://rival.example/product/kettle/", gtin="5449000000996"),
        _offer("g", "Cocoa 500 g", "https://rival.example/products/cocoa-500g"),
        _offer("7", "Cocoa 500 g", "https://rival.example/product/cocoa-500g/"),  # a second listing of it
    ]
    record_crawl(engine, workspace, week2, WEEK2)
    keys = [row.key for row in _rows(engine)]
    assert keys == ["a", "b", "c", "d", "e", "f", "g", "1", "2", "3", "4", "5", "6", "7"], keys


def test_a_product_delisted_long_ago_stays_apart_from_a_new_one_of_its_name(rival):
    # Review R11: an advent calendar delisted a year ago and this year's of the same name (no GTIN, a
    # recycled article number) are two products: this year's must not take last year's history.
    engine, workspace = rival
    calendar = _offer("cal-2025", "Advent calendar 24 pcs", "https://rival.example/products/advent-calendar",
                      sku="AC-24")
    coffee = _offer("coffee", NAMES[0], f"https://rival.example/products/{SLUGS[0]}")
    record_crawl(engine, workspace, [calendar, coffee], WEEK1 - dt.timedelta(days=365))
    record_crawl(engine, workspace, [coffee], WEEK1)
    record_crawl(engine, workspace, [coffee, calendar.model_copy(update={"key": "cal-2026"})], WEEK2)
    assert [row.key for row in _rows(engine)] == ["cal-2025", "coffee", "cal-2026"]
