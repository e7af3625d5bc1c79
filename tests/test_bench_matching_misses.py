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


def test_the_pairs_the_list_lacks_are_read_by_how_their_titles_compare(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    from matching_misses import title_reading

    assert title_reading("Hoyle Card Games 2007", "hoyle card games 2007", "fuzzy") == "the same title"
    # One shop adds words ("(jewel case)", a maker's mark): every word of the other is there.
    assert title_reading("pokemon team turbo (jewel case)", "Pokemon Team Turbo", "fuzzy") == (
        "one title holds every word of the other")
    assert title_reading("hoyle card games 2007", "hoyle(r) card games 2007", "fuzzy") == (
        "one title holds every word of the other")
    assert title_reading("cisco ios enterprise ( cd28-esk9 )", "cd28-esk9= ios services package", "model") == (
        "a shared identifier")
    assert title_reading("punch! viacad 2d/3d", "turbocad designer 2d/3d version 9.1", "fuzzy") == "none of these"


def test_the_misses_reading_counts_the_matched_pairs_the_list_lacks(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import matching_eval as me
    import matching_misses

    titles = ["acme road atlas 2007", "zenith photo studio deluxe", "orbit typing tutor 12", "lumen home budget planner"]
    pd.DataFrame({"id": [f"O{n}" for n in range(4)], "title": titles}).to_csv(tmp_path / "ours.csv", index=False)
    pd.DataFrame({"id": [f"L{n}" for n in range(4)], "name": [t.upper() if n % 2 else t + " (jewel case)"
                                                              for n, t in enumerate(titles)]}).to_csv(
        tmp_path / "theirs.csv", index=False)
    # The list holds only the first pair: the other three are the same product it leaves out.
    data = me.LinkageSet("lacking", tmp_path / "ours.csv", tmp_path / "theirs.csv", {("O0", "L0")})
    (tmp_path / "work").mkdir()
    matching_misses.reading(data, tmp_path / "work")
    out = capsys.readouterr().out
    assert ("matched, not in the list (3), by how the two titles read: the same title 2, one title holds every "
            "word of the other 1, a shared identifier 0, none of these 0") in out, out


def test_the_misses_reading_sets_the_matcher_beside_the_baseline(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import matching_eval as me
    import matching_misses

    ours = ["acme road atlas 2007", "zenith photo studio deluxe", "orbit typing tutor 12", "lumen home budget planner"]
    # Their third title writes another version: the baseline pairs it on its letters, the matcher reads the numbers.
    theirs = ["acme road atlas 2007 (jewel case)", "ZENITH PHOTO STUDIO DELUXE", "orbit typing tutor 14",
              "LUMEN HOME BUDGET PLANNER"]
    pd.DataFrame({"id": [f"O{n}" for n in range(4)], "title": ours}).to_csv(tmp_path / "ours.csv", index=False)
    pd.DataFrame({"id": [f"L{n}" for n in range(4)], "name": theirs}).to_csv(tmp_path / "theirs.csv", index=False)
    # The list holds the first pair and the third; the second and fourth are the same product it leaves out.
    data = me.LinkageSet("beside", tmp_path / "ours.csv", tmp_path / "theirs.csv", {("O0", "L0"), ("O2", "L2")})
    (tmp_path / "work").mkdir()
    matching_misses.reading(data, tmp_path / "work")
    out = capsys.readouterr().out
    beside = next(line for line in out.splitlines() if "beside the baseline" in line)
    assert "4 pairs, 2 in the list (F1 0.667)" in beside, out
    assert "the true pairs both match 1, the matcher alone 0, the baseline alone 1" in beside, out
    assert "of the baseline's 2 pairs the list lacks, the matcher matched 2" in beside, out
    where = out.split("by where they stand in it:\n")[1].splitlines()[0]
    assert "conflict: number_conflict: 1" in where, out
