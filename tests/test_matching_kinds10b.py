"""A second batch of the tenth round (after `tests/test_matching_kinds10.py`), written before the
matcher read it, of two shapes the rounds before had not.

A pharmacy whose titles come from the pharmacy database (ours: a German online pharmacy, 19
products; theirs: another German online pharmacy, 37 listings in the database's capitals and
abbreviations, "ACC AKUT 600MG BRAUSETABL. 20 ST", "HARTKAPS.", "MSR", "WUND- U. HEILSALBE"),
each strength written as that shop writes it: "600 mg" / "600MG" / "0,6 g", "0,1 %" / "1 MG/ML",
"1.000 I.E." / "25 µg", "0,4 mg" / "400 µg", "50 mg/g" / "5%", "30 mg/5 ml" / "6 MG/ML", "100 mg"
/ "0,1 G"; beside the same brand in another strength, pack or form, and other makers' products of
the same active and strength ("NASENSPRAY-RATIOPHARM ERW. 0,1%", "VITAMIN D3 HEVERT 1.000 I.E.").

Marine chandlery from a feed that cuts every title at 40 characters (ours: a German chandlery, 20
products in euros; theirs: a British chandlery, 45 listings in pounds, every title in capitals,
abbreviated to fit ("GALV", "A/F", "JKT", "WMNS", "2.5LTR", "12/15") or cut where it overflows:
"JABSCO MANUAL TOILET TWIST N LOCK REGULA", "HARKEN 32 SELF-TAILING WINCH 2 SPEED ALU",
"SPINLOCK DECKVEST 6D 170N LIFEJACKET WIT"), a part number only in a description or our MPN.

Rows as `tests/kinds_batches.py` reads them; each competitor lists one of ours twice.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, check_the_rows, every_catalogue_priced, holds_its_first_reading, read_rows_priced
from tests.kinds_batches import read_the_batch as _read_the_batch

# Our nineteen products; theirs in the pharmacy database's words, capitals and abbreviations.
PHARMACY_STRENGTHS: list[Row] = [
    ("ACC akut 600 mg Brausetabletten 20 Stück", "10.97", "ACC AKUT 600MG BRAUSETABL. 20 ST", "9.49"),
    (None, None, "ACC AKUT 600MG BRAUSETABL. 10 ST", "6.29"),
    (None, None, "ACC AKUT 200MG BRAUSETABL. 20 ST", "6.95"),
    ("Olynth 0,1 % Nasendosierspray 10 ml", "3.99", "OLYNTH 1 MG/ML NASENDOSIERSPRAY 10 ML", "3.49"),
    ("Olynth 0,05 % Nasendosierspray für Kinder 10 ml", "3.99", "OLYNTH 0,5 MG/ML FÜR KINDER NASENDOSIERSPRAY 10 ML", "3.49"),
    (None, None, "OLYNTH 1 MG/ML NASENDOSIERSPRAY 15 ML", "4.69"),
    ("Vigantoletten 1.000 I.E. Vitamin D3 Tabletten 100 Stück", "8.49", "VIGANTOLETTEN 25 µg TABL. 100 ST", "7.29"),
    (None, None, "VIGANTOLETTEN 12,5 µg TABL. 100 ST", "6.49"),
    (None, None, "VIGANTOLETTEN 25 µg TABL. 50 ST", "4.99"),
    ("Folsan 0,4 mg Tabletten 100 Stück", "12.49", "FOLSAN 400 µg TABL. 100 ST", "10.99"),
    (None, None, "FOLSAN 5 MG TABL. 100 ST", "13.99"),
    ("Pantozol Control 20 mg magensaftresistente Tabletten 14 Stück", "9.98", "PANTOZOL CONTROL 20MG MSR TABL. 14 ST", "8.49"),
    (None, None, "PANTOZOL CONTROL 20MG MSR TABL. 7 ST", "5.49"),
    ("Imodium akut 2 mg Hartkapseln 12 Stück", "8.97", "IMODIUM AKUT 2MG HARTKAPS. 12 ST", "7.99"),
    (None, None, "IMODIUM AKUT N SCHMELZTABL. 12 ST", "9.49"),
    ("Zovirax Lippenherpescreme 50 mg/g Tube 2 g", "6.99", "ZOVIRAX LIPPENHERPESCREME 5% 2 G", "5.99"),
    (None, None, "ZOVIRAX DUO 50MG/G + 10MG/G CREME 2 G", "8.99"),
    ("Bepanthen Wund- und Heilsalbe 50 mg/g 100 g", "14.99", "BEPANTHEN WUND- U. HEILSALBE 5% 100 G", "12.99"),
    (None, None, "BEPANTHEN WUND- U. HEILSALBE 5% 20 G", "4.99"),
    (None, None, "BEPANTHEN AUGEN- U. NASENSALBE 5% 5 G", "4.49"),
    ("Mucosolvan Saft 30 mg/5 ml 100 ml", "7.49", "MUCOSOLVAN SAFT 6 MG/ML 100 ML", "6.49"),
    (None, None, "MUCOSOLVAN KINDERSAFT 3 MG/ML 100 ML", "6.29"),
    ("Loratadin-ratiopharm 10 mg Tabletten 20 Stück", "4.49", "LORATADIN-RATIOPHARM 10MG TABL. 20 ST", "3.79"),
    (None, None, "LORATADIN-RATIOPHARM 10MG TABL. 50 ST", "7.99"),
    ("Ferro sanol duodenal 100 mg Hartkapseln 50 Stück", "16.49", "FERRO SANOL DUODENAL 0,1 G HARTKAPS. MSR 50 ST", "14.79"),
    (None, None, "FERRO SANOL DUODENAL 0,1 G HARTKAPS. MSR 20 ST", "8.49"),
    ("Grippostad C Hartkapseln 24 Stück", "11.49", "GRIPPOSTAD C HARTKAPS. 24 ST", "9.99"),
    (None, None, "GRIPPOSTAD C HARTKAPS. 12 ST", "6.49"),
    (None, None, "GRIPPOSTAD HEISSGETRÄNK PULVER 10 BTL", "9.49"),
    ("Iberogast Classic Flüssigkeit 50 ml", "19.49", "IBEROGAST CLASSIC FLÜSSIGK. 50 ML", "16.99",
     {"ours": {"description": "PZN 16507327. Flüssigkeit zum Einnehmen."}, "theirs": {"description": "PZN: 16507327"}}),
    (None, None, "IBEROGAST ADVANCE FLÜSSIGK. 50 ML", "19.99", {"theirs": {"description": "PZN: 16507385"}}),
    (None, None, "IBEROGAST CLASSIC FLÜSSIGK. 100 ML", "29.99", {"theirs": {"description": "PZN: 16507333"}}),
    ("Mucosolvan Retardkapseln 75 mg 20 Stück", "12.49", None, None),
    ("Sinupret extract überzogene Tabletten 160 mg 20 Stück", "12.99", None, None),
    ("Dekristol 20.000 I.E. Weichkapseln 50 Stück", "19.99", None, None),
    ("Loratadin-ratiopharm 10 mg Tabletten 7 Stück", "2.49", None, None),
    ("ACC long 600 mg Brausetabletten 10 Stück", "6.97", None, None),
    (None, None, "NASENSPRAY-RATIOPHARM ERW. 0,1% 10 ML", "1.99"),
    (None, None, "VITAMIN D3 HEVERT 1.000 I.E. TABL. 100 ST", "6.49"),
    (None, None, "AMBROXOL AL 30MG TABL. 20 ST", "2.99"),
    (None, None, "LOPERAMID AL 2MG HARTKAPS. 10 ST", "2.49"),
]


def _cut(title: str) -> str:
    """A title as the British chandlery's feed gives it: capitals, cut at 40 characters."""
    return title.upper()[:40]


