"""bench/matching_gate.py reads a small full-linkage set as it reads the
shared views: the wording gate's counts, and the ratios that set a view
beside the views that share nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from tests.test_matching_gate import _every_product_sold

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_gate_reading_prints_the_views_ratios_and_the_truths_bound(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import matching_eval as me
    import matching_gate

    # tests/test_matching_gate.py's catalogue: every product sold on both sides, worded apart.
    our, their, truth = _every_product_sold(part_numbers=False)
    pd.DataFrame({"id": our.sku, "title": our.name}).to_csv(tmp_path / "ours.csv", index=False)
    pd.DataFrame({"id": [f"L{p}" for p in their.competitor_product_id], "name": their.name}).to_csv(
        tmp_path / "theirs.csv", index=False)
    data = me.LinkageSet("tiny", tmp_path / "ours.csv", tmp_path / "theirs.csv", {(s, f"L{k}") for s, k in truth})
    out = matching_gate.gate(data, tmp_path)
    counts = re.search(r"candidates (\d+) \((\d+) in the truth\).*read as (\d+) wrong", out)
    line = re.search(r"candidates per wrong pair by the decoy ([\d.]+), thinned decoy's wrong pairs per candidate "
                     r"(.+?); right, from the truth, at least ([\d.]+) of them \(95%\)", out)
    assert counts and line, out
    found, right, wrong = map(int, counts.groups())
    assert found > 0 and right == found, out  # every candidate is a true pair here
    assert float(line.group(1)) == round(found / wrong, 2), out
    # Every one right: the one-sided 95% Clopper-Pearson lower bound is 0.05 ** (1 / n).
    assert float(line.group(3)) == round(0.05 ** (1 / found), 2), out


def test_the_share_right_is_bounded_as_the_history_quotes_it(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    from matching_gate import right_share_bound

    # wdc-valid-catalogues-tenth: 11 of its 19 wording candidates right, lower bound 0.37.
    assert round(right_share_bound(11, 19), 2) == 0.37
    assert round(right_share_bound(19, 19), 4) == round(0.05 ** (1 / 19), 4)
    assert right_share_bound(0, 19) == 0.0 and right_share_bound(0, 0) == 0.0
