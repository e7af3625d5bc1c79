"""A twenty-seventh round of catalogues set aside, its fourth batch, written before the matcher read
it, so that its first reading is a figure on catalogues the matching rules were not written on.

Brass instruments and what is sold beside them: trumpets, a cornet, a tenor trombone, a euphonium, a
flugelhorn, trumpet and trombone mouthpieces, a straight mute, valve oils, slide cream, stands, a
case, a mouthpiece brush, a marching lyre; a kind none of the twenty-six rounds held (music was held
as ukuleles and guitars, violin strings, drums and cymbals, reeds and woodwind mouthpieces,
microphones and sheet music, not brass); ours: a Conamara shop in the Gaeltacht selling to bands,
schools and players, 19 products in euros, titled in Irish as such shops write them: the kind first
("Trumpa", "Coirnéad", "Trombón teanór", "Béalóg trumpa", "Ola comhla"), then maker and model, the
key, the finish and sizes after commas, decimals with a point, "Trumpa Yamaha YTR-2330 i B♭, lacar
óir, le cás"; theirs: an Ahmedabad shop, 35 listings in rupees, titled in Gujarati (the Gujarati
script, no batch's before) around the maker and model in Latin letters: maker and model first, the
kind after in the trade's English words written in Gujarati letters ("ટ્રમ્પેટ", "માઉથપીસ",
"ગોલ્ડ લેકર"), counts and sizes in Gujarati digits on some ("૬૦ મિલી", "૩ વાલ્વ"), "Yamaha
YTR-2330 ટ્રમ્પેટ, B♭, ગોલ્ડ લેકર, કેસ સાથે".
Irish: "trumpa" a trumpet, "i B♭" in B flat, "lacar óir" gold lacquer, "plátáilte le hairgead"
silver-plated, "plátáilte le nicil" nickel-plated, "le cás" with a case, "coirnéad" a cornet,
"trombón teanór" a tenor trombone, "eofóiniam" a euphonium, "3 chomhla" three valves, "béalóg" a
mouthpiece ("béalóg trumpa" a trumpet's, "béalóg trombóin" a trombone's), "cos mór" a large shank,
"balbhán díreach" a straight mute, "alúmanam" aluminium, "ola comhla" valve oil, "éadrom" light,
"seastán" a stand, "dubh" black, "cás" a case, "uachtar sleamhnáin" slide cream, "scuab glantacháin
béalóige" a mouthpiece brush, "lír máirseála" a marching lyre, "do" for.
Gujarati: "ટ્રમ્પેટ" trumpet, "કોર્નેટ" cornet, "ટેનર ટ્રોમ્બોન" tenor trombone, "યુફોનિયમ" euphonium,
"ફ્લુગલહોર્ન" flugelhorn, "ગોલ્ડ લેકર" gold lacquer, "સિલ્વર પ્લેટેડ" silver-plated, "નિકલ પ્લેટેડ"
nickel-plated, "કેસ" a case, "વાલ્વ" valves, "F એટેચમેન્ટ" an F attachment, "માઉથપીસ" a mouthpiece,
"લાર્જ શેન્ક" a large shank, "સ્મોલ શેન્ક" a small shank, "સ્ટ્રેટ મ્યૂટ" a straight mute, "કપ મ્યૂટ" a
cup mute, "એલ્યુમિનિયમ" aluminium, "વાલ્વ ઓઇલ" valve oil, "લાઇટ" light, "રેગ્યુલર" regular, "મિલી"
millilitres, "સ્ટેન્ડ" a stand, "કાળો" black, "હલકો" light in weight, "સ્લાઇડ ક્રીમ" slide cream,
"સાફ કરવાનું બ્રશ" a cleaning brush, "સેમી" centimetres, "માર્ચિંગ લાયર" a marching lyre, "વાલ્વ
સ્પ્રિંગ" valve springs, "નંગ" pieces, "સ્ટુડન્ટ કોમ્બો" a student combo; "માટે" for, "સાથે" with,
"વપરાયેલ" used, "૨ વર્ષ જૂનું" two years old; "મોડેલ નંબર" the model number, "વોરંટી ૧ વર્ષ" a year's
warranty, "અમદાવાદમાં ફ્રી ડિલિવરી" delivery in Ahmedabad free. Gujarati digits: ૦ ૧ ૨ ૩ ૪ ૫ ૬ ૭ ૮ ૯
(0 to 9). The second listing is in English, as Ahmedabad shops list too.

The hard things, written as such shops write them, not to be easy or hard: one maker's student
trumpet a finish letter apart (Yamaha YTR-2330 / YTR-2330S, gold lacquer / silver-plated) or a
model apart (YTR-3335; our YTR-4335GII ours only), a used YTR-2330, a YTR-2330 sold in a combo with a
mouthpiece and a stand, valve springs "for" it; a bell number apart (Bach Stradivarius 180S37 /
180S43); a generation in Roman numerals at the code's end (YCR-2330III / YCR-2330II); a letter for
an attachment (YSL-354 / YSL-354E); trumpet mouthpieces whose model is a short number and letter
(Bach 7C / 3C / 1½C; our 5C ours only), our 7C's part number in their description after "મોડેલ
નંબર:"; a trombone mouthpiece with a fraction written two ways ("6½AL" / "6 1/2 AL") beside its
small-shank sibling; mutes four digits apart (Denis Wick DW5504 / DW5531); valve oil a word apart
in the maker's English (light / regular), one in ounces against millilitres ("2 oz" / "59 મિલી");
stands whose model is a number (K&M 15213, 149/1); a case a word apart in its code (Gator
GL-TRUMPET-A / GL-FLUGEL-A); a brush, a lyre with no maker, each with a sibling for the trombone;
flugelhorns a letter apart (Jupiter JFH1100R / JFH1100RS); sizes and counts in Gujarati digits on
some of theirs; "Yamaha" on 14 of their listings (the second listing included), "YTR-2330" on 6,
"Bach" on 8; one product listed twice (the second time in English).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_YTR2330 = gtin_with_check_digit("488683023301")
GTIN_YEP201 = gtin_with_check_digit("488683020102")

# A Conamara brass shop in euros, titled in Irish, against an Ahmedabad one titled in Gujarati, in
# rupees.
BRASS: list[Row] = [
    ("Trumpa Yamaha YTR-2330 i B♭, lacar óir, le cás", "529.00",
     "Yamaha YTR-2330 ટ્રમ્પેટ, B♭, ગોલ્ડ લેકર, કેસ સાથે", "47500",
     {"ours": {"brand": "Yamaha", "gtin": GTIN_YTR2330},
      "theirs": {"brand": "Yamaha", "description": "વોરંટી ૧ વર્ષ. અમદાવાદમાં ફ્રી ડિલિવરી."}}),
    (None, None, "Yamaha YTR-2330S ટ્રમ્પેટ, B♭, સિલ્વર પ્લેટેડ, કેસ સાથે", "54500",
     {"theirs": {"brand": "Yamaha"}}),
    (None, None, "Yamaha YTR-3335 ટ્રમ્પેટ, B♭, ગોલ્ડ લેકર", "72500"),
    (None, None, "Yamaha YTR-2330 ટ્રમ્પેટ, વપરાયેલ, ૨ વર્ષ જૂનું", "26500"),
    ("Trumpa Yamaha YTR-4335GII i B♭, lacar óir", "1090.00", None, None),
    ("Trumpa Bach Stradivarius 180S37 i B♭, plátáilte le hairgead", "2990.00",
     "Bach Stradivarius 180S37 ટ્રમ્પેટ, સિલ્વર પ્લેટેડ", "265000",
     {"ours": {"brand": "Bach"}}),
    (None, None, "Bach Stradivarius 180S43 ટ્રમ્પેટ, સિલ્વર પ્લેટેડ", "269000"),
    ("Coirnéad Yamaha YCR-2330III i B♭, lacar óir", "649.00",
     "Yamaha YCR-2330III કોર્નેટ, B♭, ગોલ્ડ લેકર", "57900"),
    (None, None, "Yamaha YCR-2330II કોર્નેટ, B♭, ગોલ્ડ લેકર", "42500"),
    ("Trombón teanór Yamaha YSL-354, lacar óir", "799.00",
     "Yamaha YSL-354 ટેનર ટ્રોમ્બોન, ગોલ્ડ લેકર", "71500"),
    (None, None, "Yamaha YSL-354E ટેનર ટ્રોમ્બોન, F એટેચમેન્ટ સાથે", "98500"),
    ("Eofóiniam Yamaha YEP-201, 3 chomhla, lacar óir", "2290.00",
     "Yamaha YEP-201 યુફોનિયમ, ૩ વાલ્વ, ગોલ્ડ લેકર", "204900",
     {"ours": {"brand": "Yamaha", "gtin": GTIN_YEP201}}),
    ("Béalóg trumpa Bach 7C", "49.90",
     "Bach 7C ટ્રમ્પેટ માઉથપીસ", "4490",
     {"ours": {"brand": "Bach", "mpn": "351-7C"}, "theirs": {"description": "મોડેલ નંબર: 351-7C. સિલ્વર પ્લેટેડ."}}),
    (None, None, "Bach 3C ટ્રમ્પેટ માઉથપીસ", "4490"),
    (None, None, "Bach 1½C ટ્રમ્પેટ માઉથપીસ", "4490"),
    ("Béalóg trombóin Bach 6½AL, cos mór", "69.00",
     "Bach 6 1/2 AL ટ્રોમ્બોન માઉથપીસ, લાર્જ શેન્ક", "6190"),
    (None, None, "Bach 6 1/2 AL ટ્રોમ્બોન માઉથપીસ, સ્મોલ શેન્ક", "5990"),
    ("Balbhán díreach trumpa Denis Wick DW5504, alúmanam", "59.00",
     "Denis Wick DW5504 ટ્રમ્પેટ સ્ટ્રેટ મ્યૂટ, એલ્યુમિનિયમ", "5290",
     {"ours": {"brand": "Denis Wick"}}),
    (None, None, "Denis Wick DW5531 ટ્રમ્પેટ કપ મ્યૂટ", "6490"),
    ("Ola comhla Yamaha, éadrom, 60 ml", "8.90",
     "Yamaha વાલ્વ ઓઇલ લાઇટ, ૬૦ મિલી", "690"),
    (None, None, "Yamaha વાલ્વ ઓઇલ રેગ્યુલર, ૬૦ મિલી", "690"),
    ("Ola comhla Blue Juice, 2 oz", "14.90",
     "Blue Juice વાલ્વ ઓઇલ, 59 મિલી", "1290"),
    ("Seastán trumpa K&M 15213, dubh", "24.90",
     "K&M 15213 ટ્રમ્પેટ સ્ટેન્ડ, કાળો", "2190"),
    ("Seastán trombóin K&M 149/1, dubh", "44.90",
     "K&M 149/1 ટ્રોમ્બોન સ્ટેન્ડ, કાળો", "3890"),
    ("Cás trumpa Gator GL-TRUMPET-A, éadrom", "119.00",
     "Gator GL-TRUMPET-A ટ્રમ્પેટ કેસ, હલકો", "10490"),
    (None, None, "Gator GL-FLUGEL-A ફ્લુગલહોર્ન કેસ", "12990"),
    ("Uachtar sleamhnáin Slide-O-Mix Rapid Comfort, 30 ml", "12.90",
     "Slide-O-Mix Rapid Comfort સ્લાઇડ ક્રીમ, ૩૦ મિલી", "1090"),
    ("Scuab glantacháin béalóige, 13 cm", "4.90",
     "માઉથપીસ સાફ કરવાનું બ્રશ, ૧૩ સેમી", "290"),
    (None, None, "ટ્રોમ્બોન સ્લાઇડ સાફ કરવાનું બ્રશ, ૧૨૦ સેમી", "590"),
    ("Lír máirseála do thrumpa, plátáilte le nicil", "19.90",
     "ટ્રમ્પેટ માટે માર્ચિંગ લાયર, નિકલ પ્લેટેડ", "1490"),
    (None, None, "ટ્રોમ્બોન માટે માર્ચિંગ લાયર, નિકલ પ્લેટેડ", "1690"),
    ("Flügelhorn Jupiter JFH1100R i B♭, lacar óir", "1390.00",
     "Jupiter JFH1100R ફ્લુગલહોર્ન, B♭, ગોલ્ડ લેકર", "124500"),
    (None, None, "Jupiter JFH1100RS ફ્લુગલહોર્ન, B♭, સિલ્વર પ્લેટેડ", "134500"),
    (None, None, "Yamaha YTR-2330 ટ્રમ્પેટ + Bach 7C માઉથપીસ + સ્ટેન્ડ, સ્ટુડન્ટ કોમ્બો", "52900"),
    (None, None, "Yamaha YTR-2330 માટે વાલ્વ સ્પ્રિંગ, ૩ નંગ", "590"),
    ("Béalóg trumpa Bach 5C", "49.90", None, None),
]

KINDS: dict[str, list[Row]] = {"brass instruments, an Ahmedabad shop in Gujarati in rupees": BRASS}
(GUJARATI,) = KINDS
CURRENCIES = {GUJARATI: "INR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    GUJARATI: [(0, "Yamaha YTR-2330 Bb Trumpet, Gold Lacquer, with Case", "48500")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[GUJARATI]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The valve springs for our trumpet and the combo are pairs of nothing; the mouthpiece and the
    # stand are true pairs of ours, not of a trumpet.
    assert "YTR-2330" in next(t for t in theirs if t["key"] == "T34")["name"] and not any(t == "T34" for _, t in truth)
    assert "YTR-2330" in next(t for t in theirs if t["key"] == "T33")["name"] and not any(t == "T33" for _, t in truth)
    assert {("O12", "T12"), ("O22", "T22")} <= truth
    # "Yamaha" on 14 of their listings (the second one included), "YTR-2330" on 6, "Bach" on 8.
    assert sum("Yamaha" in t["name"] for t in theirs) == 14
    assert sum("YTR-2330" in t["name"] for t in theirs) == 6
    assert sum("Bach" in t["name"] for t in theirs) == 8
    # Our YTR-4335GII and Bach 5C are ours only.
    assert not any(o in ("O4", "O35") for o, _ in truth)
    # Eight titles of theirs write Gujarati digits.
    assert sum(any("૦" <= ch <= "૯" for ch in t["name"]) for t in theirs) == 8
    # The second listing is in English.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Gold Lacquer" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-six rounds' readings led us to expect. The whole batch is read once
# for the three tests that read it (`whole`), and the siblings' rows once for their two tests. The
# batch landed with these tests as non-strict expected failures; its first reading made each a plain
# test where it passed and a strict expected failure (raising AssertionError, so that a helper renamed
# fails the run rather than passing as expected) where it failed. The first reading is written as
# counts, not pairs: the round is held out from the matching work of the session that read it.


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    """The whole batch through the commands, with its second listings: the counts, and every pair
    of a product listed twice that was neither matched nor put to a person."""
    return BATCH.second_listings_missed(tmp_path_factory.mktemp("whole"))


# Expected to fail: no round before found every pair.
# Failed at first reading: 13 of 18 found (8 matched, 5 proposed), 5 missed; no variant matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(whole):
    total, _ = whole
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("YTR-2330", "180S37",
# "YCR-2330III", "DW5504", "JFH1100R"); the kind words are Irish against the trade's English in
# Gujarati letters; three products have no maker.
# Passed at first reading: 13 of 17 found (8 matched, 5 proposed; 0.76), 4 missed; 1 other listing
# proposed (read without the second listing, as the test reads).
def test_a_gujarati_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Yamaha YTR-2330 ટ્રમ્પેટ, B♭, ગોલ્ડ લેકર, કેસ સાથે" / "Trumpa Yamaha YTR-2330 i B♭, lacar óir, le
    # cás": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, GUJARATI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a finish letter (YTR-2330 / 2330S, JFH1100R / RS), a model (YTR-3335), a bell number
# (180S37 / 180S43), a generation (YCR-2330III / II), an attachment letter (YSL-354 / 354E), a
# mouthpiece's number (7C / 3C / 1½C), a shank (large / small), a mute's digits (DW5504 / DW5531), a
# word in the maker's English (light / regular) or in Gujarati (trumpet / trombone brush and lyre)
# or a case's word in its code (GL-TRUMPET-A / GL-FLUGEL-A) is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 27, 28, 29, 30, 31, 32,
            35]


@pytest.fixture(scope="module")
def siblings(tmp_path_factory):
    """The siblings' rows read once (no second listing): counts, found, truth."""
    return BATCH.read_rows(tmp_path_factory.mktemp("siblings"), GUJARATI, SIBLINGS)


