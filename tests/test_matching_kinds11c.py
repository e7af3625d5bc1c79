"""A third batch of the eleventh round (after `tests/test_matching_kinds11.py` and `..kinds11b.py`),
written before the matcher read it, of two shapes the rounds before had not, in kinds none of them
held.

Catering disposables from a cash-and-carry's list in cases (ours: a German catering supply shop,
18 products in euros, mostly single packs; theirs: a Portuguese cash-and-carry, 34 listings in
euros, most of them cases: "Copo de papel para café 200 ml branco Papstar - cx 20 x 50 un",
"Guardanapos Duni 33x33 cm 3 folhas brancos - cx 4 x 250 un", "Papel higiénico Tork T4 Universal 2
folhas - fardo 64 rolos"). Following every batch before (a six-pack is not the can, a carton of 24
tubes not the tube), a case of our pack is another product than our pack, and our pack sold in
cases is the case only where we sell that case too: our "Karton 1000 Stück" is their "cx 20 x 50
un". Siblings one word or number apart ("2 folhas" / "3 folhas", "azul" / "vermelho", "Garfo" /
"Faca", "Ø6 mm" / "Ø8 mm", "30 m" / "10 m", "tam. L" / "tam. M"), a Tork reference only in our MPN
and their description, and a product they also sell as a single pack where we sell it.

Vacuum flasks and drinkware from an Iranian shop that writes every number in Persian digits (ours:
a German kitchen shop, 21 products in euros; theirs: an Iranian online shop, 32 listings in rial,
titles as the country's largest marketplace writes them, "[kind] [maker in Persian] مدل [model in
Latin] گنجایش [capacity] [unit] رنگ [colour]": "فلاسک استنلی مدل Classic Legendary گنجایش ۱٫۴
لیتر رنگ سبز", with the Persian decimal separator "٫"; ounces as "اونس", millilitres as
"میلی‌لیتر"; a two-pack written in words, "بسته دو عددی"). Siblings a capacity or a colour apart
(the capacity in Persian digits only), one word apart ("فلاسک" / "فلاسک غذا", flask / food jar), and
capacities our titles write otherwise ("0,4 l" / "۴۰۰ میلی‌لیتر", "946 ml (32 oz)" / "۳۲ اونس").

Rows as `tests/kinds_batches.py` reads them; each competitor lists one of ours twice.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import (
    Catalogues,
    Row,
    check_the_rows,
    check_the_shape,
    every_catalogue_priced,
    gtin_with_check_digit,
    holds_its_first_reading,
    read_rows_priced,
)
from tests.kinds_batches import read_the_batch as _read_the_batch

GTIN_EMSA_TRAVEL_MUG = gtin_with_check_digit("400987551359")

# Our eighteen single packs and cases; theirs mostly cases ("cx" caixa, "emb." embalagem, "un"
# unidades, "fardo" a bale, "pack"), the kind in Portuguese, the maker after it.
CATERING: list[Row] = [
    ("Papstar Kaffeebecher Pappe 200 ml weiß 50 Stück", "3.49", "Copo de papel para café 200 ml branco Papstar - emb. 50 un", "2.95"),
    ("Papstar Kaffeebecher Pappe 200 ml weiß Karton 1000 Stück", "59.90", "Copo de papel para café 200 ml branco Papstar - cx 20 x 50 un",
     "49.90"),
    (None, None, "Copo de papel para café 300 ml branco Papstar - cx 20 x 50 un", "59.90"),
    ("Papstar Deckel für Kaffeebecher 200 ml schwarz 100 Stück", "4.99", None, None),
    (None, None, "Tampa para copo 200 ml preta Papstar - cx 10 x 100 un", "39.90"),
    ("Duni Servietten 33 x 33 cm 3-lagig weiß 250 Stück", "12.90", None, None),
    (None, None, "Guardanapos Duni 33x33 cm 3 folhas brancos - cx 4 x 250 un", "44.90"),
    ("Duni Servietten 40 x 40 cm 3-lagig weiß 250 Stück", "16.90", "Guardanapos Duni 40x40 cm 3 folhas brancos - emb. 250 un", "14.50"),
    (None, None, "Guardanapos Duni 40x40 cm 2 folhas brancos - emb. 250 un", "9.90"),
    ("Duni Dunicel Mitteldecken 84 x 84 cm weiß 20 Stück", "18.90", "Toalhas Dunicel Duni 84x84 cm brancas - emb. 20 un", "16.90"),
    (None, None, "Toalhas Dunicel Duni 84x84 cm brancas - cx 5 x 20 un", "79.90"),
    ("Tork Xpress Papierhandtücher H2 Universal 2-lagig 21 x 190 Blatt", "49.90",
     "Toalhas de mãos Tork Xpress H2 Universal 2 folhas - cx 21 x 190 un", "39.90",
     {"ours": {"mpn": "471103"}, "theirs": {"description": "Ref. Tork 471103. Dobragem Multifold."}}),
    (None, None, "Toalhas de mãos Tork Xpress H2 Advanced 2 folhas - cx 21 x 136 un", "46.90",
     {"theirs": {"description": "Ref. Tork 120289. Dobragem Multifold."}}),
    ("Tork Toilettenpapier T4 Universal 2-lagig 64 Rollen", "39.90", "Papel higiénico Tork T4 Universal 2 folhas - fardo 64 rolos", "34.90"),
    (None, None, "Papel higiénico Tork T4 Advanced 2 folhas - fardo 42 rolos", "36.90"),
    ("Nitras Nitrilhandschuhe puderfrei blau Größe L 100 Stück", "9.90", "Luvas de nitrilo sem pó azuis Nitras tam. L - cx 100 un", "7.90"),
    (None, None, "Luvas de nitrilo sem pó azuis Nitras tam. L - cx 10 x 100 un", "74.90"),
    (None, None, "Luvas de nitrilo sem pó azuis Nitras tam. M - cx 100 un", "7.90"),
    ("Albal Alufolie 30 cm x 30 m", "4.99", "Papel de alumínio Albal 30 cm x 30 m", "3.99"),
    (None, None, "Papel de alumínio Albal 30 cm x 30 m - pack 12 un", "44.90"),
    (None, None, "Papel de alumínio Albal 30 cm x 10 m", "1.79"),
    ("Vileda Professional MicronQuick Mikrofasertuch blau 5 Stück", "14.90", "Pano microfibra Vileda Professional MicronQuick azul - emb. 5 un",
     "12.90"),
    (None, None, "Pano microfibra Vileda Professional MicronQuick vermelho - emb. 5 un", "12.90"),
    (None, None, "Pano microfibra Vileda Professional MicronQuick azul - cx 8 x 5 un", "94.90"),
    ("Papstar Holzbesteck Gabel 16,5 cm 100 Stück", "3.99", "Garfo de madeira 16,5 cm Papstar - emb. 100 un", "3.49"),
    (None, None, "Garfo de madeira 16,5 cm Papstar - cx 20 x 100 un", "59.90"),
    (None, None, "Faca de madeira 16,5 cm Papstar - emb. 100 un", "3.49"),
    ("Papstar Papiertrinkhalme schwarz Ø 6 mm 20 cm 250 Stück", "5.49", "Palhinhas de papel pretas Ø6 mm 20 cm Papstar - emb. 250 un", "4.49"),
    (None, None, "Palhinhas de papel pretas Ø8 mm 20 cm Papstar - emb. 250 un", "5.49"),
    ("Pizzakarton 32 x 32 x 4 cm braun 100 Stück", "29.90", "Caixa de pizza 32x32x4 cm kraft - cx 100 un", "24.90"),
    (None, None, "Caixa de pizza 26x26x4 cm kraft - cx 100 un", "19.90"),
    (None, None, "Caixa de pizza 32x32x4 cm branca - cx 100 un", "26.90"),
    ("Papstar Kaffeebecher Pappe 300 ml weiß 50 Stück", "3.99", None, None),
    ("Duni Servietten 33 x 33 cm 3-lagig schwarz 250 Stück", "13.90", None, None),
    ("Nitras Nitrilhandschuhe puderfrei schwarz Größe L 100 Stück", "11.90", None, None),
    ("Albal Frischhaltefolie 30 cm x 50 m", "3.99", None, None),
    (None, None, "Copos de plástico reutilizáveis 300 ml - cx 50 un", "14.90"),
    (None, None, "Detergente loiça Fairy Professional 5 l", "19.90"),
    (None, None, "Rolo de cozinha Renova 2 folhas - fardo 12 rolos", "8.90"),
]

# Our twenty-one flasks, mugs and bottles; theirs "[kind] [maker in Persian] مدل [model] گنجایش
# [capacity in Persian digits] [unit] رنگ [colour]": "فلاسک" flask, "فلاسک غذا" food jar, "ماگ" mug,
# "تراول ماگ" / "ماگ سفری" travel mug, "قمقمه" water bottle; "لیتر" litres, "میلی‌لیتر" millilitres,
# "اونس" ounces; "سبز" green, "مشکی" black, "کرم" cream, "صورتی" pink, "آبی" blue, "استیل" steel,
# "سرمه‌ای" navy, "طوسی" grey, "سفید" white; "بسته دو عددی" a pack of two. Prices in rial.
FLASKS: list[Row] = [
    ("Stanley Classic Legendary Bottle 1,4 l Hammertone Green", "49.95", "فلاسک استنلی مدل Classic Legendary گنجایش ۱٫۴ لیتر رنگ سبز", "52000000"),
    (None, None, "فلاسک استنلی مدل Classic Legendary گنجایش ۱ لیتر رنگ سبز", "46000000"),
    (None, None, "فلاسک استنلی مدل Classic Legendary گنجایش ۱٫۹ لیتر رنگ سبز", "61000000"),
    ("Stanley Classic Legendary Bottle 1,4 l Matte Black", "49.95", "فلاسک استنلی مدل Classic Legendary گنجایش ۱٫۴ لیتر رنگ مشکی", "52000000"),
    ("Stanley Quencher H2.0 FlowState Becher 1,18 l Cream", "44.95", "ماگ استنلی مدل Quencher H2.0 FlowState گنجایش ۱٫۱۸ لیتر رنگ کرم", "39000000"),
    (None, None, "ماگ استنلی مدل Quencher H2.0 FlowState گنجایش ۸۸۷ میلی‌لیتر رنگ کرم", "34000000"),
    ("Stanley Quencher H2.0 FlowState Becher 887 ml Rose Quartz", "39.95", "ماگ استنلی مدل Quencher H2.0 FlowState گنجایش ۸۸۷ میلی‌لیتر رنگ صورتی",
     "34000000"),
    ("Thermos Stainless King Isolierflasche 1,2 l Midnight Blue", "39.95", "فلاسک ترموس مدل Stainless King گنجایش ۱٫۲ لیتر رنگ آبی", "41000000"),
    (None, None, "فلاسک ترموس مدل Stainless King گنجایش ۴۷۰ میلی‌لیتر رنگ آبی", "29000000"),
    ("Thermos Stainless King Speisegefäß 470 ml Matte Black", "34.95", "فلاسک غذا ترموس مدل Stainless King گنجایش ۴۷۰ میلی‌لیتر رنگ مشکی",
     "33000000"),
    ("Zojirushi SM-SA48 Thermobecher 480 ml Edelstahl", "34.95", "تراول ماگ زوجیروشی مدل SM-SA48 گنجایش ۴۸۰ میلی‌لیتر رنگ استیل", "38000000"),
    (None, None, "تراول ماگ زوجیروشی مدل SM-SA60 گنجایش ۶۰۰ میلی‌لیتر رنگ استیل", "42000000"),
    (None, None, "تراول ماگ زوجیروشی مدل SM-SA48 گنجایش ۴۸۰ میلی‌لیتر رنگ مشکی", "38000000"),
    ("Tiger MMJ-A048 Thermobecher 480 ml schwarz", "29.95", "تراول ماگ تایگر مدل MMJ-A048 گنجایش ۴۸۰ میلی‌لیتر رنگ مشکی", "33000000"),
    ("Contigo West Loop Autoseal Thermobecher 470 ml Stainless Steel", "24.95", "تراول ماگ کانتیگو مدل West Loop Autoseal گنجایش ۴۷۰ میلی‌لیتر",
     "21000000"),
    (None, None, "تراول ماگ کانتیگو مدل West Loop Autoseal گنجایش ۵۹۰ میلی‌لیتر", "24000000"),
    ("Hydro Flask Wide Mouth Trinkflasche 946 ml (32 oz) Black", "54.95", "قمقمه هیدروفلاسک مدل Wide Mouth گنجایش ۳۲ اونس رنگ مشکی", "47000000"),
    (None, None, "قمقمه هیدروفلاسک مدل Wide Mouth گنجایش ۴۰ اونس رنگ مشکی", "52000000"),
    (None, None, "قمقمه هیدروفلاسک مدل Standard Mouth گنجایش ۲۴ اونس رنگ مشکی", "41000000"),
    ("Yeti Rambler Bottle Chug Cap 532 ml (18 oz) Navy", "44.95", "قمقمه یتی مدل Rambler Chug گنجایش ۱۸ اونس رنگ سرمه‌ای", "45000000"),
    (None, None, "قمقمه یتی مدل Rambler Chug گنجایش ۲۶ اونس رنگ سرمه‌ای", "51000000"),
    ("Emsa Travel Mug Thermobecher 360 ml anthrazit", "24.95", "ماگ سفری امسا مدل Travel Mug گنجایش ۳۶۰ میلی‌لیتر رنگ طوسی", "19000000",
     {"ours": {"gtin": GTIN_EMSA_TRAVEL_MUG}, "theirs": {"gtin": GTIN_EMSA_TRAVEL_MUG}}),
    (None, None, "ماگ سفری امسا مدل Travel Mug گنجایش ۵۰۰ میلی‌لیتر رنگ طوسی", "22000000"),
    ("Emsa Travel Mug Thermobecher 360 ml anthrazit 2er-Set", "39.95",
     "ماگ سفری امسا مدل Travel Mug گنجایش ۳۶۰ میلی‌لیتر رنگ طوسی بسته دو عددی", "36000000"),
    ("Klean Kanteen TKWide Isolierflasche 473 ml Black", "34.95", "قمقمه کلین کانتین مدل TKWide گنجایش ۴۷۳ میلی‌لیتر رنگ مشکی", "37000000"),
    ("LocknLock Clip Tumbler LHC4151 Thermobecher 540 ml weiß", "19.95", "ماگ لاک اند لاک مدل LHC4151 گنجایش ۵۴۰ میلی‌لیتر رنگ سفید", "12000000"),
    (None, None, "ماگ لاک اند لاک مدل LHC4151 گنجایش ۵۴۰ میلی‌لیتر رنگ مشکی", "12000000"),
    ("Stanley Classic Vakuum-Speisegefäß 0,4 l Hammertone Green", "32.95", "فلاسک غذا استنلی مدل Classic گنجایش ۴۰۰ میلی‌لیتر رنگ سبز",
     "36000000"),
    ("Stanley Classic Legendary Bottle 0,75 l Hammertone Green", "42.95", None, None),
    ("Thermos Stainless King Isolierflasche 1,2 l Matte Black", "39.95", None, None),
    ("Zojirushi SM-SA36 Thermobecher 360 ml Edelstahl", "32.95", None, None),
    ("Hydro Flask Wide Mouth Trinkflasche 946 ml (32 oz) White", "54.95", None, None),
    ("Yeti Rambler Tumbler 591 ml (20 oz) Navy", "39.95", None, None),
    (None, None, "تراول ماگ شیائومی مدل Fun Home گنجایش ۴۰۰ میلی‌لیتر", "9000000"),
    (None, None, "فلاسک نیچرهایک مدل NH19SJ گنجایش ۷۵۰ میلی‌لیتر", "15000000"),
    (None, None, "کلمن آب ۲۰ لیتری", "11000000"),
]

KINDS: dict[str, list[Row]] = {"catering disposables, a Portuguese cash-and-carry's cases": CATERING,
                               "vacuum flasks, an Iranian shop in Persian digits": FLASKS}
CASES, PERSIAN = KINDS
CURRENCIES = {PERSIAN: "IRR"}

# Each competitor lists one of our products twice: (row of the first listing, title, price).
SECOND_LISTINGS: dict[str, list[tuple]] = {
    CASES: [(0, "Copo cartão 0,2 l branco (50 un) - Papstar", "2.99")],
    PERSIAN: [(0, "فلاسک Stanley Classic Legendary Bottle ۱.۴ لیتری سبز", "51500000")],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return every_catalogue_priced(KINDS, SECOND_LISTINGS, CURRENCIES)


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, kind: str, rows: list[Row], second=(), label: str = "rows") -> tuple:
    """Some rows of one kind (and second listings) through the commands, priced as the kind's
    shop prices: counts, found, truth."""
    return read_rows_priced(tmp_path / label, rows, second, CURRENCIES.get(kind))


def _rows(kind_rows: list[Row], numbers) -> list[Row]:
    return [kind_rows[n] for n in numbers]


PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    assert set(SECOND_LISTINGS) == set(KINDS)
    check_the_shape(every_catalogue(), CURRENCIES)
    catalogues = dict(every_catalogue())
    # Most of the cash-and-carry's listings are cases; every number of the Iranian shop's
    # titles is in Persian digits (no ASCII digit but in a model's code).
    _, cases, _ = catalogues[CASES]
    assert sum(" cx " in t["name"] or "fardo" in t["name"] or "pack 12" in t["name"] for t in cases) >= 17
    _, persian, _ = catalogues[PERSIAN]
    assert all(PERSIAN_DIGITS & set(t["name"]) for t in persian)
    # Our "Karton 1000 Stück" is their "cx 20 x 50 un"; our single pack is their "emb. 50 un".
    assert {("O0", "T0"), ("O1", "T1")} <= catalogues[CASES][2]


# --- what a matcher should make of the batch, as expected before it was read ------------------


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the ten rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to fail when written (a strict xfail: "a pack one number larger was matched or proposed
# beside ours before"); at first reading it passed: no case matched or proposed. It says little yet:
# of the five packs in it they also sell, two were found (the Albal foil 0.73, the Vileda cloths
# 0.61, proposed), the Dunicel, the Nitras gloves and the forks missed, in Portuguese.
def test_a_case_of_our_pack_is_not_our_pack(tmp_path):
    # "cx 4 x 250 un" of our Duni 33x33 napkins (they sell no single pack), "cx 10 x 100 un" of our
    # Papstar lids (the same), "cx 20 x 50 un" of the 300 ml cups we sell in fifties, "cx 10 x 100
    # un" of our Nitras gloves beside their box of 100, "cx 5 x 20 un" of our Dunicel, "pack 12 un"
    # of our Albal foil, "cx 8 x 5 un" of our Vileda cloths, "cx 20 x 100 un" of our forks:
    # another product, neither matched nor put to a person.
    rows = _rows(CATERING, [3, 4, 5, 6, 2, 32, 9, 10, 15, 16, 18, 19, 21, 23, 24, 25])
    counts, found, _ = _read(tmp_path, CASES, rows, label="cases")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: neither found ("Karton 1000 Stück" / "cx 20 x 50 un" 0.31
# alone, the sleeve of 50 0.44); nothing crossed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a count written another way read as \"numbers differ\" before (\"3er\" / \"x3\", \"10er\")")
def test_our_carton_of_1000_is_their_case_of_20_x_50(tmp_path):
    # "Karton 1000 Stück" against "cx 20 x 50 un", beside our sleeve of 50 ("emb. 50 un") and
    # their 300 ml case: each of ours found with its own, nothing crossed.
    counts, found, truth = _read(tmp_path, CASES, _rows(CATERING, [0, 1, 2]), label="carton")
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: 2 of 12 found (Albal foil 0.73, the Vileda cloths 0.61, both
# proposed); the Tork towels (0.60 alone, the reference in our MPN and their description) and the
# rest (0.31-0.54) missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="titles whose own language is most of their words found under half before (Romanian 3 of 18 in kinds11)")
def test_a_portuguese_list_finds_our_product(tmp_path):
    # "Guardanapos Duni 40x40 cm 3 folhas brancos - emb. 250 un" against "Duni Servietten 40 x 40
    # cm 3-lagig weiß 250 Stück": the maker and the sizes shared; at least half found.
    counts, found, truth = _read(tmp_path, CASES, CATERING, label="portuguese")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Passed at first reading, as expected: none matched, none proposed.
def test_a_ply_a_colour_a_diameter_or_a_size_tells_two_listings_apart(tmp_path):
    # "3 folhas" against "2 folhas", "azul" against "vermelho", "Garfo" against "Faca", "Ø6 mm"
    # against "Ø8 mm", "30 m" against "10 m", "tam. L" against "tam. M", "32x32x4" against
    # "26x26x4", "kraft" against "branca", "H2 Universal" against "H2 Advanced", "T4 Universal 64"
    # against "T4 Advanced 42": nothing matched to a product it is not.
    rows = _rows(CATERING, [7, 8, 11, 12, 13, 14, 15, 17, 18, 20, 21, 22, 24, 26, 27, 28, 29, 30, 31])
    counts, found, _ = _read(tmp_path, CASES, rows, label="siblings")
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: 4 of 16 found (Tiger under mmja048 and Emsa by its GTIN
# matched; Zojirushi SM-SA48 and LocknLock LHC4151 proposed, 0.64-0.67, each beside its sibling in
# another colour at the same score: "same model code ..., but the titles name other makers", the
# maker in Persian letters read as another maker than ours).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title around a Latin name in another script found under half before (Greek 3 of 14, Hebrew 2 of 13)")
def test_a_persian_title_around_a_latin_model_finds_our_product(tmp_path):
    # "فلاسک استنلی مدل Classic Legendary گنجایش ۱٫۴ لیتر رنگ سبز" against "Stanley Classic
    # Legendary Bottle 1,4 l Hammertone Green": the model in Latin, the maker, the capacity and the
    # colour in Persian. At least half found.
    counts, found, truth = _read(tmp_path, PERSIAN, FLASKS, label="persian")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Passed at first reading, as expected: none matched, none proposed (two of eight pairs found, by a
# code and a GTIN).
def test_a_capacity_in_persian_digits_tells_two_flasks_apart(tmp_path):
    # "۱٫۴ لیتر" against "۱ لیتر" and "۱٫۹ لیتر", "۱٫۱۸ لیتر" against "۸۸۷ میلی‌لیتر", "۱٫۲ لیتر" against
    # "۴۷۰ میلی‌لیتر", "۴۸۰" against "۶۰۰" (SM-SA48 / SM-SA60), "۴۷۰" against "۵۹۰", "۳۲ اونس" against
    # "۴۰ اونس", "۱۸ اونس" against "۲۶ اونس", "۳۶۰" against "۵۰۰": the capacity is the only
    # difference, written in digits our titles never use. Nothing matched to another capacity.
    rows = _rows(FLASKS, [0, 1, 2, 4, 5, 7, 8, 10, 11, 14, 15, 16, 17, 19, 20, 21, 22])
    counts, found, _ = _read(tmp_path, PERSIAN, rows, label="capacities")
    assert not counts["wrong matched"], found


# Passed at first reading, as expected: none matched; the SM-SA48 in black and the LHC4151 in black
# were put to a person beside ours (0.66, 0.64), as high as our own listings.
def test_a_colour_or_a_word_in_persian_tells_two_flasks_apart(tmp_path):
    # "سبز" (green) against "مشکی" (black) under one Classic Legendary 1.4 l, both ours and both
    # theirs; "کرم" (cream) against "صورتی" (pink); "استیل" against "مشکی" under SM-SA48; "سفید"
    # against "مشکی" under LHC4151; "فلاسک" against "فلاسک غذا" (flask / food jar) under Stainless
    # King 470 ml: nothing matched to the other colour or kind.
    rows = _rows(FLASKS, [0, 3, 5, 6, 8, 9, 10, 12, 25, 26])
    counts, found, _ = _read(tmp_path, PERSIAN, rows, label="colours")
    assert not counts["wrong matched"], found


# Passed at first reading, as expected: the single matched by its GTIN, the pack of two in words
# missed (0.22 alone), nothing crossed.
def test_a_pack_of_two_written_in_words_is_not_the_single(tmp_path):
    # "بسته دو عددی" (a pack of two) against our single Travel Mug 360 ml (GTIN on both sides of the
    # single), and our "2er-Set" against their single: each of ours matched or put to a person
    # with its own only, the two never crossed.
    counts, found, truth = _read(tmp_path, PERSIAN, _rows(FLASKS, [21, 23]), label="two")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: none of the four found (0.14-0.29 alone).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a quantity in another unit joined few pairs before (\"1 Unze\" / \"31,1 γρ.\"); these digits are not read as numbers")
def test_a_capacity_written_in_another_unit_and_digits_finds_its_product(tmp_path):
    # "0,4 l" against "۴۰۰ میلی‌لیتر", "946 ml (32 oz)" against "۳۲ اونس", "532 ml (18 oz)" against
    # "۱۸ اونس", "1,2 l" against "۱٫۲ لیتر": found, and the sibling in the other capacity not matched.
    counts, found, truth = _read(tmp_path, PERSIAN, _rows(FLASKS, [7, 8, 16, 17, 19, 20, 27]), label="units")
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


# Failed at first reading, as expected: neither second listing found ("Copo cartão 0,2 l" 0.32 alone;
# the Stanley with its maker in Latin 0.54), nor either first listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of six in kinds11 and kinds11b")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Copo cartão 0,2 l branco (50 un) - Papstar" beside "Copo de papel para café 200 ml branco
    # Papstar - emb. 50 un"; "فلاسک Stanley Classic Legendary Bottle ۱.۴ لیتری سبز" (the maker in
    # Latin, "." for "٫") beside "فلاسک استنلی مدل Classic Legendary گنجایش ۱٫۴ لیتر رنگ سبز".
    missed = []

    def show(name, truth, counts, found):
        for n, *_ in SECOND_LISTINGS[name]:
            missed.extend((name, pair) for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")) if pair not in found)

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eleventh_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 27d7e0f, the same as 515598d): 6 of 30 true
    # pairs found (2 matched, 4 proposed), 24 missed; no variant matched, 2 proposed (the SM-SA48 and
    # the LHC4151 in black beside ours, each at its own listing's score).
    # Re-recorded in the thirty-fourth session (digits11, the lead approving): with Persian digits read
    # as their values, their second listing of the green 1.4 l Classic Legendary "... ۱.۴ لیتری سبز"
    # is proposed beside our Matte Black one (O3-T0b, 0.62, never matched): its colour is named only
    # in a word our shop never writes ("سبز", green), and our green one's pair scores 0.598, under
    # the review threshold. Before, the listing was paired with no product of ours. The
    # guard holds that one proposal more.
    holds_its_first_reading(read_the_batch(tmp_path), matched=2, found=6, wrong_matched=0, wrong_proposed=3)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds11c [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
