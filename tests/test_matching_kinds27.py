"""A twenty-seventh round of catalogues set aside, its first batch, written before the matcher read
it, so that its first reading is a figure on catalogues the matching rules were not written on.

Sport fencing: masks, electric foils, an épée blade and a sabre, a jacket, breeches and a plastron,
an electric glove, a body cord, a foil lamé, shoes, a team bag, a women's chest protector, a scoring
apparatus, a pistol grip, tip screws and a piste; a kind none of the twenty-six rounds held (combat
sports were held as Muay Thai and boxing, archery and darts as aiming sports, not fencing); ours: an
Athens shop selling to clubs and fencers, 19 products in euros, titled in Greek (the Greek script:
no batch's titles of ours were Greek before) as such shops write them: the kind first ("Μάσκα
ξιφασκίας", "Ξίφος ασκήσεως", "Σακάκι ξιφασκίας", "Γάντι ξιφασκίας"), then maker and model, the
weapon, size and hand after commas, a blade's size as "Νο 5" (in Greek letters), decimals with a
comma ("14 x 1,5 m"), "Μάσκα ξιφασκίας Uhlmann Wonder FIE 1600N, για ξίφος μονομαχίας, μέγεθος M";
theirs: a Baku shop, 35 listings in manats, titled in Azerbaijani (Latin letters with ə, ğ, ı, ş,
ç, ö, ü) as such shops write them: maker and model first, the kind after, "ölçü 52", a blade's size
as "№ 5" or "5 nömrəli", decimals with a comma and thousands with a space ("1 400 x 150 sm"),
"Uhlmann Wonder FIE 1600N şpaqa maskası, ölçü M".
Greek: "ξιφασκία" fencing, "μάσκα" a mask, "ξίφος μονομαχίας" an épée, "ξίφος ασκήσεως" a foil,
"σπάθη" a sabre, "ηλεκτρικό" electric, "λάμα" a blade, "γαλλική λαβή" a French grip, "λαβή
πιστολιού" a pistol grip, "γερμανική" German, "σακάκι" a jacket, "παντελόνι" breeches, "ανδρικό"
men's, "γυναικείο" women's, "μέγεθος" size, "για δεξιόχειρες" for the right-handed, "γάντι" a glove,
"δεξί" right, "αριστερό" left, "καλώδιο σώματος" a body cord, "2 ακίδων" two-pin, "γιλέκο (λαμέ)" a
lamé, "προστατευτικό μασχάλης" a plastron, "θωρακικό προστατευτικό" a chest protector, "πλαστικό"
plastic, "παπούτσια" shoes, "λευκά/κόκκινα" white/red, "τσάντα με ρόδες" a bag on wheels,
"συσκευή καταμέτρησης" a scoring apparatus, "ασύρματη" wireless, "βίδες μύτης" tip screws, "τεμ."
pieces, "πίστα αλουμινίου" an aluminium piste, "για" for, "με" with.
Azerbaijani: "fəxtə" fencing, "fəxtəçi" a fencer's, "maska" a mask, "şpaqa" an épée, "rapira" a
foil, "qılınc" a sabre, "elektrik" electric, "tiyə" a blade, "nömrəli" numbered, "fransız dəstəyi"
a French grip, "tapança dəstəyi" a pistol grip, "alman" German, "italyan" Italian, "gödəkcə" a
jacket, "məşq" training, "şalvar" breeches, "kişi" men's, "qadın" women's, "ölçü" size, "sağ əl" the
right hand, "sol əl" the left hand, "əlcək" a glove, "bədən kabeli" a body cord, "kontaktlı" with
contacts, "elektrik gödəkcəsi (lame)" a lamé, "sinə qoruyucusu" a chest protector, "ayaqqabı" shoes,
"ağ/qırmızı" white/red, "təkərli çanta" a bag on wheels, "sm" centimetres, "hesablama aparatı" a
scoring apparatus, "simsiz" wireless, "kabel barabanı" a cable reel, "ucu üçün vintlər" screws for
its tip, "ədəd" pieces, "zolaq" a strip (a piste), "alüminium" aluminium; "üçün" for, "və" and,
"uyğun" fitting, "işlənmiş" used, "başlanğıc dəsti" a starter set; "Artikul" the article number,
"Rəng" colour, "qara" black, "Zəmanət 1 il" a year's warranty, "Bakı üzrə çatdırılma pulsuzdur"
delivery across Baku free. The second listing is in Russian, as Baku shops list too: "Куртка
фехтовальная" a fencing jacket, "мужская" men's, "размер" size, "для правой руки" for the right hand.

The hard things, written as such shops write them, not to be easy or hard: one mask sold for three
weapons and in sizes (Uhlmann Wonder for the épée in M / L, for the foil, ours for the sabre ours
only), the weapon a word in each language; foils a grip apart (French / pistol), a blade a size apart
("Νο 5" / "№ 2"), a sabre a name apart (PBT Gold / Silver); a jacket a hand apart and a rating apart
(800N / 350N), its hand in Greek and Azerbaijani words, a plastron and breeches with the same rating
and size; a glove a size apart (8 / 7), ours in two hands (the left ours only); body cords and lamés
a weapon apart (two-pin for the foil, three-pin for the épée; a lamé for the foil or the sabre);
shoes in a size with a fraction ("42 2/3" / "42⅔") beside a 44; scoring apparatus a digit apart
(Favero FA-07 / FA-05); a piste in metres with a decimal comma against centimetres grouped with a
space; a grip and tip screws with no maker, a grip's sibling a word apart (German / Italian); another
maker's blade fitting our foil's grip, a cable reel of our apparatus' maker; a used mask, a mask and
jacket sold as a starter set; "Allstar" on 11 of their listings (the second listing included),
"Uhlmann" on 8, "Wonder" on 5; our team bag's article number in their description after "Artikul:";
one product listed twice (the second time in Russian, in the Cyrillic script).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_WONDER = gtin_with_check_digit("402566811604")
GTIN_JACKET_800N = gtin_with_check_digit("401906280052")
GTIN_FA07 = gtin_with_check_digit("803419700074")

# An Athens fencing shop in euros against a Baku one titled in Azerbaijani, in manats.
FENCING: list[Row] = [
    ("Μάσκα ξιφασκίας Uhlmann Wonder FIE 1600N, για ξίφος μονομαχίας, μέγεθος M", "189.00",
     "Uhlmann Wonder FIE 1600N şpaqa maskası, ölçü M", "365.00",
     {"ours": {"brand": "Uhlmann", "gtin": GTIN_WONDER},
      "theirs": {"brand": "Uhlmann", "description": "Zəmanət 1 il. Bakı üzrə çatdırılma pulsuzdur."}}),
    (None, None, "Uhlmann Wonder FIE 1600N şpaqa maskası, ölçü L", "365.00",
     {"theirs": {"brand": "Uhlmann"}}),
    (None, None, "Uhlmann Wonder FIE 1600N rapira maskası, ölçü M", "395.00"),
    (None, None, "Uhlmann Wonder 1600N şpaqa maskası, işlənmiş, ölçü M", "190.00"),
    ("Μάσκα ξιφασκίας Uhlmann Wonder FIE 1600N, για σπάθη, μέγεθος M", "219.00", None, None),
    ("Ξίφος ασκήσεως ηλεκτρικό Allstar FIE Maraging, λάμα Νο 5, γαλλική λαβή", "159.00",
     "Allstar FIE Maraging elektrik rapira, 5 nömrəli tiyə, fransız dəstəyi", "305.00",
     {"ours": {"brand": "Allstar"}}),
    (None, None, "Allstar FIE Maraging elektrik rapira, 5 nömrəli tiyə, tapança dəstəyi", "305.00"),
    ("Λάμα ξίφους μονομαχίας Leon Paul FIE Maraging, Νο 5", "99.00",
     "Leon Paul FIE Maraging şpaqa tiyəsi, № 5", "189.00"),
    (None, None, "Leon Paul FIE Maraging şpaqa tiyəsi, № 2", "179.00"),
    ("Σπάθη ηλεκτρική PBT Gold, λάμα Νο 5", "139.00",
     "PBT Gold elektrik qılınc, № 5", "265.00",
     {"ours": {"brand": "PBT"}}),
    (None, None, "PBT Silver elektrik qılınc, № 5", "199.00"),
    ("Σακάκι ξιφασκίας Allstar FIE 800N, ανδρικό, μέγεθος 52, για δεξιόχειρες", "249.00",
     "Allstar FIE 800N fəxtəçi gödəkcəsi, kişi, ölçü 52, sağ əl üçün", "475.00",
     {"ours": {"brand": "Allstar", "gtin": GTIN_JACKET_800N}, "theirs": {"brand": "Allstar"}}),
    (None, None, "Allstar FIE 800N fəxtəçi gödəkcəsi, kişi, ölçü 52, sol əl üçün", "475.00"),
    (None, None, "Allstar 350N məşq gödəkcəsi, kişi, ölçü 52, sağ əl üçün", "185.00"),
    ("Παντελόνι ξιφασκίας Uhlmann FIE 800N, ανδρικό, μέγεθος 52", "169.00",
     "Uhlmann FIE 800N şalvar, kişi, ölçü 52", "325.00"),
    ("Γάντι ξιφασκίας Leon Paul X-Change, ηλεκτρικό, μέγεθος 8, δεξί", "39.90",
     "Leon Paul X-Change elektrik əlcəyi, ölçü 8, sağ əl", "76.00"),
    (None, None, "Leon Paul X-Change elektrik əlcəyi, ölçü 7, sağ əl", "76.00"),
    ("Καλώδιο σώματος ξίφους ασκήσεως Allstar, 2 ακίδων", "24.90",
     "Allstar rapira üçün bədən kabeli, 2 kontaktlı", "47.00"),
    (None, None, "Allstar şpaqa üçün bədən kabeli, 3 kontaktlı", "47.00"),
    ("Ηλεκτρικό γιλέκο ξίφους ασκήσεως (λαμέ) Uhlmann, ανδρικό, μέγεθος 52", "119.00",
     "Uhlmann rapira üçün elektrik gödəkcəsi (lame), kişi, ölçü 52", "229.00"),
    (None, None, "Uhlmann qılınc üçün elektrik gödəkcəsi (lame), kişi, ölçü 52", "259.00"),
    ("Προστατευτικό μασχάλης Allstar 800N, μέγεθος 52, για δεξιόχειρες", "44.90",
     "Allstar 800N plastron, ölçü 52, sağ əl", "85.00"),
    ("Παπούτσια ξιφασκίας Adidas En Garde, λευκά/κόκκινα, EU 42 2/3", "129.00",
     "Adidas En Garde fəxtəçi ayaqqabısı, ağ/qırmızı, 42⅔", "249.00",
     {"ours": {"brand": "Adidas"}}),
    (None, None, "Adidas En Garde fəxtəçi ayaqqabısı, ağ/qırmızı, 44", "249.00"),
    ("Τσάντα ξιφασκίας Leon Paul Team Bag με ρόδες, 110 cm", "149.00",
     "Leon Paul Team Bag təkərli fəxtəçi çantası, 110 sm", "285.00",
     {"ours": {"brand": "Leon Paul", "mpn": "LB-TB110"}, "theirs": {"description": "Artikul: LB-TB110. Rəng: qara."}}),
    ("Θωρακικό προστατευτικό γυναικείο PBT, πλαστικό, μέγεθος M", "34.90",
     "PBT qadın sinə qoruyucusu, plastik, ölçü M", "67.00"),
    ("Συσκευή καταμέτρησης Favero Full-Arm FA-07, ασύρματη", "1290.00",
     "Favero Full-Arm FA-07 simsiz hesablama aparatı", "2490.00",
     {"ours": {"brand": "Favero", "gtin": GTIN_FA07}}),
    (None, None, "Favero Full-Arm FA-05 hesablama aparatı", "1890.00"),
    (None, None, "Favero kabel barabanı, 20 m, rapira və şpaqa üçün", "590.00"),
    ("Λαβή πιστολιού για ξίφος μονομαχίας, γερμανική, μέγεθος M", "14.90",
     "Şpaqa üçün alman tapança dəstəyi, ölçü M", "28.00"),
    (None, None, "Şpaqa üçün italyan tapança dəstəyi, ölçü M", "28.00"),
    ("Βίδες μύτης για ξίφος μονομαχίας M2, 10 τεμ.", "6.90",
     "Şpaqa ucu üçün vintlər M2, 10 ədəd", "13.00"),
    (None, None, "PBT FIE Maraging rapira tiyəsi, № 5, Allstar dəstəyinə uyğun", "159.00"),
    (None, None, "Uhlmann Wonder 1600N maska + Allstar 800N gödəkcə, başlanğıc dəsti", "790.00"),
    ("Πίστα ξιφασκίας αλουμινίου Favero, 14 x 1,5 m", "4890.00",
     "Favero alüminium fəxtə zolağı, 1 400 x 150 sm", "9350.00"),
    ("Γάντι ξιφασκίας Leon Paul X-Change, ηλεκτρικό, μέγεθος 8, αριστερό", "39.90", None, None),
]

KINDS: dict[str, list[Row]] = {"sport fencing, a Baku shop in Azerbaijani in manats": FENCING}
(AZERBAIJANI,) = KINDS
CURRENCIES = {AZERBAIJANI: "AZN"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    AZERBAIJANI: [(11, "Куртка фехтовальная Allstar FIE 800N, мужская, размер 52, для правой руки", "485.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[AZERBAIJANI]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Every title of ours is in Greek letters around the maker's Latin ones.
    assert all(any("α" <= ch <= "ω" for ch in o["name"].lower()) for o in ours)
    # Another maker's blade fitting our foil's grip and the reel of our apparatus' maker are pairs of
    # nothing; the plastron and the lamé are true pairs of ours, not of a jacket.
    assert "Allstar" in next(t for t in theirs if t["key"] == "T32")["name"] and not any(t == "T32" for _, t in truth)
    assert "Favero" in next(t for t in theirs if t["key"] == "T28")["name"] and not any(t == "T28" for _, t in truth)
    assert {("O19", "T19"), ("O21", "T21")} <= truth
    # "Allstar" on 11 of their listings, the second one included; "Uhlmann" on 8; "Wonder" on 5.
    assert sum("Allstar" in t["name"] for t in theirs) == 11
    assert sum("Uhlmann" in t["name"] for t in theirs) == 8
    assert sum("Wonder" in t["name"] for t in theirs) == 5
    # Our sabre mask and left-hand glove are ours only.
    assert not any(o in ("O4", "O35") for o, _ in truth)
    # The second listing is in Russian.
    second = next(t for t in theirs if t["key"] == "T11b")
    assert "фехтовальная" in second["name"] and ("O11", "T11b") in truth


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
# Failed at first reading: 5 of 18 found (3 matched, 2 proposed), 13 missed; no variant matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 13 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(whole):
    total, _ = whole
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("Wonder FIE 1600N",
# "FIE Maraging", "X-Change", "FA-07"); the kind words are Greek against Azerbaijani, where no
# batch's titles of ours were Greek before; two products have no maker; few models carry a code.
# Failed at first reading: 5 of 17 found (3 matched, 2 proposed; 0.29), 12 missed; nothing else
# matched or proposed (read without the second listing, as the test reads).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 of 17 found (0.29)")
def test_an_azerbaijani_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Uhlmann Wonder FIE 1600N şpaqa maskası, ölçü M" / "Μάσκα ξιφασκίας Uhlmann Wonder FIE 1600N, για
    # ξίφος μονομαχίας, μέγεθος M": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, AZERBAIJANI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a weapon (the épée mask beside the foil's and ours for the sabre; cords and lamés), a
# size (M / L, 8 / 7, "Νο 5" / "№ 2", "42⅔" / 44), a grip (French / pistol, German / Italian), a
# name (PBT Gold / Silver), a hand (right / left), a rating (800N / 350N) or a digit (FA-07 / FA-05)
# is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 22, 23, 26, 27, 29, 30, 35]


@pytest.fixture(scope="module")
def siblings(tmp_path_factory):
    """The siblings' rows read once (no second listing): counts, found, truth."""
    return BATCH.read_rows(tmp_path_factory.mktemp("siblings"), AZERBAIJANI, SIBLINGS)