# Passed at first reading: no sibling matched, 1 proposed (of the rows' 12 true pairs 6 matched, 2
# proposed, 4 missed).
def test_a_sibling_a_letter_a_number_a_generation_a_shank_or_a_word_apart_tells_two_listings_apart(siblings):
    # YTR-2330S and YTR-3335 beside our YTR-2330 (and our YTR-4335GII, ours only); 180S43 beside our
    # 180S37; YCR-2330II beside our YCR-2330III; YSL-354E beside our YSL-354; 3C and 1½C beside our 7C
    # (and our 5C, ours only); the small-shank 6 1/2 AL beside our large; DW5531 beside our DW5504;
    # regular oil beside our light; GL-FLUGEL-A beside our GL-TRUMPET-A; the trombone's brush and lyre
    # beside our trumpet's; JFH1100RS beside our JFH1100R: nothing matched to a product it is not.
    counts, found, _ = siblings
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was proposed")
def test_a_sibling_a_letter_a_number_a_generation_a_shank_or_a_word_apart_is_not_even_proposed(siblings):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = siblings
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the valve springs name our trumpet's code before "માટે" (for); the combo names our
# trumpet's code and our mouthpiece's with a "+"; the twenty-sixth round's cover "for" an umbrella
# in Malayalam was matched as ours.
# Failed at first reading: 1 of the rows' 2 true pairs matched, 1 missed; 1 other listing proposed
# with a product of ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed and another listing proposed")
def test_our_trumpet_our_mouthpiece_the_combo_and_springs_for_the_trumpet_do_not_cross(tmp_path):
    # Our YTR-2330 and Bach 7C against theirs, the combo of both with a stand and the valve springs
    # for the YTR-2330: each of ours found with its own listing, and neither the combo nor the springs
    # matched or put to a person with a product of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, GUJARATI, [0, 12, 33, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "વપરાયેલ, ૨ વર્ષ જૂનું" are words no condition rule before read, in a script none held;
