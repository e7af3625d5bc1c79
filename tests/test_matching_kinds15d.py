"""A fourth batch of the fifteenth round (after `tests/test_matching_kinds15.py` to `..15c.py`),
written before the matcher read it, in a kind none of the fourteen rounds held.

Amateur radio (ours: a Dutch radio shop, 19 products in euros, titled in Dutch, "Yaesu FT-65E
portofoon dualband VHF/UHF 5 W"; theirs: a Norwegian amateur radio shop, 37 listings in kroner,
titled in Norwegian as such shops write them: the maker and model, the kind ("håndholdt" a
handheld, "mobil" a mobile rig, "vertikalantenne", "strømforsyning" a power supply, "effektmeter",
"koaksialkabel", "plugg"), the bands as "dobbeltbånd" or in MHz, the power, "SMA-hunn" / "SMA-hann"
(female / male), "pr. meter", "brukt" (used), "demo"). The maker's model code ends in a region
letter ("E" for Europe, "R" / "A" for the Americas) that one shop writes and the other drops or
doubles: our "FT-5DE" is their "FT-5D", our "FTM-6000E" their "FTM-6000R/E".

The hard things, written as such shops write them, not to be easy or hard: one model with and
without its region letter, a model one character or number apart ("FT-5D" / "FT-3DE", "FT-65E" /
"FT-25E", "IC-7300" / "IC-7610", "UV-K5(8)" / "UV-K5" / "UV-K6", "UV-5R" / "UV-5R Plus", "X-50N" /
"X-30N" / "X-50", "SX-400" / "SX-200", "DM-330MW" / "DM-340MV", "SBR-14LI" / "SBR-12LH", "Ecoflex 10"
/ "15"), a package apart ("FT-710 AESS" with its speaker / "FT-710 Field" without), an antenna's
connector one word apart ("SMA-hunn" / "SMA-hann"), a plug for another cable, a coaxial cable by the
metre and by the 50 m roll, a used transceiver and a demo handheld (the demo with our region letter,
where their new one has none), a bag, a battery and a programming cable that name the radios they
fit; "håndholdt dobbeltbånd", "VHF/UHF", "HF/50 MHz" and "144/430 MHz" in many titles; one product
listed twice (the second time in the words of the shortwave trade, "kortbølgestasjon HF/6 m").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, holds_its_first_reading, share_found

# A Dutch radio shop in euros against a Norwegian amateur radio shop in kroner.
AMATEUR_RADIO: list[Row] = [
    ("Yaesu FT-5DE portofoon dualband C4FM/FM", "559.00", "Yaesu FT-5D håndholdt dobbeltbånd VHF/UHF C4FM/FM med GPS", "6490.00",
     {"ours": {"brand": "Yaesu", "mpn": "FT-5DE"}}),
    (None, None, "Yaesu FT-3DE håndholdt dobbeltbånd VHF/UHF C4FM/FM", "4990.00"),
    ("Yaesu FT-65E portofoon dualband VHF/UHF 5 W", "119.00", "Yaesu FT-65E håndholdt VHF/UHF 5 W FM", "1390.00"),
    (None, None, "Yaesu FT-25E håndholdt VHF 5 W FM", "1190.00"),
    ("Yaesu FTM-6000E mobiele transceiver dualband 50 W", "429.00", "Yaesu FTM-6000R/E mobil dobbeltbånd VHF/UHF 50 W", "4990.00"),
    ("Icom IC-7300 HF/50 MHz transceiver 100 W", "1249.00", "Icom IC-7300 HF + 50 MHz SDR-transceiver 100 W", "14990.00",
     {"ours": {"brand": "Icom"}, "theirs": {"description": "Direkte sampling SDR, 4,3\" berøringsskjerm, innebygd antennetuner."}}),
    (None, None, "Icom IC-7300 HF/50 MHz SDR-transceiver - brukt, pent brukt, originalemballasje", "9500.00"),
    (None, None, "Icom IC-7610 HF/50 MHz SDR-transceiver 100 W", "38990.00"),
    ("Icom IC-705 HF/VHF/UHF portable transceiver 10 W", "1399.00", "Icom IC-705 QRP HF/50/144/430 MHz 10 W med D-STAR", "16490.00"),
    (None, None, "Icom LC-192 bæreveske for IC-705", "1490.00"),
    ("Yaesu FT-710 AESS HF/50 MHz transceiver 100 W", "1199.00", "Yaesu FT-710 AESS HF/50 MHz 100 W (inkl. SP-40 høyttaler)", "13990.00"),
    (None, None, "Yaesu FT-710 Field HF/50 MHz 100 W (uten høyttaler)", "12490.00"),
    ("Kenwood TH-D75E portofoon tri-band APRS D-STAR", "749.00", "Kenwood TH-D75E håndholdt 144/220/430 MHz APRS D-STAR", "8990.00"),
    ("Kenwood TM-D710GE mobiele transceiver APRS", "659.00", None, None),
    ("Baofeng UV-5R portofoon dualband", "29.95", "Baofeng UV-5R håndholdt dobbeltbånd 4 W (kun for lisensierte radioamatører)", "349.00"),
    (None, None, "Baofeng UV-5R Plus håndholdt dobbeltbånd 5 W", "399.00"),
    (None, None, "Programmeringskabel USB for Baofeng UV-5R / UV-82 (FTDI)", "199.00"),
    ("Quansheng UV-K5(8) portofoon, multiband ontvangst", "34.95", "Quansheng UV-K5(8) håndholdt dobbeltbånd med AM/FM-mottak", "399.00"),
    (None, None, "Quansheng UV-K6 håndholdt dobbeltbånd USB-C", "429.00"),
    (None, None, "Quansheng UV-K5 håndholdt dobbeltbånd", "349.00"),
    ("Diamond X-50N dualband basisantenne 144/430 MHz, N-connector", "109.00",
     "Diamond X-50N dobbeltbånd vertikalantenne 144/430 MHz N-kontakt 1,7 m", "1290.00"),
    (None, None, "Diamond X-30N dobbeltbånd vertikalantenne 144/430 MHz N-kontakt 1,3 m", "990.00"),
    (None, None, "Diamond X-50 dobbeltbånd vertikalantenne 144/430 MHz SO-239 1,7 m", "1190.00"),
    ("Nagoya NA-771 flexibele antenne SMA-female", "14.95", "Nagoya NA-771 fleksibel antenne 144/430 MHz SMA-hunn (Baofeng)", "199.00"),
    (None, None, "Nagoya NA-771 fleksibel antenne 144/430 MHz SMA-hann (Yaesu/Icom)", "199.00"),
    ("Alinco DM-330MW MkII voeding 30 A schakelend", "179.00", "Alinco DM-330MW MKII strømforsyning 30 A svitsjet", "2190.00"),
    (None, None, "Alinco DM-340MV strømforsyning 35 A lineær", "3290.00"),
    ("Diamond SX-400 SWR/power meter 140-525 MHz", "159.00", "Diamond SX-400 SWR- og effektmeter 140-525 MHz", "1890.00"),
    (None, None, "Diamond SX-200 SWR- og effektmeter 1,8-200 MHz", "1590.00"),
    ("Coaxkabel Ecoflex 10, per meter", "3.95", "Ecoflex 10 koaksialkabel 50 ohm, pr. meter", "49.00"),
    (None, None, "Ecoflex 15 koaksialkabel 50 ohm, pr. meter", "79.00"),
    (None, None, "Ecoflex 10 koaksialkabel 50 ohm, 50 m rull", "2190.00"),
    ("Yaesu SBR-14LI accu 2200 mAh voor FT-5DE / FT-3DE", "79.00", "Yaesu SBR-14LI Li-ion batteri 7,2 V 2200 mAh (FT-5D / FT-3D)", "990.00"),
    (None, None, "Yaesu SBR-12LH batteri 7,2 V 2000 mAh (FT-70D)", "690.00"),
    ("PL-259 connector voor RG-213, vergulde pin", "4.50", "PL-259 plugg for RG-213 / Ecoflex 10, forgylt senterpinne", "59.00"),
    (None, None, "PL-259 plugg for RG-58, forgylt senterpinne", "49.00"),
    ("MFJ-259C antenne-analyzer HF/VHF", "429.00", None, None),
    ("Diamond GSV3000 voeding 30 A", "239.00", None, None),
    (None, None, "Yaesu FT-5DE håndholdt - demo, fullt fungerende, 6 mnd garanti", "4990.00"),
]

KINDS: dict[str, list[Row]] = {"amateur radio, a Norwegian shop in kroner": AMATEUR_RADIO}
(NORWEGIAN,) = KINDS
CURRENCIES = {NORWEGIAN: "NOK"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    NORWEGIAN: [(5, "IC-7300 Icom kortbølgestasjon HF/6 m 100 W, lagervare", "14990.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[NORWEGIAN]
    # Our FT-5DE is their FT-5D (no region letter); their demo handheld writes ours.
    assert ("O0", "T0") in truth and "FT-5DE" in next(o["name"] for o in ours if o["sku"] == "O0")
    assert "FT-5DE" not in next(t["name"] for t in theirs if t["key"] == "T0")
    assert "FT-5DE" in next(t["name"] for t in theirs if t["key"] == "T38") and not any(key == "T38" for _, key in truth)


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the fourteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed.


# Expected to fail; failed at first reading: 14 of 17 found (12 matched, 2 proposed), 3 missed (the
# FT-5DE, the FTM-6000E, the battery); 4 variants matched: the demo FT-5DE (0.94, "same model code
# ft5de"), the used IC-7300 and the SMA-hann antenna as further listings of ours (0.97 each), the
# plain UV-K5 with our UV-K5(8) (0.97, "same model code uvk5"); 2 proposed: the FT-710 Field (0.97,
# "another variant of their listing") and the FT-3DE with our battery (0.84, "one may be for the
# other"). Since `used` (6f450bb) the demo and the used IC-7300 are proposed, not matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a region letter apart reads as codes that differ, and siblings a bracket or a word apart are matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass: a model code or a type is in both titles of every pair, the FT-5D's and the
# FTM-6000's a region letter apart. Passed at first reading: 13 of 16 found (12 matched, 1
# proposed).
def test_a_norwegian_title_around_the_makers_code_finds_our_product(tmp_path):
    # "Icom IC-7300 HF + 50 MHz SDR-transceiver 100 W" / "Icom IC-7300 HF/50 MHz transceiver 100 W":
    # at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, NORWEGIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: the kinds14 watches' region suffixes were missed where both shops wrote one; here one
# shop writes none ("FT-5D") or both ("FTM-6000R/E"). Failed at first reading: the FT-5DE proposed
# (0.80, "model codes differ: ft5de vs ft5d"), the FTM-6000E missed (0.11 alone, "model codes
# differ: ftm6000e vs ftm6000re"); the FT-3DE not paired.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="one model with and without its region letter (FT-5DE / FT-5D, FTM-6000E / FTM-6000R/E) is read as codes that differ")
def test_a_model_with_and_without_its_region_letter_finds_our_radio(tmp_path):
    # Our "FT-5DE" against their "FT-5D", our "FTM-6000E" against their "FTM-6000R/E", each beside
    # the FT-3DE: both of ours found, the FT-3DE not matched.
    counts, found, truth = BATCH.read_rows(tmp_path, NORWEGIAN, [0, 1, 4])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Uncertain: the demo handheld writes our code exactly where their new one drops its letter, and
# the used IC-7300 carries our code; the rounds before matched used listings carrying our number.
# Failed at first reading: the demo matched with our FT-5DE (0.94, "same model code ft5de"; their new
# FT-5D not found), the used IC-7300 as a further listing of ours (0.97). Since `used` (6f450bb)
# both are proposed ("a used listing ("demo") / ("brukt") against our new product"), not matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a used or demo radio carrying our model code is put to a person beside our new one (matched at first reading; proposed since used's 6f450bb)")
def test_a_used_or_demo_radio_is_not_our_new_one(tmp_path):
    # "Yaesu FT-5DE håndholdt - demo, fullt fungerende, 6 mnd garanti" beside "Yaesu FT-5D
    # håndholdt ...", "Icom IC-7300 ... - brukt, pent brukt, originalemballasje" beside the new
    # IC-7300: neither matched or put to a person with ours.
    counts, found, _ = BATCH.read_rows(tmp_path, NORWEGIAN, [0, 5, 6, 38])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: most siblings are a model code one character apart, which the rounds before held
# apart; "AESS" / "Field", "hunn" / "hann" and "RG-213" / "RG-58" are a word apart. Failed at first
# reading: the plain UV-K5 matched with our UV-K5(8) (0.97, "same model code uvk5"; the "(8)" not
# read as part of the code; their UV-K5(8) matched too, as a further listing) and the SMA-hann
# antenna as a further listing of our SMA-female one (0.97, "same model code na771"); every other
# code a character apart held.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a code's bracketed suffix ('UV-K5(8)') and a connector's gender ('SMA-hunn' / 'SMA-hann') are not read as telling two products apart")
def test_a_sibling_a_character_or_word_apart_tells_two_listings_apart(tmp_path):
    # "FT-65E" against "FT-25E", "IC-7300" against "IC-7610", the IC-705 against its bag, "FT-710
    # AESS" against "Field", "UV-5R" against "Plus" and its cable, "UV-K5(8)" against "UV-K6" and
    # "UV-K5", "X-50N" against "X-30N" and "X-50", "SMA-hunn" against "SMA-hann", "DM-330MW" against
    # "DM-340MV", "SX-400" against "SX-200", "Ecoflex 10" against "15" and the roll, "SBR-14LI"
    # against "SBR-12LH", the RG-213 plug against the RG-58 one: nothing of theirs matched to a
    # product it is not.
    numbers = [2, 3, 5, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
               31, 32, 33, 34, 35]
    counts, found, _ = BATCH.read_rows(tmp_path, NORWEGIAN, numbers)
    assert not counts["wrong matched"], found


# Expected to fail; failed at first reading: the two variants above matched, and the FT-710 Field
# proposed beside our FT-710 AESS (0.97, "another variant of their listing"; here "same model code
# hf50mhz", the band both write read as a code).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a code's bracketed suffix ('UV-K5(8)') and a connector's gender ('SMA-hunn' / 'SMA-hann') are not read as telling two products apart")
def test_a_sibling_a_character_or_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [2, 3, 5, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
               31, 32, 33, 34, 35]
    counts, found, _ = BATCH.read_rows(tmp_path, NORWEGIAN, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the battery names the radios it fits, as their listings do. Failed at first reading:
# our battery proposed with their FT-3DE (0.84, "one may be for the other"), its own listing missed
# (0.80 alone, "model codes differ: ft3de vs ft5d": the radios it fits read against each other).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the radios a battery fits, written with and without the region letter, are read as its codes that differ")
def test_a_battery_naming_the_radios_it_fits_finds_its_own_and_not_the_radio(tmp_path):
    # Our "Yaesu SBR-14LI accu 2200 mAh voor FT-5DE / FT-3DE" found with their "Yaesu SBR-14LI
    # Li-ion batteri ... (FT-5D / FT-3D)", and neither paired with the FT-5D or the FT-3DE.
    counts, found, truth = BATCH.read_rows(tmp_path, NORWEGIAN, [0, 1, 32])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to fail; passed at first reading: the second listing proposed (0.75, "the same product as
# their listing ..."), the first matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "IC-7300 Icom kortbølgestasjon HF/6 m 100 W, lagervare" (the code before the maker, the bands
    # as the shortwave trade names them) beside "Icom IC-7300 HF + 50 MHz SDR-transceiver 100 W":
    # both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fifteenth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 9239a96; the matching code of the session's start, e10c9dd): 14 of 17
    # true pairs found (12 matched, 2 proposed), 3 missed; 4 variants matched (the demo FT-5DE, the
    # used IC-7300, the UV-K5, the SMA-hann antenna), 2 proposed (the FT-710 Field, the FT-3DE).
    holds_its_first_reading(BATCH.read(tmp_path), matched=12, found=14, wrong_matched=4, wrong_proposed=2)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds15d [-v]
    BATCH.print_reading()
