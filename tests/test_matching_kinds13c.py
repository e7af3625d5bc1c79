"""A third batch of the thirteenth round (after `tests/test_matching_kinds13.py` and `..13b.py`),
written before the matcher read it, in a kind none of the twelve rounds held.

Farm machinery parts (ours: a German agricultural parts shop, 19 products in euros; theirs: a
Polish one, 34 listings in złoty, the kind first in Polish and the maker's part number after it,
as Polish parts shops write them: "Filtr oleju silnika John Deere RE504836 ORYGINAŁ" for our "John
Deere Motorölfilter RE504836 Original"; "Nożyki kosiarki Kuhn lewe 561514.10 - 25 szt." for our
"Kuhn Mähklingen links 56151410 (25 Stück)", Kuhn's number with its dot; "Ząb sprężynowy
podbieracza Claas 981 126.0" for our "Claas Pick-up-Federzinken 0009811260", Claas's number in
groups without its leading zeros; "Lampa robocza LED Hella Modul 70 1GA996476-001 12/24V", Hella's
number written together). A replacement part quotes the original's number: "Filtr oleju Donaldson
P550779 zamiennik John Deere RE504836" ("zamiennik" a replacement), "Lemiesz pasujący do Lemken
3374003 zamiennik" ("pasujący do" fitting), and the original's description lists its replacements'
numbers ("Zamienniki: Donaldson P550779, Fleetguard LF16243, Filtron OP 595/1"): an original and a
replacement are two products, though both carry one number. We sell both John Deere's filter and
Donaldson's replacement, as they do; our Donaldson's title quotes John Deere's number too ("ersetzt
John Deere RE504836").

The hard things, as such shops write them: siblings a number, a side, a length or a size apart
("RE504836" / "RE541420", "zewnętrzny" / "wewnętrzny" outer / inner with "87682993" / "87682994",
"lewe" / "prawe" left / right, "436.301" / "436.302", "6205" / "6206", "SPB 2360" / "SPB 2410",
"W2300 L=1010" / "L=810" / "W2400", "3600 m" / "3000 m", "130 m/kg" / "150 m/kg", "-001" / "-011",
"981 126.0" / "981 127.0"); two products of ours sharing one number in both shops (the John Deere
filter and Donaldson's replacement); two of ours one side apart in both shops (Kuhn's left and
right blades); other makers' parts of the same size (FAG's bearing beside SKF's, Gates' belt beside
Optibelt's, Piippo's net wrap beside Tama's, an unbranded replacement blade beside Kuhn's);
"ORYGINAŁ", "oryginał" and "zamiennik" in many titles; the part number in both shops' MPN field on
some rows, in neither on others; one product of ours listed twice (in capitals, the size written
together).

Rows as `tests/kinds_batches.py` reads them.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, holds_its_first_reading, share_found

# A German agricultural parts shop against a Polish one in złoty: "filtr oleju (silnika)" (engine)
# oil filter, "filtr paliwa" fuel filter, "filtr powietrza zewnętrzny / wewnętrzny" outer / inner
# air filter, "nożyki kosiarki" mower blades ("lewe" / "prawe" left / right, "szt." pieces), "ząb
# zgrabiarki" rake tine, "lemiesz" ploughshare, "łożysko kulkowe" ball bearing, "pasek klinowy"
# V-belt, "wał przegubowo-teleskopowy" PTO shaft ("L=" its length), "siatka do owijania bel" net
# wrap, "sznurek do prasy" baler twine, "lampa robocza" work light, "ząb sprężynowy podbieracza"
# pick-up spring tine; "ORYGINAŁ" / "oryginał" original, "zamiennik" replacement, "pasujący do"
# fitting, "Zamienniki" replacements, "Numer katalogowy" catalogue number.
FARM_PARTS: list[Row] = [
    ("John Deere Motorölfilter RE504836 Original", "24.90", "Filtr oleju silnika John Deere RE504836 ORYGINAŁ", "109.00",
     {"ours": {"brand": "John Deere", "mpn": "RE504836"},
      "theirs": {"brand": "John Deere", "mpn": "RE504836",
                 "description": "Oryginalny filtr oleju John Deere. Zamienniki: Donaldson P550779, Fleetguard LF16243, Filtron OP 595/1."}}),
    ("Donaldson Ölfilter P550779 (ersetzt John Deere RE504836)", "14.90", "Filtr oleju Donaldson P550779 zamiennik John Deere RE504836", "62.00",
     {"ours": {"brand": "Donaldson", "mpn": "P550779"}, "theirs": {"brand": "Donaldson"}}),
    (None, None, "Filtr oleju Fleetguard LF16243 zamiennik John Deere RE504836", "58.00"),
    (None, None, "Filtr oleju Filtron OP 595/1 zamiennik John Deere RE504836", "41.00"),
    (None, None, "Filtr oleju silnika John Deere RE541420 ORYGINAŁ", "119.00"),
    ("John Deere Kraftstofffilter RE509036 Original", "39.90", "Filtr paliwa John Deere RE509036 ORYGINAŁ", "169.00",
     {"ours": {"brand": "John Deere", "mpn": "RE509036"}}),
    ("New Holland Luftfilter außen 87682993", "79.90", "Filtr powietrza zewnętrzny New Holland 87682993 (CNH)", "329.00"),
    (None, None, "Filtr powietrza wewnętrzny New Holland 87682994 (CNH)", "189.00"),
    ("Kuhn Mähklingen links 56151410 (25 Stück)", "34.90", "Nożyki kosiarki Kuhn lewe 561514.10 - 25 szt.", "149.00"),
    ("Kuhn Mähklingen rechts 56151510 (25 Stück)", "34.90", "Nożyki kosiarki Kuhn prawe 561515.10 - 25 szt.", "149.00"),
    (None, None, "Nożyki kosiarki lewe zamiennik Kuhn 561514.10 - 25 szt.", "79.00"),
    ("Pöttinger Kreiselschwader-Zinken 436.301", "12.90", "Ząb zgrabiarki Pöttinger 436.301 oryginał", "54.00"),
    (None, None, "Ząb zgrabiarki Pöttinger 436.302 oryginał", "54.00"),
    ("Lemken Schar 3374003 Original", "46.90", "Lemiesz Lemken 3374003 ORYGINAŁ", "219.00", {"theirs": {"mpn": "3374003"}}),
    (None, None, "Lemiesz pasujący do Lemken 3374003 zamiennik", "119.00"),
    ("SKF Rillenkugellager 6205-2RS1", "8.90", "Łożysko kulkowe SKF 6205-2RS1", "38.00"),
    (None, None, "Łożysko kulkowe FAG 6205-2RSR", "34.00"),
    (None, None, "Łożysko kulkowe SKF 6206-2RS1", "45.00"),
    ("Optibelt Keilriemen SPB 2360 LW", "21.90", "Pasek klinowy Optibelt SPB 2360 Lw", "89.00"),
    (None, None, "Pasek klinowy Optibelt SPB 2410 Lw", "92.00"),
    ("Walterscheid Gelenkwelle W2300 1010 mm", "329.00", "Wał przegubowo-teleskopowy Walterscheid W2300 L=1010 mm", "1390.00"),
    (None, None, "Wał przegubowo-teleskopowy Walterscheid W2300 L=810 mm", "1290.00"),
    (None, None, "Wał przegubowo-teleskopowy Walterscheid W2400 L=1010 mm", "1590.00"),
    ("Tama Netzwickel 1,23 m x 3600 m", "159.00", "Siatka do owijania bel Tama 1,23 x 3600 m", "679.00"),
    (None, None, "Siatka do owijania bel Tama 1,23 x 3000 m", "589.00"),
    ("Tama Pressengarn 130 m/kg, 2 x 5 kg", "39.90", "Sznurek do prasy Tama 130 m/kg 2x5 kg", "169.00"),
    (None, None, "Sznurek do prasy Tama 150 m/kg 2x5 kg", "179.00"),
    ("Hella LED-Arbeitsscheinwerfer Modul 70 1GA 996 476-001", "149.00", "Lampa robocza LED Hella Modul 70 1GA996476-001 12/24V", "629.00"),
    (None, None, "Lampa robocza LED Hella Modul 70 1GA996476-011 12/24V", "649.00"),
    ("Claas Pick-up-Federzinken 0009811260", "6.90", "Ząb sprężynowy podbieracza Claas 981 126.0", "29.00"),
    (None, None, "Ząb sprężynowy podbieracza Claas 981 127.0", "31.00"),
    ("John Deere Kraftstofffilter RE533910 Original", "29.90", None, None, {"ours": {"brand": "John Deere", "mpn": "RE533910"}}),
    ("SKF Rillenkugellager 6204-2RS1", "7.90", None, None),
    ("Optibelt Keilriemen SPB 2500 LW", "23.90", None, None),
    ("Faster Hydraulik-Schnellkupplung Stecker 1/2\" 3FFI", "29.90", None, None),
    (None, None, "Pasek klinowy Gates SPB 2360 Lw", "74.00"),
    (None, None, "Siatka do owijania bel Piippo 1,23 x 3600 m", "599.00"),
]

KINDS: dict[str, list[Row]] = {"farm machinery parts, a Polish shop's replacements in złoty": FARM_PARTS}
(POLISH,) = KINDS
CURRENCIES = {POLISH: "PLN"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    POLISH: [(18, "PASEK KLINOWY SPB2360 OPTIBELT", "87.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[POLISH]
    titles = {t["key"]: t["name"] for t in theirs}
    # John Deere's number on their original and on three replacements of it; on two of ours.
    assert sum("RE504836" in t for t in titles.values()) == 4
    assert sum("RE504836" in o["name"] for o in ours) == 2
    # Both of ours that carry it are in both shops, as are Kuhn's left and right blades.
    assert {("O0", "T0"), ("O1", "T1"), ("O8", "T8"), ("O9", "T9")} <= truth
    # Kuhn's and Claas's numbers written otherwise in their titles than in ours.
    assert "56151410" not in titles["T8"] and "0009811260" not in titles["T29"]


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch, as in the batches before it.


# Failed at first reading, as expected: 13 of 16 found (11 matched, 2 proposed), 3 missed, 2 variants
# matched (two replacements with no maker of their own, below).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the twelve rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passed at first reading, as expected: 13 of 16 found, 11 of them matched under a part number both
# titles or fields write (re504836, p550779, re509036, 87682993, 56151410, 56151510, 436301, 3374003,
# 62052rs1, w2300, 476001), Optibelt's belt (0.75) and Tama's twine (0.62) proposed; Tama's net wrap
# (0.45 alone), Claas's tine (0.27) and the belt's second listing (0.35) missed.
def test_a_polish_title_around_a_makers_part_number_finds_our_product(tmp_path):
    # "Filtr oleju silnika John Deere RE504836 ORYGINAŁ" / "John Deere Motorölfilter RE504836
    # Original", "Łożysko kulkowe SKF 6205-2RS1" / "SKF Rillenkugellager 6205-2RS1": the maker and
    # its number in every title, the kind in each shop's language. At least half found (the
    # Hungarian drum shop of the twelfth round: 15 of 16).
    counts, found, truth = BATCH.read_rows(tmp_path, POLISH)
    assert share_found(counts, truth) >= 0.5, found


# Expected to pass when written; at first reading it failed: John Deere's filter and Donaldson's each
# matched their own listing and no replacement (Fleetguard's and Filtron's, which name their maker, not
# paired); but the two replacements that name no maker of their own, "Nożyki kosiarki lewe zamiennik
# Kuhn 561514.10" (0.94) and "Lemiesz pasujący do Lemken 3374003 zamiennik" (0.95), were matched as
# further listings of our originals ("the same product as their listing ...; same model code").
# Passes since the twenty-fifth session: "zamiennik" and "pasujący do" are read as "replacement for"
# and "fits" are (`benchmark._text.fits._REPLACES`), so the number after them is what the part replaces.
def test_an_original_and_its_replacement_are_two_products(tmp_path):
    # John Deere's filter RE504836 against Donaldson's, Fleetguard's and Filtron's replacements
    # quoting RE504836, and our Donaldson replacement against their John Deere original (whose
    # description lists P550779); Kuhn's blades against an unbranded replacement quoting
    # 561514.10; Lemken's share against one "pasujący do Lemken 3374003": no original matched with
    # a replacement, nor a replacement with an original.
    for numbers in ([0, 1, 2, 3], [8, 10], [13, 14]):
        counts, found, _ = BATCH.read_rows(tmp_path, POLISH, numbers)
        assert not counts["wrong matched"], (numbers, found)


# Failed at first reading, as expected: the same two matched. Passes since the twenty-fifth session
# (the same mend): neither replacement is put to a person either.
def test_a_replacement_quoting_our_originals_number_is_not_even_proposed(tmp_path):
    # The same rows: no original put to a person with a replacement, nor the other way.
    for numbers in ([0, 1, 2, 3], [8, 10], [13, 14]):
        counts, found, _ = BATCH.read_rows(tmp_path, POLISH, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Expected to pass when written; at first reading it failed: Kuhn's "561514.10" matched under 56151410
# and Hella's "1GA996476-001" under 476001, no sibling matched; but Claas's "981 126.0" for our
# "0009811260" was missed (0.27 alone, "titles 27% alike"): a number in groups, its leading zeros
# dropped, not read as ours. Passes since the twenty-fifth session: a long number printed in groups of
# digits, with or without its leading zeros, is read as that number (`matching.codes._number_in_groups`;
# matched, 0.93, "same model code 0009811260"; "981 127.0" not).
def test_a_part_number_with_its_dot_in_groups_or_written_together_finds_its_part(tmp_path):
    # Kuhn's "56151410" / "561514.10", Claas's "0009811260" / "981 126.0", Hella's "1GA 996
    # 476-001" / "1GA996476-001", beside siblings one digit apart ("561515.10", "981 127.0",
    # "-011"): each found (matched or put to a person), no sibling matched.
    for numbers in ([8, 9], [29, 30], [27, 28]):
        counts, found, truth = BATCH.read_rows(tmp_path, POLISH, numbers)
        assert share_found(counts, truth) == 1 and not counts["wrong matched"], (numbers, found)


# Passed at first reading, as expected: nothing matched or proposed.
def test_a_number_a_side_a_length_or_a_size_tells_two_parts_apart(tmp_path):
    # "RE504836" / "RE541420", "zewnętrzny 87682993" / "wewnętrzny 87682994", "436.301" /
    # "436.302", "6205" / "6206", "SPB 2360" / "SPB 2410", "W2300 L=1010" / "L=810" / "W2400",
    # "3600 m" / "3000 m", "130 m/kg" / "150 m/kg": none of the siblings matched, nor put to a person.
    numbers = [0, 4, 6, 7, 11, 12, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]
    counts, found, _ = BATCH.read_rows(tmp_path, POLISH, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: each of the four matched with its own listing, none with the
# other's.
def test_two_products_of_ours_one_side_or_one_maker_apart_do_not_cross(tmp_path):
    # Our Kuhn "links" and "rechts" against their "lewe" and "prawe"; our John Deere original and
    # Donaldson's replacement against theirs: neither of ours matched with the other's listing.
    for numbers in ([8, 9], [0, 1]):
        counts, found, _ = BATCH.read_rows(tmp_path, POLISH, numbers)
        assert not counts["wrong matched"], (numbers, found)


# Passed at first reading, as expected: nothing paired across makers.
def test_a_size_every_maker_writes_names_no_product(tmp_path):
    # "6205-2RS" on FAG's bearing and SKF's, "SPB 2360 Lw" on Gates' belt and Optibelt's, "1,23 x
    # 3600 m" on Piippo's net wrap and Tama's: no product of one maker matched or put to a person
    # with another's.
    counts, found, _ = BATCH.read_rows(tmp_path, POLISH, [15, 16, 18, 23, 35, 36])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: "PASEK KLINOWY SPB2360 OPTIBELT" missed (0.35 alone), its first
# listing proposed (0.75).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11 and kinds12")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "PASEK KLINOWY SPB2360 OPTIBELT" (in capitals, the size written together, the maker last)
    # beside "Pasek klinowy Optibelt SPB 2360 Lw": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_thirteenth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at b6201bf, the matching code of d4af15d, the session's start): 13 of 16
    # true pairs found (11 matched, 2 proposed), 3 missed; 2 variants matched (Kuhn's and Lemken's
    # replacements that name no maker of their own), none proposed.
    # Since the twenty-fifth session the two replacements are neither matched nor proposed, and
    # Claas's tine is matched under its number printed in groups: 12 matched, 14 found.
    holds_its_first_reading(BATCH.read(tmp_path), matched=12, found=14, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds13c [-v]
    BATCH.print_reading()