# Our twenty products; theirs in a feed's capitals, abbreviated to fit or cut at 40 characters.
MARINE: list[Row] = [
    ("Spinlock Deckvest 6D Automatik-Rettungsweste 170N mit Lifebelt", "389.00", _cut("Spinlock Deckvest 6D 170N Lifejacket with Harness"),
     "319.95"),
    (None, None, _cut("Spinlock Deckvest 6D 275N Lifejacket with Harness"), "369.95"),
    (None, None, _cut("Spinlock Deckvest Lite+ 170N Lifejacket with Harness"), "189.95"),
    ("Plastimo Pilot 165 Automatik-Rettungsweste mit Lifebelt", "119.00", _cut("Plastimo Pilot 165N Automatic Lifejacket with Harness"),
     "99.95"),
    (None, None, _cut("Plastimo Pilot 165N Manual Lifejacket with Harness"), "89.95"),
    (None, None, _cut("Plastimo Pilot 275N Automatic Lifejacket with Harness"), "149.95"),
    ("Polyform F2 Fender weiß 22 x 66 cm", "42.90", "POLYFORM F2 FENDER WHITE 220MM X 660MM", "36.50"),
    (None, None, "POLYFORM F2 FENDER BLUE 220MM X 660MM", "38.50"),
    (None, None, "POLYFORM F3 FENDER WHITE 300MM X 760MM", "52.95"),
    ("Lewmar Delta Anker 10 kg feuerverzinkt", "239.00", "LEWMAR DELTA ANCHOR 10KG GALV", "199.95"),
    (None, None, "LEWMAR DELTA ANCHOR 16KG GALV", "289.95"),
    (None, None, "LEWMAR DELTA ANCHOR 10KG STAINLESS", "689.95"),
    ("Liros Handy Elastic Festmacherleine 12 mm x 10 m marine", "39.90", "LIROS HANDY ELASTIC 12MM X 10M NAVY", "33.95"),
    (None, None, "LIROS HANDY ELASTIC 14MM X 10M NAVY", "42.95"),
    (None, None, "LIROS HANDY ELASTIC 12MM X 8M NAVY", "29.95"),
    ("Garmin GPSMAP 943xsv Kartenplotter 9 Zoll mit Sonar", "1799.00", _cut("Garmin GPSMAP 943xsv 9 inch Chartplotter with Sonar"),
     "1549.00"),
    (None, None, _cut("Garmin GPSMAP 923xsv 9 inch Chartplotter with Sonar"), "1449.00"),
    (None, None, _cut("Garmin GPSMAP 943 9in Chartplotter no Sonar"), "1249.00"),
    ("Raymarine Axiom+ 9 RV Multifunktionsdisplay mit RV-100 Geber", "1699.00", _cut("Raymarine Axiom+ 9 RV MFD with RV-100 Transducer"),
     "1449.00"),
    (None, None, _cut("Raymarine Axiom+ 7 RV MFD with RV-100 Transducer"), "1199.00"),
    (None, None, _cut("Raymarine Axiom+ 9 MFD without Transducer"), "1149.00"),
    ("Standard Horizon HX890E UKW-Handfunkgerät mit GPS, schwimmfähig", "269.00",
     _cut("Standard Horizon HX890E Floating VHF Radio with GPS"), "229.95"),
    (None, None, _cut("Standard Horizon HX870E Floating VHF Radio with GPS"), "199.95"),
    ("International Micron 350 Antifouling dunkelblau 2,5 l", "189.00", "INTL MICRON 350 A/F DARK BLUE 2.5LTR", "159.95"),
    (None, None, "INTL MICRON 350 A/F DARK BLUE 0.75LTR", "64.95"),
    (None, None, "INTL MICRON 350 A/F BLACK 2.5LTR", "159.95"),
    ("Jabsco Twist 'n' Lock Bordtoilette manuell, großes Becken", "249.00", _cut("Jabsco Manual Toilet Twist n Lock Regular Bowl"), "199.95",
     {"ours": {"mpn": "29120-3000"}, "theirs": {"description": "Jabsco part no. 29120-3000. Regular (household size) bowl."}}),
    (None, None, _cut("Jabsco Manual Toilet Twist n Lock Compact Bowl"), "189.95",
     {"theirs": {"description": "Jabsco part no. 29090-3000. Compact bowl."}}),
    ("Harken 32 Selbstholerwinsch 2-Gang Aluminium", "1290.00", _cut("Harken 32 Self-Tailing Winch 2 Speed Aluminium"), "1089.00",
     {"ours": {"mpn": "32.2STA"}, "theirs": {"description": "Harken part 32.2STA."}}),
    (None, None, _cut("Harken 32 Self-Tailing Winch 2 Speed Chrome"), "1349.00", {"theirs": {"description": "Harken part 32.2STC."}}),
    (None, None, _cut("Harken 40 Self-Tailing Winch 2 Speed Aluminium"), "1689.00", {"theirs": {"description": "Harken part 40.2STA."}}),
    ("Whale Gusher Titan Lenzpumpe manuell Deckmontage", "219.00", _cut("Whale Gusher Titan Manual Bilge Pump Deck Mount"), "184.95"),
    (None, None, _cut("Whale Gusher Urchin Manual Bilge Pump Deck Mount"), "94.95"),
    ("Victron Blue Smart IP65 Ladegerät 12 V 15 A", "109.00", "VICTRON BLUE SMART IP65 CHARGER 12/15", "89.95"),
    (None, None, "VICTRON BLUE SMART IP65 CHARGER 12/10", "74.95"),
    (None, None, "VICTRON BLUE SMART IP67 CHARGER 12/17", "139.95"),
    ("Musto BR1 Channel Segeljacke Herren true red L", "199.00", "MUSTO BR1 CHANNEL JKT MENS TRUE RED L", "169.95"),
    (None, None, "MUSTO BR1 CHANNEL JKT MENS TRUE RED XL", "169.95"),
    (None, None, "MUSTO BR1 CHANNEL JKT WMNS TRUE RED L", "169.95"),
    ("Lewmar Delta Anker 6 kg feuerverzinkt", "179.00", None, None),
    ("Polyform A4 Bojenfender rot", "89.00", None, None),
    ("Garmin GPSMAP 1243xsv Kartenplotter 12 Zoll mit Sonar", "2599.00", None, None),
    ("Standard Horizon GX2400E Einbau-UKW-Funkgerät", "599.00", None, None),
    ("International Trilux 33 Antifouling weiß 0,75 l", "69.00", None, None),
    ("Harken 46 Selbstholerwinsch 2-Gang Aluminium", "1890.00", None, None),
    (None, None, "RWO STAINLESS BOW SHACKLE 8MM", "7.95"),
    (None, None, "HOLT ALLEN MARLOW DOCKLINE 12MM X 10M", "31.95"),
    (None, None, "REEDS NAUTICAL ALMANAC 2026", "54.99"),
    (None, None, "GILL OS3 COASTAL JKT MENS RED L", "179.95"),
    (None, None, _cut("Crewsaver Ergofit 190N Lifejacket with Harness"), "139.95"),
]

