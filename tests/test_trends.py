"""Trends: the price index per crawl day and stock-outs over time, computed,
printed by `score --json` and drawn in the report, checked by hand on small data."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from benchmark import trends
from reports.render import render_report
from storecheck import analysis, db
from storecheck.cli import cli
from storecheck.models import Offer, OwnProduct, Promotion
from conftest import record_crawl


def obs(pid, when, price, in_stock=True, currency="EUR", competitor="R"):
    return {"competitor_product_id": pid, "competitor": competitor, "observed_at": when, "price": Decimal(price),
            "currency": currency, "in_stock": in_stock}


def at(day: date, hour: int = 6) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


START = date(2026, 3, 1)


def test_a_state_lasts_until_the_next_observation_and_one_replaced_the_same_day_never_counts():
    frame = pd.DataFrame([obs(1, at(START), "10"), obs(1, at(START, 9), "11"), obs(1, at(START + timedelta(days=3)), "12"),
                          obs(2, at(START - timedelta(days=5)), "5")])
    spans = trends.state_spans(frame, START, START + timedelta(days=9))
    assert [(p, str(price), first, last) for p, price, first, last in
            zip(spans.competitor_product_id, spans.price, spans["first"], spans["last"])] == [
        (1, "11", 0, 2), (1, "12", 3, 9), (2, "5", 0, 9),  # the 10 was replaced at 09:00; product 2 starts before the window
    ]


def test_index_history_by_hand():
    pairs = pd.DataFrame([
        {"competitor": "R", "competitor_product_id": 1, "our_price": Decimal("10"), "our_currency": "EUR",
         "their_pack": Decimal(1), "weight": 1.0, "category": "Coffee"},
        # Compared per kg: we sell 1 kg at 8, they sell 500 g (their_pack 0.5).
        {"competitor": "R", "competitor_product_id": 2, "our_price": Decimal("8"), "our_currency": "EUR",
         "their_pack": Decimal("0.5"), "weight": 3.0, "category": "Tea"},
    ])
    d = [START + timedelta(days=i) for i in range(4)]
    observations = pd.DataFrame([
        obs(1, at(d[0]), "10"), obs(2, at(d[0]), "4"),          # ratios 1 and 8 / (4 / 0.5) = 1
        obs(1, at(d[1]), "8"),                                  # 1.25
        obs(2, at(d[2]), "4", in_stock=False),                  # tea out: only coffee counts
        obs(2, at(d[3]), "5"), obs(9, at(d[3]), "1"),           # 8 / 10 = 0.8; product 9 is not matched
    ])
    days = {"R": set(d) | {d[3] + timedelta(days=1)}}
    history = trends.index_history(pairs, observations, start=d[0], end=d[3] + timedelta(days=1), crawl_days=days)
    weighted = 100 * math.exp((1 * math.log(1.25) + 3 * math.log(0.8)) / 4)
    assert history["R"] == [
        {"date": d[0].isoformat(), "index": pytest.approx(100.0), "pairs": 2},
        {"date": d[1].isoformat(), "index": pytest.approx(100 * math.exp(math.log(1.25) / 4)), "pairs": 2},
        {"date": d[2].isoformat(), "index": pytest.approx(125.0), "pairs": 1},
        {"date": d[3].isoformat(), "index": pytest.approx(weighted), "pairs": 2},
        {"date": (d[3] + timedelta(days=1)).isoformat(), "index": pytest.approx(weighted), "pairs": 2},  # unchanged: held
    ]
    by_category = trends.index_history(pairs, observations, start=d[0], end=d[3], crawl_days=days, by="category")
    assert [p["index"] for p in by_category["R"]["Tea"]] == pytest.approx([100.0, 100.0, 80.0])
    assert [p["date"] for p in by_category["R"]["Tea"]] == [d[0].isoformat(), d[1].isoformat(), d[3].isoformat()]


def test_stock_outs_by_hand():
    d = [START + timedelta(days=i) for i in range(5)]
    observations = pd.DataFrame([
        obs(1, at(d[0]), "1"), obs(2, at(d[0]), "1"), obs(3, at(d[0]), "1"), obs(4, at(d[0]), "1"),
        obs(1, at(d[1]), "1", in_stock=False), obs(2, at(d[1]), "1", in_stock=False),
        obs(1, at(d[3]), "1"),                                   # back after 2 days
        obs(2, at(d[4], 18), "1"),                               # back after 3.5 days
    ])
    last_seen = pd.Series({1: at(d[4]), 2: at(d[4], 18), 3: at(d[4]), 4: at(d[1])})  # 4 delisted after day 1
    result = trends.stock_outs(observations, last_seen, start=d[0], end=d[4], crawl_days={"R": set(d)})["R"]
    assert [(p["out_of_stock"], p["products"]) for p in result["history"]] == [(0, 4), (2, 4), (2, 3), (1, 3), (0, 3)]
    assert result["back_in_stock"] == 2 and result["median_days_out"] == pytest.approx(2.75)


# --- end to end: crawls stored in a workspace, `score --json`, the report --------


@pytest.fixture
def crawled(workspace, request, monkeypatch):
    """Rival crawled on four days ending today, coffee and tea matched to ours by a person
    (in SQLite, or in PostgreSQL when the test is parametrised so)."""
    if getattr(request, "param", "sqlite") == "postgresql":
        monkeypatch.setenv("STORECHECK_DATABASE_URL", request.getfixturevalue("postgres_url"))
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    if getattr(request, "param", "sqlite") == "postgresql":
        request.addfinalizer(lambda: _drop_all(engine))
    today = datetime.now(UTC).date()
    days = [today - timedelta(days=i) for i in (3, 2, 1, 0)]

    def crawl(offers, day, status="finished"):
        record_crawl(engine, workspace, offers, datetime(day.year, day.month, day.day, 0, 5, tzinfo=UTC), status)

    coffee = Offer(key="a", name="Coffee 1 kg", price="10", currency="EUR", in_stock=True)
    tea = Offer(key="b", name="Tea 100 bags", price="4", currency="EUR", in_stock=True)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [
            OwnProduct(sku="C1", name="Coffee 1 kg", brand="Bean", category="Coffee", price="10", currency="EUR"),
            OwnProduct(sku="T1", name="Tea 100 bags", brand="Leaf", category="Tea", price="4", currency="EUR"),
        ])
    crawl([coffee, tea], days[0])
    crawl([coffee.model_copy(update={"price": Decimal("8")}), tea], days[1])
    crawl([coffee.model_copy(update={"price": Decimal("8")}), tea.model_copy(update={"in_stock": False})], days[2],
          status="partial")
    crawl([coffee.model_copy(update={"price": Decimal("8")}), tea.model_copy(update={"price": Decimal("5")})], days[3])
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        db.record_decision(conn, "C1", ids["a"], "confirmed", decided_by="test")
        db.record_decision(conn, "T1", ids["b"], "confirmed", decided_by="test")
    return workspace, engine, days


def _drop_all(engine) -> None:
    db.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    engine.dispose()


def expected_index(days):
    return [
        (days[0].isoformat(), 100.0, 2),
        (days[1].isoformat(), 100 * math.sqrt(1.25), 2),
        (days[2].isoformat(), 125.0, 1),  # tea out of stock
        (days[3].isoformat(), 100.0, 2),  # 1.25 x 0.8
    ]


def test_score_json_carries_index_history(crawled):
    workspace, _engine, days = crawled
    result = CliRunner().invoke(cli, ["score", "--json", "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    rival = data["competitors"][0]
    assert [(p["date"], p["index"], p["pairs"]) for p in rival["index_history"]] == [
        (day, pytest.approx(value), n) for day, value, n in expected_index(days)]
    tea = data["trends"]["category_index_history"]["Rival"]["Tea"]
    assert [p["index"] for p in tea] == pytest.approx([100.0, 100.0, 80.0])
    assert [p["index"] for p in data["trends"]["brand_index_history"]["Rival"]["Bean"]] == pytest.approx([100, 125, 125, 125])
    stock = data["trends"]["stock_outs"]["Rival"]
    assert [p["out_of_stock"] for p in stock["history"]] == [0, 0, 1, 0]
    assert stock["back_in_stock"] == 1 and stock["median_days_out"] == pytest.approx(1.0)


@pytest.mark.parametrize("crawled", ["postgresql"], indirect=True)
def test_index_history_on_postgresql(crawled):
    _workspace, engine, days = crawled
    context = analysis.report_context(engine, _workspace.config)
    assert [(p["date"], p["index"], p["pairs"]) for p in context["competitors"][0]["index_history"]] == [
        (day, pytest.approx(value), n) for day, value, n in expected_index(days)]
    assert context["trends"]["stock_outs"]["Rival"]["back_in_stock"] == 1


def test_a_window_shorter_than_the_history_keeps_its_last_days(crawled):
    workspace, engine, days = crawled
    config = workspace.config.model_copy(update={"trends": workspace.config.trends.model_copy(update={"window_days": 2})})
    context = analysis.report_context(engine, config)
    assert [p["date"] for p in context["competitors"][0]["index_history"]] == [days[2].isoformat(), days[3].isoformat()]


def test_report_draws_the_same_series_as_score(crawled):
    workspace, engine, days = crawled
    context = analysis.report_context(engine, workspace.config)
    soup = BeautifulSoup(render_report(context), "html.parser")
    section = soup.find("section", id="trends")
    assert section is not None and soup.find("a", href="#trends") is not None
    line = section.select_one("#index-history-chart svg polyline.series")
    assert len(line["points"].split()) == 4
    table = [[td.get_text(strip=True) for td in tr.find_all("td")] for tr in section.select("#index-history-table tbody tr")]
    assert table == [["Rival", day, f"{value:.1f}"] for day, value, _n in expected_index(days)]
    stock = section.select("#stock-out-table tbody tr td")
    assert [td.get_text(strip=True) for td in stock][:5] == ["Rival", days[3].isoformat(), "0", "2", "0"]
    # The largest gaps carry their price over the window: coffee went 10 -> 8 against our 10.
    spark = soup.select_one("#gaps-dearer svg.sparkline")
    assert spark.find("title").get_text() == f"their price 10.00 on {days[0].isoformat()} to 8.00; ours 10.00"
    assert len(spark.select_one("polyline.series")["points"].split()) == 4  # two prices, each held to the next
    categories = [[td.get_text(strip=True) for td in tr.find_all("td")] for tr in section.select("#category-trend-table tbody tr")]
    assert categories[0][:2] == ["Rival", "Coffee"] and categories[0][6] == "25"  # the largest move first


def test_score_computes_what_it_prints_as_the_report_does(crawled):
    workspace, engine, _days = crawled
    full = analysis.report_context(engine, workspace.config)
    scores = analysis.report_context(engine, workspace.config, tables=False)
    for key in ("competitors", "what_to_copy", "notes", "currency"):
        assert scores[key] == full[key]
    # Only the report's sparklines of the largest gaps are left out.
    assert {k: v for k, v in scores["trends"].items() if k != "gap_histories"} == full["trends"]
    assert full["gap_histories"] and not scores["trends"]["gap_histories"]
    assert "changes" not in scores and "price_rows" not in scores


# --- report runs: "since the last report" -------------------------------------


def test_each_report_is_recorded_and_latest_html_is_the_newest(crawled):
    workspace, engine, _days = crawled
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["report", "--workspace", str(workspace.path)])
        assert result.exit_code == 0, result.output
    dated = sorted(p for p in workspace.reports_dir.glob("report-*.html"))
    latest = workspace.reports_dir / "latest.html"
    assert latest.read_bytes() == dated[-1].read_bytes()
    with engine.connect() as conn:
        runs = conn.execute(db.select(db.report_runs).order_by(db.report_runs.c.id)).mappings().all()
    assert len(runs) == 2 and runs[1]["summary"]["Rival"]["price_index"] == pytest.approx(100.0)
    # A report written elsewhere is recorded too, but latest.html stays the newest of the folder's.
    other = workspace.path / "elsewhere.html"
    assert runner.invoke(cli, ["report", "-o", str(other), "--workspace", str(workspace.path)]).exit_code == 0
    assert latest.read_bytes() == dated[-1].read_bytes()


def test_changes_cover_every_crawl_since_the_last_report(workspace):
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    now = datetime.now(UTC).replace(microsecond=0)
    coffee = Offer(key="a", name="Coffee", price="10", currency="EUR", in_stock=True)
    tea = Offer(key="b", name="Tea", price="4", currency="EUR", in_stock=True)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Coffee", price="11", currency="EUR")])
    record_crawl(engine, workspace, [coffee, tea], now - timedelta(days=4))
    with engine.begin() as conn:
        cid = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        db.record_decision(conn, "C1", cid["a"], "confirmed", decided_by="test")
        # The last report, two days ago, saw coffee at 10: index 110.
        db.record_report_run(conn, now - timedelta(days=2), None, {"Rival": {"price_index": 110.0}})
    # Three crawls since: coffee 10 -> 11 -> 12.5, tea on promotion then off again, chai new.
    record_crawl(engine, workspace, [coffee.model_copy(update={"price": Decimal("11")}), tea], now - timedelta(days=1, hours=12))
    record_crawl(engine, workspace, [coffee.model_copy(update={"price": Decimal("12.5")}),
                                     tea.model_copy(update={"promotion": Promotion(type="multibuy", text="3 for 2")})],
                 now - timedelta(days=1))
    chai = Offer(key="c", name="Chai", price="5", currency="EUR", in_stock=False)
    record_crawl(engine, workspace, [coffee.model_copy(update={"price": Decimal("12.5")}), tea, chai], now - timedelta(hours=6))
    context = analysis.report_context(engine, workspace.config)
    rows = sorted((r["kind"], r["product"], r["detail"]) for r in context["changes"]["Changes"])
    # One move from the state at the last report to now; a promotion that came and went is no change.
    # (A move of a matched product names ours beside it: tester21.)
    assert rows == [("new product", "Chai", None), ("price up", "Coffee", "10.00 EUR → 12.50 EUR (+25.0%); our C1 at 11.00 EUR")]
    assert context["changes"]["since"].startswith("the last report")
    card = context["competitors"][0]
    assert card["price_index"] == pytest.approx(88.0)  # 11 / 12.5
    assert card["index_change"] == pytest.approx(88.0 - 110.0) and card["previous_price_index"] == 110.0
    soup = BeautifulSoup(render_report(context), "html.parser")
    text = soup.select_one("#summary .card").get_text(" ", strip=True)
    assert "Since the last report -22.0 points (was 110.0)" in text
    # The next report starts where this one ends: nothing new.
    with engine.begin() as conn:
        db.record_report_run(conn, datetime.now(UTC), None, analysis.report_summary(context))
    assert analysis.report_context(engine, workspace.config)["changes"]["Changes"] == []


def test_a_report_cut_short_has_its_full_tables_beside_it(crawled, monkeypatch):
    import csv

    import reports.render

    workspace, _engine, _days = crawled
    monkeypatch.setattr(reports.render, "TABLE_ROWS", 1)
    result = CliRunner().invoke(cli, ["report", "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    report = next(workspace.reports_dir.glob("report-*.html"))
    beside = report.with_name(f"{report.stem}-price.csv")
    with beside.open(newline="", encoding="utf-8") as handle:
        assert sorted(row["sku"] for row in csv.DictReader(handle)) == ["C1", "T1"]
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    assert len(soup.select("#pairs-table tbody tr")) == 1
    assert soup.select_one("#pairs + p.cut a")["href"] == beside.name


def test_chromium_opens_the_report_offline_with_the_trend_charts_drawn(crawled):
    from conftest import require_chromium

    chromium = require_chromium()
    from playwright.sync_api import sync_playwright

    workspace, _engine, _days = crawled
    assert CliRunner().invoke(cli, ["report", "--workspace", str(workspace.path)]).exit_code == 0
    report = workspace.reports_dir / "latest.html"
    problems: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page()
            page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report.as_uri())
            page.wait_for_load_state("load")
            for chart in ("#index-history-chart", "#stock-out-chart"):
                box = page.locator(f"{chart} svg polyline.series").first.evaluate(
                    "line => { const b = line.getBBox(); return [b.width, b.height, line.points.numberOfItems]; }")
                assert box[0] > 100 and box[2] == 4, (chart, box)
            assert page.locator("#index-history-chart svg").bounding_box()["width"] > 300
        finally:
            browser.close()
    assert problems == []
    assert all(url.startswith("file:") for url in requests), requests


def test_the_product_page_shows_our_price_against_theirs_with_promotions_and_shelf_checks(crawled, monkeypatch):
    from storecheck.web import create_app

    workspace, engine, days = crawled
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    now = datetime.now(UTC)
    coffee = Offer(key="a", name="Coffee 1 kg", price="7", currency="EUR", in_stock=True,
                   promotion=Promotion(type="percent_off", text="-12% <b>this week</b>"))
    record_crawl(engine, workspace, [coffee], now)
    with engine.begin() as conn:
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        db.store_offers(conn, cid, [Offer(key="visit:C1", name="Coffee 1 kg", price="7.5", currency="EUR")],
                        source="visit", now=now)
        shelf = conn.execute(db.select(db.competitor_products.c.id).where(db.competitor_products.c.key == "visit:C1")).scalar_one()
        db.record_decision(conn, "C1", shelf, "confirmed", decided_by="visit")
    client = create_app(workspace).test_client()
    page = client.get("/products/C1")
    assert page.status_code == 200
    soup = BeautifulSoup(page.text, "html.parser")
    chart = soup.select_one("#price-history svg")
    assert chart.select_one("line.ours title").get_text() == "Test Shop: 10.00"
    lines = chart.select("polyline.series")
    assert len(lines) == 2  # the web shop's listing and the shelf checks
    promotion = chart.select_one("g.point.promotion title").get_text()
    assert promotion.endswith("7.00 · promotion: -12% <b>this week</b>")  # text, escaped in the page
    assert "<b>this week</b>" not in page.text
    assert chart.select_one("g.point.in-store title").get_text().endswith("7.50 · seen in the store")
    prices = [td.get_text(strip=True) for td in soup.select("section#competitor-product-1 tbody tr td:nth-of-type(2)")]
    assert prices == ["7.00 EUR", "8.00 EUR", "10.00 EUR"]
    assert client.get("/products/NOPE").status_code == 404
    # The review queue links our sku to this page.
    with engine.begin() as conn:
        conn.execute(db.matches.insert().values(sku="T1", competitor_product_id=shelf, method="fuzzy", score=0.7,
                                                status="proposed", equivalent=False, updated_at=now))
    queue = BeautifulSoup(client.get("/matches").text, "html.parser")
    assert queue.select_one("section.match .ours a")["href"] == "/products/T1"
    # And the report's largest gaps, once served from the reports folder (the link shows only there).
    report = BeautifulSoup(render_report(analysis.report_context(engine, workspace.config)), "html.parser")
    link = report.select_one("#gaps-dearer a.served-only, #gaps-cheaper a.served-only")
    assert link.has_attr("hidden") and link["href"] in ("../products/C1", "../products/T1")
