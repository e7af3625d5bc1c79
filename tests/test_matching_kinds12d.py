"""A fourth batch of the twelfth round (after `tests/test_matching_kinds12.py` to `..kinds12c.py`),
written before the matcher read it, of two more shapes the rounds before had not, in kinds none of
them held.

Tableware from a shop that names its products by its own article numbers (ours: a German tableware
shop, 18 products in euros, the maker's article number in most titles, "Villeroy & Boch NewWave
Speiseteller 27 cm 10-2525-2620"; theirs: a Swedish department store, 31 listings in kronor, every
title a short Swedish name and the store's own article number in brackets, the maker in the brand
field only, "NewWave tallrik flat 27 cm vit (44-3021)", "Loft tallrik flat 27 cm (44-3107)",
"Gjutjärnsgryta rund 24 cm Volcanic (44-2310)"): the store's number names no product of ours and
differs from the maker's, and the words around it are Swedish; siblings a size, a depth, a colour
or a piece count apart ("flat" / "djup", "27 cm" / "24 cm", "Volcanic" / "Cerise", "30 delar" /
"60 delar").

Hair styling tools from a social-commerce seller (ours: a German shop, 17 products in euros;
theirs: a seller shipping across Europe, 28 listings in euros, in English, every title padded with
emoji and the words such shops sell with: "🔥ghd Platinum+ Hair Straightener 💯 GENUINE ✨ Black 🖤 FAST DELIVERY 🚚",
"Dyson Airwrap i.d.™ Multi-Styler Complete Long 💜 Vinca Blue/Topaz ✨ UK Plug"): a British plug
where we sell the European one is another product ("UK Plug" / "EU Plug"), as is another colour,
another length ("Long" / the standard), another generation ("Platinum+" / "Platinum", "Helios" /
"Helios Mini").

Rows as `tests/kinds_batches.py` reads them; each competitor lists one of ours twice.
"""

from __future__ import annotations

import re

import pytest

from tests.kinds_batches import Batch, Row, holds_its_first_reading, share_found

GHD = {"theirs": {"brand": "ghd"}}


def _store(brand: str) -> dict:
    """The department store's other fields: the maker in its brand field only."""
    return {"theirs": {"brand": brand}}