KINDS: dict[str, list[Row]] = {"pharmacy, strengths written three ways": PHARMACY_STRENGTHS,
                               "marine, a feed cut at 40 characters": MARINE}
CURRENCIES = {"marine, a feed cut at 40 characters": "GBP"}
PHARMACY, CHANDLERY = KINDS

# Each competitor lists one of our products twice: (row of the first listing, title, price).
SECOND_LISTINGS: dict[str, list[tuple]] = {
    PHARMACY: [(0, "ACC akut 0,6 g Brausetabletten, 20 St.", "9.95")],
    CHANDLERY: [(0, "SPINLOCK DV 6D 170N LJ W/HARN", "329.95")],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return every_catalogue_priced(KINDS, SECOND_LISTINGS, CURRENCIES)


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, kind: str, rows: list[Row], second=(), label: str = "rows") -> tuple:
    """Some rows of one kind (and second listings) through the commands, priced as the kind's
    shop prices: counts, found, truth."""
    return read_rows_priced(tmp_path / label, rows, second, CURRENCIES.get(kind))


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    assert set(SECOND_LISTINGS) == set(KINDS)
    for name, (ours, theirs, truth) in every_catalogue():
        assert 15 <= len(ours) <= 40 and 20 <= len(theirs) <= 60, (name, len(ours), len(theirs))
        assert len({t["name"] for t in theirs}) == len(theirs), name
    # Every title of the chandlery's feed in capitals and at most 40 characters; some were cut.
    ours, theirs, _ = dict(every_catalogue())[CHANDLERY]
    assert all(t["name"] == t["name"].upper() and len(t["name"]) <= 40 for t in theirs)
    assert sum(len(t["name"]) == 40 for t in theirs) >= 12
    assert {t["currency"] for t in theirs} == {"GBP"}


