"""Data health of a shop whose prices come from a file or shelf checks while no crawl of it ever stored one.

A garden centre's rival has a web shop that answers nothing (every page 404: a new theme, a block), so
its crawl fails; the category manager imports the price list the rival mailed and a colleague notes two
shelf prices on a visit. The report's index and What to copy count those prices, yet Data health read
only the failed crawl: "failed", data age "—", and the card "Last crawl failed · 0 items": nothing said
where the prices shown come from or how old they are (a file imported months ago would read as today's).
A shop whose every source is a file or a shelf (no crawl record at all) was aged from them already
(tester20); a shop whose crawls stored nothing is priced the same way and is aged the same way now.

And the shop whose crawl was killed after storing some products (its run "failed", items stored): the
prices shown are that crawl's, read then; before, its age was "—" too.
"""

from __future__ import annotations

import csv
import datetime as dt
from datetime import UTC
from decimal import Decimal
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

from conftest import record_crawl, serve_pages
from storecheck import db
from storecheck.models import Offer

OURS = "sku;name;price;currency\nOG-007;Nasiona pomidor Malinowy;3,49;PLN\nOG-005;Sekator nożycowy P121;89,00;PLN\n"
OFFERS = "key;name;price;currency\nS1;Sekator nożycowy Fiskars P121;79,99;PLN\n"
VISITS = "competitor;store;visited_at;visitor;score_environment\nOgrodnik;Krakowska;04.11.2026 17:15;Łukasz;4\n"
CHECKS = "visit_row;sku;product;price\n2;OG-007;;2,50\n"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _health(workspace, tmp_path: Path) -> dict[str, dict[str, str]]:
    out = tmp_path / "health.csv"
    result = cli_run(workspace, "export", "health", str(out))
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return {row["competitor"]: row for row in csv.DictReader(handle)}


def _report(workspace, tmp_path: Path) -> BeautifulSoup:
    out = tmp_path / "report.html"
    result = cli_run(workspace, "report", "-o", str(out))
    assert result.exit_code == 0, result.output
    return BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")


def test_a_shop_whose_crawl_failed_is_aged_by_the_file_and_shelf_its_prices_come_from(workspace, tmp_path: Path):
    for name, text in (("ours.csv", OURS), ("offers.csv", OFFERS), ("visits.csv", VISITS), ("checks.csv", CHECKS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('currency = "EUR"', 'currency = "PLN"', 1), encoding="utf-8")
    with serve_pages(lambda _path: None) as base:  # every page 404
        workspace.add_competitor("Ogrodnik", base, download_delay=0, platform="html")
        for args in (("catalogue", "import", str(tmp_path / "ours.csv")), ("store", "add", "Ogrodnik", "Krakowska")):
            result = cli_run(workspace, *args)
            assert result.exit_code == 0, result.output
        crawled = cli_run(workspace, "crawl")
    assert "failed" in crawled.output, crawled.output
    for args in (("offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Ogrodnik"),
                 ("visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv")),
                 ("match",)):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output

    row = _health(workspace, tmp_path)["Ogrodnik"]
    assert row["status"] == "failed", row
    # Before: data_from and freshness empty, though both prices count in the figures.
    assert row["data_from"] and float(row["freshness_hours"]) < 1, row
    assert "imported file" in row["warnings"] and "shelf checks" in row["warnings"], row

    soup = _report(workspace, tmp_path)
    health = {_flat(tr.select("td")[0].get_text()): [_flat(td.get_text(" ")) for td in tr.select("td")]
              for tr in soup.select("#health tbody tr")}
    assert health["Ogrodnik"][9] != "—", health
    card = next(_flat(c.get_text(" ", strip=True)) for c in soup.select("#summary article.card")
                if c.get("data-competitor") == "Ogrodnik")
    assert "no crawl stored any; prices from a file imported" in card and "shelf checks, the latest on 2026-11-04" in card, card


def test_a_killed_crawls_prices_are_aged_from_when_it_stored_them(workspace, tmp_path: Path):
    workspace.add_competitor("Rival", "https://outils.example/")
    engine = db.open_database(workspace.database_url)
    when = dt.datetime.now(UTC) - dt.timedelta(days=3)
    record_crawl(engine, workspace, [Offer(key="OE-108", name="Scie égoïne 500 mm Bahco", price=Decimal("21.90"),
                                           currency="EUR", in_stock=True, url="https://outils.example/p/oe-108")],
                 when, status="failed")
    engine.dispose()
    row = _health(workspace, tmp_path)["Rival"]
    assert row["status"] == "failed", row
    assert 71 < float(row["freshness_hours"]) < 73, row  # before: empty
    # Review R1: the first form said "no crawl stored any prices; those shown are from: a crawl that did not end
    # well", denying what it then said. Worded from the sources there, as the card is.
    assert "no crawl stored any" not in row["warnings"], row["warnings"]
    assert "no crawl finished or ended partial; those shown are from: a crawl cut short (failed after storing some)" \
        in row["warnings"], row["warnings"]
    soup = _report(workspace, tmp_path)
    assert soup.select("#health tbody tr"), "the report is built"
