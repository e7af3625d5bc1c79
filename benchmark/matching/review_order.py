"""The order in which proposed pairs are put to a person: one function,
`review_queue`, used by `matches export` and by the web review queue.

An answer is worth most where the matcher is least sure (`review_priority`:
1 on the match threshold, less the further a score is from it; for a
wording candidate under its competitor's floor, on that floor: `pair_boundary`), and worth
less the more answers the person has already given about pairs of the same
kind: a queue sorted by closeness to the boundary alone puts near-copies
side by side (the six colours of one case, ten team sleeves of one maker),
and the person answers one question many times over while other kinds of
pair are never asked about. So each proposal's worth is its priority
divided by one plus the number of proposals of its kind with a higher
priority, and by one plus the number of those for the same product of ours
(the listings of one product are near-copies of one question too). The
queue takes the most worth first.

A pair's kind is what decided its score, read from its reason: the method
(GTIN, MPN, model code, wording) and the head of each clause the scoring
wrote ("colours differ", "MPNs of different kinds", "the same product as
their listing", "prices ... apart"), without the values (codes, numbers,
names, which differ on every pair). So the kinds are those of whatever the
scoring says, on any catalogue; nothing here lists them, and a clause added
to the scoring one day makes its own kind. The title similarity clause is
on every pair and says nothing of its kind.

Why divided by the count and no more: one answer about a kind teaches the
most, a second half as much again, a tenth little; no constant is fitted to
a data set (the harmonic weights are the plainest diminishing return).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from benchmark.matching.answers import FLOOR_CLAUSE

# A quoted name in a reason ("the same product as their listing "..."").
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
# The boundary a proposal under its competitor's wording floor carries in its reason (answers.FLOOR_CLAUSE).
_FLOOR = re.compile(re.escape(FLOOR_CLAUSE.split("{")[0]) + r"([01](?:\.\d+)?)")
# Characters that start a clause's value rather than its words: a bracketed note, a quote left open.
_VALUE_START = "\"'(“‘["


def pair_boundary(reason: str | None, match_threshold: float) -> float:
    """The score where the matcher's decision on a pair flips: the match
    threshold, or, for a wording candidate under its competitor's floor
    (`answers.FLOOR_CLAUSE` in its reason), that floor."""
    found = _FLOOR.search(reason or "")
    return float(found.group(1)) if found else match_threshold


def review_priority(score: float, match_threshold: float = 0.85) -> float:
    """How much a person's answer on a proposed pair is worth, 0..1: 1 on the
    decision boundary (the match threshold, which is also where a learnt
    model says 50%), less the further the score is from it, on each side's
    own scale (0.95 is far above 0.85; 0.75 not far below it)."""
    below, above = max(match_threshold, 1e-9), max(1 - match_threshold, 1e-9)
    distance = (match_threshold - score) / below if score < match_threshold else (score - match_threshold) / above
    return round(max(0.0, 1.0 - distance), 4)


def clause_head(clause: str) -> str:
    """The words that name a reason's clause, before its values: "colours
    differ: black vs blue" -> "colours differ"; "same model code xmp3i" ->
    "same model code"; "prices 3.1x apart" -> "prices"."""
    words = []
    for word in _QUOTED.sub(" ", clause).split():
        if any(c.isdigit() for c in word) or word[0] in _VALUE_START:
            break
        words.append(word.rstrip(":,"))
        if word.endswith((":", ",")):
            break
    return " ".join(words)


def pair_kind(method: str, reason: str | None) -> tuple[str, ...]:
    """The method and the clause heads of a pair's reason, sorted (the
    title similarity's clause, on every pair, left out)."""
    # Quoted names first: a product's name may hold "; " itself.
    heads = {clause_head(c) for c in _QUOTED.sub(" ", reason or "").split("; ")} - {"titles", ""}
    return (method or "", *sorted(heads))


def review_queue(proposals: Sequence[dict], match_threshold: float, answered: Iterable[dict] = ()) -> list[int]:
    """The positions of `proposals` (dicts with score, sku, method, reason and,
    with several competitors, competitor) in the order a person should answer
    them (see the module docstring). `answered`: the pairs a person has
    decided already (same keys but score), which count as answers about
    their kind and product, so the queue moves on from what was asked
    before. Kinds and products are counted per competitor: what a person's
    answers teach is learnt per competitor. Ties go to the higher score, then
    to our sku, then to the given order, so the order is the same on every call."""
    def tie(n: int) -> tuple:
        return -proposals[n]["score"], str(proposals[n]["sku"]), n

    def kind(pair: dict) -> tuple:
        return pair.get("competitor"), *pair_kind(pair.get("method"), pair.get("reason"))

    def product(pair: dict) -> tuple:
        return pair.get("competitor"), pair["sku"]

    answered = list(answered)
    seen_kind: Counter = Counter(map(kind, answered))
    seen_product: Counter = Counter(map(product, answered))
    priority = [review_priority(p["score"], pair_boundary(p.get("reason"), match_threshold)) for p in proposals]
    # A proposal's worth falls with the answers about its kind, and its
    # product, and with the proposals of both that are worth more to begin
    # with (of a higher priority).
    worth = [0.0] * len(proposals)
    for n in sorted(range(len(proposals)), key=lambda n: (-priority[n], *tie(n))):
        k, item = kind(proposals[n]), product(proposals[n])
        worth[n] = priority[n] / ((1 + seen_kind[k]) * (1 + seen_product[item]))
        seen_kind[k] += 1
        seen_product[item] += 1
    return sorted(range(len(proposals)), key=lambda n: (-worth[n], *tie(n)))
