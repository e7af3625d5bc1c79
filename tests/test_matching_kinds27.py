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


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-eighth session); written here once it
# was opened (thirty-ninth session). Read at the thirty-ninth session's start (79ef2d2b, the matching
# code of c2c5e81f) the batch reads as its first reading counted it (4e0ec2fa): 5 of 18 found (3
# matched, 2 proposed), 13 missed; no variant matched or proposed. "Alone" is the pair scored by
# itself (`score_pairs`, titles and other fields, no prices), the same at both; "in the catalogue" the
# comparison's score there, before the statuses. The wording gate is shut for this catalogue (6
# candidates, 5 of them true; at even odds the decoy 2.0, the chance null 9.0 and the thinned decoy
# 9.7 of them; 1 of 4 sure products asked, none found a wording match): `bench/batch_gate.py`.
# - Matched by a rating read as a model code (2), right pairs for a wrong reason: the Wonder mask
#   (O0-T0) 0.96 "same model code 1600n", the 800N jacket (O11-T11) 0.94 "same model code 800n".
#   "1600N" and "800N" are the FIE's puncture ratings in newtons, which every maker's masks or
#   jackets print; `extract` reads them as the codes "1600n" and "800n".
# - Matched by code (1): Favero FA-07 (O26-T26) 0.96.
# - Proposed where a person would expect a match (2): Leon Paul FIE Maraging blade "Νο 5" / "№ 5"
#   (O7-T7) 0.64 on the titles' likeness ("FIE Maraging" read as no code); PBT Gold (O9-T9) 0.60, the
#   model's name after the maker on one listing alone.
# - Missed, the rating on many listings: the Uhlmann FIE 800N breeches (O14-T14) alone 0.95 "same
#   model code 800n", in the catalogue 0.47, where "800N" stands on 6 of their listings (the jacket,
#   its left-hand sibling and its Russian second listing, the breeches, the plastron, the starter
#   set) and is no evidence: each other's best, a candidate the gate leaves. The Allstar 800N plastron
#   (O21-T21) alone 0.94 the same way, in the catalogue 0.39, their listing's best our jacket (0.41:
#   one maker, one rating, size 52 and the right hand on both; "plastron" and "προστατευτικό
#   μασχάλης" no word in common).
# - Missed, the gate shut (each other's best, no conflict): the Leon Paul X-Change glove (O15-T15)
#   0.45 ("X-Change" letters and a hyphen, read as no code; "μέγεθος 8" / "ölçü 8" the size), the
#   Uhlmann lamé for the foil (O19-T19) 0.27 ("λαμέ" / "lame" in two scripts; the sabre lamé a word
#   apart, "rapira" / "qılınc").
# - Missed, under the gate's floor (0.266) with no code and no maker's model: the two-pin body cord
#   (O17-T17) 0.24 ("2 ακίδων" / "2 kontaktlı"), the PBT chest protector (O25-T25) 0.19 (their
#   listing's best our PBT Gold sabre, 0.22: the maker alone), the German pistol grip with no maker
#   (O29-T29) 0.12 (our grip's best the Italian grip 0.123, theirs our sabre mask 0.17).
# - Missed, another listing the best: our Allstar foil with a French grip (O5-T5) 0.34, our foil's
#   best the PBT blade "Allstar dəstəyinə uyğun" (fitting an Allstar grip, 0.41): our maker named
#   after the blade's as what it fits is read as a maker of the blade, and "FIE Maraging" no code.
#   The Russian second listing of the jacket (O11-T11b) 0.36 (alone 0.93 "same model code 800n"):
#   our jacket's best its Azerbaijani listing 0.94, and the second is not linked as another listing
#   of our product, "800n" on 6 listings telling nothing.
# - Missed, the best of one: the Leon Paul Team Bag (O24-T24) 0.45 and the M2 tip screws (O31-T31)
#   0.29, each their listing our product's only candidate ("the best of one is no evidence",
#   `pair_tests.wording_tests`). The bag's article number "LB-TB110" (our MPN, their description
#   after "Artikul:") is never looked up: a part number with hyphens in a description, round 26b's
#   strict expected failure (`test_matching_kinds26b.test_a_part_number_with_hyphens_in_their_
#   description_is_read`). Since parts39 (da296879, thirty-ninth session) the bag is proposed 0.71,
#   "our MPN lbtb110 written in their description".
# - Missed, a conflict: the shoes (O22-T22) alone 0.13, "numbers differ: 42 vs 422": their "42⅔" is
#   read as 422 (NFKC writes the glyph "2⁄3", joined to the 42) where our "EU 42 2/3" is 42 and a
#   fraction. The piste (O34-T34) 0.00, "zoom differs: 14 vs 400; dimensions differ": our "14 x 1,5 m"
#   is read as a magnification 14x and 1.5 x 14, their "1 400 x 150 sm" as 1, a magnification 400x
#   and 400 x 150 ("1 400" grouped with a space not read whole here, "sm" no unit).
# Variants matched or proposed: none in the whole batch. Read by rows (the outcome tests above), the
# ratings read as codes cross: the foil mask matched with our sabre mask 0.96 "same model code
# 1600n" and the épée mask in L proposed 0.95 "another variant of their listing"; the left-hand
# jacket matched with our jacket 0.93-0.94 "the same product as their listing ... same model code
# 800n"; the starter set matched 0.94 and the used mask proposed 0.94 with our mask "the same
# product as" / "another variant of their listing" (rows [0, 3, 11, 33]); the PBT blade proposed with
# our foil 0.43 by wording (rows [5, 26, 28, 32]). Kept apart: PBT Silver, the "№ 2" blade, the glove
# in 7, the three-pin cord, the sabre lamé, the shoes in 44, FA-05 (a code a digit apart), the
# Italian grip, Favero's cable reel, the starter set; our sabre mask and left glove matched nothing.