# "YTR-2330" is on 6 of their listings, as the twenty-sixth round's "T.200", whose used listing was
# matched as ours.
# Passed at first reading: not matched, but put to a person beside our trumpet's own listing (the
# rows' true pair matched).
def test_a_used_trumpet_is_not_matched_as_ours(tmp_path):
    # "Yamaha YTR-2330 ટ્રમ્પેટ, વપરાયેલ, ૨ વર્ષ જૂનું" beside our YTR-2330's own listing: not matched
    # with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, GUJARATI, [0, 3])
    assert not counts["wrong matched"], found


# Uncertain: mouthpieces whose models are a digit and a letter ("7C", "3C") or a fraction written two
# ways ("6½AL" / "6 1/2 AL"), beside siblings a digit, a fraction or a word apart; short codes after a
# maker were read since the thirty-fifth session.
# Failed at first reading: both true pairs missed; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both true pairs were missed")
def test_mouthpieces_a_number_a_fraction_or_a_shank_apart_find_their_listing_not_its_sibling(tmp_path):
    # "Béalóg trumpa Bach 7C" / "Bach 7C ટ્રમ્પેટ માઉથપીસ" beside 3C and 1½C; "Béalóg trombóin Bach
    # 6½AL, cos mór" / "Bach 6 1/2 AL ટ્રોમ્બોન માઉથપીસ, લાર્જ શેન્ક" beside the small-shank one: both
    # of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, GUJARATI, [12, 13, 14, 15, 16])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: volumes in Gujarati digits before a unit in Gujarati letters ("૬૦ મિલી") and in ounces
