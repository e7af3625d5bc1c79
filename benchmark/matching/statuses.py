"""The status (matched / proposed) and reason of each pair kept,
and the second round's proposals among the products left unmatched.

The assignment (`assignment.assign`) says which pairs are kept and how each
stands to the others: the listing it duplicates, our product whose twin it
is. What that makes of a pair is decided here, in one place, because every
rule of the earlier layers ends up as a clause of a reason a person reads
in the review queue, and `bench/matching_misses.py` sorts pairs by those
clauses (the *_CLAUSE names below). A pair's own evidence (its score, the
calibration's flags) comes first; then what its place among the kept
pairs adds or takes away: another colour of a listing our product took is
proposed, a duplicate of a listing a person confirmed is matched with it, a
listing taken as our twin's is matched only where our twin's pair was;
last, a listing whose title says it is used, refurbished or open box against
our new product (or ours used against their new listing) is proposed, never
matched (`Conditions`), and so is a listing whose title is that of another
listing our product took with words added after a dash or a plus, which our
title does not write: the shop's used piece, pack or kit of it, in whatever
language (`tails`). None of these rules names a catalogue's words: the
first read the comparison's own verdicts between two products of one side,
`tails` the shape of one shop's titles, the last a trade's fixed condition
words (`benchmark/_text/conditions.py`).
"""

from __future__ import annotations

import pickle
import tempfile
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO

import numpy as np

from benchmark._text.conditions import listing_condition
from benchmark.matching._processes import (PARALLEL_MIN_ROWS, _SHARED, WorkerLost, _Background, _forks,
                                           _heap_trimmed, _in_background)
from benchmark.matching.answers import FLOOR_CLAUSE
from benchmark.matching.assignment import _quote, _rejection_reaches
from benchmark.matching.decisions import Decisions
from benchmark.matching.scoring import _METHODS
from benchmark.matching.tails import ShopTitles, set_apart

# The clauses a pair's reason opens with, besides the comparison's own, named once so that what
# sorts reasons by them (bench/matching_misses.py) reads what is written here. Outermost first, as
# they are put before one another: the same product as our twin (then its name), as their listing
# (then its name), another listing of our product, each other's best by wording, a listing left free.
TWIN_CLAUSE = "the same product as our "
SAME_LISTING_CLAUSE = "the same product as their listing "
# Proposed only: another colour, size or capacity of the listing our product took (`assignment._DuplicateListings`),
# or another offer of it, its title with words added after a dash or a plus (a used piece, a pack, a kit: `tails`).
# One clause for both: one kind of question in the review queue (`review_order`), "is this listing ours?".
VARIANT_CLAUSE = "another variant of their listing "
ANOTHER_LISTING_CLAUSE = "their listing's best match, by wording, with no conflict: another listing of our product, "
WORDING_CLAUSE = "each other's best match, by wording, with no conflict; "
# Proposed only: a wording candidate where this competitor's data shows its wording matches right more often than
# not, but does not prove it (`calibration.WordingEvidence.worth_asking`).
UNPROVEN_CLAUSE = ("each other's best match, by wording, with no conflict; this competitor's data does not yet show its "
                   "wording matches right, so a person decides; ")
# A flagged pair (`calibration.mirrored_matches`) matched where the listing was left free.
LEFT_FREE_CLAUSE = ("our product's best match, by wording, with no conflict; the listing's better match of ours took "
                    "another listing; ")
