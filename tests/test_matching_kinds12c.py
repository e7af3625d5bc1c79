"""A third batch of the twelfth round (after `tests/test_matching_kinds12.py` and `..kinds12b.py`),
written before the matcher read it, of two shapes the rounds before had not, in kinds none of them
held.

Kitchen machines from a wholesaler's list in capitals with the words run together (ours: a German
kitchen shop, 19 products in euros; theirs: a Danish appliance wholesaler, 32 listings in kroner,
every title in capitals as its 40-character field keeps it, the maker run together with the line
and sometimes with the kind or the model: "KITCHENAIDARTISAN KØKKENMASKINE 5KSM175PSEER 4,8L RØD",
"KITCHENAIDCLASSIC5K45SSEWH 4,3L HVID", "SODASTREAMQUICKCONNECT CO2CYLINDER 425G", "SMEGELKEDEL
KLF03CREU 1,7L CREME"): the maker's model code with its colour and market suffix ("5KSM175PS" +
"EER" Empire Red, "EOB" Onyx Black; "KLF03" + "CR" cream + "EU") where we write the bare model and
the colour in German; Danish kinds and colours ("KØKKENMASKINE", "ELKEDEL" kettle, "BRØDRISTER"
toaster, "STAVBLENDER", "KULSYREMASKINE" soda maker; "RØD", "SORT", "HVID", "SØLV", "PASTELBLÅ").

Coffee brewing gear from a French shop whose feed spoils its own text (ours: a German coffee
shop, 19 products in euros; theirs: a French shop, 34 listings in euros, its UTF-8 titles decoded
once more as Windows-1252, "Moulin Ã  cafÃ© manuel" for "Moulin à café manuel", "cafetiÃ¨re" for
"cafetière", and HTML entities left in them, "&ndash;", "&nbsp;", "&amp;", "&quot;", "&reg;",
"&laquo;", "&#8211;"): the maker and the model in Latin letters every shop writes, the kind in
French, a size or a count ("0,9&nbsp;L", "6 tasses", "100 piÃ¨ces") behind an entity or a
spoiled letter. A user who imports such a feed has it as the shop sent it.

Rows as `tests/kinds_batches.py` reads them; each competitor lists one of ours twice.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, holds_its_first_reading, share_found


def _fed(title: str) -> str:
    """A French title as the shop's feed delivers it: its UTF-8 bytes read as Windows-1252 ("é"
    -> "Ã©", "à" -> "Ã" and a no-break space), HTML entities as the title holds them."""
    return title.encode("utf-8").decode("cp1252")


# A German kitchen shop against a Danish wholesaler in kroner: "KØKKENMASKINE" kitchen machine,
# "BLENDER", "STAVBLENDER" hand blender, "KULSYREMASKINE" soda maker, "CO2CYLINDER", "ELKEDEL"
# kettle, "BRØDRISTER" toaster ("2SKIVER" two slices), "AIRFRYER"; "RØD" / "SORT" / "HVID" / "SØLV"
# / "RUSTFRI" / "CREME" / "PASTELBLÅ" red / black / white / silver / stainless / cream / pastel
# blue; "STK" pieces; "2I1" two in one.
KITCHEN: list[Row] = [
    ("KitchenAid Artisan Küchenmaschine 5KSM175PS 4,8 l Empire Rot", "549.00", "KITCHENAIDARTISAN KØKKENMASKINE 5KSM175PSEER 4,8L RØD",
     "4299"),
    ("KitchenAid Artisan Küchenmaschine 5KSM175PS 4,8 l Onyx Schwarz", "549.00", "KITCHENAIDARTISAN KØKKENMASKINE 5KSM175PSEOB 4,8L SORT",
     "4299"),
    (None, None, "KITCHENAIDARTISAN KØKKENMASKINE 5KSM185PSEER 4,8L RØD", "4999"),
    ("KitchenAid Classic Küchenmaschine 5K45SS 4,3 l Weiß", "329.00", "KITCHENAIDCLASSIC5K45SSEWH 4,3L HVID", "2599"),
    (None, None, "KITCHENAIDHEAVYDUTY5KSM55SXXEWH 5,2L HVID", "5999"),
    ("Kenwood Chef XL Titanium KVL8300S 6,7 l Silber", "599.00", "KENWOODCHEFXL TITANIUM KVL8300S 6,7L SØLV", "4799"),
    (None, None, "KENWOODCHEF TITANIUM KVC7300S 4,6L SØLV", "3999"),
    ("Kenwood kMix Standmixer BLX750RD rot", "99.00", "KENWOODKMIX BLENDER BLX750RD RØD", "799"),
    (None, None, "KENWOODKMIX BLENDER BLX750BK SORT", "799"),
    ("Bosch MUM5 Küchenmaschine MUM58257 1000 W silber", "299.00", "BOSCHMUM5 KØKKENMASKINE MUM58257 1000W SØLV", "2399"),
    (None, None, "BOSCHMUM5 KØKKENMASKINE MUM58L20 1000W HVID", "1999"),
    (None, None, "BOSCHSERIE4 KØKKENMASKINE MUMS2EW00 700W HVID", "1299"),
    ("Vitamix A3500i Ascent Standmixer Edelstahl", "749.00", "VITAMIXASCENT A3500I BLENDER RUSTFRI", "6999"),
    (None, None, "VITAMIXASCENT A2500I BLENDER SORT", "4999"),
    ("Ninja Foodi Power Nutri Blender 2-in-1 CB100EU", "129.00", "NINJAFOODI POWERNUTRI BLENDER2I1 CB100EU", "999"),
    ("SodaStream Terra Wassersprudler schwarz", "79.99", "SODASTREAMTERRA KULSYREMASKINE SORT", "599"),
    (None, None, "SODASTREAMTERRA KULSYREMASKINE HVID", "599"),
    (None, None, "SODASTREAMART KULSYREMASKINE SORT", "999"),
    ("SodaStream Quick-Connect CO2-Zylinder 425 g", "29.99", "SODASTREAMQUICKCONNECT CO2CYLINDER 425G", "249"),
    (None, None, "SODASTREAMQUICKCONNECT CO2CYLINDER 425G 2STK", "449"),
    ("Smeg Wasserkocher KLF03 1,7 l Creme", "169.00", "SMEGELKEDEL KLF03CREU 1,7L CREME", "1299"),
    (None, None, "SMEGELKEDEL KLF03RDEU 1,7L RØD", "1299"),
    (None, None, "SMEGELKEDEL KLF04CREU 1,7L CREME", "1499"),
    ("Smeg Toaster TSF01 2 Scheiben Pastellblau", "159.00", "SMEGBRØDRISTER TSF01PBEU 2SKIVER PASTELBLÅ", "1199"),
    (None, None, "SMEGBRØDRISTER TSF02PBEU 4SKIVER PASTELBLÅ", "1699"),
    ("Braun MultiQuick 9 Stabmixer MQ9135XI", "149.00", "BRAUNMULTIQUICK9 STAVBLENDER MQ9135XI", "1199"),
    (None, None, "BRAUNMULTIQUICK7 STAVBLENDER MQ7035X", "799"),
    ("Philips Airfryer XXL HD9650/90 schwarz", "249.00", "PHILIPSAIRFRYERXXL HD9650/90 SORT", "1999"),
    (None, None, "PHILIPSAIRFRYERXL HD9270/90 SORT", "1399"),
    ("KitchenAid Artisan Küchenmaschine 5KSM175PS 4,8 l Pistazie", "549.00", None, None),
    ("Kenwood Chef Baker XL KVL85.004SI", "649.00", None, None),
    ("Bosch Serie 6 Küchenmaschine MUM9AX5S00", "549.00", None, None),
    ("Smeg Standmixer BLF03 Creme", "199.00", None, None),
    ("Ninja Foodi MAX Dual Zone AF400EU", "229.00", None, None),
    (None, None, "OBHNORDICA STAVBLENDER 6639 SORT", "399"),
    (None, None, "MELISSA ELKEDEL 245036 1,7L HVID", "199"),
]

# A German coffee shop against a French one whose feed spoils its text: "dripper", "filtres
# papier" paper filters ("taille" size, "pièces" pieces, "carrés" / "demi-lune" square / half
# moon), "cafetière" coffee maker ("tasses" cups, "italienne" moka pot, "filtre" drip), "machine à
# café portable / de voyage", "moulin à café manuel" hand grinder, "bouilloire (électrique) col de
# cygne" gooseneck kettle, "balance à café" coffee scale ("minuteur" timer), "carafe"; "blanc" /
# "noir" / "rouge" / "transparent" white / black / red / clear, "mat" matt.
COFFEE_GEAR: list[Row] = [
    ("Hario V60 Kaffeefilter Keramik Größe 02 weiß", "24.90", _fed("Hario V60 Dripper céramique taille 02 blanc"), "22.90"),
    (None, None, _fed("Hario V60 Dripper céramique taille 01 blanc"), "19.90"),
    (None, None, _fed("Hario V60 Dripper plastique taille 02 transparent"), "7.90"),
    ("Hario V60 Papierfilter Größe 02, 100 Stück", "6.90", _fed("Filtres papier Hario V60 taille 02 &#8211; 100 pièces"), "5.90"),
    (None, None, _fed("Filtres papier Hario V60 taille 01 &#8211; 100 pièces"), "5.50"),
    ("Chemex Classic Kaffeebereiter 6 Tassen", "49.90", _fed("Chemex Classic cafetière 6 tasses"), "46.00"),
    (None, None, _fed("Chemex Classic cafetière 8 tasses"), "52.00"),
    (None, None, _fed("Chemex Handblown cafetière 6 tasses"), "159.00"),
    ("Chemex Filterpapier FS-100 quadratisch, 100 Stück", "12.90", _fed("Filtres Chemex FS-100 carrés &quot;Bonded&quot; (100)"), "11.50"),
    (None, None, _fed("Filtres Chemex FC-100 demi-lune &quot;Bonded&quot; (100)"), "11.50"),
    ("AeroPress Kaffeebereiter Original", "39.90", _fed("AeroPress&reg; Original &ndash; machine à café portable"), "36.90"),
    (None, None, _fed("AeroPress&reg; Go &ndash; machine à café de voyage"), "36.90"),
    (None, None, _fed("AeroPress&reg; Clear &ndash; machine à café transparente"), "44.90"),
    ("Bialetti Moka Express Espressokocher 3 Tassen", "34.90", _fed("Bialetti Moka Express cafetière italienne 3 tasses"), "29.90"),
    ("Bialetti Moka Express Espressokocher 6 Tassen", "44.90", _fed("Bialetti Moka Express cafetière italienne 6 tasses"), "39.90"),
    (None, None, _fed("Bialetti Moka Induction cafetière italienne 6 tasses rouge"), "49.90"),
    ("Comandante C40 MK4 Nitro Blade Handmühle schwarz", "279.00", _fed("Moulin à café manuel Comandante C40 MK4 Nitro Blade &ndash; noir"),
     "265.00"),
    (None, None, _fed("Moulin à café manuel Comandante C40 MK3 Nitro Blade &ndash; noir"), "229.00"),
    ("Timemore Chestnut C3 Handmühle schwarz", "79.00", _fed("Moulin manuel Timemore Chestnut C3 &ndash; noir"), "75.00"),
    (None, None, _fed("Moulin manuel Timemore Chestnut C3 ESP &ndash; noir"), "89.00"),
    ("Fellow Stagg EKG Wasserkocher 0,9 l mattschwarz", "179.00", _fed("Bouilloire électrique col de cygne Fellow Stagg EKG 0,9&nbsp;L noir mat"),
     "169.00"),
    (None, None, _fed("Bouilloire col de cygne Fellow Stagg EKG Pro 0,9&nbsp;L noir mat"), "229.00"),
    (None, None, _fed("Bouilloire électrique col de cygne Fellow Stagg EKG 0,9&nbsp;L blanc mat"), "169.00"),
    ("Moccamaster KBG Select Filterkaffeemaschine 1,25 l schwarz", "249.00", _fed("Moccamaster KBG Select cafetière filtre 1,25&nbsp;L noir"),
     "239.00"),
    (None, None, _fed("Moccamaster KBG Select cafetière filtre 1,25&nbsp;L rouge"), "239.00"),
    (None, None, _fed("Moccamaster Cup-One cafetière filtre 0,3&nbsp;L noir"), "179.00"),
    ("Acaia Pearl Kaffeewaage schwarz", "169.00", _fed("Balance à café Acaia Pearl &ndash; noir"), "159.00"),
    (None, None, _fed("Balance à café Acaia Lunar &ndash; noir"), "249.00"),
    ("Hario V60 Drip Scale Kaffeewaage mit Timer", "49.90", _fed("Balance Hario V60 Drip Scale &amp; minuteur"), "44.90"),
    ("Kinto Slow Coffee Style Karaffe 600 ml", "29.90", _fed("Carafe Kinto SCS &laquo;&nbsp;Slow Coffee Style&nbsp;&raquo; 600&nbsp;ml"), "26.90"),
    (None, None, _fed("Carafe Kinto SCS &laquo;&nbsp;Slow Coffee Style&nbsp;&raquo; 300&nbsp;ml"), "22.90"),
    ("Hario V60 Kaffeefilter Keramik Größe 01 rot", "22.90", None, None),
    ("Chemex Classic Kaffeebereiter 3 Tassen", "44.90", None, None),
    ("Fellow Ode Gen 2 Kaffeemühle mattschwarz", "349.00", None, None),
    ("Bialetti Moka Express Espressokocher 9 Tassen", "54.90", None, None),
    ("Timemore Black Mirror Basic Kaffeewaage", "39.90", None, None),
    (None, None, _fed("Moulin à café manuel Kingrinder K6 &ndash; gris"), "119.00"),
    (None, None, _fed("Dripper Origami taille M blanc &ndash; céramique"), "39.00"),
]

KINDS: dict[str, list[Row]] = {"kitchen machines, a wholesaler's capitals run together": KITCHEN,
                               "coffee brewing gear, a French feed spoiling its text": COFFEE_GEAR}
RUN_TOGETHER, SPOILED = KINDS
CURRENCIES = {RUN_TOGETHER: "DKK"}

# Each competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price[, its other fields]). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    RUN_TOGETHER: [(3, "KITCHENAID 5K45SSEWH CLASSIC 4,3 L HVID", "2549")],
    SPOILED: [(10, _fed("AeroPress Original (édition 2023) &ndash; cafetière à piston"), "35.90")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    catalogues = dict(BATCH.catalogues())
    # Every title of the wholesaler in capitals, most with the maker run together with a word.
    _, capitals, _ = catalogues[RUN_TOGETHER]
    assert all(t["name"] == t["name"].upper() for t in capitals)
    makers = ("KITCHENAID", "KENWOOD", "BOSCH", "VITAMIX", "NINJA", "SODASTREAM", "SMEG", "BRAUN", "PHILIPS", "OBHNORDICA")
    assert sum(any(w.startswith(m) and w != m for m in makers for w in t["name"].split()) for t in capitals) >= 29
    # Every French title with a letter not ASCII spoilt as the feed spoils it; most hold an entity.
    _, spoiled, _ = catalogues[SPOILED]
    assert all("Ã" in t["name"] for t in spoiled if not t["name"].isascii() and "Â" not in t["name"])
    assert sum("Ã" in t["name"] for t in spoiled) >= 20 and sum("&" in t["name"] and ";" in t["name"] for t in spoiled) >= 20
    # Two products of ours one colour or one count apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= catalogues[RUN_TOGETHER][2]
    assert {("O13", "T13"), ("O14", "T14")} <= catalogues[SPOILED][2]


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch, as in the batches before it.


# Failed at first reading, as expected: 17 of 30 found, 13 missed, no variant matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the eleven rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passed at first reading, as expected, at its floor: 7 of 14 found, every one matched under its
# model code (a3500i, cb100eu, mq9135xi, hd965090, kvl8300s, blx750rd, mum58257); the Artisans,
# the Classic, the Smeg kettle and toaster, the soda maker and its cylinder missed.
def test_a_title_in_capitals_around_a_makers_model_code_finds_our_product(tmp_path):
    # "KENWOODCHEFXL TITANIUM KVL8300S 6,7L SØLV" / "Kenwood Chef XL Titanium KVL8300S 6,7 l Silber",
    # "BOSCHMUM5 KØKKENMASKINE MUM58257 1000W SØLV", "PHILIPSAIRFRYERXXL HD9650/90 SORT": a model
    # code both titles write in all but the soda makers'. At least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, RUN_TOGETHER)
    assert share_found(counts, truth) >= 0.5, found


# Failed at first reading, as expected: 1 of 3 found (the Ninja under cb100eu); the Terra missed
# (0.28 alone), the cylinder read as "model codes differ: co2zylinder vs co2cylinder" (0.06).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title sharing no word with ours but the maker's name found few pairs in any round")
def test_a_maker_run_together_with_its_line_finds_our_product(tmp_path):
    # "SODASTREAMTERRA KULSYREMASKINE SORT" / "SodaStream Terra Wassersprudler schwarz",
    # "SODASTREAMQUICKCONNECT CO2CYLINDER 425G" / "SodaStream Quick-Connect CO2-Zylinder 425 g",
    # "NINJAFOODI POWERNUTRI BLENDER2I1 CB100EU" / "Ninja Foodi Power Nutri Blender 2-in-1
    # CB100EU": the words run together are ours. Each found, and no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, RUN_TOGETHER, [14, 15, 16, 17, 18, 19])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Failed at first reading, as expected: 1 of 4 found (the Artisan "5KSM175PSEER" matched under
# 5ksm175ps, 0.94); "KITCHENAIDCLASSIC5K45SSEWH" (the code run into the words, 0.38 alone),
# "KLF03CREU" (0.52) and "TSF01PBEU" (0.33) missed; no sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a code written with more letters on one side (a colour or a market suffix) was read as another code before (\"9100XX\" / \"9100X\", \"M400\" / \"M405\")")
def test_a_model_code_with_its_colour_and_market_suffix_finds_our_product(tmp_path):
    # "5KSM175PSEER" / our "5KSM175PS ... Empire Rot", "5K45SSEWH" / "5K45SS ... Weiß", "KLF03CREU" /
    # "KLF03 ... Creme", "TSF01PBEU" / "TSF01 ... Pastellblau": each found, and the same model in
    # another colour ("KLF03RDEU"), the next model ("5KSM185PSEER", "KLF04CREU", "TSF02PBEU") not
    # matched.
    counts, found, truth = BATCH.read_rows(tmp_path, RUN_TOGETHER, [0, 2, 3, 4, 20, 21, 22, 23, 24])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Passed at first reading, as expected: the Artisans both missed (alone with each other's listings,
# 5ksm175ps on both), the Bialettis each proposed with its own (0.60).
def test_two_colours_of_ours_under_one_model_code_do_not_cross(tmp_path):
    # Our Artisan 5KSM175PS "Empire Rot" and "Onyx Schwarz" against their "5KSM175PSEER ... RØD" and
    # "5KSM175PSEOB ... SORT"; our Bialetti "3 Tassen" and "6 Tassen" against "3 tasses" and "6
    # tasses": neither of ours matched or put to a person with the other's listing.
    for kind, numbers in ((RUN_TOGETHER, [0, 1]), (SPOILED, [13, 14])):
        counts, found, _ = BATCH.read_rows(tmp_path, kind, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Passed at first reading, as expected: nothing matched, nothing proposed.
def test_a_size_a_count_or_a_model_number_tells_two_listings_apart(tmp_path):
    # "4,8L" / "5,2L", "6,7L" / "4,6L", "425G" / "425G 2STK", "KLF03" / "KLF04", "2SKIVER" /
    # "4SKIVER", "HD9650/90" / "HD9270/90", "MULTIQUICK9" / "MULTIQUICK7"; "taille 02" / "taille 01",
    # "6 tasses" / "8 tasses", "C40 MK4" / "C40 MK3", "1,25&nbsp;L" / "0,3&nbsp;L", "600&nbsp;ml" /
    # "300&nbsp;ml": nothing of theirs matched to a product it is not.
    for kind, numbers in ((RUN_TOGETHER, [0, 3, 4, 5, 6, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28]),
                          (SPOILED, [0, 1, 3, 4, 5, 6, 16, 17, 23, 25, 29, 30])):
        counts, found, _ = BATCH.read_rows(tmp_path, kind, numbers)
        assert not counts["wrong matched"], (kind, found)


# Expected to fail when written (a strict xfail: "a word on one listing only (Mini, Pro, Power, X,
# Combo, Game) was matched or proposed in every round before"); at first reading it passed, no
# sibling matched or proposed among these rows. In the whole catalogue, though, "Timemore Chestnut C3
# ESP" was put to a person beside our C3's own listing (0.60); and 9 of the 17 true pairs in these
# rows were missed themselves.
# The twenty-ninth session, the wording gate at even odds (`WordingEvidence.worth_asking`): where
# the gate does not let wording match but its nulls at even odds show the candidates right more
# often than not, the candidates both views of the titles agree on are proposed. In the French
# feed's rows, 8 of 9 pairs found (3 more), and one sibling proposed: their "Fellow Stagg EKG Pro"
# with our plain EKG (0.55), whose own listing the feed spoils ("Bouilloire Ã©lectrique ...") so
# that neither view puts it first. "Pro" is a word on one listing only, which the comparison does
# not read, and nothing at the catalogue level tells this proposal from the true ones; a person
# sees it, and nothing is matched. Every other sibling is still neither matched nor proposed.
def test_a_sibling_whose_title_differs_by_one_word_letter_or_colour_is_another_product(tmp_path):
    # "ARTISAN" / "HEAVYDUTY", "CHEFXL" / "CHEF", "BLX750RD" / "BLX750BK", "MUM58257" / "MUM58L20",
    # "A3500I" / "A2500I", "TERRA SORT" / "HVID" / "ART", "KLF03CREU" / "KLF03RDEU"; "céramique" /
    # "plastique", "Classic" / "Handblown", "FS-100" / "FC-100", "Original" / "Go" / "Clear", "Moka
    # Express" / "Moka Induction", "C3" / "C3 ESP", "EKG" / "EKG Pro", "noir mat" / "blanc mat",
    # "KBG Select noir" / "rouge", "Pearl" / "Lunar": none of the siblings matched, and nothing put
    # to a person either but the EKG Pro.
    proposable = {("Fellow Stagg EKG Wasserkocher 0,9 l mattschwarz",
                   "Bouilloire col de cygne Fellow Stagg EKG Pro 0,9&nbsp;L noir mat")}
    for kind, numbers in ((RUN_TOGETHER, [0, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 15, 16, 17, 20, 21]),
                          (SPOILED, [0, 2, 5, 7, 8, 9, 10, 11, 12, 14, 15, 18, 19, 20, 21, 22, 23, 24, 26, 27])):
        counts, found, truth = BATCH.read_rows(tmp_path, kind, numbers)
        rows = [BATCH.kinds[kind][n] for n in numbers]
        proposed = {(rows[int(sku[1:])][0], rows[int(key[1:])][2]) for sku, key in set(found) - truth}
        assert not counts["wrong matched"], (kind, found)
        assert proposed <= proposable, (kind, proposed)


# Passed at first reading, as expected: 9 of 14 found (the Chemex filters matched under fs100, 8
# proposed, most at 0.60 as "two languages"); the Hario dripper (0.37 alone), the AeroPress (0.47),
# the Fellow kettle (0.40), the Moccamaster (0.49) and the Acaia scale (0.40) missed.
def test_a_title_spoilt_by_its_feed_finds_our_product(tmp_path):
    # "Moulin Ã  cafÃ© manuel Comandante C40 MK4 Nitro Blade &ndash; noir" / "Comandante C40 MK4 Nitro
    # Blade Handmühle schwarz", "Bialetti Moka Express cafetiÃ¨re italienne 3 tasses": the maker and
    # the model in plain Latin letters in every title, the French around them spoilt. At least half
    # found.
    counts, found, truth = BATCH.read_rows(tmp_path, SPOILED)
    assert share_found(counts, truth) >= 0.5, found


# Failed at first reading, as expected: 3 of 4 found ("100 piÃ¨ces", "1,25&nbsp;L", "600&nbsp;ml",
# proposed at 0.60); the Fellow kettle's "0,9&nbsp;L" missed. No other size paired.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a quantity written another way joined few pairs before (\"14 Zoll\" / \"14\\\"\", \"0,4 l\" / \"۴۰۰ میلی‌لیتر\")")
def test_a_size_behind_an_entity_is_the_size(tmp_path):
    # "0,9&nbsp;L" / "0,9 l", "1,25&nbsp;L" / "1,25 l", "600&nbsp;ml" / "600 ml", "100 piÃ¨ces" /
    # "100 Stück": each found, and the sibling in another size ("0,3&nbsp;L", "300&nbsp;ml", "taille
    # 01") not matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SPOILED, [3, 4, 20, 23, 25, 29, 30])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Passed at first reading, as expected: nothing of one maker paired with another's.
def test_a_line_a_size_or_a_colour_every_maker_writes_names_no_product(tmp_path):
    # "KØKKENMASKINE ... 1000W" on Bosch's and "STAVBLENDER ... SORT" on OBH Nordica's and Braun's,
    # "ELKEDEL ... 1,7L" on Melissa's and Smeg's; "Dripper ... taille ... blanc ... céramique" on
    # Origami's and Hario's, "Moulin à café manuel ... &ndash; noir" on Kingrinder's and
    # Comandante's: no product of one maker matched or put to a person with another's.
    for kind, numbers in ((RUN_TOGETHER, [9, 20, 25, 34, 35]), (SPOILED, [0, 16, 36, 37])):
        counts, found, _ = BATCH.read_rows(tmp_path, kind, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Failed at first reading, as expected: the KitchenAid's second listing, the words apart, matched
# under 5k45ss (0.96) where its first, run together, was missed; the AeroPress's two missed (0.47,
# 0.49 alone).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11, one of four in kinds12")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "KITCHENAID 5K45SSEWH CLASSIC 4,3 L HVID" (the words apart, the line after the code) beside
    # "KITCHENAIDCLASSIC5K45SSEWH 4,3L HVID"; "AeroPress Original (Ã©dition 2023) &ndash; cafetiÃ¨re
    # Ã  piston" beside "AeroPress&reg; Original &ndash; machine Ã  cafÃ© portable": both listings
    # ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twelfth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 4a962d9, the same as 74fbda8): 17 of 30 true
    # pairs found (9 matched, 8 proposed), 13 missed; no variant matched, 1 proposed (the Timemore
    # C3 ESP beside our C3's own listing).
    holds_its_first_reading(BATCH.read(tmp_path), matched=9, found=17, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds12c [-v]
    BATCH.print_reading()
