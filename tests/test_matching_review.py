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