# Proposed only: our product's sure match that a rejection of its copy took out (`assignment.undone_matches`).
REJECTED_COPY_CLAUSE = "sure by the comparison, but the same product as a listing a person rejected for ours, "
# Proposed only: one side says it is used, refurbished or open box and the other does not
# (`Conditions`), with the word it writes (their listing's, or ours).
# The parenthesis holds the title's word quoted ('("occasion")'), or what the shop states ('(the shop
# states "refurbished")', STATED).
USED_CLAUSE = "a used listing ({}) against our new product: never matched by the matcher, a person decides; "
OUR_USED_CLAUSE = "our product is used ({}), their listing new: never matched by the matcher, a person decides; "
STATED = 'the shop states "{}"'
# A pair `calibration.second_round` finds among the products the first round left unmatched (proposed only).
SECOND_ROUND_CLAUSE = "each other's best match among the products left unmatched, by wording, with no conflict; "
MATCH_COLUMNS = ["sku", "competitor_product_id", "method", "score", "status", "reason"]
OUTPUT_COLUMNS = [*MATCH_COLUMNS, "equivalent"]


@dataclass(frozen=True)
class Products:
    """Both sides' keys and names, by row: what a row of the output names; and the condition each
    side's shop states (None where it states none)."""

    skus: list
    pids: list
    our_names: list
    their_names: list
    our_conditions: list
    their_conditions: list


@dataclass(frozen=True)
class Readings:
    """What the calibration and a person's answers said of each candidate pair
    (arrays by the pair's position): matched by wording (`by_wording`), another
    listing of our product (`listed_again`), our catalogue's twin flagged
    (`mirrored`), a wording candidate under the `floor` (`below_floor`), or,
    where the gate's bounds do not let wording match (`unproven`), one the
    data shows right more often than not, both proposed; and the learnt
    model's note on the pairs it raised (`learnt_notes`)."""

    by_wording: np.ndarray
    listed_again: np.ndarray
    mirrored: np.ndarray
    below_floor: np.ndarray
    floor: float
    learnt_notes: dict[int, str]
    unproven: bool = False


def chosen_rows(chosen: list, readings: Readings, products: Products, comparison_reason: Callable[[int], str],
                same, confirmed: set[int], conditions: Conditions, match_threshold: float,
                review_threshold: float) -> tuple[list[tuple], dict[tuple[int, int], tuple[bool, float]]]:
    """The output rows (OUTPUT_COLUMNS) of the pairs `assignment.assign` kept,
    and (ours, listing) -> (matched, score) of each.

    `same`: the `_DuplicateListings` of their catalogue the assignment used;
    `confirmed`: our products a person confirmed a listing for; `conditions`: each side's condition."""
    rows, kept = [], {}
    # The listings each product of ours took, for `tails`: another of them this one extends.
    taken: dict[int, list[int]] = {}
    for row, *_ in chosen:
        taken.setdefault(row[1], []).append(row[2])
    for (score, i, j, method, n, equivalent, ambiguous), duplicate_of, twin_of in chosen:
        matched, reason = _own_evidence(score, n, twin_of, ambiguous, readings, match_threshold, review_threshold)
        reason += comparison_reason(n)
        if duplicate_of is not None and not readings.listed_again[n] and same.variant_for(
                i, duplicate_of, j, score >= match_threshold or i in confirmed):
            # Another colour, size or capacity of the listing our product took:
            # the shop lists them apart, so neither that listing nor a person's
            # confirmation of it vouches for this one, nor do titles alike
            # enough for a match (the two listings' are too). A person is
            # asked, unless the listing carries our GTIN or MPN: that names
            # which variant it is, as it outweighs a rejection (`assign`).
            matched = matched and method in ("gtin", "mpn")
            reason = VARIANT_CLAUSE + f"{_quote(products.their_names[duplicate_of])}; " + reason
        elif duplicate_of is not None:
            by_person = i in confirmed
            # A person's confirmation of the other listing vouches for this one: it
            # is matched from the review threshold up, not only from the match threshold.
            matched = matched or (by_person and not ambiguous)
            if readings.listed_again[n] and not same(duplicate_of, j):
                reason = ANOTHER_LISTING_CLAUSE + f"besides {_quote(products.their_names[duplicate_of])}; " + reason
            else:
                reason = (SAME_LISTING_CLAUSE + _quote(products.their_names[duplicate_of])
                          + f"{' (confirmed by a person)' if by_person else ''}; " + reason)
        if twin_of is not None:
            # The listing is as like this product as like our twin it was matched to: matched too.
            twin_matched, twin_score = kept[(twin_of, j)]
            matched = matched or (twin_matched and score >= twin_score and not ambiguous)
            if not matched:
                continue  # a person asked about our twin's pair answers this one: not asked twice
            reason = TWIN_CLAUSE + f"{_quote(products.our_names[twin_of])}; " + reason
        unlike = conditions.clause(i, j)
        if unlike:
            matched, reason = False, unlike + reason
        elif matched and method not in ("gtin", "mpn"):
            # Another offer of a listing our product took (or a person confirmed): used, a pack, a
            # kit. Read only where it takes a match away: a proposal's reason, which orders the
            # review queue by its clauses (`review_order`), reads as before.
            siblings = [k for k in taken[i] if k != j] + ([duplicate_of] if duplicate_of not in (None, j, *taken[i])
                                                         else [])
            names = products.their_names
            extended = set_apart(names[j], [names[k] for k in siblings], products.our_names[i]) if siblings else None
            if extended is not None:
                if duplicate_of is not None:
                    # Not the same product as that listing, as the assignment read it: another offer of it.
                    same_listing = (SAME_LISTING_CLAUSE + _quote(products.their_names[duplicate_of])
                                    + f"{' (confirmed by a person)' if i in confirmed else ''}; ")
                    reason = reason.removeprefix(same_listing)
                matched, reason = False, VARIANT_CLAUSE + f"{_quote(extended)}; " + reason
        kept[(i, j)] = (matched, score)
        status = "matched" if matched else "proposed"
        rows.append((products.skus[i], products.pids[j], method, round(score, 4), status, reason, equivalent))
    return rows, kept


