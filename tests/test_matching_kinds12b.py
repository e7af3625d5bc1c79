"""A second batch of the twelfth round (after `tests/test_matching_kinds12.py`), written before
the matcher read it, of two shapes the rounds before had not, in kinds none of them held.

Action cameras from a refurbished-goods shop that sells new ones too (ours: a German camera shop,
19 products in euros, every one new; theirs: a Dutch shop, 38 listings in euros, half of them
refurbished and graded as such shops grade them, "GoPro HERO12 Black actiecamera - Refurbished -
Als nieuw" / "- Zeer goed" / "- Goed", "DJI Osmo Action 4 Standard Combo - Refurbished
(A-grade)", "(C-grade, zichtbare gebruikssporen)", "- Open box", beside its new listings, "GoPro
HERO12 Black actiecamera - Nieuw" or the title alone). A refurbished or open-box listing is
another product than our new one: compared as one, a used camera's price would say the
competitor undercuts us by a fifth. Where they sell one of ours only refurbished (the HERO11
Black, the Insta360 X3), our product has no counterpart there. "Als nieuw" (as new) holds the
word their new listings end with.

E-readers from a marketplace whose sellers put one product under five titles (ours: a German shop,
15 products in euros; theirs: a Turkish marketplace, 39 listings in lira, "Kobo Clara BW 6 inç
E-Kitap Okuyucu Siyah", "Rakuten Kobo Clara BW 16 GB Su Geçirmez E-Kitap Okuyucu - Siyah", "KOBO
CLARA BW SİYAH 6 İNÇ E-READER (İTHALATÇI GARANTİLİ)", "Clara BW Kobo E-Book Okuyucu Siyah 6 İnç"):
two of our products each under five sellers' titles, two under three, in capitals with the
Turkish dotted capital İ, the maker first, last or missing; beside siblings a word apart (a
Kindle "Reklamlı" / "Reklamsız", with or without ads, as our "mit Werbung" / "ohne Werbung";
"(2024)" / "(2021)"; "Clara BW" / "Clara Colour"; "Kumaş" / "Deri Kılıf", fabric / leather) and
covers named after the reader they fit ("Kobo Clara BW SleepCover Kılıf Siyah").

Rows as `tests/kinds_batches.py` reads them.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, holds_its_first_reading, share_found

# A German camera shop's new cameras against a Dutch refurbished shop's: "actiecamera" action
# camera, "360 graden camera", "gimbalcamera", "accu" battery ("voor" for), "batterijgrip, statief
# en afstandsbediening" battery grip, tripod and remote, "drijvende handgreep" floating hand grip;
# "Nieuw" new; "Refurbished - Als nieuw / Zeer goed / Goed" as new / very good / good,
# "(A-grade)" / "(B-grade)" / "(C-grade, zichtbare gebruikssporen)" visible signs of use, "Open box".
ACTION_CAMERAS: list[Row] = [
    ("GoPro HERO12 Black Actionkamera", "399.00", "GoPro HERO12 Black actiecamera - Nieuw", "389.00"),
    (None, None, "GoPro HERO12 Black actiecamera - Refurbished - Als nieuw", "299.00"),
    (None, None, "GoPro HERO12 Black actiecamera - Refurbished - Zeer goed", "279.00"),
    (None, None, "GoPro HERO12 Black actiecamera - Refurbished - Goed", "259.00"),
    ("GoPro HERO13 Black Actionkamera", "449.00", "GoPro HERO13 Black actiecamera - Nieuw", "439.00"),
    (None, None, "GoPro HERO13 Black actiecamera - Refurbished - Als nieuw", "359.00"),
    (None, None, "GoPro HERO11 Black actiecamera - Refurbished - Zeer goed", "219.00"),
    ("DJI Osmo Action 4 Standard-Combo", "329.00", "DJI Osmo Action 4 Standard Combo", "319.00"),
    (None, None, "DJI Osmo Action 4 Standard Combo - Refurbished (A-grade)", "249.00"),
    (None, None, "DJI Osmo Action 4 Adventure Combo", "419.00"),
    (None, None, "DJI Osmo Action 4 Adventure Combo - Refurbished (B-grade)", "299.00"),
    ("DJI Osmo Action 5 Pro Standard-Combo", "379.00", "DJI Osmo Action 5 Pro Standard Combo", "369.00"),
    (None, None, "DJI Osmo Action 5 Pro Standard Combo - Refurbished (A-grade)", "299.00"),
    ("DJI Osmo Pocket 3", "519.00", "DJI Osmo Pocket 3 gimbalcamera", "509.00"),
    (None, None, "DJI Osmo Pocket 3 Creator Combo gimbalcamera", "669.00"),
    (None, None, "DJI Osmo Pocket 3 gimbalcamera - Refurbished (C-grade, zichtbare gebruikssporen)", "349.00"),
    ("Insta360 X4 360°-Kamera", "499.00", "Insta360 X4 360 graden camera", "489.00"),
    (None, None, "Insta360 X4 360 graden camera - Refurbished - Als nieuw", "399.00"),
    (None, None, "Insta360 X3 360 graden camera - Refurbished - Goed", "249.00"),
    ("Insta360 Ace Pro 2 Actionkamera", "429.00", "Insta360 Ace Pro 2 actiecamera", "419.00"),
    (None, None, "Insta360 Ace Pro 2 actiecamera - Open box", "379.00"),
    ("GoPro Enduro Akku (HERO9–12)", "24.99", "GoPro Enduro accu voor HERO9/10/11/12", "22.99"),
    (None, None, "GoPro Enduro accu voor HERO13 (1900 mAh)", "29.99"),
    ("GoPro Dual Battery Charger + Enduro Akku", "54.99", "GoPro Dual Battery Charger + Enduro accu (HERO9-12)", "49.99"),
    ("GoPro Max Lens Mod 2.0", "99.99", "GoPro Max Lens Mod 2.0 (HERO13)", "94.99"),
    (None, None, "GoPro Max Lens Mod (HERO9-12) - Refurbished - Zeer goed", "59.99"),
    ("GoPro Volta Akkugriff / Stativ / Fernbedienung", "119.99", "GoPro Volta batterijgrip, statief en afstandsbediening", "109.99"),
    ("DJI Osmo Action Extreme-Akku", "34.00", "DJI Osmo Action Extreme Battery (1770 mAh)", "32.00"),
    (None, None, "DJI Osmo Action Extreme Battery Plus (1950 mAh)", "39.00"),
    ("GoPro The Handler schwimmender Handgriff", "34.99", "GoPro The Handler drijvende handgreep", "32.99"),
    (None, None, "GoPro The Handler drijvende handgreep - Refurbished - Als nieuw", "19.99"),
    ("GoPro HERO11 Black Actionkamera", "299.00", None, None),
    ("Insta360 X3 360°-Kamera", "349.00", None, None),
    ("GoPro HERO (2024) Actionkamera", "219.00", None, None),
    ("DJI Osmo 360 Standard-Combo", "549.00", None, None),
    ("Insta360 GO 3S 64 GB", "379.00", None, None),
    ("GoPro Media Mod für HERO12", "79.99", None, None),
    (None, None, "Akaso Brave 8 actiecamera", "199.00"),
    (None, None, "SJCAM SJ11 Active actiecamera - Refurbished - Goed", "99.00"),
    (None, None, "GoPro HERO13 Black actiecamera - Refurbished - Goed", "319.00"),
    (None, None, "DJI Osmo Action 5 Pro Standard Combo - Refurbished (B-grade)", "269.00"),
    (None, None, "Insta360 Ace Pro 2 actiecamera - Refurbished - Zeer goed", "329.00"),
    (None, None, "DJI Osmo Pocket 3 gimbalcamera - Refurbished (A-grade)", "419.00"),
]

# A German e-reader shop against a Turkish marketplace in lira: "E-Kitap Okuyucu" e-book reader,
# "inç" inch, "Siyah" / "Beyaz" / "Kırmızı" / "Mavi" / "Gri" / "Yeşil" black / white / red / blue /
# grey / green, "Renkli" colour, "Su Geçirmez" / "Suya Dayanıklı" waterproof, "Reklamlı" /
# "Reklamsız" with / without ads, "Kalem ile" with a pen, "Kılıf" cover ("Kumaş" / "Deri" fabric /
# leather), "İthalatçı Garantili" importer's warranty, "Nesil" generation; sellers' titles in
# capitals with the dotted "İ".
E_READERS: list[Row] = [
    ("Kobo Clara BW eReader 6\" 16 GB schwarz", "139.99", "Kobo Clara BW 6 inç E-Kitap Okuyucu Siyah", "5999"),
    (None, None, "Kobo Clara Colour 6 inç Renkli E-Kitap Okuyucu Siyah", "7499"),
    (None, None, "Kobo Clara Colour 6 inç Renkli E-Kitap Okuyucu Beyaz", "7499"),
    ("Kobo Libra Colour eReader 7\" 32 GB schwarz", "229.99", "Kobo Libra Colour 7 inç Renkli E-Kitap Okuyucu Siyah", "9999"),
    (None, None, "Kobo Libra Colour 7 inç Renkli E-Kitap Okuyucu Beyaz", "9999"),
    (None, None, "Kobo Libra 2 7 inç E-Kitap Okuyucu Siyah", "8499"),
    ("Amazon Kindle Paperwhite (2024) 7\" 16 GB schwarz, mit Werbung", "169.99", "Kindle Paperwhite 16 GB (2024) 7 inç Siyah - Reklamlı",
     "6999"),
    ("Amazon Kindle Paperwhite (2024) 7\" 16 GB schwarz, ohne Werbung", "189.99", "Kindle Paperwhite 16 GB (2024) 7 inç Siyah - Reklamsız",
     "7499"),
    (None, None, "Kindle Paperwhite Signature Edition 32 GB (2024) 7 inç Siyah", "8999"),
    (None, None, "Kindle Paperwhite 16 GB (2021) 6.8 inç Siyah - Reklamlı", "5499"),
    ("Amazon Kindle (2024) 6\" 16 GB schwarz, mit Werbung", "109.99", "Kindle (2024) 6 inç 16 GB Siyah - Reklamlı", "4299"),
    (None, None, "Kindle (2024) 6 inç 16 GB Matcha Yeşili - Reklamlı", "4299"),
    ("Amazon Kindle Scribe 16 GB mit Premium-Eingabestift", "419.99", "Kindle Scribe 16 GB Premium Kalem ile", "15999"),
    (None, None, "Kindle Scribe 32 GB Premium Kalem ile", "17499"),
    ("tolino shine 5 eReader 6\" schwarz", "119.00", "Tolino Shine 5 6 inç E-Kitap Okuyucu", "4999"),
    (None, None, "Tolino Vision 6 7 inç E-Kitap Okuyucu", "6499"),
    ("PocketBook Verse Pro 6\" Passion Red", "149.00", "PocketBook Verse Pro 6 inç E-Kitap Okuyucu Kırmızı (Passion Red)", "5799"),
    (None, None, "PocketBook Verse Pro 6 inç E-Kitap Okuyucu Mavi (Azure)", "5799"),
    (None, None, "PocketBook Verse 6 inç E-Kitap Okuyucu Gri", "4299"),
    ("Kobo Clara BW SleepCover schwarz", "29.99", "Kobo Clara BW SleepCover Kılıf Siyah", "1299"),
    (None, None, "Kobo Clara BW SleepCover Kılıf Yeşil", "1299"),
    (None, None, "Kobo Libra Colour SleepCover Kılıf Siyah", "1599"),
    ("Amazon Kindle Paperwhite Stoffhülle (2024) schwarz", "34.99", "Kindle Paperwhite (2024) Kumaş Kılıf Siyah", "1499"),
    (None, None, "Kindle Paperwhite (2024) Deri Kılıf Siyah", "1999"),
    (None, None, "Kindle Paperwhite (2021) Kumaş Kılıf Siyah", "999"),
    ("Amazon Kindle Paperwhite Signature Edition (2024) 32 GB jadegrün", "259.99", None, None),
    ("Kobo Elipsa 2E eReader 10,3\" 32 GB", "399.99", None, None),
    ("PocketBook InkPad Color 3 7,8\"", "269.00", None, None),
    ("tolino epos 3 eReader 8\"", "249.00", None, None),
    ("Amazon Kindle Colorsoft Signature Edition 32 GB", "279.99", None, None),
    (None, None, "Onyx Boox Go 7 E-Kitap Okuyucu Siyah", "11999"),
    (None, None, "Universal 6 inç E-Kitap Okuyucu Kılıfı Siyah", "299"),
]

KINDS: dict[str, list[Row]] = {"action cameras, a refurbished shop selling new ones too": ACTION_CAMERAS,
                               "e-readers, a marketplace's sellers under five titles": E_READERS}
REFURBISHED, SELLERS = KINDS
CURRENCIES = {SELLERS: "TRY"}

# The refurbished shop lists one of ours twice; the marketplace's sellers list the Clara BW and the
# Paperwhite (with ads) under five titles each, the Kindle and the Libra Colour under three.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    REFURBISHED: [(0, "HERO12 Black van GoPro, 5.3K actiecamera (nieuw in doos)", "385.00")],
    SELLERS: [
        (0, "Rakuten Kobo Clara BW 16 GB Su Geçirmez E-Kitap Okuyucu - Siyah", "6199"),
        (0, "KOBO CLARA BW SİYAH 6 İNÇ E-READER (İTHALATÇI GARANTİLİ)", "5899"),
        (0, "E-kitap Okuyucu Kobo Clara BW 16GB 300 PPI Suya Dayanıklı Siyah", "6099"),
        (0, "Clara BW Kobo E-Book Okuyucu Siyah 6 İnç", "5949"),
        (3, "Rakuten Kobo Libra Colour 32GB Renkli E-Kitap Okuyucu - Siyah", "10299"),
        (3, "KOBO LİBRA COLOUR 7\" RENKLİ EKRAN E-READER SİYAH", "9899"),
        (6, "Amazon Kindle Paperwhite 2024 16GB Siyah Reklamlı E-Kitap Okuyucu", "7199"),
        (6, "KINDLE PAPERWHITE 12. NESİL 16 GB SİYAH (REKLAMLI)", "6899"),
        (6, "Kindle Paperwhite 7\" 16GB 2024 Model Siyah Reklamlı - İthalatçı Garantili", "7099"),
        (6, "Yeni Kindle Paperwhite 16 GB Siyah Reklamlı (2024)", "6949"),
        (10, "Amazon Kindle 2024 Model 16GB E-Kitap Okuyucu Siyah Reklamlı", "4399"),
        (10, "KINDLE 2024 6\" 16GB SİYAH REKLAMLI", "4199"),
    ],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    catalogues = dict(BATCH.catalogues())
    # Most of the refurbished shop's listings are refurbished or open box; every one of ours is new.
    _, cameras, _ = catalogues[REFURBISHED]
    assert sum("Refurbished" in t["name"] or "Open box" in t["name"] for t in cameras) == 19
    # Two of ours under five sellers' titles, two under three; some titles in capitals with "İ".
    _, readers, truth = catalogues[SELLERS]
    assert sorted(sum(sku == f"O{n}" for sku, _ in truth) for n in (0, 3, 6, 10)) == [3, 3, 5, 5]
    assert sum("İ" in t["name"] for t in readers) >= 5
    # Two products of ours one word apart, both in both shops: the Paperwhite with and without ads.
    assert {("O6", "T6"), ("O7", "T7")} <= truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch, as in the batch before it.


# Failed at first reading, as expected: 13 of 36 found, 23 missed, one variant matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the eleven rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passed at first reading, as expected: 8 of 14 found (5 matched, 3 proposed).
def test_our_new_camera_finds_their_new_listing_beside_its_refurbished_ones(tmp_path):
    # "GoPro HERO12 Black actiecamera - Nieuw" / "GoPro HERO12 Black Actionkamera", "DJI Osmo Action
    # 4 Standard Combo" / "... Standard-Combo", "Insta360 X4 360 graden camera" / "Insta360 X4
    # 360°-Kamera": the maker and the model shared, each beside one to three refurbished listings
    # of the same title. At least half our products they sell new found.
    counts, found, truth = BATCH.read_rows(tmp_path, REFURBISHED)
    assert share_found(counts, truth) >= 0.5, found


# Expected to fail when written (a strict xfail: "a word on one listing only was matched or proposed
# in every round before, and a model code both titles write matched in all"); at first reading it
# passed: no refurbished listing matched; the HERO11's, the one listing of our HERO11, was put to a
# person (0.77, "same model code hero11; ... one is a compatible / refurbished product").
def test_a_refurbished_or_open_box_listing_is_not_our_new_product(tmp_path):
    # Every refurbished grade and the open box of the HERO12, HERO13, Osmo Action 4 and 5 Pro,
    # Pocket 3, X4, Ace Pro 2, Max Lens Mod and Handler, beside their new listings; and the HERO11
    # Black and the Insta360 X3 they sell only refurbished, where our new one has no counterpart:
    # none matched to our new product.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 15, 16, 17, 18, 19, 20, 24, 25, 29, 30, 31, 32, 39, 40, 41, 42]
    counts, found, _ = BATCH.read_rows(tmp_path, REFURBISHED, numbers)
    assert not counts["wrong matched"], found


# Failed at first reading, as expected, but only twice: the HERO11's refurbished listing (0.77) and
# the Ace Pro 2's "Open box" beside its new one (0.77, "the same product as their listing ..."); no
# graded listing beside a new one was put to a person.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a sibling beside our product's own listing was put to a person as its second listing in every round since dupes2")
def test_a_refurbished_listing_is_not_put_to_a_person_as_our_new_product_either(tmp_path):
    # As above, for a person's queue: a refurbished listing beside the new one is no second listing
    # of our product, and one that stands alone is no counterpart of it.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 15, 16, 17, 18, 19, 20, 24, 25, 29, 30, 31, 32, 39, 40, 41, 42]
    counts, found, _ = BATCH.read_rows(tmp_path, REFURBISHED, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: none matched ("Pocket 3 Creator Combo" proposed, 0.82).
def test_a_combo_a_generation_or_a_battery_tells_two_listings_apart(tmp_path):
    # "Standard Combo" / "Adventure Combo", "Pocket 3" / "Pocket 3 Creator Combo", "HERO9/10/11/12"
    # / "HERO13 (1900 mAh)", "Extreme Battery" / "Extreme Battery Plus", "X4" / "X3", all new:
    # nothing of theirs matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, REFURBISHED, [7, 9, 13, 14, 16, 21, 22, 27, 28, 32])
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: 2 of 16 found (see below).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="of a marketplace's further sellers' listings one of eight was found in kinds9d")
def test_every_sellers_title_of_our_product_is_found(tmp_path):
    # The Clara BW and the Paperwhite under five titles each, the Kindle and the Libra Colour under
    # three: the maker first, last or missing, "16 GB" / "16GB", "SİYAH", "İNÇ", "2024 Model",
    # "12. NESİL", "İthalatçı Garantili". Every one matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# Expected to pass when written; at first reading it failed: 2 of 16 found (the Paperwhite's first
# listing 0.62 and the Libra Colour's second, "Rakuten Kobo Libra Colour 32GB ...", 0.60, both
# proposed); every Clara BW title missed (0.27-0.48 alone), the Kindle's three (0.41-0.51), the
# Paperwhite's other four (0.22-0.54, "12. NESİL" read as "numbers differ: 7/2024 vs 12").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a marketplace's sellers' titles in another language share too few words to be put to a person")
def test_at_least_half_the_sellers_titles_of_our_product_are_found(tmp_path):
    # As above, at least half of the sixteen listings of those four products: the words of the
    # model ("Clara BW", "Paperwhite", "Libra Colour", "Kindle ... 2024") stand in every one.
    _, _, truth = dict(BATCH.catalogues())[SELLERS]
    listed = {pair for pair in truth if pair[0] in {"O0", "O3", "O6", "O10"}}
    total, missed = BATCH.second_listings_missed(tmp_path)
    missed = [pair for name, pair in missed if name == SELLERS]
    assert total and len(listed) == 16 and 2 * len(missed) <= len(listed), missed


# Passed at first reading, as expected: none matched.
def test_a_sellers_title_of_our_product_is_not_matched_to_another(tmp_path):
    # Five titles of the Clara BW beside the Clara Colour and the Clara BW's cover, five of the
    # Paperwhite with ads beside the one without ("Reklamsız", ours too), the 2021 one and the
    # Signature Edition: no seller's title of one matched to our product of another.
    read = {}
    BATCH.read(tmp_path, lambda name, truth, counts, found: read.update({name: (counts, found)}))
    counts, found = read[SELLERS]
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: none matched; our Paperwhite Signature Edition "jadegrün"
# put to a person with their black one (0.63, "one word differs: amazon/jadegrun vs siyah").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word on one listing only (Mini, Pro, Power, X, Combo, Game) was matched or proposed in every round before")
def test_ads_a_year_a_colour_or_a_cover_tells_two_e_readers_apart(tmp_path):
    # "Reklamlı" / "Reklamsız" (our "mit Werbung" / "ohne Werbung", both ours), "(2024)" /
    # "(2021)", "Signature Edition", "Clara BW" / "Clara Colour", "Libra Colour" / "Libra 2",
    # "Siyah" / "Beyaz" / "Matcha Yeşili", "16 GB" / "32 GB", "Verse Pro" / "Verse", "Kırmızı" /
    # "Mavi", "SleepCover" for the Clara BW / the Libra Colour, "Kumaş" / "Deri Kılıf": none of the
    # siblings matched, nor put to a person.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]
    counts, found, _ = BATCH.read_rows(tmp_path, SELLERS, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: the Clara BW cover proposed with its own listing, no cover
# paired with a reader.
def test_a_cover_named_after_a_reader_is_not_the_reader(tmp_path):
    # "Kobo Clara BW SleepCover Kılıf Siyah" holds every word of the Clara BW's title but the kind;
    # "Kindle Paperwhite (2024) Kumaş Kılıf Siyah" every word of the Paperwhite's but its size and
    # "Reklamlı": no cover matched to our reader, no reader to our cover.
    counts, found, _ = BATCH.read_rows(tmp_path, SELLERS, [0, 6, 19, 20, 22, 23])
    assert not counts["wrong matched"], found


# Passed at first reading, as expected: 6 of 10 found, all proposed (0.60-0.80), when read without
# the sellers' further titles; with them (the batch whole) 4 of the 10 first listings.
def test_a_turkish_marketplace_title_finds_our_product(tmp_path):
    # "Kobo Libra Colour 7 inç Renkli E-Kitap Okuyucu Siyah" / "Kobo Libra Colour eReader 7\" 32 GB
    # schwarz", "Tolino Shine 5 6 inç E-Kitap Okuyucu" / "tolino shine 5 eReader 6\" schwarz": the
    # maker and the model in every first listing. At least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, SELLERS)
    assert share_found(counts, truth) >= 0.5, found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twelfth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 45ee6a5, the same as 74fbda8): 13 of 36 true
    # pairs found (5 matched, 8 proposed), 23 missed; 1 variant matched (the GoPro charger with a
    # battery, for our battery alone, under "hero9") and 4 proposed (the HERO11's refurbished
    # listing, the Ace Pro 2's open box, the Pocket 3 Creator Combo, the Paperwhite Signature
    # Edition for our Colorsoft Signature Edition).
    holds_its_first_reading(BATCH.read(tmp_path), matched=5, found=13, wrong_matched=1, wrong_proposed=4)


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds12b [-v]
    BATCH.print_reading()
