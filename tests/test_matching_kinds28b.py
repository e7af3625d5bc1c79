"""A twenty-eighth round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Trampolines and garden play: garden and in-ground trampolines, a safety net, a ladder, a cover, an
edge pad, springs, an anchoring kit and a basketball hoop for a trampoline, a nest swing, a slide, a
sandbox, a wooden swing set and a playhouse; a kind none of the twenty-seven rounds held (toys were
held as toys and construction sets, not garden trampolines and swings); ours: a Cologne shop selling
to Turkish-speaking families across Germany, 19 products in euros, titled in Turkish (no batch's
titles of ours were Turkish before) as such shops write them: the kind first ("Bahçe trambolini",
"Yer tipi trambolin", "Yuva salıncak", "Kaydırak", "Kapaklı kum havuzu"), then maker and model, the
net, colour and sizes after commas, a diameter as "Ø 330 cm", "Bahçe trambolini BERG Champion 330,
güvenlik filesi ile, yeşil, Ø 330 cm"; theirs: a Bishkek shop, 35 listings in som, titled in Kyrgyz
(Cyrillic letters with ң, ө, ү) as such shops write them: maker and model first on most, the kind
after, "диаметри 330 см" or a size in feet where the maker prints one ("10 фут"), sizes run together
("500x330 см"), "BERG Champion 330 батут, коргоочу тор менен, жашыл, диаметри 330 см".
Turkish: "bahçe trambolini" a garden trampoline, "güvenlik filesi ile" with a safety net, "yeşil"
green, "siyah" black, "gri" grey, "mavi" blue, "bej" beige, "yer tipi" in-ground, "yuvarlak" round,
"trambolin merdiveni" a trampoline ladder, "beden" size, "koruma örtüsü" a cover, "trambolinler
için" for trampolines, "yuva salıncak" a nest swing, "kg'a kadar" up to kg, "kaydırak" a slide,
"kapaklı kum havuzu" a sandbox with a lid, "sabitleme seti" an anchoring kit, "adet" pieces,
"salıncak seti" a swing set, "çift salıncaklı" with two swings, "ahşap" wooden, "kenar minderi" an
edge pad, "oyun evi" a playhouse, "basketbol potası" a basketball hoop, "yayları" its springs, "için"
for, "ve" and.
Kyrgyz: "батут" a trampoline, "коргоочу тор менен" with a safety net, "жашыл" green, "кара" black,
"боз" grey, "көк" blue, "кызыл" red, "беж" beige, "кызгылт" pink, "диаметри" its diameter, "см"
centimetres, "фут" feet, "колдонулган" used, "тору жок" without its net, "жерге орнотулган" set in
the ground, "тегерек" round, "тепкичи" its ladder, "өлчөмү" size, "үчүн" for, "батуттар үчүн жабуу"
a cover for trampolines, "уя селкинчек" a nest swing, "кг чейин" up to kg, "тайгалак" a slide,
"кумдук" a sandbox, "капкагы менен" with its lid, "капкагы жок" without its lid, "бекитүүчү комплект"
an anchoring kit, "даана" pieces, "жыгач селкинчек комплекти" a wooden swing set, "эки селкинчек" two
swings, "тайгалак менен" with a slide, "четки жумшак жабуу" an edge pad, "балдар үйү" a playhouse,
"баскетбол шакеги" a basketball hoop, "жана" and, "пружиналары" its springs, "комплект" a set;
"Кепилдик 2 жыл" a two-year warranty, "Бишкек боюнча акысыз жеткирүү" delivery free across Bishkek.
The second listing is in Russian, as Bishkek shops list too: "Батут ... с защитной сеткой" a
trampoline with a safety net, "зелёный" green.

The hard things, written as such shops write them, not to be easy or hard: trampolines a diameter
apart that is their model's number (BERG Champion 330 / 380, Salta Premium Ground 366 / 305, our
Favorit 270 ours only), a colour apart in Kyrgyz words (Champion 330 green / grey, Silhouette 244
black / green), a size in feet against ours in centimetres (Plum Springsafe "305 cm (10 ft)" / "10
фут" beside "12 фут"), sizes run together against spaced ("500x330 см" / "500 x 330 cm") and a model
a number apart (FlatGround 500 / 410); accessories "for" a model (BERG's safety net for the 380 beside
the one for the 330, the edge pad and springs for our Champion 330, the hoop for Champion and
Favorit), a ladder a letter apart (M / L), a cover with no maker a diameter apart; a nest swing a
diameter and a load apart ("Ø 90 cm, 100 kg'a kadar" / "110 см, 150 кг чейин"), a slide two letters
apart (Toboggan XL / XS), a sandbox with and without its lid in words, a swing set with a slide
beside ours without, a playhouse a colour apart; a used Champion 330 without its net and one sold
with a ladder and cover; "Champion 330" on 7 of their listings and "BERG" on 16 (the second listing
included); one product listed twice (the second time in Russian); our Step2 Crabbie ours only.

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_CHAMPION_330 = gtin_with_check_digit("871584135330")
GTIN_HUDORA_NEST = gtin_with_check_digit("400231772090")

# A Cologne shop in euros, titled in Turkish, against a Bishkek one titled in Kyrgyz, in som.
TRAMPOLINES: list[Row] = [
    ("Bahçe trambolini BERG Champion 330, güvenlik filesi ile, yeşil, Ø 330 cm", "529.00",
     "BERG Champion 330 батут, коргоочу тор менен, жашыл, диаметри 330 см", "54900",
     {"ours": {"brand": "BERG", "gtin": GTIN_CHAMPION_330},
      "theirs": {"brand": "BERG", "description": "Кепилдик 2 жыл. Бишкек боюнча акысыз жеткирүү."}}),
    (None, None, "BERG Champion 380 батут, коргоочу тор менен, жашыл, диаметри 380 см", "64900",
     {"theirs": {"brand": "BERG"}}),
    (None, None, "BERG Champion 330 батут, коргоочу тор менен, боз, диаметри 330 см", "56900"),
    (None, None, "BERG Champion 330 батут, колдонулган, тору жок", "24900"),
    ("Bahçe trambolini BERG Favorit 270, güvenlik filesi ile, Ø 270 cm", "349.00", None, None),
    ("Yer tipi trambolin BERG Ultim Elite FlatGround 500, 500 x 330 cm, siyah", "1249.00",
     "BERG Ultim Elite FlatGround 500 жерге орнотулган батут, 500x330 см, кара", "129900",
     {"ours": {"brand": "BERG"}}),
    (None, None, "BERG Ultim Elite FlatGround 410 жерге орнотулган батут, 410x250 см, кара", "99900"),
    ("Trambolin Salta Premium Ground 366, yuvarlak, Ø 366 cm", "599.00",
     "Salta Premium Ground 366 батут, тегерек, 366 см", "59900"),
    (None, None, "Salta Premium Ground 305 батут, тегерек, 305 см", "49900"),
    ("Trambolin Exit Toys Silhouette 244, güvenlik filesi ile, siyah", "379.00",
     "Exit Toys Silhouette 244 батут, коргоочу тор менен, кара", "38900",
     {"ours": {"brand": "Exit Toys"}}),
    (None, None, "Exit Toys Silhouette 244 батут, коргоочу тор менен, жашыл", "38900"),
    ("Trambolin Plum Springsafe 305 cm (10 ft), güvenlik filesi ile", "289.00",
     "Plum Springsafe 10 фут батут, коргоочу тор менен", "29900"),
    (None, None, "Plum Springsafe 12 фут батут, коргоочу тор менен", "36900"),
    ("Trambolin güvenlik filesi BERG Safety Net Comfort 380 için", "119.00",
     "BERG Safety Net Comfort 380 үчүн коргоочу тор", "11900"),
    (None, None, "BERG Safety Net Comfort 330 үчүн коргоочу тор", "10900"),
    ("Trambolin merdiveni BERG, M beden", "49.00",
     "BERG батут тепкичи, M өлчөмү", "4900"),
    (None, None, "BERG батут тепкичи, L өлчөмү", "5900"),
    ("Trambolin koruma örtüsü Ø 330 cm trambolinler için, gri", "39.00",
     "330 см батуттар үчүн жабуу, боз", "3500"),
    (None, None, "380 см батуттар үчүн жабуу, боз", "3900"),
    ("Yuva salıncak Hudora, Ø 90 cm, 100 kg'a kadar", "79.00",
     "Hudora уя селкинчек, 90 см, 100 кг чейин", "7900",
     {"ours": {"brand": "Hudora", "gtin": GTIN_HUDORA_NEST}}),
    (None, None, "Hudora уя селкинчек, 110 см, 150 кг чейин", "10900"),
    ("Kaydırak Smoby Toboggan XL, 150 cm, mavi", "129.00",
     "Smoby Toboggan XL тайгалак, 150 см, көк", "12900"),
    (None, None, "Smoby Toboggan XS тайгалак, 90 см, кызыл", "7900"),
    ("Kapaklı kum havuzu Step2 Naturally Playful", "149.00",
     "Step2 Naturally Playful кумдук, капкагы менен", "15900"),
    (None, None, "Step2 Naturally Playful кумдук, капкагы жок", "12900"),
    ("Trambolin sabitleme seti BERG, 4 adet", "39.00",
     "BERG батутту бекитүүчү комплект, 4 даана", "3900"),
    ("Salıncak seti Hudora Vario, çift salıncaklı, ahşap", "449.00",
     "Hudora Vario жыгач селкинчек комплекти, эки селкинчек", "46900"),
    (None, None, "Hudora Vario жыгач селкинчек комплекти, тайгалак менен", "59900"),
    ("Trambolin kenar minderi BERG Champion 330 için, yeşil", "119.00",
     "BERG Champion 330 үчүн четки жумшак жабуу, жашыл", "11900"),
    (None, None, "BERG Champion 380 үчүн четки жумшак жабуу, жашыл", "13900"),
    ("Oyun evi Little Tikes Cape Cottage, bej", "199.00",
     "Little Tikes Cape Cottage балдар үйү, беж", "21900"),
    (None, None, "Little Tikes Cape Cottage балдар үйү, кызгылт", "21900"),
    ("Trambolin basketbol potası BERG, Champion ve Favorit için", "59.00",
     "BERG батут үчүн баскетбол шакеги, Champion жана Favorit үчүн", "5900"),
    (None, None, "BERG Champion 330 + тепкич + жабуу, комплект", "62900"),
    ("Trambolin yayları BERG Champion 330 için, 72 adet", "69.00",
     "Champion 330 үчүн батут пружиналары, 72 даана", "6900"),
    ("Kum havuzu Step2 Crabbie, kapaklı", "89.00", None, None),
]

KINDS: dict[str, list[Row]] = {"trampolines and garden play, a Bishkek shop in Kyrgyz in som": TRAMPOLINES}
(KYRGYZ,) = KINDS
CURRENCIES = {KYRGYZ: "KGS"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    KYRGYZ: [(0, "Батут BERG Champion 330 с защитной сеткой, зелёный, Ø 330 см", "55900")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[KYRGYZ]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Their titles are in Cyrillic letters, Kyrgyz ones (ң, ө, ү) on 14.
    assert sum(any(ch in "өүң" for ch in t["name"].lower()) for t in theirs) == 14
    # The net for the 330 and the set with a ladder and cover are pairs of nothing; the edge pad and
    # the springs for our Champion 330 are true pairs of ours, not of the trampoline.
    assert "Champion 330" in next(t for t in theirs if t["key"] == "T33")["name"] and not any(t == "T33" for _, t in truth)
    assert not any(t == "T14" for _, t in truth)
    assert {("O28", "T28"), ("O34", "T34")} <= truth
    # "Champion 330" on 7 of their listings, the second one included; "BERG" on 16.
    assert sum("Champion 330" in t["name"] for t in theirs) == 7
    assert sum("BERG" in t["name"] for t in theirs) == 16
    # Our Favorit 270 and Step2 Crabbie are ours only.
    assert not any(o in ("O4", "O35") for o, _ in truth)
    # The second listing is in Russian.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "защитной" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-seven rounds' readings led us to expect. The whole batch is read
# once for the three tests that read it (`whole`), and the siblings' rows once for their two tests.
# The batch landed with these tests as non-strict expected failures and its guard skipped; its
# first reading made each a plain test where it passed and a strict expected failure (raising
# AssertionError, so that a helper renamed fails the run rather than passing as expected) where it
# failed. The first reading is written as counts, not pairs: the round is held out from the matching
# work of the session that read it.


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    """The whole batch through the commands, with its second listings: the counts, and every pair
    of a product listed twice that was neither matched nor put to a person."""
    return BATCH.second_listings_missed(tmp_path_factory.mktemp("whole"))


# Expected to fail: no round before found every pair.
# Failed at first reading: 5 of 18 found (1 matched, 4 proposed), 13 missed; 1 variant matched, none
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 13 of the 18 true pairs were missed and a variant matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(whole):
    total, _ = whole
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides ("Champion 330", "FlatGround 500",
# "Silhouette 244", "Toboggan XL"); the kind words are Turkish against Kyrgyz, in two scripts; our
# cover has no maker, their springs none; most models are a name and the trampoline's diameter.
# Failed at first reading: 5 of 17 found (1 matched, 4 proposed; 0.29), 12 missed; 1 other listing
# matched (read without the second listing, as the test reads).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 of 17 found (0.29)")
def test_a_kyrgyz_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "BERG Champion 330 батут, коргоочу тор менен, жашыл, диаметри 330 см" / "Bahçe trambolini BERG
    # Champion 330, güvenlik filesi ile, yeşil, Ø 330 cm": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, KYRGYZ)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a diameter that is the model's number (Champion 330 / 380, Premium Ground 366 / 305), a
# colour in Kyrgyz (grey, green), a size in feet (10 / 12 фут), a model number (FlatGround 500 / 410),
# a letter (ladder M / L, Toboggan XL / XS), a load and diameter (nest swing 90 / 110), a lid, a slide
# or a colour (playhouse beige / pink) is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 30, 31]


@pytest.fixture(scope="module")
def siblings(tmp_path_factory):
    """The siblings' rows read once (no second listing): counts, found, truth."""
    return BATCH.read_rows(tmp_path_factory.mktemp("siblings"), KYRGYZ, SIBLINGS)


