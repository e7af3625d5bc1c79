"""A tenth tester's pass on the product page of `storecheck serve` (`/products/SKU`).

A user met two faults there last session: a competitor taken out of storecheck.toml was still drawn
and listed (the README keeps its history "out of every figure"), and a pair across pack sizes (our
1 kg bag against their 500 g one, compared per kg in the report) was drawn at pack prices, their
6.50 under our 12.00, where per kg they are dearer (13.00)."""

from __future__ import annotations

import datetime as dt
from datetime import UTC
from decimal import Decimal

from bs4 import BeautifulSoup

from conftest import record_crawl
from storecheck import analysis, db
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct
from storecheck.web.app import create_app


def _coffee_against_two_rivals(workspace, their_name: str = "Bean Co Coffee Beans 500 g"):
    """Our 1 kg coffee at 12.00; Rival's 500 g bag at 6.50 (matched as another pack size), Gone's 1 kg
    at 6.00; then Gone is taken out of storecheck.toml."""
    workspace.add_competitor("Rival", "https://rival.example/")
    workspace.add_competitor("Gone", "https://gone.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Bean Co Coffee Beans 1 kg", brand="Bean Co",
                                                 category="Coffee", price=Decimal("12.00"), currency="EUR")])
    when = dt.datetime.now(UTC) - dt.timedelta(days=1)
    record_crawl(engine, workspace, [Offer(key="c500", name=their_name, brand="Bean Co", price=Decimal("6.50"),
                                           currency="EUR", in_stock=True, url="https://rival.example/c500")],
                 when, competitor="Rival")
    record_crawl(engine, workspace, [Offer(key="c1", name="Bean Co Coffee Beans 1 kg", brand="Bean Co",
                                           price=Decimal("6.00"), currency="EUR", in_stock=True,
                                           url="https://gone.example/c1")], when, competitor="Gone")
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        cp = db.competitor_products
        for key, equivalent in (("c500", True), ("c1", False)):
            pid = conn.execute(db.select(cp.c.id).where(cp.c.key == key)).scalar_one()
            conn.execute(db.matches.insert().values(sku="C1", competitor_product_id=pid, method="fuzzy", score=0.9,
                                                    status="matched", equivalent=equivalent, updated_at=now))
    text = workspace.config_path.read_text(encoding="utf-8")
    start = text.index('[[competitors]]\nname = "Gone"')
    workspace.config_path.write_text(text[:start], encoding="utf-8")
    workspace.config = Workspace(workspace.path).config
    return engine


def _page(workspace):
    page = create_app(workspace).test_client().get("/products/C1")
    assert page.status_code == 200
    return page, BeautifulSoup(page.text, "html.parser")


def test_a_competitor_taken_out_of_the_config_is_not_on_the_product_page(workspace):
    # Before: Gone's listing had a section and a line on the chart ("Gone: Bean Co Coffee Beans 1 kg").
    _coffee_against_two_rivals(workspace)
    page, soup = _page(workspace)
    sections = [h.get_text(" ", strip=True).replace(" :", ":") for h in soup.select("section.card h2")]  # the name is in a <bdi> (tester14)
    assert len(sections) == 1 and sections[0].startswith("Rival:")
    assert not any("Gone" in t.get_text() for t in soup.select("#price-history svg title"))
    # Its history is kept, and the page says why it is not shown.
    assert "Gone" in soup.select_one(".notice.unlisted").get_text()


def test_a_pair_across_pack_sizes_is_shown_per_unit_as_the_report_compares_it(workspace):
    # Before: the chart drew Rival's 6.50 (a 500 g bag) under our 12.00 (1 kg) and the table said
    # "6.50 EUR"; the report compares the pair per kg: 12.00 against 13.00, we are cheaper.
    engine = _coffee_against_two_rivals(workspace)
    with engine.connect() as conn:
        pairs = analysis.pairs_frame(conn)
    rival = pairs[pairs.competitor == "Rival"].iloc[0]
    assert (rival.basis, rival.our_price, rival.their_price) == ("per kg", Decimal("12.00"), Decimal("13.00"))
    page, soup = _page(workspace)
    chart = soup.select_one("#price-history svg")
    assert chart.select_one("line.ours title").get_text() == "Test Shop: 12.00"
    assert chart.select_one("g.point title").get_text().endswith("13.00")
    assert "per kg" in soup.select_one("#price-history figcaption").get_text()
    row = [td.get_text(" ", strip=True) for td in soup.select("section.card tbody tr")[0].select("td")]
    assert row[1] == "6.50 EUR (13.00 per kg)"


def test_a_pair_across_pack_sizes_whose_size_cannot_be_read_is_named_not_drawn(workspace):
    # The report leaves such a pair out of the price figures rather than compare pack prices;
    # before, the page drew it at its pack price.
    _coffee_against_two_rivals(workspace, their_name="Bean Co Coffee Beans value bag")
    page, soup = _page(workspace)
    assert not soup.select("#price-history svg polyline.series, #price-history svg g.point")
    section = soup.select_one("section.card")
    assert "left out of the price figures" in section.get_text()
