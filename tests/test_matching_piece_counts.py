"""A count of pieces written with another language's word for "pieces" (issue 9, the seventeenth
round's Slovak batteries): "6ks" (Czech and Slovak "kusy", "kusov"), "10 szt." (Polish "sztuk"),
"12 pz" (Italian "pezzi"), "24 uds." (Spanish "unidades"), "6 stuks" (Dutch), "10 buc."
(Romanian "bucăți"), "6 шт." (Russian, Ukrainian and Bulgarian "штук") is a pack's count, as
"6 pcs" and "6 Stk." are."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark._text import extract
from benchmark.matching.conflicts import _number_conflict
from benchmark.matching.given_pairs import score_pairs


@pytest.mark.parametrize(("title", "count"), [
    ("Rayovac Extra Advanced 13 batérie do načúvacích prístrojov 6ks", 6),
    ("Baterie do sluchadel Duracell 312, 6 ks", 6),
    ("Baterie do aparatów słuchowych Rayovac 675, 6 szt.", 6),
    ("Pile per apparecchi acustici Duracell 13, confezione da 6 pz", 6),
    ("Pilas audífonos Rayovac 312, blíster 6 uds.", 6),
    ("Pilas audífonos Rayovac 312 (6 unidades)", 6),
    ("Gehoorapparaat batterijen Duracell 675, 6 stuks", 6),
    ("Baterii proteza auditiva Rayovac 10, 6 buc.", 6),
    ("Батерии за слухов апарат Rayovac 312, 6 шт.", 6),
    ("Батарейки Duracell 13 для слуховых аппаратов 6шт", 6),
])
def test_a_count_of_pieces_in_another_language_is_the_pack(title, count):
    assert extract(title).pack == count


def test_the_german_and_the_slovak_six_are_not_two_numbers():
    # Before: "numbers differ: 6er vs 6ks" (each read as a short variant name, as "S3" / "S4").
    ours = extract("Rayovac Extra Advanced 13 Hörgerätebatterien, 6er Blister")
    theirs = extract("Rayovac Extra Advanced 13 batérie do načúvacích prístrojov 6ks")
    assert _number_conflict(ours, theirs) is None
    frames = (pd.DataFrame([{"sku": "O0", "name": "Rayovac Extra Advanced 13 Hörgerätebatterien, 6er Blister"}]),
              pd.DataFrame([{"competitor_product_id": "T0", "name": "Rayovac Extra Advanced 13 batérie 6ks"}]))
    assert "numbers differ" not in score_pairs(*frames).iloc[0].reason


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Rayovac 13 batérie 6ks", "Rayovac 13 batérie 8ks"),
    ("Pile Duracell 312, 6 pz", "Pile Duracell 312, 8 pz"),
])
def test_two_counts_of_pieces_stay_two_packs(ours, theirs):
    assert extract(ours).pack != extract(theirs).pack


@pytest.mark.parametrize("title", ["Kobo Clara HD KS-2 Sleep Cover", "Shimano Deore XT PZ cassette 11-46",
                                   "Stuks van het bord, taartschep"])
def test_a_count_word_is_read_only_after_a_number(title):
    assert extract(title).pack is None
