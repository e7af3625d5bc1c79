"""Assignment: which scored pairs are kept, per competitor.

Best score first: each competitor listing goes to one of our products, and
each of ours takes one listing, plus any other free listing that is the
same product listed again (a near-duplicate of that listing by the same
comparison, `_DuplicateListings`). Either catalogue may list a product
twice, so the rule holds the other way too: a listing also goes to another
product of ours that is the same product as the one it went to, so each of
our skus of one product gets the competitor's price. For our own catalogue
the test is stricter (`strict`): the two skus also carry the same GTIN or
MPN, or the same title, unless the calibration flagged the pair
(`calibration.mirrored_matches`: the listing is that product's clear best). A shop gives its variants skus of their own, and
the words that tell them apart ("Victorian" against "Blue", "with DVD
player bundle") are often ones the comparison cannot weigh; a marketplace's
listings of one product are worded each its own way. A
person's decisions win: a rejection also holds for the listings that are
the same product as the rejected one; a listing that duplicates one a person
confirmed is matched with it.

Two listings of one shop that the comparison finds alike but for a colour,
a size, a capacity or a variant word are variants, not one product listed
twice: a shop lists them apart because they are sold apart. Titles that
differ by one such word can still score over the match threshold (the
rest of a long title agrees), which made the other colours of a listing a
person confirmed "the same product" as it. Such a listing is kept for our
product only as a proposal (`variants`): where our product names no
colour, a person may well take any colour as it, and the answer is theirs
to give; neither the listing it varies, nor a confirmation of that listing,
nor its own title vouches for it (only our GTIN or MPN on it does, as it
outweighs a rejection), and a rejection of one colour says nothing of
another. A compatible copy or an accessory of a listing is another product
altogether, neither a duplicate nor a variant. These are the comparison's
own conflicts read between two listings, not a list of one catalogue's
words, so they hold on any catalogue.
"""

from __future__ import annotations

import re
from collections import defaultdict
from enum import Enum
from typing import NamedTuple

import numpy as np
import pandas as pd

from benchmark._text import Features
from benchmark.matching.candidates import _similarity
from benchmark.matching.code_owners import written_twice
from benchmark.matching.codes import _codes_agree
from benchmark.matching.conflicts import _format_conflict
from benchmark.matching.decisions import Decisions
from benchmark.matching.replaced_words import ShopWords, our_word_replaced
from benchmark.matching.scoring import _F, _METHODS, compare
from benchmark.matching.tails import set_apart

# Ties of score go to the stronger method: an identifier names the product, wording only describes it.
_METHOD_RANK = {method: rank for rank, method in enumerate(_METHODS)}


class Catalogue(NamedTuple):
    """One side's products as the duplicate tests read them: features, TF-IDF
    rows (`candidates._candidates`' x or y) and usable GTINs, by row."""

    features: list[Features]
    vectors: object
    gtins: list[str | None]


def assign_competitor(scored: list[tuple], decisions: Decisions, listed_again: np.ndarray, mirrored: np.ndarray,
                      ours: Catalogue, theirs: Catalogue, code_owners, match_threshold: float,
                      refused_scores: dict[tuple[int, int], float] | None = None):
    """`assign` over one competitor's `scored` pairs (score, i, j, method,
    position, equivalent, ambiguous), best first, with a person's
    `decisions` and the calibration's flags by position; returns the kept
    rows (as `assign`), the duplicate test of their catalogue, which the
    statuses read again (`statuses.chosen_rows`), and the matches a
    rejection undid (`undone_matches`, with `refused_scores`: the score of
    each rejected pair, by rows)."""
    scored = sorted(scored, key=lambda r: (-r[0], _METHOD_RANK[r[3]], r[1], r[2]))
    anchors, refused = decisions.anchors, decisions.refused
    same = _DuplicateListings(scored, {i: [*anchors.get(i, ()), *refused.get(i, ())] for i in {*anchors, *refused}},
                              theirs.features, theirs.vectors, theirs.gtins, code_owners, match_threshold,
                              ours=ours.features)
    same.told_apart = decisions.apart
    same_ours = _DuplicateListings([], {}, ours.features, ours.vectors, ours.gtins, code_owners, match_threshold,
                                   strict=True)
    # Two products of ours that are one product by the comparison, for the flagged pairs
    # (not strict: see `calibration`).
    like_ours = _DuplicateListings([], {}, ours.features, ours.vectors, ours.gtins, code_owners, match_threshold)
    undone = undone_matches(scored, refused, same, refused_scores or {}, match_threshold)
    chosen = assign(scored, anchors, refused, same, set(np.flatnonzero(listed_again).tolist()), same_ours,
                    set(np.flatnonzero(mirrored).tolist()), like_ours, same.variant_for)
    return chosen, same, undone