class Conditions:
    """The condition each side's shop states, else the one its title says
    (`conditions.listing_condition`), read once a product, and the clause of a pair whose one side
    is used and the other new.

    A used, refurbished or open-box listing is another product than a new one for every figure a
    retailer reads: its price (a half or two thirds of the new one's) would say a competitor
    undercuts us, and a further listing carrying our model number says nothing of the new one.
    So the pair is never matched on the comparison's evidence, however sure (a model code both
    write, titles alike but for the word); it is put to a person, who sees the word: a person
    decides what no score can. Both sides used (our own refurbished range against theirs) is a
    pair like any other. The rule reads no catalogue's words or scores: the condition words are
    a trade's fixed vocabulary (`benchmark/_text/conditions.py`).

    For the same reason a person's rejection of such a pair teaches the learnt model and the
    wording boundary nothing (`answers_to_learn_from`): it may say "not new" as well as "another
    product", and the condition is what no feature of the comparison reads. Fitted to a rejected
    used listing whose title is ours but for "Used", the model learnt that titles that alike can
    be two products and matched fewer alike pairs elsewhere. A confirmation is still read: a
    person who saw the listing is used and confirmed it says the titles name one product, which is
    what the model learns. (Leaving out both was measured and not kept: the WDC catalogues'
    figures after answers moved -0.005 to +0.002, bench/history/matching.md, twenty-seventh
    session.)

    So is a rejection of their listing that is another listing of theirs with words added after a
    dash or a plus (`tails`: a used piece, a pack, a kit of it, in any language), where that other
    listing is one our product holds: a person confirmed it for our product, or the comparison reads
    our product at least as close to it as to the one rejected (the listing the assignment gives
    our product first, and the one `chosen_rows` reads such a tail beside). The rejection then says
    "another offer of our product", which no feature reads either. Learnt from, the one such
    rejection the first hundred answers on Walmart-Amazon without MPNs hold ("Microsoft LifeCam
    VX-800 - Web camera - color - ..." beside "Microsoft LifeCam VX-800 - Black ...", 0.98 and 0.99)
    took 0.001 off that view's figure after answers. Where our product is closer to the listing with
    the tail than to the other one, the rejection says what any rejection says, "this listing is
    not our product", and is learnt from: read against any listing of the shop that starts alike,
    it left out a WDC catalogue's rejected "Apple AirPods with Charging Case - (Brand New)" (0.67)
    because the shop also lists "... (Latest Model)", which our product did not hold (0.64), and
    with it the one answer that moved four figures after answers by 0.001-0.002
    (bench/history/matching.md, answers10)."""

    def __init__(self, products: Products) -> None:
        self.products = products
        self.ours: dict[int, str | None] = {}
        self.theirs: dict[int, str | None] = {}
        self.shop = ShopTitles(products.their_names)
        self._ahead: tuple[_Background, IO[bytes]] | None = None

    def read_ahead(self, pairs: list, scores: np.ndarray, review_threshold: float, workers: int) -> None:
        """Start reading the conditions of the products of the pairs scored from `review_threshold`
        up in a forked process, which `clause` waits for.

        `clause` reads them for the pairs kept, after the calibration and the assignment: those run
        in this process alone while the other core waits, and at 100,000 x 100,000 the reading was
        a third of the time after the comparison (bench/history/match-speed.md, thirty-third
        session). The pairs kept are nearly all among these; a product not read ahead is read
        here, as before, and so is every product if the forked process is lost. The same readings
        either way: `_read` of a name and its stated condition, and nothing else. With one worker,
        catalogues smaller than PARALLEL_MIN_ROWS or no fork, nothing is read ahead: read here, the
        products of those pairs are more than the kept pairs'."""
        n = len(self.products.our_names) + len(self.products.their_names)
        if not _forks(n, workers, PARALLEL_MIN_ROWS):
            return
        try:
            # The readings come back through an unnamed file, not the pipe: more than a pipe holds, they
            # left the forked process in its send until `clause` asked, and meanwhile every page this
            # process wrote (the calibration, the assignment) was copied for the two (at 100,000 x 100,000
            # the tree's PSS in the assignment rose to the comparison's peak, 1,378 MB). A thread of this
            # process that received them at once freed it, but `os.fork` warns where a second thread
            # lives (Python 3.12 and later), and another match's fork may follow within that time.
            into = tempfile.TemporaryFile()
        except OSError:
            return  # no temporary file: read here, as without a fork
        # What this process freed is given back first, so that what it allocates there meanwhile is not copied.
        _heap_trimmed()
        ahead = _in_background(_conditions_task, n, workers, PARALLEL_MIN_ROWS, products=self.products,
                               pairs=pairs, scores=scores, threshold=review_threshold, into=into)
        # Stopped when the matcher is done with these (an error, or a return before any pair's clause is read).
        weakref.finalize(self, ahead.cancel)
        self._ahead = (ahead, into)

    def clause(self, i: int, j: int) -> str:
        """The clause a pair of our product i and their listing j opens with, or ''."""
        if self._ahead is not None:
            (ahead, into), self._ahead = self._ahead, None
            with into:
                try:
                    written = ahead.result()
                except WorkerLost:
                    written = False  # killed (most often for lack of memory): every product is read here, as without it
                if written:
                    try:
                        into.seek(0)
                        ours, theirs = pickle.load(into)
                    except OSError:
                        pass  # the file cannot be read back: every product is read here, as without it
                    else:
                        self.ours.update(ours)
                        self.theirs.update(theirs)
        if i not in self.ours:
            self.ours[i] = _read(self.products.our_names[i], self.products.our_conditions[i])
        if j not in self.theirs:
            self.theirs[j] = _read(self.products.their_names[j], self.products.their_conditions[j])
        ours, theirs = self.ours[i], self.theirs[j]
        if theirs and not ours:
            return USED_CLAUSE.format(theirs)
        if ours and not theirs:
            return OUR_USED_CLAUSE.format(ours)
        return ""

    def answers_to_learn_from(self, decided: dict[tuple[int, int], bool], pairs: list[tuple[int, int]],
                              scores: np.ndarray) -> dict[tuple[int, int], bool]:
        """The answers among `decided` ((our row, their row) -> confirmed) the learning reads: all
        but the rejections of pairs whose one side is used and the other new, or whose listing is
        another offer of a listing our product holds (`another_offer`). `pairs` and their hand-set
        `scores`: the candidate pairs compared, the decided ones among them."""
        kept: dict[tuple[int, int], bool] = {pair: confirmed for pair, confirmed in decided.items()
                                             if confirmed or not self.clause(*pair)}
        offers = {pair: extended for pair, confirmed in kept.items() if not confirmed
                  for extended in [self._extended(*pair)] if extended}
        if not offers:
            return kept
        # The hand-set score of each candidate pair of our products rejected beside such a sibling:
        # one pass over the pairs, only where a rejection has one.
        rows = {i for i, _ in offers}
        score = {pair: float(scores[n]) for n, pair in enumerate(pairs) if pair[0] in rows}
        for (i, j), siblings in offers.items():
            if self.another_offer(i, j, siblings, decided, score):
                del kept[(i, j)]
        return kept

    def another_offer(self, i: int, j: int, siblings: list[int], decided: dict[tuple[int, int], bool],
                      score: dict[tuple[int, int], float]) -> bool:
        """Is their listing j another offer of a listing our product i holds: one of `siblings` (the
        shop's listings j extends, `_extended`) that a person confirmed for i, or that the comparison
        reads i at least as close to as to j (`score`: hand-set scores by pair)?"""
        rejected = score.get((i, j))
        return any(decided.get((i, k)) or (rejected is not None and score.get((i, k), -1.0) >= rejected)
                   for k in siblings)

    def _extended(self, i: int, j: int) -> list[int]:
        """The rows of their listings that their listing j extends with words our product i's title
        does not write (`tails.set_apart`), whichever listing our product holds; [] for none."""
        names = self.products.their_names
        siblings = self.shop.sibling_rows(names[j])
        return [k for k in siblings if set_apart(names[j], [names[k]], self.products.our_names[i]) is not None]


