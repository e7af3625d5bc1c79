"""The review loop: the order proposals are put to a person (one order for
`matches export` and the web queue), and what the answers teach."""

from __future__ import annotations

from sqlalchemy import select

from benchmark.matching import review_queue
from benchmark.matching.review_order import clause_head, pair_kind
from storecheck import db
from tests.test_matching import _import


def test_a_pairs_kind_is_what_its_reason_names_without_the_values():
    assert clause_head("colours differ: black vs blue") == "colours differ"
    assert clause_head("same model code xmp3i") == "same model code"
    assert clause_head("prices 3.1x apart") == "prices"
    assert clause_head('"pro" after 20 on one side only') == "after"
    # Two pairs that differ for the same reason, on other products, are of one kind.
    one = pair_kind("fuzzy", 'titles 82% alike; colours differ: black vs blue; the same product as their listing "A b"')
    other = pair_kind("fuzzy", 'the same product as their listing "Cd; e"; titles 96% alike; colours differ: red vs tan')
    assert one == other == ("fuzzy", "colours differ", "the same product as their listing")
    assert pair_kind("fuzzy", "titles 80% alike") != pair_kind("mpn", "same MPN ab12; titles 80% alike")
    assert pair_kind("fuzzy", None) == ("fuzzy",)


def _proposal(sku, score, reason, method="fuzzy"):
    return {"sku": sku, "score": score, "method": method, "reason": reason}


def test_near_copies_do_not_fill_the_top_of_the_queue():
    # Six colours of one case near the boundary, then pairs of other kinds further from it.
    colours = [_proposal(f"case-{n}", 0.84 - n / 100, f"titles {80 - n}% alike; colours differ: black vs c{n}")
               for n in range(6)]
    others = [_proposal("mouse", 0.74, "titles 74% alike; MPNs of different kinds: 1 vs a1"),
              _proposal("cable", 0.70, "titles 70% alike; numbers differ: 3 vs 6")]
    queue = review_queue(colours + others, 0.85)
    first_four = {(colours + others)[n]["sku"] for n in queue[:4]}
    # The other kinds are asked about before the third colour of the case.
    assert {"mouse", "cable"} <= first_four and queue[0] == 0
    # Closeness to the boundary still orders the pairs of one kind.
    assert [n for n in queue if n < 6] == list(range(6))


def test_the_listings_of_one_product_are_spread_too():
    listings = [_proposal("kettle", 0.84 - n / 100, f"titles {80 - n}% alike") for n in range(4)]
    toaster = _proposal("toaster", 0.70, "titles 70% alike; prices 3.0x apart")
    lamp = _proposal("lamp", 0.65, "titles 65% alike")
    queue = review_queue([*listings, toaster, lamp], 0.85)
    assert queue.index(4) < queue.index(2) and queue.index(5) < queue.index(3)


def test_kinds_and_products_are_counted_per_competitor():
    # The same product at two competitors is two questions: each competitor's answers teach its own model.
    rows = [{**_proposal("A", 0.84, "titles 80% alike"), "competitor": "North"},
            {**_proposal("A", 0.83, "titles 80% alike"), "competitor": "South"},
            {**_proposal("B", 0.60, "titles 60% alike; prices 3x apart"), "competitor": "North"}]
    assert review_queue(rows, 0.85) == [0, 1, 2]


def test_export_and_web_queue_share_the_spread_order(workspace, tmp_path):
    from storecheck.exports import match_rows
    from storecheck.web.review import proposed_matches

    workspace.add_competitor("Rival", "https://rival.example")
    engine = _import(workspace, [{"sku": "A", "name": "Thing", "price": "1"}], "products", tmp_path)
    with engine.begin() as conn:
        rival = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        for n, (sku, score, reason) in enumerate((
                ("C1", 0.84, "titles 84% alike; colours differ: black vs red"),
                ("C2", 0.83, "titles 83% alike; colours differ: black vs blue"),
                ("C3", 0.82, "titles 82% alike; colours differ: black vs tan"),
                ("M", 0.70, "titles 70% alike; MPNs of different kinds: 1 vs a1"))):
            pid = conn.execute(db.competitor_products.insert().values(
                competitor_id=rival, key=f"k{n}", name=f"Thing {n}", first_seen=db.utcnow(),
                last_seen=db.utcnow())).inserted_primary_key[0]
            conn.execute(db.matches.insert().values(sku=sku, competitor_product_id=pid, method="fuzzy", score=score,
                                                    reason=reason, status="proposed", equivalent=False,
                                                    updated_at=db.utcnow()))
        exported = [r["sku"] for r in match_rows(conn, ("proposed",), match_threshold=0.85)]
        queue, total = proposed_matches(conn, match_threshold=0.85)
        page, _ = proposed_matches(conn, match_threshold=0.85, limit=2, offset=2)
    assert exported == ["C1", "M", "C2", "C3"]
    assert [r["sku"] for r in queue] == exported and total == 4
    assert [r["sku"] for r in page] == exported[2:]
    # A person's answer counts as one about its kind: after the first colour
    # pair is decided, the queue moves on to the other kind first.
    with engine.begin() as conn:
        first = conn.execute(select(db.matches.c.competitor_product_id).where(db.matches.c.sku == "C1")).scalar_one()
        db.record_decision(conn, "C1", first, "rejected", decided_by="test")
        exported = [r["sku"] for r in match_rows(conn, ("proposed",), match_threshold=0.85)]
        queue, total = proposed_matches(conn, match_threshold=0.85)
    assert exported == [r["sku"] for r in queue] == ["M", "C2", "C3"] and total == 3


