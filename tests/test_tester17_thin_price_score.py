"""tester17: a price figure resting on one matched product said "thin" in its sentences (tester16) but
still made the competitor's score and led What to copy as if it were a price level. A pet shop with no
web shop, visited once, one shelf check (our cat food 24.90, theirs 21.90): price index 113.7, price
part 100, a score of 92 (= (0.4 x 100 + 0.2 x 75) / 0.6), and What to copy's first item at an impact
of 45.7 points (0.4 / 0.6 x 5 x 13.7), above the store practices seen on the visit. One product is no price level: the score leaves the
price part out, as a part without
data, and says so on the card; the price item stays in What to copy with its evidence, without an
estimate, after those that have one. Two matched products score as before."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

CATALOGUE = """sku,name,brand,category,price
PET-CAT,Croquettes chat stérilisé Royal Canin 2 kg,Royal Canin,Chat,24.90
PET-DOG,Friandises chien Pedigree Dentastix 7 pièces,Pedigree,Chien,3.49
PET-LIT,Litière agglomérante Catsan 10 l,Catsan,Chat,9.99
"""
VISITS = """competitor,store,visited_at,visitor,score_environment,score_display,score_hospitality
Animalerie Dupont,Quai Est,2026-11-04 10:30,Inès,4,4,4
Test Shop,Centre,2026-11-05 10:30,Inès,3,3,3
"""


def _workspace(workspace, tmp_path: Path, checks: str) -> None:
    (tmp_path / "catalogue.csv").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    (tmp_path / "checks.csv").write_text("visit_row,sku,product,price\n" + checks, encoding="utf-8")
    for args in (("catalogue", "import", str(tmp_path / "catalogue.csv")), ("competitor", "add", "Animalerie Dupont"),
                 ("store", "add", "Animalerie Dupont", "Quai Est"), ("store", "add", "--ours", "Centre"),
                 ("visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def test_one_matched_product_is_no_part_of_the_score_and_ranks_no_copy_item(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path, "2,PET-CAT,Croquettes chat stérilisé Royal Canin 2 kg,21.90\n")
    data = json.loads(cli_run(workspace, "score", "--json").output)
    [card] = data["competitors"]
    assert card["pairs"] == 1 and round(card["price_index"], 1) == 113.7
    # Before: price part 100 and a score of 92; with the price left out, the store experience alone: their
    # mean score 4 of 5 -> 75.
    assert card["score_parts"]["price"] is None, card["score_parts"]
    assert round(card["score"]) == 75, card["score"]
    price_items = [item for item in data["what_to_copy"] if item["area"] == "price"]
    assert price_items and all(item["impact"] is None for item in price_items), price_items
    ranked = [item for item in data["what_to_copy"] if item["impact"] is not None]
    assert data["what_to_copy"][:len(ranked)] == ranked  # the price item after every item with an estimate

    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    card_text = soup.select_one("article.card.competitor").get_text(" ", strip=True)
    assert "75 / 100" in card_text
    assert "price not in the score, thin: rests on one matched product" in card_text, card_text
    rows = soup.select("#what-to-copy-table tr.copy-item")
    price_rows = [tr for tr in rows if tr["data-area"] == "price"]
    assert price_rows and rows.index(price_rows[0]) == len(rows) - len(price_rows)

    text = cli_run(workspace, "score").output
    assert "price not in the score, thin" in text, text


def test_two_matched_products_score_their_price(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path, "2,PET-CAT,Croquettes chat stérilisé Royal Canin 2 kg,21.90\n"
                                    "2,PET-LIT,Litière agglomérante Catsan 10 l,9.49\n")
    data = json.loads(cli_run(workspace, "score", "--json").output)
    [card] = data["competitors"]
    assert card["pairs"] == 2 and card["score_parts"]["price"] is not None
    price_items = [item for item in data["what_to_copy"] if item["area"] == "price"]
    assert price_items and all(item["impact"] is not None for item in price_items)
    assert "price not in the score" not in cli_run(workspace, "score").output