# A German tableware shop against a Swedish department store in kronor: "tallrik" plate ("flat" /
# "djup" flat / deep), "skål" bowl, "kopp med fat" cup and saucer, "mugg" mug, "gryta" casserole
# ("gjutjärnsgryta rund" round cast-iron), "stekpanna" frying pan, "bestickset ... delar" cutlery set
# of ... pieces, "karott" serving dish; "vit" / "svart" / "grå" white / black / grey; every title
# ending with the store's own article number in brackets.
TABLEWARE: list[Row] = [
    ("Villeroy & Boch NewWave Speiseteller 27 cm 10-2525-2620", "24.90", "NewWave tallrik flat 27 cm vit (44-3021)", "279",
     _store("Villeroy & Boch")),
    ("Villeroy & Boch NewWave Frühstücksteller 24 cm 10-2525-2640", "19.90", "NewWave tallrik flat 24 cm vit (44-3022)", "239",
     _store("Villeroy & Boch")),
    (None, None, "NewWave tallrik djup 24 cm vit (44-3023)", "249", _store("Villeroy & Boch")),
    ("Villeroy & Boch NewWave Kaffeetasse mit Untertasse 2-tlg. 10-2525-1300", "29.90", "NewWave kopp med fat 2 delar vit (44-3025)", "329",
     _store("Villeroy & Boch")),
    (None, None, "NewWave mugg 0,3 l vit (44-3026)", "199", _store("Villeroy & Boch")),
    ("Villeroy & Boch Manufacture Rock Speiseteller 27 cm schwarz 10-4239-2620", "26.90", "Manufacture Rock tallrik flat 27 cm svart (44-3041)",
     "299", _store("Villeroy & Boch")),
    (None, None, "Manufacture Rock tallrik flat 27 cm grå (44-3042)", "299", _store("Villeroy & Boch")),
    ("Rosenthal Loft Speiseteller 27 cm weiß", "22.90", "Loft tallrik flat 27 cm vit (44-3107)", "259", _store("Rosenthal")),
    (None, None, "Loft Colour tallrik flat 27 cm sand (44-3110)", "289", _store("Rosenthal")),
    ("Rosenthal Loft Schale 15 cm weiß", "14.90", "Loft skål 15 cm vit (44-3111)", "169", _store("Rosenthal")),
    (None, None, "Loft skål 18 cm vit (44-3112)", "199", _store("Rosenthal")),
    ("Arzberg Form 1382 Frühstücksteller 20 cm weiß", "12.90", "Form 1382 assiett 20 cm vit (44-3150)", "149", _store("Arzberg")),
    (None, None, "Form 1382 tallrik flat 26 cm vit (44-3151)", "189", _store("Arzberg")),
    ("Le Creuset Signature Bräter rund 24 cm Volcanic 21177240902430", "299.00", "Gjutjärnsgryta rund 24 cm Volcanic (44-2310)", "3495",
     _store("Le Creuset")),
    (None, None, "Gjutjärnsgryta rund 26 cm Volcanic (44-2311)", "3995", _store("Le Creuset")),
    (None, None, "Gjutjärnsgryta rund 24 cm Cerise (44-2312)", "3495", _store("Le Creuset")),
    (None, None, "Gjutjärnsgryta oval 29 cm Volcanic (44-2315)", "4295", _store("Le Creuset")),
    ("Le Creuset Signature Bräter rund 24 cm Kirschrot 21177240602430", "299.00", "Gjutjärnsgryta rund 24 cm Körsbärsröd (44-2313)", "3495",
     _store("Le Creuset")),
    ("WMF Nuova Besteck-Set 30-teilig Cromargan 1290916340", "79.99", "Nuova bestickset 30 delar rostfritt (44-4010)", "899", _store("WMF")),
    (None, None, "Nuova bestickset 60 delar rostfritt (44-4011)", "1599", _store("WMF")),
    (None, None, "Boston bestickset 30 delar rostfritt (44-4015)", "799", _store("WMF")),
    ("WMF Profi Resist Bratpfanne 28 cm 0756286021", "69.99", "Profi Resist stekpanna 28 cm (44-2401)", "799", _store("WMF")),
    (None, None, "Profi Resist stekpanna 24 cm (44-2402)", "699", _store("WMF")),
    ("Kahla Five Senses Schale 23 cm weiß", "34.90", "Five Senses karott 23 cm vit (44-3170)", "379", _store("Kahla")),
    ("Iittala Teema Teller flach 26 cm weiß 1005921", "24.90", "Teema tallrik flat 26 cm vit (44-3201)", "249", _store("Iittala")),
    (None, None, "Teema tallrik flat 26 cm svart (44-3202)", "249", _store("Iittala")),
    (None, None, "Teema tallrik djup 21 cm vit (44-3203)", "219", _store("Iittala")),
    ("Iittala Kastehelmi Teelichthalter 64 mm klar", "24.90", None, None),
    ("Villeroy & Boch NewWave Caffè Espressotasse mit Untertasse 2-tlg. 10-2525-1420", "24.90", None, None),
    ("Rosenthal Loft Becher mit Henkel 0,3 l weiß", "16.90", None, None),
    ("Le Creuset Signature Bräter oval 29 cm Kirschrot", "349.00", None, None),
    ("WMF Philadelphia Besteck-Set 30-teilig", "99.99", None, None),
    (None, None, "Tallrik flat 27 cm vit stengods (44-3001)", "49", _store("Åhléns")),
    (None, None, "Gjutjärnsgryta rund 24 cm svart (44-2350)", "899", _store("Åhléns")),
    (None, None, "Bestickset 30 delar rostfritt (44-4001)", "299", _store("Åhléns")),
]