def undone_matches(scored: list[tuple], refused: dict[int, list[int]], same,
                   refused_scores: dict[tuple[int, int], float], match_threshold: float) -> dict[int, int]:
    """Our products' best rows of `scored` (best first) that a rejection
    takes out (`assign`: it holds for the same product listed again) though
    they are sure on their own (at `match_threshold`, not ambiguous; no GTIN
    or MPN, which a rejection does not reach anyway) and score above the
    rejected pair:
    row position -> the listing a person rejected.

    A person who rejected a proposal that duplicated the match our product
    made on its own evidence said either that the copy is another product,
    or that the match is wrong too. Kept matched, such matches lowered
    Walmart-Amazon without brands and without MPNs, and added wrong pairs
    where the two catalogues share no product; kept in the assignment as
    proposals, they took listings and products from the pairs the
    assignment would have found instead (bench/history/matching.md, tenth
    session). So the assignment goes on without them, and the caller
    proposes them where it left both products free: the two readings are
    the person's to tell apart, and the match is not lost unseen."""
    undone: dict[int, int] = {}
    seen: set[int] = set()
    for row in scored:
        i, j = row[1], row[2]
        if i in seen:
            continue
        seen.add(i)
        if row[3] in ("gtin", "mpn") or row[0] < match_threshold or row[6]:
            continue  # ambiguous (row[6]): not sure on its own either
        reached = [r for r in refused.get(i, ()) if _rejection_reaches(same, i, r, j)]
        # A rejected pair blocking was never scored (not a candidate): taken as sure as any.
        if reached and all(row[0] > refused_scores.get((i, r), float("inf")) for r in reached):
            undone[row[4]] = reached[0]
    return undone


