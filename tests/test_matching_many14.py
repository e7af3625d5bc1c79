"""A model's code on many of a shop's listings, the seventh round running (issue 9, the thirty-seventh
session, "many14"): the listing in other words and the model's own listing linked, and the wording
gate not shut by the product they make sure. Small catalogues written anew here, none a batch's
rows, read through the commands as the batches are (`tests/kinds_batches.py`), and the gate's
chance null on arrays written for it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from benchmark.matching import match_products
from benchmark.matching.calibration.nulls import _chance_counts
from tests.kinds_batches import catalogues_with_second_listings, priced_in, read_catalogues

# A Czech shop of laboratory balances in koruna against a Tbilisi one in lari, titled in Georgian.
# Theirs lists Sartorius' Entris BCE224 new, used ("მეორადი 6 თვე"), a mains adapter for it, and once
# more in English: four listings of the code. The English title writes two words of its own
# ("analytical", "balance") and two that every listing of the code writes ("sartorius", "entris"):
# as many of its own as common ones.
BALANCES = [
    ("Analytická váha Sartorius Entris BCE224, 220 g x 0,1 mg", "42900",
     "Sartorius Entris BCE224 ანალიტიკური სასწორი 220 გ x 0.1 მგ", "4890", {"ours": {"brand": "Sartorius"}}),
    (None, None, "Sartorius Entris BCE224 სასწორი მეორადი 6 თვე", "2650"),
    (None, None, "12V ადაპტერი Sartorius Entris BCE224 სასწორისთვის", "95"),
    ("Analytická váha Sartorius Entris BCE124, 120 g x 0,1 mg", "38900",
     "Sartorius Entris BCE124 ანალიტიკური სასწორი 120 გ x 0.1 მგ", "4390"),
    ("Přesná váha Ohaus Scout SPX622, 620 g x 0,01 g", "11900", "Ohaus Scout SPX622 ზუსტი სასწორი 620 გ", "1390"),
    ("Přesná váha Kern EW 620-3NM", "15900", "Kern EW 620-3NM ზუსტი სასწორი", "1790"),
    ("Počítací váha Adam CBC 16a", "9900", "Adam CBC 16a დასათვლელი სასწორი", "1150"),
    ("Kalibrační závaží Kern 328-05, 200 g, F1", "2900", "Kern 328-05 საკალიბრო წონა 200 გ F1", "340"),
    ("Vlhkoměr Ohaus MB23", "49900", "Ohaus MB23 ტენიანობის ანალიზატორი", "5690"),
    ("Mikroskop Bresser Researcher 40-1000x", "7900", "Bresser Researcher 40-1000x მიკროსკოპი", "920"),
]
BALANCES_ENGLISH = [(0, "Sartorius Entris BCE224 Analytical Balance, 220g x 0.1mg", "4990")]


# At the start the English listing was not read apart (its own words no more than the common ones),
# so its words told it apart from our Czech title and the pair was not matched. Read apart, it is
# ours by the code; and the listing it is another language's title of (their Georgian one: no code
# nor number the English one does not write, priced nearest it) is ours with it, its own Georgian
# words no difference our shop could show. The used one and the adapter write numbers of their own.
def test_a_model_listed_in_english_too_is_matched_with_both_listings_and_not_its_used_one(tmp_path):
    catalogues = priced_in(catalogues_with_second_listings(BALANCES, BALANCES_ENGLISH), "GEL")
    _, found = read_catalogues(tmp_path / "balances", catalogues)
    assert found.get(("O0", "T0"), {}).get("status") == "matched", found
    assert found.get(("O0", "T0b"), {}).get("status") == "matched", found
    assert found.get(("O0", "T1"), {}).get("status") != "matched", found
    assert found.get(("O0", "T2"), {}).get("status") != "matched", found
    # The sibling a capacity apart stays its own.
    assert found.get(("O3", "T3"), {}).get("status") == "matched", found
    assert ("O0", "T3") not in found and ("O3", "T0") not in found, found



# Review R5 of the thirty-seventh session: `code_owners._model_listing` took the sibling priced nearest
# the listing written apart, and a condition listing written in words alone (a demonstration piece
# without its box: no number of its own) qualifies as the model's own listing does. A Spanish shop
# against a Greek one listing the Kala KA-15S five times; the English listing (189.00) is priced between
# the demonstration piece (185.00) and the model's own Greek listing (199.00), so the demonstration piece
# was matched with our ukulele (0.936, "the same product as their listing") and the model's own listing
# not found. Both sit nearer the English listing than the shop prices any two of its other KA-15S
# listings apart (185.00 / 199.00), so the prices tell neither: none is linked, the English listing is
# ours by the code.
UKULELES_OURS = [("Ukulele soprano Kala KA-15S, caoba satinada, natural", 190.0), ("Afinador de pinza Snark SN-5", 15.0),
                 ("Cuerdas Aquila 4U soprano", 9.0), ("Ukulele concierto Kala KA-C, caoba", 240.0),
                 ("Funda acolchada para ukulele soprano Ortega", 35.0), ("Ukulele tenor Kala KA-T, caoba", 260.0)]
UKULELES_THEIRS = [("Γιουκαλίλι σοπράνο Kala KA-15S μαόνι σατινέ φυσικό", 199.0),
                   ("Γιουκαλίλι σοπράνο Kala KA-15S κομμάτι επίδειξης χωρίς κουτί", 185.0),
                   ("Θήκη για γιουκαλίλι σοπράνο Kala KA-15S", 39.0),
                   ("Γιουκαλίλι σοπράνο Kala KA-15S μεταχειρισμένο 6 μήνες", 120.0),
                   ("Kala KA-15S Satin Mahogany Soprano Ukulele", 189.0),
                   ("Afinador Snark SN-5 de clipe", 16.0), ("Cordas Aquila 4U soprano", 10.0),
                   ("Ukulele concerto Kala KA-C mogno", 250.0), ("Capa acolchoada Ortega para ukulele soprano", 36.0),
                   ("Ukulele tenor Kala KA-T mogno", 265.0)]


def test_a_demonstration_piece_priced_nearer_is_not_matched_as_the_model():
    ours = pd.DataFrame({"sku": [f"o{n}" for n in range(len(UKULELES_OURS))],
                         "name": [t for t, _ in UKULELES_OURS], "price": [p for _, p in UKULELES_OURS]})
    theirs = pd.DataFrame({"competitor_product_id": [f"t{n}" for n in range(len(UKULELES_THEIRS))],
                           "name": [t for t, _ in UKULELES_THEIRS], "price": [p for _, p in UKULELES_THEIRS]})
    found = {(row.sku, row.competitor_product_id): row.status for row in match_products(ours, theirs, workers=1).itertuples()}
    assert found.get(("o0", "t1")) != "matched", found
    assert found.get(("o0", "t4")) == "matched", found


# Review R12 of the thirty-eighth session, open: where the shop does not list the model in its own words
# (sold out, delisted), the demonstration piece is the one sibling left that qualifies, the spacing of the
# code's other prices (185 / 39 / 120) is wide, and it is linked and matched as before (0.938, "the same
# product as their listing"). The price alone cannot tell a model's second listing from its demonstration
# piece when only one of them is there: such a link could give a proposal at most.
@pytest.mark.xfail(strict=True, reason="review R12: with the model's own listing absent, the demonstration piece "
                                       "is linked by price and matched as the model")
def test_without_the_models_own_listing_the_demonstration_piece_is_not_matched_as_the_model():
    kept = range(1, len(UKULELES_THEIRS))
    ours = pd.DataFrame({"sku": [f"o{n}" for n in range(len(UKULELES_OURS))],
                         "name": [t for t, _ in UKULELES_OURS], "price": [p for _, p in UKULELES_OURS]})
    theirs = pd.DataFrame({"competitor_product_id": [f"t{n}" for n in kept],
                           "name": [UKULELES_THEIRS[n][0] for n in kept], "price": [UKULELES_THEIRS[n][1] for n in kept]})
    found = {(row.sku, row.competitor_product_id): row.status for row in match_products(ours, theirs, workers=1).itertuples()}
    assert found.get(("o0", "t4")) == "matched", found
    assert found.get(("o0", "t1")) != "matched", found


# The chance null asks our products sure by a code on many listings no question: their trial reads the
# listings the shop keeps for that model (a bag, an adapter for it), not chance. Written for the null:
# our products 0 and 1 are sure (with listings 0 and 1); taken away, product 0 finds listing 2 by
# wording (its best of two left), product 1 nothing; products 2 and 3 are matched by wording.
def test_the_chance_null_does_not_ask_a_product_sure_by_a_code_on_many_listings():
    rows = np.array([0, 0, 0, 1, 1, 2, 2, 3, 3])
    cols = np.array([0, 2, 7, 1, 5, 3, 5, 4, 6])
    scores = np.array([0.96, 0.55, 0.3, 0.95, 0.2, 0.6, 0.3, 0.62, 0.25])
    wanted = np.array([False, True, False, False, False, True, False, True, False])
    matched = wanted & (scores < 0.85)
    sure = scores >= 0.85
    assert _chance_counts(rows, cols, scores, wanted, matched, sure) == (2, 2, 1, 2)
    listed = np.array([True, False, False, False, False, False, False, False, False])
    assert _chance_counts(rows, cols, scores, wanted, matched, sure, listed) == (2, 2, 0, 1)