# Failed at first reading: 1 sibling matched, none proposed (of the rows' 12 true pairs 1 matched, 4
# proposed, 7 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_diameter_a_colour_a_size_in_feet_a_letter_a_load_or_a_lid_apart_tells_two_listings_apart(siblings):
    # Champion 380 and the grey 330 beside our green 330 (and our Favorit 270, ours only);
    # FlatGround 410 beside our 500; Premium Ground 305 beside our 366; the green Silhouette 244
    # beside our black; Springsafe 12 ft beside our 10 ft; the net for the 330 beside ours for the
    # 380; the ladder in L beside ours in M; the cover for 380 cm beside ours for 330; the 110 cm
    # nest swing beside our 90 cm; Toboggan XS beside our XL; the sandbox without its lid beside ours
    # with it; the pink playhouse beside our beige: nothing matched to a product it is not.
    counts, found, _ = siblings
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_diameter_a_colour_a_size_in_feet_a_letter_a_load_or_a_lid_apart_is_not_even_proposed(siblings):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = siblings
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the edge pad and springs name our Champion 330 before "үчүн" (for), the springs with no
# maker; accessories naming our code were matched as ours in the twenty-third to twenty-seventh
# rounds.
# Failed at first reading: all three true pairs missed; nothing else matched or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the three true pairs were missed")
def test_our_trampoline_and_the_pad_and_springs_made_for_it_do_not_cross(tmp_path):
    # Our Champion 330, its edge pad and its springs against theirs, beside BERG's net for the 330:
    # each of ours found with its own listing, and the net matched or put to a person with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, KYRGYZ, [0, 14, 28, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "колдонулган, тору жок" and "+ тепкич + жабуу, комплект" are words no condition or