def assign(scored: list[tuple], anchors: dict[int, list[int]], refused: dict[int, list[int]], same,
           listed_again: set[int] = frozenset(), same_ours=None, mirrored: set[int] = frozenset(),
           like_ours=None, variants=None) -> list:
    """The kept rows of `scored` (score, i, j, method, ... sorted best first),
    each with the listing it duplicates (or None) and the product of ours it
    is a twin of (or None).

    `anchors`: our products a person confirmed listings for (those listings);
    `refused`: the listings a person rejected for each of ours; `same`: a
    `_DuplicateListings`; `listed_again`: the rows (by their position, row[4])
    the calibration found to be another listing of our product, taken in the
    second pass like a duplicate. One-to-one, best first; then, from the listings
    still free, the ones that are the same product listed again: a
    marketplace lists one product several times, and `analysis.pairs_frame`
    keeps one pair per product and competitor for the prices, so a duplicate
    adds evidence, not weight. Duplicates come second so that they never take
    a listing that is another of our products' best. Third, with `same_ours`
    (a strict `_DuplicateListings` over our catalogue), a product of ours still
    without a listing takes the listing of another of ours that is the same
    product (our catalogue listing it twice); so does a product whose pair
    with that listing the calibration flagged (`mirrored`, rows by position as
    `listed_again`: its clear best is the listing) where `like_ours` (the
    same comparison over our catalogue, not strict) finds the two of ours one
    product. Our product's twin is the product of ours the listing went to.
    With `variants` (`_DuplicateListings.variant_for`: our product, the
    listing it took, the free listing), a free listing that is another
    colour or size of a listing our product took, or that shop's title of it
    with a word of our product's replaced, goes with it in the second pass
    too, as the listing it varies, never as the same product listed again;
    the caller proposes it, and matches it only on our GTIN or MPN."""
    confirmed = set(anchors)
    threshold = getattr(same, "threshold", 0.0)

    def sure(row: tuple) -> bool:
        # Matched on the other listing's strength: at the match threshold, or that listing a person's.
        return row[0] >= threshold or row[1] in confirmed

    anchors = {i: list(listings) for i, listings in anchors.items()}
    if refused:
        # A rejection holds for the same product listed again: a person who said
        # "not this one" should not be shown its twin, nor have it matched. Not
        # over a GTIN or MPN our product shares with the twin: that is stronger
        # evidence than the titles that made it a twin.
        scored = [row for row in scored
                  if row[3] in ("gtin", "mpn")
                  or not any(_rejection_reaches(same, row[1], r, row[2]) for r in refused.get(row[1], ()))]
    used_theirs: dict[int, int] = {}  # listing -> the product of ours it went to first
    chosen: list[tuple[tuple, int | None, int | None]] = []
    for row in scored:
        i, j = row[1], row[2]
        if i not in anchors and j not in used_theirs:
            anchors[i] = [j]
            used_theirs[j] = i
            chosen.append((row, None, None))
    apart = getattr(same, "apart", None)
    for row in scored:
        i, j = row[1], row[2]
        if j in used_theirs:
            continue
        duplicate_of = next((a for a in anchors.get(i, ()) if (row[4] in listed_again and not (apart and apart(a, j)))
                             or (same(a, j) and not (variants is not None and variants(i, a, j, sure(row))))), None)
        if duplicate_of is None and variants is not None:
            # Another colour (size, ...) of our product's listing: put to a person, never matched on its strength.
            duplicate_of = next((a for a in anchors.get(i, ()) if variants(i, a, j, sure(row))), None)
        if duplicate_of is not None:
            used_theirs[j] = i
            chosen.append((row, duplicate_of, None))
    if same_ours is not None:
        twins = [(row, used_theirs[row[2]]) for row in scored if row[1] not in anchors and row[2] in used_theirs]
        same_ours.prefetch([(k, row[1]) for row, k in twins])
        flagged = [(row, k) for row, k in twins if row[4] in mirrored] if like_ours is not None else []
        if flagged:
            like_ours.prefetch([(k, row[1]) for row, k in flagged])
        for row, k in twins:
            i = row[1]
            if i not in anchors and (same_ours(k, i) or (row[4] in mirrored and like_ours is not None
                                                          and like_ours(k, i))):
                anchors[i] = [row[2]]
                chosen.append((row, None, k))
    return chosen


def _quote(name: object, limit: int = 60) -> str:
    text = str(name) if isinstance(name, str) and name else "(no name)"
    return '"' + (text if len(text) <= limit else text[: limit - 1] + "…") + '"'


