"""A second batch of the fourteenth round (after `tests/test_matching_kinds14.py`), written before
the matcher read it, in a kind none of the thirteen rounds held.

Dental supplies (ours: an Italian dental depot, 19 products in euros; theirs: a Greek one, 35
listings in euros, titled as Greek dental depots write them: the maker and product line in Latin
letters, the kind, the form and the pack in Greek, "3M Filtek Z250 Σύνθετη ρητίνη σύριγγα 4g
απόχρωση A2" for our "3M Filtek Z250 composito universale siringa 4 g A2"; "Septodont Scandonest 3%
Αναισθητικό χωρίς αγγειοσυσπαστικό 50 φύσιγγες x 2,2ml" for our "Septodont Scandonest 3% senza
vasocostrittore 50 tubofiale 2,2 ml"; pieces as "τεμ.", "τμχ" or "τεμάχια", a decimal comma in
"A3,5" and "2,5lt"; "Προσφορά" (on offer) after some titles).

The hard things, written as such shops write them, not to be easy or hard: a composite a shade
apart ("A2" / "A3" / "A3,5", two of them ours in both shops, "A1" ours only), a syringe or
capsules of it ("σύριγγα 4g" / "κάψουλες 0,2g", "Cavifils"), a line's "Bulk Fill" beside it; an
anaesthetic a strength or an adrenaline ratio apart ("3%" / "2% Special", "1:100.000" /
"1:200.000", both ratios ours in both shops) or a cartridge's volume ("2,2ml" / "1,8ml"); files a
size or a length apart ("F2" / "F3", "25mm" / "21mm", "R25" / "R40"); gloves a size apart
("Medium" / "Large") and another maker's gloves in the same words; a scaler's design and handle
("Columbia 13/14 #6" / "Gracey 11/12 #9"); rubber dam with latex and without; impression material
heavy and light; a disinfectant's bottle and a carton of four; other makers' composites of the same
shade and syringe (Kerr's Harmonize) and files of the same length (Mani's K-Files); the maker's
reference in our MPN and their description on one row; GTINs on two of ours only; one product
listed twice (the second time in capitals, as a depot's old feed writes it: "FILTEK Z250 A2 4GR 3M
ESPE").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_TETRIC_A3 = gtin_with_check_digit("762327605395")
GTIN_FUJI_IX_A3 = gtin_with_check_digit("415849400152")

# An Italian dental depot against a Greek one, both in euros: "Σύνθετη ρητίνη" composite resin,
# "σύριγγα" syringe, "απόχρωση" shade, "κάψουλες" capsules, "Αναισθητικό" anaesthetic, "φύσιγγες"
# cartridges, "χωρίς αγγειοσυσπαστικό" without vasoconstrictor, "με αδρεναλίνη" with adrenaline,
# "Αρτικαΐνη" articaine, "Λίμες" files, "Υαλοϊονομερής κονία" glass-ionomer cement, "Συγκολλητικός
# παράγοντας" bonding agent, "φιαλίδιο" bottle, "Γάντια νιτριλίου χωρίς πούδρα" powder-free nitrile
# gloves, "μπλε" blue, "Ξέστρο" scaler, "λαβή" handle, "Ελαστικός απομονωτήρας" rubber dam, "χωρίς
# λάτεξ" latex-free, "πράσινο" green, "Αποτυπωτικό υλικό σιλικόνη" silicone impression material,
# "Απολυμαντικό αναρρόφησης" suction disinfectant, "κιβώτιο" carton, "τεμ." / "τμχ" / "τεμάχια"
# pieces, "Προσφορά" on offer, "Κωδικός κατασκευαστή" the maker's reference. Ours in Italian:
# "composito" composite, "tubofiale" cartridges, "senza vasocostrittore" without vasoconstrictor,
# "lime" files, "pz" pieces, "cemento vetroionomerico" glass-ionomer cement, "adesivo" bonding agent,
# "guanti ... taglia M" gloves size M, "manico" handle, "diga" rubber dam, "fogli" sheets,
# "materiale da impronta" impression material, "disinfettante aspirazione" suction disinfectant.
DENTAL: list[Row] = [
    ("3M Filtek Z250 composito universale siringa 4 g A2", "39.90", "3M Filtek Z250 Σύνθετη ρητίνη σύριγγα 4g απόχρωση A2", "42.00",
     {"ours": {"brand": "3M", "mpn": "6020A2"},
      "theirs": {"description": "Κωδικός κατασκευαστή: 6020A2. Μικροϋβριδική σύνθετη ρητίνη για πρόσθιες και οπίσθιες αποκαταστάσεις."}}),
    (None, None, "3M Filtek Z250 Σύνθετη ρητίνη σύριγγα 4g απόχρωση A3", "42.00"),
    ("3M Filtek Z250 composito universale siringa 4 g A3.5", "39.90", "3M Filtek Z250 Σύνθετη ρητίνη σύριγγα 4g απόχρωση A3,5", "42.00",
     {"ours": {"brand": "3M", "mpn": "6020A3.5"}}),
    (None, None, "3M Filtek Z250 Σύνθετη ρητίνη 20 κάψουλες 0,2g απόχρωση A2", "68.00"),
    ("Ivoclar Tetric EvoCeram composito siringa 3 g A3", "44.50", "Ivoclar Vivadent Tetric EvoCeram σύριγγα 3g A3 Προσφορά", "46.50",
     {"ours": {"brand": "Ivoclar", "gtin": GTIN_TETRIC_A3}}),
    (None, None, "Ivoclar Vivadent Tetric EvoCeram Bulk Fill σύριγγα 3g IVA", "52.00"),
    (None, None, "Ivoclar Vivadent Tetric EvoCeram Cavifils 20 κάψουλες 0,2g A3", "79.00"),
    ("Septodont Scandonest 3% senza vasocostrittore 50 tubofiale 2,2 ml", "52.00",
     "Septodont Scandonest 3% Αναισθητικό χωρίς αγγειοσυσπαστικό 50 φύσιγγες x 2,2ml", "49.00"),
    (None, None, "Septodont Scandonest 3% Αναισθητικό χωρίς αγγειοσυσπαστικό 50 φύσιγγες x 1,8ml", "47.00"),
    (None, None, "Septodont Scandonest 2% Special με αδρεναλίνη 50 φύσιγγες x 2,2ml", "49.00"),
    ("Septodont Septanest 1:100.000 articaina 50 tubofiale", "55.00", "Septodont Septanest 1:100.000 Αρτικαΐνη 4% 50 φύσιγγες", "53.00"),
    ("Septodont Septanest 1:200.000 articaina 50 tubofiale", "55.00", "Septodont Septanest 1:200.000 Αρτικαΐνη 4% 50 φύσιγγες", "53.00"),
    ("Dentsply ProTaper Gold lime F2 25 mm 6 pz", "69.00", "Dentsply Sirona ProTaper Gold Λίμες F2 25mm 6τεμ.", "72.00"),
    (None, None, "Dentsply Sirona ProTaper Gold Λίμες F2 21mm 6τεμ.", "72.00"),
    (None, None, "Dentsply Sirona ProTaper Gold Λίμες F3 25mm 6τεμ.", "72.00"),
    ("VDW Reciproc Blue R25 25 mm 6 pz", "62.00", "VDW Reciproc Blue R25 25mm 6 τεμάχια", "64.00"),
    (None, None, "VDW Reciproc Blue R40 25mm 6 τεμάχια", "64.00"),
    (None, None, "VDW Reciproc Blue R25 21mm 6 τεμάχια", "64.00"),
    ("GC Fuji IX GP Extra cemento vetroionomerico 50 capsule A3", "149.00",
     "GC Fuji IX GP EXTRA Υαλοϊονομερής κονία 50 κάψουλες A3", "155.00", {"ours": {"brand": "GC", "gtin": GTIN_FUJI_IX_A3}}),
    ("Kerr OptiBond FL adesivo kit", "129.00", "Kerr OptiBond FL Συγκολλητικός παράγοντας Kit Προσφορά", "135.00"),
    (None, None, "Kerr OptiBond Universal Συγκολλητικός παράγοντας φιαλίδιο 5ml", "89.00"),
    ("Medicom SafeTouch guanti in nitrile senza polvere blu taglia M 100 pz", "7.90",
     "Medicom SafeTouch Γάντια νιτριλίου χωρίς πούδρα μπλε Medium 100τμχ", "7.50"),
    (None, None, "Medicom SafeTouch Γάντια νιτριλίου χωρίς πούδρα μπλε Large 100τμχ", "7.50"),
    (None, None, "Euronda Monoart Γάντια νιτριλίου χωρίς πούδρα μπλε Medium 100τμχ", "8.20"),
    ("Hu-Friedy scaler Columbia 13/14 manico n. 6", "45.00", "Hu-Friedy Ξέστρο Columbia 13/14 λαβή #6 SC13/146", "47.00",
     {"ours": {"brand": "Hu-Friedy", "mpn": "SC13/146"}}),
    (None, None, "Hu-Friedy Ξέστρο Gracey 11/12 λαβή #9 SG11/129", "52.00"),
    ("Coltene Hygienic diga in lattice medium verde 36 fogli", "19.90",
     "Coltene Hygienic Ελαστικός απομονωτήρας Medium πράσινο 36τμχ", "21.00"),
    (None, None, "Coltene Hygienic Ελαστικός απομονωτήρας χωρίς λάτεξ Medium μπλε 15τμχ", "24.00"),
    ("Kulzer Flexitime Heavy Tray materiale da impronta 2 x 300 ml", "79.00",
     "Kulzer Flexitime Heavy Tray Αποτυπωτικό υλικό σιλικόνη 2x300ml", "82.00"),
    (None, None, "Kulzer Flexitime Light Flow Αποτυπωτικό υλικό σιλικόνη 2x50ml", "39.00"),
    ("Dürr Orotol Plus disinfettante aspirazione 2,5 l", "54.00", "Dürr Dental Orotol plus Απολυμαντικό αναρρόφησης 2,5lt", "57.00"),
    (None, None, "Dürr Dental Orotol plus Απολυμαντικό αναρρόφησης 4 x 2,5lt (κιβώτιο)", "205.00"),
    ("3M Filtek Z250 composito universale siringa 4 g A1", "39.90", None, None, {"ours": {"brand": "3M", "mpn": "6020A1"}}),
    ("Dentsply ProTaper Gold lime F1 25 mm 6 pz", "69.00", None, None),
    ("Ivoclar Tetric EvoCeram composito siringa 3 g A2", "44.50", None, None, {"ours": {"brand": "Ivoclar"}}),
    ("Kerr OptiBond FL adesivo flacone 8 ml", "74.00", None, None),
    (None, None, "Kerr Harmonize Σύνθετη ρητίνη σύριγγα 4g απόχρωση A2", "45.00"),
    (None, None, "Mani K-Files Λίμες 25mm No 15 6τεμ.", "8.50"),
]

KINDS: dict[str, list[Row]] = {"dental supplies, a Greek depot": DENTAL}
(GREEK,) = KINDS

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    GREEK: [(0, "FILTEK Z250 A2 4GR 3M ESPE", "41.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS)

def _greek(text: str) -> bool:
    return any("\u0370" <= c <= "\u03ff" for c in text)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[GREEK]
    # Every first listing of theirs has Greek words; none of ours has.
    assert all(_greek(t["name"]) for t in theirs if not t["key"].endswith("b")) and not any(_greek(o["name"]) for o in ours)
    # Two products of ours a shade or a ratio apart, both in both shops.
    assert {("O0", "T0"), ("O2", "T2"), ("O10", "T10"), ("O11", "T11")} <= truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the thirteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed.


# Expected to fail; failed at first reading: 10 of 16 found (2 matched, 8 proposed), 6 missed; no
# variant matched or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the thirteen rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker and line in Latin letters in every title, the rest in Greek; the Hangul and
# Thai shops around a Latin model found 3 of 17 and 7 of 18. Passed at first reading: 9 of 15 found
# (2 matched, 7 proposed); missed the Filtek A2 (0.95 alone, "same model code z250", a code four
# listings of theirs write), the gloves (0.29), the rubber dam (0.43), the impression material
# (0.51), the disinfectant (0.46), the Scandonest (0.58).
def test_a_greek_title_around_a_latin_maker_and_line_finds_our_product(tmp_path):
    # "3M Filtek Z250 Σύνθετη ρητίνη σύριγγα 4g απόχρωση A2" / "3M Filtek Z250 composito universale
    # siringa 4 g A2": at least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, GREEK)
    assert share_found(counts, truth) >= 0.5, found


# Expected to pass for shades, sizes and lengths written alike; uncertain for "Bulk Fill",
# "Large", the carton and the capsules. Passed at first reading: nothing matched.
def test_a_shade_a_size_a_length_or_a_pack_tells_two_listings_apart(tmp_path):
    # "A2" against "A3" and the capsules, "σύριγγα 3g A3" against "Bulk Fill" and "Cavifils", "3%
    # ... 2,2ml" against "1,8ml" and "2% Special", "F2 25mm" against "21mm" and "F3", "R25 25mm"
    # against "R40" and "21mm", "Kit" against "Universal", "Medium" against "Large", "Columbia 13/14"
    # against "Gracey 11/12", latex against latex-free, "Heavy Tray" against "Light Flow", "2,5lt"
    # against "4 x 2,5lt": nothing of theirs matched to a product it is not.
    numbers = [0, 1, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31]
    counts, found, _ = BATCH.read_rows(tmp_path, GREEK, numbers)
    assert not counts["wrong matched"], found


# Expected to fail; failed at first reading: the Filtek Z250 "A3" put to a person with our "A2"
# (0.90, "another variant of their listing ... A2; same model code z250; numbers differ: a2 vs a3").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a shade one character apart under a code both write was proposed, as a word or letter on one listing only was in every round before")
def test_a_sibling_one_word_or_number_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31]
    counts, found, _ = BATCH.read_rows(tmp_path, GREEK, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "A3.5" / "A3,5" and "1:100.000" / "1:200.000" are each one token apart. Passed at first
# reading: none crossed (the Filtek pair both matched; Septanest 1:100.000 matched on "same model
# code 100000", the ratio read as a code, 1:200.000 proposed).
def test_two_products_of_ours_a_shade_or_a_ratio_apart_do_not_cross(tmp_path):
    # Our Filtek Z250 "A2" and "A3.5" against their "A2" and "A3,5", our Septanest "1:100.000" and
    # "1:200.000" against theirs: neither of ours matched or put to a person with the other's
    # listing.
    for numbers in ([0, 2], [10, 11]):
        counts, found, _ = BATCH.read_rows(tmp_path, GREEK, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Expected to pass; passed at first reading: nothing paired across makers.
def test_a_kind_and_size_every_maker_writes_names_no_product(tmp_path):
    # "Σύνθετη ρητίνη σύριγγα 4g απόχρωση A2" on Kerr's Harmonize and 3M's Filtek, "Γάντια νιτριλίου
    # χωρίς πούδρα μπλε Medium 100τμχ" on Euronda's gloves and Medicom's, "Λίμες 25mm 6τεμ." on
    # Mani's K-Files and Dentsply's: no product of one maker matched or put to a person with
    # another's.
    counts, found, _ = BATCH.read_rows(tmp_path, GREEK, [0, 12, 21, 23, 36, 37])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to fail; failed at first reading: the second listing "FILTEK Z250 A2 4GR 3M ESPE" was
# proposed (0.62, "titles 59% alike") and the first listing missed (0.95 alone, "same model code
# z250"; in the catalogue z250 is on four of their listings). Passes since many14 (thirty-seventh
# session): the second listing read apart on the tie of its own words and the common ones, both
# listings matched by the code (0.95, 0.96).
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "FILTEK Z250 A2 4GR 3M ESPE" (capitals, the grams run together as "4GR", the maker last)
    # beside "3M Filtek Z250 Σύνθετη ρητίνη σύριγγα 4g απόχρωση A2": both listings ours, matched or
    # put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fourteenth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 86ce16a; the matching code of the session's start, c0f5387): 10 of 16
    # true pairs found (2 matched, 8 proposed), 6 missed; no variant matched or proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=2, found=10, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds14b [-v]
    BATCH.print_reading()