# Failed at first reading: 2 siblings matched, 1 proposed (of the rows' 11 true pairs 3 matched, 4
# proposed, 4 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_weapon_a_size_a_grip_a_name_a_hand_a_rating_or_a_digit_apart_tells_two_listings_apart(siblings):
    # The épée mask in L and the foil mask beside our épée mask in M (and our sabre mask, ours only);
    # the foil with a pistol grip beside ours with a French one; the "№ 2" blade beside our "Νο 5";
    # PBT Silver beside our Gold; the left-hand and the 350N jackets beside our right-hand 800N; the
    # glove in 7 beside ours in 8 (and our left glove, ours only); the épée cord beside our foil's;
    # the sabre lamé beside our foil's; shoes in 44 beside ours in 42⅔; FA-05 beside our FA-07; the
    # Italian grip beside our German: nothing matched to a product it is not.
    counts, found, _ = siblings
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched and one proposed")
def test_a_sibling_a_weapon_a_size_a_grip_a_name_a_hand_a_rating_or_a_digit_apart_is_not_even_proposed(siblings):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = siblings
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: another maker's blade names our foil's maker before "uyğun" (fitting), the reel our
# apparatus' maker and two weapons after "üçün" (for); accessories naming our maker or code were
# matched as ours in the twenty-third to twenty-sixth rounds.
# Failed at first reading: 1 of the rows' 2 true pairs matched, 1 missed; 1 other listing proposed
# with a product of ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed and another listing proposed")
def test_our_foil_our_apparatus_and_the_parts_that_fit_them_do_not_cross(tmp_path):
    # Our Allstar foil and Favero FA-07 against theirs, the PBT blade fitting an Allstar grip and
    # Favero's cable reel: each of ours found with its own listing, and neither the blade nor the reel
    # matched or put to a person with a product of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, AZERBAIJANI, [5, 26, 28, 32])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "işlənmiş" and "+ ... başlanğıc dəsti" are words no condition or bundle rule before