# A German shop of hair tools against a social-commerce seller writing in English, in euros: "Hair
# Straightener" / "Styler", "Hot Brush", "Hair Dryer", "Multi-Styler", "Curling Wand"; "EU Plug" / "UK Plug" the
# plug of a product made for the continent / for Britain (a product that names none is the
# continent's); every title padded with emoji and "GENUINE", "100% ORIGINAL",
# "FAST DELIVERY", "NEW", "BEST SELLER", "GIFT".
HAIR_TOOLS: list[Row] = [
    ("ghd Platinum+ Styler Glätteisen schwarz", "279.00", "🔥ghd Platinum+ Hair Straightener 💯 GENUINE ✨ Black 🖤 FAST DELIVERY 🚚", "229.00"),
    ("ghd Platinum+ Styler Glätteisen weiß", "279.00", "🔥ghd Platinum+ Hair Straightener 💯 GENUINE ✨ White 🤍 FAST DELIVERY 🚚", "229.00"),
    ("ghd Gold Styler Glätteisen schwarz", "219.00", "✨ghd Gold Hair Straightener 💛 Black 💯 100% ORIGINAL 🎁 GIFT", "189.00"),
    (None, None, "ghd Gold Styler ✨ Black 🖤 NEW 💯 100% ORIGINAL 🇬🇧 UK Plug", "179.00"),
    ("ghd Helios Haartrockner schwarz", "229.00", "💨 ghd Helios Professional Hair Dryer Black 🖤 GENUINE 💯", "189.00"),
    (None, None, "💨 ghd Helios Mini Travel Hair Dryer Black 🖤 GENUINE 💯", "139.00"),
    ("Dyson Airwrap i.d. Multi-Styler Complete Long Vinca Blau/Topas EU-Stecker", "599.00",
     "Dyson Airwrap i.d.™ Multi-Styler Complete Long 💜 Vinca Blue/Topaz ✨ EU Plug 🔌", "479.00"),
    (None, None, "Dyson Airwrap i.d.™ Multi-Styler Complete Long 💜 Vinca Blue/Topaz ✨ UK Plug", "479.00"),
    (None, None, "Dyson Airwrap i.d.™ Multi-Styler Complete 💜 Vinca Blue/Topaz ✨ EU Plug 🔌", "479.00"),
    (None, None, "Dyson Airwrap i.d.™ Multi-Styler Complete Long 💗 Strawberry Bronze/Blush Pink ✨ EU Plug 🔌", "479.00"),
    ("Dyson Supersonic Nural Haartrockner Vinca Blau/Topas", "449.00", "🔥 Dyson Supersonic Nural™ Hair Dryer Vinca Blue/Topaz 💯 EU Plug", "379.00"),
    (None, None, "🔥 Dyson Supersonic™ Hair Dryer Vinca Blue/Topaz 💯 EU Plug", "299.00"),
    ("Dyson Corrale Glätteisen kabellos Nickel/Kupfer", "499.00", "Dyson Corrale™ Cordless Straightener 🔋 Nickel/Copper ✨ BEST SELLER", "399.00"),
    (None, None, "Dyson Corrale™ Cordless Straightener 🔋 Prussian Blue/Rich Copper ✨ BEST SELLER", "399.00"),
    ("BaByliss Big Hair Dual Warmluftbürste 50 mm", "59.99", "🌀 BaByliss Big Hair Dual 2-in-1 Rotating Hot Brush 50mm 💯 NEW", "49.99"),
    (None, None, "🌀 BaByliss Big Hair Luxe Rotating Hot Brush 50mm 💯 NEW", "59.99"),
    (None, None, "🌀 BaByliss Big Hair Dual 2-in-1 Rotating Hot Brush 42mm 💯 NEW", "49.99"),
    ("Remington Shine Therapy Glätteisen S8500", "49.99", "💖 Remington Shine Therapy Hair Straightener S8500 💖 GIFT 🎁", "39.99"),
    (None, None, "💖 Remington Shine Therapy PRO Hair Straightener S9300 💖 GIFT 🎁", "59.99"),
    ("Remington PROluxe You Adaptive Lockenstab 25 mm CI98X5", "89.99", "Remington PROluxe You™ Adaptive Curling Wand 25mm CI98X5 ✨💯", "74.99"),
    (None, None, "Remington PROluxe You™ Adaptive Curling Wand 32mm CI98X8 ✨💯", "74.99"),
    ("Philips 7000 Series Haartrockner BHD720/10", "59.99", "Philips 7000 Series Hair Dryer BHD720/10 💨 FAST DELIVERY 🚚", "49.99"),
    (None, None, "Philips 5000 Series Hair Dryer BHD510/00 💨 FAST DELIVERY 🚚", "34.99"),
    ("ghd Curve Creative Curl Wand 28-23 mm", "199.00", "🔥ghd Curve Creative Curl Wand 💯 GENUINE ✨ tapered 28mm-23mm", "169.00"),
    (None, None, "🔥ghd Curve Classic Curl Tong 26mm 💯 GENUINE", "149.00"),
    ("ghd Max Styler Glätteisen schwarz", "249.00", None, None),
    ("Dyson Airwrap Origin Multi-Styler Nickel/Kupfer", "399.00", None, None),
    ("BaByliss 9000 kabelloses Glätteisen", "169.99", None, None),
    ("Remington Hydraluxe Pro Haartrockner", "79.99", None, None),
    ("ghd Duet Style 2-in-1 Glätteisen schwarz", "399.00", None, None),
    (None, None, "😍 Hair Straightener Ceramic Plates Black 💯 FAST DELIVERY 🚚 GIFT", "19.99"),
    (None, None, "✨ Revlon One-Step Volumiser Hot Brush 💯 BEST SELLER", "39.99"),
]

