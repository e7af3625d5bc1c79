"""tester14: a product of ours renamed under the same sku kept the pairs a person confirmed,
unflagged (tester12's item): "Kawa ziarnista 1 kg" renamed "Kawa mielona 1 kg" (ground, not whole
beans) stayed confirmed against their whole beans and priced in every figure. Now a rename that
makes the pair doubtful sends it back to the review queue with the reason, and the re-match leaves
it there for a person; a spelling mended leaves it confirmed."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.analysis.renamed_pairs import rename_doubt
from storecheck.cli import cli
from storecheck.config import Workspace


def _run(ws: Workspace, *args: str):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *rows])
    return path


OURS = [["K1", "Kawa ziarnista 1 kg", "Lavazza", "15.00"], ["S1", "Spagheti 500 g", "Barilla", "1.50"],
        ["M1", "Lait entier 1 l", "Lactel", "1.10"]]
THEIRS = [["k-77", "Lavazza Kawa ziarnista 1 kg", "Lavazza", "14.00"], ["s-12", "Barilla Spaghetti n.5 500 g", "Barilla", "1.40"],
          ["m-3", "Whole milk 1 l", "Lactel", "1.00"]]


def _statuses(ws: Workspace) -> dict[str, tuple[str, str | None]]:
    m, cp = db.matches, db.competitor_products
    with db.open_database(ws.database_url).connect() as conn:
        rows = conn.execute(select(m.c.sku, cp.c.key, m.c.status, m.c.reason).join(cp, cp.c.id == m.c.competitor_product_id))
        return {f"{r.sku}/{r.key}": (r.status, r.reason) for r in rows}


def test_a_rename_that_makes_a_confirmed_pair_doubtful_sends_it_back_to_the_queue(workspace: Workspace, tmp_path: Path):
    ws = workspace
    _run(ws, "competitor", "add", "Rival", "https://rival.example")
    _run(ws, "catalogue", "import", str(_csv(tmp_path / "ours.csv", ["sku", "name", "brand", "price"], OURS)))
    _run(ws, "offers", "import", str(_csv(tmp_path / "theirs.csv", ["key", "name", "brand", "price"], THEIRS)),
         "--competitor", "Rival")
    decisions = _csv(tmp_path / "decisions.csv", ["sku", "competitor", "key", "status"],
                     [["K1", "Rival", "k-77", "confirmed"], ["S1", "Rival", "s-12", "confirmed"],
                      ["M1", "Rival", "m-3", "confirmed"]])
    _run(ws, "matches", "import", str(decisions))
    assert {pair: status for pair, (status, _) in _statuses(ws).items()} == {
        "K1/k-77": "confirmed", "S1/s-12": "confirmed", "M1/m-3": "confirmed"}

    # A week later: the coffee is now the ground one, the spaghetti's typo is mended, and the milk
    # is now organic.
    renamed = [["K1", "Kawa mielona 1 kg", "Lavazza", "15.00"], ["S1", "Spaghetti 500 g", "Barilla", "1.50"],
               ["M1", "Lait entier bio 1 l", "Lactel", "1.30"]]
    out = _run(ws, "catalogue", "import", str(_csv(tmp_path / "ours2.csv", ["sku", "name", "brand", "price"], renamed))).output
    assert "2 pair(s) a person confirmed are back in the review queue" in out, out
    after = _statuses(ws)
    assert after["S1/s-12"][0] == "confirmed"  # a spelling mended
    for pair, word in (("K1/k-77", "mielona"), ("M1/m-3", "bio")):
        status, reason = after[pair]
        assert status == "proposed", after
        assert "renamed from 'Lavazza Kawa" in reason or "renamed from 'Lactel Lait" in reason, reason
        assert f"'{word}' is new to our name and not in theirs" in reason, reason
        assert reason.startswith("confirmed by ") and reason in out

    # A re-match leaves them for a person: not dropped, not taken as the matcher's own.
    _run(ws, "match")
    assert after["K1/k-77"] == _statuses(ws)["K1/k-77"] and after["M1/m-3"] == _statuses(ws)["M1/m-3"]
    exported = tmp_path / "queue.csv"
    _run(ws, "matches", "export", str(exported), "--status", "proposed")
    with exported.open(encoding="utf-8") as f:
        queued = {(r["sku"], r["key"]) for r in csv.DictReader(f)}
    assert {("K1", "k-77"), ("M1", "m-3")} <= queued

    # The person's answer settles it again, and an import that renames nothing leaves it alone.
    _run(ws, "matches", "import", str(_csv(tmp_path / "again.csv", ["sku", "competitor", "key", "status"],
                                           [["M1", "Rival", "m-3", "confirmed"], ["K1", "Rival", "k-77", "rejected"]])))
    out = _run(ws, "catalogue", "import", str(_csv(tmp_path / "ours3.csv", ["sku", "name", "brand", "price"], renamed))).output
    assert "back in the review queue" not in out
    assert _statuses(ws)["M1/m-3"][0] == "confirmed" and _statuses(ws)["K1/k-77"][0] == "rejected"


def _fields(name: str, brand: str | None = None, size: str | None = None, gtin: str | None = None) -> dict:
    return {"name": name, "brand": brand, "size": size, "gtin": gtin}


def test_what_a_rename_says_about_the_pair():
    def doubt(old: str, new: str, theirs: str) -> str | None:
        return rename_doubt(_fields(old), _fields(new), _fields(theirs))

    # Spellings mended, spacing, case and word order: no doubt.
    assert doubt("Chocolat noir 100g", "Chocolate noir 100 g", "Dark chocolate 100 g") is None
    assert doubt("Coca Cola 330ml", "Coca-Cola 330 ml", "Cola can 330 ml") is None
    assert doubt("MILK WHOLE 1L", "Whole milk 1 l", "Lait") is None
    assert doubt("Żółta kawa", "Zolta kawa", "Kawa") is None
    # A word only dropped shortens the name; a word added that theirs has brings ours to it.
    assert doubt("Olive oil extra virgin", "Olive oil", "Olive oil 1 l") is None
    assert doubt("Czekolada gorzka", "Czekolada gorzka 90%", "Czekolada gorzka 90% 100 g") is None
    # Another size, variant or kind: doubtful, with the words that make it so.
    assert "'90'" in doubt("Czekolada gorzka", "Czekolada gorzka 90%", "Czekolada gorzka 70% 100 g")
    assert "'500ml'" in doubt("Shampoo 250 ml", "Shampoo 500 ml", "Shampoo 250 ml")
    assert "'zero'" in doubt("Coca Cola 330ml", "Coca-Cola Zero 330ml", "Coca Cola can 330 ml")
    assert "'walnut'" in doubt("Cherry veneer shelf", "Walnut veneer shelf", "Cherry veneer shelf 80 cm")
    # One letter is a third of a three-letter word: no spelling mended.
    assert "'sea'" in doubt("Tea 20 bags", "Sea 20 bags", "Tea")
    # A brand changed counts as a word of the name; a GTIN changed to another than theirs, whatever the name.
    assert "'carrefour'" in rename_doubt(_fields("Milk 1 l", "Lactel"), _fields("Milk 1 l", "Carrefour"),
                                         _fields("Milk 1 l", "Lactel"))
    assert "our GTIN is now 3017620422003" in rename_doubt(
        _fields("Spread 400 g", gtin="3017620425035"), _fields("Spread 400 g", gtin="3017620422003"),
        _fields("Spread 400 g", gtin="3017620425035"))
    assert rename_doubt(_fields("Spread 400 g"), _fields("Spread 400 g", gtin="3017620425035"),
                        _fields("Spread 400 g", gtin="3017620425035")) is None
