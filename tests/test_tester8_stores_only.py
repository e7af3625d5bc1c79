"""An eighth tester's pass over a competitor with stores only (no web shop: visited, never crawled),
through the real commands: what `match`, `score` and the report tell a store manager about it."""

from __future__ import annotations

import datetime as dt
from datetime import UTC

from bs4 import BeautifulSoup
from test_alerts import cli_run

from storecheck import db
from storecheck.models import OwnProduct


def _corner_shop(workspace):
    added = cli_run(workspace, "competitor", "add", "Corner Shop")
    assert added.exit_code == 0, added.output
    assert cli_run(workspace, "store", "add", "Corner Shop", "Market Street").exit_code == 0
    with db.open_database(workspace.database_url).begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="BIS-3", name="Ginger Snaps 200 g", price="1.59", currency="EUR"),
                                      OwnProduct(sku="COF-2", name="Espresso Blend 500 g", price="7.49", currency="EUR")])


def _visit(workspace, tmp_path):
    when = (dt.datetime.now(UTC) - dt.timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M")
    visit = tmp_path / "visit.yaml"
    visit.write_text(f"- competitor: Corner Shop\n  store: Market Street\n  visited_at: {when}\n  visitor: Bob\n"
                     "  scores: {environment: 2}\n  price_checks:\n    - {sku: BIS-3, price: 1.49}\n", encoding="utf-8")
    imported = cli_run(workspace, "visit", "import", str(visit))
    assert imported.exit_code == 0, imported.output


def test_match_does_not_send_a_shop_without_a_web_shop_to_a_crawl(workspace):
    # Before: "Corner Shop: no products yet; run `storecheck crawl Corner Shop` or `storecheck offers
    # import`", a crawl that answers "not crawled: no web shop".
    _corner_shop(workspace)
    matched = cli_run(workspace, "match")
    text = " ".join(matched.output.split())
    assert matched.exit_code == 0 and "storecheck crawl" not in text, text
    assert "Corner Shop: no prices yet" in text and "no web shop" in text and "shelf price" in text, text


def test_the_report_neither_sends_it_to_a_crawl_nor_says_more_matched_than_it_has(workspace, tmp_path):
    # Before: the card read "Matched 1 of 0 products" and "Last crawl none", and the notes "Corner Shop:
    # no products collected yet; run `storecheck crawl`", though its shelf price was in the price index.
    _corner_shop(workspace)
    _visit(workspace, tmp_path)
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    text = " ".join(soup.get_text(" ").split())
    assert "storecheck crawl" not in text and "no products collected" not in text, text[:2000]
    card = next(a for a in soup.find_all("article") if a.find(string=lambda s: s and "Corner Shop" in s))
    facts = {dt_.get_text(strip=True): " ".join(dt_.find_next("dd").get_text(" ").split()) for dt_ in card.find_all("dt")}
    assert facts["Matched"] == "1 product seen only in store", facts
    # Since tester20: with the day of the latest shelf price, where its prices come from.
    assert facts["Last crawl"].startswith("none: no web shop, visited only; the latest shelf price on "), facts
    scored = cli_run(workspace, "score")
    assert "storecheck crawl" not in scored.output and "106.7" in scored.output, scored.output


def test_with_no_visit_yet_the_notes_say_where_its_prices_come_from(workspace, tmp_path):
    _corner_shop(workspace)
    scored = cli_run(workspace, "score")
    text = " ".join(scored.output.split())
    assert "storecheck crawl" not in text and "Corner Shop: no prices yet" in text, text


def test_match_counts_a_shelf_check_s_confirmed_pair_once(workspace, tmp_path):
    # Before: "products 1, matched 1 (fuzzy 1), confirmed 1, unmatched 0": the matcher's guess on a pair a
    # person had settled (the shelf check naming our sku) is never stored, yet it was counted, and the
    # counts, which add up to the products, added up to 2.
    _corner_shop(workspace)
    _visit(workspace, tmp_path)
    matched = cli_run(workspace, "match")
    [row] = [line.split("│")[1:-1] for line in matched.output.splitlines() if line.startswith("│ Corner Shop")]
    cells = dict(zip(["competitor", "products", "matched", "by method", "proposed", "confirmed", "rejected",
                      "unmatched", "seconds"], (cell.strip() for cell in row)))
    assert (cells["products"], cells["matched"], cells["by method"], cells["confirmed"], cells["unmatched"]) == \
        ("1", "0", "-", "1", "0"), cells


def test_match_and_score_say_what_their_matched_and_products_count(workspace, tmp_path):
    # Review R4: for this shop `match` printed "products 1, matched 0" and `score` "products 0, matched 1" on
    # the same minute, each without saying what it counts. Both tables now say it, and the two stories agree:
    # the shelf check's listing is a product for `match` and not their range online for `score`; its pair is
    # confirmed (not "matched" by storecheck) for `match` and matched for `score`.
    _corner_shop(workspace)
    _visit(workspace, tmp_path)
    matched = " ".join(cli_run(workspace, "match").output.split())
    assert "products: their listings, those seen only in store (shelf checks) included" in matched, matched
    assert "`score` and the report count both as matched" in matched, matched
    scored = cli_run(workspace, "score")
    text = " ".join(scored.output.split())
    assert "Products: their range online (listings seen only in store left out)" in text, text
    assert "Matched: pairs storecheck made or a person confirmed" in text, text
    [row] = [line.split("│")[1:-1] for line in scored.output.splitlines() if line.startswith("│ Corner Shop")]
    assert [cell.strip() for cell in row][2:4] == ["0", "1"], row
