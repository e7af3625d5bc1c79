"""A kept match survives their shop re-categorising its listings (faults10's "noticed and left").

The tester's garden centre (test_faults8_sibling_listing): the lawn fertiliser's pair stays matched the week the
autumn formula is added beside it while nothing the matcher reads of either product changed (`matches.naming`).
The naming held each product's category, which the matcher never reads: a shop that moves its listings from
"Nawozy" to "Ogród > Nawozy" (a new menu, every listing at once) stopped every kept match the week it did, and
the pair left the price index as before the keeping existed. A user expects a new menu to change nothing of
which product is which. The guard: the matcher's answers are the same with every category changed, on both
sides; if it comes to read categories, that test fails and the naming must hold them again.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
from test_faults8_sibling_listing import AUTUMN, THEIRS, _garden_centre, _run

from storecheck.config import Workspace

KEPT = 'their listing "Substral nawóz jesienny do trawnika 5 kg" was added since'


def _week(ws: Workspace, tmp_path: Path, theirs: dict, menu: str = "") -> dict[tuple[str, str], dict]:
    path = tmp_path / "theirs.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["key", "name", "category", "price", "currency"])
        writer.writerows([key, name, f"{menu}{category}", price, "PLN"] for key, (name, category, price) in theirs.items())
    _run(ws, "offers", "import", str(path), "--competitor", "Ogrodnik24")
    _run(ws, "match")
    _run(ws, "matches", "export", str(tmp_path / "pairs.csv"))
    with (tmp_path / "pairs.csv").open(encoding="utf-8") as f:
        return {(row["sku"], row["key"]): row for row in csv.DictReader(f)}


def test_a_kept_match_survives_their_new_menu(workspace: Workspace, tmp_path: Path):
    _garden_centre(workspace, tmp_path)
    assert _week(workspace, tmp_path, THEIRS)[("OG-003", "SUB-TR5")]["status"] == "matched"
    pairs = _week(workspace, tmp_path, dict(THEIRS, **dict([AUTUMN])), menu="Ogród > ")
    pair = pairs[("OG-003", "SUB-TR5")]
    # Before: proposed, "matched before (score 0.86), for a person now": the category was in the naming.
    assert pair["status"] == "matched" and KEPT in pair["reason"], pair["reason"]
    assert pairs[("OG-003", "SUB-JES5")]["status"] == "proposed"


def test_the_matcher_reads_no_category():
    from benchmark.matching import match_products
    from test_faults8_sibling_listing import OURS

    ours = pd.DataFrame([{"sku": sku, "name": name, "brand": brand, "category": category, "price": float(price),
                          "currency": "PLN"} for sku, name, brand, category, price in OURS])
    theirs = pd.DataFrame([{"competitor_product_id": i, "name": name, "category": category, "price": float(price),
                            "currency": "PLN"} for i, (name, category, price) in enumerate(THEIRS.values(), 1)])
    first = match_products(ours, theirs, workers=1)
    moved = match_products(ours.assign(category="Sklep > " + ours.category), theirs.assign(category="Inne"), workers=1)
    columns = [c for c in ("sku", "competitor_product_id", "score", "status", "reason") if c in first.columns]
    pd.testing.assert_frame_equal(first[columns].reset_index(drop=True), moved[columns].reset_index(drop=True))
