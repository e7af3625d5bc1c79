"""Which of a person's answers the learnt model reads (issue 9, the thirty-third session,
"answers10"): a rejected listing that is another listing of the shop with words added after a dash
(`tails`) is left out only where that other listing is one our product holds.

The tail rule's reading of a person's answers took one rejection out of what the learnt model reads
on every view where a shop lists a title and that title with words after a dash, whatever our
product held: on a WDC catalogue a rejected "... Charging Case - (Brand New)", proposed on its own
evidence (titles 67% alike) beside "... Charging Case (Latest Model)", which our product read less
close (0.64), was left out, and the model fitted to one answer fewer moved four figures after
answers by 0.001-0.002 (bench/history/matching.md, answers10). Small catalogues written anew here."""

from __future__ import annotations

import numpy as np
import pandas as pd

from benchmark.matching.statuses import Conditions, Products


def _conditions(ours: list[str], theirs: list[str]) -> Conditions:
    return Conditions(Products([f"O{i}" for i in range(len(ours))], [f"T{j}" for j in range(len(theirs))], ours,
                               theirs, [None] * len(ours), [None] * len(theirs)))


# A Maltese shop: a kettle, the same kettle as a pack of two ("2 biċċiet", two pieces), and a
# cordless glass kettle of the same model whose title starts as the kettle's does.
KETTLE = "Acme K140 kitla"
PACK = "Acme K140 kitla - 2 biċċiet"
GLASS = "Acme K140 kitla bla wajer tal-ħġieġ"


def test_a_rejected_pack_of_the_listing_our_product_holds_is_not_learnt_from():
    # Our kettle reads the kettle's listing closer than the pack: the pack is another offer of the
    # listing our product holds, and a person who rejects it says "another offer", not "another product".
    conditions = _conditions(["Acme K140 electric kettle"], [KETTLE, PACK])
    pairs = [(0, 0), (0, 1)]
    answers = conditions.answers_to_learn_from({(0, 1): False}, pairs, np.array([0.95, 0.90]))
    assert answers == {}


def test_a_rejected_pack_beside_a_listing_a_person_confirmed_is_not_learnt_from():
    # A person confirmed the kettle's listing for ours, however the comparison reads the two.
    conditions = _conditions(["Acme K140 electric kettle"], [KETTLE, PACK])
    pairs = [(0, 0), (0, 1)]
    answers = conditions.answers_to_learn_from({(0, 0): True, (0, 1): False}, pairs, np.array([0.70, 0.90]))
    assert answers == {(0, 0): True}


def test_a_rejected_listing_closer_to_ours_than_the_listing_it_extends_is_learnt_from():
    # Our product reads the listing with the tail closer than the listing it extends: that listing
    # is not one our product holds, so the rejection says what any rejection says, "this listing is
    # not our product", and the model learns it (it was left out: the shop's titles alone decided).
    conditions = _conditions(["Acme K140 electric kettle 2 litre"], [GLASS, PACK])
    pairs = [(0, 0), (0, 1)]
    answers = conditions.answers_to_learn_from({(0, 1): False}, pairs, np.array([0.64, 0.67]))
    assert answers == {(0, 1): False}


def test_a_confirmed_pack_is_learnt_from():
    # A person who saw the pack and confirmed it says the titles name one product: learnt.
    conditions = _conditions(["Acme K140 electric kettle"], [KETTLE, PACK])
    answers = conditions.answers_to_learn_from({(0, 1): True}, [(0, 0), (0, 1)], np.array([0.95, 0.90]))
    assert answers == {(0, 1): True}


def test_the_learnt_model_reads_a_rejection_our_product_read_closer_than_the_listing_it_extends():
    # Through the matcher: 24 answers, and a rejection of a listing that starts as another listing
    # of the shop does (their kettle, cordless, in glass) and adds words after a dash. Our product
    # reads the rejected listing closer than that one, so the model is fitted to 25 answers.
    from benchmark.matching import match_products
    from test_matching import _retailer_numbers_catalogue, ours, theirs

    our, their = _retailer_numbers_catalogue()
    our = pd.concat([our, ours({"sku": "S40", "name": "Acme kettle model 140 deluxe", "brand": "Acme", "price": 60})],
                    ignore_index=True)
    their = pd.concat([their, theirs({"competitor_product_id": 2040, "brand": "Acme", "price": 60,
                                      "name": "Acme kettle model 140 deluxe bla wajer tal-ħġieġ aħmar"}),
                       theirs({"competitor_product_id": 2041, "brand": "Acme", "price": 115,
                               "name": "Acme kettle model 140 deluxe - 2 biċċiet"})], ignore_index=True)
    answers = pd.DataFrame(
        [{"sku": f"S{i}", "competitor_product_id": i, "status": "confirmed"} for i in range(12)]
        + [{"sku": f"S{i}", "competitor_product_id": 1000 + i, "status": "rejected"} for i in range(12, 24)]
        + [{"sku": "S40", "competitor_product_id": 2041, "status": "rejected"}])
    found = match_products(our, their, decisions=answers, review_threshold=0.3)
    assert found.reason.str.startswith("learnt from 25 decisions").any(), found
