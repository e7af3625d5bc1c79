"""A seventeenth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Hearing-aid batteries and hearing accessories, a kind none of the sixteen rounds held (ours: a
German hearing-care shop, 20 products in euros, titled in German as such shops write them: maker,
line, "Hörgerätebatterien", the size as "Typ 312" with its colour, the count as "6 Stück" or
"60er Pack", "Rayovac Extra Advanced Hörgerätebatterien Typ 312 (braun), 6 Stück"; theirs: a
Slovak shop of hearing aids and accessories, 35 listings, also in euros, titled in Slovak as such
shops write them: the kind first, then the maker and the size, the count as "ks", "Batérie do
načúvacích prístrojov Rayovac Extra 312 (hnedá) - 6 ks"). "Batérie do načúvacích prístrojov" /
"batérie do načúvadiel" are hearing-aid batteries, "hnedá" brown, "žltá" yellow, "oranžová"
orange, "modrá" blue (each size's colour), "ks" pieces, "balenie" a pack, "filtre proti ušnému
mazu" wax guards, "nadstavec" / "dóm" a dome, "otvorený" open, "uzavretý" closed / power,
"sušička" a dryer, "čistiace obrúsky" cleaning wipes, "bezdrôtové slúchadlá k TV" wireless TV
headphones, "telefón pre nedoslýchavých" a phone for the hard of hearing, "náhradný akumulátor" a
spare battery; "Bazár ... rozbalené" an opened, second-hand one; "americká verzia" the American one.

The hard things, written as such shops write them, not to be easy or hard: one maker's batteries in
four sizes a number apart (10, 312, 13, 675; two of ours in both shops), one size in packs of 6 and
60 (Rayovac's both in both shops, power one's 60 theirs only), the implant battery of the same
size ("675 IMPLANT plus") beside the hearing-aid one, wax guards of one maker a generation apart
("ProWax" / "ProWax miniFit"), domes a size apart (8 mm / 10 mm, "M" / "L") and a vent apart
("Open" / "Bass"), two TV headphones of one maker a number apart (RS 195 / RS 175) and the American
version of ours ("RS 195-U"), a spare battery naming them, an opened second-hand one, two phones of
one maker a number apart (BigTel 50 / 40 Plus); "batérie do načúvacích prístrojov", "6 ks", "312"
and "hnedá" in many titles; the EAN in some of our GTINs and in a few of their descriptions; one
product listed twice (the second time by its IEC code "PR41" and "Easy Tab").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_RAYOVAC_312 = gtin_with_check_digit("401708031261")
GTIN_ACTIVAIR_312 = gtin_with_check_digit("500039431246")
GTIN_ACTIVAIR_13 = gtin_with_check_digit("500039431347")
GTIN_RS195 = gtin_with_check_digit("461500508676")

# A German hearing-care shop in euros against a Slovak one, also in euros.
HEARING: list[Row] = [
    ("Rayovac Extra Advanced Hörgerätebatterien Typ 312 (braun), 6 Stück", "3.95",
     "Batérie do načúvacích prístrojov Rayovac Extra 312 (hnedá) - 6 ks", "3.79",
     {"ours": {"brand": "Rayovac", "gtin": GTIN_RAYOVAC_312},
      "theirs": {"brand": "Rayovac", "description": "Zinkovo-vzduchové batérie, napätie 1,45 V, veľkosť 312 (PR41). EAN: " + GTIN_RAYOVAC_312}}),
    ("Rayovac Extra Advanced Hörgerätebatterien Typ 13 (orange), 6 Stück", "3.95",
     "Batérie do načúvacích prístrojov Rayovac Extra 13 (oranžová) - 6 ks", "3.79", {"ours": {"brand": "Rayovac"}}),
    (None, None, "Batérie do načúvacích prístrojov Rayovac Extra 10 (žltá) - 6 ks", "3.79"),
    ("Rayovac Extra Advanced Hörgerätebatterien Typ 675 (blau), 6 Stück", "3.95",
     "Batérie do načúvacích prístrojov Rayovac Extra 675 (modrá) - 6 ks", "3.79"),
    ("Rayovac Extra Advanced Hörgerätebatterien Typ 312, 60er Pack (10 x 6)", "34.90",
     "Batérie do načúvacích prístrojov Rayovac Extra 312 - balenie 60 ks (10 x 6 ks)", "32.90"),
    ("power one p312 Hörgerätebatterien, 6 Stück", "4.50", "Batérie do načúvadiel power one 312 p312 hnedá, 6 ks", "4.29",
     {"ours": {"brand": "power one", "mpn": "p312"}}),
    (None, None, "Batérie do načúvadiel power one 312 p312 hnedá - veľké balenie 60 ks", "39.90"),
    ("power one 675 IMPLANT plus Batterien für Cochlea-Implantate, 6 Stück", "7.90",
     "Batérie pre kochleárne implantáty power one 675 IMPLANT plus, 6 ks", "7.49"),
    (None, None, "Batérie do načúvadiel power one 675 p675 modrá, 6 ks", "4.29"),
    ("Duracell ActivAir Hörgerätebatterien Typ 312 braun, 6er Blister", "4.49",
     "Duracell ActivAir 312 batérie do načúvacích prístrojov (hnedé) - 6 ks", "4.19",
     {"ours": {"brand": "Duracell", "gtin": GTIN_ACTIVAIR_312}}),
    ("Duracell ActivAir Hörgerätebatterien Typ 13 orange, 6er Blister", "4.49",
     "Duracell ActivAir 13 batérie do načúvacích prístrojov (oranžové) - 6 ks", "4.19",
     {"ours": {"brand": "Duracell", "gtin": GTIN_ACTIVAIR_13},
      "theirs": {"description": "Batérie Duracell ActivAir veľkosť 13 (PR48), 1,45 V. EAN " + GTIN_ACTIVAIR_13}}),
    (None, None, "Duracell ActivAir 10 batérie do načúvacích prístrojov (žlté) - 6 ks", "4.19"),
    ("Phonak CeruShield Disk Cerumenfilter, 8 Stück", "8.90", "Filtre proti ušnému mazu Phonak CeruShield Disk (8 ks)", "8.49",
     {"ours": {"brand": "Phonak"}}),
    ("Oticon ProWax miniFit Filter, 6 Stück", "6.90", "Oticon ProWax miniFit filtre proti ušnému mazu, 6 ks", "6.59"),
    (None, None, "Oticon ProWax filtre proti ušnému mazu, 6 ks (staršie modely)", "6.59"),
    ("Oticon miniFit Open Dome 8 mm, 10 Stück", "7.50", "Oticon miniFit otvorený nadstavec (Open Dome) 8 mm, 10 ks", "6.99"),
    (None, None, "Oticon miniFit otvorený nadstavec (Open Dome) 10 mm, 10 ks", "6.99"),
    (None, None, "Oticon miniFit Bass Dome 8 mm dvojitý vent, 10 ks", "6.99"),
    ("Phonak SDS 4.0 Dome offen, Größe M, 10 Stück", "7.90", "Phonak dóm otvorený (Open) veľkosť M, SDS 4.0 - 10 ks", "7.49"),
    (None, None, "Phonak dóm otvorený (Open) veľkosť L, SDS 4.0 - 10 ks", "7.49"),
    (None, None, "Phonak dóm uzavretý (Power) veľkosť M, SDS 4.0 - 10 ks", "7.49"),
    ("Perfect Dry Lux elektrische Trockenbox mit UV-C-Licht für Hörgeräte", "49.00",
     "Sušička na načúvacie prístroje Perfect Dry LUX s UV-C lampou", "46.90"),
    ("Audinell Reinigungstücher für Hörgeräte, 30 Stück", "5.90", "Audinell čistiace obrúsky na načúvacie prístroje (30 ks)", "5.49"),
    ("Dry & Store Zephyr elektronisches Trockengerät", "119.00", None, None),
    ("Sennheiser RS 195 digitales TV-Kopfhörersystem", "279.00",
     "Sennheiser RS 195 bezdrôtové slúchadlá k TV pre nedoslýchavých", "264.00",
     {"ours": {"brand": "Sennheiser", "mpn": "508676", "gtin": GTIN_RS195},
      "theirs": {"brand": "Sennheiser", "description": "Digitálny bezdrôtový systém so slúchadlami na uši, dosah až 100 m, 3 profily zosilnenia reči. Obj. č.: 508676"}}),
    (None, None, "Sennheiser RS 195-U bezdrôtové slúchadlá k TV (americká verzia, US zástrčka)", "239.00"),
    (None, None, "Sennheiser RS 175 bezdrôtové slúchadlá k TV", "219.00"),
    (None, None, "Náhradný akumulátor Sennheiser BA 300 pre RS 175 / RS 185 / RS 195", "19.90"),
    (None, None, "Bazár - Sennheiser RS 195 bezdrôtové slúchadlá k TV, rozbalené, kompletné balenie", "199.00"),
    ("Amplicomms BigTel 50 Großtastentelefon mit Hörgerätekompatibilität", "59.90",
     "Amplicomms BigTel 50 telefón pre nedoslýchavých s veľkými tlačidlami", "57.90", {"ours": {"brand": "Amplicomms"}}),
    (None, None, "Amplicomms BigTel 40 Plus telefón pre nedoslýchavých s veľkými tlačidlami", "44.90"),
    ("Geemarc AmpliDECT 295 schnurloses Verstärkertelefon", "89.00", "Geemarc AMPLIDECT 295 bezdrôtový telefón so zosilnením (+50 dB)", "84.90"),
    ("Humantechnik lisa Funk-Türklingelsender", "69.00", "Humantechnik lisa RF vysielač k domovému zvončeku", "66.00"),
    (None, None, "Humantechnik lisa RF prijímač - blikajúci svetelný signál", "79.00"),
    ("ZeniPower Hörgerätebatterien Typ 10 (gelb), 6 Stück", "2.49", "ZeniPower A10 batérie do načúvacích prístrojov žltá, 6 ks", "2.29"),
]

KINDS: dict[str, list[Row]] = {"hearing-aid batteries and accessories, a Slovak shop": HEARING}
(SLOVAK,) = KINDS

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    SLOVAK: [(9, "Batérie Duracell Easy Tab 312 PR41 blister 6ks", "4.29")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[SLOVAK]
    # Two sizes of one maker's batteries, both in both shops, a number apart.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # The second listing names the size by its IEC code and the blister's tab, not "ActivAir".
    second = next(t for t in theirs if t["key"] == "T9b")
    assert "PR41" in second["name"] and "ActivAir" not in second["name"] and ("O9", "T9b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the sixteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 10 of 20 found (3 matched, 7 proposed), 10 missed; no variant matched
# or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of the 20 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker, the line and the size are the words both titles share, the rest is German
# against Slovak; the size is a number of digits only ("312", "13"), which the sixteenth round
# found was not read as a code.
# Failed at first reading: 11 of 19 found (3 matched, 8 proposed; 0.58), 8 missed.
# Passes since the twenty-ninth session, the wording gate at even odds (`WordingEvidence.worth_asking`:
# where its bounds do not let this shop's wording match, its nulls at even odds show the candidates
# right more often than not, so the candidates both views of the titles agree on are proposed): 17 of
# 19 found (3 matched, 14 proposed), 7 of them at 0.39-0.58 by wording, no variant proposed.
def test_a_slovak_title_around_the_maker_and_the_size_finds_our_product(tmp_path):
    # "Batérie do načúvacích prístrojov Rayovac Extra 312 (hnedá) - 6 ks" / "Rayovac Extra Advanced
    # Hörgerätebatterien Typ 312 (braun), 6 Stück": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, SLOVAK)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size (10 / 312 / 13 / 675), a pack (6 / 60), a word ("IMPLANT", "miniFit",
# "Bass", "uzavretý", "Plus") or a number (RS 175, BigTel 40) is the only difference.
# Failed at first reading: 2 siblings matched, where these rows alone had all 14 of their true
# pairs matched (the whole batch matched 3).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_size_a_pack_or_a_word_apart_tells_two_listings_apart(tmp_path):
    # Rayovac's 10 beside our 312, 13, 675 and 60 pack; power one's 60 pack and p675 beside
    # our p312 and the implant 675; Duracell's 10 beside our 312 and 13; ProWax beside our ProWax
    # miniFit; the 10 mm and the Bass dome beside our 8 mm; the L and the Power dome beside our M;
    # RS 175 beside our RS 195; BigTel 40 Plus beside our BigTel 50; lisa's receiver beside our
    # transmitter: nothing matched to a product it is not.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 24, 26, 29, 30, 32,
               33]
    counts, found, _ = BATCH.read_rows(tmp_path, SLOVAK, numbers)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_size_a_pack_or_a_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 24, 26, 29, 30, 32,
               33]
    counts, found, _ = BATCH.read_rows(tmp_path, SLOVAK, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: two sizes of one maker share every word but the size and its colour.
# Passed at first reading: nothing crossed, but only one of the two pairs was found in these rows
# (matched); the other was missed.
def test_two_sizes_of_ours_do_not_cross(tmp_path):
    # Our Rayovac "Typ 312 (braun)" and "Typ 13 (orange)" against their "312 (hnedá)" and "13
    # (oranžová)": neither of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, SLOVAK, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: since the twenty-sixth session's `used` a used listing carrying our product's words is
# proposed, not matched, but "Bazár ... rozbalené" are words no round before wrote; "RS 195-U" is
# our code with a region suffix; the spare battery names our headphones.
# Passed at first reading: nothing matched or proposed, but only as our RS 195's own listing was
# not found either in these rows.
def test_an_opened_an_american_and_a_spare_battery_are_not_matched_as_ours(tmp_path):
    # "Bazár - Sennheiser RS 195 ... rozbalené", "Sennheiser RS 195-U ... (americká verzia)" and
    # "Náhradný akumulátor Sennheiser BA 300 pre RS 175 / RS 185 / RS 195" beside the new RS 195's
    # own listing: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, SLOVAK, [24, 25, 27, 28])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: both listings missed (the first too).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Batérie Duracell Easy Tab 312 PR41 blister 6ks" (no "ActivAir", the size's IEC code) beside
    # "Duracell ActivAir 312 batérie do načúvacích prístrojov (hnedé) - 6 ks": both listings ours,
    # matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-eighth session); copied here once it
# was not (twenty-ninth session). Each missed true pair scored alone (`score_pairs`, titles and
# other fields, no prices) at 7a1846a:
# - maker + size + kind in two languages: Rayovac 13 0.44, Rayovac 675 0.41, the 60 pack 0.43,
#   Duracell ActivAir 312 0.40, ZeniPower "Typ 10" / "A10" 0.33, power one 675 IMPLANT plus 0.54,
#   Perfect Dry Lux 0.40, Sennheiser RS 195 0.50 (our MPN "508676" in their description as "Obj. č.:
#   508676" not read), Humantechnik lisa 0.42: size numbers of digits only ("312", "13", "675") are
#   not read as codes (the sixteenth round's first cause again). The siblings test's 26 rows alone
#   read 14 of 14 matched (wording), the whole batch 3: the catalogue-level wording gate flips with
#   the rows around it;
# - the second listing "Batérie Duracell Easy Tab 312 PR41 blister 6ks" 0.23, "numbers differ: 6er
#   vs 6ks": the German count suffix ("6er Blister") and Slovak "ks" (pieces) both mean six.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_seventeenth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 240165b; the matching code of the session's start, 6471e48): 10 of
    # 20 true pairs found (3 matched, 7 proposed), 10 missed; no variant matched or proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=3, found=10, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds17 [-v]
    BATCH.print_reading()
