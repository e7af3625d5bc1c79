"""bench/matching_misses.py reads a small full-linkage set as it reads the
shared ones: the matched pairs by kind, the second round's proposals with
how many the list of true pairs holds, and the true pairs missed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tests.test_matching_second_round import SHORT, short_listings_left

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_misses_reading_counts_the_second_rounds_proposals(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import matching_eval as me
    import matching_misses

    # tests/test_matching_second_round.py's catalogue: six of ours lose their
    # best listing to a product titled as it, and find a short listing in the
    # second round, under the review threshold.
    our, their, truth = short_listings_left()
    chosen = SHORT
    pd.DataFrame({"id": our.sku, "title": our.name}).to_csv(tmp_path / "ours.csv", index=False)
    pd.DataFrame({"id": [f"L{p}" for p in their.competitor_product_id], "name": their.name}).to_csv(
        tmp_path / "theirs.csv", index=False)
    # The list holds the short listings as our products' counterparts, and half of the others.
    listed = {(f"O{n}", f"L{100 + n}") for n in chosen} | {(s, f"L{k}") for s, k in truth if int(k) % 2}
    data = me.LinkageSet("tiny", tmp_path / "ours.csv", tmp_path / "theirs.csv", listed)
    (tmp_path / "work").mkdir()
    matching_misses.reading(data, tmp_path / "work")
    out = capsys.readouterr().out
    proposals = next(line for line in out.splitlines() if "the second round's proposals" in line)
    found = int(proposals.split(": ")[1].split()[0])
    assert found >= 3, out
    assert f": {found} ({found} in the list; of the 0 not in it" in proposals, out
    assert f"of them proposed by the second round: {found}" in out, out
    assert "tiny:" in out and "true pairs missed:" in out