# A defect of the first reading, named so that the change that mends it sees it pass: a rating in
# newtons ("800N", "1600N": the FIE's puncture resistance, printed by every maker's jackets, plastrons,
# breeches and masks) is read as a model code, so a jacket and a plastron of one maker, or a mask
# for the sabre and one for the foil, are "the same model code" and matched alone.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-ninth session's start a rating in newtons was read as a model code")
def test_a_rating_in_newtons_is_not_read_as_a_model_code():
    # "Σακάκι ξιφασκίας Allstar FIE 800N, ..." (a jacket) / "Allstar 800N plastron, ölçü 52, sağ əl";
    # "Μάσκα ξιφασκίας Uhlmann Wonder FIE 1600N, για σπάθη, ..." (for the sabre) / "Uhlmann Wonder FIE
    # 1600N rapira maskası, ölçü M" (for the foil): neither pair matched.
    rows = _scored([("O11", "T21"), ("O4", "T2")])
    assert not rows.matched.any(), list(rows.reason)


# A defect of the first reading, open: numbers16's mend (thirty-ninth session) was reverted on review R7: a size written with a fraction's glyph ("42⅔", as shoe shops print
# French sizes) is read as the number 422, where the same size written "42 2/3" is 42 and a fraction;
# the shoes conflict with their own listing on "numbers differ: 42 vs 422".
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a fraction glyph is read as another number ('42⅔' was read as 422); numbers16's reading of it as the fraction typed apart was reverted (review R7 of the thirty-ninth session: the typed fraction reads as its whole number alone, so 'size 10½' matched 'size 10')")
def test_a_size_with_a_fraction_glyph_reads_as_one_written_with_a_slash():
    # "Παπούτσια ξιφασκίας Adidas En Garde, λευκά/κόκκινα, EU 42 2/3" / "Adidas En Garde fəxtəçi
    # ayaqqabısı, ağ/qırmızı, 42⅔": no number apart, while the shoes in 44 still are.
    own, sibling = _scored([("O22", "T22"), ("O22", "T23")]).reason
    assert "numbers differ" not in own and "numbers differ" in sibling, (own, sibling)


def _scored(pairs: list[tuple[str, str]]):
    """The batch's pairs (our sku, their key) scored as `score_pairs` scores given pairs, no prices:
    score, method, reason, matched per pair."""
    import pandas as pd

    from benchmark.matching import score_pairs

    ours, theirs, _ = dict(BATCH.catalogues())[AZERBAIJANI]
    our, their = {o["sku"]: o for o in ours}, {t["key"]: t for t in theirs}
    return score_pairs(pd.DataFrame([{**our[o], "price": None} for o, _ in pairs]),
                       pd.DataFrame([{**their[t], "price": None, "currency": None} for _, t in pairs])
                       .rename(columns={"key": "competitor_product_id"}))


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_seventh_rounds_first_batch_read_through_the_commands(whole):
    # At first reading (main at 4e0ec2fa, whose matching code is the session's start e007a61a): 5 of
    # 18 true pairs found (3 matched, 2 proposed), 13 missed; no variant matched or proposed.
    holds_its_first_reading(whole[0], matched=3, found=5, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds27 [-v]
    BATCH.print_reading()
