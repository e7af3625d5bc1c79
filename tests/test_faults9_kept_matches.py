"""A kept match (a matched pair a sibling listing added since demoted) survives our weekly repricing.

The tester's garden centre (test_faults8_sibling_listing): Ogrodnik24 adds "Substral nawóz jesienny do trawnika
5 kg" beside the "Substral Nawóz do trawnika 5 kg" matched to our lawn fertiliser, and the pair stays matched while
the newcomer waits for a person. The first form kept it only while our product's row was unchanged, its price
included, so the week we repriced (as most shops do weekly) the pair left the price index again; and it asked the
matcher a second time over the whole catalogue to keep it (about twice a plain run). What names our product (its
name, brand, size, GTIN, MPN) is now stored with the pair: a price change keeps it, a rename or a changed code does not.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_faults8_sibling_listing import AUTUMN, THEIRS, _garden_centre, _run, _week

from storecheck.config import Workspace

HEADER = "sku,name,brand,category,price,currency"
KEPT = 'their listing "Substral nawóz jesienny do trawnika 5 kg" was added since'


def _ours(ws: Workspace, tmp_path: Path, header: str, row: str) -> None:
    (tmp_path / "ours2.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    _run(ws, "catalogue", "import", str(tmp_path / "ours2.csv"))


def _matched_in_week_one(ws: Workspace, tmp_path: Path) -> None:
    _garden_centre(ws, tmp_path)
    assert _week(ws, tmp_path, THEIRS)[("OG-003", "SUB-TR5")]["status"] == "matched"


def test_a_kept_match_survives_a_price_change_of_ours(workspace: Workspace, tmp_path: Path):
    ws = workspace
    _matched_in_week_one(ws, tmp_path)
    # Our weekly repricing, the same week they add the sibling: before, the pair went back to review.
    _ours(ws, tmp_path, HEADER, "OG-003,Nawóz do trawnika 5 kg,Substral,Nawozy,64.99,PLN")
    pairs = _week(ws, tmp_path, dict(THEIRS, **dict([AUTUMN])))
    assert pairs[("OG-003", "SUB-TR5")]["status"] == "matched", pairs[("OG-003", "SUB-TR5")]
    assert KEPT in pairs[("OG-003", "SUB-TR5")]["reason"]
    assert pairs[("OG-003", "SUB-JES5")]["status"] == "proposed"
    # And the week after, repriced again while the newcomer still waits: still kept.
    _ours(ws, tmp_path, HEADER, "OG-003,Nawóz do trawnika 5 kg,Substral,Nawozy,59.99,PLN")
    pairs = _week(ws, tmp_path, dict(THEIRS, **dict([AUTUMN])))
    assert pairs[("OG-003", "SUB-TR5")]["status"] == "matched", pairs[("OG-003", "SUB-TR5")]


@pytest.mark.parametrize(("header", "row"), [
    # A rename that keeps every word the matcher read: the pair may be another product now, for a person to say.
    (HEADER, "OG-003,Nawóz do trawnika z mchem 5 kg,Substral,Nawozy,69.99,PLN"),
    # A code of ours given where there was none.
    (HEADER + ",mpn", "OG-003,Nawóz do trawnika 5 kg,Substral,Nawozy,69.99,PLN,SUB-77512"),
    # Repriced to three times theirs: the matcher's own sanity check reads the prices apart, a reason of the pair.
    (HEADER, "OG-003,Nawóz do trawnika 5 kg,Substral,Nawozy,199.99,PLN"),
])
def test_a_kept_match_is_not_kept_after_our_product_is_renamed_recoded_or_priced_apart(workspace: Workspace, tmp_path: Path,
                                                                                 header: str, row: str):
    ws = workspace
    _matched_in_week_one(ws, tmp_path)
    _ours(ws, tmp_path, header, row)
    pair = _week(ws, tmp_path, dict(THEIRS, **dict([AUTUMN]))).get(("OG-003", "SUB-TR5"))
    assert pair is None or pair["status"] != "matched" or KEPT not in pair["reason"], pair
    if "199.99" in row:  # still paired, the newcomer beside it: what stops the keeping is the prices
        assert pair is not None and "prices 3.1x apart" in pair["reason"], pair


def test_keeping_a_match_asks_the_matcher_once(workspace: Workspace, tmp_path: Path, monkeypatch):
    # The first form ran the matcher again over the whole catalogue, newcomers set aside: twice a plain run's time
    # for that competitor (Amazon-Google through the CLI: 8.7 s, and 8.4 s more), nearly every week for a shop
    # that adds listings weekly.
    ws = workspace
    _matched_in_week_one(ws, tmp_path)
    from benchmark import matching
    calls = []
    real = matching.match_products

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(matching, "match_products", counted)
    pairs = _week(ws, tmp_path, dict(THEIRS, **dict([AUTUMN])))
    assert pairs[("OG-003", "SUB-TR5")]["status"] == "matched"
    assert len(calls) == 1


def test_a_persons_rejection_of_the_newcomer_leaves_the_kept_match_matched(workspace: Workspace, tmp_path: Path):
    # The matcher reads a rejection of a listing as a rejection of every listing it takes for the same product
    # (`assignment._rejection_reaches`): right for a marketplace's copies, so a person is not asked twice. Here
    # the person was shown the autumn formula proposed beside the lawn fertiliser's match ("matched before, kept:
    # their listing ... was added since") and rejected it: they told the two apart, and said nothing against
    # the pair. Before, the next run paired our product with neither: the pair left the price index because a
    # person answered the question the newcomer raised.
    ws = workspace
    _matched_in_week_one(ws, tmp_path)
    week2 = dict(THEIRS, **dict([AUTUMN]))
    assert _week(ws, tmp_path, week2)[("OG-003", "SUB-TR5")]["status"] == "matched"
    matched = json.loads(_run(ws, "score", "--json").output)["competitors"][0]["matched"]
    (tmp_path / "answer.csv").write_text("sku,competitor,key,status\nOG-003,Ogrodnik24,SUB-JES5,rejected\n",
                                         encoding="utf-8")
    _run(ws, "matches", "import", str(tmp_path / "answer.csv"))
    pairs = _week(ws, tmp_path, week2)
    kept = pairs.get(("OG-003", "SUB-TR5"))
    assert kept is not None and kept["status"] == "matched", kept
    assert 'their listing "Substral nawóz jesienny do trawnika 5 kg" was added since and a person rejected it' \
        in kept["reason"], kept
    assert pairs[("OG-003", "SUB-JES5")]["status"] == "rejected"
    assert json.loads(_run(ws, "score", "--json").output)["competitors"][0]["matched"] == matched
    # And the week after, nothing new: still matched.
    assert _week(ws, tmp_path, week2)[("OG-003", "SUB-TR5")]["status"] == "matched"


@pytest.mark.parametrize("condition", ["used", "refurbished"])
def test_a_pair_demoted_for_its_own_reason_is_not_kept_beside_a_newcomer(workspace: Workspace, tmp_path: Path,
                                                                       condition: str):
    # Review R1 (thirty-second session): the week their listing turns used, the matcher proposes the pair for
    # its own reason ("a used listing ... against our new product: never matched by the matcher, a person
    # decides"); a newcomer paired with our product the same week is not the cause, and the pair must not be
    # kept in the price index. Without the second matcher run, what the matcher reads of their listing beyond
    # its name (its condition, description, sku) went unread.
    ws = workspace
    _matched_in_week_one(ws, tmp_path)
    path = tmp_path / "theirs.csv"
    week2 = dict(THEIRS, **dict([AUTUMN]))
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["key", "name", "category", "price", "currency", "condition"])
        writer.writerows([key, name, category, price, "PLN", condition if key == "SUB-TR5" else "new"]
                         for key, (name, category, price) in week2.items())
    _run(ws, "offers", "import", str(path), "--competitor", "Ogrodnik24")
    _run(ws, "match")
    _run(ws, "matches", "export", str(tmp_path / "pairs.csv"))
    with (tmp_path / "pairs.csv").open(encoding="utf-8") as f:
        pairs = {(row["sku"], row["key"]): row for row in csv.DictReader(f)}
    pair = pairs.get(("OG-003", "SUB-TR5"))
    assert pair is None or pair["status"] != "matched", pair


def test_a_reason_of_the_pairs_own_stops_the_keeping_whatever_its_naming():
    # The same naming and a newcomer paired with ours, but this run's reading puts the pair to a person for a
    # reason of its own (a verdict a catalogue can give it, such as a title several products share): not kept.
    from datetime import datetime, timedelta, timezone
    from types import SimpleNamespace

    import pandas as pd

    from storecheck.analysis.kept_matches import keep_earlier_matches

    then = datetime(2026, 11, 30, tzinfo=timezone.utc)
    earlier = [SimpleNamespace(sku="OG-003", competitor_product_id=1, method="fuzzy", score=0.86, reason="titles 83% alike",
                               updated_at=then, naming="n1")]
    for reason, kept in [("titles 82% alike", True),
                         ("a used listing (the shop states \"used\") against our new product: never matched by the "
                          "matcher, a person decides; titles 82% alike", False),
                         ("titles 82% alike; prices 3.1x apart", False),
                         ("titles 82% alike; but 2 of our products and 2 of their listings have this title, and they "
                          "are not all one product", False)]:
        found = pd.DataFrame([("OG-003", 1, "fuzzy", 0.85, "proposed", reason),
                              ("OG-003", 2, "fuzzy", 0.80, "proposed", "titles 78% alike")],
                             columns=["sku", "competitor_product_id", "method", "score", "status", "reason"])
        out, _ = keep_earlier_matches(found, earlier, {1: then - timedelta(days=30), 2: then + timedelta(days=7)},
                                      {1: "Substral Nawóz do trawnika 5 kg", 2: "Substral nawóz jesienny"},
                                      naming_now={("OG-003", 1): "n1", ("OG-003", 2): "n2"})
        assert (out.status[0] == "matched") is kept, reason
