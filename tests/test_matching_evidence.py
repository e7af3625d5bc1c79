"""Wording matches only where the evidence carries them
(`calibration.wording_evidence`): two catalogues that share no product get no
automatic match by wording, whatever their size or kind, and two that share
half their products still get theirs where there are enough of them to tell.

The catalogues are built here, from one vocabulary per kind, so that the
products of the two sides are alike in words (as two shops of one trade are)
without being the same product."""

from __future__ import annotations

import itertools
import random

import pandas as pd
import pytest

from benchmark.matching import LEFT_FREE_CLAUSE, calibration, match_products
from tests.test_matching import ours, pairs, theirs

# Every kind of pair the wording rule matches, by the clause its reason starts
# with (a twin of ours takes a listing its twin got by one of these).
BY_WORDING = ("each other's best match, by wording", "their listing's best match, by wording", LEFT_FREE_CLAUSE)

# Software and media: products told apart by their words only.
_MAKERS = ["encore", "sierra", "humongous", "broderbund", "edmark", "maxis", "topics", "individual", "cosmi",
           "nova", "avanquest", "selectsoft"]
_SUBJECTS = ["typing", "spanish", "french", "chess", "algebra", "geometry", "astronomy", "anatomy", "piano", "guitar",
             "cooking", "gardening", "genealogy", "photo", "greeting card", "crossword", "mahjong", "solitaire",
             "bridge", "poker", "world atlas", "bible", "dinosaur", "ocean", "reading", "spelling", "phonics",
             "fractions", "chemistry", "physics", "drawing", "yoga", "golf", "fishing", "flight", "railroad"]
_KINDS = ["tutor", "studio", "explorer", "academy", "workshop", "adventure", "planner", "companion", "challenge",
          "encyclopedia", "trainer", "maker"]
_EDITIONS = ["deluxe", "gold", "platinum", "home", "family", "premier", "junior", "classic"]

# Electronics: products told apart by model codes.
_BRANDS = ["sonex", "vantro", "kelvar", "ostrel", "maxtone", "brightel", "dynaro", "quenta"]
_TYPES = ["laser printer", "headphones", "monitor", "router", "speaker", "webcam", "keyboard", "tablet"]
_SPECS = ["wireless", "black", "compact", "usb", "hd", "bluetooth", "silver", "portable"]


def _wording_products(n: int, rng: random.Random) -> list[tuple]:
    every = list(itertools.product(_MAKERS, _SUBJECTS, _KINDS, _EDITIONS))
    return rng.sample(every, n)


def _code_products(n: int, rng: random.Random) -> list[tuple]:
    codes = rng.sample(range(100, 10000), n)
    return [(rng.choice(_BRANDS), rng.choice(_TYPES), f"{rng.choice('ABCDEFGHKLMNPRSTVX')}{rng.choice('ABCDEFGHKLMNPRSTVX')}-{c}",
             " ".join(rng.sample(_SPECS, 2))) for c in codes]


def _ours_title(kind: str, p: tuple) -> str:
    if kind == "wording":
        maker, subject, what, edition = p
        return f"{maker} {subject} {what} {edition}".title()
    brand, type_, code, spec = p
    return f"{brand.title()} {code} {type_} {spec}"


def _their_title(kind: str, p: tuple, rng: random.Random) -> str:
    """The other shop's way of writing a title: other order, other words
    around it, and on some titles without the maker's name."""
    if kind == "wording":
        maker, subject, what, edition = p
        return f"{subject} {what} - {edition} edition" + (f" by {maker}" if rng.random() < 0.5 else "") + " (pc software)"
    brand, type_, code, spec = p
    return f"{brand.upper()} {type_} {spec} {code.replace('-', '')} new"


def _catalogues(kind: str, size: int, shared: int, seed: int = 5) -> tuple[pd.DataFrame, pd.DataFrame, set]:
    """`size` products of ours and `size` of theirs, of which `shared` are
    the same products (the rest of each side: products the other lacks),
    drawn from one vocabulary; the true pairs."""
    rng = random.Random(seed)
    make = _wording_products if kind == "wording" else _code_products
    drawn = make(2 * size - shared, rng)
    our_products, their_products = drawn[:size], drawn[:shared] + drawn[size:]
    rng.shuffle(their_products)
    prices = {p: round(rng.uniform(10, 60), 2) for p in drawn}
    our = ours(*({"sku": f"O{n}", "name": _ours_title(kind, p), "price": prices[p]} for n, p in enumerate(our_products)))
    their = theirs(*({"competitor_product_id": n, "name": _their_title(kind, p, rng),
                      "price": round(prices[p] * rng.uniform(0.9, 1.1), 2)} for n, p in enumerate(their_products)))
    where = {p: n for n, p in enumerate(their_products)}
    truth = {(f"O{n}", where[p]) for n, p in enumerate(our_products) if p in where}
    return our, their, truth


def _by_wording(found: pd.DataFrame) -> set:
    rows = found[(found.status == "matched") & found.reason.str.startswith(BY_WORDING)]
    return set(zip(rows.sku, rows.competitor_product_id))


@pytest.mark.parametrize("kind", ["wording", "codes"])
@pytest.mark.parametrize("size", [4, 30, 300])
def test_catalogues_with_no_product_in_common_get_no_automatic_match(kind, size):
    # Small catalogues drawn several times: a handful of products each side
    # (the reviewer's four) is where chance pairs look most like evidence.
    for seed in range(12) if size < 300 else (5,):
        our, their, truth = _catalogues(kind, size, shared=0, seed=seed)
        assert not truth
        found = match_products(our, their)
        assert not pairs(found, "matched"), (seed, found[found.status == "matched"])


def test_catalogues_sharing_half_their_products_get_their_wording_matches():
    our, their, truth = _catalogues("wording", 300, shared=150)
    found = match_products(our, their)
    matched = pairs(found, "matched")
    assert _by_wording(found), "the test needs pairs only wording can match"
    right = len(matched & truth)
    assert right >= 0.6 * len(truth), (right, len(truth))
    assert right >= 0.9 * len(matched), (right, len(matched))


def test_a_few_sure_matches_prove_little_and_none_nothing():
    # The chance of a wrong wording match is taken at the top of its 95% interval.
    assert calibration.chance_bound(0, 0) == 1.0
    assert calibration.chance_bound(0, 3) > 0.6
    assert 0.2 < calibration.chance_bound(2, 20) < 0.35
    assert calibration.chance_bound(20, 200) < 0.15
    assert calibration.chance_bound(5, 5) == 1.0
