"""A fourteenth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Model railways, a kind none of the thirteen rounds held (ours: an Irish model shop selling
continental models, 20 products in euros, titled in English; theirs: a Swiss model railway shop, 35
listings in francs, titled in Swiss German as such shops write them: the maker and its article
number first, then the kind abbreviated ("E-Lok" an electric locomotive, "C-Gleis" Märklin's
track), the prototype and its railway, the epoch ("Ep. VI"), the gauge ("Spur H0", "H0m", "Spur
N"), the current ("AC" three-rail, "DC" two-rail) and "Sound"; Swiss spelling, "ss" for "ß", and
guillemets around a locomotive's name: "PIKO 96450 E-Lok Ae 6/6 11411 «Uri» SBB Ep. IV H0 DC" for
our "Piko 96450 SBB Ae 6/6 11411 'Uri' electric locomotive, DC"). Our shop's feed writes "Marklin"
without its umlaut on some titles and gives the article number only in the MPN on others.

The hard things, written as such shops write them, not to be easy or hard: one model under a
maker's article numbers a digit apart for its current and sound (Roco's "7500011" DC analogue,
"7510011" DC sound, "7520011" AC sound; Piko's "96450" / "96451" sound), Märklin's AC locomotive
and Trix's DC twin of it ("39460" / "25460"), a livery or a running number apart ("39460" /
"39461" an advertising livery, Roco's container wagon "76681" / "76682"), Märklin's track a length,
a radius or a pack apart ("24188" / "24172", "R1" / "R2", one piece / ten), a coach a class apart
("43560" / "43561", both ours, both theirs), a decoder's interface ("8-polig NEM652" / "21MTC"),
figures in H0 and in TT under numbers a digit apart (Noch "15230" / "45230"), a signal with and
without its distant signal, a used locomotive ("Occasion") beside the new one; other makers' models
of the same prototype (Brawa's Re 460 beside Märklin's, Fleischmann's in N) and decoders and
figures of another maker with the same words; "SBB", "Ep. VI", "Spur H0" and "Sound" in most
titles; GTINs (Märklin's "4001883" and its article number) on some of ours and in a few of their
descriptions; one product listed twice (the second time as the prototype first, the maker and
number in brackets last).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_39460 = gtin_with_check_digit("400188339460")
GTIN_60226 = gtin_with_check_digit("400188360226")
GTIN_43560 = gtin_with_check_digit("400188343560")

# An Irish model shop in euros against a Swiss one in francs: "E-Lok" electric locomotive,
# "Einheitswagen EW IV" the SBB's standard coach ("1. Klasse" / "2. Klasse" first / second class,
# "Steuerwagen" driving trailer), "C-Gleis gerade / gebogen" C-track straight / curved, "Stück"
# pieces, "Digitalzentrale" command station, "Sounddecoder ... leer" a sound decoder with no sound
# loaded ("8-polig" 8-pin), "Containertragwagen" container wagon ("Wagennummer" running number),
# "Bausatz" kit, "Bauernhaus" farmhouse, "Reisende ... Figuren" passengers, figures, "Hauptsignal" /
# "Vorsignal am Mast" main / distant signal on the mast, "Werbelok" an advertising livery,
# "Occasion, OVP" used, in its original box; "grün" green.
MODEL_RAILWAYS: list[Row] = [
    ("Märklin 39460 SBB Re 460 electric locomotive, H0 AC, mfx+ sound", "429.00",
     "Märklin 39460 E-Lok Re 460 SBB Ep. VI Spur H0 AC mfx+ Sound", "449.00",
     {"ours": {"brand": "Märklin", "gtin": GTIN_39460},
      "theirs": {"description": "Vorbild: Elektrolokomotive Re 460 der SBB. Modell: mfx+-Decoder, Sound, LED-Beleuchtung. EAN " + GTIN_39460}}),
    (None, None, "Trix 25460 E-Lok Re 460 SBB Ep. VI Spur H0 DC DCC Sound", "449.00"),
    (None, None, "Märklin 39461 E-Lok Re 460 SBB «Zürich HB» Werbelok Ep. VI Spur H0 AC mfx+ Sound", "469.00"),
    ("Roco 7510011 SBB Re 4/4 II 11349 electric locomotive, green, DC sound", "339.00",
     "Roco 7510011 E-Lok Re 4/4 II 11349 SBB grün Ep. IV Spur H0 DC Sound", "365.00"),
    ("Roco 7520011 SBB Re 4/4 II 11349 electric locomotive, green, AC sound", "339.00",
     "Roco 7520011 E-Lok Re 4/4 II 11349 SBB grün Ep. IV Spur H0 AC Sound", "365.00"),
    (None, None, "Roco 7500011 E-Lok Re 4/4 II 11349 SBB grün Ep. IV Spur H0 DC analog", "265.00"),
    ("Piko 96450 SBB Ae 6/6 11411 'Uri' electric locomotive, DC", "189.00", "PIKO 96450 E-Lok Ae 6/6 11411 «Uri» SBB Ep. IV H0 DC", "199.00"),
    (None, None, "PIKO 96451 E-Lok Ae 6/6 11411 «Uri» SBB Ep. IV H0 DC Sound", "289.00"),
    ("Marklin SBB EW IV passenger coach 1st class", "89.99", "Märklin 43560 Einheitswagen EW IV A 1. Klasse SBB Ep. V H0", "94.90",
     {"ours": {"mpn": "43560", "gtin": GTIN_43560}}),
    ("Marklin SBB EW IV passenger coach 2nd class", "89.99", "Märklin 43561 Einheitswagen EW IV B 2. Klasse SBB Ep. V H0", "94.90",
     {"ours": {"mpn": "43561"}}),
    (None, None, "Märklin 43562 Einheitswagen EW IV Bt Steuerwagen 2. Klasse SBB Ep. V H0", "159.00"),
    ("Märklin C-Track 24188 straight 188.3 mm", "3.49", "Märklin 24188 C-Gleis gerade 188,3 mm", "3.90"),
    (None, None, "Märklin 24172 C-Gleis gerade 171,7 mm", "3.90"),
    ("Märklin C-Track 24130 curved R1 30°", "3.79", "Märklin 24130 C-Gleis gebogen R1 360 mm 30°", "4.20"),
    (None, None, "Märklin 24230 C-Gleis gebogen R2 437,5 mm 30°", "4.50"),
    ("Märklin Central Station 3 (60226)", "599.00", "Märklin 60226 Central Station 3 CS3 Digitalzentrale", "649.00",
     {"ours": {"brand": "Märklin", "gtin": GTIN_60226}, "theirs": {"description": "Artikel-Nr. 60226, EAN " + GTIN_60226}}),
    (None, None, "Märklin 60216 Central Station 3+ CS3+ Digitalzentrale", "749.00"),
    ("ESU LokSound 5 sound decoder, 8-pin NEM652", "99.90", "ESU 58410 LokSound 5 DCC/MM/SX/M4 8-polig NEM652 leer", "109.00",
     {"ours": {"brand": "ESU", "mpn": "58410"}}),
    (None, None, "ESU 58412 LokSound 5 DCC/MM/SX/M4 21MTC leer", "109.00"),
    ("Fleischmann N SBB Re 460 electric locomotive, DC sound (7570006)", "259.00",
     "Fleischmann 7570006 E-Lok Re 460 SBB Ep. VI Spur N DC Sound", "279.00"),
    ("Bemo 1259 127 RhB Ge 4/4 III 647 'Grüsch' H0m DC", "319.00", "Bemo 1259127 RhB Ge 4/4 III 647 «Grüsch» H0m DC", "339.00"),
    (None, None, "Bemo 1259128 RhB Ge 4/4 III 648 «Susch» H0m DC", "339.00"),
    ("Faller 130555 Appenzell farmhouse kit, H0", "54.99", "Faller 130555 Bauernhaus Appenzell Bausatz H0", "62.90"),
    ("Noch 15230 passengers, 6 figures, H0", "17.49", "NOCH 15230 Reisende 6 Figuren H0 1:87", "19.90"),
    (None, None, "NOCH 45230 Reisende 6 Figuren TT 1:120", "18.90"),
    ("Viessmann 4890 SBB main signal, H0, multiplex LED", "79.95", "Viessmann 4890 H0 SBB Hauptsignal Typ L mit Multiplex-Technologie", "89.00"),
    (None, None, "Viessmann 4891 H0 SBB Hauptsignal Typ L mit Vorsignal am Mast, Multiplex-Technologie", "109.00"),
    ("Roco 76681 SBB Cargo Sgnss container wagon, H0", "49.90", "Roco 76681 Containertragwagen Sgnss SBB Cargo Ep. VI H0", "54.90"),
    (None, None, "Roco 76682 Containertragwagen Sgnss SBB Cargo Ep. VI H0, Wagennummer 2", "54.90"),
    ("Märklin 39462 SBB Re 460 'Cargo' electric locomotive, H0 AC sound", "429.00", None, None),
    ("Roco 7510012 SBB Re 4/4 II 11161 'Swiss Express' orange, DC sound", "339.00", None, None),
    ("Märklin C-Track 24224 curved R2 24.3°", "3.99", None, None),
    ("ESU LokPilot 5 decoder, 21MTC", "39.90", None, None, {"ours": {"brand": "ESU", "mpn": "59616"}}),
    (None, None, "Brawa 43960 E-Lok Re 460 SBB Ep. VI H0 DC Sound", "389.00"),
    (None, None, "Zimo MS450 Sounddecoder 8-polig NEM652 leer", "89.00"),
    (None, None, "Busch 7801 Reisende 6 Figuren H0", "16.90"),
    (None, None, "Märklin 39460 E-Lok Re 460 SBB Ep. VI H0 AC mfx+ Sound - Occasion, OVP", "299.00"),
    (None, None, "Märklin 24188 C-Gleis gerade 188,3 mm, 10 Stück", "36.00"),
]

KINDS: dict[str, list[Row]] = {"model railways, a Swiss shop in francs": MODEL_RAILWAYS}
(SWISS,) = KINDS
CURRENCIES = {SWISS: "CHF"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    SWISS: [(0, "Re 460 SBB H0 Wechselstrom digital mit Sound (Märklin 39460)", "449.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[SWISS]
    # Two products of ours a digit or a class apart, both in both shops.
    assert {("O3", "T3"), ("O4", "T4"), ("O8", "T8"), ("O9", "T9")} <= truth
    # The article number of our coaches is in our MPN only, never in our titles.
    for n in (8, 9):
        our = next(o for o in ours if o["sku"] == f"O{n}")
        assert our["mpn"] not in our["name"] and our["mpn"] in next(t["name"] for t in theirs if t["key"] == f"T{n}")


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the thirteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed.


# Expected to fail; failed at first reading: every true pair found (15 matched, 2 proposed), but two
# variants matched as further listings of ours: the used locomotive ("Occasion, OVP", 0.97, "same
# model code 39460") and Zimo's decoder (0.94, "same model code nem652").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="an interface standard read as a model code is matched as a further listing (the used listing carrying our number proposed since the twenty-sixth session)")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass; passed at first reading: 16 of 16 found (14 matched, 2 proposed).
def test_a_swiss_german_title_around_the_makers_number_finds_our_product(tmp_path):
    # "Märklin 39460 E-Lok Re 460 SBB Ep. VI Spur H0 AC mfx+ Sound" / "Märklin 39460 SBB Re 460
    # electric locomotive, H0 AC, mfx+ sound": the number in most titles, the kind in German. At
    # least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, SWISS)
    assert share_found(counts, truth) >= 0.75, found


# Expected to pass for the numbers, uncertain for the track's pack of ten and the used locomotive,
# which carry our number. Failed at first reading: every number a digit apart held, and the pack of
# ten was not matched, but "Märklin 39460 ... - Occasion, OVP" was matched as a further listing of
# our 39460 (0.97, "the same product as their listing ...; same model code 39460"). Passes since
# the twenty-sixth session's condition rule (`benchmark/_text/conditions.py`): the used locomotive
# put to a person, 'a used listing ("occasion") against our new product'.
def test_an_article_number_a_digit_apart_tells_two_listings_apart(tmp_path):
    # Märklin's "39460" against Trix's "25460" and "39461", Roco's "7510011" against "7500011",
    # Piko's "96450" against "96451", "43561" against "43562", "24188" against "24172" and its pack
    # of ten, "24130" against "24230", "60226" against "60216", "58410" against "58412", Bemo's
    # "1259 127" against "1259128", Noch's "15230" against "45230", Viessmann's "4890" against
    # "4891", Roco's wagon "76681" against "76682", the used locomotive against the new: nothing of
    # theirs matched to a product it is not.
    numbers = [0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 23, 24, 25, 26, 27, 28, 36, 37]
    counts, found, _ = BATCH.read_rows(tmp_path, SWISS, numbers)
    assert not counts["wrong matched"], found


# Expected to fail; failed at first reading: only the used locomotive (matched, 0.97, as above); no
# sibling a digit or word apart matched or proposed. Since the twenty-sixth session's condition
# rule the used locomotive is put to a person, saying it is used: still a wrong pair proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a used listing (\"Occasion, OVP\") carrying our article number is put to a person beside our product's own listing")
def test_a_sibling_one_number_or_word_apart_is_not_even_proposed(tmp_path):
    # Trix's DC twin, the advertising livery, the analogue and sound versions, the driving trailer,
    # the other length and radius, the CS3+, the 21MTC decoder, the other running numbers, the
    # distant signal, the used locomotive, the pack of ten: none matched, nor put to a person beside
    # our product's own listing.
    numbers = [0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 25, 26, 27, 28, 36, 37]
    counts, found, _ = BATCH.read_rows(tmp_path, SWISS, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to pass; passed at first reading: each matched with its own.
def test_two_products_of_ours_one_digit_or_class_apart_do_not_cross(tmp_path):
    # Our Roco "DC sound" and "AC sound" against their "7510011" and "7520011", our EW IV "1st
    # class" and "2nd class" (the number in our MPN only) against their "43560 ... 1. Klasse" and
    # "43561 ... 2. Klasse": neither of ours matched or put to a person with the other's listing.
    for numbers in ([3, 4], [8, 9]):
        counts, found, _ = BATCH.read_rows(tmp_path, SWISS, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Expected to pass for Brawa and Busch (no shared number), uncertain for Zimo's decoder, whose
# words are all ESU's. Failed at first reading: Zimo's "MS450 Sounddecoder 8-polig NEM652 leer"
# matched as a further listing of our ESU decoder (0.94, "the same product as their listing ...;
# same model code nem652"): NEM652, the interface standard every 8-pin decoder names, read as a
# model code. Brawa's, Fleischmann's and Busch's were not paired.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="an interface standard (NEM652) every maker's decoder names is read as a model code both write")
def test_a_prototype_or_a_kind_every_maker_writes_names_no_product(tmp_path):
    # "E-Lok Re 460 SBB Ep. VI" on Brawa's model and Märklin's, "Re 460 ... DC Sound" on
    # Fleischmann's N model, "Sounddecoder 8-polig NEM652 leer" on Zimo's and ESU's, "Reisende 6
    # Figuren H0" on Busch's and Noch's: no product of one maker or gauge matched or put to a person
    # with another's.
    counts, found, _ = BATCH.read_rows(tmp_path, SWISS, [0, 17, 19, 23, 33, 34, 35])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to pass for the number our MPN holds; uncertain, as no round before read a number
# given in our MPN only against a title in another language. Passed at first reading: all three
# matched (0.94, 0.94, 0.96, "same model code").
def test_an_article_number_in_our_mpn_only_finds_our_product(tmp_path):
    # Our "Marklin SBB EW IV passenger coach 1st class" (MPN 43560) against "Märklin 43560
    # Einheitswagen EW IV A 1. Klasse SBB Ep. V H0", our "ESU LokSound 5 sound decoder, 8-pin
    # NEM652" (MPN 58410) against "ESU 58410 LokSound 5 ... 8-polig NEM652 leer": each found.
    counts, found, truth = BATCH.read_rows(tmp_path, SWISS, [8, 9, 17])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Expected to fail; passed at first reading: the second listing matched (0.95, "the same product as
# their listing ...; same model code 39460").
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Re 460 SBB H0 Wechselstrom digital mit Sound (Märklin 39460)" (the prototype first, AC written
    # "Wechselstrom", the maker and number last in brackets) beside "Märklin 39460 E-Lok Re 460 SBB
    # Ep. VI Spur H0 AC mfx+ Sound": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fourteenth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 86ce16a; the matching code of the session's start, c0f5387): 17 of 17
    # true pairs found (15 matched, 2 proposed); 2 variants matched (the used locomotive, Zimo's
    # decoder), none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=15, found=17, wrong_matched=2, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds14 [-v]
    BATCH.print_reading()
