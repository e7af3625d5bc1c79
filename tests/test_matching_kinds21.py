"""A twenty-first round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Generators and small engines: inverter and open-frame generators, a diesel one, the oil, plugs,
cables, switches and stabilisers sold beside them, a brush cutter and an engine, a kind none of the
twenty rounds held (the power rounds held power stations and solar, off-grid solar, cordless tools;
ours: an Italian shop selling generators to builders, campers and farms, 19 products in euros,
titled in Italian as such shops write them: the kind first ("Generatore inverter", "Candela",
"Cavo di prolunga"), then maker and model, the kilowatts and the fuel after commas, "Generatore
inverter Honda EU22i, 2,2 kW, benzina"; theirs: a Vientiane shop, 35 listings in kip, titled in Lao,
whose words run together with no spaces between them and spaces only between phrases, around the
maker and model in Latin letters: the kind first or after the model, the watts in Latin ("2000W",
"5kW"), some litres, lengths and counts in Lao digits ("໑ ລິດ", "໒໕ ແມັດ"), "ເຄື່ອງປັ່ນໄຟອິນເວີເຕີ
Honda EU22i 2.2kW ນ້ຳມັນແອັດຊັງ").
"ເຄື່ອງປັ່ນໄຟ" is a generator ("generatore"), "ອິນເວີເຕີ" inverter, "ນ້ຳມັນແອັດຊັງ" petrol
("benzina"), "ກາຊວນ" diesel, "ງຽບ" quiet, "ແບບຕູ້ງຽບ" in a silent cabinet ("silenziato"), "ໂຄງເຫຼັກ"
an open steel frame ("telaio aperto"), "ສະຕາດມື" pull start ("avviamento a strappo"), "ສະຕາດກະແຈ" /
"ສະຕາດໄຟຟ້າ" key or electric start ("avviamento elettrico"), "ນ້ຳມັນເຄື່ອງ" engine oil ("olio
motore"), "ຫົວທຽນ" a spark plug ("candela"), "ແທ້" genuine, "ສາຍໄຟຕໍ່" an extension cable ("cavo di
prolunga"), "ຍາວ" long, "ແມັດ" metres, "ໃຊ້ນອກອາຄານ" for outdoors ("per esterni"), "ສະວິດສະລັບໄຟ
ອັດຕະໂນມັດ" an automatic transfer switch ("commutatore automatico"), "ເຟດ" phase ("1 ເຟດ"
monofase), "ໝໍ້ຮັກສາແຮງດັນໄຟ" a voltage stabiliser ("stabilizzatore di tensione"), "ໜ້າຈໍດິຈິຕອນ" a
digital display, "ຜ້າຄຸມ" a cover ("telo di copertura"), "ເຄື່ອງຕັດຫຍ້າ" a brush cutter
("decespugliatore"), "4 ຈັງຫວະ" four-stroke ("4 tempi"), "ເຄື່ອງຈັກ" an engine ("motore"),
"ແຮງມ້າ" horsepower ("HP"), "ແກນນອນ" a horizontal shaft ("albero orizzontale"), "ໝໍ້ກອງອາກາດ" an
air filter, "ຖັງນ້ຳມັນເຫຼັກ" a steel fuel can ("tanica metallica"), "ລິດ" litres, "ສີຂຽວ" green
("verde"), "ເຄື່ອງວັດຊົ່ວໂມງ ແລະ ຮອບເຄື່ອງ" an hour meter and tachometer ("contaore ... contagiri");
"ສຳລັບ" for (an accessory that fits), "ສາຍຕໍ່ຂະໜານ" a parallel cable, "ຊຸດໂປຣ" a promotion bundle;
"ມືສອງ" second-hand, "ສະພາບດີ" in good condition, "ໃຊ້ງານ ... ຊົ່ວໂມງ" run ... hours,
"ເຄື່ອງໂຊວ" a display piece, "ບໍ່ມີກ່ອງ" without its box; "ລຸ້ນ" the model, "ຮັບປະກັນ" a warranty.
Lao digits: ໐ ໑ ໒ ໓ ໔ ໕ ໖ ໗ ໘ ໙ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's inverter
generators a number apart (EU22i / EU10i both in both shops, EU32i theirs only, EU70is ours only;
Yamaha EF2000iS / EF2200iS; Briggs & Stratton P2400 / P3000); a model a letter apart (Hyundai
HHY3000F pull start / HHY3000FE electric start; Kipor KDE6500T / KDE6500TA with a transfer switch);
an oil a pack apart (1 / 4 litres, in Lao digits); spark plugs a heat range apart (BPR6ES /
BPR5ES, BPR7ES ours only); a cable a length apart in Lao digits; a switch and a stabiliser with no
maker a rating apart; a brush cutter and an engine a model apart (UMK435 / UMK450, GX160 / GX200);
a used EU22i, a display EF2000iS without its box, a bundle of the EU22i with its cover and oil; a
parallel cable, a cover and an air filter naming our products after "ສຳລັບ" — the cover a true
pair of our cover, the others accessories of nothing we sell; "Honda" on 16 of their listings and
"EU22i" on 6; our MPN in one of their descriptions; one product listed twice (the second time in
English, as the shop's import feed writes it).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_EU22I = gtin_with_check_digit("473221000220")
GTIN_EU10I = gtin_with_check_digit("473221000100")
GTIN_EF2000IS = gtin_with_check_digit("490180020004")
GTIN_BPR6ES = gtin_with_check_digit("008744078220")

# An Italian generator shop in euros against a Lao one, in kip.
GENERATORS: list[Row] = [
    ("Generatore inverter Honda EU22i, 2,2 kW, benzina", "1249.00", "ເຄື່ອງປັ່ນໄຟອິນເວີເຕີ Honda EU22i 2.2kW ນ້ຳມັນແອັດຊັງ", "29500000",
     {"ours": {"brand": "Honda", "gtin": GTIN_EU22I, "mpn": "EU22IT1 GW"},
      "theirs": {"brand": "Honda", "description": "ລຸ້ນ EU22IT1 GW, ລະບົບ Eco Throttle, ຮັບປະກັນ 1 ປີ"}}),
    (None, None, "ເຄື່ອງປັ່ນໄຟອິນເວີເຕີ Honda EU32i 3.2kW ນ້ຳມັນແອັດຊັງ", "45900000"),
    (None, None, "Honda EU22i ມືສອງ ສະພາບດີ 90% ໃຊ້ງານ 200 ຊົ່ວໂມງ", "17500000"),
    (None, None, "ສາຍຕໍ່ຂະໜານ ສຳລັບ Honda EU22i ແລະ EU10i", "1650000"),
    (None, None, "Honda EU22i + ຜ້າຄຸມ + ນ້ຳມັນເຄື່ອງ ໑ ລິດ (ຊຸດໂປຣ)", "31200000"),
    ("Generatore inverter Honda EU10i, 1 kW, benzina", "999.00", "ເຄື່ອງປັ່ນໄຟອິນເວີເຕີ Honda EU10i 1000W", "23900000",
     {"ours": {"brand": "Honda", "gtin": GTIN_EU10I}, "theirs": {"brand": "Honda"}}),
    ("Generatore inverter Yamaha EF2000iS, 2 kW", "1190.00", "Yamaha EF2000iS ເຄື່ອງປັ່ນໄຟອິນເວີເຕີ 2000W ງຽບ", "27800000",
     {"ours": {"brand": "Yamaha", "gtin": GTIN_EF2000IS}}),
    (None, None, "Yamaha EF2200iS ເຄື່ອງປັ່ນໄຟອິນເວີເຕີ 2200W ງຽບ", "32500000"),
    (None, None, "Yamaha EF2000iS ເຄື່ອງໂຊວ ບໍ່ມີກ່ອງ", "22900000"),
    ("Generatore Honda EP2500CX, 2,2 kW, telaio aperto", "899.00", "Honda EP2500CX ເຄື່ອງປັ່ນໄຟ 2.2kW ໂຄງເຫຼັກ", "19900000"),
    ("Generatore Hyundai HHY3000F, 2,8 kW, avviamento a strappo", "449.00", "Hyundai HHY3000F ເຄື່ອງປັ່ນໄຟ 2.8kW ສະຕາດມື", "9800000"),
    (None, None, "Hyundai HHY3000FE ເຄື່ອງປັ່ນໄຟ 2.8kW ສະຕາດໄຟຟ້າ", "11500000"),
    ("Generatore diesel Kipor KDE6500T, 5 kW, silenziato, avviamento elettrico", "2290.00",
     "Kipor KDE6500T ເຄື່ອງປັ່ນໄຟກາຊວນ 5kW ແບບຕູ້ງຽບ ສະຕາດກະແຈ", "48500000"),
    (None, None, "Kipor KDE6500TA ເຄື່ອງປັ່ນໄຟກາຊວນ 5kW ແບບຕູ້ງຽບ ມີ ATS", "56000000"),
    ("Generatore inverter Briggs & Stratton P2400, 1,8 kW", "799.00", "Briggs & Stratton P2400 ອິນເວີເຕີ 1800W ນ້ຳມັນແອັດຊັງ", "18500000"),
    (None, None, "Briggs & Stratton P3000 ອິນເວີເຕີ 2600W ນ້ຳມັນແອັດຊັງ", "24900000"),
    ("Olio motore Honda 4 tempi SAE 10W-30, 1 litro", "9.90", "ນ້ຳມັນເຄື່ອງ Honda 4T 10W-30 ຂະໜາດ ໑ ລິດ", "165000"),
    (None, None, "ນ້ຳມັນເຄື່ອງ Honda 4T 10W-30 ຂະໜາດ ໔ ລິດ", "590000"),
    ("Candela NGK BPR6ES", "3.90", "ຫົວທຽນ NGK BPR6ES ແທ້", "65000",
     {"ours": {"brand": "NGK", "gtin": GTIN_BPR6ES, "mpn": "7822"}}),
    (None, None, "ຫົວທຽນ NGK BPR5ES ແທ້", "65000"),
    ("Candela NGK BPR7ES", "3.90", None, None),
    ("Cavo di prolunga 3x2,5 mm², 25 m, per esterni", "54.90", "ສາຍໄຟຕໍ່ 3x2.5mm² ຍາວ ໒໕ ແມັດ ໃຊ້ນອກອາຄານ", "980000"),
    (None, None, "ສາຍໄຟຕໍ່ 3x2.5mm² ຍາວ ໕໐ ແມັດ ໃຊ້ນອກອາຄານ", "1850000"),
    ("Commutatore automatico di rete ATS 63 A, monofase", "189.00", "ສະວິດສະລັບໄຟອັດຕະໂນມັດ ATS 63A 1 ເຟດ", "3900000"),
    (None, None, "ສະວິດສະລັບໄຟອັດຕະໂນມັດ ATS 100A 3 ເຟດ", "7900000"),
    ("Stabilizzatore di tensione automatico 5 kVA, display digitale", "219.00", "ໝໍ້ຮັກສາແຮງດັນໄຟອັດຕະໂນມັດ 5KVA ໜ້າຈໍດິຈິຕອນ", "4500000"),
    (None, None, "ໝໍ້ຮັກສາແຮງດັນໄຟອັດຕະໂນມັດ 10KVA ໜ້າຈໍດິຈິຕອນ", "7800000"),
    ("Telo di copertura Honda per EU22i", "49.00", "ຜ້າຄຸມເຄື່ອງປັ່ນໄຟ Honda ສຳລັບ EU22i ຂອງແທ້", "950000",
     {"ours": {"brand": "Honda"}}),
    ("Decespugliatore Honda UMK435, motore 4 tempi GX35", "599.00", "ເຄື່ອງຕັດຫຍ້າ Honda UMK435 4 ຈັງຫວະ ເຄື່ອງ GX35", "11900000"),
    (None, None, "ເຄື່ອງຕັດຫຍ້າ Honda UMK450 4 ຈັງຫວະ ເຄື່ອງ GX50", "13900000"),
    ("Motore Honda GX160, 5,5 HP, albero orizzontale", "389.00", "ເຄື່ອງຈັກ Honda GX160 5.5 ແຮງມ້າ ແກນນອນ", "7500000"),
    (None, None, "ເຄື່ອງຈັກ Honda GX200 6.5 ແຮງມ້າ ແກນນອນ", "8500000"),
    (None, None, "ໝໍ້ກອງອາກາດ ສຳລັບ Honda GX160 / GX200", "185000"),
    ("Tanica metallica per carburante 20 litri, verde", "34.90", "ຖັງນ້ຳມັນເຫຼັກ 20 ລິດ ສີຂຽວ", "590000"),
    ("Contaore digitale con contagiri per motori a benzina", "19.90", "ເຄື່ອງວັດຊົ່ວໂມງ ແລະ ຮອບເຄື່ອງ ດິຈິຕອນ ສຳລັບເຄື່ອງຈັກແອັດຊັງ", "250000"),
    ("Generatore inverter Honda EU70is, 7 kW, avviamento elettrico", "4490.00", None, None),
]

KINDS: dict[str, list[Row]] = {"generators and small engines, a Lao shop in kip": GENERATORS}
(LAO,) = KINDS
CURRENCIES = {LAO: "LAK"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    LAO: [(0, "Honda EU22i Inverter Generator 2200W Super Quiet - Genuine Honda", "29900000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[LAO]
    # Two inverter generators of ours a number apart, both in both shops.
    assert {("O0", "T0"), ("O5", "T5")} <= truth
    # The cover names our generator and is a true pair of our cover, not of the generator.
    assert ("O27", "T27") in truth and ("O0", "T27") not in truth
    # The second listing is in English, from the import feed.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Inverter Generator" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 11 of 18 found (11 matched, none proposed), 7 missed; 2 variants
# matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of the 18 true pairs were missed and 2 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("EU22i", "EF2000iS",
# "HHY3000F", "BPR6ES", "GX160"); the kind words are Italian against Lao run together; five have no
# maker at all (the cable, the switch, the stabiliser, the fuel can, the hour meter) and some of
# their counts and lengths are in Lao digits.
# Failed at first reading: 11 of 17 found (11 matched, none proposed; 0.65), 6 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 11 of 17 found (0.65)")
def test_a_lao_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "ເຄື່ອງປັ່ນໄຟອິນເວີເຕີ Honda EU22i 2.2kW ນ້ຳມັນແອັດຊັງ" / "Generatore inverter Honda EU22i,
    # 2,2 kW, benzina": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, LAO)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a model number (EU22i / EU32i / EU10i / EU70is, EF2000iS / EF2200iS, P2400 / P3000,
# UMK435 / UMK450, GX160 / GX200), a letter (HHY3000F / FE, KDE6500T / TA), a heat range (BPR6ES /
# 5ES / 7ES), a pack (1 / 4 litres in Lao digits), a length (25 / 50 m in Lao digits), a rating
# (63 / 100 A, 5 / 10 kVA) or a bundle is the only difference.
SIBLINGS = [0, 1, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31, 35]


# Failed at first reading: 2 siblings matched (of the rows' 13 true pairs 10 matched, 1 proposed, 2
# missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_model_number_a_letter_a_rating_or_a_pack_apart_tells_two_listings_apart(tmp_path):
    # EU32i and the EU22i bundle beside our EU22i (and EU10i, EU70is ours only); EF2200iS beside our
    # EF2000iS; HHY3000FE beside our HHY3000F; KDE6500TA beside our KDE6500T; P3000 beside our P2400;
    # 4 litres of oil beside our 1; BPR5ES beside our BPR6ES and BPR7ES (ours only); 50 m beside our
    # 25 m; ATS 100A beside our 63 A; 10KVA beside our 5 kVA; UMK450 beside our UMK435; GX200 beside
    # our GX160: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, LAO, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_model_number_a_letter_a_rating_or_a_pack_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, LAO, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, the kind words and the fuel; "EU22i" / "EU10i" and the watts
# differ (2.2kW against 1000W on their side).
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_two_generators_of_ours_a_model_number_apart_do_not_cross(tmp_path):
    # Our Honda EU22i and EU10i against theirs: neither of ours matched or put to a person with the
    # other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, LAO, [0, 5])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the cover names "Honda" and "EU22i", as the generator does; our cover's title does too.
# Failed at first reading: the two crossed: each of ours matched with the other's listing, both
# true pairs missed in these rows.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading our generator and our cover crossed")
def test_our_generator_and_our_cover_for_it_do_not_cross(tmp_path):
    # Our Honda EU22i and our Honda cover for the EU22i against theirs: the cover's listing not
    # matched or put to a person with our generator, nor the generator's with our cover.
    counts, found, _ = BATCH.read_rows(tmp_path, LAO, [0, 27])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ມືສອງ", "ເຄື່ອງໂຊວ ບໍ່ມີກ່ອງ" and "ຊຸດໂປຣ" are words no condition rule before read; the
# parallel cable and the air filter name our products after a Lao "for" ("ສຳລັບ").
# Failed at first reading: 1 of these listings matched with our product (the rows' 4 true pairs all
# matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_used_a_display_generator_a_bundle_and_accessories_naming_ours_are_not_matched_as_ours(tmp_path):
    # The used EU22i, "ສາຍຕໍ່ຂະໜານ ສຳລັບ Honda EU22i ແລະ EU10i" and the bundle beside our EU22i's own
    # listing (and our EU10i's); the display EF2000iS beside our EF2000iS's; "ໝໍ້ກອງອາກາດ ສຳລັບ Honda
    # GX160 / GX200" beside our GX160's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, LAO, [0, 2, 3, 4, 5, 6, 8, 30, 32])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing missed (the second matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the first listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Honda EU22i Inverter Generator 2200W Super Quiet - Genuine Honda" beside "ເຄື່ອງປັ່ນໄຟອິນເວີເຕີ
    # Honda EU22i 2.2kW ນ້ຳມັນແອັດຊັງ": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-second session); copied here once it
# was not (thirty-third session). Read at the thirty-third session's start (4e72f09b) the batch reads
# as at the thirty-second session's last matching code (0e076f17), pair for pair and score for score;
# its first reading (9577de68) differs in nothing. Each missed true pair scored alone (`score_pairs`,
# titles and other fields, no prices) at 4e72f09b:
# - Matched by code (11): EU10i, EF2000iS, EP2500CX, HHY3000F, KDE6500T, P2400, BPR6ES, UMK435, GX160,
#   the oil 1 l (O16-T16, 0.88, "same model code 10w30; numbers differ: 1 vs ໑/4t": the Lao digit read
#   and set aside), and the EU22i's English second listing (O0-T0b, "same model code eu22it1", from our
#   MPN "EU22IT1 GW").
# - Missed though 0.93 alone: the EU22i's first listing (O0-T0, "same model code eu22it1"): "EU22i" is
#   on 6 of their listings (the used one, the parallel cable, the bundle, the cover, both listings of
#   ours) and the second listing took our product; the cover (O27-T27, "same model code eu22i"): our
#   "Telo di copertura Honda per EU22i" and their "ຜ້າຄຸມ ... ສຳລັບ EU22i" both read the generator's
#   code as their own.
# - Missed, no maker, Lao words run together with nothing to align: the cable 25 m / "໒໕ ແມັດ" (O21-T21)
#   0.13 (0.00 at first reading, "numbers differ: mm2 vs ໒໕", the Lao digits paired with "mm²"; the
#   conflict is gone at 4e72f09b, the pair still missed), ATS 63 A (O23-T23) 0.14, the stabiliser 5 kVA
#   (O25-T25) 0.05, the fuel can 20 l (O33-T33) 0.12, the hour meter (O34-T34) 0.04.
# Variants matched (2): the 4-litre oil "ຂະໜາດ ໔ ລິດ" (T17) with our 1-litre (0.88, "same model code
# 10w30; numbers differ: 1 vs ໔/4t": read, still matched as "the same product as their listing" of the
# 1 l); the display EF2000iS "ເຄື່ອງໂຊວ ບໍ່ມີກ່ອງ" (T8) with our EF2000iS (0.93, the Lao display and
# no-box words not read). Kept apart: EU32i, the used EU22i, the parallel cable "ສຳລັບ Honda EU22i",
# the bundle, EF2200iS, HHY3000FE, KDE6500TA, P3000, BPR5ES, the 50 m cable, ATS 100A, 10KVA, UMK450,
# GX200, the air filter "ສຳລັບ Honda GX160"; our BPR7ES and EU70is (ours only) matched nothing. The
# cover's rows alone (0, 27) cross: our EU22i matched their cover (0.91), our cover their EU22i (0.93).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_first_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 9577de68, the matching code of the session's start 97f9745a): 11 of
    # 18 true pairs found (11 matched, none proposed), 7 missed; 2 variants matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=11, found=11, wrong_matched=2, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds21 [-v]
    BATCH.print_reading()