def _conditions_task() -> bool:
    """`_read` of our products and their listings in the pairs of `_SHARED` scored from its threshold
    up (`Conditions.read_ahead`): row -> reading, of each side, pickled into `_SHARED["into"]`; whether
    they were written.

    A write that fails (a full temporary directory, a quota) gives the read-ahead up, not the match:
    raised, it reached the first clause as the match's error, though every product can still be read
    there, as with one worker. An error of the reading itself is raised (it would be raised there too)."""
    products, pairs, threshold = _SHARED["products"], _SHARED["pairs"], _SHARED["threshold"]
    ours: set[int] = set()
    theirs: set[int] = set()
    for n in np.flatnonzero(_SHARED["scores"] >= threshold).tolist():
        i, j = pairs[n]
        ours.add(i)
        theirs.add(j)
    readings = ({i: _read(products.our_names[i], products.our_conditions[i]) for i in ours},
                {j: _read(products.their_names[j], products.their_conditions[j]) for j in theirs})
    into = _SHARED["into"]
    try:
        pickle.dump(readings, into, protocol=pickle.HIGHEST_PROTOCOL)
        # This process ends by `os._exit`, which flushes no buffer.
        into.flush()
    except OSError:
        return False
    return True


def _read(name: object, stated: object) -> str | None:
    """What a pair's clause says of one side that is not new (the condition its shop states, else the
    word its title writes, quoted), or None for a new one."""
    word = listing_condition(name, stated)
    if word is None:
        return None
    return STATED.format(word) if word == stated else f'"{word}"'


