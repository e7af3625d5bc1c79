"""A fourth batch of the ninth round (after `tests/test_matching_kinds9.py` to `..kinds9c.py`),
written before the matcher read it, of the two shapes this session's mends are about, in kinds
none of the rounds held.

Barbecue and grilling, a tenth shared (ours: a German barbecue shop, 40 products in euros;
theirs: a Brazilian shop, 30 listings in reais, "Churrasqueira a Carvão ... Preta", "Kit para
Churrasco ... 3 Peças", "Termômetro", "Luva": four of ours, one listed twice, the rest other
sizes, colours and models of ours and Brazilian products we do not sell, in words ours also
write). Home fitness from a marketplace's sellers (ours: a German fitness shop, 17 products;
theirs: a British marketplace, 40 listings, most of our products listed by two or three sellers
each in their own words, "BOWFLEX 552i SelectTech Dumbbell (single)", "ON Gold Standard Whey 5lb",
beside siblings whose titles differ by one word or number: "Single" / "Pair", "16kg" / "20kg",
"Cast Iron" / "Vinyl", "HRM-Pro Plus" / "HRM-Pro", "H10" / "H9", "Standard" / "Med").

Rows as `tests/kinds_batches.py` reads them; every further listing of a seller is a true pair of
our product as the first is.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, catalogues_with_second_listings, check_the_rows, holds_its_first_reading, read_catalogues
from tests.kinds_batches import every_catalogue as _every_catalogue
from tests.kinds_batches import read_the_batch as _read_the_batch

# Our forty products; theirs share four (the first four rows) and list the first twice.
BARBECUE: list[Row] = [
    ("Weber Master-Touch GBS C-5750 Holzkohlegrill 57 cm schwarz", "379.00",
     "Churrasqueira a Carvão Weber Master-Touch GBS C-5750 57 cm Preta", "3299.00"),
    ("Weber iGrill 2 Grillthermometer", "99.99", "Termômetro Weber iGrill 2 Bluetooth para Churrasco", "899.90"),
    ("Tramontina Churrasco-Besteckset 3-teilig Edelstahl", "29.90", "Kit para Churrasco Tramontina Inox 3 Peças", "129.90"),
    ("Big Green Egg EGGmitt Grillhandschuh", "39.90", "Luva Big Green Egg EGGmitt para Churrasco", "349.00"),
    ("Weber Master-Touch GBS E-5750 Holzkohlegrill 57 cm schwarz", "399.00", None, None),
    ("Weber Original Kettle E-5710 Holzkohlegrill 57 cm schwarz", "229.00", None, None),
    ("Weber Spirit II E-310 GBS Gasgrill schwarz", "699.00", None, None),
    ("Weber Genesis E-325s Gasgrill schwarz", "1299.00", None, None),
    ("Weber Traveler Gasgrill", "549.00", None, None),
    ("Weber Q 1200 Gasgrill titan", "329.00", None, None),
    ("Weber Briketts 8 kg", "16.99", None, None),
    ("Weber Anzündkamin Rapidfire groß", "39.99", None, None),
    ("Weber Grillbürste 30 cm Edelstahl", "12.99", None, None),
    ("Weber Premium Grillzange", "29.99", None, None),
    ("Weber Räucherchips Hickory 0,7 kg", "7.99", None, None),
    ("Weber Räucherchips Apfel 0,7 kg", "7.99", None, None),
    ("Weber Gourmet BBQ System Wok mit Dämpfeinsatz", "59.99", None, None),
    ("Weber Pizzastein rund 36 cm", "44.99", None, None),
    ("Weber Premium Abdeckhaube für Holzkohlegrills 57 cm", "49.99", None, None),
    ("Weber Connect Smart Grilling Hub", "129.00", None, None),
    ("Napoleon Rogue XT 425 Gasgrill", "849.00", None, None),
    ("Big Green Egg Large Keramikgrill", "1599.00", None, None),
    ("Big Green Egg MiniMax Keramikgrill", "999.00", None, None),
    ("Big Green Egg ConvEGGtor Large", "99.00", None, None),
    ("Big Green Egg Holzkohle 4,5 kg", "29.90", None, None),
    ("Outdoorchef Ascona 570 G Kugelgrill", "599.00", None, None),
    ("Broil King Baron 490 Gasgrill", "999.00", None, None),
    ("Campingaz Attitude 2100 LX Gasgrill", "279.00", None, None),
    ("ThermoPro TP20 Funk-Grillthermometer", "49.99", None, None),
    ("Meater Plus kabelloses Fleischthermometer", "119.00", None, None),
    ("Meater 2 Plus kabelloses Fleischthermometer", "139.00", None, None),
    ("Proflame Buchenholzkohle 10 kg", "24.90", None, None),
    ("Tramontina Churrasco-Messer 8 Zoll", "19.90", None, None),
    ("Tramontina Grillspieße Edelstahl 4 Stück 55 cm", "14.90", None, None),
    ("Rösle Grillzange 40 cm", "24.95", None, None),
    ("Rösle Grillhandschuhe Silikon", "29.95", None, None),
    ("Big Green Egg Grillrost-Reiniger", "24.90", None, None),
    ("Feuerfest Grillschürze Leder braun", "49.90", None, None),
    ("Petromax Feuertopf ft9", "129.00", None, None),
    ("Moesta Smokin' Flavours Räucherbox", "39.90", None, None),
    (None, None, "Churrasqueira a Carvão Weber Original Kettle 47 cm Preta", "1499.00"),
    (None, None, "Churrasqueira a Carvão Weber Master-Touch GBS C-5750 57 cm Vermelha", "3399.00"),
    (None, None, "Termômetro Weber iGrill Mini Bluetooth", "449.90"),
    (None, None, "Termômetro Weber iGrill 3 Bluetooth", "999.90"),
    (None, None, "Kit para Churrasco Tramontina Inox 2 Peças", "89.90"),
    (None, None, "Kit para Churrasco Tramontina Inox 14 Peças", "399.90"),
    (None, None, "Luva Big Green Egg de Silicone (par)", "299.00"),
    (None, None, "Briquetes Weber 4 kg", "69.90"),
    (None, None, "Acendedor de Carvão Weber Rapidfire Pequeno", "199.90"),
    (None, None, "Escova para Grelha Weber 46 cm Inox", "99.90"),
    (None, None, "Pegador Weber Original", "89.90"),
    (None, None, "Espeto Tramontina Inox 75 cm", "39.90"),
    (None, None, "Faca para Churrasco Tramontina Jumbo 5\"", "49.90"),
    (None, None, "Churrasqueira a Bafo MOR Preta 47 cm", "399.90"),
    (None, None, "Carvão Vegetal 5 kg Eucalipto", "34.90"),
    (None, None, "Sal Grosso para Churrasco 1 kg", "9.90"),
    (None, None, "Tábua de Corte Tramontina Churrasco 49 x 33 cm", "159.90"),
    (None, None, "Avental de Couro para Churrasco Marrom", "189.90"),
    (None, None, "Grelha Argentina Inox 60 x 40 cm", "459.90"),
    (None, None, "Kit Espetos Tramontina Inox 6 Peças 65 cm", "119.90"),
    (None, None, "Capa para Churrasqueira Weber 47 cm", "299.90"),
    (None, None, "Pedra para Pizza Weber 26 cm", "249.90"),
    (None, None, "Defumador Weber Lascas Hickory 1,36 kg", "99.90"),
    (None, None, "Churrasqueira a Gás Weber Spirit E-210 Preta", "7999.00"),
    (None, None, "Chapa de Ferro Fundido Weber Gourmet BBQ System", "699.90"),
]

# A British marketplace: several sellers per product, and siblings one word or number apart.
HOME_FITNESS: list[Row] = [
    ("Bowflex SelectTech 552i Kurzhantel 2-24 kg (Einzelhantel)", "399.00", "Bowflex SelectTech 552i Adjustable Dumbbell, 2-24 kg, Single",
     "349.00"),
    (None, None, "Bowflex SelectTech 552i Adjustable Dumbbells, 2-24 kg, Pair", "649.00"),
    (None, None, "Bowflex SelectTech 1090i Adjustable Dumbbell, 4-41 kg, Single", "599.00"),
    ("Gorilla Sports Kettlebell Gusseisen 16 kg schwarz", "34.90", "Gorilla Sports Cast Iron Kettlebell 16kg Black", "32.99"),
    (None, None, "Gorilla Sports Cast Iron Kettlebell 20kg Black", "39.99"),
    (None, None, "Gorilla Sports Vinyl Kettlebell 16kg Black", "29.99"),
    ("TheraBand Widerstandsband 2,5 m mittel rot", "14.90", "TheraBand Resistance Band 2.5m, Red, Medium", "12.99"),
    (None, None, "TheraBand Resistance Band 2.5m, Green, Heavy", "12.99"),
    (None, None, "TheraBand Resistance Band 5.5m, Red, Medium", "22.99"),
    ("Garmin HRM-Pro Plus Brustgurt", "129.99", "Garmin HRM-Pro Plus Heart Rate Monitor Chest Strap", "109.99"),
    (None, None, "Garmin HRM-Pro Heart Rate Monitor Chest Strap", "89.99"),
    (None, None, "Garmin HRM-Dual Heart Rate Monitor Chest Strap", "59.99"),
    ("Polar H10 Herzfrequenz-Sensor M-XXL schwarz", "89.90", "Polar H10 Heart Rate Sensor, M-XXL, Black", "79.00"),
    (None, None, "Polar H10 Heart Rate Sensor, XS-S, Black", "79.00"),
    (None, None, "Polar H9 Heart Rate Sensor, M-XXL, Black", "54.00"),
    ("Manduka PRO Yogamatte 6 mm black 180 cm", "129.00", "Manduka PRO Yoga Mat 6mm, Black, Standard 180cm", "115.00"),
    (None, None, "Manduka PRO Yoga Mat 6mm, Black, Long 215cm", "135.00"),
    (None, None, "Manduka PROlite Yoga Mat 4.7mm, Black", "85.00"),
    ("Blackroll Standard Faszienrolle 30 cm schwarz", "32.90", "BLACKROLL Standard Foam Roller 30cm, Black", "29.95"),
    (None, None, "BLACKROLL Standard Foam Roller 45cm, Black", "39.95"),
    (None, None, "BLACKROLL Med Foam Roller 30cm, Black", "29.95"),
    ("Concept2 RowErg Rudergerät mit PM5 Standardbeine", "1190.00", "Concept2 RowErg Indoor Rowing Machine with PM5, Standard Legs",
     "1099.00"),
    (None, None, "Concept2 RowErg Indoor Rowing Machine with PM5, Tall Legs", "1249.00"),
    ("Optimum Nutrition Gold Standard 100% Whey Double Rich Chocolate 2,27 kg", "79.90",
     "Optimum Nutrition Gold Standard 100% Whey Protein Powder, Double Rich Chocolate, 2.27 kg", "64.99"),
    (None, None, "Optimum Nutrition Gold Standard 100% Whey Protein Powder, Vanilla Ice Cream, 2.27 kg", "64.99"),
    (None, None, "Optimum Nutrition Gold Standard 100% Whey Protein Powder, Double Rich Chocolate, 896 g", "29.99"),
    ("Fitbit Charge 6 Fitness-Tracker obsidian", "159.95", "Fitbit Charge 6 Fitness Tracker, Obsidian/Black", "139.00"),
    (None, None, "Fitbit Charge 6 Fitness Tracker, Porcelain/Silver", "139.00"),
    (None, None, "Fitbit Inspire 3 Fitness Tracker, Midnight Zen/Black", "79.00"),
    ("Reebok Step Aerobic-Stepper schwarz/rot", "79.90", "Reebok Aerobic Step, Black/Red", "64.99"),
    (None, None, "Reebok Mini Step, Black/Red", "39.99"),
    ("Gorilla Sports Hantelscheiben Gusseisen 2 x 10 kg 30 mm", "39.90", None, None),
    ("Bowflex SelectTech Hantelständer", "199.00", None, None),
    ("Polar Verity Sense optischer Herzfrequenz-Sensor", "89.90", None, None),
    ("Blackroll Mini Faszienrolle 15 cm", "19.90", None, None),
    ("Garmin HRM-Fit Brustgurt", "149.99", None, None),
    ("Kettler Springseil Speed Rope", "14.90", None, None),
]

KINDS: dict[str, list[Row]] = {"barbecue, a Brazilian shop in reais, a tenth shared": BARBECUE,
                               "home fitness, a marketplace's sellers": HOME_FITNESS}
CURRENCIES = {"barbecue, a Brazilian shop in reais, a tenth shared": "BRL"}

# Further listings of our products: (row of the first listing, another seller's title, its price).
SECOND_LISTINGS: dict[str, list[tuple[int, str, str]]] = {
    "barbecue, a Brazilian shop in reais, a tenth shared": [
        (0, "Churrasqueira Weber Master Touch 57cm GBS - Carvão - Cor Preta", "3249.00")],
    "home fitness, a marketplace's sellers": [
        (0, "BOWFLEX 552i SelectTech Dumbbell (single) - 2kg to 24kg adjustable weight", "339.00"),
        (0, "Bowflex Selecttech 552 Dumbbell 24kg - Single Dumbbell - Fast Delivery", "359.00"),
        (3, "GORILLA SPORTS® Kettlebell 16 kg Cast Iron", "31.49"),
        (6, "Thera-Band Professional Latex Resistance Band 2.5 m - Red (Medium)", "11.49"),
        (9, "Garmin HRM Pro Plus Premium Chest Strap Heart Rate Monitor, Black", "114.00"),
        (12, "POLAR H10 Chest Strap HR Sensor - Bluetooth ANT+ M-XXL", "74.95"),
        (15, "Manduka PRO Yoga and Pilates Mat 6mm Thick - Black", "119.00"),
        (23, "ON Gold Standard Whey 5lb Double Rich Chocolate", "62.50"),
    ],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    def priced(name: str, catalogues: Catalogues) -> Catalogues:
        ours, theirs, truth = catalogues
        return ours, [{**t, "currency": CURRENCIES[name]} for t in theirs] if name in CURRENCIES else theirs, truth

    return [(name, priced(name, catalogues)) for name, catalogues in _every_catalogue(KINDS, SECOND_LISTINGS)]


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, name: str) -> tuple:
    catalogues = dict(every_catalogue())[name]
    counts, found = read_catalogues(tmp_path / "kind", catalogues)
    return counts, found, catalogues[2]


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    (ours, theirs, truth), (ours2, theirs2, truth2) = (c for _, c in every_catalogue())
    # A tenth of our forty shared, in reais; seventeen of ours against a marketplace listing most
    # of them two or three times.
    assert len(ours) == 40 and len(theirs) == 30 and len({o for o, _ in truth}) == 4 and len(truth) == 5
    assert len(ours2) == 17 and len(theirs2) == 39 and len(truth2) == 19
    assert {t["currency"] for t in theirs} == {"BRL"}
    assert all(len({t["name"] for t in c[1]}) == len(c[1]) for _, c in every_catalogue())
    # Several further listings of one product get keys of their own.
    assert catalogues_with_second_listings(HOME_FITNESS, SECOND_LISTINGS["home fitness, a marketplace's sellers"][:2])[2] >= {
        ("O0", "T0b"), ("O0", "T0c")}


# --- what a matcher should make of the batch, as expected before it was read ------------------


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the rounds before found 0.42-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Failed at first reading, as expected: one of four found (the Master-Touch, under C-5750); the
# iGrill 2, the Tramontina set and the EGGmitt 0.45-0.59 alone.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a tenth shared found one of four in kinds8b; words in two languages scored under 0.6")
def test_a_brazilian_shop_sharing_a_tenth_of_our_range_has_its_four_found(tmp_path):
    # "Holzkohlegrill 57 cm schwarz" / "Churrasqueira a Carvão ... 57 cm Preta" with the code
    # C-5750, "Grillthermometer" / "Termômetro", "Besteckset 3-teilig" / "Kit ... 3 Peças",
    # "Grillhandschuh" / "Luva": the maker and the model shared, each found with its second listing.
    counts, found, truth = _read(tmp_path, "barbecue, a Brazilian shop in reais, a tenth shared")
    assert counts["true matched"] + counts["true proposed"] == len(truth), found


# Expected to pass when written; at first reading it failed: their red Master-Touch ("Vermelha")
# was matched (0.97) as a second listing of the black one ours took, under the code C-5750; the
# true second listing, "Master Touch 57cm GBS - Carvão - Cor Preta", without the code, was missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a colour in Portuguese under the code both listings carry is read as a second listing")
def test_a_brazilian_shop_sharing_a_tenth_gets_no_product_of_ours_it_lacks(tmp_path):
    # Their red Master-Touch is not our black one nor our E-5750, their 47 cm kettle not our 57
    # cm, their iGrill Mini and iGrill 3 not our iGrill 2, their 2- and 14-piece sets not our
    # 3-piece, their 4 kg briquettes not our 8 kg, their "Pequeno" chimney not our "groß", their
    # GBS griddle not our GBS wok: nothing of ours they lack is matched.
    counts, found, truth = _read(tmp_path, "barbecue, a Brazilian shop in reais, a tenth shared")
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: 9 of 19 listings found; of the eight further listings,
# one (Bowflex's, under 552i).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found where a code or close wording joined it (kinds8, kinds9)")
def test_every_sellers_listing_of_our_product_is_found(tmp_path):
    # Two or three sellers' titles for one product ("BOWFLEX 552i SelectTech Dumbbell (single)",
    # "Bowflex Selecttech 552 Dumbbell 24kg - Single Dumbbell", "ON Gold Standard Whey 5lb"): each
    # found, matched or put to a person.
    counts, found, truth = _read(tmp_path, "home fitness, a marketplace's sellers")
    assert counts["true matched"] + counts["true proposed"] == len(truth), found


# Failed at first reading, as expected: their Bowflex 552i "Pair" matched (0.96) as a second listing
# of the "Single" ours took, under 552i.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a sibling one word apart was taken as a second listing under a shared code (kinds9: l200, xtx50, c130, sm10)")
def test_a_marketplaces_siblings_one_word_or_number_apart_are_not_our_product(tmp_path):
    # "Single" / "Pair", "16kg" / "20kg", "Cast Iron" / "Vinyl", "HRM-Pro Plus" / "HRM-Pro",
    # "H10" / "H9", "M-XXL" / "XS-S", "Standard 180cm" / "Long 215cm", "Standard" / "Med",
    # "Standard Legs" / "Tall Legs", "Double Rich Chocolate" / "Vanilla Ice Cream", "2.27 kg" /
    # "896 g", "Obsidian" / "Porcelain": none matched.
    counts, found, truth = _read(tmp_path, "home fitness, a marketplace's sellers")
    assert not counts["wrong matched"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_ninth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at a87e56e, the same as 058a80b): 10 of 24 true
    # pairs found (5 matched, 5 proposed), 14 missed; 2 variants matched (their red Master-Touch
    # and the Bowflex pair, each as a second listing under a code) and 1 proposed (the vinyl
    # kettlebell).
    # The twenty-ninth session, the wording gate at even odds (`WordingEvidence.worth_asking`: where its
    # bounds do not let a shop's wording match but its nulls at even odds show the candidates right more
    # often than not, the candidates both views of the titles agree on are proposed): 2 variants more
    # proposed, our "Weber Anzündkamin Rapidfire groß" with their "Rapidfire Pequeno" (0.45) and our
    # "Gourmet BBQ System Wok" with their cast-iron "Chapa ... Gourmet BBQ System" (0.57), neither of which
    # the Brazilian shop sells as ours; no true pair more found.
    # Nothing at the catalogue level tells it apart: the gate's counts in this catalogue are no weaker
    # than in those whose true pairs the same reading finds (bench/history/matching.md, twenty-eighth
    # session, tongues2), and the comparison does not read the difference between the two titles.
    holds_its_first_reading(read_the_batch(tmp_path), matched=5, found=10, wrong_matched=2, wrong_proposed=3)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds9d [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
