"""tester18: a used-book shop with no web shop, Sebo do Centro, was visited and a shelf price noted in
words ("O Cortiço (usado)", 12,00: a used copy, which the matcher proposes and never matches against
our new one). `score` and the report then said "Sebo do Centro: no prices yet; it has no web shop: note
shelf prices on visits to its stores (price checks)" — what the visitor had done. And once both its
stores had closed, the same note still told them to go and note prices there. The note now says what
is there: the shelf prices noted and why none counts yet, or that its stores have all closed."""

from __future__ import annotations

import re
from pathlib import Path

from test_alerts import cli_run

CATALOGUE = """sku,name,brand,category,price
LP-003,O Cortiço,Ática,Literatura,"24,90"
LP-007,O Pequeno Príncipe,Agir,Infantil,"29,90"
"""
VISITS = """competitor,store,visited_at,visitor,score_environment,score_display,score_hospitality
Sebo do Centro,Praça da Sé,2026-11-06 10:00,João,2,3,4
"""
NO_PRICES = "note shelf prices on visits to its stores"


def _workspace(workspace, tmp_path: Path, checks: str) -> None:
    (tmp_path / "catalogue.csv").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    (tmp_path / "checks.csv").write_text("visit_row,sku,product,price\n" + checks, encoding="utf-8")
    for args in (("catalogue", "import", str(tmp_path / "catalogue.csv")), ("competitor", "add", "Sebo do Centro"),
                 ("store", "add", "Sebo do Centro", "Praça da Sé"),
                 ("visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv")),
                 ("match",)):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def _notes(workspace) -> list[str]:
    result = cli_run(workspace, "score")
    assert result.exit_code == 0, result.output
    text = re.sub(r"\s+", " ", result.output)
    return [note.strip() for note in text.split("Note: ")[1:] if note.startswith("Sebo do Centro")]


def test_a_shelf_price_noted_but_not_matched_is_named_not_asked_for(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path, '2,,O Cortiço (usado),"12,00"\n')
    notes = _notes(workspace)
    # Before: "no prices yet; it has no web shop: note shelf prices on visits to its stores (price checks) ..."
    assert not [n for n in notes if NO_PRICES in n], notes
    assert [n for n in notes if "1 shelf price noted on visits" in n and "none matched to a product of ours" in n], notes


def test_a_shop_whose_stores_all_closed_is_not_sent_visitors(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path, "")
    assert [n for n in _notes(workspace) if NO_PRICES in n]  # open, unpriced: the advice stands
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('name = "Praça da Sé"\n',
                                                             'name = "Praça da Sé"\nclosed = 2026-11-28\n'),
                    encoding="utf-8")
    notes = _notes(workspace)
    assert not [n for n in notes if NO_PRICES in n], notes
    assert [n for n in notes if "every store of it has closed (the last on 2026-11-28)" in n], notes
