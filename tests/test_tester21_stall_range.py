"""tester21: a market stall with no web shop, Stragan na Kleparzu, was visited on All Saints' Day; the
visitor noted our tomato seeds at 2.50 zł on its shelf. What to copy led with "Cheaper on Nasiona: ...
Nasiona pomidor Malinowy Ożarowski 3.49 PLN against 2.50 PLN", while the report's Range said of the
stall "we have, they lack 23" and listed all 23 of our products as our exclusives there, the seeds
among them. A visit samples a shelf: it tells what a shop sells, never what it does not. A product
seen on a competitor's shelf is no exclusive of ours there, and a shop whose range nobody read (no web
shop, no file of its offers) has no products we have and it lacks: the table says "—", the list none.
A web shop's range is what it lists; a product of ours seen only on its shelf is sold there too."""

from __future__ import annotations

import csv
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

OURS = """sku;name;price;currency
OG-007;Nasiona pomidor Malinowy Ożarowski;3,49;PLN
ZOO-110;Siano dla gryzoni Vitapol 500 g;6,99;PLN
OG-005;Sekator nożycowy P121;89,00;PLN
"""
OFFERS = """key;name;price;currency
S1;Fiskars sekator P121;79,99;PLN
"""
VISITS = """competitor;store;visited_at;visitor;score_environment
Stragan;Rynek Kleparski;01.11.2026 10:30;Łukasz;3
Zoo;Krakowska;04.11.2026 17:15;Łukasz;5
"""
CHECKS = """visit_row;sku;product;price
2;OG-007;;2,50
3;ZOO-110;;5,99
"""


def _workspace(workspace, tmp_path: Path) -> None:
    for name, text in (("ours.csv", OURS), ("offers.csv", OFFERS), ("visits.csv", VISITS), ("checks.csv", CHECKS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    text = workspace.config_path.read_text(encoding="utf-8").replace('currency = "EUR"', 'currency = "PLN"', 1)
    workspace.config_path.write_text(text, encoding="utf-8")
    for args in (("catalogue", "import", str(tmp_path / "ours.csv")),
                 ("competitor", "add", "Stragan"), ("store", "add", "Stragan", "Rynek Kleparski"),
                 ("competitor", "add", "Zoo"), ("store", "add", "Zoo", "Krakowska"),
                 ("offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Zoo"),
                 ("visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv")),
                 ("match",)):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def _exclusives(workspace, tmp_path: Path) -> dict[str, list[str]]:
    result = cli_run(workspace, "export", "exclusives", str(tmp_path / "exclusives.csv"))
    assert result.exit_code == 0, result.output
    out: dict[str, list[str]] = {}
    with open(tmp_path / "exclusives.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["competitor"], []).append(row["sku"])
    return out


def test_a_shop_whose_range_nobody_read_has_no_exclusives_of_ours(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    exclusives = _exclusives(workspace, tmp_path)
    # Before: Stragan ['OG-005', 'OG-007', 'ZOO-110']: the seeds seen on its shelf were "ours only".
    assert "Stragan" not in exclusives, exclusives
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    table = next(t for t in soup.find_all("table")
                 if "we have, they lack" in [th.get_text(strip=True) for th in t.find_all("th")])
    heads = [th.get_text(strip=True) for th in table.find_all("th")]
    rows = {tr.find("td").get_text(strip=True): [td.get_text(strip=True) for td in tr.find_all("td")]
            for tr in table.find_all("tr") if tr.find("td")}
    # Before: 3 (every product of ours), for a stall whose range is two shelf prices.
    assert rows["Stragan"][heads.index("we have, they lack")] == "—", rows


def test_a_product_seen_on_a_web_shops_shelf_is_no_exclusive_there(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    exclusives = _exclusives(workspace, tmp_path)
    # Zoo lists the shears online (matched) and sells the hay in its store (a shelf check of our sku):
    # before, the hay was our exclusive at Zoo.
    assert exclusives.get("Zoo") == ["OG-007"], exclusives