# on ours ("2 oz") against millilitres on theirs ("59 મિલી"); the twenty-fifth and twenty-sixth rounds'
# lengths in Odia and Malayalam digits were read as bare numbers.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; the regular oil matched
# with nothing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_oils_in_gujarati_digits_and_in_ounces_find_their_listing_not_its_sibling(tmp_path):
    # "Ola comhla Yamaha, éadrom, 60 ml" / "Yamaha વાલ્વ ઓઇલ લાઇટ, ૬૦ મિલી" beside the regular one; "Ola
    # comhla Blue Juice, 2 oz" / "Blue Juice વાલ્વ ઓઇલ, 59 મિલી": both of ours found, the regular oil
    # matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, GUJARATI, [19, 20, 21])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "YTR-2330" is on 6 of their listings.
# Failed at first reading: the first listing found, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(whole):
    # "Yamaha YTR-2330 Bb Trumpet, Gold Lacquer, with Case" beside "Yamaha YTR-2330 ટ્રમ્પેટ, B♭, ગોલ્ડ
    # લેકર, કેસ સાથે": both listings ours, matched or put to a person.
    total, missed = whole
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-eighth session); written here once it
# was opened (thirty-ninth session). Read at the thirty-ninth session's start (79ef2d2b, the matching
# code of c2c5e81f) the batch reads as its first reading counted it (4e0ec2fa): 13 of 18 found (8
# matched, 5 proposed), 5 missed; no variant matched, 1 proposed. "Alone" is the pair scored by itself
# (`score_pairs`, no prices), the same at both; "in the catalogue" the comparison's score there. The
# wording gate asks for this catalogue and does not speak (4 candidates, 3 true; at 95% the chance null
# 4.4 of 4 and the thinned decoy 4.7; 1 of 8 sure products asked found a wording match):
# `bench/batch_gate.py`.
# - Matched by code (8): Yamaha YTR-2330 (O0-T0) 0.95, Bach 180S37 (O5-T5) 0.96, YCR-2330III (O7-T7)
#   0.96, YSL-354 (O9-T9) 0.96, YEP-201 (O11-T11) 0.95 ("૩ વાલ્વ" in Gujarati digits), Denis Wick DW5504
#   (O17-T17) 0.94, K&M 15213 (O22-T22) 0.95, Jupiter JFH1100R (O31-T31) 0.96.
# - Proposed where a person would expect a match (5), each with a model read as no code: Bach 7C
#   (O12-T12) 0.50 by wording ("7C" a number and a letter, read as the number "7c"; its article
#   number "351-7C", our MPN and in their description after "મોડેલ નંબર:", never looked up: a part
#   number with hyphens in a description, round 26b's strict expected failure
#   `test_matching_kinds26b.test_a_part_number_with_hyphens_in_their_description_is_read`; since
#   parts39, da296879, proposed 0.72 "our MPN 3517c written in their description"); K&M 149/1
#   (O23-T23) 0.57 by wording ("149/1" read as two numbers); Gator GL-TRUMPET-A (O24-T24) 0.56 by
#   wording (letters and hyphens only, read as no code); Blue Juice (O21-T21) and Slide-O-Mix Rapid
#   Comfort (O26-T26) 0.60, the model's name after the maker on one listing alone ("2 oz" / "59 મિલી":
#   "મિલી", millilitres in Gujarati letters, no unit).
# - Missed, a code on many listings: the English second listing "Yamaha YTR-2330 Bb Trumpet, Gold
#   Lacquer, with Case" (O0-T0b) 0.53 in the catalogue, alone 0.95 "same model code ytr2330": "YTR-2330"
#   stands on 5 of their listings (gold, used, the student combo, the valve springs "for" it, the
#   English listing) and the silver YTR-2330S reads the same code with a letter added (our trumpet
#   with it alone 0.93); our trumpet's best its Gujarati listing 0.95, the silver next 0.93, and the
#   English one is not linked as another listing of our product.
# - Missed, a fraction's glyph: the Bach 6½AL trombone mouthpiece (O15-T15), never a candidate; alone
#   0.00, "numbers differ: 61/2al vs 6": NFKC writes "6½AL" as "61⁄2AL", read as the numbers 61 and
#   "2al", where their "6 1/2 AL" is 6 and a fraction.
# - Missed, Gujarati digits before a unit in Gujarati letters: Yamaha's light valve oil (O19-T19) 0.19,
#   under the floor 0.286: "૬૦ મિલી" reads the number 60 and no unit against our "60 ml", a volume;
#   their listing's best our trumpet 0.20 (the maker). The mouthpiece brush (O27-T27, "૧૩ સેમી" / "13
#   cm") and the lyre for a trumpet (O29-T29), no maker and no word or number in common that blocking
#   reads, never candidates.
# Variants matched: none. Proposed (1): their YTR-3335 with our YTR-4335GII (ours only; O4-T2) 0.31 by
# wording, two codes of one maker read as no conflict, only titles 32% alike. Read by rows (the outcome
# tests above), the code on many listings crosses: the used YTR-2330 proposed 0.93 "another variant of
# their listing" (rows [0, 3]), the student combo proposed 0.93 the same way (rows [0, 12, 33, 34]).
# Kept apart: YTR-2330S, YTR-3335 from our YTR-2330, 180S43, YCR-2330II, YSL-354E, Bach 3C and 1½C, the
# small-shank 6 1/2 AL, DW5531, the regular valve oil, GL-FLUGEL-A, the trombone brush and lyre,
# JFH1100RS, the valve springs; our Bach 5C (ours only) matched nothing.