# --- re-matching between pages of answers ------------------------------------------

# Our lamp's best listing is worded a little apart (a proposal: both shops give
# their products codes, so wording alone is for a person); its runner-up only
# comes up once a person has said the best one is another product.
_OURS_CSV = """sku,name,brand,mpn,price
A,"Everglow desk lamp with dimmer, brushed steel",Everglow,EV-4410,49.00
B,Nordby oak dining chair,Nordby,NB-220,120.00
"""
_THEIRS_CSV = """key,name,brand,price
t1,Everglow desk lamp dimmable steel,Everglow,47.00
t2,"Everglow desk lamp, brushed steel finish",Everglow,52.00
t3,Nordby oak dining chair NB-220,Nordby,118.00
t4,Tolsen claw hammer TH-330,Tolsen,18.00
t5,Tolsen hand saw TS-120,Tolsen,21.00
"""


def _lamp_workspace(tmp_path, rematch_after=None):
    from click.testing import CliRunner

    from storecheck.cli import cli

    ws = tmp_path / "ws"
    assert CliRunner().invoke(cli, ["init", str(ws)]).exit_code == 0
    if rematch_after is not None:
        config = ws / "storecheck.toml"
        text = config.read_text(encoding="utf-8")
        assert "rematch_after = 20" in text  # the template documents the setting
        config.write_text(text.replace("rematch_after = 20", f"rematch_after = {rematch_after}"), encoding="utf-8")
    (tmp_path / "ours.csv").write_text(_OURS_CSV, encoding="utf-8")
    (tmp_path / "theirs.csv").write_text(_THEIRS_CSV, encoding="utf-8")
    for args in (["catalogue", "import", str(tmp_path / "ours.csv")],
                 ["competitor", "add", "Rival", "https://rival.example/"],
                 ["offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival"], ["match"]):
        result = CliRunner().invoke(cli, [*args, "--workspace", str(ws)])
        assert result.exit_code == 0, result.output
    return ws


def _proposed(ws) -> set[tuple[str, str]]:
    from storecheck.config import Workspace

    m, cp = db.matches, db.competitor_products
    with db.open_database(Workspace(ws).database_url).connect() as conn:
        return set(conn.execute(select(m.c.sku, cp.c.key).join(cp, cp.c.id == m.c.competitor_product_id)
                                .where(m.c.status == "proposed")).all())


def test_an_import_with_match_puts_the_runner_up_of_a_rejected_pair_in_the_queue(tmp_path):
    from click.testing import CliRunner

    from storecheck.cli import cli

    ws = _lamp_workspace(tmp_path)
    assert _proposed(ws) == {("A", "t1")}
    answers = tmp_path / "answers.csv"
    answers.write_text("sku,competitor,key,status\nA,Rival,t1,rejected\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["matches", "import", str(answers), "--workspace", str(ws)])
    assert result.exit_code == 0 and "storecheck match" in result.output  # it says what brings the next page
    assert _proposed(ws) == set()  # nothing re-matched yet
    result = CliRunner().invoke(cli, ["matches", "import", str(answers), "--match", "--workspace", str(ws)])
    assert result.exit_code == 0, result.output
    assert "Rival" in result.output  # the re-match's summary
    assert _proposed(ws) == {("A", "t2")}


def test_the_web_queue_rematches_a_competitor_after_a_page_of_answers(tmp_path, monkeypatch):
    from bs4 import BeautifulSoup

    from storecheck.config import Workspace
    from storecheck.web import create_app

    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    ws = _lamp_workspace(tmp_path, rematch_after=1)
    app = create_app(Workspace(ws))
    client = app.test_client()
    page = BeautifulSoup(client.get("/matches").text, "html.parser")
    assert "After every 1 answers" in page.get_text()
    card = page.select_one("section.match")
    token = page.find("input", {"name": "csrf_token"})["value"]
    answer = client.post("/matches/decide", data={"csrf_token": token, "decision": f"{card['id'].split('-')[1]}:rejected"},
                         follow_redirects=True)
    assert "Matching Rival again" in BeautifulSoup(answer.text, "html.parser").select_one("#decided").get_text()
    assert app.extensions["storecheck"]["rematch"].wait(timeout=120) == {"Rival": 0}
    page = BeautifulSoup(client.get("/matches").text, "html.parser")
    assert [c.select_one(".theirs p").get_text(strip=True) for c in page.select("section.match")] == [
        "Everglow desk lamp, brushed steel finish"]
    assert _proposed(ws) == {("A", "t2")}


def test_no_rematch_before_a_page_is_answered_or_when_switched_off(tmp_path):
    from storecheck.web.review import RematchAfterAnswers

    every_two = RematchAfterAnswers(tmp_path, 2)
    assert not every_two.answered("Rival") and every_two.wait() == {}
    off = RematchAfterAnswers(tmp_path, 0)
    assert not any(off.answered("Rival") for _ in range(5)) and off.wait() == {}