# --- what a matcher should make of the batch, as expected before it was read ------------------


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the nine rounds before found 0.42-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Failed at first reading, as expected: 7 of 10 found (all proposed: "0,1 %" / "1 MG/ML", "50 mg/g" /
# "5%", "30 mg/5 ml" / "6 MG/ML", "100 mg" / "0,1 G" among them, on the rest of the title); missed
# "1.000 I.E." / "25 µg" (0.07 alone: "numbers differ: d3 vs 25"), "0,4 mg" / "400 µg" (0.44), and
# the second listing "0,6 g" (0.66 alone).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a quantity in another unit was read as another number before (\"1 Unze\" / \"31,1 γρ.\", \"5lb\" / \"2.27 kg\")")
def test_a_strength_written_in_another_unit_finds_its_product(tmp_path):
    # "600 mg" / "0,6 g" (the second listing), "0,1 %" / "1 MG/ML", "0,05 %" / "0,5 MG/ML",
    # "1.000 I.E." / "25 µg", "0,4 mg" / "400 µg", "50 mg/g" / "5%", "30 mg/5 ml" / "6 MG/ML", "100
    # mg" / "0,1 G": one strength, found (matched or put to a person).
    rows = [PHARMACY_STRENGTHS[n] for n in (0, 3, 4, 6, 9, 15, 17, 20, 24)]
    counts, found, truth = _read(tmp_path, PHARMACY, rows, SECOND_LISTINGS[PHARMACY], label="units")
    assert counts["true matched"] + counts["true proposed"] == len(truth), found


# Passed at first reading, as expected: no sibling matched or proposed.
def test_another_strength_pack_or_form_of_a_brand_is_another_product(tmp_path):
    # "600MG" against "200MG", "20 ST" against "10 ST", "10 ML" against "15 ML", "25 µg" against
    # "12,5 µg", "0,4 mg" against "5 MG", "14 ST" against "7 ST", "HARTKAPS." against "AKUT N
    # SCHMELZTABL.", "ZOVIRAX" against "ZOVIRAX DUO", "100 G" against "20 G", "WUND- U. HEILSALBE"
    # against "AUGEN- U. NASENSALBE", "SAFT 6 MG/ML" against "KINDERSAFT 3 MG/ML", "CLASSIC" against
    # "ADVANCE", "ACC akut" against "ACC long": none matched.
    counts, found, truth = _read(tmp_path, PHARMACY, PHARMACY_STRENGTHS[:37], label="siblings")
    assert not counts["wrong matched"], found


# Passed at first reading, as expected.
def test_a_strength_every_maker_writes_names_no_product(tmp_path):
    # Olynth's "0,1 %" and "10 ml" against "NASENSPRAY-RATIOPHARM ERW. 0,1% 10 ML", Vigantoletten's
    # "1.000 I.E." and "100" against "VITAMIN D3 HEVERT 1.000 I.E. TABL. 100 ST", Imodium's "2 mg
    # Hartkapseln" against "LOPERAMID AL 2MG HARTKAPS.", Mucosolvan's ambroxol against "AMBROXOL AL
    # 30MG": another maker's product of the same active and strength, neither matched nor proposed.
    rows = [PHARMACY_STRENGTHS[n] for n in (3, 6, 13, 20, 37, 38, 39, 40)]
    counts, found, truth = _read(tmp_path, PHARMACY, rows, label="makers")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: 12 of 14 found, every one proposed (0.66-0.81), none matched.
def test_a_title_from_the_pharmacy_database_finds_our_product(tmp_path):
    # Capitals, "600MG" joined, "BRAUSETABL.", "HARTKAPS.", "MSR", "ST": at least half of our
    # products they sell found.
    counts, found, truth = _read(tmp_path, PHARMACY, PHARMACY_STRENGTHS, label="database")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Expected to pass when written; at first reading it failed: 6 of 14 found, five of them matched under
# a code (170n, rv100, hx890e, ip65); Garmin's "943XSV" (0.52 alone), the Polyform F2 (0.55), Musto's
# "BR1" (0.55), the Plastimo (0.45), Jabsco (0.47), Harken (0.44), Whale (0.34), "INTL MICRON 350
# A/F" (0.42) missed: English against German, a model code not read as one (943xsv, f2, br1). Passes
# since the twenty-second session: Garmin's cut title proposed on the maker and the numbers
# (`matching.two_languages`), 7 of 14 found.
def test_a_title_cut_at_40_characters_finds_our_product(tmp_path):
    # The maker and the model stand at the start of every cut title ("GARMIN GPSMAP 943XSV",
    # "STANDARD HORIZON HX890E", "POLYFORM F2", "INTL MICRON 350"): at least half found, in
    # English against our German.
    counts, found, truth = _read(tmp_path, CHANDLERY, MARINE, label="cut")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Expected to pass when written; at first reading it failed: "AXIOM+ 7 RV" matched (0.92) beside the
# "9 RV" ours took, under the code rv100 ("numbers differ: 9 vs 7" read and overruled), and the
# Victron "12/10" (0.96) beside "12/15", under ip65: their shop's second listing taken as the one our
# product took, under a code every sibling carries. Passing since the twenty-first session ("dupes2",
# `replaced_words.our_word_replaced`): our titles write the 9 and the 15 their other listings replace.
def test_a_number_or_a_model_tells_two_listings_of_a_feed_apart(tmp_path):
    # "170N" against "275N", "10KG" against "16KG", "12MM X 10M" against "14MM X 10M" and "12MM X
    # 8M", "F2" against "F3", "943XSV" against "923XSV" and "943", "AXIOM+ 9" against "7",
    # "HX890E" against "HX870E", "2.5LTR" against "0.75LTR", "12/15" against "12/10", "IP65" against
    # "IP67", "L" against "XL": none matched.
    rows = [MARINE[n] for n in (0, 1, 3, 5, 6, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 33, 34, 35, 36, 37)]
    counts, found, truth = _read(tmp_path, CHANDLERY, rows, label="numbers")
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: the Spinlock "DECKVEST LITE+ 170N" matched (0.96) beside the
# "DECKVEST 6D 170N" ours took, the buoyancy "170n" read as a model code.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a sibling under the code our pair carries was matched as a second listing in every case of the ninth round")
def test_a_colour_finish_or_word_under_one_model_is_another_product(tmp_path):
    # "F2 ... WHITE" against "F2 ... BLUE", "GALV" against "STAINLESS", "DARK BLUE" against "BLACK",
    # "MENS" against "WMNS", "AUTOMATIC" against "MANUAL", "DECKVEST 6D" against "DECKVEST LITE+",
    # "GUSHER TITAN" against "GUSHER URCHIN", "AXIOM+ 9 RV" against "AXIOM+ 9 MFD WITHOUT": none
    # matched, none put to a person.
    rows = [MARINE[n] for n in (0, 2, 3, 4, 6, 7, 9, 11, 18, 20, 23, 25, 31, 32, 36, 38)]
    counts, found, truth = _read(tmp_path, CHANDLERY, rows, label="words")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: neither of ours found (0.47, 0.44 alone); no sibling paired.
# Passes since the thirty-ninth session (parts39): a part number a description writes with marks
# inside ("29120-3000", "32.2STA") is looked up joined, and both of ours are put to a person.
def test_a_word_cut_short_or_a_part_number_in_a_description_tells_siblings_apart(tmp_path):
    # "...TWIST N LOCK REGULA" against "...COMPAC" (the part number 29120-3000 our MPN and their
    # description, 29090-3000 the other's), "...2 SPEED ALU" against "...2 SPEED CHR" (32.2STA
    # against 32.2STC): our product found, its sibling neither matched nor proposed.
    rows = MARINE[26:30]
    counts, found, truth = _read(tmp_path, CHANDLERY, rows, label="cut-words")
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: the Spinlock's "DV 6D 170N LJ W/HARN" matched (0.95, under
# 170n); "ACC akut 0,6 g" missed (0.66 alone), where its first listing was proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, none of four in kinds10")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "ACC akut 0,6 g Brausetabletten, 20 St." beside "ACC AKUT 600MG BRAUSETABL. 20 ST"; "SPINLOCK
    # DV 6D 170N LJ W/HARN" beside the cut "SPINLOCK DECKVEST 6D 170N LIFEJACKET WIT".
    missed = []

    def show(name, truth, counts, found):
        for n, *_ in SECOND_LISTINGS[name]:
            missed.extend((name, pair) for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")) if pair not in found)

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_tenth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 81f136f, the same as 717fbff): 19 of 30 true
    # pairs found (5 matched, 14 proposed), 11 missed; 3 variants matched, each their feed's sibling
    # taken as a second listing of the product our pair took under a code (Deckvest Lite+ under 170n,
    # Axiom+ 7 under rv100, Victron 12/10 under ip65), none proposed.
    # The twenty-ninth session, the wording gate at even odds (`WordingEvidence.worth_asking`: where its
    # bounds do not let a shop's wording match but its nulls at even odds show the candidates right more
    # often than not, the candidates both views of the titles agree on are proposed): in the marine feed
    # cut at 40 characters 2 true pairs more found and a variant proposed, our "Micron 350 Antifouling
    # dunkelblau" with another colour of it (0.46).
    # Nothing at the catalogue level tells it apart: the gate's counts in this catalogue are no weaker
    # than in those whose true pairs the same reading finds (bench/history/matching.md, twenty-eighth
    # session, tongues2), and the comparison does not read the difference between the two titles.
    holds_its_first_reading(read_the_batch(tmp_path), matched=5, found=19, wrong_matched=3, wrong_proposed=1)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds10b [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