class _DuplicateListings:
    """same(j, k): are two products of one catalogue (the competitor's
    listings, or our products, with `strict`) the same product?

    They are when the comparison of the two with each other, the one used for
    our products against theirs, reaches the match threshold (a shared GTIN,
    MPN or model code, or titles as alike as a match needs, with no conflict:
    capacity, colour, sibling code, different GTINs...), both state the same
    pack size (or none), and neither carries a model code that the other
    extends (`_code_variant`). A conflict the comparison only weighs down
    (colour, size, capacity, a variant word) is enough here: alike but for
    it, or for a year on each (`_years_apart`), the two are variants
    (`variant`); alike but for an accessory or compatible copy, two
    products. Over our catalogue (`same_ours`,
    `like_ours`) the same reading holds: two skus of ours apart by a colour
    are not one product listed twice (the twin rule's own guard, a twin
    matched only at our twin's score or above, already kept such skus off
    a coloured listing). The TF-IDF similarity of every pair that may be
    asked about (two listings that are candidates of one of our products, or
    one of them a listing a person `decided` on for it; `prefetch`-ed pairs)
    is computed at once, in one sparse product, not pair by pair."""

    def __init__(self, scored, decided, theirs, y, their_gtins, code_owners, threshold, strict=False, ours=None):
        self.theirs, self.gtins, self.owners, self.threshold, self.y = theirs, their_gtins, code_owners, threshold, y
        self.strict, self.ours = strict, ours
        # (our row, a rejected listing's row) -> the listings a person told it apart from (`Decisions.apart`).
        self.told_apart: dict[tuple[int, int], frozenset[int]] = {}
        self.words: tuple[ShopWords, ShopWords] | None = None  # ours, theirs: built on first use (`replaced_for`)
        # (i, j, k) -> `replaced_for`'s answer: `assign` asks it of a listing once per anchor and
        # the output rows ask it again (`statuses`); each asking reads the titles and the catalogues.
        self._replaced: dict[tuple[int, int, int], bool] = {}
        by_ours: dict[int, list[int]] = defaultdict(list)
        for _, i, j, *_ in scored:
            by_ours[i].append(j)
        wanted = set()
        for i in by_ours.keys() | decided.keys():
            listings = by_ours.get(i, [])
            if len(listings) < 2 and i not in decided:
                continue
            group = sorted(set(listings) | set(decided.get(i, ())))
            wanted.update((a, b) for n, a in enumerate(group) for b in group[n + 1 :])
        self.cosine: dict[tuple[int, int], float] = {}
        self.prefetch(wanted)
        self.known: dict[tuple[int, int], Listed] = {}

    def prefetch(self, pairs) -> None:
        """Compute the TF-IDF similarity of these pairs (either order) in one sparse product."""
        # Each pair looked up, not the set less `self.cosine.keys()`: a set less a dict's keys walks every key
        # known (Python 3.11), and the second round's rows ask this once a pair found, of one or no pair.
        known = self.cosine
        wanted = sorted(pair for pair in {(a, b) if a < b else (b, a) for a, b in pairs if self._may_be_same(a, b)}
                        if pair not in known)
        if wanted and self.y is not None:
            rows = np.fromiter((a for a, _ in wanted), dtype=np.int64, count=len(wanted))
            cols = np.fromiter((b for _, b in wanted), dtype=np.int64, count=len(wanted))
            self.cosine.update(zip(wanted, _similarity(self.y, self.y, rows, cols).tolist()))

    def _may_be_same(self, a: int, b: int) -> bool:
        # The strict test's cheap part first: most pairs of ours asked about fail it.
        return not self.strict or _same_identifier_or_title(self.theirs[a], self.theirs[b], self.gtins[a], self.gtins[b])

    def __call__(self, j: int, k: int) -> bool:
        key = (j, k) if j < k else (k, j)
        if key not in self.known and not self._may_be_same(*key):
            self.known[key] = Listed.APART
        if key not in self.known:
            a, b = key
            score, _, _, equivalent, _, v = compare(
                self.theirs[a], self.theirs[b], self.cosine.get(key, 0.0), our_gtin=self.gtins[a],
                their_gtin=self.gtins[b], code_owners=self.owners)
            fa, fb = self.theirs[a], self.theirs[b]
            alike = (score >= self.threshold and not equivalent and (fa.pack or 1) == (fb.pack or 1)
                     and not _code_variant(fa, fb) and not any(v[c] for c in _OTHER_PRODUCT_COLUMNS)
                     and not self.apart(a, b))
            self.known[key] = (Listed.APART if not alike
                               else Listed.VARIANT if any(v[c] for c in _VARIANT_COLUMNS) or _years_apart(fa, fb)
                               else Listed.SAME)
        return self.known[key] is Listed.SAME

    def apart(self, j: int, k: int) -> bool:
        """Are two listings of this shop two products, however alike: one book
        in two formats (`conflicts._format_conflict`: "X" and "X (Audiobook)",
        "X - Paperback" and "X - Hardcover")? A shop that lists both sells
        each as its own product. Read between one shop's listings only:
        across two shops, one may leave out a format the other names."""
        return _format_conflict(self.theirs[j], self.theirs[k]) is not None

    def variant(self, j: int, k: int) -> bool:
        """Are two listings as alike as one product's, but for a colour, size
        or capacity that tells them apart?"""
        self(j, k)
        return self.known[(j, k) if j < k else (k, j)] is Listed.VARIANT

    def variant_for(self, i: int, j: int, k: int, sure: bool = True) -> bool:
        """Is listing k, as alike as one product's to listing j that our product
        i took, another product of their range for i: a variant (`variant`), or,
        where the pair (i, k) would be matched on j's strength (`sure`: its own
        score at the match threshold, or a person's confirmation of j), the
        shop's own title of j with a word of i's replaced (`replaced_for`)?

        Under the match threshold the pair is proposed either way, and is left
        with the clause it had ("the same product as their listing"): read
        there too, it moved proposals from one kind to another in the review
        queue (`review_order`), and the first hundred answers reached fewer
        true pairs on Amazon-Google and Walmart-Amazon without MPNs
        (bench/history/matching.md, twentieth session, "dupes")."""
        return self.variant(j, k) or (sure and self(j, k) and self.replaced_for(i, j, k))

    def replaced_for(self, i: int, j: int, k: int) -> bool:
        """Is listing k this shop's title of listing j with a word of our product i's
        replaced by a word that names another product (`replaced_words.our_word_replaced`),
        not by a seller's words ("oryginał NOWY" where j writes "Li-Ion")? The words of the
        changed places are a seller's where the other listing's hold a word of letters the
        shop writes on listings of other products too, and no word of either listing's
        places tells two products apart elsewhere in the catalogues: two of ours, or two of
        theirs the comparison finds more than one product listed twice
        (`replaced_words.ShopWords`; the module says why this holds on any catalogue)."""
        if self.ours is None:
            return False
        if written_twice(self.owners, self.theirs[j], self.theirs[k]):
            # Another language's title of the listing: every word is replaced, none names another product.
            return False
        if (i, j, k) not in self._replaced:
            self._replaced[(i, j, k)] = self._replaced_words_name_products(i, j, k)
        return self._replaced[(i, j, k)]

    def _replaced_words_name_products(self, i: int, j: int, k: int) -> bool:
        """`replaced_for`, read afresh."""
        assert self.ours is not None
        places = our_word_replaced(self.ours[i], self.theirs[j], self.theirs[k])
        if places is None:
            return False
        if self.words is None:
            self.words = ShopWords(self.ours), ShopWords(self.theirs)
        ours, theirs = self.words
        only_taken, only_other = places

        def elsewhere(m: int) -> bool:  # a listing of another product than k
            return m not in (j, k) and self.listed(k, m) is Listed.APART

        if not any(word.isalpha() and any(elsewhere(m) for m in theirs.writing_any_form(word)[:_WORDS_READ])
                   for word in only_other):
            return True
        words = only_taken | only_other
        return (ours.tells_apart(words, lambda p, q: True)
                or theirs.tells_apart(words, lambda p, q: {p, q} != {j, k} and self.listed(p, q) is not Listed.SAME))

    def listed(self, j: int, k: int) -> Listed:
        """What two listings are to each other (`Listed`), their similarity computed if it was not."""
        self.prefetch([(j, k)])
        self(j, k)
        return self.known[(j, k) if j < k else (k, j)]