def _own_evidence(score: float, n: int, twin_of: int | None, ambiguous: bool, readings: Readings,
                  match_threshold: float, review_threshold: float) -> tuple[bool, str]:
    """Is pair n matched on its own evidence, and the clauses that say why
    (before the comparison's reason)?"""
    by_wording, mirrored = readings.by_wording[n], readings.mirrored[n]
    # A flagged pair our product took one-to-one (the listing left free) is
    # matched from the review threshold up; taken as our twin's, at any score.
    matched = (score >= match_threshold or by_wording or readings.listed_again[n]
               or (mirrored and (twin_of is not None or score >= review_threshold))) and not ambiguous
    clause = (WORDING_CLAUSE if by_wording and score < match_threshold
              else LEFT_FREE_CLAUSE if mirrored and twin_of is None and matched and score < match_threshold
              else UNPROVEN_CLAUSE if readings.below_floor[n] and not matched and readings.unproven
              else FLOOR_CLAUSE.format(readings.floor) if readings.below_floor[n] and not matched
              else "")
    return matched, clause + readings.learnt_notes.get(n, "")


def left_unmatched(kept: dict[tuple[int, int], tuple[bool, float]], decisions: Decisions, n_ours: int,
                   n_theirs: int) -> tuple[np.ndarray, np.ndarray]:
    """Our products and their listings that no kept pair matched and no person
    confirmed a pair for: where the second round looks."""
    left_ours = np.ones(n_ours, dtype=bool)
    left_theirs = np.ones(n_theirs, dtype=bool)
    for (i, j), (matched, _) in kept.items():
        if matched:
            left_ours[i] = left_theirs[j] = False
    left_ours[list(decisions.anchors)] = False
    left_theirs[decisions.taken_rows] = False
    return left_ours, left_theirs


