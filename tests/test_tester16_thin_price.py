"""tester16: a price figure resting on one matched product carried no "thin" warning. A DIY shop with
no web shop, visited once: one shelf check of our hand saw (19.90 against our 22.50) gave it a price
index of 113.1, a price part of 100, a competitiveness score of 92 and the top of What to copy
(impact 43.55), while its store scores from that same single visit each said "thin: rests on one
visit". One shelf is one person's glance at one product: the price sentences say so too, in the card
("Where they beat us"), `score`, `score --json` and What to copy; a figure over two or more pairs does
not."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

CATALOGUE = """sku,name,brand,category,price
BR-SAW,Scie égoïne Bahco 500 mm,Bahco,Outillage à main,22.50
BR-HAM,Marteau de charpentier 600 g Stanley,Stanley,Outillage à main,18.50
BR-TAPE,Mètre ruban Stanley PowerLock 5 m,Stanley,Outillage à main,13.50
"""
VISITS = """competitor,store,visited_at,visitor,score_environment,score_display,score_hospitality
כלי עבודה,סניף 3,2026-11-04 10:30,Claire,5,4,5
"""
THIN = "thin: rests on one matched product"


def _workspace(workspace, tmp_path: Path, checks: str) -> None:
    (tmp_path / "catalogue.csv").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    (tmp_path / "checks.csv").write_text("visit_row,sku,product,price\n" + checks, encoding="utf-8")
    for args in (("catalogue", "import", str(tmp_path / "catalogue.csv")), ("competitor", "add", "כלי עבודה"),
                 ("store", "add", "כלי עבודה", "סניף 3"),
                 ("visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def _price_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if "Price:" in line or "Cheaper on" in line]


def test_one_shelf_check_s_price_figures_say_they_are_thin(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path, "2,BR-SAW,Scie égoïne Bahco 500 mm,19.90\n")
    text = cli_run(workspace, "score")
    assert text.exit_code == 0, text.output
    beats = [line for line in text.output.splitlines() if line.strip().startswith("- Price:")]
    assert beats and all(THIN in line for line in beats), text.output  # before: no such words

    data = json.loads(cli_run(workspace, "score", "--json").output)
    card = data["competitors"][0]
    assert card["pairs"] == 1 and [b for b in card["beats_us"] if b.startswith("Price:") and THIN in b], card["beats_us"]
    price_items = [item for item in data["what_to_copy"] if item["area"] == "price"]
    assert price_items and all(THIN in item["evidence"] for item in price_items), price_items

    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    beats_html = [li.get_text(" ", strip=True) for li in soup.select("article.card.competitor .beats li")]
    assert any(THIN in line for line in _price_lines(beats_html)), beats_html
    rows = [tr for tr in soup.select("#what-to-copy-table tr.copy-item") if tr["data-area"] == "price"]
    assert rows and all(THIN in tr.select_one("td.evidence").get_text(" ", strip=True) for tr in rows)


def test_two_pairs_are_not_called_thin(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path, "2,BR-SAW,Scie égoïne Bahco 500 mm,19.90\n2,BR-HAM,Marteau de charpentier 600 g Stanley,17.90\n")
    data = json.loads(cli_run(workspace, "score", "--json").output)
    card = data["competitors"][0]
    assert card["pairs"] == 2
    assert not [b for b in _price_lines(card["beats_us"]) if "thin" in b], card["beats_us"]
    assert not [i for i in data["what_to_copy"] if i["area"] == "price" and THIN in i["evidence"]], data["what_to_copy"]
    # Two shelf prices are a price level (scored), but an advantage they alone make moves by its whole size when
    # one is left out: What to copy says so in words of its own (faults11, tester21's C), and it stays sized.
    assert all("thin: too few or too uneven prices to tell it from none" in i["evidence"] and i["impact"] is not None
               for i in data["what_to_copy"] if i["area"] == "price"), data["what_to_copy"]
