"""An answer given in the review queue and another by `matches import` for the same pair. Two people
answering in two browsers are told whose answer theirs replaced (tester5); Bob said "not the same" in
the browser on Tuesday, and Ann's file, exported on Monday and marked "confirmed", replaced his
answer on Wednesday without a word: "Decisions: 1 confirmed". The import now says whose answers it
replaced, as the queue does, and the later answer stands in both."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import select
from test_tester5_review import first_pair
from test_web import rows, token_of

from storecheck import db
from storecheck.cli import cli


def _import(ws, text: str, *by: str):
    path = ws.path / "decisions.csv"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["matches", "import", str(path), *by, "--workspace", str(ws.path)])


def _decision(ws) -> tuple[str, str | None]:
    [row] = [r for r in rows(ws, db.matches) if r.sku == "SKU1" and r.status in db.HUMAN_STATUSES]
    return row.status, row.decided_by


def test_an_import_that_replaces_an_answer_given_in_the_browser_says_whose(client, ws):
    bob = client.post("/matches/decide", data={"csrf_token": token_of(client, "/matches"), "decision": "1:rejected",
                                               "decided_by": "Bob", "pair-1": first_pair(ws)})
    assert bob.status_code == 303 and _decision(ws) == ("rejected", "Bob")
    result = _import(ws, "sku,competitor,key,status\nSKU1,Rival,r-123,confirmed\n", "--by", "Ann")
    assert result.exit_code == 0, result.output
    assert _decision(ws) == ("confirmed", "Ann")  # the later answer stands, as in the queue
    # Before: "Decisions: 1 confirmed, 0 rejected, 0 rows left as they were." and nothing more.
    assert "line 2: SKU1 and Rival's r-123 confirmed; this replaces Bob's answer (rejected" in result.output, result.output


def test_an_import_agreeing_with_the_stored_answer_or_changing_one_s_own_says_nothing(client, ws):
    assert _import(ws, "sku,competitor,key,status\nSKU1,Rival,r-123,rejected\n", "--by", "Ann").exit_code == 0
    same = _import(ws, "sku,competitor,key,status\nSKU1,Rival,r-123,rejected\n", "--by", "Bob")
    own = _import(ws, "sku,competitor,key,status\nSKU1,Rival,r-123,confirmed\n", "--by", "Bob")
    # Bob agreeing with Ann made the answer his; changing it again is changing his own.
    assert "replaces" not in same.output and "replaces" not in own.output, (same.output, own.output)
    # Without --by, an answer replaced is still said (two unnamed people are told apart by nothing).
    unnamed = _import(ws, "sku,competitor,key,status\nSKU1,Rival,r-123,rejected\n")
    assert "replaces Bob's answer (confirmed" in unnamed.output, unnamed.output
    with db.open_database(ws.database_url).connect() as conn:
        assert conn.execute(select(db.matches.c.status).where(db.matches.c.sku == "SKU1",
                                                              db.matches.c.status == "rejected")).scalar() == "rejected"
