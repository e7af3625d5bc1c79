"""The wording gate per catalogue of the batches set aside: why a catalogue's wording pairs are matched,
asked about or left, and why each true pair it misses is missed.

    .venv/bin/python bench/batch_gate.py [--only kinds26 kinds26b ...]

Each batch module (`tests/test_matching_kinds*.py`; by default every round but the newest, which a
session holds out while it writes it: name its modules in `--only` to read them) is read as `python -m
tests.MODULE` reads it, through the commands, and for each of its catalogues the script prints what
`calibration.wording_evidence` read when `storecheck match` ran (as bench/matching_gate.py prints it
for the shared views; the tests' arrays are copied at that call, before later rules rewrite scores):

- the verdict: wording speaks (matched with no person), asks (proposed: `WordingEvidence.worth_asking`)
  or is shut, and, where it does not speak, which null keeps it from matching (at 95%) and from asking
  (at even odds): the decoy, or the chance null and the thinned decoy together;
- the counts: the candidates (each other's best, every test passed, from the floor to the match
  threshold) and how many the truth holds; the sure pairs; the decoy once / twice (ours, theirs); the
  chance null's trials (our sure products asked, and those that still found a wording match);
- each true pair neither matched nor proposed, with the first reason the data gives: no candidate
  pair (blocking never compared them), a conflict or prices apart, under the floor, another listing
  (or product) the best of one side, a candidate the gate left (shut), or a candidate the gate asked
  about that the character view (`first_round._characters_agree`) does not find each other's best.

A catalogue of a dozen products sits near the gate's edge: a line here says which count stands in the
way and by how much, not that a rule would be right to move it (bench/history/matching.md).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import runpy
import sys
from dataclasses import fields, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import benchmark.matching as matching  # noqa: E402
from benchmark.matching.calibration.gate import EVEN_ODDS, WordingEvidence  # noqa: E402
from benchmark.matching.calibration.nulls import _chance_counts, _decoys  # noqa: E402
from benchmark.matching.calibration.pair_tests import WordingTests  # noqa: E402
from benchmark.matching.features import _frame  # noqa: E402
from tests import kinds_batches  # noqa: E402


def verdict(evidence: WordingEvidence) -> str:
    """speaks / asks / shut, and what keeps a catalogue from matching (95%) and from asking (even odds)."""
    if evidence.speaks:
        return "speaks"
    at_95 = [name for name, ok in (("decoy", evidence.shares_products), ("chance and thinned decoy",
                                                                          evidence.beats_chance)) if not ok]
    decoy, chance, thinned = evidence.even_odds
    at_even = [name for name, ok in (("decoy", 0 < evidence.found >= 2 * decoy),
                                     ("chance and thinned decoy",
                                      chance <= evidence.made / 2 or thinned <= evidence.found / 2)) if not ok]
    said = "asks" if evidence.worth_asking else "shut"
    return f"{said} (not matching: {' + '.join(at_95)}" + (f"; not asking: {' + '.join(at_even)})" if at_even else ")")


def missed_cause(n: int | None, tests: WordingTests, floor: float, threshold: float, speaks: bool, asks: bool,
                 asked: np.ndarray | None, names: tuple[list[str], list[str]]) -> str:
    """Why a true pair (index `n` in the tests' arrays, None where it is no candidate pair) is neither
    matched nor proposed: the first of the wording tests it fails, or the gate."""
    if n is None:
        return "no candidate pair"
    rows, cols, scores = tests.rows, tests.cols, tests.scores
    said = []
    if not tests.plausible[n]:
        said.append("a conflict, or prices apart")
    if scores[n] < floor:
        said.append(f"under the floor {floor:.3f}")
    if not tests.ours_best[n]:
        mine = np.flatnonzero(rows == rows[n])
        best = mine[np.argmax(scores[mine])]
        said.append(f"our best {scores[best]:.3f}: {names[1][cols[best]]!r}" if best != n else "our only candidate")
    if not tests.theirs_best[n]:
        theirs = np.flatnonzero(cols == cols[n])
        best = theirs[np.argmax(scores[theirs])]
        said.append(f"their best {scores[best]:.3f}: {names[0][rows[best]]!r}")
    if said:
        return "; ".join(said)
    if scores[n] >= threshold:
        return "sure, but another pair assigned"
    if asks and asked is not None and not asked[n]:
        return "a candidate the gate asks about, not each other's best by the character view"
    return "a candidate the gate leaves" if not (speaks or asks) else "a candidate (assigned elsewhere)"


class Reading:
    """What one catalogue's `storecheck match` read: the tests and evidence at the gate's call (arrays
    copied), the frames, the pairs asked about where the gate is unproven."""

    def __init__(self) -> None:
        self.seen: dict = {}

    def evidence(self, kept):
        def reading(tests, floor, match_threshold):
            evidence = kept(tests, floor, match_threshold)
            copied = replace(tests, **{f.name: getattr(tests, f.name).copy() for f in fields(tests)
                                       if isinstance(getattr(tests, f.name), np.ndarray)})
            self.seen.update(tests=copied, evidence=evidence, review=floor, threshold=match_threshold)
            return evidence
        return reading

    def frames(self, kept):
        def match_products(ours, theirs, **kwargs):
            self.seen.update(ours=ours, theirs=theirs)
            return kept(ours, theirs, **kwargs)
        return match_products

    def unproven(self, kept):
        def unproven_candidates(tests, ours, theirs, review_threshold):
            asked = kept(tests, ours, theirs, review_threshold)
            self.seen.update(asked=asked.copy())
            return asked
        return unproven_candidates


def catalogue_lines(seen: dict, catalogues: kinds_batches.Catalogues, found: dict) -> list[str]:
    """The gate's counts of one catalogue and each true pair it misses, with its cause."""
    ours, theirs, truth = catalogues
    if "tests" not in seen:
        return ["  no pair for the gate to read"]
    tests, evidence = seen["tests"], seen["evidence"]
    floor, threshold = tests.floor(seen["review"]), seen["threshold"]
    skus = _frame(seen["ours"], "sku").sku.tolist()
    ids = _frame(seen["theirs"], "competitor_product_id").competitor_product_id.tolist()
    keys = dict(zip(seen["theirs"].competitor_product_id, seen["theirs"].key))
    pairs = {(skus[i], keys[ids[j]]): n for n, (i, j) in enumerate(zip(tests.rows.tolist(), tests.cols.tolist()))}
    right = np.array([pair in truth for pair in pairs], dtype=bool)
    passing = tests.wanted(floor) & (tests.scores < threshold)
    candidates = passing & tests.each_others_best
    sure = tests.scores >= threshold
    once = _decoys(tests.rows, tests.cols, tests.scores, passing, 1, sure=sure, writing=tests.writing)
    twice = _decoys(tests.rows, tests.cols, tests.scores, passing, 2, sure=sure, writing=tests.writing)
    made, _, seen_wrong, asked = _chance_counts(tests.rows, tests.cols, tests.scores, tests.wanted(floor),
                                                tests.wanted(floor) & tests.each_others_best, sure,
                                                tests.listed_models)
    decoy, chance, thinned = evidence.even_odds
    lines = [f"  gate: {verdict(evidence)}",
             f"  candidates {int(candidates.sum())} ({int((candidates & right).sum())} in the truth), floor {floor:.3f}; "
             f"sure pairs {int(sure.sum())} ({int((sure & right).sum())} in the truth); decoy once ours / theirs "
             f"{once[0]} / {once[1]}, twice {twice[0]} / {twice[1]}; chance null: {seen_wrong} of {asked} sure "
             f"products asked found a wording match",
             f"  at 95%: decoy {evidence.decoy_wrong} wrong of {evidence.found}, chance {evidence.chance_wrong:.1f} "
             f"of {made} made, thinned decoy {evidence.thinned_wrong:.1f}; at even odds ({EVEN_ODDS}): decoy "
             f"{decoy:.1f}, chance {chance:.1f}, thinned decoy {thinned:.1f}"]
    names = ([{o["sku"]: o["name"] for o in ours}[s] for s in skus],
             [{t["key"]: t["name"] for t in theirs}[keys[i]] for i in ids])
    for pair in sorted(truth):
        if pair in found:
            continue
        n = pairs.get(pair)
        score = f"{tests.scores[n]:.3f}" if n is not None else "  -  "
        cause = missed_cause(n, tests, floor, threshold, evidence.speaks, evidence.worth_asking, seen.get("asked"),
                             names)
        lines.append(f"    missed {pair} {score} {cause}")
    return lines


def read_module(module: str) -> list[str]:
    """Every catalogue of one batch module, read as its `__main__` reads it."""
    reading = Reading()
    out: list[str] = []
    read_catalogues = kinds_batches.read_catalogues

    def read(folder: Path, catalogues: kinds_batches.Catalogues):
        reading.seen.clear()
        counts, found = read_catalogues(folder, catalogues)
        out.append(f"{module} [{len([line for line in out if not line.startswith(' ')])}] "
                   + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        out.extend(catalogue_lines(reading.seen, catalogues, found))
        return counts, found

    kept = (matching.wording_evidence, matching.match_products, matching.unproven_candidates,
            kinds_batches.read_catalogues, sys.argv)
    try:
        matching.wording_evidence = reading.evidence(kept[0])
        matching.match_products = reading.frames(kept[1])
        matching.unproven_candidates = reading.unproven(kept[2])
        kinds_batches.read_catalogues = read
        sys.argv = [module]
        with contextlib.redirect_stdout(io.StringIO()):
            runpy.run_module(f"tests.{module}", run_name="__main__")
    finally:
        (matching.wording_evidence, matching.match_products, matching.unproven_candidates,
         kinds_batches.read_catalogues, sys.argv) = kept
    return out


def batch_modules() -> list[str]:
    """Every batch module by name (kinds2, ..., kinds26d), those a `python -m` run reads."""
    return sorted(path.stem.removeprefix("test_matching_") for path in (ROOT / "tests").glob("test_matching_kinds*.py")
                  if '__name__ == "__main__"' in path.read_text(encoding="utf-8"))


def round_of(module: str) -> int:
    """The round a batch module belongs to: kinds26b -> 26."""
    digits = re.search(r"\d+", module)
    return int(digits.group()) if digits else 0


def read_by_default(modules: list[str]) -> list[str]:
    """Every round but the newest: the round a session writes is held out from everyone else while it
    is written (its misses printed pair by pair here would open it), so it is read only when named."""
    newest = max((round_of(module) for module in modules), default=None)
    return [module for module in modules if round_of(module) != newest]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    every = batch_modules()
    parser.add_argument("--only", nargs="+", default=read_by_default(every),
                        help="batch modules by name (kinds26, kinds26b, ...); by default every round but the "
                             "newest, held out while it is written")
    args = parser.parse_args()
    if unknown := sorted(set(args.only) - set(every)):
        parser.error(f"--only: no batch module named {', '.join(unknown)}")
    for module in args.only:
        print("\n".join(read_module(f"test_matching_{module}")), flush=True)


if __name__ == "__main__":
    main()
