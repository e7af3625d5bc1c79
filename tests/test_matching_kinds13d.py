"""A fourth batch of the thirteenth round (after `tests/test_matching_kinds13.py` to `..13c.py`),
written before the matcher read it, in a kind none of the twelve rounds held.

Kitesurfing and wing foiling (ours: a German kite shop, 19 products in euros; theirs: a Danish kite
shop, 37 listings in kroner, writing as Danish kite shops write: "Duotone Evo SLS 2025 kite 9m - kun
kite" (the kite only, no bar) for our "Duotone Evo SLS 2025 Kite 9 m"; "Mystic Majestic hoftetrapez
herre sort str. M" for our "Mystic Majestic Hüfttrapez Herren schwarz Gr. M"; "ION Seek Amp 5/4
våddragt back zip herre sort str. M/50" for our "... Gr. 50"; Cabrinha's model year as Cabrinha
writes it, "Cabrinha 05 Switchblade kite 12m", for our "Cabrinha Switchblade 2025 Kite 12 m"; a
wing's half size with the Danish decimal comma, "5,5m"). A kite shop sells last year's kite on sale
("Duotone Evo SLS 2024 kite 9m - UDSALG", "Cabrinha 04 Switchblade") and its demo kites used ("-
DEMO (brugt 5 gange)", used five times) beside the new one: another product than our new kite,
though every word of ours stands in its title.

The hard things, as such shops write them: siblings a size, a year, a line or one word apart
("9m" / "10m", "2025" / "2024", "Evo SLS" / "Evo" / "Evo D/LAB", "Orbit" / "Orbit Pro" / "Reach",
"Trust Bar" / "Click Bar", "22-24m" / "20-22m", "138x41" / "136x41", "Jaime SLS" / "Jaime ... inkl.
Entity bindinger" with bindings, "Majestic" / "Majestic X", "str. M" / "L", "5/4" / "4/3", "back
zip" / "front zip", "Multi L" / "Multi M", "Unit" / "Unit D/LAB", "5m" / "5,5m"); two products of
ours one size apart in both shops (Evo SLS 2025 "9 m" / "10 m"); other makers' products of the same
kind and size (Ozone's kite, F-One's board, Prolimit's wetsuit); "kun kite", "kun bræt" (board
only) and "UDSALG" (sale) in many titles; Duotone's article number in our MPN and their description
on two kites only; one product of ours listed twice (in capitals, the size "9.0" without its unit,
the year in brackets).

Rows as `tests/kinds_batches.py` reads them.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, holds_its_first_reading, share_found

# A German kite shop against a Danish one in kroner: "kun kite" / "kun bræt" the kite / board only,
# "twintip" a board ("inkl. Entity bindinger" with Entity bindings), "hoftetrapez" waist harness,
# "våddragt" wetsuit, "hjelm" helmet, "kitepumpe" kite pump, "wing"; "herre" men's, "sort" black,
# "str." size; "DEMO (brugt 5 gange)" a demo used five times, "UDSALG" sale.
KITES: list[Row] = [
    ("Duotone Evo SLS 2025 Kite 9 m", "1649.00", "Duotone Evo SLS 2025 kite 9m - kun kite", "12499",
     {"ours": {"mpn": "44250-3011"}, "theirs": {"description": "Varenummer: 44250-3011. Farve: C11 mint/grey. Leveres med taske og reparationskit."}}),
    ("Duotone Evo SLS 2025 Kite 10 m", "1749.00", "Duotone Evo SLS 2025 kite 10m - kun kite", "13299",
     {"ours": {"mpn": "44250-3012"}, "theirs": {"description": "Varenummer: 44250-3012. Farve: C11 mint/grey."}}),
    (None, None, "Duotone Evo SLS 2025 kite 9m - DEMO (brugt 5 gange)", "8999"),
    (None, None, "Duotone Evo 2025 kite 9m - kun kite", "10499"),
    (None, None, "Duotone Evo SLS 2024 kite 9m - UDSALG", "8999"),
    (None, None, "Duotone Evo D/LAB 2025 kite 9m", "17999"),
    ("Duotone Rebel SLS 2025 Kite 12 m", "1849.00", "Duotone Rebel SLS 2025 kite 12m - kun kite", "13999"),
    ("North Orbit 2025 Kite 10 m", "1799.00", "North Orbit 2025 kite 10m", "13499"),
    (None, None, "North Orbit Pro 2025 kite 10m", "15999"),
    (None, None, "North Reach 2025 kite 10m", "12499"),
    ("Cabrinha Switchblade 2025 Kite 12 m", "1899.00", "Cabrinha 05 Switchblade kite 12m", "13999"),
    (None, None, "Cabrinha 04 Switchblade kite 12m - UDSALG", "9999"),
    ("Core XR8 Kite 10 m", "1799.00", "Core XR8 kite 10m", "13299"),
    (None, None, "Core XR8 LW kite 15m", "14999"),
    ("Duotone Trust Bar Quad Control 22-24 m", "629.00", "Duotone Trust Bar Quad Control 22-24m", "4699"),
    (None, None, "Duotone Trust Bar Quad Control 20-22m", "4699"),
    (None, None, "Duotone Click Bar Quad Control 22-24m", "5299"),
    ("Duotone Jaime SLS 2025 Twintip 138 x 41 cm", "749.00", "Duotone Jaime SLS 2025 twintip 138x41 - kun bræt", "5599"),
    (None, None, "Duotone Jaime SLS 2025 twintip 136x41 - kun bræt", "5599"),
    (None, None, "Duotone Jaime 2025 twintip 138x41 inkl. Entity bindinger", "4999"),
    ("Mystic Majestic Hüfttrapez Herren schwarz Gr. M", "289.00", "Mystic Majestic hoftetrapez herre sort str. M", "2199"),
    (None, None, "Mystic Majestic hoftetrapez herre sort str. L", "2199"),
    (None, None, "Mystic Majestic X hoftetrapez herre sort str. M", "2999"),
    ("ION Seek Amp Neoprenanzug 5/4 mm Back-Zip Herren schwarz Gr. 50", "389.00", "ION Seek Amp 5/4 våddragt back zip herre sort str. M/50", "2899"),
    (None, None, "ION Seek Amp 4/3 våddragt back zip herre sort str. M/50", "2599"),
    (None, None, "ION Seek Amp 5/4 våddragt front zip herre sort str. M/50", "2999"),
    ("ION Slash Core Helm schwarz S/M", "79.95", "ION Slash Core hjelm sort S/M", "599"),
    ("Duotone Kite Pump Multi L", "69.95", "Duotone kitepumpe Multi L", "499"),
    (None, None, "Duotone kitepumpe Multi M", "449"),
    ("Mystic Kite Safety Leash kurz", "34.95", "Mystic kite safety leash short", "269"),
    ("Duotone Unit 2025 Wing 5 m", "899.00", "Duotone Unit 2025 wing 5m", "6799"),
    (None, None, "Duotone Unit 2025 wing 5,5m", "6999"),
    (None, None, "Duotone Unit D/LAB 2025 wing 5m", "9499"),
    ("Duotone Evo SLS 2025 Kite 12 m", "1899.00", None, None),
    ("North Orbit 2025 Kite 12 m", "1899.00", None, None),
    ("Mystic Stealth Hüfttrapez Herren schwarz Gr. M", "259.00", None, None),
    ("Core Sensor 3S Pro Bar", "599.00", None, None),
    ("ION Seek Amp Neoprenanzug 5/4 mm Back-Zip Herren schwarz Gr. 52", "389.00", None, None),
    (None, None, "Ozone Enduro V4 kite 10m", "12999"),
    (None, None, "F-One Trax HRD Lite Tech twintip 138x41", "5299"),
    (None, None, "Prolimit Predator 5/4 våddragt back zip herre sort str. M/50", "2499"),
]

KINDS: dict[str, list[Row]] = {"kitesurfing, a Danish shop in kroner": KITES}
(DANISH,) = KINDS
CURRENCIES = {DANISH: "DKK"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    DANISH: [(0, "DUOTONE EVO SLS 9.0 (2025)", "12299")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[DANISH]
    titles = {t["key"]: t["name"] for t in theirs}
    # Every word of our Evo SLS 2025 9 m in their demo kite's and last year's titles but the year.
    assert all(w in titles["T2"].lower() for w in ("duotone", "evo", "sls", "2025", "9m"))
    assert "2024" in titles["T4"] and "brugt" in titles["T2"]
    # Two products of ours one size apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # Cabrinha's year as its number, never as a year.
    assert "2025" not in titles["T10"] and "05" in titles["T10"]


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch, as in the batches before it.


# Failed at first reading, as expected: 11 of 15 found (5 matched, 6 proposed), 4 missed, 1 variant
# matched, 3 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the twelve rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passed at first reading, as expected: 11 of 15 found: five matched (Core XR8, the Trust Bar, the Unit
# wing and North's Orbit 1.00, "titles 100% alike"; the Rebel 0.94), six proposed (the Evo SLS 9 and 10
# m 0.80, 0.79, the Cabrinha 0.69, the Jaime 0.66, the pump 0.77, the leash 0.63); the Majestic harness
# (0.53 alone), the ION wetsuit (0.46) and helmet (0.54) and the Evo's second listing missed.
def test_a_danish_title_around_a_makers_model_finds_our_product(tmp_path):
    # "Duotone Evo SLS 2025 kite 9m - kun kite" / "Duotone Evo SLS 2025 Kite 9 m", "Mystic Majestic
    # hoftetrapez herre sort str. M" / "Mystic Majestic Hüfttrapez Herren schwarz Gr. M": the maker,
    # the model and the size in every title, the kind in Danish or English. At least half found (the
    # Dutch camera shop of the twelfth round: 8 of 14).
    counts, found, truth = BATCH.read_rows(tmp_path, DANISH)
    assert share_found(counts, truth) >= 0.5, found


# Passed at first reading, as expected: none matched.
def test_a_demo_kite_or_last_years_is_not_our_new_one(tmp_path):
    # "Duotone Evo SLS 2025 kite 9m - DEMO (brugt 5 gange)" and "Duotone Evo SLS 2024 kite 9m -
    # UDSALG" beside the new 2025 kite, "Cabrinha 04 Switchblade kite 12m - UDSALG" beside "05":
    # none matched to our new kite.
    for numbers in ([0, 2, 4], [10, 11]):
        counts, found, _ = BATCH.read_rows(tmp_path, DANISH, numbers)
        assert not counts["wrong matched"], (numbers, found)


# Expected to fail when written (a strict xfail: "a refurbished or open-box listing beside the new one
# was put to a person in kinds12b"); at first reading it passed: neither the demo kite nor last year's
# Evo SLS or Switchblade put to a person. Now a plain test.
def test_a_demo_kite_or_last_years_is_not_even_proposed(tmp_path):
    # The same rows: neither put to a person as our new kite.
    for numbers in ([0, 2, 4], [10, 11]):
        counts, found, _ = BATCH.read_rows(tmp_path, DANISH, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Expected to pass when written; at first reading it failed: read as these rows alone, Duotone's pump
# "kitepumpe Multi M" was matched as a further listing of our "Kite Pump Multi L" (0.60, "their
# listing's best match, by wording, with no conflict: another listing of our product"): a size letter
# after a model's name not read as a difference. In the whole batch it was neither matched nor proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a size letter after a model's name (\"Multi L\" / \"Multi M\") is not read as a difference")
def test_a_size_a_length_or_a_thickness_tells_two_listings_apart(tmp_path):
    # A kite's 9m against 10m and 15m, a bar's 22-24m against 20-22m, a board's 138x41 against
    # 136x41, a harness's M against L, a wetsuit's 5/4 against 4/3, a pump's L against M, a wing's
    # 5m against 5,5m: another value is another product. Nothing of theirs matched to a product it
    # is not.
    numbers = [0, 12, 13, 14, 15, 17, 18, 20, 21, 23, 24, 27, 28, 30, 31]
    counts, found, _ = BATCH.read_rows(tmp_path, DANISH, numbers)
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: in the whole batch "Duotone Unit D/LAB 2025 wing 5m" matched as a
# further listing of our Unit 2025 5 m (0.92, "the same product as their listing ..."), and "Duotone Evo
# 2025 kite 9m" (no SLS) put to a person beside our Evo SLS's own listing (0.63, "one word differs: sls
# vs kun"), North's "Orbit Pro 2025 kite 10m" with our Orbit 12 m, which they do not sell (0.66).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word or letter on one listing only (Mini, Pro, fast, ST, FX) was matched or proposed in every round before")
def test_a_sibling_one_word_apart_is_not_even_proposed(tmp_path):
    # "Evo SLS" / "Evo" / "Evo D/LAB", "Orbit" / "Orbit Pro" / "Reach", "Trust Bar" / "Click Bar",
    # "Jaime SLS ... kun bræt" / "Jaime ... inkl. Entity bindinger", "Majestic" / "Majestic X", "back
    # zip" / "front zip", "Unit" / "Unit D/LAB": none matched, nor put to a person beside our
    # product's own listing.
    numbers = [0, 3, 5, 7, 8, 9, 14, 16, 17, 19, 20, 22, 23, 25, 30, 32]
    counts, found, _ = BATCH.read_rows(tmp_path, DANISH, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: none crossed (each proposed with its own, 0.80, 0.79, in the
# whole batch).
def test_two_products_of_ours_one_size_apart_do_not_cross(tmp_path):
    # Our Evo SLS 2025 "9 m" and "10 m" against their "9m" and "10m": neither of ours matched or put
    # to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, DANISH, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to pass when written; at first reading it failed: read with last year's "04 Switchblade"
# alone, our 2025 kite missed its "05 Switchblade"; in the whole batch it was proposed (0.69, "numbers
# differ: 2025 vs 05"), the maker's year number read as a number that differs from ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a model year written as a maker's own number (\"05\" for 2025) is read as a number that differs")
def test_a_model_year_written_as_cabrinhas_number_finds_our_kite(tmp_path):
    # "Cabrinha 05 Switchblade kite 12m" / "Cabrinha Switchblade 2025 Kite 12 m", beside "04
    # Switchblade ... UDSALG": ours found (matched or put to a person), last year's not matched.
    counts, found, truth = BATCH.read_rows(tmp_path, DANISH, [10, 11])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Passed at first reading, as expected: nothing paired across makers.
def test_a_kind_and_size_every_maker_writes_names_no_product(tmp_path):
    # "kite 10m" on Ozone's kite and North's and Core's, "twintip 138x41" on F-One's board and
    # Duotone's, "5/4 våddragt back zip herre sort str. M/50" on Prolimit's wetsuit and ION's: no
    # product of one maker matched or put to a person with another's.
    counts, found, _ = BATCH.read_rows(tmp_path, DANISH, [7, 12, 17, 23, 38, 39, 40])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: "DUOTONE EVO SLS 9.0 (2025)" missed for our Evo SLS 9 m (0.61
# alone) and put to a person with our Evo SLS 12 m, which they do not sell (0.63): a wrong proposal.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11 and kinds12")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "DUOTONE EVO SLS 9.0 (2025)" (in capitals, the size without its unit, the year in brackets)
    # beside "Duotone Evo SLS 2025 kite 9m - kun kite": both listings ours, matched or put to a
    # person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_thirteenth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at b6201bf, the matching code of d4af15d, the session's start): 11 of 15
    # true pairs found (5 matched, 6 proposed), 4 missed; 1 variant matched (the Unit D/LAB wing beside
    # our Unit's own listing), 3 proposed (the Evo without SLS, the Orbit Pro for our Orbit 12 m, the
    # Evo's second listing for our Evo SLS 12 m).
    holds_its_first_reading(BATCH.read(tmp_path), matched=5, found=11, wrong_matched=1, wrong_proposed=3)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds13d [-v]
    BATCH.print_reading()
