"""Calibration, layer 5 of `match_products`: what one competitor's catalogue,
set beside ours, says about how far wording alone can be trusted.

A fixed match threshold on a title similarity cannot hold across catalogues:
two shops that describe software in their own words ("adobe indesign cs3
[mac]" / "indesign cs3 for mac") agree at 0.75 on the same product, while two
electronics listings of one brand and series agree at 0.80 on different
ones. So the threshold keeps its meaning (a pair that scores at or above it
is a match on any data), and a second way to a match is read from the data
in front of the matcher, per competitor:

- **each other's best**: the pair scores higher than any other candidate of
  our product and than any other candidate of their listing (ties are not a
  best). Two catalogues that sell the same product each find it as the other's
  nearest; a product with no counterpart finds a neighbour, and the neighbour
  usually has a nearer one. This is relative to the scores of that
  competitor's own listings, so it moves with how alike a shop's titles are.
  Our product must have had another candidate: the best of one says nothing;
- **no conflict**: none of the signals that say two products differ
  (`scoring.CONFLICTS`: capacities, colours, sibling codes, MPNs...);
- **a score above the competitor's typical wrong best**: at least the lower
  of the review threshold and the median second-best score of our products
  (`typical_wrong_best`: how alike a product of ours is, at best, to a
  listing that is not its counterpart, in this catalogue);
- **prices as far apart as this competitor's are on sure matches**: the
  ratio of the two prices, where both are known, at most the PRICE_QUANTILE
  of the ratios of the pairs matched at the match threshold (at least
  MIN_SURE pairs with both prices; else no price check). A shop that prices
  10% off ours, or a marketplace whose sellers range widely, sets its own
  tolerance. Amounts in two currencies are not compared (as in `scoring`);
- **under the floor, when a second view agrees**: a pair that passes every
  test but the floor is matched when a view of the titles independent of the
  comparison, the cosine of their character 3-5-grams
  (`candidates.character_cosine`, the view of the plain baseline), also
  finds the two each other's unique best among their candidates. The floor
  is a typical wrong best of the whole catalogue; a product worded unlike
  its counterpart ("studyworks! ... middle school math & sci" / "middle
  school math & science") is under it, while two views that read titles
  differently (words and codes against character runs, which take "i copy
  dvds" for "i copydvds") seldom agree on the same wrong neighbour. It
  needs no constant: both tests are each view's own order;
- **only where the data shows them right more often than wrong**
  (`wording_evidence`, read once per competitor). Two products with no
  counterpart on the other side still find a nearest neighbour, and where
  most products have none (a marketplace nine times our size, of which we
  sell a twentieth: Walmart-Amazon; two shops that sell nothing alike),
  such neighbours are often each other's best; where nearly every product
  has one (Amazon-Google, WDC Products offers), each other's best is mostly
  right. How many wrong pairs products without a counterpart make is read
  from two nulls of the data itself, and wording matches are made only
  where both leave them right at least half the time (a pair right with
  probability p raises F1 when p > F1 / 2, so p >= 1/2 never lowers it,
  whatever the recall, which the matcher cannot know):
  - a **decoy**, target-decoy style: the same candidates with each
    product's best taken away, so that none has its counterpart; the pairs
    then each other's best, plus one (as knockoff+ counts its decoys), on
    the side that makes more of them, counted over the products with no
    sure pair (a wording match joins two products whose best is under the
    match threshold, so its wrong pairs are among those; `_decoys`);
  - **chance**: the products of ours whose counterpart is sure (at the
    match threshold), that counterpart taken
    away, are products without one for certain; the share of them that
    still find a wording match is the chance of a wrong one, over the
    products the sure matches leave. It is taken at the upper end of its
    95% confidence interval (Clopper-Pearson, from its two counts), so that
    a handful of sure matches proves nothing and none at all is no
    evidence. Where it cannot carry the matches (no or few sure matches),
    the decoy's count is read again with the factor by which taking a
    second best away thins it in this data (`_thinned_wrong`): the decoy
    alone keeps each product's lesser neighbours, which are each other's
    best about half as often as the best was, and so took two catalogues
    with no product in common for two that share products.
  Each null stands for the products of one side without a counterpart
  (the decoy's count on our side and the chance null for ours, the decoy's
  on their side for their listings), and is read for the share of that
  side's products without a sure pair that lack one, at most
  (`lacking_share`: their best scores against those of sure products with
  their counterpart taken away). Where a competitor carries a tenth of our
  range and every listing of theirs is one of ours, the decoy on their side
  counted wrong pairs of listings that catalogue does not have, and shut
  wording off where its matches were right (tests/test_matching_tenth.py);
  where the counterparts' scores overlap the null's, the share stays 1.
  Each null misses wrong pairs the other sees: the decoy those of
  catalogues that share nothing (it finds about half of them), the chance
  null those of catalogues whose products are alike in series (the WDC
  offers: it takes a tenth of the wording matches for wrong where a third
  are, which the decoy sees). Whether products carry identifiers says
  nothing about it: the WDC offers carry codes on two thirds of their
  products and all have a counterpart; Walmart-Amazon without its
  part-number column carries them on a third of ours and mostly has none
  (an earlier gate opened on the share of products carrying an
  identifier, and failed both ways on these). Which null shuts which
  view of bench/matching_eval.py (`bench/matching_gate.py` prints them):
  both on every Walmart-Amazon view; the chance null and the thinned
  decoy on the catalogues split apart (`-apart`), the decoy too on the WDC
  validation file, not on the test file nor on Amazon-Google's, whose
  sure pairs are mostly the same product its list of true pairs lacks;
  the chance null on the `-tenth` views, the decoy too on the WDC ones. A
  wrong sure pair leaves the decoy as any sure pair does (its products
  are taken, so no wording match is wrong through them): on two
  catalogues that share nothing, the guard is both nulls, not the decoy
  alone (tests/test_matching_small_overlap.py). A person's answers move the
  decoy's verdict (`answers.py`), not the chance null's (answers that
  seemed to vouch for wording against it, on Walmart-Amazon without part
  numbers, added more wrong pairs than right; counting a person's
  confirmations among its sure matches took the very pairs they vouched
  for out of its count, and shut wording on the WDC validation offers
  without currencies after 100 answers: 0.625 -> 0.591). Where the evidence
  is thin, nothing is matched by wording alone: the candidates at the
  review threshold are proposed, as any pair there.

**Style words** (`style_words`): the words a competitor's sure matches
leave on one side only ("jewel case", "software", "[mac]": how one of the
two shops writes titles) name no variant of that competitor's products, so
the "one word differs" conflict leaves them out for its pairs. Read from
the sure matches of one competitor against our catalogue, two shops' ways
of writing; not in a batch of pairs (below), which mixes many shops' (on
the WDC pairs, "dual", "silver", "blue" came out as style words, and F1 fell).

**A batch of pairs** (`batch_matches`, for `score_pairs`): a file of pairs
to judge, each product on one or several rows, has no catalogue around it,
but it is one in small: a product put forward with several candidates chose
among them. The same tests apply with the batch in place of the catalogues
(each other's unique best among their rows, the left product having had a
choice; no conflict; above the batch's median second-best score; prices as
close as on the batch's sure pairs), except the catalogue gate
(`wording_evidence`): a batch holds the candidates someone
put forward for each product, not two catalogues that may have few products
in common. This was developed on the WDC Products test pairs
(see bench/history/matching.md, "Zero-touch and WDC pairs", for the
figures, and for its validation pairs).

**Many-to-one.** A shop may list one product of ours several times (a
marketplace's sellers, editions of one box). A listing whose own best is our
product, which is matched to another listing, is linked too when it passes
the same tests and prefers our product to its next choice by more than our
product prefers its best listing to it (both margins are this data's own),
where the catalogues pass the same gates. Price figures still take one pair
per product and competitor (`analysis.pairs_frame`).

**Both ways** (`mirrored_matches`). Our own catalogue may list one product
twice too (two skus, worded apart: a shop's feed and its own entry, a box
and its jewel case). The same test, mirrored, flags a product of ours whose
own best is a listing that prefers another of ours, by a clearer margin than
the listing's preference (the same cut as above, read the other way). A flag
alone is no link: most such pairs are siblings our catalogue carries and the
competitor does not ("deluxe" beside the plain box, "level 2" beside "level
1"), which is why the mirror of the rule above was first measured and not
kept. The assignment takes a flagged pair only

- where our two products are one product by the comparison of the two with
  each other (`assignment._DuplicateListings` over our catalogue, at the
  match threshold, no conflict, same pack, no variant code): the test that
  makes two of a competitor's listings one product, applied to ours. A
  sibling differs from its product by a word, a number or a code the
  comparison reads as a conflict; a twin does not;
- or where the one-to-one pass left the listing free: the product of ours it
  preferred took a better listing, so the two are each other's best among
  the products left, as a wording match is among all. Such a pair carries no
  evidence read for it (the nulls of `wording_evidence` count the first
  choice only), so it is matched from the review threshold up, where the
  comparison alone would put it before a person; under it, it is proposed.

**The products left** (`second_round`). Each other's best is read among
all of a competitor's listings, so a product of ours whose first choice went
to another product (a sibling both shops sell, another product of ours
titled as that listing is) gets no wording match, though among the products
left it and its own counterpart may be each other's best. The same tests,
read among the products no pair matched, find such pairs, and they are
proposed to a person, not matched. They are a second choice, and the
nulls above vouch for first choices only. Matched, they emptied a small
catalogue's review queue of the answers its learnt model is fitted to, so
that the figure after a person's answers fell (bench/history/matching.md,
ninth session; `bench/matching_gate.py` prints the proposals per view and
how many the truth holds).

No constant here is fitted to a data set: "at least half right" is where a
pair adds to F1 whatever the recall (`wording_evidence`), CONFIDENCE the
usual 95%, PRICE_QUANTILE "9
in 10 sure matches" (the first choice; 0.75 and 0.5 were tried and matched
fewer true pairs on Amazon-Google, the same on Walmart-Amazon), a style word
one that at least half (chance) of the titles writing it, among the sure
matches, leave unshared, seen on STYLE_MIN_PAIRS sure matches at least
(a count to tell a habit from a one-off), and the rest are the user's
thresholds and the data's own order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy.special import betaincinv, gammaincinv

from benchmark._text import Features
from benchmark.matching.candidates import character_cosine, sorted_unique
from benchmark.matching.conflicts import _word_in

# A wording match's prices may be as far apart as this share of the sure matches' are.
PRICE_QUANTILE = 0.9
MIN_SURE = 20


def price_ratios(pairs_rows: np.ndarray, pairs_cols: np.ndarray, ours: list[Features],
                 theirs: list[Features]) -> np.ndarray:
    """max / min of the two prices per pair; NaN where either is unknown or not
    positive, or where both currencies are known and differ (57 DKK against
    28.90 EUR says nothing by its amounts; `scoring` skips its price check there too)."""
    # Per product, then per pair: a catalogue has several times fewer products than candidate pairs.
    a = np.fromiter((f.price for f in ours), dtype=np.float64, count=len(ours))[pairs_rows]
    b = np.fromiter((f.price for f in theirs), dtype=np.float64, count=len(theirs))[pairs_cols]
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.maximum(a, b) / np.minimum(a, b)
    ca = np.array([f.currency or "" for f in ours], dtype=object)[pairs_rows]
    cb = np.array([f.currency or "" for f in theirs], dtype=object)[pairs_cols]
    other_currency = (ca != "") & (cb != "") & (ca != cb)
    ratio[~((a > 0) & (b > 0)) | other_currency] = np.nan
    return ratio


def price_tolerance(ratios: np.ndarray, sure: np.ndarray) -> float:
    """The PRICE_QUANTILE of the price ratios of the sure pairs, or inf with too few of them."""
    known = ratios[sure & ~np.isnan(ratios)]
    return float(np.quantile(known, PRICE_QUANTILE)) if len(known) >= MIN_SURE else float("inf")


def unique_best(keys: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per pair: is it the only pair at the best score of its key (row or
    column)? A tie at the top is no best: two listings equally like ours say
    nothing about which it is."""
    best = np.full(int(keys.max(initial=-1)) + 1, -np.inf)
    np.maximum.at(best, keys, scores)
    at_best = scores == best[keys]
    ties = np.bincount(keys[at_best], minlength=len(best))
    return at_best & (ties[keys] == 1)