# A defect of the first reading, open: numbers16's mend (thirty-ninth session) was reverted on review R7: a size written
# with a fraction's glyph joined to it ("6½AL", as Bach prints its mouthpieces) is read as the numbers
# 61 and "2al", where the same size written "6 1/2 AL" is 6 and a fraction; the mouthpiece conflicts
# with its own listing on "numbers differ: 61/2al vs 6" and is never a candidate.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a fraction glyph is read as another number ('6½AL' was read as 61 and 2al); numbers16's reading of it as the fraction typed apart was reverted (review R7 of the thirty-ninth session: the typed fraction reads as its whole number alone, so 'size 10½' matched 'size 10')")
def test_a_size_with_a_fraction_glyph_reads_as_one_written_with_a_slash():
    import pandas as pd

    from benchmark.matching import score_pairs

    ours, theirs, _ = dict(BATCH.catalogues())[GUJARATI]
    our, their = next(o for o in ours if o["sku"] == "O15"), next(t for t in theirs if t["key"] == "T15")
    # "Béalóg trombóin Bach 6½AL, cos mór" / "Bach 6 1/2 AL ટ્રોમ્બોન માઉથપીસ, લાર્જ શેન્ક": no number apart.
    row = score_pairs(pd.DataFrame([{**our, "price": None}]),
                      pd.DataFrame([{**their, "price": None, "currency": None}]).rename(columns={"key": "competitor_product_id"})).iloc[0]
    assert "numbers differ" not in row.reason, row.reason


