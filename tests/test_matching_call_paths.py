"""The comparison's and the assignment's faster paths read what the plain ones read: `scoring._compare`
(the arguments in order, as the comparison of every candidate pair calls it) is `compare`, and a
listing pair's TF-IDF similarity is computed for the pairs asked, without reading every pair known."""

from __future__ import annotations

import numpy as np

from benchmark._text import extract
from benchmark.matching.assignment import _DuplicateListings
from benchmark.matching.candidates import _similarity, _vectors
from benchmark.matching.scoring import _compare, _sorted_words, compare

TITLES = [
    "Acme Tre ABC-1234X wireless headphones 64GB black",
    "ACME TRE ABC1234X headphones wireless 64GB black deal",
    "Acme Tre ABC-1235X wireless headphones 128GB black",
    "Nikon SB-700 AF Speedlight flash",
    "Diffuser for the Nikon SB-700 flash",
    "Zeta kettle 1.7l stainless steel",
]


def test_compare_in_order_is_compare_by_keyword():
    products = [extract(t, brand="Acme" if t.lower().startswith("acme") else None, price=10.0 + n)
                for n, t in enumerate(TITLES)]
    owners = {"abc1234x": 1}
    for a in products:
        for b in products:
            for cosine in (0.0, 0.4, 0.9):
                plain = compare(a, b, cosine, code_owners=owners, reason_from=0.5,
                                sorted_titles=(_sorted_words(a.text), _sorted_words(b.text)))
                assert _compare(a, b, cosine, None, None, {}, owners, frozenset(), 0.5,
                                (_sorted_words(a.text), _sorted_words(b.text))) == plain


class _Known(dict):
    """The similarities known so far, which a prefetch of a few pairs must not read whole."""

    def keys(self):
        raise AssertionError("every known pair read to prefetch a few")


def test_prefetch_computes_the_pairs_asked_without_reading_every_pair_known():
    theirs = [extract(t) for t in TITLES]
    _, y = _vectors(theirs[:1], theirs)
    listings = _DuplicateListings([], {}, theirs, y, [None] * len(theirs), {}, 0.85)
    listings.cosine = _Known({(3, 5): 0.25})
    listings.prefetch([(1, 0), (0, 1)])
    assert set(listings.cosine.items()) == {((3, 5), 0.25), ((0, 1), float(_similarity(y, y, np.array([0]),
                                                                                         np.array([1]))[0]))}
    known = listings.cosine[(0, 1)]
    listings.prefetch([(1, 0), (2, 0), (5, 3)])
    assert listings.cosine[(0, 1)] == known and listings.cosine[(3, 5)] == 0.25
    assert listings.cosine[(0, 2)] == float(_similarity(y, y, np.array([0]), np.array([2]))[0])