# What the calibration reads about a pair, for a model fitted to a person's
# answers: the answers then move this competitor's boundary for wording pairs too.
CALIBRATION_SIGNALS = ("each_others_best", "our_margin", "their_margin")


def _ranked(keys: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per pair, its place among the pairs of its key (row or column) by
    score, best first (0); pairs that tie keep their order."""
    order = np.lexsort((-scores, keys))
    ordered = keys[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]]
    place = np.arange(len(order))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = place - np.maximum.accumulate(np.where(first, place, 0))
    return rank


def _best_of_others(keys: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per pair, the best score of the other pairs of its key (0 without any)."""
    rank = _ranked(keys, scores)
    top, second = np.zeros((2, int(keys.max(initial=-1)) + 1))
    top[keys[rank == 0]] = scores[rank == 0]
    second[keys[rank == 1]] = scores[rank == 1]
    return np.where(rank == 0, second[keys], top[keys])


def calibration_signals(pairs: list[tuple[int, int]], scores: np.ndarray) -> np.ndarray:
    """CALIBRATION_SIGNALS per pair: each other's unique best (0/1), and by how
    much the pair beats our product's and their listing's other candidates."""
    rows, cols = pair_arrays(pairs)
    best = unique_best(rows, scores) & unique_best(cols, scores)
    return np.column_stack([best.astype(np.float64), np.clip(scores - _best_of_others(rows, scores), -1, 1),
                            np.clip(scores - _best_of_others(cols, scores), -1, 1)])


def typical_wrong_best(rows: np.ndarray, scores: np.ndarray) -> float:
    """The median, over our products with two candidates or more, of the
    second-best score: how alike this competitor's titles are to one of ours
    that is not its counterpart, at best, on a typical product."""
    found = scores[_ranked(rows, scores) == 1]
    return float(np.median(found)) if len(found) else float("inf")


@dataclass(frozen=True)
class WordingTests:
    """The tests of a wording match that need no floor, per pair (rows[n],
    cols[n]), read once per competitor and shared by the decoy and chance
    nulls, the candidates and the matches: `plausible`, fuzzy with no
    conflict and prices in tolerance; `ours_best`, our product's unique best
    (out of two candidates or more); `theirs_best`, their listing's;
    `typical_wrong`, the typical wrong best (`typical_wrong_best`)."""

    rows: np.ndarray
    cols: np.ndarray
    scores: np.ndarray
    plausible: np.ndarray
    ours_best: np.ndarray
    theirs_best: np.ndarray
    typical_wrong: float

    def floor(self, floor: float, answered_floor: float | None = None) -> float:
        """The floor of a wording match: the lower of `floor` (the review
        threshold) and the typical wrong best, or the floor a person's
        answers set (`answers.py`) instead of the data's."""
        return min(floor, self.typical_wrong) if answered_floor is None else answered_floor

    def wanted(self, floor: float) -> np.ndarray:
        """Per pair: plausible and at or above `floor` (see `floor`)."""
        return self.plausible & (self.scores >= floor)

    @property
    def each_others_best(self) -> np.ndarray:
        return self.ours_best & self.theirs_best


def wording_tests(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, fuzzy: np.ndarray, conflicted: np.ndarray,
                  ours: list[Features], theirs: list[Features], match_threshold: float) -> WordingTests:
    """The floor-free tests of a wording match per pair (rows[n], cols[n]) (`WordingTests`)."""
    ratios = price_ratios(rows, cols, ours, theirs)
    plausible = fuzzy & ~conflicted & ~(ratios > price_tolerance(ratios, scores >= match_threshold))
    # Our product must have chosen among listings: the best of one is no evidence.
    # A listing that shares its words with one of ours only is all the more that one's.
    return WordingTests(rows, cols, scores, plausible, unique_best(rows, scores) & (np.bincount(rows)[rows] > 1),
                        unique_best(cols, scores), typical_wrong_best(rows, scores))


def pair_arrays(pairs: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """The rows (our products) and columns (their listings) of a list of pairs, as two arrays."""
    rows = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
    cols = np.fromiter((j for _, j in pairs), dtype=np.int64, count=len(pairs))
    return rows, cols


def batch_matches(left: np.ndarray, right: np.ndarray, scores: np.ndarray, fuzzy: np.ndarray, conflicted: np.ndarray,
                  ours: list[Features], theirs: list[Features], floor: float, match_threshold: float) -> np.ndarray:
    """Per row of a batch of pairs: is it a match by its wording? `left[n]`,
    `right[n]`: the numbers of its two products (a product on several rows
    keeps its number), `ours` and `theirs` their features by those numbers.
    The tests of `wording_matches` with the batch standing for the catalogues,
    without the catalogue gates (see the module docstring)."""
    if not len(scores):
        return np.zeros(0, dtype=bool)
    tests = wording_tests(left, right, scores, fuzzy, conflicted, ours, theirs, match_threshold)
    return tests.wanted(tests.floor(floor)) & tests.each_others_best


def _bests_without_counterparts(keys: np.ndarray, others: np.ndarray, scores: np.ndarray, passing: np.ndarray,
                                ours_side: bool, taken: int, free: np.ndarray) -> int:
    """How many of the `passing` pairs (a wording match's tests) become each
    other's best when every product on the `keys` side loses its `taken`
    best candidates, the other side's products keeping all of theirs: how
    many wording matches this data makes when that side's products have no
    counterpart (the decoy null of `wording_evidence`). `ours_side`: the keys
    are our products (which must still choose among two candidates or more,
    as in `wording_matches`); else their listings. `free`, per pair: its
    key's product has no sure pair (only those are counted: `_decoys`)."""
    rest = np.flatnonzero(_ranked(keys, scores) >= taken)
    keys_best = unique_best(keys[rest], scores[rest])
    others_best = unique_best(others, scores)[rest]
    if ours_side:
        keys_best &= np.bincount(keys[rest], minlength=int(keys.max()) + 1)[keys[rest]] > 1
    else:
        others_best &= np.bincount(others)[others[rest]] > 1
    return int((passing[rest] & keys_best & others_best & free[rest]).sum())


# How sure the matcher must be that a competitor's wording matches are right
# more often than wrong before it makes them without a person: the one-sided
# confidence of the bound on the chance of a wrong one (`chance_bound`).
CONFIDENCE = 0.95


def chance_bound(found: int, asked: int, confidence: float = CONFIDENCE) -> float:
    """The upper confidence bound (Clopper-Pearson) of a chance seen `found`
    times in `asked` tries: 1 with no try, so that no evidence is no proof."""
    if asked <= 0 or found >= asked:
        return 1.0
    # The beta quantile (scipy.special's, light to import: the matcher loads with every command).
    return float(betaincinv(found + 1, asked - found, confidence))


@dataclass(frozen=True)
class WordingEvidence:
    """What one competitor's data says about its wording matches (see
    `wording_evidence`): `found`, the pairs each other's best that pass a
    wording match's tests under the match threshold, and `decoy_wrong`, how
    many of them the decoy null takes for wrong; `made`, our products
    without a sure match that wording matches, and `chance_wrong`, the upper
    confidence bound of the wrong ones among them by the chance null;
    `thinned_wrong`, the decoy's count read with its own thinning (inf where
    the chance null alone shows the matches right more often than wrong, as
    it is then not needed)."""

    found: int
    decoy_wrong: int
    made: int
    chance_wrong: float
    thinned_wrong: float = float("inf")

    @property
    def shares_products(self) -> bool:
        """Right at least half the time by the decoy null."""
        return self.found >= 2 * self.decoy_wrong

    @property
    def beats_chance(self) -> bool:
        """Right more often than wrong by the chance null at CONFIDENCE, or by the thinned decoy."""
        return self.chance_wrong <= self.made / 2 or self.thinned_wrong <= self.found / 2

    @property
    def speaks(self) -> bool:
        """Right more often than wrong by both."""
        return self.shares_products and self.beats_chance


def _decoys(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, passing: np.ndarray, taken: int,
            sure: np.ndarray) -> tuple[int, int]:
    """The decoy null's counts with each of our products', then each of their
    listings', `taken` bests taken away, over the products of that side with
    no `sure` pair (a flag per pair: scored at the match threshold).

    A wording match joins two products that are each other's best under the
    match threshold, so neither has a sure pair: the wrong ones are among
    the products without one. A product whose counterpart is sure makes
    decoy pairs only by the decoy's making; counted, they stood for wrong
    pairs the data cannot make, and the more products two catalogues share
    surely, the more the decoy overstated the wrong pairs (on the WDC
    validation catalogues without currencies, 61 wrong of 122 found, the
    gate opened with nothing to spare; 51 without them)."""
    return (_bests_without_counterparts(rows, cols, scores, passing, ours_side=True, taken=taken,
                                        free=~np.isin(rows, rows[sure])),
            _bests_without_counterparts(cols, rows, scores, passing, ours_side=False, taken=taken,
                                        free=~np.isin(cols, cols[sure])))


def _thinned_wrong(once: tuple[int, int], rows: np.ndarray, cols: np.ndarray, scores: np.ndarray,
                   passing: np.ndarray, sure: np.ndarray, lacking: tuple[float, float] = (1.0, 1.0)) -> float:
    """The decoy's count of wrong pairs, corrected by how much the decoy
    itself thins them: taking each product's best away leaves its lesser
    neighbours, which are each other's best less often than the best was, so
    the count falls short of the wrong pairs of products without a
    counterpart; taking the second best away as well shows by what factor
    one such step thins them in this data, and the count is scaled by it
    (plus one on each count, as the decoy counts), then taken at the upper
    end of its CONFIDENCE interval (4.7 where the decoy finds none, so
    that ten candidates or more are needed). On the catalogues of
    tests/test_matching_evidence.py that share no product it comes to
    about as many as are found, or more. Each side's count is read for the
    share of that side's products that lack a counterpart (`lacking`, from
    `lacking_share`), as the decoy's is in `wording_evidence`."""
    twice = _decoys(rows, cols, scores, passing, taken=2, sure=sure)
    # A count, taken at the top of its interval (Poisson) as the chance null's is.
    return float(gammaincinv(1 + max(share * (a + 1) ** 2 / (b + 1) for share, a, b in zip(lacking, once, twice)),
                             CONFIDENCE))


def lacking_share(keys: np.ndarray, scores: np.ndarray, sure: np.ndarray) -> float:
    """The share, at most, of one side's products without a sure pair (the
    `keys` side: rows for ours, columns for theirs) that have no counterpart
    on the other side: an upper bound read from the distribution of their
    best scores, 1 where the data cannot show less.

    A product with a sure pair whose sure listings are taken away is a
    product without a counterpart for certain (as in the chance null); its
    best score among the candidates left is the best a product without
    one gets in this catalogue. The median of those (lambda) splits that
    null in two halves; a side whose products all lacked a counterpart
    would have about half of its bests under it too, and a product with its
    counterpart present scores its best at the counterpart, mostly above.
    The share lacking is so at most (share of bests under lambda) / (null's
    share under lambda), the estimate of the share of true nulls in
    multiple testing (Storey's pi0, with lambda the null's median). Which
    side is read matters: where a competitor carries a tenth of our range,
    a specialist selling a few of our products, every listing of theirs may
    have its counterpart while nine in ten of our products have none;
    decoys that take each listing's counterpart away then count the wrong
    pairs of listings the catalogue does not have. The null's share is
    taken at the lower end of its CONFIDENCE interval (Clopper-Pearson), and
    read from MIN_SURE sure products up (else 1): they are few where the
    overlap is small, and a handful of them does not show where the null's
    middle lies (three low ones would put it under every best); the free
    products' share is read as counted, as the decoys' counts are. Where
    the counterparts' scores overlap the null's (the WDC catalogues: a true
    pair at 0.45, a sibling at 0.50), the bound stays near 1 and nothing
    changes; it falls only where the data shows the bests above what
    products without a counterpart reach (bench/history/matching.md,
    twentieth session, "tenth")."""
    sure_keys = sorted_unique(keys[sure])
    if not len(sure_keys):
        return 1.0
    size = int(keys.max()) + 1
    best = np.full(size, -np.inf)
    np.maximum.at(best, keys, scores)
    # The sure products' best among their other candidates: each without its counterpart.
    rest = np.full(size, -np.inf)
    np.maximum.at(rest, keys[~sure], scores[~sure])
    null = rest[sure_keys]
    null = null[np.isfinite(null)]
    if len(null) < MIN_SURE:
        return 1.0
    has = np.zeros(size, dtype=bool)
    has[keys] = True
    has[sure_keys] = False
    free = best[has]
    if not len(free):
        return 1.0
    cut = float(np.median(null))
    under = int((null < cut).sum())
    if not under:
        return 1.0
    # The lower confidence bound of the null's share under its median (Clopper-Pearson).
    null_share = float(betaincinv(under, len(null) - under + 1, 1 - CONFIDENCE))
    return min(1.0, float((free < cut).mean()) / null_share)


def _chance_wrong(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, wanted: np.ndarray, matched: np.ndarray,
                  sure: np.ndarray) -> tuple[int, float]:
    """Of our products without a sure match, how many the rule matches
    (`made`), and the upper confidence bound of how many of those chance
    alone would give (see `wording_evidence`). The pairs the second view
    of the titles adds under the floor (`wording_matches`) are not counted:
    the gate is read before them, on the tests its nulls repeat."""
    # Made unique by a sort (`candidates.sorted_unique`), not numpy's hash table.
    sure_rows = sorted_unique(rows[sure])
    rest = np.setdiff1d(sorted_unique(rows), sure_rows, assume_unique=True)
    made = len(np.intersect1d(sorted_unique(rows[matched]), rest, assume_unique=True))
    without = ~np.isin(cols, cols[sure])
    asked = sorted_unique(rows[np.isin(rows, sure_rows) & without])
    kept_rows, kept_scores = rows[without], scores[without]
    found = (wanted[without] & unique_best(kept_rows, kept_scores) & (np.bincount(kept_rows)[kept_rows] > 1)
             & unique_best(cols[without], kept_scores))
    chance = chance_bound(len(np.intersect1d(sorted_unique(kept_rows[found]), asked, assume_unique=True)), len(asked))
    if chance >= 1:
        return made, float("inf")
    # Of our products with candidates and no sure match, the rule matched
    # `made`; if the rest lack a counterpart, chance alone makes `wrong` of
    # them (the products it matched by chance being as many again among the
    # `made`: wrong = chance * (unmatched + wrong)).
    return made, chance * (len(rest) - made) / (1 - chance)


def wording_evidence(tests: WordingTests, floor: float, match_threshold: float) -> WordingEvidence:
    """Are this competitor's wording matches right more often than wrong, by
    its own data? The decoy and chance nulls of the module docstring, read
    once (the caller passes the verdict to `wording_matches`, and a person's
    answers may move it: `answers.py`). No sure match, no chance read:
    nothing is matched by wording alone unless the thinned decoy shows the
    candidates right."""
    rows, cols, scores = tests.rows, tests.cols, tests.scores
    if not len(rows):
        return WordingEvidence(0, 1, 0, float("inf"))
    wanted = tests.wanted(tests.floor(floor))
    # The decoy reads the pairs the comparison's own tests pass, in the data and in its null alike.
    passing = wanted & (scores < match_threshold)
    candidates = passing & tests.each_others_best
    sure = scores >= match_threshold
    made, chance_wrong = _chance_wrong(rows, cols, scores, wanted, wanted & tests.each_others_best, sure)
    # Each side's nulls stand for its products without a counterpart: read
    # for the share of them that lack one (`lacking_share`).
    lacking = (lacking_share(rows, scores, sure), lacking_share(cols, scores, sure))
    if np.isfinite(chance_wrong):
        chance_wrong *= lacking[0]
    once = _decoys(rows, cols, scores, passing, taken=1, sure=sure)
    found = int(candidates.sum())
    # The thinned decoy is read only where the chance null alone does not carry the matches.
    thinned = (_thinned_wrong(once, rows, cols, scores, passing, sure, lacking) if chance_wrong > made / 2
               else float("inf"))
    # One wrong pair more than the decoy shows, as knockoff+ counts its
    # decoys: a null of none is no proof, and one candidate alone is no evidence.
    return WordingEvidence(found, 1 + int(np.ceil(max(share * n for share, n in zip(lacking, once)))), made,
                           chance_wrong, thinned)


def wording_candidates(tests: WordingTests) -> np.ndarray:
    """Per pair: does it pass every test of a wording match but the floor and
    the catalogue gates (no identifier decided it, no conflict,
    prices in tolerance, each other's unique best)?"""
    return tests.plausible & tests.each_others_best


def wording_matches(tests: WordingTests, ours: list[Features], theirs: list[Features], floor: float, speaks: bool,
                    answered_floor: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per candidate pair: is it a match by its wording (each other's best,
    see the module docstring), and is it another listing of our product (the
    listing's best is our product, which has a better one: many-to-one)?
    `tests`: the floor-free tests of the competitor's pairs (`wording_tests`).
    `speaks`: whether this competitor's wording is evidence (`wording_evidence`,
    as a person's answers left it: `answers.py`), read once by the caller;
    `answered_floor`: the floor the answers set, instead of the data's."""
    rows, cols, scores = tests.rows, tests.cols, tests.scores
    if not len(rows) or not speaks:
        return np.zeros(len(rows), dtype=bool), np.zeros(len(rows), dtype=bool)
    ours_best, theirs_best = tests.ours_best, tests.theirs_best
    wanted = tests.wanted(tests.floor(floor, answered_floor))
    # Under the floor, each other's best in the comparison and in a second,
    # independent view of the titles (`_characters_agree`).
    asked = tests.plausible & ~wanted & ours_best & theirs_best
    if asked.any():
        wanted = wanted | _characters_agree(rows, cols, asked, ours, theirs)
    # Another listing of ours: it chose our product among others, preferring it
    # to its next choice by more than our product prefers its best listing to it.
    clear = _clear_second_choice(cols, rows, scores, theirs_best) & (np.bincount(cols)[cols] > 1)
    return wanted & ours_best & theirs_best, wanted & theirs_best & ~ours_best & clear


def second_round(tests: WordingTests, left_ours: np.ndarray, left_theirs: np.ndarray, floor: float, speaks: bool,
                 answered_floor: float | None = None) -> np.ndarray:
    """Per candidate pair: once the first round's matches are taken, are the
    two each other's unique best among the products left (`left_ours[i]`,
    `left_theirs[j]`: no matched pair, none a person confirmed), passing the
    tests of a wording match at its floor? Only where this competitor's
    wording speaks, as in `wording_matches`. The caller proposes these pairs,
    it does not match them (the module docstring says why)."""
    rows, cols = tests.rows, tests.cols
    if not len(rows) or not speaks:
        return np.zeros(len(rows), dtype=bool)
    # The pairs left that a wording match could be (no identifier, no
    # conflict, prices in tolerance): a sibling that took our product's
    # attention by a conflict no longer hides its counterpart.
    among = left_ours[rows] & left_theirs[cols] & tests.plausible
    view = np.where(among, tests.scores, -np.inf)
    # Our product must have had a choice among its candidates, as in the first
    # round (its first choice went to another product: that was the choice).
    # Counted among the listings left only, it proposed fewer true pairs and
    # lowered three views after answers (bench/history/matching.md, ninth session).
    return (among & (tests.scores >= tests.floor(floor, answered_floor)) & unique_best(rows, view)
            & unique_best(cols, view) & (np.bincount(rows)[rows] > 1))


def _clear_second_choice(keys: np.ndarray, others: np.ndarray, scores: np.ndarray, keys_best: np.ndarray) -> np.ndarray:
    """Per pair: does the `keys` side (the product whose unique best the pair
    is, `keys_best`) prefer it to its next choice by at least as much as the
    `others` side prefers its own best to it? The many-to-one cut, read
    from either side (their listings: `wording_matches`; ours: `mirrored_matches`)."""
    best_other = np.full(int(others.max()) + 1, -np.inf)
    np.maximum.at(best_other, others, scores)
    runner_up = np.full(int(keys.max()) + 1, 0.0)
    np.maximum.at(runner_up, keys[~keys_best], scores[~keys_best])
    return scores - runner_up[keys] >= best_other[others] - scores


def mirrored_matches(tests: WordingTests, floor: float, speaks: bool, answered_floor: float | None = None) -> np.ndarray:
    """Per candidate pair: is it, mirrored, another listing of ours (our
    product's unique best is the listing, whose own best is another product
    of ours, and our product prefers it to its next choice by more than the
    listing prefers its best to our product)? The pair passes the tests of a
    wording match but being the listing's best, where this competitor's
    wording speaks (as in `wording_matches`). A flag, not a match: the
    assignment takes it only where our two products are one product, or the
    listing is left free (`assignment.assign`; the module docstring says why)."""
    rows, cols, scores = tests.rows, tests.cols, tests.scores
    if not len(rows) or not speaks:
        return np.zeros(len(rows), dtype=bool)
    wanted = tests.wanted(tests.floor(floor, answered_floor))
    # Our product had a choice already (`ours_best` asks two candidates or more).
    clear = _clear_second_choice(rows, cols, scores, tests.ours_best)
    return wanted & tests.ours_best & ~tests.theirs_best & clear


def _characters_agree(rows: np.ndarray, cols: np.ndarray, asked: np.ndarray, ours: list[Features],
                      theirs: list[Features]) -> np.ndarray:
    """Per pair: are the two each other's unique best by the character view
    (`candidates.character_cosine`)? Computed for the `asked` pairs only (false
    elsewhere), over every candidate pair of their products."""
    needed = np.isin(rows, rows[asked]) | np.isin(cols, cols[asked])
    view = np.full(len(rows), -np.inf)
    view[needed] = character_cosine([ours[i].text for i in rows[needed]], [theirs[j].text for j in cols[needed]])
    return asked & unique_best(rows, view) & unique_best(cols, view)


# A word is a shop's way of writing when at least this many of the
# competitor's sure matches leave it on one side only, and at least half of the
# titles that write it, among the sure matches, do (a pair writing it on both
# sides is two titles that share it).
STYLE_MIN_PAIRS = 3


def style_words(pairs: list[tuple[int, int]], sure: np.ndarray, ours: list[Features],
                theirs: list[Features]) -> frozenset[str]:
    """Words of how one of the two shops writes titles, not of which product
    it is: the words that the competitor's sure matches (`sure`, one flag per
    pair: scored at the match threshold) leave on one side only, in at least
    STYLE_MIN_PAIRS of them and in at least half of the titles that write
    the word (counted per title: a pair that writes it on both sides is two
    titles that share it).
    One shop writes "(jewel case)", "software", "[mac]" where the other
    writes nothing: in a pair the comparison is sure of anyway, that word was
    no evidence, and in a pair it is not sure of, it is no variant either
    ("one word differs: jewel vs encore"). A word that names a variant
    ("cherry" against "walnut") is written by both shops on their sure
    matches, so it stays evidence; a small catalogue, with few sure matches,
    finds no style words."""
    unshared: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for n in np.flatnonzero(sure).tolist():
        i, j = pairs[n]
        for x, other in ((ours[i], theirs[j]), (theirs[j], ours[i])):
            written.update(x.words)
            unshared.update(w for w in x.words if not _word_in(w, other, alone=w in x.pieces))
    return frozenset(w for w, k in unshared.items() if k >= STYLE_MIN_PAIRS and 2 * k >= written[w])
