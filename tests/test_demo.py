"""`storecheck demo` end to end, as a new user runs it: the real command in a subprocess."""

import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from storecheck.demo.world import COMPETITORS


def test_demo_names_three_competitors_with_price_indexes(tmp_path):
    keep = tmp_path / "demo"
    result = subprocess.run(
        [sys.executable, "-m", "storecheck", "demo", "--products", "60", "--keep", str(keep)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report_line = [line for line in result.stdout.splitlines() if line.startswith("Report: ")]
    assert report_line, result.stdout
    report = report_line[-1].removeprefix("Report: ")
    soup = BeautifulSoup(Path(report).read_text(encoding="utf-8"), "html.parser")
    cards = soup.select("#summary article.card")
    assert sorted(card["data-competitor"] for card in cards) == sorted(name for name, _ in COMPETITORS)
    for card in cards:
        index = card.select_one(".big").get_text(strip=True)
        assert float(index) > 0, f"{card['data-competitor']} has no price index"
    assert (keep / "storecheck.toml").is_file()
    visit_rows = soup.select("#visits table")[0].select("tbody tr")
    # The demo's store visits, one scorecard per competitor and one for our own store, the baseline.
    assert sorted(row.td.get_text(strip=True) for row in visit_rows) == sorted(["Demo Shop", *(n for n, _ in COMPETITORS)])
    assert soup.select_one("#visits article.store-visits[data-competitor='Demo Shop']") is not None
    statements = [td.get_text() for td in soup.select("#visits tr.comparison td.statement")]
    assert statements and all(" in ours (" in s for s in statements)
    # The ranked list of what to copy opens the report.
    assert soup.find("section")["id"] == "what-to-copy"
    assert len(soup.select("#what-to-copy tr.copy-item")) >= 5
    assert soup.select("#visits img.thumb")  # the shop-front photos, embedded
    assert shelf_checks_on_their_online_product(keep)
    kinds = {row.select("td")[1].get_text(strip=True) for row in soup.select("#changes table tbody tr")}
    assert {"price up", "price down"} <= kinds  # the second crawl, a day later, found changes
    # The demo shops know which of their products are ours: the numbers above
    # rest on matches that are mostly right (measured 0.95 / 0.86 at 300 products).
    precision, recall = demo_match_quality(keep, 60)
    assert precision >= 0.9 and recall >= 0.7, (precision, recall)


def demo_match_quality(workspace_dir, products: int, seed: int = 7) -> tuple[float, float]:
    """Precision and recall of the matched pairs against the demo world's ground truth."""
    from sqlalchemy import select

    from storecheck import db
    from storecheck.config import Workspace
    from storecheck.demo.world import World

    world = World(seed=seed, products=products)
    truth = {}
    for kind, name in (("shopify", "Northwind Outfitters"), ("woocommerce", "Greenleaf Market"), ("html", "Corner Store")):
        catalogue = world.shop_products(kind)
        for i in range(catalogue.count):
            product = catalogue.product(i)
            for offer in product.get("variants") or [product]:
                truth[(name, offer["sku"])] = offer["own_sku"]
    engine = db.open_database(Workspace(workspace_dir).database_url)
    m, cp, c = db.matches, db.competitor_products, db.competitors
    with engine.connect() as conn:
        matched = conn.execute(
            select(c.c.name, cp.c.sku.label("theirs"), m.c.sku).join(cp, cp.c.id == m.c.competitor_product_id)
            .join(c, c.c.id == cp.c.competitor_id).where(m.c.status == "matched")
        ).all()
    engine.dispose()
    correct = sum(1 for name, theirs, ours in matched if truth.get((name, theirs)) == ours)
    return correct / len(matched), correct / sum(1 for ours in truth.values() if ours)


def shelf_checks_on_their_online_product(workspace_dir) -> bool:
    """Every shelf check of one of our skus that the competitor's online product is matched
    to sits on that product, never on a listing of its own that could take its match."""
    from sqlalchemy import select

    from storecheck import db
    from storecheck.config import Workspace

    engine = db.open_database(Workspace(workspace_dir).database_url)
    m, cp, checks = db.matches, db.competitor_products, db.visit_price_checks
    with engine.connect() as conn:
        online = {(r.competitor_id, r.sku) for r in conn.execute(
            select(cp.c.competitor_id, m.c.sku).join(cp, cp.c.id == m.c.competitor_product_id)
            .where(m.c.status.in_(("matched", "confirmed")), ~cp.c.key.startswith("visit:")))}
        placed = conn.execute(select(checks.c.sku, cp.c.competitor_id, cp.c.key)
                              .join(cp, cp.c.id == checks.c.competitor_product_id).where(checks.c.sku.is_not(None))).all()
    engine.dispose()
    assert placed
    return all(not key.startswith("visit:") for sku, cid, key in placed if (cid, sku) in online)