def _rejection_reaches(same, i: int, rejected: int, j: int) -> bool:
    """Does a person's rejection of listing `rejected` for our product i reach listing j, the
    same product listed again (`same`)? Not where one of the two is the shop's title of the
    other with a word of i's replaced (`_DuplicateListings.replaced_for`): a person who rejected
    their size 12 for our size 8 said nothing of their size 8, which a rejection reaching it
    took out. Nor a listing the person told the rejected one apart from (`Decisions.apart`: the
    listing matched to ours when they rejected one added beside it, `analysis.kept_matches`)."""
    if j in getattr(same, "told_apart", {}).get((i, rejected), ()):
        return False
    if not same(rejected, j):
        return False
    theirs, ours = getattr(same, "theirs", None), getattr(same, "ours", None)
    if ours is not None and _another_offer(ours[i].text, theirs[rejected].text, theirs[j].text):
        # One is the other with words added after a dash or a plus (`tails`: a pack, a used piece, a
        # kit of it): a person who rejected the pack for our product said nothing of the listing.
        return False
    replaced_for = getattr(same, "replaced_for", None)
    if replaced_for is None:
        return True
    return not (replaced_for(i, j, rejected) or replaced_for(i, rejected, j))


def _another_offer(ours: str, a: str, b: str) -> bool:
    """Is one of two listings the other with words added that our title does not write (`tails`)?"""
    return set_apart(a, [b], ours) is not None or set_apart(b, [a], ours) is not None


