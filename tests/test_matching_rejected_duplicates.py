"""A person's rejection of a listing proposed as the same product as our
product's match: it holds for the listings that are that product listed
again, the match included, but a match our product made on its own
evidence is not lost unseen: it is put to the person
(`assignment.undone_matches`)."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

from benchmark.matching import REJECTED_COPY_CLAUSE, match_products
from tests.test_matching import ours, pairs, theirs

_MOUSE = {"brand": "Logitech", "price": Decimal(99)}
_LISTED = "Logitech MX Master 3 Wireless Mouse for Mac and PC"
_OURS = ours({"sku": "A", "name": "Logitech MX Master 3 wireless mouse", **_MOUSE})
# Listing 1 is our product's match on its own (titles 90% alike); 2 and 3 are
# listing 1 again, each with a long tail of words, so each is proposed as it.
_THEIRS = theirs({"competitor_product_id": 1, "name": _LISTED, **_MOUSE},
                 {"competitor_product_id": 2, "name": f"{_LISTED} - Bluetooth, USB-C, ergonomic, 4000 DPI, Darkfield, "
                                                      "for Mac and PC", **_MOUSE},
                 {"competitor_product_id": 3, "name": f"{_LISTED} with USB-C charging and Darkfield tracking for Mac "
                                                      "and PC", **_MOUSE})


def _rejected(pid: int) -> pd.DataFrame:
    return pd.DataFrame({"sku": ["A"], "competitor_product_id": [pid], "status": ["rejected"]})


def test_rejecting_a_proposed_duplicate_asks_about_the_match_it_duplicated():
    found = match_products(_OURS, _THEIRS)
    assert pairs(found, "matched") == {("A", 1)} and pairs(found, "proposed") == {("A", 2), ("A", 3)}
    assert found.set_index("competitor_product_id").reason[2].startswith("the same product as their listing")
    after = match_products(_OURS, _THEIRS, decisions=_rejected(2))
    # The match is not kept matched against the person's answer, nor dropped unseen: it is put to them.
    assert ("A", 1) in pairs(after, "proposed") and ("A", 2) not in pairs(after)
    assert not pairs(after, "matched")
    reason = after.set_index("competitor_product_id").reason[1]
    assert reason.startswith(REJECTED_COPY_CLAUSE) and "for Mac and PC - Blueto" in reason
    # Confirmed, it brings the copy that is not the rejected one, matched with it.
    confirmed = pd.concat([_rejected(2), _rejected(1).assign(status="confirmed")], ignore_index=True)
    assert pairs(match_products(_OURS, _THEIRS, decisions=confirmed), "matched") == {("A", 3)}


def test_rejecting_the_match_still_holds_for_its_duplicates():
    # A person who says "not this one" of the match is not shown it again, listed again.
    assert pairs(match_products(_OURS, _THEIRS, decisions=_rejected(1))) == set()


def test_a_proposal_is_not_kept_against_the_rejection_of_its_copy():
    # Only a match the rules are sure of stands against a rejection of its
    # copy: titles 70% alike, listing 1 is our product's best but only
    # proposed, and a person who rejects listing 2 is not asked about it again.
    our = ours({"sku": "A", "name": "Logitech mouse MX Master 3 advanced", **_MOUSE})
    twice = _THEIRS.iloc[:2].assign(name=["Logitech MX Master 3 Wireless Mouse - Black",
                                          "Logitech MX Master 3 wireless mouse, black"])
    assert pairs(match_products(our, twice), "proposed") == {("A", 1), ("A", 2)}
    assert pairs(match_products(our, twice, decisions=_rejected(2))) == set()


def test_an_ambiguous_match_is_not_sure_on_its_own():
    # Two of ours and two listings share one title at prices ten times apart
    # (a pair no score settles, `unsettled.py`), so our product's best listing
    # is proposed, not matched: a rejection of its copy does not bring it
    # back as a sure match undone.
    apart = [Decimal(99), Decimal(10)]
    our = ours(*({"sku": sku, "name": _LISTED, "brand": "Logitech", "price": price}
                 for sku, price in zip("AB", apart)))
    their = _THEIRS.assign(name=[_LISTED, _LISTED, _THEIRS.name[1]], price=[*apart, Decimal(99)])
    assert pairs(match_products(our, their), "proposed") == {("A", 1), ("B", 2)}
    after = match_products(our, their, decisions=_rejected(3))
    assert "A" not in set(after.sku)
    assert not after.reason.str.startswith(REJECTED_COPY_CLAUSE).any()
