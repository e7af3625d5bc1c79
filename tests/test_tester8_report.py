"""An eighth tester's pass over the report a category manager receives, through the real commands
(visit import, score, report, export) on a workspace whose competitor sells online and is visited too."""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer, OwnProduct
from conftest import record_crawl

OAT_COOKIES = Offer(key="5", name="Crumbs Oat Cookies 300g", price=Decimal("2.19"), currency="EUR", in_stock=True,
                    url="https://rival.example/p/5")


def _visited_rival(workspace, tmp_path):
    """Rival sells oat cookies online at 2.19, as we do; a visit to its store noted them in words
    ("Oat Cookies 300 g", not our sku) at 2.09 on the shelf; the matcher paired both listings with ours."""
    workspace.add_competitor("Rival", "https://rival.example/")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + '[[competitors.stores]]\nname = "High Street"\n', encoding="utf-8")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="BIS-2", name="Oat Cookies 300 g", price="2.19", currency="EUR")])
    record_crawl(engine, workspace, [OAT_COOKIES], now - dt.timedelta(days=2))
    visit = tmp_path / "visit.yaml"
    when = (now - dt.timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M")
    visit.write_text(f"- competitor: Rival\n  store: High Street\n  visited_at: {when}\n  visitor: Ann\n"
                     "  price_checks:\n    - {product: Oat Cookies 300 g, price: 2.09}\n", encoding="utf-8")
    assert cli_run(workspace, "visit", "import", str(visit)).exit_code == 0
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        assert set(ids) == {"5", "visit:oat cookies 300 g"}
        # As `storecheck match` paired them: the shelf listing, named as we name it, scored higher.
        for key, score in (("5", 0.9654), ("visit:oat cookies 300 g", 0.9775)):
            conn.execute(db.matches.insert().values(sku="BIS-2", competitor_product_id=ids[key], method="fuzzy",
                                                    score=score, status="matched", updated_at=now))
    return engine, ids


def test_the_price_figures_count_the_online_price_over_a_shelf_listing_of_the_same_product(workspace, tmp_path):
    # Before: the index was 104.8 (our 2.19 against the shelf's 2.09) and the position "dearer", with the
    # web shop at our very price: the shelf listing spoke for the product because the matcher scored it higher.
    _visited_rival(workspace, tmp_path)
    scored = cli_run(workspace, "score", "--json")
    [card] = json.loads(scored.output)["competitors"]
    assert card["pairs"] == 1 and round(card["price_index"], 1) == 100.0, card
    assert (card["cheaper"], card["same"], card["dearer"]) == (0.0, 1.0, 0.0)


def test_a_person_confirming_the_shelf_listing_still_leaves_the_figures_on_the_online_price(workspace, tmp_path):
    # "Same product" on the shelf listing in the review queue says what it is, not which price counts.
    engine, ids = _visited_rival(workspace, tmp_path)
    with engine.begin() as conn:
        db.record_decision(conn, "BIS-2", ids["visit:oat cookies 300 g"], "confirmed", decided_by="Ann")
    # Confirming drops the matcher's other guesses there; `match` pairs the web shop's listing again as
    # the same product as the one confirmed.
    matched = cli_run(workspace, "match")
    assert matched.exit_code == 0, matched.output
    [card] = json.loads(cli_run(workspace, "score", "--json").output)["competitors"]
    assert round(card["price_index"], 1) == 100.0, card


def _rival_with_stock(workspace):
    """Rival crawled: coffee in stock, tea out of stock, cocoa shown without a price; all three ours."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    ours = [("C1", "Coffee 1 kg", "10.00"), ("T1", "Green tea 20 bags", "2.49"), ("K1", "Cocoa 250 g", "3.99")]
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=sku, name=name, price=price, currency="EUR") for sku, name, price in ours])
    record_crawl(engine, workspace, [
        Offer(key="c", name="Coffee 1 kg", price=Decimal("9.00"), currency="EUR", in_stock=True, url="https://rival.example/c"),
        Offer(key="t", name="Green tea 20 bags", price=Decimal("2.19"), currency="EUR", in_stock=False,
              url="https://rival.example/t"),
        Offer(key="k", name="Cocoa 250 g", currency="EUR", in_stock=True, url="https://rival.example/k"),
    ], now - dt.timedelta(days=1))
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        for sku, key in (("C1", "c"), ("T1", "t"), ("K1", "k")):
            db.record_decision(conn, sku, ids[key], "confirmed", decided_by="test")


def test_the_report_s_matched_pairs_name_those_the_price_figures_cannot_compare(workspace, tmp_path):
    # Before: "All matched pairs" held the coffee alone, its "In stock" column never said "no", and the
    # note "1 matched product out of stock there" named no product; `export price` had the one row too.
    from bs4 import BeautifulSoup

    _rival_with_stock(workspace)
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    table = soup.find("h3", id="pairs").find_next("table")
    header = [th.get_text(" ", strip=True) for th in table.find("thead").find_all("th")]
    rows = {tr.find("td").get_text(strip=True): dict(zip(header, (td.get_text(" ", strip=True) for td in tr.find_all("td"))))
            for tr in table.find("tbody").find_all("tr")}
    assert set(rows) == {"C1", "T1", "K1"}, rows
    assert rows["T1"]["In stock"] == "no" and rows["T1"]["Gap"] == "—"
    assert "out of stock there" in rows["T1"]["Match"], rows["T1"]
    assert "no price of theirs" in rows["K1"]["Match"], rows["K1"]
    assert rows["C1"]["Gap"] == "+11.1%"
    # The figures stand on the one pair they can compare, as before.
    exported = tmp_path / "price.csv"
    assert cli_run(workspace, "export", "price", str(exported)).exit_code == 0
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and any(line.startswith("T1,") and "out of stock there" in line for line in lines), lines
    [card] = json.loads(cli_run(workspace, "score", "--json").output)["competitors"]
    assert card["pairs"] == 1 and round(card["price_index"], 1) == 111.1


def test_a_pair_priced_in_a_currency_without_a_rate_is_listed_in_words_not_in_ours(workspace, tmp_path):
    from bs4 import BeautifulSoup

    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Coffee 1 kg", price="10.00", currency="EUR")])
    record_crawl(engine, workspace, [Offer(key="c", name="Coffee 1 kg", price=Decimal("15.00"), currency="USD",
                                           in_stock=True)], dt.datetime.now(UTC) - dt.timedelta(days=1))
    with engine.begin() as conn:
        [cid] = conn.execute(db.select(db.competitor_products.c.id)).scalars()
        db.record_decision(conn, "C1", cid, "confirmed", decided_by="test")
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    table = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find("h3", id="pairs").find_next("table")
    [row] = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in table.find("tbody").find_all("tr")]
    assert "€15.00" not in row and "15.00 USD has no exchange rate to EUR" in " ".join(row), row


def test_the_stock_out_chart_s_axis_stays_within_none_and_all():
    # Before: with one shop out of nothing (0%) and another out of one product in seven (14.3%), the axis of
    # "Share of their products out of stock" began at "−1.4%" (a margin below 0%), a share no shop can have.
    from bs4 import BeautifulSoup

    from reports.charts import line_chart

    series = [("Bean Bros", [("2026-12-04", 0.0)]), ("Leaf & Co", [("2026-12-04", 1 / 7)])]
    for shares in (series, [("All out", [("2026-12-04", 1.0)]), ("Half", [("2026-12-04", 0.5)])]):
        chart = BeautifulSoup(str(line_chart(shares, baseline=None, percent=True)), "html.parser")
        ticks = [t.get_text() for t in chart.find_all("text") if t.get_text().endswith("%")]
        values = [float(t.rstrip("%").replace("\u2212", "-")) for t in ticks]
        assert len(values) == 5 and min(values) >= 0 and max(values) <= 100, ticks


def test_score_s_table_says_how_many_are_matched_and_how_many_compared(workspace, tmp_path):
    # Before: the column "matched" held the pairs the price figures compare (1), where the report's card and
    # `match` say 3 matched: one name for two numbers. Both are now shown, each under its own name.
    _rival_with_stock(workspace)
    scored = cli_run(workspace, "score")
    lines = scored.output.splitlines()
    header = next(line for line in lines if "competitor" in line and "score" in line)
    names = [cell.strip() for cell in header.split("┃")[1:-1]]
    [row] = [line for line in lines if line.startswith("│ Rival")]
    cells = dict(zip(names, (cell.strip() for cell in row.split("│")[1:-1])))
    assert (cells["products"], cells["matched"], cells["compared"]) == ("3", "3", "1"), cells
