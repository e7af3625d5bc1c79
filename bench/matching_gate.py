"""The wording gate's counts per view: why wording matches are made or not.

    .venv/bin/python bench/matching_gate.py [--only NAME ...] [--data ../shared/data/matching]

For each view of `bench/matching_eval.py` (default: the `-tenth` and
`-apart` views and the two WDC catalogue views), the files go through the
same commands as there (`init`, `catalogue import`, `offers import`), the
frames `storecheck match` reads are matched with `match_products`, and the
script prints what `calibration.wording_evidence` read:

- the matched pairs and F1 against the view's truth (the figure
  `matching_eval.py` prints for no review);
- candidates: pairs each other's best that pass a wording match's tests under
  the match threshold (and above the floor), and how many the truth holds;
  of them, those whose two products each prefer the other to their next
  choice by 0.1 or more (`calibration.calibration_signals`' margins);
- the decoy null's pairs with our products' / their listings' best taken
  away, once and twice (`calibration._decoys`, per writing as the gate
  reads them), and the count the gate reads;
- the chance null's wrong pairs against the products it would match
  (`made`), and the thinned decoy (inf where it is not read);
- how the view reads beside the views that share nothing: its candidates
  per wrong pair the decoy reads, the thinned decoy's wrong pairs per
  candidate (where it is read), and, from the truth, the 95% lower bound
  of the share of candidates that are right (what no gate can see, but
  what a gate would have to prove);
- the verdict, and the F1 the view would get were the gate forced open (the
  evidence replaced by one that speaks): what opening would give, not a rule;
- the second round's proposals (`calibration.second_round`: each other's
  best among the products the first round left unmatched), and how many
  the truth holds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchmark.matching as matching  # noqa: E402
from benchmark.matching import calibration  # noqa: E402
from benchmark.matching.features import _frame  # noqa: E402
from matching_eval import DEFAULT_DATA, VIEW_KINDS, imported, linkage_views, scores, workspace_frames  # noqa: E402

DEFAULT_VIEWS = [f"{name}-{kind}" for kind in ("tenth", "apart")
                 for name in ("amazon-google", "walmart-amazon", "wdc-test-catalogues", "wdc-valid-catalogues")]
DEFAULT_VIEWS += ["wdc-test-catalogues", "wdc-valid-catalogues"]


def matched_pairs(found, keys: dict) -> set:
    rows = found[found.status == "matched"]
    return {(sku, keys[pid]) for sku, pid in zip(rows.sku, rows.competitor_product_id)}


def right_share_bound(right: int, found: int) -> float:
    """The 95% lower bound (one-sided Clopper-Pearson) of the share right, `right` of `found`:
    one minus the calibration's upper bound of the share wrong (0 with nothing found)."""
    return 1 - calibration.chance_bound(found - right, found) if found else 0.0


def gate(data, tmp: Path) -> str:
    ours, theirs = workspace_frames(imported(data, tmp))
    keys = dict(zip(theirs.competitor_product_id, theirs.key))
    read: dict = {}

    def reading(tests, floor, match_threshold):
        evidence = calibration.wording_evidence(tests, floor, match_threshold)
        read.update(tests=tests, evidence=evidence, floor=tests.floor(floor), threshold=match_threshold)
        return evidence

    def open_gate(tests, floor, match_threshold):
        return calibration.WordingEvidence(found=1, decoy_wrong=0, made=1, chance_wrong=0.0)

    kept = matching.wording_evidence
    try:
        matching.wording_evidence = reading
        found = matching.match_products(ours, theirs)
        matching.wording_evidence = open_gate
        forced = matching.match_products(ours, theirs)
    finally:
        matching.wording_evidence = kept
    tests, evidence = read["tests"], read["evidence"]
    # The rows and columns of the tests number the products as the matcher's frames do.
    skus = _frame(ours, "sku").sku.tolist()
    pids = _frame(theirs, "competitor_product_id").competitor_product_id.tolist()
    right = np.array([(skus[i], keys[pids[j]]) in data.truth for i, j in zip(tests.rows, tests.cols)], dtype=bool)
    passing = tests.wanted(read["floor"]) & (tests.scores < read["threshold"])
    candidates = passing & tests.each_others_best
    sure = tests.scores >= read["threshold"]
    once = calibration._decoys(tests.rows, tests.cols, tests.scores, passing, 1, sure=sure, writing=tests.writing)
    twice = calibration._decoys(tests.rows, tests.cols, tests.scores, passing, 2, sure=sure, writing=tests.writing)
    # Candidates both of whose products prefer the other to their next choice by 0.1 or more.
    margins = calibration.calibration_signals(list(zip(tests.rows.tolist(), tests.cols.tolist())), tests.scores)
    clear = candidates & (margins[:, 1] >= 0.1) & (margins[:, 2] >= 0.1)
    found_count, right_count = int(candidates.sum()), int((candidates & right).sum())
    per_decoy = found_count / evidence.decoy_wrong if evidence.decoy_wrong else float("inf")
    thinned = (f"{evidence.thinned_wrong / found_count:.2f}" if found_count and np.isfinite(evidence.thinned_wrong)
               else "not read")
    right_bound = right_share_bound(right_count, found_count)
    pairs = matched_pairs(found, keys)
    figure = (f"F1 {scores(pairs, data.truth)[2]:.3f}" if data.truth else "no true pair")
    forced_pairs = matched_pairs(forced, keys)
    forced_figure = (f"F1 {scores(forced_pairs, data.truth)[2]:.3f}" if data.truth else "")
    second = found[found.reason.str.startswith(matching.SECOND_ROUND_CLAUSE)]
    second_right = sum((sku, keys[pid]) in data.truth for sku, pid in zip(second.sku, second.competitor_product_id))
    return (f"{data.name}: {len(pairs)} pairs matched, {figure}\n"
            f"  candidates {int(candidates.sum())} ({int((candidates & right).sum())} in the truth); "
            f"decoy once ours / theirs {once[0]} / {once[1]}, twice {twice[0]} / {twice[1]}, "
            f"read as {evidence.decoy_wrong} wrong (shares products: {evidence.shares_products}); "
            f"with both margins 0.1 or more {int(clear.sum())} ({int((clear & right).sum())} in the truth)\n"
            f"  chance null {evidence.chance_wrong:.0f} wrong of {evidence.made} made, "
            f"thinned decoy {evidence.thinned_wrong:.0f} (beats chance: {evidence.beats_chance}); "
            f"wording {'speaks' if evidence.speaks else 'shut'}\n"
            f"  candidates per wrong pair by the decoy {per_decoy:.2f}, thinned decoy's wrong pairs per candidate "
            f"{thinned}; right, from the truth, at least {right_bound:.2f} of them (95%)\n"
            f"  forced open: {len(forced_pairs)} pairs matched, {forced_figure or 'all wrong'}\n"
            f"  second round: {len(second)} proposed ({second_right} in the truth)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--only", nargs="+", default=DEFAULT_VIEWS, help="views by name, as matching_eval.py prints them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        views = {v.name: v for v in linkage_views(args.data, {"sets", *VIEW_KINDS}, Path(folder))}
        if unknown := [name for name in args.only if name not in views]:
            parser.error(f"--only: no view named {', '.join(unknown)}")
        for name in args.only:
            with tempfile.TemporaryDirectory() as tmp:
                print(gate(views[name], Path(tmp)), flush=True)


if __name__ == "__main__":
    main()
