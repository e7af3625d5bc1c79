"""A second batch of the ninth round (after `tests/test_matching_kinds9.py`), written before the
matcher read it: competitors that price in a currency not ours, write in a language not ours, and
carry one product in five of ours.

Climbing (ours: a German climbing shop, 25 products in euros; theirs: a Czech shop, 24 listings in
koruna, "Lano" rope, "Jistítko" belay device, "Lezečky ... vel. 41" shoes, "Sedací úvazek ...
pánský M" harness, "Přilba" helmet: five of ours, one listed twice, the rest other lengths, sizes,
colours and models of ours, and products of theirs in words ours also write). Middle-Eastern
groceries (ours: a German shop, 20 products in euros; theirs: a shop in the Emirates, 23
listings in dirhams, titles in Arabic script, one in English: four of ours, one listed twice, the
rest other weights, flavours and packs of ours and products of theirs).

The prices are each shop's, in its currency: 5490 koruna is no price against 219.95 euros, and
a matcher that reads one against the other loses the pairs for nothing.

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price);
every listing of theirs priced in the competitor's currency (`CURRENCIES`).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.kinds_batches import Catalogues, Row, check_the_rows, every_catalogue_priced, holds_its_first_reading, read_catalogues
from tests.kinds_batches import read_the_batch as _read_the_batch

# Our 25 products; theirs share five (rows with two titles) and list one of them twice.
CLIMBING: list[Row] = [
    ("Beal Joker Unicore 9,1 mm Golden Dry Einfachseil 60 m", "219.95", "Lano Beal Joker Unicore 9,1 mm Golden Dry, 60 m", "5490"),
    ("Petzl GriGri+ Sicherungsgerät orange", "119.95", "Jistítko Petzl GRIGRI+ oranžová", "2990"),
    ("La Sportiva Solution Kletterschuh Gr. 41", "169.95", "Lezečky La Sportiva Solution vel. 41", "4290"),
    ("Black Diamond Momentum Klettergurt Herren Gr. M", "64.95", "Sedací úvazek Black Diamond Momentum pánský M", "1590"),
    ("Petzl Sirocco Kletterhelm Gr. M/L weiß", "129.95", "Přilba Petzl Sirocco bílá M/L", "3190"),
    ("Beal Joker Unicore 9,1 mm Golden Dry Einfachseil 70 m", "249.95", None, None),
    ("Petzl GriGri Sicherungsgerät grau", "99.95", None, None),
    ("La Sportiva Solution Kletterschuh Gr. 42", "169.95", None, None),
    ("Black Diamond Momentum Klettergurt Damen Gr. M", "64.95", None, None),
    ("Petzl Sirocco Kletterhelm Gr. S/M weiß", "129.95", None, None),
    ("Edelrid Boa Eco 9,8 mm Einfachseil 50 m", "149.95", None, None),
    ("Mammut Crag Classic 9,5 mm Einfachseil 60 m", "179.95", None, None),
    ("Petzl Spirit Express Expressschlinge 12 cm", "27.95", None, None),
    ("DMM Shadow Schraubkarabiner", "17.95", None, None),
    ("Edelrid HMS Strike Slider Karabiner", "19.95", None, None),
    ("Black Diamond White Gold Chalk 300 g", "12.95", None, None),
    ("Scarpa Instinct VS Kletterschuh Gr. 42", "169.95", None, None),
    ("Five Ten Anasazi VCS Kletterschuh Gr. 42", "149.95", None, None),
    ("Black Diamond ATC-XP Sicherungsgerät", "29.95", None, None),
    ("Mammut Smart 2.0 Sicherungsgerät", "29.95", None, None),
    ("Petzl Corax Klettergurt Gr. 2", "69.95", None, None),
    ("Edelrid Zodiac Kletterhelm", "89.95", None, None),
    ("Wild Country Friend Klemmgerät Gr. 2", "79.95", None, None),
    ("Ocun Crack Gloves Risstapehandschuhe", "34.95", None, None),
    ("Metolius Rock Rings Trainingsboard", "39.95", None, None),
    (None, None, "Lano Beal Joker Unicore 9,1 mm Golden Dry, 80 m", "6790"),
    (None, None, "Jistítko Petzl GRIGRI šedá", "2490"),
    (None, None, "Lezečky La Sportiva Solution Comp vel. 41", "4390"),
    (None, None, "Lezečky La Sportiva Solution vel. 41,5", "4290"),
    (None, None, "Sedací úvazek Black Diamond Momentum dámský S", "1590"),
    (None, None, "Přilba Petzl Sirocco oranžová M/L", "3190"),
    (None, None, "Přilba Petzl Meteor bílá M/L", "2490"),
    (None, None, "Lano Edelrid Boa Eco 9,8 mm, 60 m", "4190"),
    (None, None, "Expreska Petzl Spirit Express 17 cm", "749"),
    (None, None, "Karabina DMM Phantom", "349"),
    (None, None, "Magnézium Black Diamond White Gold 150 g", "229"),
    (None, None, "Lezečky Scarpa Instinct VS vel. 43", "4290"),
    (None, None, "Jistítko Black Diamond ATC-Guide", "1090"),
    (None, None, "Sedací úvazek Petzl Corax vel. 1", "1790"),
    (None, None, "Lano Tendon Master 9,7 mm, 60 m", "3690"),
    (None, None, "Karabina Rock Empire HMS Screw", "299"),
    (None, None, "Expresky Ocún Hawk QD Combi 16 cm, 5 ks", "1990"),
    (None, None, "Lezečky Ocún Striker QC vel. 42", "2490"),
    (None, None, "Jistítko Climbing Technology Click Up", "1590"),
    (None, None, "Sedací úvazek Singing Rock Garnet M", "1490"),
    (None, None, "Přilba Singing Rock Penta M/L", "1990"),
]

# Our 20 products; theirs share four and list one of them twice (in English).
MIDDLE_EASTERN_GROCERIES: list[Row] = [
    ("Al Foah Medjool Datteln 1 kg", "12.99", "تمور الفوعة مجدول 1 كجم", "45.00"),
    ("Al Ameed Kaffee mit Kardamom 500 g", "8.99", "قهوة العميد بالهيل 500 جرام", "32.00"),
    ("Al Wadi Al Akhdar Tahini 500 g", "4.49", "طحينة الوادي الأخضر 500 جرام", "14.50"),
    ("Halwani Halawa mit Pistazien 500 g", "5.99", "حلاوة حلواني بالفستق 500 جرام", "19.00"),
    ("Al Foah Khalas Datteln 500 g", "5.99", None, None),
    ("Al Ameed Kaffee ohne Kardamom 500 g", "8.49", None, None),
    ("Halwani Halawa natur 500 g", "4.99", None, None),
    ("Puck Sahne 170 g", "1.99", None, None),
    ("Vimto Fruchtsirup 710 ml", "3.99", None, None),
    ("Ahmad Tea Earl Grey 100 Teebeutel", "5.49", None, None),
    ("Nido Vollmilchpulver 900 g", "9.99", None, None),
    ("Sunwhite Calrose Reis 5 kg", "12.99", None, None),
    ("Cortas Rosenwasser 300 ml", "2.49", None, None),
    ("Maamoul mit Datteln 12 Stück", "4.99", None, None),
    ("Mazola Maiskeimöl 1,5 l", "6.99", None, None),
    ("Al Wadi Al Akhdar Granatapfelsirup 500 ml", "4.99", None, None),
    ("Bulgur fein 1 kg", "2.99", None, None),
    ("Zaatar Gewürzmischung 250 g", "3.99", None, None),
    ("Al Alali Kichererbsen 400 g", "1.29", None, None),
    ("Baklava gemischt 500 g", "11.99", None, None),
    (None, None, "تمور الفوعة خلاص 1 كجم", "25.00"),
    (None, None, "قهوة العميد سادة 250 جرام", "16.00"),
    (None, None, "طحينة الوادي الأخضر 1 كجم", "26.00"),
    (None, None, "حلاوة حلواني سادة 1 كجم", "29.00"),
    (None, None, "بوك جبنة كريمية قابلة للدهن 500 جرام", "18.50"),
    (None, None, "فيمتو شراب 1.5 لتر", "16.00"),
    (None, None, "شاي أحمد إيرل جراي 25 كيس", "9.50"),
    (None, None, "حليب نيدو مجفف 2.25 كجم", "89.00"),
    (None, None, "أرز صن وايت كالروز 10 كجم", "79.00"),
    (None, None, "ماء زهر كورتاس 300 مل", "8.00"),
    (None, None, "تمر سكري القصيم 3 كجم", "65.00"),
    (None, None, "معمول بالفستق 12 قطعة", "22.00"),
    (None, None, "زيت ذرة مازولا 3 لتر", "36.00"),
    (None, None, "دبس رمان الوادي الأخضر 250 مل", "11.00"),
    (None, None, "برغل خشن 1 كجم", "7.50"),
    (None, None, "زعتر حلبي 500 جرام", "24.00"),
    (None, None, "فول مدمس العلالي 400 جرام", "4.25"),
    (None, None, "بقلاوة تركية مشكلة 1 كجم", "85.00"),
]

KINDS: dict[str, list[Row]] = {
    "climbing, a Czech shop in koruna": CLIMBING, "Middle-Eastern groceries, in Arabic and dirhams": MIDDLE_EASTERN_GROCERIES,
}
CURRENCIES = {"climbing, a Czech shop in koruna": "CZK", "Middle-Eastern groceries, in Arabic and dirhams": "AED"}
# What a euro bought in each when the prices were written: for the test that reads the same
# catalogue priced in euros.
EUROS_PER_UNIT = {"CZK": Decimal("0.04"), "AED": Decimal("0.25")}

SECOND_LISTINGS: dict[str, list[tuple[int, str, str]]] = {
    "climbing, a Czech shop in koruna": [(1, "Petzl GRIGRI + jistící pomůcka s antipanikou, oranžová", "2890")],
    "Middle-Eastern groceries, in Arabic and dirhams": [(0, "Al Foah Medjool Dates Premium 1kg", "42.00")],
}


def _in_euros(catalogues: Catalogues, currency: str) -> Catalogues:
    """The same catalogues with their prices converted to euros, as a shop in the euro would price them."""
    ours, theirs, truth = catalogues
    rate = EUROS_PER_UNIT[currency]
    # Labelled in euros too (review R3): with the koruna label kept, the matcher reads no price in
    # either reading (prices in two currencies say nothing), and the test compared it with itself.
    return ours, [{**listing, "price": str((Decimal(listing["price"]) * rate).quantize(Decimal("0.01"))), "currency": "EUR"}
                  for listing in theirs], truth


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return every_catalogue_priced(KINDS, SECOND_LISTINGS, CURRENCIES)


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, name: str, catalogues: Catalogues | None = None) -> tuple:
    catalogues = catalogues or dict(every_catalogue())[name]
    tmp_path.mkdir(parents=True, exist_ok=True)
    counts, found = read_catalogues(tmp_path / "kind", catalogues)
    return counts, found, catalogues[2]


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    (ours, theirs, truth), (ours2, theirs2, truth2) = (c for _, c in every_catalogue())
    # The shapes the batch was written to: one product in five of ours shared, each competitor in
    # its own currency, its titles named once.
    assert len(ours) == 25 and len({o for o, _ in truth}) == 5 and len(theirs) == 27
    assert len(ours2) == 20 and len({o for o, _ in truth2}) == 4 and len(theirs2) == 23
    for name, (_, listings, _) in every_catalogue():
        assert {t["currency"] for t in listings} == {CURRENCIES[name]} and len({t["name"] for t in listings}) == len(listings)


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch; strict xfails where the rounds before say storecheck
# falls short.


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the rounds before found 0.42-0.81 of their true pairs at first reading, a tenth shared one of four")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="words in two languages with the maker and model shared scored under 0.6 in every round before")
def test_a_czech_shop_sharing_a_fifth_of_our_range_has_its_five_found(tmp_path):
    # "Einfachseil 60 m" / "Lano ... 60 m", "Sicherungsgerät" / "Jistítko", "Kletterschuh Gr. 41" /
    # "Lezečky ... vel. 41", "Herren Gr. M" / "pánský M", "weiß" / "bílá": the maker and the model
    # shared, each found (matched or put to a person), with its second listing.
    counts, found, truth = _read(tmp_path, "climbing, a Czech shop in koruna")
    assert counts["true matched"] + counts["true proposed"] == len(truth), found


# Expected to fail when written (a strict xfail); at first reading it passed: nothing of ours they
# lack was matched (their "Solution vel. 41,5" proposed beside our "Gr. 41" at 0.67, its own "vel.
# 41" at 0.72).
def test_a_czech_shop_gets_no_product_of_ours_it_lacks(tmp_path):
    # Their 80 m rope is not our 60 m or 70 m, their GRIGRI not our GRIGRI+, their "Solution
    # Comp" and "vel. 41,5" not our Solution 41 or 42, their "dámský S" not our "Damen Gr. M",
    # their orange Sirocco not our white: nothing of ours they lack is matched.
    counts, found, truth = _read(tmp_path, "climbing, a Czech shop in koruna")
    assert not counts["wrong matched"], found


# Passed at first reading, as expected. It can fail: read with no currency, the koruna taken as
# euros, the Czech shop's three pairs found fell to none.
def test_prices_in_another_currency_keep_no_pair_off(tmp_path):
    # 5490 koruna against 219.95 euros says nothing: every true pair found with the competitor's
    # prices converted to euros is found with them as it gives them, in koruna and dirhams.
    for name, currency in CURRENCIES.items():
        catalogues = dict(every_catalogue())[name]
        _, found, truth = _read(tmp_path / currency, name)
        _, found_in_euros, _ = _read(tmp_path / f"{currency}-in-euros", name, _in_euros(catalogues, currency))
        assert {p for p in truth if p in found_in_euros} <= {p for p in truth if p in found}, (name, found, found_in_euros)


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="titles in another script shared only their numbers in the rounds before (katakana, Hangul)")
def test_a_title_in_arabic_finds_our_product(tmp_path):
    # "Al Foah Medjool Datteln 1 kg" / "تمور الفوعة مجدول 1 كجم": the four shared found, in
    # Arabic, beside their listings of the same weights ("500 جرام") of other products.
    counts, found, truth = _read(tmp_path, "Middle-Eastern groceries, in Arabic and dirhams")
    assert {("O0", "T0"), ("O1", "T1"), ("O2", "T2"), ("O3", "T3")} <= set(found), found


def test_an_english_listing_in_an_arabic_shop_finds_our_product(tmp_path):
    # Their second listing of our Medjool dates, in English: "Al Foah Medjool Dates Premium 1kg"
    # against "Al Foah Medjool Datteln 1 kg", the maker, the kind and the weight shared.
    counts, found, truth = _read(tmp_path, "Middle-Eastern groceries, in Arabic and dirhams")
    assert ("O0", "T0b") in found, found


def test_an_arabic_shop_gets_no_product_of_ours_it_lacks(tmp_path):
    # Their Khalas dates 1 kg, plain coffee 250 g, tahini 1 kg, Vimto 1.5 l, 25 tea bags, orange
    # blossom water beside our rose water, maamoul with pistachio beside ours with dates: nothing
    # of ours they lack is matched.
    counts, found, truth = _read(tmp_path, "Middle-Eastern groceries, in Arabic and dirhams")
    assert not counts["wrong matched"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_ninth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at d01d4fc, the same as 058a80b): 4 of 11 true
    # pairs found (0 matched, 4 proposed), 7 missed: every pair written in Arabic, and the Czech
    # belay device's two listings and harness; no variant matched, 1 proposed (a shoe's half size).
    holds_its_first_reading(read_the_batch(tmp_path), matched=0, found=4, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds9b [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