# read; the twenty-sixth round's used umbrella was matched, its used wheel and cue were not.
# Failed at first reading: 1 of these listings matched with our product, the other proposed (the
# rows' 2 true pairs matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_used_mask_and_a_starter_set_are_not_matched_as_ours(tmp_path):
    # The used Wonder mask beside our mask's own listing; the mask and jacket sold as a set beside
    # our mask's and our jacket's: neither matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, AZERBAIJANI, [0, 3, 11, 33])
    assert not counts["wrong matched"], found


# Uncertain: our piste is "14 x 1,5 m", theirs "1 400 x 150 sm" (centimetres, thousands grouped with
# a space, a unit in Azerbaijani); our shoes "EU 42 2/3", theirs "42⅔" beside a 44; the twenty-sixth
# round's thousands with a space were read as two numbers.
# Failed at first reading: both true pairs missed; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both true pairs were missed")
def test_a_piste_in_centimetres_and_a_size_with_a_fraction_find_their_listing(tmp_path):
    # "Πίστα ξιφασκίας αλουμινίου Favero, 14 x 1,5 m" / "Favero alüminium fəxtə zolağı, 1 400 x 150
    # sm"; "Παπούτσια ξιφασκίας Adidas En Garde, λευκά/κόκκινα, EU 42 2/3" / "..., 42⅔" beside "..., 44":
    # both of ours found, the 44 matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, AZERBAIJANI, [22, 23, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: a jacket's hand is a word in each language ("για δεξιόχειρες" / "sağ əl üçün" against
