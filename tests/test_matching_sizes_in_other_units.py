"""Sizes one shop writes in another unit than the other (the thirteenth round's misses, issue 9):
an ounce, which is a US fluid ounce of ink or cream (29.57 ml) and an ounce of coffee (28.35 g),
read as the other title's unit says."""

from __future__ import annotations

import pytest

from benchmark._text import extract
from benchmark.matching.conflicts import _quantity_conflict


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Dynamic Color Triple Black Tattoofarbe 240 ml", "หมึกสัก Dynamic Triple Black ขนาด 8oz ของแท้ USA"),
    ("Hustle Butter Deluxe Tattoopflege 150 ml", "ครีมบำรุงรอยสัก Hustle Butter Deluxe 5oz"),
    ("Eternal Ink Lining Black 30 ml (1 oz)", "Eternal Ink Lining Black 1oz"),
    ("Coffee beans 454 g", "Coffee beans 16 oz"),
    ("Coffee beans 16 oz", "Coffee beans 1 lb"),
])
def test_an_ounce_is_the_size_the_other_title_writes(ours, theirs):
    assert _quantity_conflict(extract(ours), extract(theirs)) is None
    assert _quantity_conflict(extract(theirs), extract(ours)) is None


@pytest.mark.parametrize(("ours", "theirs", "dimension"), [
    # Before: an ounce was a weight only, and 4 oz of ink no other size than our 240 ml.
    ("Dynamic Color Triple Black Tattoofarbe 240 ml", "หมึกสัก Dynamic Triple Black ขนาด 4oz ของแท้ USA", "volume"),
    ("Hustle Butter Deluxe Tattoopflege 150 ml", "ครีมบำรุงรอยสัก Hustle Butter Deluxe 1oz", "volume"),
    ("Eternal Ink Lining Black 30 ml (1 oz)", "Eternal Ink Lining Black 2oz", "volume"),
    ("Coffee beans 454 g", "Coffee beans 8 oz", "mass"),
])
def test_an_ounce_apart_from_the_other_titles_size_is_another_size(ours, theirs, dimension):
    assert _quantity_conflict(extract(ours), extract(theirs))[0] == dimension
    assert _quantity_conflict(extract(theirs), extract(ours))[0] == dimension


@pytest.mark.parametrize(("ours", "theirs", "apart"), [
    # A roll of film in inches and yards, as a Thai shop writes it, against ours in centimetres and metres.
    ("Saniderm Tattoo-Folie Rolle 15,2 cm x 1,8 m", "ฟิล์มปิดรอยสัก Saniderm 6 นิ้ว x 2 หลา", False),
    ("Saniderm Tattoo-Folie Rolle 15,2 cm x 1,8 m", "ฟิล์มปิดรอยสัก Saniderm 6 นิ้ว x 8 หลา", True),
    ("Braided fishing line 0.20 mm 137 m", "Braided fishing line 150 yds", False),
    ("Braided fishing line 0.20 mm 137 m", "Braided fishing line 300 yards", True),
])
def test_a_yard_is_a_length(ours, theirs, apart):
    # Before: no yard was read, and 8 yards of film no other length than our 1.8 m.
    conflict = _quantity_conflict(extract(ours), extract(theirs))
    assert (conflict is not None and conflict[0] == "length") == apart, conflict


@pytest.mark.parametrize("title", ["Yard Force LM C37 cordless lawnmower", "Defender Durable Aluminum Security Yard Sign"])
def test_a_yard_named_without_a_number_is_still_a_word(title):
    # Review R2 on d61dbac: a unit's name is never a word of `Features.words`, and "yard" names a
    # garden-tools maker and a sign far more often than a length, as "lumen" names a projector's line.
    assert "yard" in extract(title).words


@pytest.mark.parametrize(("title", "grams"), [
    # The seventeenth round's Bulgarian darts: "24г" and "24 грама" are 24 g, as "24g" is.
    ("Стрели Power 9Five G7 Gen 2 стийл 24г", 24.0),
    ("Стрели Фил Тейлър Power 9Five G7 стийл 24 грама", 24.0),
    ("Чай черен 100 гр", 100.0),
    ("Кофе молотый 250 грамм", 250.0),
])
def test_a_gram_in_cyrillic_is_a_gram(title, grams):
    assert extract(title).quantities.get("mass") == frozenset({grams})


@pytest.mark.parametrize("title", ["Календар 2020 г.", "Модел 2020г. стрели", "Набор 5 в 1"])
def test_a_year_or_a_preposition_in_cyrillic_is_no_size(title):
    assert not extract(title).quantities


@pytest.mark.parametrize(("ours", "theirs", "apart"), [
    # The seventeenth round's darts: a Dutch shop's "24 gram" against a Bulgarian one's "24г".
    ("Target Power 9Five G7 steeltip dartpijlen 24 gram", "Стрели за дартс Target Power 9Five G7 Steel 24г", False),
    ("Target Power 9Five G7 steeltip dartpijlen 22 gram", "Стрели за дартс Target Power 9Five G7 Soft 18г", True),
    ("Harrows Supergrip Steeltip Darts 24 Gramm", "Harrows Supergrip steel tip darts 24g", False),
    ("Fléchettes Winmau Navigator 22 grammes", "Winmau Navigator darts 24 grams", True),
])
def test_a_gram_spelt_out_is_a_gram(ours, theirs, apart):
    conflict = _quantity_conflict(extract(ours), extract(theirs))
    assert (conflict is not None and conflict[0] == "mass") == apart, conflict


def test_a_gram_named_without_a_number_is_still_a_word():
    assert "gram" in extract("LG Gram 17 laptop 16GB").words
