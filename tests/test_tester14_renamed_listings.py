"""tester14: a competitor whose site changes under it. Week 5 of a month of weekly crawls: their
"Coffee beans 1 kg" (Shopify product 1) is read as "Coffee beans 1 kg DECAF" under the same id. The
pair a person confirmed with our coffee beans stayed confirmed, and What to copy said "Cheaper on
Coffee: we are 20.0% dearer" on our beans against their decaf. A rename of their product that puts
the pair in doubt now sends it back to the review queue with the reason, from a crawl or a file; a
rename that does not (case, spacing) leaves it confirmed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace


def _run(ws: Workspace, *args: str, ok: bool = True):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)], catch_exceptions=False)
    assert not ok or result.exit_code == 0, result.output
    return result


def _product(pid: int, title: str, price: str) -> dict:
    return {"id": pid, "title": title, "handle": f"p{pid}", "vendor": "Brand", "product_type": "Grocery",
            "variants": [{"id": pid * 10, "title": "Default Title", "price": price, "compare_at_price": None,
                          "available": True, "sku": f"S{pid}"}],
            "options": [{"name": "Title", "values": ["Default Title"]}]}


def _pairs(ws: Workspace) -> dict[str, tuple[str, str | None]]:
    m, cp = db.matches, db.competitor_products
    with db.open_database(ws.database_url).connect() as conn:
        rows = conn.execute(select(m.c.sku, cp.c.key, m.c.status, m.c.reason).join(cp, cp.c.id == m.c.competitor_product_id))
        return {r.sku: (r.status, r.reason) for r in rows}


def _confirm(ws: Workspace, tmp_path: Path, pairs: list[tuple[str, str]]) -> None:
    with (tmp_path / "decisions.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["sku", "competitor", "key", "status"], *[[s, "Rival", k, "confirmed"] for s, k in pairs]])
    _run(ws, "matches", "import", str(tmp_path / "decisions.csv"))


def test_a_crawl_that_reads_their_product_renamed_sends_the_confirmed_pair_back(workspace: Workspace, tmp_path: Path,
                                                                                 shop):
    ws = workspace
    # We sell a decaf too: "decaf" is a word that tells our products apart (`renamed_pairs`).
    (tmp_path / "ours.csv").write_text("sku,name,brand,price\nC1,Coffee beans 1 kg,Brand,12.00\n"
                                       "D1,Decaf coffee beans 500 g,Brand,9.00\n"
                                       "P1,Spaghetti 500 g,Brand,1.50\n", encoding="utf-8")
    _run(ws, "catalogue", "import", str(tmp_path / "ours.csv"))
    week = {"products": [_product(1, "Coffee beans 1 kg", "11.00"), _product(4, "Spaghetti 500 g", "1.60")]}
    shop.routes["/products.json"] = lambda q: (200, {"Content-Type": "application/json"},
                                               json.dumps(week if q.get("page", "1") == "1" else {"products": []}).encode())
    _run(ws, "competitor", "add", "Rival", shop.url + "/", "--platform", "shopify")
    _run(ws, "crawl")
    keys = {name: key for key, name in db.open_database(ws.database_url).connect().execute(
        select(db.competitor_products.c.key, db.competitor_products.c.name)).all()}
    _confirm(ws, tmp_path, [("C1", keys["Coffee beans 1 kg"]), ("P1", keys["Spaghetti 500 g"])])

    # A month on: the coffee's id now sells decaf; the spaghetti is written in capitals.
    week["products"] = [_product(1, "Coffee beans 1 kg DECAF", "10.00"), _product(4, "SPAGHETTI 500 G", "1.60")]
    _run(ws, "crawl")
    pairs = _pairs(ws)
    assert pairs["P1"][0] == "confirmed"
    # The next week the spaghetti is on sale, and says so in its title: the shop's campaign, not
    # another product (review R3): the pair stays confirmed and priced.
    week["products"][1] = _product(4, "SPAGHETTI 500 G - SALE -30% (Back in stock)", "1.12")
    _run(ws, "crawl")
    assert _pairs(ws)["P1"][0] == "confirmed"
    status, reason = pairs["C1"]
    assert status == "proposed", pairs
    assert "their product" in reason and "renamed from 'Brand Coffee beans 1 kg' to 'Brand Coffee beans 1 kg DECAF'" in reason
    assert "the word 'decaf' is new to their name and not in ours" in reason, reason
    # Left for a person by the re-match, and out of the price figures until answered.
    _run(ws, "match")
    assert _pairs(ws)["C1"][0] == "proposed"
    figures = json.loads(_run(ws, "score", "--json").output)
    [card] = figures["competitors"]
    assert card["matched"] == 1, card


def test_an_offers_file_that_renames_their_product_says_so(workspace: Workspace, tmp_path: Path):
    ws = workspace
    _run(ws, "competitor", "add", "Rival", "https://rival.example/")
    (tmp_path / "ours.csv").write_text("sku,name,price\nM1,Whole milk 1 l,1.20\n", encoding="utf-8")
    _run(ws, "catalogue", "import", str(tmp_path / "ours.csv"))
    (tmp_path / "theirs.csv").write_text("key,name,price,gtin\nm-3,Whole milk 1 l,1.10,\n", encoding="utf-8")
    _run(ws, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    _confirm(ws, tmp_path, [("M1", "m-3")])
    (tmp_path / "theirs.csv").write_text("key,name,price\nm-3,Whole milk 2 l,2.00\n", encoding="utf-8")
    out = _run(ws, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival").output
    assert "1 pair(s) a person confirmed are back in the review queue: the product of theirs was renamed" in out, out
    assert "the word '2l' is new to their name and not in ours" in out
    assert _pairs(ws)["M1"][0] == "proposed"
