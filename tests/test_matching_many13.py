"""A model's code on many of a shop's listings, the sixth round running (issue 9, the thirty-sixth
session, "many13"). Small catalogues written anew here, none a batch's rows, read through the
commands as the batches are (`tests/kinds_batches.py`).

A shop that lists one model new, used, with a pouch for it and once more in English writes the
model's code on more listings than a product's (`code_owners.MAX_CODE_PRODUCTS`); the catalogue is
then asked which of them the code names (`code_owners._listings_of_codes`, `codes._identifies`)."""

from __future__ import annotations

from tests.kinds_batches import catalogues_with_second_listings, priced_in, read_catalogues

# A Slovak shop of measuring tools in euros against a Dhaka one in taka, in Bengali. Theirs lists
# Stanley's TLM99 laser distance meter new, used ("ব্যবহৃত 6 মাস"), a nylon pouch for it, and once
# more in English: four listings of the code. Bengali writes its vowels as marks on the letters
# ("লেজার"), which `str.isalpha` refuses; their new one and their English one both write
# "30 ... x 2", so share the letter "x".
MEASURING = [
    ("Laserový diaľkomer Stanley TLM99, 30 m, presnosť 2 mm", "39.90",
     "Stanley TLM99 লেজার দূরত্ব মাপার যন্ত্র 30 মিটার x 2 মিমি", "4950", {"ours": {"brand": "Stanley"}}),
    (None, None, "Stanley TLM99 লেজার মাপার যন্ত্র ব্যবহৃত 6 মাস", "2600"),
    (None, None, "Stanley TLM99 এর জন্য নাইলন পাউচ", "650"),
    ("Laserový diaľkomer Stanley TLM165, 50 m", "69.90", "Stanley TLM165 লেজার দূরত্ব মাপার যন্ত্র 50 মিটার", "8400"),
    ("Laserový diaľkomer Bosch PLR 30 C, 30 m", "79.90", "Bosch PLR 30 C লেজার দূরত্ব মাপার যন্ত্র 30 মিটার", "9900"),
    ("Vodováha Stabila 70-2, 60 cm", "24.90", "Stabila 70-2 স্পিরিট লেভেল 60 সেমি", "3100"),
    ("Zvinovací meter Stanley FatMax, 5 m", "17.90", "Stanley FatMax মাপার ফিতা 5 মিটার", "2200"),
    ("Digitálny uhlomer Bosch GAM 220", "109.00", "Bosch GAM 220 ডিজিটাল কোণ পরিমাপক", "13500"),
    ("Posuvné meradlo Mitutoyo 500-196-30, 150 mm", "119.00", "Mitutoyo 500-196-30 ডিজিটাল ক্যালিপার 150 মিমি", "14900"),
    ("Krížový laser Bosch Quigo", "49.90", "Bosch Quigo ক্রস লাইন লেজার লেভেল", "6200"),
]
MEASURING_ENGLISH = [(0, "Stanley TLM99 Laser Distance Measurer, 30 m x 2 mm", "5100")]


# With the English listing the code is on four of their listings, and its own words ("laser",
# "distance", "measurer") told it apart from our Slovak title: at the start the pair was not matched.
# It is the shape many12's listing written apart reads (`code_owners._written_apart`), but two
# readings hid it: the Bengali words, unread, left their other listings with no wording to share,
# and the "x" between two sizes counted as a word the English listing shares with their new one. A
# letter's marks are part of its word; a letter alone is no wording.
def test_a_model_listed_new_used_with_a_pouch_and_in_english_is_matched_with_both_its_listings(tmp_path):
    catalogues = priced_in(catalogues_with_second_listings(MEASURING, MEASURING_ENGLISH), "BDT")
    _, found = read_catalogues(tmp_path / "measuring", catalogues)
    assert found.get(("O0", "T0"), {}).get("status") == "matched", found
    assert found.get(("O0", "T0b"), {}).get("status") == "matched", found
    # The used one and the pouch are not our meter.
    assert found.get(("O0", "T1"), {}).get("status") != "matched", found
    assert found.get(("O0", "T2"), {}).get("status") != "matched", found
