"""A twenty-fifth round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Photographic flashes and studio lighting: speedlights for one camera maker's mount each, pocket and
outdoor studio flashes, radio triggers, a round-head flash, flash heads, a battery and its charger,
an accessory kit, LED lights, softboxes, light stands, a reflector, a paper backdrop, a light meter;
a kind none of the twenty-four rounds held (cameras and lenses were held, instant photography and
action cameras, not lighting); ours: a Bratislava shop selling to photographers, 19 products in
euros, titled in Slovak as such shops write them: the kind first ("Blesk", "Štúdiový blesk",
"Rádiová spúšť", "LED svetlo", "Svetelný stojan", "Batéria"), then maker and model, the camera
maker after "pre" (for), power and sizes after commas, decimals with a comma ("7,2 V", "2,72 x 11
m"), "Blesk Godox V860III-C pre Canon, Li-ion batéria"; theirs: a Colombo shop, 35 listings in
rupees, titled in Sinhala (the Sinhala script) around the maker and model in Latin letters: maker
and model first, the camera maker before "සඳහා" (for) where ours writes the maker's mount letter,
the kind after, decimals with a point, "Godox V860III Canon සඳහා කැමරා ෆ්ලෑෂ්".
"කැමරා ෆ්ලෑෂ්" is a camera flash ("blesk"), "පොකට් ෆ්ලෑෂ්" a pocket flash and "එළිමහන් ෆ්ලෑෂ්" an
outdoor flash ("štúdiový blesk"), "ට්‍රිගර්" a trigger ("rádiová spúšť"), "රවුම් හිස" a round head
("okrúhla hlava"), "බල්බ හිස" a bare-bulb head, "බැටරිය" the battery ("batéria"), "ආදේශක" a
replacement, "චාජරය" the charger ("nabíjačka"), "ඇක්සසරි කට්ටලය" an accessory kit ("súprava
príslušenstva"), "LED වීඩියෝ ආලෝකය" an LED video light ("LED svetlo"), "ද්වි-වර්ණ" bi-colour,
"සොෆ්ට්බොක්ස්" a softbox, "ලයිට් ස්ටෑන්ඩ්" a light stand ("svetelný stojan"), "පරාවර්තක" a
reflector ("odrazová doska"), "කඩදාසි පසුබිම" a paper backdrop ("papierové pozadie"), "ආලෝක
මීටරය" a light meter ("expozimeter"), "මීටර්" metres, "සෙ.මී." centimetres; "සඳහා" for, "කට්ටලය"
a set or kit ("súprava"), "භාවිත කළ" used, "මාස" months, "ප්‍රදර්ශන ඒකකය" a display unit,
"පෙට්ටිය නොමැතිව" without its box; "කොටස් අංකය" the part number, "වගකීම" a warranty, "වසර" a year.

The hard things, written as such shops write them, not to be easy or hard: one flash for each
camera maker's mount, ours with the maker's mount letter after a hyphen ("V860III-C", "V1-S") and
the camera maker after "pre", theirs with the camera maker before "සඳහා" and the letter left off
or run on ("V860III Canon සඳහා", "V1S"), their listings for another mount beside ours (V860III
Nikon, V1C, X2T-N; our V860III-F ours only); a generation as a numeral or a word (AD200Pro / AD200Pro
II, SL60W / SL60IIBi; our AD600Pro II ours only; Rotolight NEO 3 / 2); a letter at the end that
makes another product (TT600 / TT600S); the maker's suffix on ours only (Sekonic "L-308X-U" /
"L-308X") beside another meter; sizes apart (softboxes 60 x 90 / 80 x 120, reflectors 110 / 80 cm,
backdrops 2,72 / 1.35 m; ours "366 cm" against their "3.66 මීටර්"); stands a digit apart
(Manfrotto 1004BAC / 1005BAC); a battery, its charger, an accessory kit and two heads all "for" our
flashes (VB26 for the V1 and V860III; AK-R1 for the V1 and AD200Pro; H200R and H200J for the
AD200Pro), and another maker's replacement battery with our battery's code and the same 7.2V
2600mAh; a speedlight kit with a trigger, a used AD200Pro, an AD300Pro on display without its box;
our V860III's part number in their description after "කොටස් අංකය:" written without its hyphen;
a reflector with no maker; "AD200Pro" on 7 of their listings (the second listing included),
"Godox" on 25; one product listed twice (the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_V860III_C = gtin_with_check_digit("695384910461")
GTIN_AD200PRO = gtin_with_check_digit("695384910218")
GTIN_X2T_C = gtin_with_check_digit("695384910324")

# A Bratislava photo-lighting shop in euros against a Colombo one titled in Sinhala, in rupees.
FLASHES: list[Row] = [
    ("Blesk Godox V860III-C pre Canon, Li-ion batéria", "199.00",
     "Godox V860III Canon සඳහා කැමරා ෆ්ලෑෂ්", "74500",
     {"ours": {"brand": "Godox", "gtin": GTIN_V860III_C, "mpn": "V860III-C"},
      "theirs": {"brand": "Godox", "description": "කොටස් අංකය: V860IIIC, වගකීම වසර 1"}}),
    (None, None, "Godox V860III Nikon සඳහා කැමරා ෆ්ලෑෂ්", "75900",
     {"theirs": {"brand": "Godox", "description": "කොටස් අංකය: V860IIIN, වගකීම වසර 1"}}),
    (None, None, "Godox V860III Canon සඳහා + X2T-C ට්‍රිගර් කට්ටලය", "98500"),
    ("Blesk Godox V860III-F pre Fujifilm, Li-ion batéria", "199.00", None, None),
    ("Štúdiový blesk Godox AD200Pro, 200 Ws, TTL, HSS", "329.00",
     "Godox AD200Pro 200Ws TTL පොකට් ෆ්ලෑෂ්", "118000",
     {"ours": {"brand": "Godox", "gtin": GTIN_AD200PRO}}),
    (None, None, "Godox AD200Pro II 200Ws TTL පොකට් ෆ්ලෑෂ්", "132000"),
    (None, None, "Godox AD200Pro පොකට් ෆ්ලෑෂ්, භාවිත කළ, මාස 8", "79000"),
    ("Štúdiový blesk Godox AD300Pro, 300 Ws, TTL", "449.00",
     "Godox AD300Pro 300Ws එළිමහන් ෆ්ලෑෂ්", "168000"),
    ("Rádiová spúšť Godox X2T-C pre Canon", "59.00",
     "Godox X2T-C ට්‍රිගර් Canon සඳහා", "21500",
     {"ours": {"brand": "Godox", "gtin": GTIN_X2T_C}}),
    (None, None, "Godox X2T-N ට්‍රිගර් Nikon සඳහා", "21900"),
    ("Blesk Godox V1-S pre Sony, okrúhla hlava", "249.00",
     "Godox V1S Sony සඳහා රවුම් හිස ෆ්ලෑෂ්", "89500"),
    (None, None, "Godox V1C Canon සඳහා රවුම් හිස ෆ්ලෑෂ්", "88900"),
    ("Batéria Godox VB26 pre V1 a V860III, 7,2 V 2600 mAh", "39.90",
     "Godox VB26 බැටරිය (V1 / V860III සඳහා) 7.2V 2600mAh", "14500",
     {"ours": {"brand": "Godox"}}),
    (None, None, "Neewer VB26 ආදේශක බැටරිය Godox V1 සඳහා 7.2V 2600mAh", "6900"),
    ("LED svetlo Godox SL60W, 60 W, 5600 K", "139.00",
     "Godox SL60W LED වීඩියෝ ආලෝකය 60W 5600K", "52000"),
    (None, None, "Godox SL60IIBi ද්වි-වර්ණ LED වීඩියෝ ආලෝකය 75W 2800-6500K", "68500"),
    ("Softbox Godox SB-BW 60 x 90 cm, Bowens", "49.90",
     "Godox SB-BW 60x90 සොෆ්ට්බොක්ස් Bowens", "18900"),
    (None, None, "Godox SB-BW 80x120 සොෆ්ට්බොක්ස් Bowens", "26500"),
    ("Svetelný stojan Manfrotto 1004BAC, 366 cm", "119.00",
     "Manfrotto 1004BAC ලයිට් ස්ටෑන්ඩ් 3.66 මීටර්", "38500",
     {"ours": {"brand": "Manfrotto", "mpn": "1004BAC"}}),
    (None, None, "Manfrotto 1005BAC ලයිට් ස්ටෑන්ඩ් 3.50 මීටර්", "34900"),
    ("Súprava príslušenstva Godox AK-R1 pre V1 a AD200Pro", "34.90",
     "Godox AK-R1 ඇක්සසරි කට්ටලය (V1 / AD200Pro සඳහා)", "11500"),
    ("Okrúhla hlava Godox H200R pre AD200Pro", "54.90",
     "Godox H200R රවුම් ෆ්ලෑෂ් හිස AD200Pro සඳහා", "19800"),
    (None, None, "Godox H200J බල්බ හිස AD200Pro සඳහා", "17500"),
    ("LED svetlo Rotolight NEO 3", "399.00",
     "Rotolight NEO 3 LED ආලෝකය", "135000",
     {"ours": {"brand": "Rotolight"}}),
    (None, None, "Rotolight NEO 2 LED ආලෝකය", "99000"),
    ("Odrazová doska 5 v 1, 110 cm", "24.90",
     "5-in-1 පරාවර්තක 110 සෙ.මී.", "7900"),
    (None, None, "5-in-1 පරාවර්තක 80 සෙ.මී.", "5900"),
    ("Papierové pozadie Colorama Arctic White, 2,72 x 11 m", "89.00",
     "Colorama Arctic White කඩදාසි පසුබිම 2.72 x 11 m", "36500"),
    (None, None, "Colorama Arctic White කඩදාසි පසුබිම 1.35 x 11 m", "22900"),
    ("Blesk Godox TT600, manuálny, 2,4 GHz", "54.90",
     "Godox TT600 කැමරා ෆ්ලෑෂ් 2.4GHz", "19500"),
    (None, None, "Godox TT600S Sony සඳහා කැමරා ෆ්ලෑෂ් 2.4GHz", "24500"),
    ("Expozimeter Sekonic L-308X-U", "229.00",
     "Sekonic L-308X ආලෝක මීටරය", "89000",
     {"ours": {"brand": "Sekonic", "mpn": "L-308X-U"}}),
    (None, None, "Sekonic L-858D-U ආලෝක මීටරය", "265000"),
    (None, None, "Godox AD300Pro ප්‍රදර්ශන ඒකකය, පෙට්ටිය නොමැතිව", "139000"),
    ("Nabíjačka Godox VC26 pre batérie VB26, USB", "19.90",
     "Godox VC26 USB චාජරය (VB26 සඳහා)", "6500"),
    ("Štúdiový blesk Godox AD600Pro II, 600 Ws", "899.00", None, None),
]

KINDS: dict[str, list[Row]] = {"photographic flashes and studio lighting, a Colombo shop in Sinhala in rupees": FLASHES}
(SINHALA,) = KINDS
CURRENCIES = {SINHALA: "LKR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    SINHALA: [(4, "Godox AD200Pro Witstro TTL Pocket Flash 200Ws 2.4G HSS", "121000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[SINHALA]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The other maker's battery names our battery's code and is a pair of nothing.
    assert "VB26" in next(t for t in theirs if t["key"] == "T13")["name"] and not any(t == "T13" for _, t in truth)
    # The kit and the two heads name the AD200Pro; the kit and one head are true pairs of ours.
    assert {("O20", "T20"), ("O21", "T21")} <= truth and not any(t == "T22" for _, t in truth)
    # "AD200Pro" on 7 of their listings, the second one included.
    assert sum("AD200Pro" in t["name"] for t in theirs) == 7
    # Our V860III-F and AD600Pro II are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T4b")
    assert "Pocket Flash" in second["name"] and ("O4", "T4b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-four rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 18 of 18 found (17 matched, 1 proposed), none missed; 5 variants
# matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 variants were matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("AD200Pro", "X2T-C",
# "1004BAC"); the kind words are Slovak against Sinhala; one shop writes the mount as a letter, the
# other as the camera maker's name; the reflector has no maker; "Godox" is on most listings of both.
# Passed at first reading: 17 of 17 found (16 matched, 1 proposed; 1.00); 5 other listings matched.
def test_a_sinhala_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Godox AD200Pro 200Ws TTL පොකට් ෆ්ලෑෂ්" / "Štúdiový blesk Godox AD200Pro, 200 Ws, TTL, HSS": at
    # least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, SINHALA)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a camera maker's mount (V860III Canon / Nikon, X2T-C / N, V1S / V1C), a generation
# (AD200Pro / II, SL60W / SL60IIBi, NEO 3 / 2), a letter at the end (TT600 / TT600S), a digit
# (1004BAC / 1005BAC), another meter (L-308X / L-858D-U) or a size (60 x 90 / 80 x 120, 110 / 80
# cm, 2.72 / 1.35 m) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 35]


# Failed at first reading: 2 siblings matched (of the rows' 13 true pairs 8 matched, 4 proposed, 1
# missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_mount_a_generation_a_letter_a_digit_or_a_size_apart_tells_two_listings_apart(tmp_path):
    # The Nikon V860III beside our V860III-C (and our V860III-F, ours only); AD200Pro II beside our
    # AD200Pro (and our AD600Pro II, ours only); X2T-N beside our X2T-C; V1C beside our V1-S; SL60IIBi
    # beside our SL60W; the 80 x 120 softbox beside our 60 x 90; 1005BAC beside our 1004BAC; NEO 2
    # beside our NEO 3; the 80 cm reflector beside our 110 cm; the 1.35 m backdrop beside our 2,72 m;
    # TT600S beside our TT600; L-858D-U beside our L-308X-U: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, SINHALA, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_mount_a_generation_a_letter_a_digit_or_a_size_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, SINHALA, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the battery, the kit and the two heads all name our flashes before "සඳහා" (for), and
# the other maker's battery names our battery's code with the same rating; accessories for one
# model and another maker's part naming our code crossed in the twenty-second to twenty-fourth
# rounds.
# Failed at first reading: the other maker's battery matched with our battery; of the rows' 5 true
# pairs 3 matched, 2 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the other maker's battery was matched with ours")
def test_our_flashes_their_accessories_and_another_makers_battery_do_not_cross(tmp_path):
    # Our AD200Pro, V1-S, VB26 battery, AK-R1 kit and H200R head against theirs, the H200J head and
    # Neewer's VB26 replacement: each of ours found with its own listing, neither the H200J nor
    # Neewer's battery matched, and no accessory's listing matched or put to a person with a flash of
    # ours.
    counts, found, truth = BATCH.read_rows(tmp_path, SINHALA, [4, 10, 12, 13, 20, 21, 22])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "+ ... ට්‍රිගර් කට්ටලය", "භාවිත කළ, මාස 8" and "ප්‍රදර්ශන ඒකකය, පෙට්ටිය නොමැතිව" are
# words no condition or bundle rule before read; the twenty-fourth round's combo and set were
# matched.
# Failed at first reading: 1 of these listings matched with our product and 1 proposed (of the
# rows' 3 true pairs all 3 matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_flash_kit_a_used_flash_and_a_flash_on_display_are_not_matched_as_ours(tmp_path):
    # The V860III with a trigger beside our V860III-C's own listing; the used AD200Pro beside our
    # AD200Pro's; the AD300Pro on display beside our AD300Pro's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, SINHALA, [0, 2, 4, 6, 7, 33])
    assert not counts["wrong matched"], found


# Uncertain: ours writes the mount as the maker's letter after a hyphen ("V860III-C", "V1-S"),
# theirs as the camera maker's name before "සඳහා", the letter left off ("V860III") or run on
# ("V1S"); the other mount's listing stands beside each.
# Failed at first reading: 2 of the rows' 3 true pairs matched, 1 missed; 1 other mount's listing
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the three true pairs was missed")
def test_a_mount_written_as_a_letter_on_ours_and_a_name_on_theirs_finds_its_own_listing(tmp_path):
    # "Blesk Godox V860III-C pre Canon, ..." / "Godox V860III Canon සඳහා ..." beside the Nikon one;
    # "Rádiová spúšť Godox X2T-C pre Canon" / "Godox X2T-C ... Canon සඳහා" beside X2T-N; "Blesk Godox
    # V1-S pre Sony, ..." / "Godox V1S Sony සඳහා ..." beside V1C: all three of ours found, no other
    # mount's listing matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SINHALA, [0, 1, 8, 9, 10, 11])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: ours writes "366 cm" and "2,72 x 11 m", theirs "3.66 මීටර්" and "2.72 x 11 m"; the maker's
# suffix "-U" is on our Sekonic only, and "TT600S" is another flash than "TT600".
# Passed at first reading: all four of ours found (3 matched, 1 proposed); no sibling matched or
# proposed.
def test_sizes_in_other_units_and_a_makers_suffix_on_ours_find_their_listing_not_its_sibling(tmp_path):
    # The 1004BAC stand beside the 1005BAC; the 2,72 m backdrop beside the 1.35 m; the TT600 beside
    # TT600S; the L-308X-U beside the L-858D-U: all four of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SINHALA, [18, 19, 27, 28, 29, 30, 31, 32])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "AD200Pro" is on 7 of their listings, as the codes on many listings that lost a product's pairs
# in the twenty-first to twenty-fourth rounds.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Godox AD200Pro Witstro TTL Pocket Flash 200Ws 2.4G HSS" beside "Godox AD200Pro 200Ws TTL පොකට්
    # ෆ්ලෑෂ්": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-sixth session); copied here once it
# was not (thirty-seventh session). Read at the thirty-seventh session's start (c02e1827, the
# matching code of ba44cea1) the batch reads as its first reading counted it (2422083a): 18 of 18
# found (17 matched, 1 proposed); 5 variants matched, none proposed. Scores are the start's; "alone"
# is the pair scored by itself (`score_pairs`, titles and other fields, no prices):
# - Matched by code (11): V860III-C / "V860III Canon" (O0-T0) 0.94 ("v860iiic": a code with a
#   letter added is read as the same code, `codes._codes_agree`), X2T-C (O8-T8) 0.96, AD300Pro
#   (O7-T7) 0.94, VB26 (O12-T12) 0.97, SL60W (O14-T14) 0.96, 1004BAC (O18-T18) 0.94, AK-R1 (O20-T20)
#   0.96, H200R (O21-T21) 0.96, TT600 (O29-T29) 0.96, Sekonic L-308X-U / L-308X (O31-T31) 0.94 (our
#   "-U" set aside), and the VC26 charger (O34-T34) 0.96 on "same model code vb26", the battery it
#   charges, not its own VC26.
# - Matched through another listing: Godox AD200Pro (O4-T4) 0.47, "the same product as their
#   listing" (the English one); alone 0.94 by "ad200pro", but "AD200Pro" is on 7 of their listings
#   and carries no code evidence in the catalogue.
# - Matched by wording, the rule trusted here (5): V1-S / V1S (O10-T10) 0.39 (one code written two
#   ways, not read as one), SB-BW 60x90 (O16-T16) 0.60, the 5-in-1 reflector with no maker (O25-T25)
#   0.19, Colorama Arctic White (O27-T27) 0.64, the AD200Pro's English second listing (O4-T4b) 0.54.
# - Proposed, where a person would expect a match: Rotolight NEO 3 (O23-T23) 0.67, "titles 79%
#   alike; one word differs: svetlo vs ආලෝකය" ("NEO 3", a name and a digit, no code).
# Variants matched (5):
# - Our V860III-F (O3, ours only) with their V860III for Nikon (T1) 0.93, "same model code
#   v860iiif": their title writes the bare V860III and our Fujifilm mount letter after it is read
#   as a letter added to one code; rows [1, 3] alone match the same. The mount letter is the only
#   difference the maker prints.
# - Neewer's VB26 replacement battery (T13) with our VB26 0.95, "the same product as their listing
#   ... same model code vb26": another maker's part under our code, "ආදේශක" (replacement) not read.
# - The AD200Pro II (T5) with our AD200Pro 0.46, "the same product as their listing" (the generation
#   "II" after the code not read as another product).
# - The AD300Pro on display without its box (T33) with our AD300Pro 0.93 and the V860III kit with an
#   X2T-C trigger (T2) with our X2T-C 0.95, both "the same product as their listing": a further
#   listing of a code we matched, "ප්‍රදර්ශන ඒකකය" (display unit) and "+ ... කට්ටලය" (set) not read.
# Proposed: none. Kept apart: X2T-N, V1C, the Neewer battery's siblings, SL60IIBi, SB-BW 80x120,
# 1005BAC, H200J, NEO 2, the 80 cm reflector, the 1.35 m backdrop, TT600S, L-858D-U, the used
# AD200Pro; our AD600Pro II (ours only) matched nothing.


# A defect of the first reading, named so that the change that mends it sees it pass: a camera
# maker's mount letter after a flash's code ("V860III-F", Fujifilm) read as a letter added to the
# bare code another mount's listing writes ("V860III Nikon"), so our Fujifilm flash, which they do
# not sell, matched their Nikon one.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-seventh session's start our V860III-F matched their V860III for Nikon")
def test_a_mount_letter_after_the_code_does_not_match_another_mounts_bare_code(tmp_path):
    # "Blesk Godox V860III-F pre Fujifilm, Li-ion batéria" beside "Godox V860III Nikon සඳහා කැමරා
    # ෆ්ලෑෂ්": nothing matched.
    counts, found, _ = BATCH.read_rows(tmp_path, SINHALA, [1, 3])
    assert not counts["wrong matched"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_fifth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 2422083a, whose matching code is the session's start a3fc6ad2): 18 of
    # 18 true pairs found (17 matched, 1 proposed), none missed; 5 variants matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=17, found=18, wrong_matched=5, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds25b [-v]
    BATCH.print_reading()
