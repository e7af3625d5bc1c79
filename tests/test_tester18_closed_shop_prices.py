"""tester18: a bookshop with no web shop, ספרי בום רטירו, was visited and two shelf prices noted
there; then its only store closed for good (`closed = 2026-11-28`). Its store figures left the
report, as a closed store's do, but its price index (shelf prices seen in that store) stayed, in the
score table and in What to copy ("Cheaper on Infantil: we are 20.1% dearer"): an advantage of a shop
that no longer exists, to be copied. A competitor with no web shop whose every store has closed is
closed: its shelf prices leave the figures with its stores, its visits keep their rows, and the
notes say it closed."""

from __future__ import annotations

import json
from pathlib import Path

from test_alerts import cli_run

SHOP = "ספרי בום רטירו"
CATALOGUE = """sku,name,brand,category,price
LP-005,Torto Arado,Todavia,Literatura,64.90
LP-007,O Pequeno Príncipe,Agir,Infantil,29.90
"""
VISITS = f"""competitor,store,visited_at,visitor,score_environment,score_display,score_hospitality
{SHOP},Bom Retiro,2026-11-10 14:00,Ana Beatriz,5,4,5
"""


def _score(workspace) -> dict:
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_shop_whose_every_store_closed_leaves_the_price_figures(workspace, tmp_path: Path):
    (tmp_path / "catalogue.csv").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    (tmp_path / "checks.csv").write_text("visit_row,sku,product,price\n2,LP-007,,24.90\n2,LP-005,,59.90\n",
                                         encoding="utf-8")
    for args in (("catalogue", "import", str(tmp_path / "catalogue.csv")), ("competitor", "add", SHOP),
                 ("store", "add", SHOP, "Bom Retiro"),
                 ("visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output
    card = next(c for c in _score(workspace)["competitors"] if c["name"] == SHOP)
    assert card["pairs"] == 2 and card["price_index"] is not None  # open: its shelf prices count

    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('name = "Bom Retiro"\n',
                                                             'name = "Bom Retiro"\nclosed = 2026-11-28\n'),
                    encoding="utf-8")
    data = _score(workspace)
    card = next(c for c in data["competitors"] if c["name"] == SHOP)
    # Before: price index 114.1 over 2 pairs, score 100, and "Cheaper on ..." items in What to copy.
    assert card["pairs"] == 0 and card["price_index"] is None and card["score"] is None, card
    assert not [i for i in data["what_to_copy"] if i["competitor"] == SHOP], data["what_to_copy"]
    text = cli_run(workspace, "score").output
    assert "every store of it has closed (the last on 2026-11-28)" in " ".join(text.split()), text
    # Its visit keeps its row.
    assert cli_run(workspace, "export", "store-scores", str(tmp_path / "stores.csv")).exit_code == 0
    assert "Bom Retiro" in (tmp_path / "stores.csv").read_text(encoding="utf-8")