# A defect of the first reading: a code on five of their listings ("YTR-2330": gold, used, a student
# combo, valve springs for it, and an English listing of the gold one) carries no evidence for the
# English listing, which is not linked as another listing of our trumpet; the others are no listing of
# it.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-ninth session's start the English listing of our YTR-2330 was missed")
def test_a_code_on_five_listings_finds_both_listings_of_our_trumpet_and_no_other(tmp_path):
    # "Trumpa Yamaha YTR-2330 i B♭, lacar óir, le cás" / "Yamaha YTR-2330 ટ્રમ્પેટ, B♭, ગોલ્ડ લેકર, કેસ
    # સાથે" and "Yamaha YTR-2330 Bb Trumpet, Gold Lacquer, with Case", beside the silver YTR-2330S, the
    # used one, the combo and the springs: both listings ours found, none of the others matched or put
    # to a person.
    from tests.kinds_batches import read_rows_priced

    rows = [BRASS[n] for n in (0, 1, 3, 33, 34)]
    counts, found, truth = read_rows_priced(tmp_path / "rows", rows, [(0, *SECOND_LISTINGS[GUJARATI][0][1:])], CURRENCIES[GUJARATI])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_seventh_rounds_fourth_batch_read_through_the_commands(whole):
    # At first reading (main at 4e0ec2fa, whose matching code is the session's start e007a61a): 13 of
    # 18 true pairs found (8 matched, 5 proposed), 5 missed; no variant matched, 1 proposed.
    holds_its_first_reading(whole[0], matched=8, found=13, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds27d [-v]
    BATCH.print_reading()
