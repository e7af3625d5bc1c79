"""The comparison's faster path reads what the plain one reads: `scoring._compare` (the arguments in
order, as the comparison of every candidate pair calls it) is `compare`."""

from __future__ import annotations

from benchmark._text import extract
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

