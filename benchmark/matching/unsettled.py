"""Pairs the evidence cannot settle, whatever their score: proposed to a
person, never matched. Two kinds, both read from the catalogues in front of
the matcher, not from a list:

- one title on several of our products and several of their listings, with
  no GTIN or MPN to say which is which, where the rows of one side under it
  are not one product (a feed whose name column holds the category,
  "Product" on every row, at prices 1.00 to 5.00): pairing them in any
  order is a guess, and a price index over guessed pairs is a made-up
  number. Rows of one side are not one product when the comparison reads
  them apart (sizes or identifiers), or when their prices spread wider
  than this competitor's sure matches spread across the two shops
  (`_price_spread`). Rows read as one product listed again (one title,
  prices alike) are left to the twin and duplicate rules (`assignment`):
  any pairing of them gives the same prices;
- a listing whose GTIN is one of our products' while its title is plainly
  another of ours (a shop copying a barcode onto the wrong product): the
  GTIN and the title name two products, and nothing says which is wrong.

A GTIN still matches two titles that share no word (the same product named
in two languages): only a title alike enough to match another of our
products on its own speaks against it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from benchmark._text import Features
from benchmark.matching.assignment import _quote
from benchmark.matching.calibration import MIN_SURE, price_ratios, price_tolerance
from benchmark.matching.scoring import _METHODS, _title_similarity, compare

_GTIN = _METHODS.index("gtin")
_MPN = _METHODS.index("mpn")
# The words of the two clauses that say why (`unsettled`), read by the kept matches too
# (`storecheck.analysis.kept_matches`: a pair with such a reason is put to a person for a reason of its own).
SHARED_TITLE_CLAUSE = "have this title, and they are not all one product"
GTIN_TITLE_CLAUSE = "but their title is that of our "


def unsettled(pairs: list[tuple[int, int]], cosine: np.ndarray, scores: np.ndarray, methods: np.ndarray,
              ours: list[Features], theirs: list[Features], our_gtins: list, their_gtins: list, our_names: list,
              match_threshold: float, review_threshold: float) -> dict[int, str]:
    """Position of each unsettled pair in `pairs` -> the clause that says why."""
    out: dict[int, str] = {}
    our_titles = Counter(f.text for f in ours if f.text)
    their_titles = Counter(f.text for f in theirs if f.text)
    shared = {t for t, n in our_titles.items() if n > 1 and their_titles.get(t, 0) > 1}
    if shared:
        spread = _price_spread(pairs, scores, ours, theirs, shared, match_threshold)
        shared &= (_apart(ours, our_gtins, shared, match_threshold, spread)
                   | _apart(theirs, their_gtins, shared, match_threshold, spread))
    # Read only where the catalogues hold such a title, or a GTIN pair: a
    # loop over a million candidate pairs would cost a second for nothing.
    if shared:
        for n, (i, j) in enumerate(pairs):
            text = ours[i].text
            if text in shared and theirs[j].text == text and methods[n] not in (_GTIN, _MPN):
                out[n] = (f"but {our_titles[text]} of our products and {their_titles[text]} of their listings "
                          f"{SHARED_TITLE_CLAUSE}")
    by_gtin = np.flatnonzero(methods == _GTIN).tolist()
    if by_gtin:
        wanted = {pairs[n][1] for n in by_gtin}
        by_listing: dict[int, list[int]] = defaultdict(list)
        for n, (_, j) in enumerate(pairs):
            if j in wanted:
                by_listing[j].append(n)
        for n in by_gtin:
            other = _title_of_another(n, pairs, cosine, by_listing[pairs[n][1]], ours, theirs, our_gtins,
                                      their_gtins, match_threshold, review_threshold)
            if other is not None:
                out[n] = f"{GTIN_TITLE_CLAUSE}{_quote(our_names[other])}"
    return out


# How far apart one shop's rows of one product may be priced where this
# competitor's sure matches are too few to show it (`_price_spread`): a
# prior, not a fit to any data set (no catalogue of the shared data writes
# one title on several products of both sides).
UNSHOWN_SPREAD = 1.1


def _price_spread(pairs: list[tuple[int, int]], scores: np.ndarray, ours: list[Features], theirs: list[Features],
                  titles: set[str], match_threshold: float) -> float:
    """How far apart the prices of one product may be: the tolerance the
    wording matches read from this competitor's sure matches
    (`calibration.price_tolerance`: the PRICE_QUANTILE of their price
    ratios, from MIN_SURE sure pairs with both prices up), over the pairs at
    the match threshold, the titles in question left out, since they are
    what is being judged. A product's two listings in one shop are no
    further apart than one product across two shops, whose prices (and a
    marketplace's sellers') this spread already holds.

    The spread is never under UNSHOWN_SPREAD, whatever the sure matches
    show: a shop's own rounding of one product's two listings is there
    however closely its prices follow ours.

    With fewer sure matches, nothing shows how far this competitor's prices
    of one product spread (one or two ratios say nothing of a shop: one
    sure match at 3x would read 1.00-3.00 as one product), and the spread
    is UNSHOWN_SPREAD: a shop's two listings of one product a few percent
    apart (2.50 / 2.60: a seller's rounding, a small promotion) stay one
    product, rows further apart are asked about. That errs towards asking a
    person, which costs an answer, where a pairing by file order costs a
    price index built on guesses. A fixed cross-shop tolerance (the
    comparison's own price check, 5x) read 1.00-5.00 as one product."""
    sure = [n for n in np.flatnonzero(scores >= match_threshold).tolist()
            if ours[pairs[n][0]].text not in titles and theirs[pairs[n][1]].text not in titles]
    if len(sure) < MIN_SURE:
        return UNSHOWN_SPREAD
    rows = np.array([pairs[n][0] for n in sure], dtype=np.int64)
    cols = np.array([pairs[n][1] for n in sure], dtype=np.int64)
    spread = price_tolerance(price_ratios(rows, cols, ours, theirs), np.ones(len(sure), dtype=bool))
    # A floor: a seller's rounding does not go away where the two shops' prices agree.
    return max(spread, UNSHOWN_SPREAD) if np.isfinite(spread) else UNSHOWN_SPREAD


def _apart(side: list[Features], gtins: list, titles: set[str], match_threshold: float, spread: float) -> set[str]:
    """The titles among `titles` whose rows on this side are not all one
    product: by the comparison (`scoring.compare` of each row with the
    first: sizes or identifiers apart), as the duplicate rules read two
    listings of one shop, or by prices spread wider than `spread` (the
    highest over the lowest, where every row has a price in one currency)."""
    rows: dict[str, list[int]] = defaultdict(list)
    for r, f in enumerate(side):
        if f.text in titles:
            rows[f.text].append(r)
    out: set[str] = set()
    for text, found in rows.items():
        prices = [side[r].price for r in found]
        currencies = {side[r].currency for r in found if side[r].currency}
        if all(p > 0 for p in prices) and len(currencies) <= 1 and max(prices) / min(prices) > spread * (1 + 1e-9):
            out.add(text)
            continue
        a = found[0]
        if any(compare(side[a], side[r], 1.0, our_gtin=gtins[a], their_gtin=gtins[r])[0] < match_threshold
               for r in found[1:]):
            out.add(text)
    return out


def _title_of_another(n: int, pairs: list, cosine: np.ndarray, rivals: list[int], ours: list[Features],
                      theirs: list[Features], our_gtins: list, their_gtins: list, match_threshold: float,
                      review_threshold: float) -> int | None:
    """Another of our products whose title alone would match the listing of
    GTIN pair n, where the pair's own titles are not even alike enough to
    propose: the product, or None."""
    i, j = pairs[n]
    if _title_similarity(ours[i], theirs[j], float(cosine[n]))[0] >= review_threshold:
        return None
    best, found = match_threshold, None
    for m in rivals:
        k = pairs[m][0]
        if k == i or our_gtins[k] == their_gtins[j]:
            continue
        alike = _title_similarity(ours[k], theirs[j], float(cosine[m]))[0]
        if alike >= best:
            best, found = alike, k
    return found
