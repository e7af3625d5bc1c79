"""A decisions file read back after a rename (last session's tester): an export made before a rename
of our product or of their listing, `matches import`-ed after it, re-confirmed the pairs the rename
had sent back to the review queue, without a word. A person's decision wins, but a decision about
the old name is not one about the new: a confirmed row whose names the pair no longer has (renamed
so that it is in doubt, `analysis.renamed_pairs`) is left as it is, and the import says which rows
and why. A row that carries the current names confirms; a row that carries no names speaks of no
name and confirms, as a person answering the queue by hand expects, and the import says so."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace


def _run(ws: Workspace, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _status(ws: Workspace) -> dict[str, str]:
    m, cp = db.matches, db.competitor_products
    with db.open_database(ws.database_url).connect() as conn:
        rows = conn.execute(select(m.c.sku, m.c.status).join(cp, cp.c.id == m.c.competitor_product_id)
                            .where(m.c.status != "rejected"))
        return {r.sku: r.status for r in rows}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_an_old_decisions_file_does_not_reconfirm_pairs_a_rename_sent_back(workspace: Workspace, tmp_path: Path):
    ws = workspace
    _run(ws, "competitor", "add", "Rival", "https://rival.example/")
    _run(ws, "catalogue", "import", str(_write(tmp_path / "ours.csv", (
        "sku,name,price\nC1,Coffee beans 1 kg,12.00\nC2,Coffee beans decaf 500 g,9.00\n"
        "K1,Kawa ziarnista 1 kg,15.00\nP1,Spaghetti 500 g,1.50\n"))))
    _run(ws, "offers", "import", str(_write(tmp_path / "theirs.csv", (
        "key,name,price\nc1,Coffee beans 1 kg,11.00\nk1,Kawa ziarnista 1 kg,14.00\np1,Spaghetti 500 g,1.60\n"))),
         "--competitor", "Rival")
    _run(ws, "matches", "import", str(_write(tmp_path / "first.csv", (
        "sku,competitor,key,status\nC1,Rival,c1,confirmed\nK1,Rival,k1,confirmed\nP1,Rival,p1,confirmed\n"))))
    # Monday's export, with both names on every row, kept by a person.
    _run(ws, "matches", "export", str(tmp_path / "monday.csv"), "--status", "confirmed")

    # Their coffee's key now sells decaf; our K1 is now ground coffee; their spaghetti is in capitals.
    _run(ws, "offers", "import", str(_write(tmp_path / "theirs.csv", (
        "key,name,price\nc1,Coffee beans 1 kg DECAF,10.00\nk1,Kawa ziarnista 1 kg,14.00\np1,SPAGHETTI 500 G,1.60\n"))),
         "--competitor", "Rival")
    _run(ws, "catalogue", "import", str(_write(tmp_path / "ours.csv", (
        "sku,name,price\nC1,Coffee beans 1 kg,12.00\nC2,Coffee beans decaf 500 g,9.00\n"
        "K1,Kawa mielona 1 kg,15.00\nP1,Spaghetti 500 g,1.50\n"))))
    assert _status(ws) == {"C1": "proposed", "K1": "proposed", "P1": "confirmed"}

    # Monday's file read back on Wednesday: before, "Decisions: 3 confirmed" and both pairs re-confirmed.
    out = _run(ws, "matches", "import", str(tmp_path / "monday.csv"), "--by", "Ann")
    assert _status(ws) == {"C1": "proposed", "K1": "proposed", "P1": "confirmed"}, out
    assert "Decisions: 1 confirmed" in out, out
    assert "Left as they are: 2 confirmed row(s) about a name the pair no longer has" in out, out
    assert "C1 at Rival" in out and "'Coffee beans 1 kg DECAF'" in out and "'decaf'" in out, out
    assert "K1 at Rival" in out and "'Kawa mielona 1 kg'" in out and "'mielona'" in out, out

    # The pairs exported now carry the current names: a person who confirms them there is heard.
    _run(ws, "matches", "export", str(tmp_path / "now.csv"), "--status", "proposed")
    with (tmp_path / "now.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["sku"] for r in rows} >= {"C1", "K1"}
    for r in rows:
        r["status"] = "confirmed"
    with (tmp_path / "now.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    out = _run(ws, "matches", "import", str(tmp_path / "now.csv"), "--by", "Ann")
    assert _status(ws) == {"C1": "confirmed", "K1": "confirmed", "P1": "confirmed"}, out
    assert "Left as they are" not in out, out


def test_a_row_naming_neither_product_answers_the_queue_and_is_said(workspace: Workspace, tmp_path: Path):
    """A file of sku, competitor, key and status speaks of no name: a person answering the queue by
    hand is heard (tester14), and told the answer is taken as one about the names as they are."""
    ws = workspace
    _run(ws, "competitor", "add", "Rival", "https://rival.example/")
    _run(ws, "catalogue", "import", str(_write(tmp_path / "ours.csv", "sku,name,price\nK1,Kawa ziarnista 1 kg,15.00\n")))
    _run(ws, "offers", "import", str(_write(tmp_path / "theirs.csv", "key,name,price\nk1,Kawa ziarnista 1 kg,14.00\n")),
         "--competitor", "Rival")
    bare = _write(tmp_path / "bare.csv", "sku,competitor,key,status\nK1,Rival,k1,confirmed\n")
    _run(ws, "matches", "import", str(bare))
    _run(ws, "catalogue", "import", str(_write(tmp_path / "ours.csv", "sku,name,price\nK1,Kawa mielona 1 kg,15.00\n")))
    assert _status(ws) == {"K1": "proposed"}
    out = _run(ws, "matches", "import", str(bare))
    assert _status(ws) == {"K1": "confirmed"}, out
    assert "1 of them confirm a pair a rename sent back to the review queue, naming neither product" in out, out
    assert "line 2: K1 and Rival's k1" in out, out
