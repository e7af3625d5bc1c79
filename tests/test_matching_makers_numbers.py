"""A maker's number of three or four digits, written by one product of each catalogue, read as
evidence that puts the pair to a person (`codes._shared_number`): a code of letters and digits was
read, a number of digits only was not, so a string, a reed or a lens known by its maker's number
alone was found only where its two titles were worded alike."""

from __future__ import annotations

from benchmark._text import extract, makers_number
from benchmark.matching import match_products
from tests.test_matching import ours, pairs, theirs


def test_a_makers_number_is_three_or_four_digits_written_once():
    assert makers_number(extract("D'Addario Pro-Arte Gitarrensaite G3 normal (J4603)").numbers) is None
    assert makers_number(extract("Savarez Alliance Corum 500 AJ Satz").numbers) == "500"
    assert makers_number(extract("Hannabach Konzertgitarren-Saiten Satz (815)").numbers) == "815"
    # Several such numbers (a set naming its strings' numbers, a line and its own number), a year,
    # a leading zero: none.
    assert makers_number(extract("Hannabach Konzertgitarren-Saiten Serie 815 MT (8157)").numbers) is None
    assert makers_number(extract("Satz Hannabach 815 (E 8151, H 8152, G 8153)").numbers) is None
    assert makers_number(extract("Savarez Katalog 2024").numbers) is None
    assert makers_number(extract("Savarez Saite 055 einzeln").numbers) is None


# A German guitar shop against a Czech one: the maker and its number are what the titles share.
OURS = ours(
    {"sku": "S523", "name": "Savarez Einzelsaite G Nylon 4/4 (523)", "brand": "Savarez"},
    {"sku": "S540", "name": "Savarez Konzertgitarren-Saiten Satz Alliance, normale Spannung (540R)", "brand": "Savarez"},
    {"sku": "H815", "name": "Hannabach Konzertgitarren-Saiten Satz 4/4, mittlere Spannung (815)"},
)
THEIRS = theirs(
    {"competitor_product_id": 1, "name": "Savarez 523 struna G pro klasickou kytaru 4/4, nylon", "brand": "Savarez"},
    {"competitor_product_id": 2, "name": "Savarez 524 struna H pro klasickou kytaru 4/4, nylon", "brand": "Savarez"},
    {"competitor_product_id": 3, "name": "Savarez 540R sada strun pro klasickou kytaru", "brand": "Savarez"},
    {"competitor_product_id": 4, "name": "Hannabach 815 MT sada strun pro klasickou kytaru 4/4, střední napětí"},
)


def test_a_makers_number_on_one_product_of_each_side_is_read_for_a_person():
    # Before: the number was not read (S523 proposed at 0.69 on "titles 66% alike" only, H815 at
    # 0.60 by the two-languages clause); now each names it, and the pair is put to a person a
    # rank higher, never matched on it alone (a code of letters is needed for that).
    found = match_products(OURS, THEIRS)
    shown = found[["sku", "competitor_product_id", "status", "score", "reason"]]
    by_pair = {(s, c): (st, sc, r) for s, c, st, sc, r in zip(found.sku, found.competitor_product_id, found.status,
                                                               found.score, found.reason)}
    assert "same maker's number 523" in by_pair[("S523", 1)][2], shown
    assert "same maker's number 815" in by_pair[("H815", 4)][2], shown
    assert by_pair[("S523", 1)][0] == by_pair[("H815", 4)][0] == "proposed", shown
    assert by_pair[("S523", 1)][1] >= 0.7, shown
    assert ("S523", 2) not in pairs(found), shown


def test_a_number_on_several_products_or_under_another_maker_names_none():
    # Two of their listings write "815" (a string set and its single string): the number names
    # a line there, no one product, and is read as before.
    listings = theirs(*THEIRS.to_dict("records"),
                      {"competitor_product_id": 5, "name": "Hannabach 815 MT struna G3, střední napětí"})
    found = match_products(OURS, listings)
    assert not found[found.sku == "H815"].reason.str.contains("maker's number").any(), found
    # Another maker's title writing the same number: no identifier between two makers.
    found = match_products(
        ours({"sku": "H815", "name": "Hannabach Konzertgitarren-Saiten Satz, mittlere Spannung (815)", "brand": "Hannabach"}),
        theirs({"competitor_product_id": 1, "name": "Augustine 815 juego de cuerdas para guitarra clásica",
                "brand": "Augustine"}))
    assert not found.reason.str.contains("maker's number").any(), found
    # A compatible writes the original's number as the one it stands in for.
    found = match_products(
        ours({"sku": "A2560", "name": "Placa Arduino Mega 2560 Rev3", "brand": "Arduino"}),
        theirs({"competitor_product_id": 1, "name": "Arduino Mega 2560 R3 CH340 Board Compatible w/ Arduino IDE"}))
    assert not found.reason.str.contains("maker's number").any(), found


def test_a_word_after_the_number_that_tells_two_products_apart_is_read():
    # "1660 SUPER" against "1660": the word after the number, written elsewhere by the other
    # shop, names another model; so do words apart on both titles that each shop writes elsewhere.
    found = match_products(
        ours({"sku": "G1", "name": "Asus Phoenix GeForce GTX 1660 SUPER OC 6GB", "brand": "Asus"},
             {"sku": "G2", "name": "Asus Dual GeForce RTX 3060 OC 12GB", "brand": "Asus"}),
        theirs({"competitor_product_id": 1, "name": "ASUS GeForce GTX 1660 OC 6GB Phoenix", "brand": "Asus"},
               {"competitor_product_id": 2, "name": "ASUS GeForce RTX 3060 SUPER Dual OC 12GB", "brand": "Asus"}))
    assert not found.reason.str.contains("maker's number").any(), found