def undone_rows(undone: dict[int, int], pairs: list, kept: dict, left_ours: np.ndarray, left_theirs: np.ndarray,
                products: Products, comparison_reason: Callable[[int], str], methods: np.ndarray, scores: np.ndarray,
                equivalents: np.ndarray) -> list[tuple]:
    """The output rows of the matches a rejection of their copy took out
    (`assignment.undone_matches`: position -> the listing rejected), all
    proposed, where no matched pair took either product; each is added to
    `kept`, unmatched."""
    rows = []
    for n, rejected in sorted(undone.items()):
        i, j = pairs[n]
        if (i, j) in kept or not (left_ours[i] and left_theirs[j]):
            continue
        kept[(i, j)] = (False, float(scores[n]))
        rows.append(_proposed_row(n, pairs, products, methods, scores, equivalents, REJECTED_COPY_CLAUSE
                                  + f"{_quote(products.their_names[rejected])}; " + comparison_reason(n)))
    return rows


def second_round_rows(found: Iterable[int], pairs: list, kept: dict, decisions: Decisions, same,
                      products: Products, comparison_reason: Callable[[int], str], methods: np.ndarray,
                      scores: np.ndarray, equivalents: np.ndarray) -> list[tuple]:
    """The output rows of the pairs `calibration.second_round` found (positions
    in `pairs`), all proposed: a pair already kept, or one a person rejected,
    is left out, and so is our product's pair with the same product as a
    listing a person rejected for it, as in the assignment."""
    rows = []
    for n in found:
        i, j = pairs[n]
        if (i, j) in kept or decisions.rejects(products.skus[i], products.pids[j]):
            continue
        refused = decisions.refused.get(i, ())
        # `same` prefetched only the pairs the assignment saw; these may be under the review threshold.
        same.prefetch([(r, j) for r in refused])
        if any(_rejection_reaches(same, i, r, j) for r in refused):
            continue
        rows.append(_proposed_row(n, pairs, products, methods, scores, equivalents,
                                  SECOND_ROUND_CLAUSE + comparison_reason(n)))
    return rows


def _proposed_row(n: int, pairs: list, products: Products, methods: np.ndarray, scores: np.ndarray,
                  equivalents: np.ndarray, reason: str) -> tuple:
    """The output row (OUTPUT_COLUMNS) of pair n, proposed with `reason`."""
    i, j = pairs[n]
    return (products.skus[i], products.pids[j], _METHODS[methods[n]], round(float(scores[n]), 4), "proposed",
            reason, bool(equivalents[n]))
