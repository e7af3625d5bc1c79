"""bench/matching_eval.py's readings of how far answers can go: the
true-first queue (`--true-first`), the review without the learnt model
(`--no-learnt-model`) and where the true and wrong pairs are (`--where`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture
def me(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import matching_eval

    return matching_eval


def test_the_true_first_queue_asks_the_true_proposals_first_in_the_queues_order(me):
    proposed = pd.DataFrame({"sku": ["a", "b", "c", "d", "e"], "key": ["1", "2", "3", "4", "5"]})
    ordered = me.truth_first(proposed, {("c", "3"), ("e", "5"), ("a", "9")})
    assert list(ordered.sku) == ["c", "e", "a", "b", "d"]
    # Nothing true: the queue's order as it was.
    assert list(me.truth_first(proposed, set()).sku) == list(proposed.sku)


def test_each_missed_true_pair_is_counted_where_it_is(me):
    truth = {("a", "1"), ("a", "0"), ("b", "2"), ("c", "3"), ("d", "4"), ("e", "5"), ("f", "6"), ("g", "7"),
             ("h", "8")}
    found = {("a", "1"), ("d", "9"), ("x", "5")}
    scores = {("a", "1"): 0.9, ("a", "0"): 0.7, ("c", "3"): 0.7, ("d", "4"): 0.8, ("e", "5"): 0.7, ("f", "6"): 0.3,
              ("g", "7"): 0.7, ("h", "8"): 0.75}
    proposed = {("c", "3"), ("h", "8")}
    asked = {("h", "8")}  # answered, yet not accepted: another answer took one of its sides
    counts = me.where_true_pairs(truth, found, scores, proposed, asked, review_threshold=0.6)
    assert counts == {
        "accepted": 1,                                                   # a-1
        "never a candidate": 1,                                          # b-2
        "proposed, not asked": 1,                                        # c-3
        "lost: our product matched to another true listing": 1,          # a-0 (a matched to 1, also true)
        "lost: our product matched to a wrong listing": 1,               # d-4 (d matched to 9)
        "lost: their listing matched to another product of ours": 1,     # e-5 (5 matched to x)
        "under the review threshold (hand-set score)": 1,                # f-6
        "over it, neither proposed nor matched": 2,                      # g-7, h-8
    }
    assert sum(counts.values()) == len(truth)


def test_each_wrong_accepted_pair_is_counted_by_what_the_truth_knows_of_its_sides(me):
    truth = {("a", "1"), ("b", "2"), ("c", "3")}
    found = {
        ("a", "1"),  # right
        ("a", "7"),  # a's true pair is accepted too: another listing of a
        ("b", "3"),  # b and 3 both have true pairs elsewhere
        ("c", "8"),  # c has one (not accepted), 8 none
        ("z", "2"),  # 2 has one, z none
        ("y", "9"),  # neither side in the truth
    }
    assert me.where_wrong_pairs(truth, found) == dict(zip(me.WRONG, [1, 1, 1, 1, 1]))
    assert me.where_wrong_pairs(truth, {("a", "1")}) == dict.fromkeys(me.WRONG, 0)


def test_the_review_without_the_learnt_model_is_set_in_the_config_or_the_run_stops(me, tmp_path):
    from click.testing import CliRunner

    from storecheck.cli import cli
    from storecheck.config import Workspace

    CliRunner().invoke(cli, ["init", str(tmp_path / "ws")], catch_exceptions=False)
    me.without_learning(tmp_path / "ws")
    assert Workspace(tmp_path / "ws").config.matching.learn_from_decisions is False
    # A config with no [matching] table: nothing to set it under, so the run stops.
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "storecheck.toml").write_text("[shop]\nname = \"Ours\"\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="learn_from_decisions"):
        me.without_learning(bare)
