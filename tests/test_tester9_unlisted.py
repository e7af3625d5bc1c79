"""A ninth tester's pass: a competitor taken out of storecheck.toml (no longer followed, or renamed
there) keeps its history in the database, and the README promises that history is "out of every
figure". The scorecards left it out; every other part of the report, `score --json` and the alerts
still counted it."""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

from bs4 import BeautifulSoup
from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer, OwnProduct
from conftest import record_crawl

OURS = [("C1", "Bean Co Coffee Beans 1 kg", "Coffee", "12.00"), ("T1", "Leaf Green Tea 20 bags", "Tea", "2.40"),
        ("J1", "Sunny Orange Juice 1 l", "Drinks", "1.80")]


def _offers(factor: str, in_stock: bool = True) -> list[Offer]:
    return [Offer(key=sku.lower(), name=name, brand=name.split()[0], category=category,
                  price=(Decimal(price) * Decimal(factor)).quantize(Decimal("0.01")), currency="EUR",
                  in_stock=in_stock, url=f"https://shop.example/{sku.lower()}") for sku, name, category, price in OURS]


def _two_rivals_then_one_dropped(workspace):
    """Rival and Gone both crawled twice (Rival's prices 10% down) and matched; a report between the
    crawls; a visit to Gone's store; then Gone is taken out of storecheck.toml. Gone is far cheaper
    (index 200) and its second crawl moved every price and ran out of stock, so anything of it left
    in a figure shows."""
    workspace.add_competitor("Rival", "https://rival.example/")
    workspace.add_competitor("Gone", "https://gone.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=sku, name=name, category=category, brand=name.split()[0],
                                                 price=price, currency="EUR") for sku, name, category, price in OURS])
    now = dt.datetime.now(UTC)
    record_crawl(engine, workspace, _offers("1.00"), now - dt.timedelta(days=3), competitor="Rival")
    record_crawl(engine, workspace, _offers("0.50"), now - dt.timedelta(days=3), competitor="Gone")
    assert cli_run(workspace, "match").exit_code == 0
    assert cli_run(workspace, "report", "-o", str(workspace.path / "reports" / "first.html")).exit_code == 0
    with engine.begin() as conn:  # as if written two days ago, between the two crawls
        conn.execute(db.report_runs.update().values(generated_at=now - dt.timedelta(days=2)))
    record_crawl(engine, workspace, _offers("0.90"), now - dt.timedelta(days=1), competitor="Rival")
    record_crawl(engine, workspace, _offers("0.40", in_stock=False), now - dt.timedelta(days=1), competitor="Gone")
    visit = workspace.path / "visit.yaml"
    when = (now - dt.timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M")
    visit.write_text(f"- competitor: Gone\n  store: High Street\n  visited_at: {when}\n  visitor: Ann\n"
                     "  scores: {environment: 5, display: 5, hospitality: 5}\n  footfall: {count: 40, minutes: 20}\n"
                     "  promotions: ['multibuy: 3 for 2 on tea']\n", encoding="utf-8")
    assert cli_run(workspace, "visit", "import", str(visit)).exit_code == 0
    text = workspace.config_path.read_text(encoding="utf-8")
    start = text.index('[[competitors]]\nname = "Gone"')
    workspace.config_path.write_text(text[:start], encoding="utf-8")
    return engine


def _mentions(value, name: str, path: str = "") -> list[str]:
    """Where in a JSON document `name` shows, as a key or a text."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == name:
                found.append(f"{path}/{key}")
            found += _mentions(item, name, f"{path}/{key}")
    elif isinstance(value, list):
        for at, item in enumerate(value):
            found += _mentions(item, name, f"{path}/{at}")
    elif isinstance(value, str) and name in value:
        found.append(path)
    return found


def test_score_json_names_a_competitor_taken_out_of_the_config_nowhere(workspace):
    # Before: `trends.category_index_history`, `brand_index_history` and `stock_outs` still held
    # "Gone" (its category index at 200, its products 100% out of stock).
    _two_rivals_then_one_dropped(workspace)
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    scored = json.loads(result.output)
    assert [card["name"] for card in scored["competitors"]] == ["Rival"]
    assert _mentions(scored["trends"], "Gone") == []


def test_the_report_shows_a_competitor_taken_out_of_the_config_only_in_its_note(workspace, tmp_path):
    # Before: "1 competitor · 6 matched pairs" above the cards (Rival has 3), Gone's pairs in the
    # largest gaps, the category index, the pairs table, the trends, the price ladder, the changes
    # (its price moves and stock-outs since the last report), data health and the store visits (its
    # store's scores and footfall, the promotions seen there).
    _two_rivals_then_one_dropped(workspace)
    out = tmp_path / "r.html"
    result = cli_run(workspace, "report", "-o", str(out))
    assert result.exit_code == 0, result.output
    page = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    for hidden in page(["script", "style"]):
        hidden.decompose()
    assert "1 competitor · 3 matched pairs" in page.get_text(" "), page.find("header").get_text(" ")
    places = [text.strip() for text in page.find_all(string=lambda text: "Gone" in text)]
    assert places and all(text.startswith("'Gone' (3 products, 1 visit) is in the database but not in storecheck.toml")
                          for text in places), places
    # Rival's own changes since the first report are still there.
    assert "Bean Co Coffee Beans 1 kg" in page.find(id="changes").get_text(" ")


def test_alerts_are_not_sent_about_a_competitor_taken_out_of_the_config(workspace):
    # Before: `alerts send` recorded Gone's price moves, undercuts and stock-outs since the last
    # report, for a shop nobody follows any more.
    _two_rivals_then_one_dropped(workspace)
    result = cli_run(workspace, "alerts", "send", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Gone" not in result.output, result.output
    engine = db.open_database(workspace.database_url)
    cli_run(workspace, "alerts", "send")
    with engine.connect() as conn:
        competitors = {row[0] for row in conn.execute(db.select(db.alert_events.c.competitor))}
    assert competitors == {"Rival"}, competitors  # its price moves of -10%