# How many listings writing a word are read for a seller's (`_DuplicateListings.replaced_for`).
_WORDS_READ = 8


class Listed(Enum):
    """What two products of one catalogue are to each other (`_DuplicateListings`):
    one product listed twice, variants of one (a colour, a size apart), or apart."""

    SAME = "same"
    VARIANT = "variant"
    APART = "apart"


# The comparison's conflicts that name a variant: colour, capacity, size, dimensions, a variant word.
_VARIANT_COLUMNS = tuple(_F[name] for name in ("colour_conflict", "bytes_conflict", "quantity_conflict",
                                               "dimension_conflict", "variant_conflict"))
# ... and those that name another product: one made for the other, a compatible copy of it, its sequel.
_OTHER_PRODUCT_COLUMNS = tuple(_F[name] for name in ("accessory", "compatible_mismatch", "edition_conflict"))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _years_apart(a: Features, b: Features) -> bool:
    """Does each of two listings of one shop name a year, and none the other's ("Weekly planner
    2026" / "2025", "First Flush 2024" / "2023")? A shop that lists one line twice with two years
    sells two products of it (a year's diary, a harvest, a model year), whatever code and words
    they share: a year apart is weighed as little as any number under a shared code (0.05), so
    last year's listing was read as this year's listed twice and taken with it. Read between one
    shop's listings only, as a variant: across two shops one may write a year the other leaves out
    ("quickbooks pro 2007" / "intuit quickbooks pro"), and those pairs stay with the comparison."""
    years_a = {n for n in a.numbers if _YEAR.fullmatch(n)}
    years_b = {n for n in b.numbers if _YEAR.fullmatch(n)} if years_a else set()
    return bool(years_a and years_b and not years_a & years_b)


def _same_identifier_or_title(a: Features, b: Features, gtin_a: str | None, gtin_b: str | None) -> bool:
    """The same GTIN, the same MPN or the same title (letters and digits): one product, whatever the words say."""
    return bool(gtin_a and gtin_a == gtin_b) or bool(a.mpn and a.mpn == b.mpn) or bool(a.flat and a.flat == b.flat)


def _code_variant(a: Features, b: Features) -> tuple[str, str] | None:
    """A model code of one listing that the other extends (dp2dvi / mdp2dvi,
    ce505x / ce505xd), neither written on the other. Across two shops that is
    one code written two ways (`_codes_agree`); between two listings of one
    shop it is how variants are told apart (mini, right-angle, dual pack)."""
    for x in a.codes - b.codes:
        for y in b.codes - a.codes:
            if x != y and _codes_agree(x, y):
                return x, y
    return None


def apply_decisions(proposed: pd.DataFrame, decisions: pd.DataFrame) -> pd.DataFrame:
    """A person's decision wins: rejected pairs are never proposed again, confirmed
    pairs stay, and a product confirmed with one partner is not matched to another
    (stricter than `match_products`, which still lets a confirmed product take
    listings that duplicate the confirmed one: that needs the listings' titles)."""
    if decisions.empty or proposed.empty:
        return proposed
    decided = set(zip(decisions.sku, decisions.competitor_product_id))
    confirmed = decisions[decisions.status == "confirmed"]
    taken_ours = set(confirmed.sku)
    taken_theirs = set(confirmed.competitor_product_id)
    keep = [
        (sku, pid) not in decided and sku not in taken_ours and pid not in taken_theirs
        for sku, pid in zip(proposed.sku, proposed.competitor_product_id)
    ]
    return proposed[keep].reset_index(drop=True)

