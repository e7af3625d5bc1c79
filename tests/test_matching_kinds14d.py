"""A fourth batch of the fourteenth round (after `tests/test_matching_kinds14.py` to `..14c.py`),
written before the matcher read it, in a kind none of the thirteen rounds held.

Sauna heaters and accessories (ours: a German sauna shop, 19 products in euros; theirs: an Estonian
sauna shop, 34 listings in euros, titled in Estonian as such shops write them: the maker and
model, then the kind as one compound word ("elektrikeris" an electric heater, "puuküttega keris" a
wood-burning one, "kerisekivid" heater stones, "saunaämber" a sauna bucket, "saunalõhn" a sauna
scent, "juhtpult" a control unit), the output and what comes with it: "Harvia Cilindro PC90
elektrikeris 9 kW sisseehitatud juhtpaneeliga, roostevaba" for our "Harvia Cilindro PC90
Elektro-Saunaofen 9 kW mit integrierter Steuerung, Edelstahl"; "HUUM DROP 9 kW elektrikeris
(kivideta)" (without stones) for our "HUUM Drop Elektro-Saunaofen 9 kW ohne Steine"; the decimal
comma ("6,8 kW"), a colour after a comma ("must" black, "valge" white), the scent's name in
Estonian ("Kask" birch, "Eukalüpt")).

The hard things, written as such shops write them, not to be easy or hard: a heater an output, a
control or a colour apart ("PC90" / "PC90E" with an external control / "PC70", "roostevaba" /
"must", both colours ours in both shops; HUUM's "DROP 9 kW" / "6 kW", ours "4,5 kW" only; "HIVE
Mini 6 kW" / "HIVE Heat 12 kW"), a wood-burning heater with and without "Duo", Kastor's "JK" and its
long-firebox "JK PK"; control units a word apart ("UKU Wi-Fi" / "UKU Local", "Xenio WiFi CX001WIFI"
/ "Xenio CX170"); stones a size apart ("5-10 cm" / "10-15 cm") and unbranded stones in the same
words; a bucket a colour or a volume apart ("must" / "valge", "4 l" / "1,5 l"; "grau" ours only); a
scent a name apart; a thermo-hygrometer in another wood and of another maker; an ex-display heater
("näidiseksemplar, kasutatud") beside the new; a heater guard that names two heaters' models; a
heater of another maker of the same output and control; HUUM's stones naming the heaters they fit;
the Xenio's EAN in their description and our GTIN; one product listed twice (the kind first, the
maker in capitals, "integreeritud juhtimisega" for "sisseehitatud juhtpaneeliga").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_XENIO_WIFI = gtin_with_check_digit("641641711032")
GTIN_PC90 = gtin_with_check_digit("641641710592")

# A German sauna shop against an Estonian one, both in euros: "elektrikeris" electric heater,
# "puuküttega keris" wood-burning heater, "sisseehitatud juhtpaneeliga" with a built-in control
# panel, "välise juhtpuldiga" with an external control unit, "juhtpult elektrikerisele" a control
# unit for an electric heater, "kivideta" without stones, "kerisekivid" heater stones, "roostevaba"
# stainless, "must" black, "valge" white, "kliimaseadmega" with a climate unit, "pikendatud
# küttekoldega" with a long firebox, "saunaämber ... koos kulbiga" a sauna bucket with a ladle,
# "termo-hügromeeter saunale" a sauna thermo-hygrometer, "mänd" pine, "haab" aspen, "saunalõhn"
# sauna scent, "Kask" birch, "kaitsepiire ... kerisele" a heater guard, "saunauks klaasist" a glass
# sauna door, "näidiseksemplar (kasutatud)" an ex-display piece (used), "Sobib leiliruumi" fits a
# steam room of.
SAUNA: list[Row] = [
    ("Harvia Cilindro PC90 Elektro-Saunaofen 9 kW mit integrierter Steuerung, Edelstahl", "739.00",
     "Harvia Cilindro PC90 elektrikeris 9 kW sisseehitatud juhtpaneeliga, roostevaba", "699.00",
     {"ours": {"brand": "Harvia", "gtin": GTIN_PC90, "description": "Für Saunakabinen von 8 bis 14 m³."},
      "theirs": {"brand": "Harvia", "description": "Sobib leiliruumi 8-14 m³. Kerisekivid ei kuulu komplekti."}}),
    (None, None, "Harvia Cilindro PC90E elektrikeris 9 kW välise juhtpuldiga, roostevaba", "679.00"),
    (None, None, "Harvia Cilindro PC70 elektrikeris 6,8 kW sisseehitatud juhtpaneeliga, roostevaba", "649.00"),
    ("Harvia Cilindro PC90 Elektro-Saunaofen 9 kW mit integrierter Steuerung, schwarz", "789.00",
     "Harvia Cilindro PC90 elektrikeris 9 kW sisseehitatud juhtpaneeliga, must", "749.00", {"ours": {"brand": "Harvia"}}),
    ("HUUM Drop Elektro-Saunaofen 9 kW ohne Steine", "649.00", "HUUM DROP 9 kW elektrikeris (kivideta)", "599.00"),
    (None, None, "HUUM DROP 6 kW elektrikeris (kivideta)", "549.00"),
    ("HUUM Hive Mini Elektro-Saunaofen 6 kW ohne Steine", "899.00", "HUUM HIVE Mini 6 kW elektrikeris (kivideta)", "849.00"),
    (None, None, "HUUM HIVE Heat 12 kW elektrikeris (kivideta)", "1490.00"),
    ("HUUM UKU Wi-Fi Saunasteuerung", "299.00", "HUUM UKU Wi-Fi juhtpult elektrikerisele", "279.00"),
    (None, None, "HUUM UKU Local juhtpult elektrikerisele", "219.00"),
    ("Harvia Xenio WiFi Steuergerät CX001WIFI", "399.00", "Harvia Xenio WiFi juhtpult CX001WIFI", "379.00",
     {"ours": {"brand": "Harvia", "gtin": GTIN_XENIO_WIFI}, "theirs": {"description": "EAN: " + GTIN_XENIO_WIFI}}),
    (None, None, "Harvia Xenio juhtpult CX170", "259.00"),
    ("Harvia Saunaofensteine 5-10 cm, 20 kg", "24.90", "Harvia kerisekivid 5-10 cm 20 kg", "22.90"),
    (None, None, "Harvia kerisekivid 10-15 cm 20 kg", "22.90"),
    (None, None, "Kerisekivid oliviin-diabaas 5-10 cm 20 kg", "16.90"),
    ("Harvia Legend 240 Duo Holz-Saunaofen 24 kW", "1490.00", "Harvia Legend 240 Duo puuküttega keris 24 kW", "1399.00"),
    (None, None, "Harvia Legend 240 puuküttega keris 24 kW", "1290.00"),
    ("Saunum Air 10 Elektro-Saunaofen mit Klimagerät 10 kW", "1790.00", "Saunum AIR 10 elektrikeris kliimaseadmega 10 kW", "1690.00"),
    ("Saunum Air 7 Elektro-Saunaofen mit Klimagerät 7 kW", "1590.00", None, None),
    ("Kastor Karhu-16 JK Holz-Saunaofen", "749.00", "Kastor Karhu-16 JK puuküttega keris", "699.00"),
    (None, None, "Kastor Karhu-16 JK PK pikendatud küttekoldega puuküttega keris", "769.00"),
    ("Rento Sauna-Eimer 4 l mit Kelle, schwarz", "49.90", "Rento saunaämber 4 l koos kulbiga, must", "45.90"),
    (None, None, "Rento saunaämber 4 l koos kulbiga, valge", "45.90"),
    (None, None, "Rento saunaämber 1,5 l, must", "29.90"),
    ("Rento Thermo-Hygrometer für die Sauna, Kiefer", "39.90", "Rento termo-hügromeeter saunale, mänd", "36.90"),
    (None, None, "Harvia termo-hügromeeter saunale, haab", "24.90"),
    ("Harvia Saunaduft Birke 400 ml", "9.90", "Harvia saunalõhn Kask 400 ml", "8.90"),
    (None, None, "Harvia saunalõhn Eukalüpt 400 ml", "8.90"),
    ("Tylö Sense Pure 8 Elektro-Saunaofen 8 kW", "1290.00", "Tylö Sense Pure 8 elektrikeris 8 kW (juhtpuldita)", "1190.00"),
    ("HUUM Saunasteine für Drop und Hive, 20 kg", "39.00", "HUUM kerisekivid 20 kg (DROP, HIVE)", "35.00"),
    ("HUUM Drop Elektro-Saunaofen 4,5 kW ohne Steine", "599.00", None, None),
    ("Harvia Saunaduft Minze 400 ml", "9.90", None, None),
    ("Rento Sauna-Eimer 4 l mit Kelle, grau", "49.90", None, None),
    (None, None, "Sawo Tower TH6-90NB elektrikeris 9 kW sisseehitatud juhtpaneeliga", "629.00"),
    (None, None, "Saunauks klaasist 7x19 pronks, männipuust lengiga", "329.00"),
    (None, None, "Harvia kaitsepiire Cilindro PC90 / PC70 kerisele", "149.00"),
    (None, None, "HUUM DROP 9 kW elektrikeris, näidiseksemplar (kasutatud)", "449.00"),
]

KINDS: dict[str, list[Row]] = {"sauna heaters, an Estonian shop": SAUNA}
(ESTONIAN,) = KINDS

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ESTONIAN: [(0, "Saunakeris HARVIA CILINDRO PC90 9kW, integreeritud juhtimisega", "719.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[ESTONIAN]
    # Two products of ours one colour apart, both in both shops.
    assert {("O0", "T0"), ("O3", "T3")} <= truth
    # Their kind is Estonian, ours German: no word of kind in common on the heaters' pairs.
    for n in (0, 4, 15, 19):
        their = next(t["name"] for t in theirs if t["key"] == f"T{n}").lower()
        assert "keris" in their and "ofen" not in their, their


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the thirteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed.


# Expected to fail; failed at first reading: 8 of 16 found (2 matched, 6 proposed), 8 missed; Kastor's
# "JK PK" matched as a further listing of our "JK" (0.96, "same model code karhu16"), the Legend 240
# without "Duo" proposed (0.65).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the thirteen rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker and model in most titles, every other word Estonian against German; the
# Polish and Danish shops of the thirteenth round found 13 of 16 and 11 of 15. Passed at first
# reading, barely: 8 of 15 (2 matched, 6 proposed), and read without the second listing the two
# PC90 colours were matched crossed (0.94, 0.95, "same model code pc90"; see the colour test).
def test_an_estonian_title_around_the_makers_model_finds_our_product(tmp_path):
    # "Harvia Cilindro PC90 elektrikeris 9 kW sisseehitatud juhtpaneeliga, roostevaba" / "Harvia
    # Cilindro PC90 Elektro-Saunaofen 9 kW mit integrierter Steuerung, Edelstahl": at least half
    # found.
    counts, found, truth = BATCH.read_rows(tmp_path, ESTONIAN)
    assert share_found(counts, truth) >= 0.5, found


# Expected to pass for outputs and models written alike; uncertain for "Duo", "Local", "JK PK",
# the colours and the ex-display heater. Failed at first reading: Kastor's "Karhu-16 JK PK
# pikendatud küttekoldega" matched as a further listing of our "Karhu-16 JK" (0.96, "the same product
# as their listing ...; same model code karhu16"): "PK" on one listing only not read as a
# difference. The ex-display heater and every other sibling held.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a letter pair on one listing only after a shared model code (\"JK PK\") is matched as a further listing")
def test_an_output_a_control_a_size_or_a_colour_tells_two_listings_apart(tmp_path):
    # "PC90" against "PC90E" and "PC70", "DROP 9 kW" against "6 kW" and the ex-display one, "HIVE
    # Mini 6 kW" against "HIVE Heat 12 kW", "UKU Wi-Fi" against "UKU Local", "Xenio WiFi CX001WIFI"
    # against "Xenio CX170", "5-10 cm" against "10-15 cm", "Legend 240 Duo" against "Legend 240",
    # "JK" against "JK PK", "must" against "valge" and "1,5 l", "mänd" against Harvia's "haab",
    # "Kask" against "Eukalüpt": nothing of theirs matched to a product it is not.
    numbers = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 19, 20, 21, 22, 23, 24, 25, 26, 27, 36]
    counts, found, _ = BATCH.read_rows(tmp_path, ESTONIAN, numbers)
    assert not counts["wrong matched"], found


# Expected to fail; failed at first reading: "JK PK" matched (as above), and the Legend 240 without
# "Duo" put to a person beside our Duo's own listing (0.64).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word or letter on one listing only (Duo, PK) was matched or proposed, as in every round before")
def test_a_sibling_one_word_or_number_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 19, 20, 21, 22, 23, 24, 25, 26, 27, 36]
    counts, found, _ = BATCH.read_rows(tmp_path, ESTONIAN, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the colour is the only difference, "Edelstahl" / "schwarz" against "roostevaba" /
# "must", words of two languages. Failed at first reading: read alone the two crossed, each of ours
# matched with the other's listing (0.94, 0.95, "same model code pc90"); in the whole batch both
# missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a colour in two languages is the only difference; the shared model code decides for either listing")
def test_two_products_of_ours_one_colour_apart_do_not_cross(tmp_path):
    # Our PC90 "Edelstahl" and "schwarz" against their "roostevaba" and "must": neither of ours
    # matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ESTONIAN, [0, 3])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain for the heater guard and HUUM's stones, which name our heaters' models. Failed at first
# reading: the guard "Harvia kaitsepiire Cilindro PC90 / PC70 kerisele" matched as a further listing
# of our PC90 (0.94, "same model code pc90"; read with every row but not the second listing,
# proposed for our black PC90, 0.84, "prices 5.3x apart"; in the whole batch neither), and the unbranded stones "Kerisekivid oliviin-diabaas 5-10 cm 20 kg" matched
# as a further listing of Harvia's (0.54, "their listing's best match, by wording"). HUUM's stones
# and Sawo's heater held.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="an accessory naming a heater's model code, and unbranded stones in the same words, are matched as further listings")
def test_a_model_named_by_a_guard_stones_or_another_maker_names_no_heater(tmp_path):
    # "Harvia kaitsepiire Cilindro PC90 / PC70 kerisele" (a guard), "HUUM kerisekivid 20 kg (DROP,
    # HIVE)" (stones, ours, beside our DROP and HIVE heaters), Sawo's "elektrikeris 9 kW
    # sisseehitatud juhtpaneeliga", unbranded "Kerisekivid ... 5-10 cm 20 kg": no heater of ours
    # matched or put to a person with an accessory or another maker's heater, nor our stones with a
    # heater.
    counts, found, _ = BATCH.read_rows(tmp_path, ESTONIAN, [0, 4, 6, 12, 14, 29, 33, 35])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to fail; failed at first reading: both listings of our stainless PC90 missed in the batch
# (0.95 each alone, "same model code pc90"; the code is on four of their listings).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11 and kinds12")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Saunakeris HARVIA CILINDRO PC90 9kW, integreeritud juhtimisega" (the kind first, the maker
    # and line in capitals, the output run together) beside "Harvia Cilindro PC90 elektrikeris 9 kW
    # sisseehitatud juhtpaneeliga, roostevaba": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fourteenth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 86ce16a; the matching code of the session's start, c0f5387): 8 of 16
    # true pairs found (2 matched, 6 proposed), 8 missed; 1 variant matched (Kastor's "JK PK"), 1
    # proposed (the Legend 240 without "Duo").
    holds_its_first_reading(BATCH.read(tmp_path), matched=2, found=8, wrong_matched=1, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds14d [-v]
    BATCH.print_reading()
