"""One title on several products of each side (`unsettled`): the rows of
one side are one product, and any pairing gives the same prices, only while
their prices spread no wider than this competitor's sure matches spread
across the two shops; wider, the pairs are proposed, never paired by file
order (review R10)."""

from __future__ import annotations

import pytest

from benchmark.matching import match_products
from tests.test_matching import ours, pairs, theirs


def _catalogues(our_prices: list[float], their_prices: list[float], sure: list[tuple[str, float, float]] = ()):
    """Our rows "Product" at `our_prices` and their listings "Product" at
    `their_prices`, beside `sure` products (name, our price, their price)
    named alike on both sides."""
    our = ours(*[{"sku": f"S{n}", "name": "Product", "price": p} for n, p in enumerate(our_prices)],
               *[{"sku": f"E{n}", "name": name, "price": p} for n, (name, p, _) in enumerate(sure)])
    their = theirs(*[{"competitor_product_id": f"K{n}", "name": "Product", "price": p}
                     for n, p in enumerate(their_prices)],
                   *[{"competitor_product_id": f"F{n}", "name": name, "price": p} for n, (name, _, p) in enumerate(sure)])
    return our, their


def _products(found):
    return found[found.sku.str.startswith("S")]


@pytest.mark.parametrize("their_prices", [[1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 3.0, 5.0, 7.0, 9.0]])
def test_listings_of_one_title_at_prices_one_to_five_are_proposed_not_paired_in_file_order(their_prices):
    # The comparison reads 1.00 against 5.00 as one product (prices count
    # only past 5x), which paired 1.00-5.00 by file order: S0-K0 ... S4-K4.
    found = _products(match_products(*_catalogues([1.0] * 5, their_prices)))
    assert len(found) == 5 and set(found.status) == {"proposed"}
    assert found.reason.str.contains("5 of our products and 5 of their listings have this title").all()


def test_rows_of_one_title_at_one_price_are_one_product_and_matched():
    # Any pairing gives the same prices: no guess, the twin rules take them.
    found = _products(match_products(*_catalogues([1.0] * 5, [1.0] * 5)))
    assert set(found.status) == {"matched"} and len(found) == 5


# 25 sure matches ("Acme kettle ZX100" ...) whose prices spread up to 1.3x
# between the shops, or not at all.
WIDE = [(f"Acme kettle ZX{100 + n}", 10.0, 10.0 * (1 + 0.3 * n / 24)) for n in range(25)]
FLAT = [(f"Acme kettle ZX{100 + n}", 10.0, 10.0) for n in range(25)]


def test_the_spread_one_product_may_show_is_read_from_the_competitors_sure_matches():
    # Two listings 1.00 and 1.20: within what this competitor's sure matches
    # show (up to 1.3x) they are one product listed again, matched; where its
    # sure matches show no spread at all they are two products, proposed.
    wide = match_products(*_catalogues([1.0, 1.0], [1.0, 1.2], WIDE))
    assert set(_products(wide).status) == {"matched"}
    assert pairs(wide, "matched") >= {(f"E{n}", f"F{n}") for n in range(25)}
    flat = _products(match_products(*_catalogues([1.0, 1.0], [1.0, 1.2], FLAT)))
    assert len(flat) == 2 and set(flat.status) == {"proposed"}
    # A cent apart stays one product however closely the shops' prices agree (UNSHOWN_SPREAD, a floor).
    cent = _products(match_products(*_catalogues([1.0, 1.0], [1.0, 1.01], FLAT)))
    assert set(cent.status) == {"matched"}


def test_the_titles_in_question_are_not_their_own_evidence():
    # The "Product" pairs score as sure matches themselves; counted, four of
    # them at 2x among 25 sure matches of at most 1.3x would carry the
    # quantile to 2x and read 1.00-2.00 as one product.
    found = _products(match_products(*_catalogues([1.0] * 5, [1.0, 2.0, 2.0, 2.0, 2.0], WIDE)))
    assert set(found.status) == {"proposed"}


def test_a_few_sure_matches_show_no_spread():
    # One sure match priced 10 against 30 (or a handful) says nothing of how
    # this shop prices one product: not within a 3x read from one pair.
    found = _products(match_products(*_catalogues([1.0] * 5, [1.0, 1.5, 2.0, 2.5, 3.0],
                                                  [("Acme kettle ZX100", 10.0, 30.0)])))
    assert len(found) == 5 and set(found.status) == {"proposed"}
    # Nor does one at equal prices read a cent apart as two products.
    same = _products(match_products(*_catalogues([1.0, 1.0], [1.00, 1.01], [("Acme kettle ZX100", 10.0, 10.0)])))
    assert set(same.status) == {"matched"}
