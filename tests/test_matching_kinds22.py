"""A twenty-second round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Video surveillance: IP and analogue cameras, their recorders, hard disks and memory cards, and the
cables, plugs, power supplies, boxes and brackets an installer fits with them, a kind none of the
twenty-one rounds held (the security rounds held locks and security, car electronics; ours: a
Spanish shop selling to installers and households, 19 products in euros, titled in Spanish as such
shops write them: the kind first ("Cámara IP domo", "Grabador DVR", "Disco duro"), then maker and
model, the megapixels, lens and infrared range after commas, "Cámara IP domo Hikvision
DS-2CD1143G2-I, 4 MP, lente 2,8 mm, IR 30 m"; theirs: a Yangon shop, 35 listings in kyat, titled in
Burmese (the Myanmar script) around the maker and model in Latin letters: maker and model first,
the kind after, the megapixels, lengths, channels and counts mostly in Myanmar digits ("၄MP",
"၁၀၀ မီတာ", "၈ ချန်နယ်"), "Hikvision DS-2CD1143G2-I ၄MP IP Dome ကင်မရာ မှန်ဘီလူး ၂.၈mm ညမြင် ၃၀
မီတာ").
"ကင်မရာ" is a camera ("cámara"), "မှန်ဘီလူး" a lens ("lente"), "ညမြင်" night vision (the infrared
range, "IR"), "မီတာ" metres, "မိုက်ခရိုဖုန်းပါ" with a microphone, "နံရံကပ် ဘရက်ကက်" a wall bracket
("soporte de pared"), "ချန်နယ်" channels ("canales"), "ဟာ့ဒ်ဒစ်" a hard disk ("disco duro"), "အစုံ" a
set, "တစ်ပတ်ရစ်" second-hand, "လ" months, "သုံးထားသည်" has been used, "ကြိုးမဲ့" wireless,
"အိမ်တွင်းသုံး" for indoors ("interior"), "အပြင်ဘက်သုံး" for outdoors ("exterior"), "လှည့်ကြည့်နိုင်"
that turns to look ("motorizada"), "ညဘက် အရောင်ပါ" colour at night ("visión nocturna en color"),
"ဆိုင်ပြပစ္စည်း" a shop's display piece, "ဘူးမပါ" without its box, "ဒီဂရီ" degrees, "အဖြူ" white
("blanca"), "အနက်" black ("negro"), "လုံးတွဲ" cameras sold together ("၂ လုံးတွဲ" a pair), "ပါဝါကြိုး"
a power cable ("con alimentación"), "ကြိုး" a cable, "ပါဝါ အဒက်ပတာ" a power adapter ("fuente de
alimentación"), "ခေါင်း" a plug ("conector"), "ခု" pieces ("pack de"), "ဂျန်ရှင်ဘောက်စ်" a junction
box ("caja de conexiones"), "ဗီဒီယို တံခါးခေါင်းလောင်း" a video doorbell ("videoportero"), "ဇူးမ်" zoom,
"ဆ" times ("x"); "အတွက်" for (an accessory that fits), "ကိုက်ညီသော ကင်မရာများ" the cameras it fits,
"မော်ဒယ်" the model, "ကုဒ်နံပါတ်" the code, "အာမခံ" a warranty, "နှစ်" years, "ပါ" with. Myanmar
digits: ၀ ၁ ၂ ၃ ၄ ၅ ၆ ၇ ၈ ၉ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's cameras a
letter or a suffix apart (Hikvision DS-2CD1143G2-I dome / DS-2CD1043G2-I bullet / DS-2CD1143G2-IUF
with a microphone; DS-2CE76D0T-ITPF dome / DS-2CE16D0T-ITPF bullet), recorders a channel count apart
(DS-7108HGHI-K1 / DS-7104HGHI-K1; Dahua NVR4108HS-8P-4KS2/L / NVR4104HS-P-4KS2/L) and a PTZ camera a
resolution apart (SD49225XA-HNR / SD49425XB-HNR); one model name in two resolutions (EZVIZ C6N and
C6N 4MP); a range name with a digit and its letter-apart sibling (Imou Ranger 2 / 2C; Tapo C200 sold
alone and as a pair); disks and cards a capacity apart in Myanmar digits (WD Purple 2 / 1 TB, WD
Purple 4 TB ours only; 128 / 64 GB); a cable a length apart and plugs a pack apart in Myanmar
digits; a power supply and plugs with no maker; a used Dahua camera, a display EZVIZ H8c without its
box, the DVR with a disk in one set; a bracket naming our dome's code after "အတွက်" and a junction
box whose description names our dome's code after "ကိုက်ညီသော ကင်မရာများ" (the box a true pair of
ours, the bracket of nothing we sell); "Hikvision" on 10 of their listings and "DS-2CD1143G2-I"
in 3 of their titles (once as the start of a longer code); our dome's MPN written with its lens
("DS-2CD1143G2-I(2.8mm)"); our card's MPN as their listing's own code in its description; one
product listed twice (the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_DS2CD1143 = gtin_with_check_digit("695427392471")
GTIN_DS7108 = gtin_with_check_digit("695427381506")
GTIN_WD23PURZ = gtin_with_check_digit("071803726140")
GTIN_HIGH_ENDURANCE_128 = gtin_with_check_digit("061965906288")

# A Spanish video-surveillance shop in euros against a Burmese one, in kyat.
SURVEILLANCE: list[Row] = [
    ("Cámara IP domo Hikvision DS-2CD1143G2-I, 4 MP, lente 2,8 mm, IR 30 m", "74.90",
     "Hikvision DS-2CD1143G2-I ၄MP IP Dome ကင်မရာ မှန်ဘီလူး ၂.၈mm ညမြင် ၃၀ မီတာ", "168000",
     {"ours": {"brand": "Hikvision", "gtin": GTIN_DS2CD1143, "mpn": "DS-2CD1143G2-I(2.8mm)"},
      "theirs": {"brand": "Hikvision", "description": "မော်ဒယ်: DS-2CD1143G2-I, PoE ပါ, အာမခံ ၁ နှစ်"}}),
    (None, None, "Hikvision DS-2CD1043G2-I ၄MP IP Bullet ကင်မရာ ၂.၈mm ညမြင် ၃၀ မီတာ", "165000"),
    (None, None, "Hikvision DS-2CD1143G2-IUF ၄MP IP Dome ကင်မရာ မိုက်ခရိုဖုန်းပါ ၂.၈mm", "189000"),
    (None, None, "Hikvision DS-1272ZJ-110 နံရံကပ် ဘရက်ကက် (DS-2CD1143G2-I အတွက်)", "18500"),
    ("Cámara domo Hikvision DS-2CE76D0T-ITPF, 2 MP, Turbo HD, 2,8 mm", "21.90",
     "Hikvision DS-2CE76D0T-ITPF ၂MP Turbo HD Dome ကင်မရာ ၂.၈mm", "46000",
     {"ours": {"brand": "Hikvision"}}),
    (None, None, "Hikvision DS-2CE16D0T-ITPF ၂MP Turbo HD Bullet ကင်မရာ ၂.၈mm", "46000"),
    ("Grabador DVR Hikvision DS-7108HGHI-K1, 8 canales, 1080p lite", "79.00",
     "Hikvision DS-7108HGHI-K1 DVR ၈ ချန်နယ် Turbo HD", "172000",
     {"ours": {"brand": "Hikvision", "gtin": GTIN_DS7108}, "theirs": {"brand": "Hikvision"}}),
    (None, None, "Hikvision DS-7104HGHI-K1 DVR ၄ ချန်နယ် Turbo HD", "118000"),
    (None, None, "Hikvision DS-7108HGHI-K1 DVR + WD Purple ၁TB ဟာ့ဒ်ဒစ် အစုံ", "298000"),
    ("Grabador NVR Dahua NVR4108HS-8P-4KS2/L, 8 canales PoE, 4K", "149.00",
     "Dahua NVR4108HS-8P-4KS2/L NVR ၈ ချန်နယ် PoE 4K", "335000"),
    (None, None, "Dahua NVR4104HS-P-4KS2/L NVR ၄ ချန်နယ် PoE 4K", "245000"),
    ("Cámara IP bala Dahua IPC-HFW1230S-S5, 2 MP, IR 30 m", "39.90",
     "Dahua IPC-HFW1230S-S5 ၂MP IP Bullet ကင်မရာ ညမြင် ၃၀ မီတာ", "89000",
     {"ours": {"brand": "Dahua"}}),
    (None, None, "Dahua IPC-HFW1230S-S5 တစ်ပတ်ရစ် ၆ လ သုံးထားသည်", "52000"),
    ("Cámara Wi-Fi motorizada EZVIZ C6N, 1080p, interior", "29.90",
     "EZVIZ C6N ကြိုးမဲ့ WiFi ကင်မရာ 1080p အိမ်တွင်းသုံး လှည့်ကြည့်နိုင်", "69000"),
    (None, None, "EZVIZ C6N 4MP ကြိုးမဲ့ WiFi ကင်မရာ 2K အိမ်တွင်းသုံး လှည့်ကြည့်နိုင်", "89000"),
    ("Cámara Wi-Fi exterior motorizada EZVIZ H8c 2K, visión nocturna en color", "59.90",
     "EZVIZ H8c 2K အပြင်ဘက်သုံး ကြိုးမဲ့ ကင်မရာ ညဘက် အရောင်ပါ", "135000"),
    (None, None, "EZVIZ H8c 2K ဆိုင်ပြပစ္စည်း ဘူးမပါ", "99000"),
    ("Cámara Wi-Fi exterior EZVIZ C3TN, 1080p", "39.90", None, None),
    ("Cámara Wi-Fi TP-Link Tapo C200, 1080p, 360°, blanca", "27.90",
     "TP-Link Tapo C200 ကြိုးမဲ့ ကင်မရာ 1080p ၃၆၀ ဒီဂရီ အဖြူ", "62000",
     {"ours": {"brand": "TP-Link"}, "theirs": {"brand": "TP-Link"}}),
    (None, None, "TP-Link Tapo C200 ကြိုးမဲ့ ကင်မရာ ၂ လုံးတွဲ", "118000"),
    ("Cámara Wi-Fi Imou Ranger 2, 1080p, interior", "32.90",
     "Imou Ranger 2 ကြိုးမဲ့ ကင်မရာ 1080p အိမ်တွင်းသုံး", "72000"),
    (None, None, "Imou Ranger 2C ကြိုးမဲ့ ကင်မရာ 1080p အိမ်တွင်းသုံး", "65000"),
    ("Disco duro WD Purple 2 TB para videovigilancia (WD23PURZ)", "69.90",
     "WD Purple ၂TB CCTV ဟာ့ဒ်ဒစ် WD23PURZ", "158000",
     {"ours": {"brand": "Western Digital", "gtin": GTIN_WD23PURZ, "mpn": "WD23PURZ"}}),
    (None, None, "WD Purple ၁TB CCTV ဟာ့ဒ်ဒစ် WD11PURZ", "112000"),
    ("Disco duro WD Purple 4 TB para videovigilancia (WD43PURZ)", "104.90", None, None),
    ("Cable coaxial RG59 con alimentación, bobina de 100 m, negro", "34.90",
     "RG59 + ပါဝါကြိုး ၁၀၀ မီတာ အနက် CCTV ကြိုး", "75000"),
    (None, None, "RG59 + ပါဝါကြိုး ၂၀၀ မီတာ အနက် CCTV ကြိုး", "142000"),
    ("Fuente de alimentación 12 V 5 A para cámaras de videovigilancia", "12.90",
     "CCTV ကင်မရာအတွက် ပါဝါ အဒက်ပတာ 12V 5A", "25000"),
    ("Conector BNC macho de rosca para cable RG59, pack de 10", "5.90",
     "RG59 ကြိုးအတွက် BNC ခေါင်း ၁၀ ခု", "9000"),
    (None, None, "RG59 ကြိုးအတွက် BNC ခေါင်း ၅၀ ခု", "40000"),
    ("Caja de conexiones Hikvision DS-1280ZJ-XS para cámaras domo", "9.90",
     "Hikvision DS-1280ZJ-XS ဂျန်ရှင်ဘောက်စ် Dome ကင်မရာအတွက်", "21000",
     {"ours": {"brand": "Hikvision"},
      "theirs": {"brand": "Hikvision", "description": "ကိုက်ညီသော ကင်မရာများ: DS-2CD1143G2-I, DS-2CE76D0T-ITPF"}}),
    ("Tarjeta microSD SanDisk High Endurance 128 GB para videovigilancia", "18.90",
     "SanDisk High Endurance microSD ၁၂၈GB CCTV ကင်မရာအတွက်", "42000",
     {"ours": {"brand": "SanDisk", "gtin": GTIN_HIGH_ENDURANCE_128, "mpn": "SDSQQNR-128G-GN6IA"},
      "theirs": {"description": "ကုဒ်နံပါတ်: SDSQQNR-128G-GN6IA, အာမခံ ၂ နှစ်"}}),
    (None, None, "SanDisk High Endurance microSD ၆၄GB CCTV ကင်မရာအတွက်", "26000"),
    ("Videoportero Wi-Fi EZVIZ DB1C, 1080p", "54.90",
     "EZVIZ DB1C ဗီဒီယို တံခါးခေါင်းလောင်း WiFi 1080p", "125000"),
    ("Cámara PTZ Dahua SD49225XA-HNR, 2 MP, zoom óptico 25x", "389.00",
     "Dahua SD49225XA-HNR PTZ ကင်မရာ ၂MP ဇူးမ် ၂၅ ဆ", "870000"),
    (None, None, "Dahua SD49425XB-HNR PTZ ကင်မရာ ၄MP ဇူးမ် ၂၅ ဆ", "1050000"),
]

KINDS: dict[str, list[Row]] = {"video surveillance, a Burmese shop in kyat": SURVEILLANCE}
(BURMESE,) = KINDS
CURRENCIES = {BURMESE: "MMK"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    BURMESE: [(18, "TP-Link Tapo C200 Pan/Tilt Home Security Wi-Fi Camera 1080P (White)", "64000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[BURMESE]
    # Two cameras of ours from one maker, both in both shops.
    assert {("O0", "T0"), ("O4", "T4")} <= truth
    # The bracket names our dome's code and is a pair of nothing; the junction box is a pair of ours.
    assert ("O0", "T3") not in truth and "DS-2CD1143G2-I" in next(t for t in theirs if t["key"] == "T3")["name"]
    assert ("O30", "T30") in truth
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T18b")
    assert "Wi-Fi Camera" in second["name"] and ("O18", "T18b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-one rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 11 of 18 found (11 matched, none proposed), 7 missed; 2 variants
# matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of the 18 true pairs were missed and 2 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("DS-2CD1143G2-I", "C6N",
# "WD23PURZ"); the kind words are Spanish against Burmese; three have no maker (the cable, the power
# supply, the plugs) and most of their numbers are in Myanmar digits.
# Failed at first reading: 10 of 17 found (10 matched, none proposed; 0.59), 7 missed.
# Passes since the thirty-fifth session (names12): a model's name after the maker, on one product of
# each side and nothing else found, puts the pair to a person (`benchmark/matching/model_names.py`).
def test_a_burmese_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Hikvision DS-2CD1143G2-I ၄MP IP Dome ကင်မရာ ..." / "Cámara IP domo Hikvision DS-2CD1143G2-I,
    # 4 MP, ...": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, BURMESE)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a letter or a suffix of the model (DS-2CD1143G2-I / 1043G2-I / 1143G2-IUF, DS-2CE76D0T /
# 16D0T), a channel count (DS-7108 / 7104, NVR4108 / 4104), a resolution (SD49225XA / SD49425XB, C6N /
# C6N 4MP), a letter after a range's digit (Ranger 2 / 2C), a pack (Tapo C200 alone / a pair; BNC 10 /
# 50), a capacity (2 / 1 TB, 128 / 64 GB) or a length (100 / 200 m) is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 9, 10, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 31, 32, 34, 35]


# Passed at first reading: no sibling matched, 1 proposed (of the rows' 12 true pairs 7 matched, 5
# missed: partly because pairs were missed).
def test_a_sibling_a_letter_a_suffix_a_channel_count_a_capacity_or_a_pack_apart_tells_two_listings_apart(tmp_path):
    # The bullet and the IUF beside our dome; the bullet beside our Turbo HD dome; the 4-channel DVR
    # and NVR beside our 8-channel ones; C6N 4MP beside our C6N (and our C3TN, ours only); Tapo C200 as
    # a pair beside ours alone; Ranger 2C beside our Ranger 2; WD Purple 1 TB beside our 2 TB (and our
    # 4 TB, ours only); 200 m beside our 100 m; 50 plugs beside our 10; 64 GB beside our 128 GB;
    # SD49425XB beside our SD49225XA: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, BURMESE, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling proposed, none matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was proposed")
def test_a_sibling_a_letter_a_suffix_a_channel_count_a_capacity_or_a_pack_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, BURMESE, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "DS-2C", "2,8 mm", "Dome" and the kind; the rest of the code
# and the megapixels differ.
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_two_dome_cameras_of_ours_from_one_maker_do_not_cross(tmp_path):
    # Our Hikvision DS-2CD1143G2-I and DS-2CE76D0T-ITPF against theirs: neither of ours matched or put
    # to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, BURMESE, [0, 4])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the junction box's description names both our domes' codes after a Burmese "fits" label
# ("ကိုက်ညီသော ကင်မရာများ"); its own code is in its title.
# Passed at first reading: nothing crossed; the three pairs matched in these rows.
def test_our_domes_and_our_junction_box_for_them_do_not_cross(tmp_path):
    # Our two domes and our junction box against theirs: the box's listing not matched or put to a
    # person with a dome of ours, nor a dome's listing with our box.
    counts, found, _ = BATCH.read_rows(tmp_path, BURMESE, [0, 4, 30])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "တစ်ပတ်ရစ်", "ဆိုင်ပြပစ္စည်း ဘူးမပါ" and "အစုံ" are words no condition rule before read;
# the bracket names our dome after a Burmese "for" ("အတွက်").
# Failed at first reading: 1 of these listings matched with our product and 1 proposed (of the
# rows' 4 true pairs 3 matched, 1 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_used_a_display_camera_a_set_and_a_bracket_naming_ours_are_not_matched_as_ours(tmp_path):
    # The bracket "(DS-2CD1143G2-I အတွက်)" beside our dome's own listing; the DVR with a disk beside our
    # DVR's; the used Dahua beside our Dahua's; the display H8c beside our H8c's: none matched with
    # our product.
    counts, found, _ = BATCH.read_rows(tmp_path, BURMESE, [0, 3, 6, 8, 11, 12, 15, 16])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "TP-Link Tapo C200 Pan/Tilt Home Security Wi-Fi Camera 1080P (White)" beside "TP-Link Tapo C200
    # ကြိုးမဲ့ ကင်မရာ 1080p ၃၆၀ ဒီဂရီ အဖြူ": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-third session); copied here once it
# was not (thirty-fourth session). Read at the thirty-fourth session's start (2af211ee) the batch reads
# as at its first reading (6027d489, the matching code 4e72f09b), pair for pair and score for score,
# and each missed true pair scored alone (`score_pairs`, titles and other fields, no prices) reads the
# same at both:
# - Matched by code (11): DS-2CD1143G2-I, DS-2CE76D0T-ITPF, DS-7108HGHI-K1 (O6-T6, 0.90, "numbers
#   differ: 8 vs ၈": the Myanmar digit read as a conflict and held by the code), NVR4108HS-8P-4KS2/L,
#   IPC-HFW1230S-S5, the Tapo C200's first listing (O18-T18, 0.89, "numbers differ: 360 vs ၃၆၀", held by
#   the code) and its English second listing (O18-T18b, 0.96), WD23PURZ, the junction box DS-1280ZJ-XS
#   (its description's list of our dome codes after "ကိုက်ညီသော ကင်မရာများ" did not cross it), DB1C,
#   SD49225XA-HNR.
# - Missed though high alone: the RG59 cable (O25-T25) 0.91 alone ("same model code rg59"): "RG59" is
#   on 4 of their listings (100 m, 200 m, both plug packs); the SanDisk card (O31-T31) 0.72 alone ("our
#   MPN sdsqqnr128ggn6ia written in their description"): no pair of our card with either card listing
#   in the export (the 64 GB sibling "၆၄GB" beside it; the cause not read).
# - Missed, a short letter-digit code or a range name not read as a code, kind words Spanish against
#   Burmese: EZVIZ C6N (O13-T13) 0.24, EZVIZ H8c (O15-T15) 0.19 (though "DB1C" and "C200" were read),
#   Imou Ranger 2 (O20-T20) 0.39.
# - Missed, two accessories "for" one thing: the BNC plugs (O28-T28) 0.00, "one may be for the other
#   (rg59 written after 'for' / 'compatible with')": ours "para cable RG59", theirs "RG59 ကြိုးအတွက်";
#   the "for" rule sinks a true pair of two accessories for the same cable.
# - Missed, no maker: the 12 V 5 A power supply (O27-T27) 0.14.
# Variants matched (2): the used Dahua "တစ်ပတ်ရစ် ၆ လ သုံးထားသည်" (T12) with our IPC-HFW1230S-S5 (0.94,
# "the same product as their listing"; the Burmese used-words not read); the Tapo C200 pair "၂
# လုံးတွဲ" (T19) with our C200 (0.89, "numbers differ: 360 vs ၂" read, still matched). Proposed (1):
# the DVR with a 1 TB disk "... အစုံ" (T8) beside our DVR (0.95, "another variant of their listing").
# Kept apart: DS-2CD1043G2-I, DS-2CD1143G2-IUF, the bracket "(DS-2CD1143G2-I အတွက်)", DS-2CE16D0T,
# DS-7104, NVR4104, C6N 4MP, the display H8c (its own pair missed), Ranger 2C, WD11PURZ, 200 m, BNC 50,
# 64 GB, SD49425XB; our C3TN and WD43PURZ (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_second_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 6027d489, the matching code of the session's start 4e72f09b): 11 of
    # 18 true pairs found (11 matched, none proposed), 7 missed; 2 variants matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=11, found=11, wrong_matched=2, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds22 [-v]
    BATCH.print_reading()
