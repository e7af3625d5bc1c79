"""A twenty-sixth round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Umbrellas and rainwear: folding, storm, trekking, long and bubble umbrellas, an umbrella's cover, a
rain jacket, rain boots, a poncho, an umbrella stand, a waterproofing spray, a backpack's rain
cover, shoe covers; a kind none of the twenty-five rounds held (shoes, outdoor and sports clothing
were held, not umbrellas and rainwear); ours: a Santiago de Compostela shop, 19 products in euros,
titled in Galician as such shops write them: the kind first ("Paraugas pregable", "Paraugas
antitormenta", "Chuvasqueiro", "Botas de auga", "Paragüeiro"), then maker and model, colour and
size after commas, European shoe sizes ("talla 38"), the maker's own mark where it has one
("Senz°"), "Paraugas pregable Knirps T.200 Medium Duomatic, negro"; theirs: a Kochi shop, 35
listings in rupees, titled in Malayalam (the Malayalam script) around the maker and model in Latin
letters: maker and model first, the kind after, colours and sizes in Malayalam words, British shoe
sizes ("സൈസ് UK 5"), a maker's English words written in Malayalam letters on some ("സ്പ്രേ-ഓൺ",
"വാഷ്-ഇൻ"), lengths in Malayalam digits on some ("൪൯ സെ.മീ"), "Knirps T.200 Medium Duomatic
മടക്കുന്ന കുട, കറുപ്പ്".
"കുട" is an umbrella ("paraugas"), "മടക്കുന്ന കുട" a folding umbrella ("paraugas pregable"),
"കൊടുങ്കാറ്റ് കുട" a storm umbrella ("paraugas antitormenta"), "ട്രെക്കിംഗ് കുട" a trekking
umbrella ("paraugas de montaña"), "മിനി കുട" a mini umbrella, "നീളൻ കുട" a long umbrella
("paraugas longo"), "ബബിൾ കുട" a bubble umbrella ("paraugas burbulla"), "സുതാര്യമായ" and "സുതാര്യം"
transparent ("transparente"), "തടി പിടി" a wooden handle ("mango de madeira"), "കമ്പി" ribs
("variñas"), "കുടയ്ക്കുള്ള കവർ" a cover for an umbrella ("funda para paraugas"), "-ന് ചേരുന്ന"
that fits, "റെയിൻകോട്ട്" a rain jacket ("chuvasqueiro"), "യൂണിസെക്സ്" unisex, "സൈസ്" a size
("talla"), "സ്ത്രീകളുടെ മഴ ബൂട്ട്" women's rain boots ("botas de auga, muller"), "ഹുഡ് ഉള്ള മഴ
പോഞ്ചോ" a rain poncho with a hood ("poncho de choiva con carapucha"), "കുട്ടികൾക്കുള്ള" for children,
"മെറ്റൽ കുട സ്റ്റാൻഡ്" a metal umbrella stand ("paragüeiro de metal"), "സെ.മീ" centimetres,
"വാട്ടർപ്രൂഫിംഗ്" waterproofing ("impermeabilizante"), "മി.ലി" millilitres, "ബാക്ക്പാക്ക് മഴ
കവർ" a backpack's rain cover ("cuberta de choiva"), "ലിറ്റർ" litres, "വാട്ടർപ്രൂഫ് ഷൂ കവർ"
waterproof shoe covers ("cubrezapatos impermeables"), "കറുപ്പ്" black ("negro"), "നീല" blue,
"ചുവപ്പ്" red ("vermello"), "പച്ച" green ("verde"), "നേവി ബ്ലൂ" navy blue ("azul mariño");
"ഉപയോഗിച്ചത്" used, "മൺസൂൺ കോംബോ" a monsoon combo; "ഭാഗ നമ്പർ" the part number, "വാറന്റി" a
warranty, "വർഷം" a year. Malayalam digits: ൦ ൧ ൨ ൩ ൪ ൫ ൬ ൭ ൮ ൯ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's umbrellas
whose codes carry a point, a number apart (Knirps T.200 / T.220; our T.260 ours only) or a colour
apart (T.200 black / blue, A.050 red / black), "A.050" with a leading nought; our T.200's part
number in their description after "ഭാഗ നമ്പർ:" written apart as the maker prints it ("95 3200
1000"); a maker whose mark ours writes with its degree sign and theirs without ("Senz°" /
"Senz"), its storm umbrellas a name apart (Original Large / Mini; our Mini in blue ours only) and
its cover "for" our Original Large; a name apart (Blunt Metro / Classic), a word apart in the
maker's English (Euroschirm light trek / light trek automatic), a count of ribs apart (Pasotti Uomo
8 / 16), a generation in Roman numerals (Deuter Raincover II / I); a rain jacket a size or a colour
apart (Rains Long Jacket M / L, black / green); boots a height apart, ours "talla 38" and theirs
"സൈസ് UK 5" (Hunter Original Tall / Short); a waterproofing spray beside its wash-in sibling, the
maker's English words written in Malayalam letters (Nikwax TX.Direct, a code with a point);
products with no maker (a poncho beside a child's, shoe covers L / M, a bubble umbrella and an
umbrella stand whose lengths theirs writes in Malayalam digits); a cover with no maker "for" our
T.200; a used T.200 and a monsoon combo of a T.200 and a Rains jacket; "T.200" on 6 of their
listings (the second listing included), "Knirps" on 8; one product listed twice (the second time
in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_T200 = gtin_with_check_digit("400955320010")
GTIN_SENZ_LARGE = gtin_with_check_digit("871923001124")
GTIN_LONG_JACKET_M = gtin_with_check_digit("570252012020")

# A Santiago de Compostela umbrella shop in euros against a Kochi one titled in Malayalam, in rupees.
UMBRELLAS: list[Row] = [
    ("Paraugas pregable Knirps T.200 Medium Duomatic, negro", "39.90",
     "Knirps T.200 Medium Duomatic മടക്കുന്ന കുട, കറുപ്പ്", "3490",
     {"ours": {"brand": "Knirps", "gtin": GTIN_T200, "mpn": "9532001000"},
      "theirs": {"brand": "Knirps", "description": "ഭാഗ നമ്പർ: 95 3200 1000, വാറന്റി 1 വർഷം"}}),
    (None, None, "Knirps T.220 Medium Duomatic മടക്കുന്ന കുട, കറുപ്പ്", "3990",
     {"theirs": {"brand": "Knirps", "description": "ഭാഗ നമ്പർ: 95 3220 1000, വാറന്റി 1 വർഷം"}}),
    (None, None, "Knirps T.200 Medium Duomatic മടക്കുന്ന കുട, നീല", "3490"),
    (None, None, "Knirps T.200 Medium Duomatic കുട, ഉപയോഗിച്ചത്", "1490"),
    ("Paraugas pregable Knirps T.260 Medium Duomatic, negro", "49.90", None, None),
    ("Paraugas pregable Knirps A.050 Medium Manual, vermello", "24.90",
     "Knirps A.050 Medium Manual മടക്കുന്ന കുട, ചുവപ്പ്", "2190",
     {"ours": {"brand": "Knirps"}}),
    (None, None, "Knirps A.050 Medium Manual മടക്കുന്ന കുട, കറുപ്പ്", "2190"),
    ("Paraugas antitormenta Senz° Original Large, negro", "64.90",
     "Senz Original Large കൊടുങ്കാറ്റ് കുട, കറുപ്പ്", "5990",
     {"ours": {"brand": "Senz°", "gtin": GTIN_SENZ_LARGE}}),
    (None, None, "Senz Mini കൊടുങ്കാറ്റ് കുട, കറുപ്പ്", "4490"),
    ("Funda para paraugas Senz° Original Large, negra", "14.90",
     "Senz Original Large കുടയ്ക്കുള്ള കവർ, കറുപ്പ്", "1290"),
    ("Paraugas Blunt Metro, azul mariño", "59.90",
     "Blunt Metro കുട, നേവി ബ്ലൂ", "5490"),
    (None, None, "Blunt Classic കുട, നേവി ബ്ലൂ", "7490"),
    ("Paraugas de montaña Euroschirm light trek, 98 cm, verde", "44.90",
     "Euroschirm light trek ട്രെക്കിംഗ് കുട, 98 സെ.മീ, പച്ച", "3990"),
    (None, None, "Euroschirm light trek automatic ട്രെക്കിംഗ് കുട, 98 സെ.മീ, പച്ച", "4990"),
    ("Paraugas Fulton Tiny-2 L501, negro", "19.90",
     "Fulton Tiny-2 L501 മിനി കുട, കറുപ്പ്", "1790"),
    ("Paraugas longo Pasotti Uomo, mango de madeira, negro, 8 variñas", "79.00",
     "Pasotti Uomo നീളൻ കുട, തടി പിടി, കറുപ്പ്, 8 കമ്പി", "6990"),
    (None, None, "Pasotti Uomo നീളൻ കുട, തടി പിടി, കറുപ്പ്, 16 കമ്പി", "8990"),
    ("Paraugas Doppler Carbonsteel Mini Slim, negro", "29.90",
     "Doppler Carbonsteel Mini Slim കുട, കറുപ്പ്", "2690"),
    ("Chuvasqueiro Rains Long Jacket, unisex, negro, talla M", "99.00",
     "Rains Long Jacket റെയിൻകോട്ട്, യൂണിസെക്സ്, കറുപ്പ്, സൈസ് M", "8990",
     {"ours": {"brand": "Rains", "gtin": GTIN_LONG_JACKET_M}}),
    (None, None, "Rains Long Jacket റെയിൻകോട്ട്, യൂണിസെക്സ്, കറുപ്പ്, സൈസ് L", "8990"),
    (None, None, "Rains Long Jacket റെയിൻകോട്ട്, യൂണിസെക്സ്, പച്ച, സൈസ് M", "8990"),
    ("Botas de auga Hunter Original Tall, muller, negro, talla 38", "149.00",
     "Hunter Original Tall സ്ത്രീകളുടെ മഴ ബൂട്ട്, കറുപ്പ്, സൈസ് UK 5", "12990",
     {"ours": {"brand": "Hunter"}}),
    (None, None, "Hunter Original Short സ്ത്രീകളുടെ മഴ ബൂട്ട്, കറുപ്പ്, സൈസ് UK 5", "9990"),
    ("Poncho de choiva con carapucha, transparente", "9.90",
     "ഹുഡ് ഉള്ള മഴ പോഞ്ചോ, സുതാര്യം", "690"),
    (None, None, "കുട്ടികൾക്കുള്ള ഹുഡ് ഉള്ള മഴ പോഞ്ചോ, സുതാര്യം", "490"),
    ("Paragüeiro de metal, negro, 49 cm", "34.90",
     "മെറ്റൽ കുട സ്റ്റാൻഡ്, കറുപ്പ്, ൪൯ സെ.മീ", "2490"),
    ("Impermeabilizante Nikwax TX.Direct Spray-On, 300 ml", "16.90",
     "Nikwax TX.Direct സ്പ്രേ-ഓൺ വാട്ടർപ്രൂഫിംഗ്, 300 മി.ലി", "1590"),
    (None, None, "Nikwax TX.Direct വാഷ്-ഇൻ വാട്ടർപ്രൂഫിംഗ്, 300 മി.ലി", "1490"),
    ("Cuberta de choiva Deuter Raincover II, 30-50 l", "17.90",
     "Deuter Raincover II ബാക്ക്പാക്ക് മഴ കവർ, 30-50 ലിറ്റർ", "1690"),
    (None, None, "Deuter Raincover I ബാക്ക്പാക്ക് മഴ കവർ, 20-35 ലിറ്റർ", "1490"),
    ("Cubrezapatos impermeables, talla L, negros", "12.90",
     "വാട്ടർപ്രൂഫ് ഷൂ കവർ, സൈസ് L, കറുപ്പ്", "899"),
    (None, None, "വാട്ടർപ്രൂഫ് ഷൂ കവർ, സൈസ് M, കറുപ്പ്", "899"),
    ("Paraugas burbulla transparente, 85 cm", "14.90",
     "സുതാര്യമായ ബബിൾ കുട, ൮൫ സെ.മീ", "990"),
    (None, None, "T.200 Medium-ന് ചേരുന്ന കുട കവർ, കറുപ്പ്", "390"),
    (None, None, "Knirps T.200 കുട + Rains Long Jacket റെയിൻകോട്ട്, മൺസൂൺ കോംബോ", "11990"),
    ("Paraugas antitormenta Senz° Mini, azul", "44.90", None, None),
]

KINDS: dict[str, list[Row]] = {"umbrellas and rainwear, a Kochi shop in Malayalam in rupees": UMBRELLAS}
(MALAYALAM,) = KINDS
CURRENCIES = {MALAYALAM: "INR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    MALAYALAM: [(0, "Knirps T.200 Medium Duomatic Umbrella, Black", "3590")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[MALAYALAM]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The cover with no maker names our T.200 and is a pair of nothing; the maker's cover names our
    # storm umbrella and is a true pair of ours, not of the umbrella.
    assert "T.200" in next(t for t in theirs if t["key"] == "T33")["name"] and not any(t == "T33" for _, t in truth)
    assert ("O9", "T9") in truth and not any(t == "T9" for o, t in truth if o != "O9")
    # "T.200" on 6 of their listings, the second one included; "Knirps" on 8.
    assert sum("T.200" in t["name"] for t in theirs) == 6
    assert sum("Knirps" in t["name"] for t in theirs) == 8
    # Our T.260 and Senz° Mini are ours only.
    assert not any(o in ("O4", "O35") for o, _ in truth)
    # Two lengths of theirs are in Malayalam digits.
    assert sum(any("൦" <= ch <= "൯" for ch in t["name"]) for t in theirs) == 2
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Umbrella, Black" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-five rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 5 of 18 found (2 matched, 3 proposed), 13 missed; 3 variants matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 13 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most, but many models are
# names ("Original Large", "Metro", "light trek", "Uomo", "Long Jacket", "Original Tall"); the kind
# words are Galician against Malayalam; four products have no maker, two of them with lengths in
# Malayalam digits.
# Failed at first reading: 5 of 17 found (2 matched, 3 proposed; 0.29), 12 missed; 3 other
# listings matched, 1 proposed (read without the second listing, as the test reads).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 of 17 found (0.29)")
def test_a_malayalam_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Knirps T.200 Medium Duomatic മടക്കുന്ന കുട, കറുപ്പ്" / "Paraugas pregable Knirps T.200 Medium
    # Duomatic, negro": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYALAM)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a code with a point (T.200 / T.220), a colour in Malayalam (T.200 black / blue, A.050
# red / black, Long Jacket black / green), a name (Original Large / Mini, Metro / Classic, Tall /
# Short), a word (light trek / light trek automatic, spray-on / wash-in in Malayalam letters), a
# count of ribs (8 / 16), a generation (Raincover II / I), a size (M / L) or a child's size is the
# only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 15, 16, 18, 19, 20, 21, 22, 23, 24, 26, 27, 28, 29, 30, 31,
            35]


# Failed at first reading: 2 siblings matched, 1 proposed (of the rows' 12 true pairs 2 matched, 7
# proposed, 3 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_code_a_colour_a_name_a_word_a_count_a_generation_or_a_size_apart_tells_two_listings_apart(tmp_path):
    # T.220 and the blue T.200 beside our black T.200 (and our T.260, ours only); the black A.050
    # beside our red; Senz Mini beside our Original Large (and our blue Mini, ours only); Blunt
    # Classic beside our Metro; light trek automatic beside our light trek; 16 ribs beside our 8; the
    # L and the green Long Jacket beside our black M; Original Short beside our Tall; the child's
    # poncho beside ours; wash-in beside our spray-on; Raincover I beside our II; M shoe covers
    # beside our L: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAYALAM, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched and one proposed")
def test_a_sibling_a_code_a_colour_a_name_a_word_a_count_a_generation_or_a_size_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAYALAM, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the maker's cover names our storm umbrella in both shops; a cover with no maker names
# our T.200 before "-ന് ചേരുന്ന" (that fits); accessories naming our code were matched as ours in
# the twenty-third to twenty-fifth rounds.
# Failed at first reading: 1 of the rows' 3 true pairs matched, 2 missed; 1 other listing matched
# with an umbrella of ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two of the three true pairs were missed and another listing matched")
def test_our_umbrellas_the_makers_cover_and_a_cover_with_no_maker_do_not_cross(tmp_path):
    # Our T.200, Senz° Original Large and its cover against theirs and the cover with no maker: each
    # of ours found with its own listing, the other cover matched with nothing, and no cover matched
    # or put to a person with an umbrella of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYALAM, [0, 7, 9, 33])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ഉപയോഗിച്ചത്" and "+ ... മൺസൂൺ കോംബോ" are words no condition or bundle rule before read;
# the twenty-fourth round's combo was matched, the twenty-fifth's kit was not.
# Failed at first reading: 1 of these listings matched with our product (of the rows' 2 true pairs
# 1 matched, 1 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_used_umbrella_and_a_monsoon_combo_are_not_matched_as_ours(tmp_path):
    # The used T.200 beside our T.200's own listing; the combo of a T.200 and a Long Jacket beside
    # our T.200's and our jacket's: neither matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAYALAM, [0, 3, 18, 34])
    assert not counts["wrong matched"], found


# Uncertain: "T.200", "T.220" and "A.050" are codes with a point, read as decimals they are 200 and
# 220, 0.05; read as codes they differ; our T.200's part number stands in their description
# written apart.
# Failed at first reading: both of ours matched; 1 sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_codes_with_a_point_find_their_listing_not_its_sibling(tmp_path):
    # "Paraugas pregable Knirps T.200 Medium Duomatic, negro" / "Knirps T.200 Medium Duomatic ...,
    # കറുപ്പ്" beside T.220; "... Knirps A.050 Medium Manual, vermello" / "Knirps A.050 ...,
    # ചുവപ്പ്" beside the black A.050: both of ours found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYALAM, [0, 1, 5, 6])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: the boots' sizes are written in two systems ("talla 38" / "സൈസ് UK 5"); the stand's and
# the bubble umbrella's lengths are in Malayalam digits and neither has a maker; the twenty-fourth
# and twenty-fifth rounds' lengths in Gurmukhi and Odia digits were missed.
# Failed at first reading: all three true pairs missed; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading all three true pairs were missed")
def test_sizes_in_another_system_and_lengths_in_malayalam_digits_find_their_listing(tmp_path):
    # "Botas de auga Hunter Original Tall, muller, negro, talla 38" / "Hunter Original Tall ...,
    # സൈസ് UK 5" beside Original Short; "Paragüeiro de metal, negro, 49 cm" / "... ൪൯ സെ.മീ";
    # "Paraugas burbulla transparente, 85 cm" / "സുതാര്യമായ ബബിൾ കുട, ൮൫ സെ.മീ": all three of ours
    # found, the Short boots matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYALAM, [21, 22, 25, 32])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: the spray's and the wash-in's only difference is the maker's English word, which theirs
# writes in Malayalam letters ("സ്പ്രേ-ഓൺ" / "വാഷ്-ഇൻ") and ours in English ("Spray-On").
# Failed at first reading: our spray's own listing missed; the wash-in matched with nothing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading our spray's own listing was missed")
def test_a_makers_english_word_in_malayalam_letters_finds_its_listing_not_its_sibling(tmp_path):
    # "Impermeabilizante Nikwax TX.Direct Spray-On, 300 ml" / "Nikwax TX.Direct സ്പ്രേ-ഓൺ
    # വാട്ടർപ്രൂഫിംഗ്, 300 മി.ലി" beside "... വാഷ്-ഇൻ ...": ours found, the wash-in matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYALAM, [26, 27])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "T.200" is on 6 of their listings, as the codes on many listings that lost a product's pairs in
# the twenty-first to twenty-fifth rounds.
# Failed at first reading: the first listing found, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Knirps T.200 Medium Duomatic Umbrella, Black" beside "Knirps T.200 Medium Duomatic മടക്കുന്ന
    # കുട, കറുപ്പ്": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-seventh session); copied here once it
# was not (thirty-eighth session). Read at the thirty-eighth session's start (71e6818b, the matching
# code of e007a61a) the batch reads as its first reading counted it (d926da60): 5 of 18 found (2
# matched, 3 proposed), 13 missed; 3 variants matched, 1 proposed. Scores are the reading's; "alone"
# is the pair scored by itself (`score_pairs`, titles and other fields, no prices), the same at both.
# No colour, size, unit or condition written in Malayalam is read ("കറുപ്പ്", "നീല", "സൈസ് M",
# "സെ.മീ", "ലിറ്റർ", "ഉപയോഗിച്ചത്" are words), and the Galician "vermello" (red) is no colour either:
# - Matched by code: Knirps T.200 (O0-T0) 0.97, "same model code t200".
# - Matched through another listing: Knirps A.050 in red (O5-T5) 0.96, "the same product as their
#   listing" the black A.050 (T6), which took our red one first at 0.97 (a wrong pair, below).
# - Proposed, where a person would expect a match: Fulton Tiny-2 L501 (O14-T14) 0.77, "same model code
#   tiny2; "mini" after l501 on one side only": their "മിനി കുട" (a mini umbrella, the kind) is read as
#   the word "mini" after the code, a variant's; Doppler Carbonsteel Mini Slim (O17-T17) 0.77, "one
#   word differs: negro/paraugas vs കറുപ്പ്/കുട"; Blunt Metro (O10-T10) 0.60, the model's name after
#   the maker on one product of each side (`model_names`).
# - Missed, the wording gate shut and nothing asked: Senz° Original Large (O7-T7) 0.49, 0.39 alone;
#   Euroschirm light trek (O12-T12) 0.42, 0.36 alone; Pasotti Uomo (O15-T15) 0.34, 0.26 alone; Rains
#   Long Jacket M (O18-T18) 0.48, 0.40 alone; Nikwax TX.Direct Spray-On (O26-T26) 0.46, 0.41 alone
#   ("TX.Direct", letters only, no code); Deuter Raincover II (O28-T28) 0.47, 0.41 alone ("30-50
#   ലിറ്റർ" no litres, ours "30-50 l" two volumes). Each is its two products' unique best with no
#   conflict, a wording candidate; but of the 7 candidates the chance null's bound is 7 at even odds
#   and the thinned decoy's 5.2, both above half: not worth asking (`WordingEvidence.worth_asking`).
#   Every word but the makers' and models' is one shop's language only (gate11).
# - Missed, a cover for an umbrella read as the umbrella: the Senz° Original Large cover (O9-T9) 0.42,
#   0.37 alone; our cover scores 0.45 with their umbrella and our umbrella 0.46 with their cover
#   ("കുടയ്ക്കുള്ള കവർ", a cover for an umbrella, not read as "for"), so the cover's pair is no
#   one's best.
# - Missed, shoe sizes in two systems: Hunter Original Tall (O21-T21) 0.19, 0.12 alone, "numbers
#   differ: 38 vs 5": our "talla 38" (European) against their "സൈസ് UK 5" (British) read as two
#   numbers apart.
# - Missed, a letter size not read: the shoe covers in L (O30-T30) 0.17, 0.14 alone: "സൈസ് L" is no
#   size on theirs, and the Rains jacket in L (T19, 0.21) scores above them with our covers.
# - Missed, never a candidate: the poncho (O23-T23) 0.05 alone, no token in common; the umbrella stand
#   (O25-T25) 0.08 alone and the bubble umbrella (O32-T32) 0.08 alone: "൪൯ സെ.മീ" and "൮൫ സെ.മീ" are
#   read as the numbers 49 and 85 (the Malayalam digits are read), but "സെ.മീ" (centimetres) is no
#   unit, so their bare "49" meets nothing of our "49 cm" (read as a length, token "49cm").
# - Missed, the English second listing (O0-T0b) 0.63, 0.96 alone: "T.200" is on 6 of their listings,
#   more than a code names (MAX_CODE_PRODUCTS), and the catalogue ties it to the Malayalam listing
#   only (`codes._identifies`: "Umbrella, Black" are words its siblings do not write); on its words
#   0.63, it is neither our T.200's listing nor a further one, where the blue and the used ones are.
# Variants matched (3), each "the same product as their listing" or by a code on many listings:
# - The blue T.200 (T2) 0.96 and the used T.200 (T3) 0.96 with our black T.200: further listings of
#   the code we matched, the colour "നീല" and "ഉപയോഗിച്ചത്" (used) words the near-duplicate test does
#   not read as a colour or a condition apart. Read with only our T.200 (rows [0, 33]), the cover with
#   no maker "for" it ("T.200 Medium-ന് ചേരുന്ന കുട കവർ", that fits; code t200 read, no target) is
#   matched the same way, 0.93.
# - The black A.050 (T6) with our red A.050 0.97, "same model code a050".
# Proposed (1): Senz Mini (T8), black, with our Senz° Mini in blue (O35, ours only) 0.60, the model's
# name after the maker (`model_names`), "azul" read as blue on ours and "കറുപ്പ്" as nothing on theirs.
# Kept apart: T.220, Senz Mini with our Original Large, Blunt Classic, light trek automatic, Pasotti
# with 16 ribs, the L and the green Long Jacket, Original Short, the child's poncho, the wash-in,
# Raincover I, the M shoe covers, the monsoon combo; our T.260 matched nothing.


# A defect of the first reading, named so that the change that mends it sees it pass: a cover with no
# maker that names our umbrella's code before "-ന് ചേരുന്ന" (that fits) is read with the code and no
# target, and linked to ours as a further listing of the umbrella.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-eighth session's start the cover for the T.200 was matched with our T.200")
def test_a_cover_that_fits_our_umbrella_is_not_matched_as_ours(tmp_path):
    # "Paraugas pregable Knirps T.200 Medium Duomatic, negro" / "Knirps T.200 Medium Duomatic ...,
    # കറുപ്പ്" beside "T.200 Medium-ന് ചേരുന്ന കുട കവർ, കറുപ്പ്": ours found, the cover neither matched nor
    # put to a person.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYALAM, [0, 33])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# A defect of the first reading: a listing of our code a colour apart, its colour written in
# Malayalam, is linked to ours as "the same product as their listing" and matched; the catalogue
# shows the colour words where each listing of the model writes its colour, after the kind.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-eighth session's start the blue T.200 was matched with our black T.200")
def test_a_listing_of_our_code_a_colour_apart_in_malayalam_is_not_matched_as_ours(tmp_path):
    # Our black T.200 and its listing "..., കറുപ്പ്" beside "Knirps T.200 Medium Duomatic മടക്കുന്ന
    # കുട, നീല" (blue): ours found, the blue one not matched.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYALAM, [0, 2])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_sixth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at d926da60, whose matching code is the session's start c02e1827, that of
    # ba44cea1): 5 of 18 true pairs found (2 matched, 3 proposed), 13 missed; 3 variants matched, 1
    # proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=2, found=5, wrong_matched=3, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds26d [-v]
    BATCH.print_reading()