# bundle rule before read; the twenty-seventh round's used mask and starter set were matched.
# Passed at first reading: neither matched or proposed (the rows' true pair missed).
def test_a_used_trampoline_and_one_sold_with_a_ladder_and_cover_are_not_matched_as_ours(tmp_path):
    # The used Champion 330 without its net and the one sold with a ladder and a cover beside our
    # Champion 330's own listing: neither matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, KYRGYZ, [0, 3, 33])
    assert not counts["wrong matched"], found


# Uncertain: our Springsafe is "305 cm (10 ft)", theirs "10 фут" beside a "12 фут"; our FlatGround
# "500 x 330 cm", theirs "500x330 см" beside "410x250 см"; sizes run together were never candidates in
# the twenty-seventh round.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; no sibling matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_a_size_in_feet_and_sizes_run_together_find_their_listing_not_its_sibling(tmp_path):
    # "Trambolin Plum Springsafe 305 cm (10 ft), güvenlik filesi ile" / "Plum Springsafe 10 фут батут,
    # ..." beside "... 12 фут ..."; "Yer tipi trambolin BERG Ultim Elite FlatGround 500, 500 x 330 cm,
    # siyah" / "... 500x330 см, кара" beside the 410: both of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, KYRGYZ, [5, 6, 11, 12])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: a cover with no maker, told apart by the diameter it fits ("Ø 330 cm" / "330 см" beside
