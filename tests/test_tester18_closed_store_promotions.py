"""tester18: a used-book shop with no web shop, Sebo do Centro, closed its two stores on 28 November
(`closed = 2026-11-28` under each). Its visits left every store figure, as a closed store's do: no row
in `export visit-scores`, no score. But What to copy still listed "Sebo do Centro: Promotion mechanic
we do not use: percent off", its only evidence "seen in their store 1 time: 20% em livros usados" at
the closed Praça da Sé. A promotion seen in a store that has closed describes no shop as it is now,
on their side as on ours: a mechanic noted only in a closed store of ours is no longer one we use."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_alerts import cli_run

VISITS = """competitor,store,visited_at,visitor,score_environment,score_display,score_hospitality,promotions
Sebo do Centro,Praça da Sé,2026-11-06 10:00,João,2,3,4,percent_off: 20% em livros usados
Test Shop,Pinheiros,2026-11-04 15:00,Ana Beatriz,4,4,5,
Test Shop,Moema,2026-11-05 16:00,João,3,4,4,multibuy: leve 3 pague 2
Rival,Centro,2026-11-07 11:00,Ana Beatriz,4,4,4,multibuy: leve 3 pague 2 em clássicos
"""


def _workspace(workspace, tmp_path: Path) -> None:
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    for args in (("competitor", "add", "Sebo do Centro"), ("store", "add", "Sebo do Centro", "Praça da Sé"),
                 ("competitor", "add", "Rival"), ("store", "add", "Rival", "Centro"),
                 ("store", "add", "--ours", "Pinheiros"), ("store", "add", "--ours", "Moema"),
                 ("visit", "import", str(tmp_path / "visits.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def _close(workspace, store: str) -> None:
    path = workspace.config_path
    text = path.read_text(encoding="utf-8")
    text, n = re.subn(rf'(name = "{store}"\n)', r"\1closed = 2026-11-28\n", text)
    assert n == 1, text
    path.write_text(text, encoding="utf-8")


def _promotion_items(workspace) -> list[dict]:
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    return [item for item in json.loads(result.output)["what_to_copy"] if item["area"] == "promotions"]


def test_a_promotion_seen_only_in_their_closed_store_is_nothing_to_copy(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    assert [i["competitor"] for i in _promotion_items(workspace) if "percent off" in i["advantage"]] == ["Sebo do Centro"]
    _close(workspace, "Praça da Sé")
    # Before: still "Promotion mechanic we do not use: percent off", seen only at the closed store.
    assert not [i for i in _promotion_items(workspace) if i["competitor"] == "Sebo do Centro"], _promotion_items(workspace)
    # The store's visit keeps its own row, as a closed store's figures do.
    assert cli_run(workspace, "export", "store-scores", str(tmp_path / "stores.csv")).exit_code == 0
    assert "Praça da Sé" in (tmp_path / "stores.csv").read_text(encoding="utf-8")


def test_a_mechanic_only_our_closed_store_used_is_no_longer_ours(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    # Moema ran "leve 3 pague 2": Rival's multibuy is a mechanic we use.
    assert not [i for i in _promotion_items(workspace) if "multibuy" in i["advantage"]]
    _close(workspace, "Moema")
    # Before: still left out, as if the closed Moema's multibuy were ours today.
    items = [i for i in _promotion_items(workspace) if "multibuy" in i["advantage"]]
    assert [(i["competitor"], i["advantage"]) for i in items] == [("Rival", "Promotion mechanic we do not use: multibuy")], items
    assert "never seen on visits to our own stores" in items[0]["evidence"], items[0]
