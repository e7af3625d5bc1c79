"""A kept match survives a description line that changes weekly; it stops where the description names another product.

The tester's garden centre (test_faults8_sibling_listing), with the descriptions a web shop writes: the lawn
fertiliser's listing says its EAN, its stock and its delivery date. The pair is kept matched the week the autumn
formula is added beside it while nothing the matcher reads of either product changed (`matches.naming`). The
description was stored in it whole, so the stock count or the delivery date, which move every week, stopped the
keeping every week: the pair left the price index the week a newcomer came, as before the keeping existed. The
matcher reads of a description only the identifiers it writes: a GTIN after its label, and a part number of the
other catalogue's written as a field. A user expects the match kept through the stock line, and not kept where the
description now names another EAN (another product, for a person to look at).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_faults8_sibling_listing import AUTUMN, THEIRS, _garden_centre, _run

from storecheck.config import Workspace

KEPT = 'their listing "Substral nawóz jesienny do trawnika 5 kg" was added since'
EAN = "5907609813053"


def _described(stock: int, delivery: str, ean: str = EAN) -> str:
    return (f"Nawóz wieloskładnikowy do trawników, opakowanie 5 kg wystarcza na 200 m².\nEAN: {ean}\n"
            f"Dostępność: {stock} szt. w magazynie\nWysyłka: {delivery}")


def _week(ws: Workspace, tmp_path: Path, theirs: dict, description: str) -> dict[tuple[str, str], dict]:
    path = tmp_path / "theirs.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["key", "name", "category", "price", "currency", "description"])
        writer.writerows([key, name, category, price, "PLN", description if key == "SUB-TR5" else ""]
                         for key, (name, category, price) in theirs.items())
    _run(ws, "offers", "import", str(path), "--competitor", "Ogrodnik24")
    _run(ws, "match")
    _run(ws, "matches", "export", str(tmp_path / "pairs.csv"))
    with (tmp_path / "pairs.csv").open(encoding="utf-8") as f:
        return {(row["sku"], row["key"]): row for row in csv.DictReader(f)}


def test_a_kept_match_survives_their_weekly_stock_and_delivery_lines(workspace: Workspace, tmp_path: Path):
    ws = workspace
    _garden_centre(ws, tmp_path)
    week1 = _week(ws, tmp_path, THEIRS, _described(12, "09.12.2026"))
    assert week1[("OG-003", "SUB-TR5")]["status"] == "matched", week1[("OG-003", "SUB-TR5")]
    # The next week: the autumn formula beside it, 3 left in stock, delivered a week later.
    pairs = _week(ws, tmp_path, dict(THEIRS, **dict([AUTUMN])), _described(3, "16.12.2026"))
    pair = pairs[("OG-003", "SUB-TR5")]
    # Before: proposed, "matched before (score 0.86), for a person now": the description's digest had changed.
    assert pair["status"] == "matched" and KEPT in pair["reason"], pair["reason"]
    assert pairs[("OG-003", "SUB-JES5")]["status"] == "proposed"


@pytest.mark.parametrize("ean", ["5907609813060", ""], ids=["another EAN", "EAN taken out"])
def test_a_kept_match_stops_where_their_description_names_another_product(workspace: Workspace, tmp_path: Path,
                                                                         ean: str):
    ws = workspace
    _garden_centre(ws, tmp_path)
    assert _week(ws, tmp_path, THEIRS, _described(12, "09.12.2026"))[("OG-003", "SUB-TR5")]["status"] == "matched"
    described = _described(3, "16.12.2026", ean) if ean else _described(3, "16.12.2026").replace(f"EAN: {EAN}\n", "")
    pair = _week(ws, tmp_path, dict(THEIRS, **dict([AUTUMN])), described)[("OG-003", "SUB-TR5")]
    assert pair["status"] != "matched", pair
    assert pair["reason"].startswith("matched before (score"), pair["reason"]


def _namings(ours: list[dict], theirs: list[dict]) -> tuple[dict, dict]:
    """Both sides' namings as a matching run stores them: of the description, what the matcher read this run."""
    import pandas as pd

    from benchmark.matching import match_products
    from storecheck.analysis.kept_matches import naming

    read: dict = {}
    match_products(pd.DataFrame(ours), pd.DataFrame(theirs), read=read, workers=1)
    return (naming(pd.DataFrame(ours), "sku", read["ours"]),
            naming(pd.DataFrame(theirs), "competitor_product_id", read["theirs"]))


def test_our_naming_does_not_move_when_they_add_a_listing_elsewhere():
    # Review R1 (this session) on the first form, which read each description against every MPN of the other
    # catalogue: ours writes its own MPN in its description ("Art.-Nr.: DC18RC"); they add a B-Ware listing with
    # that MPN. Our row is the same and the matcher does not read our description (we have an MPN field): our
    # naming must be the same.
    ours = [{"sku": "MK-1", "name": "Makita Ladegerät DC18RC", "mpn": "DC18RC", "price": 49.0, "currency": "EUR",
             "description": "Schnellladegerät.\nArt.-Nr.: DC18RC\nLädt in 45 Minuten."}]
    first = {"competitor_product_id": 1, "name": "Makita DC18RC Ladegerät", "price": 47.0, "currency": "EUR"}
    b_ware = {"competitor_product_id": 2, "name": "Makita DC18RC Ladegerät B-Ware", "mpn": "DC18RC", "price": 39.0,
              "currency": "EUR"}
    assert _namings(ours, [first])[0] == _namings(ours, [first, b_ware])[0]


def test_their_naming_holds_what_the_matcher_read_of_their_description():
    # Their listing has no MPN field and writes ours as its own: the matcher reads it ("our MPN ... written in their
    # description"); a stock line that moves is no change, a description that stops writing the number is one.
    ours = [{"sku": "MK-1", "name": "Makita Ladegerät 18V", "mpn": "DC18RC", "price": 49.0, "currency": "EUR"}]

    def theirs(description: str) -> str:
        listing = {"competitor_product_id": 1, "name": "Makita Schnellladegerät 18V", "price": 47.0, "currency": "EUR",
                   "description": description}
        return _namings(ours, [listing])[1][1]

    written = theirs("Schnellladegerät.\nModell: DC18RC\nAuf Lager: 12")
    assert written == theirs("Schnellladegerät.\nModell: DC18RC\nAuf Lager: 3")
    assert written != theirs("Schnellladegerät.\nAuf Lager: 3")