KINDS: dict[str, list[Row]] = {"tableware, a department store's own article numbers": TABLEWARE,
                               "hair styling tools, a social-commerce seller's emoji": HAIR_TOOLS}
HOUSE_CODES, EMOJI = KINDS
CURRENCIES = {HOUSE_CODES: "SEK"}

# Each competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price[, its other fields]). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    HOUSE_CODES: [(13, "Gjutjärnsgryta Signature rund 24 cm, 4,2 l, Volcanic (44-2320)", "3395", {"brand": "Le Creuset"})],
    EMOJI: [(0, "ghd Platinum Plus Styler (Black) - Genuine ghd 💯", "225.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

HOUSE_NUMBER = re.compile(r"\(44-\d{4}\)$")


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    catalogues = dict(BATCH.catalogues())
    # Every title of the store ends with its own article number, the maker in its brand field and
    # never in the title; no number of ours stands in any of theirs.
    ours, store, _ = catalogues[HOUSE_CODES]
    assert all(HOUSE_NUMBER.search(t["name"]) and t["brand"] and t["brand"] not in t["name"] for t in store)
    our_numbers = {w for o in ours for w in o["name"].split() if any(c.isdigit() for c in w) and len(w) >= 7}
    assert len(our_numbers) >= 8 and not any(n in t["name"] for n in our_numbers for t in store)
    # Every title of the seller but one holds an emoji; our titles none.
    ours, seller, _ = catalogues[EMOJI]
    assert sum(any(ord(c) > 0x2000 and not c.isalnum() and c != "™" for c in t["name"]) for t in seller) >= len(seller) - 1
    assert not any(ord(c) > 0x2000 for o in ours for c in o["name"])
    # Two products of ours one colour or size apart, both in both shops; our plug the European one.
    assert {("O13", "T13"), ("O17", "T17"), ("O0", "T0"), ("O1", "T1")} <= catalogues[HOUSE_CODES][2]
    assert {("O0", "T0"), ("O1", "T1"), ("O6", "T6")} <= catalogues[EMOJI][2] and "T7" in {t["key"] for t in seller}


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch, as in the batches before it.


# Failed at first reading, as expected: 7 of 27 found, 20 missed, no variant matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the eleven rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Failed at first reading, as expected: 1 of 13 found (WMF's pan, proposed 0.60); every other
# missed, 0.28-0.48 alone, none for its number ("titles 25-45% alike", no code read on either side).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title whose kind is in another language and whose maker is in the brand field only found under half before (Romanian 4 of 19, Polish prams found, Finnish 6 of 15)")
def test_a_title_of_a_line_and_a_house_number_finds_our_product(tmp_path):
    # "NewWave tallrik flat 27 cm vit (44-3021)" (maker "Villeroy & Boch" in the brand field) /
    # "Villeroy & Boch NewWave Speiseteller 27 cm 10-2525-2620": the line and the size shared, the
    # kind and the colour in Swedish, each shop's own number. At least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, HOUSE_CODES)
    assert share_found(counts, truth) >= 0.5, found


# Passed at first reading, as expected: nothing matched (and 6 of 7 true pairs in these rows missed).
def test_a_house_number_is_no_model_code(tmp_path):
    # "(44-3021)" against our "10-2525-2620", "(44-4010)" against "1290916340": the store's number
    # names nothing of ours, so nothing matched because of it, and the store's siblings, whose
    # numbers differ by one digit ("44-3021" / "44-3022"), are not told apart by them alone: no
    # sibling matched.
    counts, found, _ = BATCH.read_rows(tmp_path, HOUSE_CODES, [0, 1, 2, 3, 4, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22])
    assert not counts["wrong matched"], found


# Expected to fail when written (a strict xfail: "a word on one listing only was matched or
# proposed in every round before"); at first reading it passed: nothing matched or proposed, as 10
# of the 11 true pairs in these rows were missed themselves. Now a plain test.
def test_a_size_a_depth_a_colour_or_a_piece_count_tells_two_listings_apart(tmp_path):
    # "27 cm" / "24 cm", "flat" / "djup", "kopp med fat" / "mugg", "svart" / "grå", "Loft" / "Loft
    # Colour", "15 cm" / "18 cm", "assiett 20 cm" / "tallrik flat 26 cm", "rund 24 cm" / "26 cm" /
    # "oval 29 cm", "Volcanic" / "Cerise", "30 delar" / "60 delar", "Nuova" / "Boston", "28 cm" /
    # "24 cm", "vit" / "svart": none of the siblings matched, nor put to a person.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 24, 25, 26]
    counts, found, _ = BATCH.read_rows(tmp_path, HOUSE_CODES, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: all six missed, none crossed.
def test_two_products_of_ours_one_colour_or_size_apart_do_not_cross(tmp_path):
    # Our Le Creuset "Volcanic" and "Kirschrot" against their "Volcanic" and "Körsbärsröd", our
    # NewWave "Speiseteller 27 cm" and "Frühstücksteller 24 cm" against their "tallrik flat 27 cm" and
    # "24 cm"; our ghd Platinum+ "schwarz" and "weiß" against their "Black" and "White": neither of
    # ours matched or put to a person with the other's listing.
    for kind, numbers in ((HOUSE_CODES, [13, 17]), (HOUSE_CODES, [0, 1]), (EMOJI, [0, 1])):
        counts, found, _ = BATCH.read_rows(tmp_path, kind, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Passed at first reading, as expected: nothing paired (the three of ours missed).
def test_a_store_label_of_the_same_kind_names_no_product_of_ours(tmp_path):
    # The store's own "Tallrik flat 27 cm vit stengods", "Gjutjärnsgryta rund 24 cm svart",
    # "Bestickset 30 delar rostfritt" (brand "Åhléns") beside the makers' of the same kind and size:
    # none matched or put to a person with ours.
    counts, found, _ = BATCH.read_rows(tmp_path, HOUSE_CODES, [0, 13, 18, 32, 33, 34])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to pass when written; at first reading it failed: 5 of 12 found (three matched under
# s8500, ci98x5 and bhd72010; the BaByliss and the Airwrap proposed, 0.66, 0.75); every ghd and the
# Dyson Corrale and Supersonic missed (0.31-0.52 alone, "titles 31-52% alike"): the padding dilutes
# what a title without a code shares.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the words a seller pads a title with lower what the title shares with ours below a person's queue")
def test_a_title_padded_with_emoji_finds_our_product(tmp_path):
    # "🔥ghd Platinum+ Hair Straightener 💯 GENUINE ✨ Black 🖤 FAST DELIVERY 🚚" / "ghd Platinum+ Styler
    # Glätteisen schwarz": the maker and the model in every title, the kind and the colour in
    # English, the padding no product's. At least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, EMOJI)
    assert share_found(counts, truth) >= 0.5, found


# Failed at first reading, as expected: none matched; the Airwrap "Complete" (not "Long") put to a
# person beside our Complete Long's own listing (0.70, "the same product as their listing ...").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word on one listing only (Mini, Pro, Power, X, Combo, Game) was matched or proposed in every round before")
def test_a_plug_a_colour_a_length_or_a_generation_is_another_product(tmp_path):
    # "EU Plug" / "UK Plug", "Complete Long" / "Complete", "Vinca Blue/Topaz" / "Strawberry
    # Bronze", "Supersonic Nural" / "Supersonic", "Nickel/Copper" / "Prussian Blue", "Black" /
    # "White", "Platinum+" / "Gold", "Helios" / "Helios Mini", "Dual 50mm" / "Luxe" / "42mm",
    # "S8500" / "S9300", "CI98X5" / "CI98X8", "7000 Series" / "5000 Series", "Curve Creative" /
    # "Curve Classic": none of the siblings matched, nor put to a person.
    numbers = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]
    counts, found, _ = BATCH.read_rows(tmp_path, EMOJI, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to fail when written (a strict xfail: "a word on one listing only was matched or proposed
# in every round before"); at first reading it passed: the Airwrap's "EU Plug" listing proposed
# (0.73) and its "UK Plug" sibling not; our ghd Gold missed both its listings. Now a plain test.
def test_a_british_plug_is_not_our_european_product(tmp_path):
    # Our Airwrap i.d. "EU-Stecker" against their "EU Plug" and "UK Plug" listings, our ghd Gold
    # against theirs with no plug named and with "🇬🇧 UK Plug": the UK ones neither matched nor put
    # to a person.
    counts, found, _ = BATCH.read_rows(tmp_path, EMOJI, [2, 3, 6, 7])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: nothing paired across makers.
def test_the_padding_names_no_product(tmp_path):
    # "💯 FAST DELIVERY 🚚 GIFT" on an unbranded straightener and on ghd's, "✨ ... 💯 BEST SELLER" on
    # Revlon's brush and on Dyson's Corrale: nothing of one maker matched or put to a person with
    # another's.
    counts, found, _ = BATCH.read_rows(tmp_path, EMOJI, [0, 12, 14, 30, 31])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: the Le Creuset's second listing proposed (0.60, "4,2 l"
# added) where its first was missed; the ghd's two missed (0.34, 0.52 alone).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11, one of four in kinds12")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Gjutjärnsgryta Signature rund 24 cm, 4,2 l, Volcanic (44-2320)" (another of the store's
    # numbers, the capacity added) beside "(44-2310)"; "ghd Platinum Plus Styler (Black) - Genuine
    # ghd 💯" ("Plus" spelt out) beside the padded title: both listings ours, matched or put to a
    # person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twelfth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 0057b7c, the same as 74fbda8): 7 of 27 true
    # pairs found (3 matched, 4 proposed), 20 missed; no variant matched, 1 proposed (the Airwrap
    # "Complete" beside our Complete Long's own listing).
    holds_its_first_reading(BATCH.read(tmp_path), matched=3, found=7, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds12d [-v]
    BATCH.print_reading()
