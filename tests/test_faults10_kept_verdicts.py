"""A kept match is refused by any verdict the matcher gives the pair, including one added after the keeping was written.

The tester's garden centre (test_faults8_sibling_listing): the lawn fertiliser's pair stays matched the week
Ogrodnik24 adds the autumn formula beside it, unless this run's reading puts the pair to a person for a reason
of its own. That was read from a list of the matcher's verdict clauses copied into the keeping (used, another
variant, a rejected copy, unproven wording, a shared title, two languages, prices apart): a verdict the matcher
learns later ("never matched by the matcher, a person decides") was not on it, so the pair stayed in the price
index through the very verdict that says a person must look. Now the keeping reads the pair's own two readings:
what the matcher said of the pair when it matched it, and what it says now. Anything said now that was not said
then, but what the newcomer's week says without a reason of the pair's own (how alike the titles are now, what
the score alone says, that it is the same product as the newcomer), stops the keeping.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from test_faults8_sibling_listing import AUTUMN, THEIRS, _week
from test_faults9_kept_matches import _matched_in_week_one

from storecheck.config import Workspace

# A verdict of the kind the matcher's statuses give (a used listing, another variant of a listing, ...), which no
# release of the matcher writes today: a kit of several pieces against our single product.
NEW_VERDICT = 'a kit of several pieces ("zestaw") against our single product: never matched by the matcher, a person decides; '


def test_a_verdict_the_matcher_gives_later_stops_the_keeping(workspace: Workspace, tmp_path: Path, monkeypatch):
    ws = workspace
    _matched_in_week_one(ws, tmp_path)
    from benchmark.matching import statuses

    real = statuses.Conditions.clause

    def with_a_new_verdict(self, i, j):
        # The matcher of a later release: it reads the lawn fertiliser's listing as a kit and proposes the pair
        # whatever its score, as it does a used listing.
        if self.products.their_names[j] == THEIRS["SUB-TR5"][0] and self.products.skus[i] == "OG-003":
            return NEW_VERDICT
        return real(self, i, j)

    monkeypatch.setattr(statuses.Conditions, "clause", with_a_new_verdict)
    pairs = _week(ws, tmp_path, dict(THEIRS, **dict([AUTUMN])))
    pair = pairs[("OG-003", "SUB-TR5")]
    # Before: matched, 'matched before, kept: their listing "Substral nawóz jesienny ..." was added since'.
    assert pair["status"] == "proposed", pair
    assert pair["reason"].startswith("matched before (score"), pair
    assert NEW_VERDICT.strip() in pair["reason"], pair


THEN = datetime(2026, 11, 30, tzinfo=timezone.utc)
OLD, NEWCOMER = "Substral Nawóz do trawnika 5 kg", "Substral nawóz jesienny do trawnika 5 kg"


def _kept(reason_now: str, reason_then: str = "titles 83% alike") -> bool:
    from storecheck.analysis.kept_matches import keep_earlier_matches

    earlier = [SimpleNamespace(sku="OG-003", competitor_product_id=1, method="fuzzy", score=0.86, reason=reason_then,
                               updated_at=THEN, naming="n1")]
    found = pd.DataFrame([("OG-003", 1, "fuzzy", 0.85, "proposed", reason_now),
                          ("OG-003", 2, "fuzzy", 0.80, "proposed", "titles 78% alike")],
                         columns=["sku", "competitor_product_id", "method", "score", "status", "reason"])
    out, _ = keep_earlier_matches(found, earlier, {1: THEN - timedelta(days=30), 2: THEN + timedelta(days=7), 3: THEN},
                                  {1: OLD, 2: NEWCOMER, 3: "Substral nawóz do tui 1 kg"},
                                  naming_now={("OG-003", 1): "n1", ("OG-003", 2): "n2"})
    return out.status[0] == "matched"


def _clauses():
    from benchmark.matching import statuses
    from benchmark.matching.answers import FLOOR_CLAUSE
    from benchmark.matching.assignment import _quote

    return statuses, FLOOR_CLAUSE, _quote


def test_what_the_newcomers_week_says_of_the_pair_keeps_it():
    statuses, floor, quote = _clauses()
    for reason in ["titles 82% alike",
                   # under the wording floor the newcomer's words moved
                   floor.format(0.5308) + "titles 80% alike",
                   # the same product as the newcomer, or another listing of ours besides it
                   statuses.SAME_LISTING_CLAUSE + quote(NEWCOMER) + "; titles 82% alike",
                   statuses.ANOTHER_LISTING_CLAUSE + f"besides {quote(NEWCOMER)}; titles 82% alike",
                   statuses.SECOND_ROUND_CLAUSE + "titles 82% alike"]:
        assert _kept(reason), reason
    # A learnt model's note moves with one more answer and the newcomer's words, as the titles' likeness does.
    assert _kept("learnt from 25 decisions (13 confirmed): 74% likely; titles 82% alike",
                 "learnt from 24 decisions (12 confirmed): 81% likely; titles 83% alike")
    # What the pair was matched with, said again: kept (a kept pair's own stored reason opens with the kept clause).
    assert _kept("titles 82% alike; pack of 2 vs 1: compare on unit price",
                 'matched before, kept: their listing "X" was added since and is proposed beside it; '
                 "titles 83% alike; pack of 2 vs 1: compare on unit price")


def test_another_listing_named_with_other_numbers_is_another_statement():
    # Numbers are read as one only outside the names the matcher quotes: "tui 5 kg" is not the "tui 1 kg" it named.
    then = 'the same product as their listing "Substral nawóz do tui 1 kg"; titles 83% alike'
    assert _kept('the same product as their listing "Substral nawóz do tui 1 kg"; titles 82% alike', then)
    assert not _kept('the same product as their listing "Substral nawóz do tui 5 kg"; titles 82% alike', then)


def test_prices_further_apart_than_when_matched_stop_the_keeping():
    # The prices are the pair's own, not the newcomer's: matched at 1.6x apart, now 3.1x.
    assert _kept("titles 82% alike; prices 1.6x apart", "titles 83% alike; prices 1.6x apart")
    assert not _kept("titles 82% alike; prices 3.1x apart", "titles 83% alike; prices 1.6x apart")


@pytest.mark.parametrize("reason", [
    NEW_VERDICT + "titles 82% alike",
    "titles 82% alike; " + NEW_VERDICT.rstrip("; "),
    "titles 82% alike; prices 3.1x apart",
    # the statuses' verdicts as they are written today
    'a used listing (the shop states "used") against our new product: never matched by the matcher, a person decides; '
    "titles 82% alike",
    f'another variant of their listing "{NEWCOMER}"; titles 82% alike',
    "each other's best match, by wording, with no conflict; this competitor's data does not yet show its wording "
    "matches right, so a person decides; titles 82% alike",
    "titles 82% alike; but 2 of our products and 2 of their listings have this title, and they are not all one product",
    # the same product as a listing that was there when the pair was matched: not the newcomer's doing
    'the same product as their listing "Substral nawóz do tui 1 kg"; titles 82% alike',
])
def test_anything_else_said_of_the_pair_now_stops_the_keeping(reason):
    assert not _kept(reason)


def test_a_pair_matched_with_no_reason_stored_is_not_kept():
    # Nothing to read the pair's own reading against: the safe side, a person.
    assert not _kept("titles 82% alike", reason_then=None)