# "sol əl üçün"), and its rating a number with a letter ("800N" / "350N"); the twenty-sixth round's
# gloves a hand apart in Kazakh were read alike.
# Failed at first reading: ours matched; 1 sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_jacket_a_hand_or_a_rating_apart_finds_its_listing_not_its_sibling(tmp_path):
    # "Σακάκι ξιφασκίας Allstar FIE 800N, ανδρικό, μέγεθος 52, για δεξιόχειρες" / "Allstar FIE 800N
    # fəxtəçi gödəkcəsi, kişi, ölçü 52, sağ əl üçün" beside the left-hand one and the 350N one: ours
    # found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, AZERBAIJANI, [11, 12, 13])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "Allstar" is on 11 of their listings.
# Failed at first reading: the first listing found, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(whole):
    # "Куртка фехтовальная Allstar FIE 800N, мужская, размер 52, для правой руки" beside "Allstar FIE
    # 800N fəxtəçi gödəkcəsi, kişi, ölçü 52, sağ əl üçün": both listings ours, matched or put to a
    # person.
    total, missed = whole
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_seventh_rounds_first_batch_read_through_the_commands(whole):
    # At first reading (main at 4e0ec2fa, whose matching code is the session's start e007a61a): 5 of
    # 18 true pairs found (3 matched, 2 proposed), 13 missed; no variant matched or proposed.
    holds_its_first_reading(whole[0], matched=3, found=5, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds27 [-v]
    BATCH.print_reading()
