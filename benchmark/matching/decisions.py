"""A person's decisions: the confirmed and rejected pairs of one competitor,
read once into the rows of the frames being matched (layer 1 of
`benchmark.matching`).

A person's decision wins over the matcher and survives every re-match
(README, "Matching"), so every later stage asks the same small object rather
than the decisions frame: the assignment (a product of ours a person
confirmed a listing for keeps it, and takes only that listing's
duplicates; a rejection also holds for the same product listed again), the
learnt model (the answers it is fitted to) and the second round (a
rejected pair is never proposed again). Decisions about products that are
not in these frames are kept as keys, so that a re-match of part of a
catalogue still honours them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

DECISION_COLUMNS = ["sku", "competitor_product_id", "status"]
# An optional column of a rejected row: the competitor_product_ids of the listings the person told the rejected
# one apart from (an iterable, or None), which the rejection does not reach (`Decisions.apart`).
TOLD_APART = "told_apart"


@dataclass(frozen=True)
class Decisions:
    """What a person said about one competitor's pairs, by key and by row.

    `rejected`: the (sku, competitor_product_id) pairs rejected, by key;
    `taken_theirs`: the listings a person confirmed for a product of ours,
    by key (never matched to another of ours); `decided`: (our row, their
    row) -> confirmed, for the pairs in these frames; `anchors`: our rows a
    person confirmed listings for -> the rows of those listings here (an
    empty list when none is in these frames: the product is still taken);
    `refused`: our rows -> the rows of the listings a person rejected for it;
    `taken_rows`: the rows of `taken_theirs` in these frames; `apart`: (our row, the rejected listing's
    row) -> the rows of listings the person told the rejected one apart from (TOLD_APART), which the
    rejection does not reach however alike the matcher reads the two (`assignment._rejection_reaches`)."""

    rejected: frozenset
    taken_theirs: frozenset
    decided: dict[tuple[int, int], bool]
    anchors: dict[int, list[int]]
    refused: dict[int, list[int]]
    taken_rows: list[int]
    apart: dict[tuple[int, int], frozenset[int]] = field(default_factory=dict)

    def rejects(self, sku: object, pid: object) -> bool:
        """Did a person reject this pair?"""
        return (sku, pid) in self.rejected

    def taken(self, pid: object) -> bool:
        """Did a person confirm this listing for a product of ours?"""
        return pid in self.taken_theirs

    def rejected_scores(self, pairs: list[tuple[int, int]], scores) -> dict[tuple[int, int], float]:
        """The score of each rejected pair among `pairs` (by rows), as `scores` holds it by position."""
        if all(self.decided.values()):
            return {}  # no rejection here: no pass over every candidate pair
        return {pair: float(scores[n]) for n, pair in enumerate(pairs) if self.decided.get(pair) is False}


def read_decisions(decisions: pd.DataFrame | None, skus: list, pids: list) -> Decisions:
    """The confirmed and rejected rows of `decisions` (columns DECISION_COLUMNS; any
    other status is ignored), placed on the rows of our `skus` and their `pids`."""
    if decisions is None:
        decisions = pd.DataFrame(columns=DECISION_COLUMNS)
    sku_index = {s: i for i, s in enumerate(skus)}
    pid_index = {p: j for j, p in enumerate(pids)}
    rejected = set()
    confirmed_with: dict[object, list] = defaultdict(list)
    taken_theirs = set()
    decided: dict[tuple[int, int], bool] = {}
    for sku, pid, status in zip(decisions.sku, decisions.competitor_product_id, decisions.status):
        if status == "rejected":
            rejected.add((sku, pid))
        elif status == "confirmed":
            confirmed_with[sku].append(pid)
            taken_theirs.add(pid)
        else:
            continue
        if sku in sku_index and pid in pid_index:
            decided[(sku_index[sku], pid_index[pid])] = status == "confirmed"
    anchors = {sku_index[sku]: [pid_index[p] for p in confirmed if p in pid_index]
               for sku, confirmed in confirmed_with.items() if sku in sku_index}
    refused: dict[int, list[int]] = defaultdict(list)
    for sku, pid in rejected:
        if sku in sku_index and pid in pid_index:
            refused[sku_index[sku]].append(pid_index[pid])
    apart: dict[tuple[int, int], frozenset[int]] = {}
    if TOLD_APART in decisions.columns:
        for sku, pid, status, others in zip(decisions.sku, decisions.competitor_product_id, decisions.status,
                                            decisions[TOLD_APART]):
            if status == "rejected" and sku in sku_index and pid in pid_index and isinstance(others, Iterable):
                rows = frozenset(pid_index[p] for p in others if p in pid_index)
                if rows:
                    apart[(sku_index[sku], pid_index[pid])] = rows
    return Decisions(frozenset(rejected), frozenset(taken_theirs), decided, anchors, dict(refused),
                     [pid_index[p] for p in taken_theirs if p in pid_index], apart)
