"""bench/matching_misses.py says where each missed true pair stands: its
score band (proposed, in the review band, under it), the conflict the
comparison read, or whether another candidate scored higher; and, of the
pairs never a candidate, how many write a word of the other title shortened."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from benchmark.matching.scoring import CONFLICTS

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _row(score: float, **conflicts: float) -> SimpleNamespace:
    return SimpleNamespace(score=score, **{name: conflicts.get(name, 0.0) for name in CONFLICTS})


def test_a_missed_candidate_is_read_by_its_band_and_its_conflict(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    from matching_misses import standing

    assert standing(_row(0.7), True, True, 0.6) == "proposed, no conflict, each other's best"
    assert standing(_row(0.9), False, False, 0.6) == "scored in the review band or above, not kept, no conflict, another candidate higher"
    assert standing(_row(0.3, word_conflict=1.0), False, True, 0.6) == "under the review threshold, conflict: word_conflict"
    # The first conflict in the comparison's order names it.
    assert standing(_row(0.3, brand_conflict=1.0, number_conflict=1.0), False, True, 0.6).endswith("brand_conflict")
    # The band is read against the threshold given (the workspace's, `storecheck.config.Matching`).
    assert standing(_row(0.5), False, True, 0.4).startswith("scored in the review band or above")


def test_a_word_written_shortened_is_seen(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    from matching_misses import abbreviated_word

    assert abbreviated_word("win 2003 ter svr cal 5pk microsoft", "microsoft windows terminal server 2003 client")
    assert abbreviated_word("instant immers japanese dlx 2", "instant immersion japanese deluxe 2.0")
    assert abbreviated_word("microsoft office sbe 2007", "microsoft office small business edition 2007")
    assert not abbreviated_word("adobe photoshop cs3 mac", "adobe photoshop cs3 (mac os x)")
    assert not abbreviated_word("hoyle card games", "encore puzzle collection")


def test_the_misses_reading_prints_where_each_missed_pair_stands(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import matching_eval as me
    import matching_misses

    ours = ["acme road atlas 2007", "zenith photo studio deluxe", "orbit typing tutor 12", "lumen home budget planner",
            "nova chess master professional"]
    theirs = ["acme road atlas 2007", "zenith photo studio dlx", "orbit typing tutor 12", "lumen garden planner",
              "nova chess master pro"]
    pd.DataFrame({"id": [f"O{n}" for n in range(5)], "title": ours}).to_csv(tmp_path / "ours.csv", index=False)
    pd.DataFrame({"id": [f"L{n}" for n in range(5)], "name": theirs}).to_csv(tmp_path / "theirs.csv", index=False)
    truth = {(f"O{n}", f"L{n}") for n in range(5)}
    data = me.LinkageSet("shortened", tmp_path / "ours.csv", tmp_path / "theirs.csv", truth)
    (tmp_path / "work").mkdir()
    matching_misses.reading(data, tmp_path / "work")
    out = capsys.readouterr().out
    missed = int(out.split("true pairs missed: ")[1].split(";")[0])
    assert missed >= 1, out

    def count(line: str) -> int:
        return int(re.search(r": (\d+)(?: \(F1 \d\.\d{3}\))?$", line).group(1))

    # Every missed pair is counted once under its class, and every candidate among them once by where it stands.
    lines = out.split("true pairs missed: ")[1].splitlines()[1:]
    classes = [line for line in lines if line.startswith("    ") and not line.startswith("      ")]
    assert sum(map(count, classes)) == missed, out
    stands = [line for line in lines if line.startswith("      ") and "conflict" in line]
    never = sum(count(line) for line in classes if "never a candidate" in line)
    assert sum(map(count, stands)) == missed - never, out
    # Each line says the F1 its pairs would give, matched: above the figure now.
    now = float(re.search(r"\(now (\d\.\d{3})\)", out).group(1))
    assert all(float(re.search(r"F1 (\d\.\d{3})", line).group(1)) > now for line in classes), out