# "380 см"), and a sandbox by its lid in words ("Kapaklı" / "капкагы менен" beside "капкагы жок").
# Failed at first reading: 1 of the rows' 2 true pairs matched, 1 missed; 1 sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one true pair was missed and a sibling matched")
def test_a_cover_with_no_maker_and_a_sandbox_with_its_lid_find_their_listing_not_its_sibling(tmp_path):
    # "Trambolin koruma örtüsü Ø 330 cm trambolinler için, gri" / "330 см батуттар үчүн жабуу, боз"
    # beside the one for 380 cm; "Kapaklı kum havuzu Step2 Naturally Playful" / "... кумдук, капкагы
    # менен" beside "..., капкагы жок": both of ours found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, KYRGYZ, [17, 18, 23, 24])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "Champion 330" is on 7 of their listings.
# Failed at first reading: both listings missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(whole):
    # "Батут BERG Champion 330 с защитной сеткой, зелёный, Ø 330 см" beside "BERG Champion 330 батут,
    # коргоочу тор менен, жашыл, диаметри 330 см": both listings ours, matched or put to a person.
    total, missed = whole
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_eighth_rounds_second_batch_read_through_the_commands(whole):
    # At first reading (main at 5ee5011e, whose matching code is the session's start c2c5e81f, folded
    # by 962a49e2 with no behaviour changed): 5 of 18 true pairs found (1 matched, 4 proposed), 13
    # missed; 1 variant matched, none proposed.
    holds_its_first_reading(whole[0], matched=1, found=5, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds28b [-v]
    BATCH.print_reading()
