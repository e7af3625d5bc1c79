"""One product listed twice: by the competitor (many-to-one, read in
`first_round.wording_matches`) or by us (`mirrored_matches`), and the cut
both read (`_clear_second_choice`).

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
"""

from __future__ import annotations

import numpy as np

from benchmark._text import Features
from benchmark.matching.calibration.pair_tests import WordingTests
from benchmark.matching.scoring import _makers_apart


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


def naming_other_makers(tests: WordingTests, flagged: np.ndarray, ours: list[Features], theirs: list[Features],
                        brands: frozenset[str]) -> np.ndarray:
    """Per candidate pair: is a `flagged` further listing one whose title names a maker our
    product's does not, and ours one it does not (`scoring._makers_apart`, the brands the
    catalogues' brand fields write)? Such a listing is another product: most often a part for
    another maker's machine, written from the template of the part for ours ("bottomless
    portafilter 58 mm za Gaggia Classic" beside "... za Rancilio Silvia", the listing our
    product took). Many-to-one reads a listing's own ranking only: the part for the other
    machine ranks our part first for the very words the two listings share, and the word that
    tells them apart ("za", "for", "pour" ...) is a preposition the shop's language joins its
    kinds with ("mlinac za kavu"), so no word list reads it. The makers are each catalogue's
    own brand fields, not a list, so this holds for any catalogue that names its makers; a
    further listing is weak evidence (its wording alone, ranked against its own candidates),
    which a maker named apart outweighs, where a code or GTIN (not flagged here) would not.

    Only where neither product has a brand field: a field's key is not the maker as titles write
    it ("globalsoftwarepublna" / "global software a2960jcw - sudoku ..."), and a publisher's
    field against a title's distributor ("riverdeeplearningcompany" / "encore software ...
    printshop") names two makers for one product. Read with the fields, amazon-google lost 12
    true further listings for 4 wrong ones (bench/history/matching.md, twenty-ninth session)."""
    out = np.zeros(len(tests.rows), dtype=bool)
    if not brands or not flagged.any():
        return out
    for n in np.flatnonzero(flagged):
        out[n] = _makers_apart(ours[tests.rows[n]], theirs[tests.cols[n]], brands)
    return out

