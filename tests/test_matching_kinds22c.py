"""A twenty-second round of catalogues set aside, its third batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Outboard motors and boat gear: two- and four-stroke outboards, their propellers, tanks, fuel lines,
oil and impellers, and the anchors, life jackets, ropes, pumps, batteries, fish finders and fenders
a small boat carries, a kind none of the twenty-one rounds held (the water rounds held marine
safety gear cut at 40 characters, scuba diving, kitesurfing, fishing, swimming; ours: a Portuguese
chandlery for fishermen and small boats, 19 products in euros, titled in Portuguese as such shops
write them: the kind first ("Motor fora de borda", "Hélice", "Âncora dobrável"), then maker and
model, the horsepower, strokes and shaft after commas, "Motor fora de borda Yamaha Enduro E40XMHL,
40 cv, 2 tempos, eixo longo"; theirs: a Malé shop, 35 listings in rufiyaa, titled in Dhivehi (the
Thaana script, written right to left) around the model in Latin letters and Latin digits, some
makers written in Thaana ("ޔަމަހާ" Yamaha, "ސުޒުކީ" Suzuki, "މާކިއުރީ" Mercury), the horsepower as
"HP", thousands grouped with a comma ("1,100"), "ޔަމަހާ އެންޑިއުރޯ E40XMHL އައުޓްބޯޑް އިންޖީނު 40HP 2
ސްޓްރޯކް ދިގު ޝާފްޓް").
"އައުޓްބޯޑް އިންޖީނު" is an outboard motor ("motor fora de borda"), "ސްޓްރޯކް" strokes ("tempos"),
"ދިގު ޝާފްޓް" a long shaft ("eixo longo"), "ކުރު ޝާފްޓް" a short shaft ("eixo curto"), "ފަންކާ" a
propeller ("hélice"), "ތެޔޮ ޓޭންކި" a fuel tank ("depósito de combustível"), "ގޭޖް" a level gauge
("indicador de nível"), "ލީޓަރު" litres, "ތެޔޮ ހޯސް" a fuel line ("tubo de combustível"), "ޕްރައިމަރ
ބަލްބް" a primer bulb ("bomba manual"), "މީޓަރު" metres, "މެރިން ގިއަރ އޮއިލް" marine gear oil ("óleo
de transmissão"), "ފޯލްޑިންގ ނަނގުރު" a folding anchor ("âncora dobrável"), "ގެލްވަނައިޒްޑް"
galvanised, "ކިލޯ" kilograms, "ލައިފް ޖެކެޓް" a life jacket ("colete salva-vidas"), "ބޮޑެތި މީހުންނަށް"
for adults ("para adulto"), "ކުޑަކުދިންނަށް" for children, "އޮރެންޖު" orange ("laranja"), "ބޯޓު
ބަނދެން ވާ" a mooring rope ("cabo de amarração"), "ނޫ" blue ("azul"), "ހުދު" white ("branca"),
"ބިލްޖް ޕަމްޕު" a bilge pump ("bomba de porão"), "ބޯޓު ބެޓެރީ" a boat battery ("bateria náutica"),
"ވޯޓަރ ޕަމްޕް އިމްޕެލަރ" a water pump impeller ("turbina da bomba de água"), "ފިޝް ފައިންޑަރ" a fish
finder ("sonda de pesca"), "ޓްރާންސްޑިއުސަރ" a transducer ("transdutor"), "ފެންޑަރ" a fender
("defensa"), "އާއެކު" with ("com"), "ޕެކޭޖް" a package deal; "އަށް ފިޓްވާ" that fits (an accessory
for), "ގެ ބަދަލުގައި" in place of (a replacement for), "ޕާޓް ނަންބަރު" the part number, "ވޯރަންޓީ" a
warranty, "އަހަރު" years; "ބޭނުންކޮށްފައިވާ" used, "ގަޑިއިރު ދުއްވާފައި" run ... hours, "ޑިސްޕްލޭ" a
display piece, "ފޮށި ގެއްލުންވެފައި" its box damaged, "އައު" new. The Thaana comma is "،".

The hard things, written as such shops write them, not to be easy or hard: one maker's outboards a
letter apart (Yamaha E40XMHL long shaft / E40XMHS short; 15FMHS / 15FMHL), a number apart (Suzuki
DF15AS / DF20AS; Tohatsu MFS9.8B / MFS6C, "MFS9.8B" on ours and "MFS 9.8B" on theirs, "9,8 cv"
against "9.8HP"), F25GMHS ours only; Mercury written in Thaana only on theirs; a propeller a pitch
apart (11 1/8 x 13 / 11-3/8 x 12); a tank a size apart (24 / 12 litres); gear oil a pack apart (350
ml / 1 litre); an anchor a weight apart (5 / 7.5 kg; 3.2 kg ours only); a life jacket for adults or
children; a rope a colour apart (blue / white, in Dhivehi); bilge pumps a rating apart, "1100" on
ours and "1,100" on theirs (1,100 / 500 GPH); batteries a capacity apart (LFD90 / LFD75); a fish
finder a screen apart (STRIKER Vivid 4cv / 5cv); an impeller whose part number is only in their
description, and another maker's impeller whose title carries our part number after "ގެ
ބަދަލުގައި"; a fuel line "for" Yamaha engines and a Yamaha tank with no part number; a used Mercury 5MH, a display
Tohatsu with its box damaged, our Yamaha E40XMHL with a tank as a package; a life jacket, an anchor
and a rope with no maker; "Yamaha" (or "ޔަމަހާ") on 12 of their listings; one product listed twice
(the second time in English, as the shop's import feed writes it).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_E40XMHL = gtin_with_check_digit("490135240137")
GTIN_DF15AS = gtin_with_check_digit("490159115032")
GTIN_STRIKER_4CV = gtin_with_check_digit("075375999122")

# A Portuguese chandlery in euros against a Maldivian one in Dhivehi, in rufiyaa.
OUTBOARDS: list[Row] = [
    ("Motor fora de borda Yamaha Enduro E40XMHL, 40 cv, 2 tempos, eixo longo", "5490.00",
     "ޔަމަހާ އެންޑިއުރޯ E40XMHL އައުޓްބޯޑް އިންޖީނު 40HP 2 ސްޓްރޯކް ދިގު ޝާފްޓް", "89500",
     {"ours": {"brand": "Yamaha", "gtin": GTIN_E40XMHL, "mpn": "E40XMHL"},
      "theirs": {"brand": "Yamaha", "description": "ޕާޓް ނަންބަރު: E40XMHL، ވޯރަންޓީ 1 އަހަރު"}}),
    (None, None, "ޔަމަހާ އެންޑިއުރޯ E40XMHS އައުޓްބޯޑް އިންޖީނު 40HP 2 ސްޓްރޯކް ކުރު ޝާފްޓް", "87500"),
    (None, None, "ޔަމަހާ E40XMHL + 24 ލީޓަރު ތެޔޮ ޓޭންކި (ޕެކޭޖް)", "92500"),
    ("Motor fora de borda Yamaha 15FMHS, 15 cv, 2 tempos, eixo curto", "2690.00",
     "Yamaha 15FMHS 15HP 2 ސްޓްރޯކް ކުރު ޝާފްޓް އައުޓްބޯޑް", "44500",
     {"ours": {"brand": "Yamaha"}}),
    (None, None, "Yamaha 15FMHL 15HP 2 ސްޓްރޯކް ދިގު ޝާފްޓް އައުޓްބޯޑް", "45500"),
    ("Motor fora de borda Suzuki DF15AS, 15 cv, 4 tempos, eixo curto", "3390.00",
     "ސުޒުކީ DF15AS 15HP 4 ސްޓްރޯކް އައުޓްބޯޑް އިންޖީނު", "56000",
     {"ours": {"brand": "Suzuki", "gtin": GTIN_DF15AS}}),
    (None, None, "ސުޒުކީ DF20AS 20HP 4 ސްޓްރޯކް އައުޓްބޯޑް އިންޖީނު", "63500"),
    ("Motor fora de borda Tohatsu MFS9.8B S, 9,8 cv, 4 tempos, eixo curto", "2190.00",
     "Tohatsu MFS 9.8B 9.8HP 4 ސްޓްރޯކް ކުރު ޝާފްޓް", "37500"),
    (None, None, "Tohatsu MFS6C 6HP 4 ސްޓްރޯކް ކުރު ޝާފްޓް", "29500"),
    (None, None, "Tohatsu MFS 9.8B ޑިސްޕްލޭ، ފޮށި ގެއްލުންވެފައި، އައު", "33500"),
    ("Motor fora de borda Mercury 5MH, 5 cv, 4 tempos, eixo curto", "1490.00",
     "މާކިއުރީ 5MH 5HP 4 ސްޓްރޯކް އައުޓްބޯޑް އިންޖީނު", "25500",
     {"ours": {"brand": "Mercury"}}),
    (None, None, "މާކިއުރީ 5MH ބޭނުންކޮށްފައިވާ 150 ގަޑިއިރު ދުއްވާފައި", "14500"),
    ("Hélice de alumínio Yamaha 11 1/8 x 13-G para motores de 40-50 cv", "139.00",
     "ޔަމަހާ 40-50HP އަށް ފިޓްވާ ފަންކާ 11-1/8 x 13 G", "2450",
     {"ours": {"brand": "Yamaha", "mpn": "663-45947-01"}, "theirs": {"description": "ޕާޓް ނަންބަރު: 663-45947-01"}}),
    (None, None, "ޔަމަހާ 40-50HP އަށް ފިޓްވާ ފަންކާ 11-3/8 x 12 G", "2450"),
    ("Depósito de combustível Yamaha 24 litros, com indicador de nível", "119.00",
     "ޔަމަހާ ތެޔޮ ޓޭންކި 24 ލީޓަރު ގޭޖް އާއެކު", "2150"),
    (None, None, "ޔަމަހާ ތެޔޮ ޓޭންކި 12 ލީޓަރު ގޭޖް އާއެކު", "1650"),
    ("Tubo de combustível com bomba manual para motores Yamaha, 2,5 m", "39.90",
     "ޔަމަހާ އިންޖީނަށް ފިޓްވާ ތެޔޮ ހޯސް ޕްރައިމަރ ބަލްބް އާއެކު 2.5 މީޓަރު", "650"),
    ("Óleo de transmissão Yamalube Marine Gear Oil SAE 90, 350 ml", "12.90",
     "Yamalube މެރިން ގިއަރ އޮއިލް SAE 90 350ml", "195"),
    (None, None, "Yamalube މެރިން ގިއަރ އޮއިލް SAE 90 1 ލީޓަރު", "420"),
    ("Âncora dobrável galvanizada, 5 kg", "34.90", "ފޯލްޑިންގ ނަނގުރު ގެލްވަނައިޒްޑް 5 ކިލޯ", "575"),
    (None, None, "ފޯލްޑިންގ ނަނގުރު ގެލްވަނައިޒްޑް 7.5 ކިލޯ", "790"),
    ("Âncora dobrável galvanizada, 3,2 kg", "26.90", None, None),
    ("Colete salva-vidas 100N para adulto, laranja, 40-90 kg", "29.90",
     "ލައިފް ޖެކެޓް 100N ބޮޑެތި މީހުންނަށް އޮރެންޖު 40-90 ކިލޯ", "450"),
    (None, None, "ލައިފް ޖެކެޓް 100N ކުޑަކުދިންނަށް އޮރެންޖު 20-30 ކިލޯ", "380"),
    ("Cabo de amarração 12 mm x 20 m, azul", "24.90", "ބޯޓު ބަނދެން ވާ 12mm × 20 މީޓަރު ނޫ", "395"),
    (None, None, "ބޯޓު ބަނދެން ވާ 12mm × 20 މީޓަރު ހުދު", "395"),
    ("Bomba de porão submersível Rule 1100 GPH, 12 V", "54.90", "Rule 1,100 GPH ބިލްޖް ޕަމްޕު 12V", "985"),
    (None, None, "Rule 500 GPH ބިލްޖް ޕަމްޕު 12V", "620"),
    ("Bateria náutica Varta Professional Dual Purpose LFD90, 12 V 90 Ah", "159.00",
     "Varta LFD90 ބޯޓު ބެޓެރީ 12V 90Ah", "2850"),
    (None, None, "Varta LFD75 ބޯޓު ބެޓެރީ 12V 75Ah", "2450"),
    ("Turbina da bomba de água Yamaha 6H4-44352-02, motores de 40-50 cv", "24.90",
     "ޔަމަހާ ވޯޓަރ ޕަމްޕް އިމްޕެލަރ 40-50HP އަށް ފިޓްވާ", "425",
     {"ours": {"brand": "Yamaha", "mpn": "6H4-44352-02"}, "theirs": {"description": "ޕާޓް ނަންބަރު: 6H4-44352-02"}}),
    (None, None, "CEF 500355 ވޯޓަރ ޕަމްޕް އިމްޕެލަރ، ޔަމަހާ 6H4-44352-02 ގެ ބަދަލުގައި", "245"),
    ("Sonda de pesca Garmin STRIKER Vivid 4cv com transdutor GT20-TM", "169.00",
     "Garmin STRIKER Vivid 4cv ފިޝް ފައިންޑަރ GT20-TM ޓްރާންސްޑިއުސަރ އާއެކު", "2950",
     {"ours": {"brand": "Garmin", "gtin": GTIN_STRIKER_4CV, "mpn": "010-02550-00"}}),
    (None, None, "Garmin STRIKER Vivid 5cv ފިޝް ފައިންޑަރ GT20-TM ޓްރާންސްޑިއުސަރ އާއެކު", "3950"),
    ("Defensa insuflável Polyform F-4, branca", "49.90", "Polyform F4 ބޯޓު ފެންޑަރ ހުދު", "850"),
    ("Motor fora de borda Yamaha F25GMHS, 25 cv, 4 tempos, eixo curto", "4290.00", None, None),
]

KINDS: dict[str, list[Row]] = {"outboard motors and boat gear, a Maldivian shop in Dhivehi in rufiyaa": OUTBOARDS}
(MALDIVIAN,) = KINDS
CURRENCIES = {MALDIVIAN: "MVR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    MALDIVIAN: [(5, "Suzuki DF15AS 15HP 4-Stroke Outboard Motor, Short Shaft - Brand New", "56500")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[MALDIVIAN]
    # Two outboards of ours from one maker, both in both shops.
    assert {("O0", "T0"), ("O3", "T3")} <= truth
    # The other maker's impeller carries our part number in its title and is a pair of nothing;
    # ours is a true pair of the listing whose description alone carries it.
    assert ("O30", "T31") not in truth and "6H4-44352-02" in next(t for t in theirs if t["key"] == "T31")["name"]
    assert ("O30", "T30") in truth
    # The second listing is in English, from the import feed.
    second = next(t for t in theirs if t["key"] == "T5b")
    assert "Outboard Motor" in second["name"] and ("O5", "T5b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-one rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 11 of 18 found (6 matched, 5 proposed), 7 missed; 2 variants matched, 2
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of the 18 true pairs were missed and 2 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: most models are in Latin letters on both sides ("E40XMHL", "DF15AS", "LFD90"), some
# makers only in Thaana; the kind words are Portuguese against Dhivehi written right to left; three
# have no maker (the anchor, the life jacket, the rope) and two carry their part number in a
# description only.
# Failed at first reading: 10 of 17 found (5 matched, 5 proposed; 0.59), 7 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of 17 found (0.59)")
def test_a_dhivehi_title_around_the_model_finds_our_product(tmp_path):
    # "ޔަމަހާ އެންޑިއުރޯ E40XMHL އައުޓްބޯޑް އިންޖީނު ..." / "Motor fora de borda Yamaha Enduro E40XMHL,
    # 40 cv, ...": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, MALDIVIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a letter of the model (E40XMHL / E40XMHS, 15FMHS / 15FMHL), a number (DF15AS / DF20AS,
# MFS9.8B / MFS6C, LFD90 / LFD75, Vivid 4cv / 5cv), a pitch, a size (24 / 12 l), a pack (350 ml / 1
# l), a weight (5 / 7.5 kg), adults or children, a colour (blue / white) or a rating (1,100 / 500
# GPH) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 6, 7, 8, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 32, 33, 35]


# Passed at first reading: no sibling matched, 1 proposed (of the rows' 13 true pairs 5 matched, 1
# proposed, 7 missed: partly because pairs were missed).
def test_a_sibling_a_letter_a_number_a_size_a_weight_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # E40XMHS beside our E40XMHL; 15FMHL beside our 15FMHS (and F25GMHS, ours only); DF20AS beside our
    # DF15AS; MFS6C beside our MFS9.8B; the 12 pitch beside our 13; 12 litres beside our 24; 1 litre of
    # oil beside our 350 ml; 7.5 kg beside our 5 kg (and 3.2 kg, ours only); the children's jacket
    # beside our adults'; the white rope beside our blue; Rule 500 beside our 1100; LFD75 beside our
    # LFD90; Vivid 5cv beside our 4cv: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, MALDIVIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling proposed, none matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was proposed")
def test_a_sibling_a_letter_a_number_a_size_a_weight_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, MALDIVIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "15" (our 15FMHS's horsepower and code against the Suzuki's
# code), the strokes and the short shaft; the maker is in Thaana on their Suzuki.
# Passed at first reading: nothing crossed; one pair matched and one missed in these rows (partly
# because a pair was missed).
def test_two_fifteen_horsepower_outboards_of_ours_do_not_cross(tmp_path):
    # Our Yamaha 15FMHS and Suzuki DF15AS against theirs: neither of ours matched or put to a person
    # with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, MALDIVIAN, [3, 5])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ބޭނުންކޮށްފައިވާ", "ޑިސްޕްލޭ، ފޮށި ގެއްލުންވެފައި" and "ޕެކޭޖް" are words no condition rule
# before read; another maker's impeller carries our part number after "ގެ ބަދަލުގައި".
# Failed at first reading: 2 of these listings matched with our product (of the rows' 4 true pairs
# 1 matched, 3 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two of these listings were matched with our product")
def test_a_used_a_display_motor_a_package_and_a_replacement_part_are_not_matched_as_ours(tmp_path):
    # The E40XMHL with a tank beside our E40XMHL's own listing; the display MFS 9.8B beside our
    # MFS9.8B's; the used 5MH beside our 5MH's; "CEF 500355 ... 6H4-44352-02 ގެ ބަދަލުގައި" beside our
    # impeller's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, MALDIVIAN, [0, 2, 7, 9, 10, 11, 30, 31])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Suzuki DF15AS 15HP 4-Stroke Outboard Motor, Short Shaft - Brand New" beside "ސުޒުކީ DF15AS 15HP
    # 4 ސްޓްރޯކް އައުޓްބޯޑް އިންޖީނު": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-third session); copied here once it
# was not (thirty-fourth session). Read at the thirty-fourth session's start (2af211ee) the batch reads
# as at its first reading (6027d489, the matching code 4e72f09b), pair for pair and score for score,
# and each missed true pair scored alone (`score_pairs`, titles and other fields, no prices) reads the
# same at both:
# - Matched by code (6): E40XMHL (O0-T0) 0.93; Suzuki DF15AS (O5-T5, the maker written "ސުޒުކީ")
#   0.93 and its English second listing (O5-T5b) 0.94; the life jacket (O22-T22) 0.92 on "same model
#   code 100n" (the EN buoyancy rating "100N" read as a model code: right here, but a rating, not a
#   code); Varta LFD90; Garmin STRIKER Vivid 4cv (O32-T32) 0.96 on "gt20tm", the transducer's code,
#   which its 5cv sibling also carries.
# - Proposed (5): Yamaha 15FMHS (O3-T3) 0.34 by wording ("15FMHS" not read as a code: digits first);
#   Mercury 5MH (O10-T10) 0.21 by wording (the maker only in Thaana "މާކިއުރީ"; "5MH" not read as a
#   code); the gear oil (O17-T17) 0.63 on the titles; the rope (O24-T24) 0.23 by wording; Polyform
#   "F-4" / "F4" (O34-T34) 0.38 by wording ("this competitor's data does not yet show its wording
#   matches right").
# - Missed, a code written apart: Tohatsu "MFS9.8B" / "MFS 9.8B" (O7-T7) 0.34.
# - Missed, a number as the locale writes it: the propeller (O12-T12) 0.18, "counts or ranges differ:
#   40-50 vs 11-1" ("11-1/8" read as the range 11-1 against "40-50"); Rule 1100 GPH (O26-T26) 0.23,
#   "numbers differ: 1100 vs 1/100" (their "1,100" read as 1 and 100).
# - Missed, our MPN in their description after the Thaana label "ޕާޓް ނަންބަރު" not read: the impeller
#   6H4-44352-02 (O30-T30) 0.13 (and the propeller's 663-45947-01, above), while another maker's
#   impeller carrying the number in its title took our product (below).
# - Missed, no code, Dhivehi kind words with nothing to align: the 24 l tank (O14-T14) 0.14, the fuel
#   line (O16-T16) 0.13, the 5 kg anchor (O19-T19) 0.06.
# Variants matched (2): the CEF 500355 impeller "... ޔަމަހާ 6H4-44352-02 ގެ ބަދަލުގައި" (T31) with our
# Yamaha impeller (0.93, "same model code 6h44435202"): another maker's replacement read as ours
# ("ގެ ބަދަލުގައި", "in place of", not read); the E40XMHL package "+ 24 ލީޓަރު ތެޔޮ ޓޭންކި (ޕެކޭޖް)" (T2)
# with our E40XMHL (0.87, "numbers differ: 2 vs 24" read, still matched). Proposed (2): the STRIKER
# Vivid 5cv (T33) beside our 4cv (0.90, "numbers differ: 4cv vs 5cv"); the display Tohatsu
# "ޑިސްޕްލޭ، ފޮށި ގެއްލުންވެފައި" (T9) with our MFS9.8B by wording (0.27) in place of its own listing.
# Kept apart: E40XMHS, 15FMHL, DF20AS, MFS6C, the used 5MH, pitch 12, 12 l, 1 l, 7.5 kg, the children's
# jacket, the white rope, Rule 500, LFD75; our 3.2 kg anchor and F25GMHS (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_second_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 6027d489, the matching code of the session's start 4e72f09b): 11 of
    # 18 true pairs found (6 matched, 5 proposed), 7 missed; 2 variants matched, 2 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=6, found=11, wrong_matched=2, wrong_proposed=2)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds22c [-v]
    BATCH.print_reading()
