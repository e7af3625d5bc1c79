"""A fourth batch of the tenth round (after `tests/test_matching_kinds10.py` to `..kinds10c.py`),
written before the matcher read it, of the shape this session's `tenthside` mends (a competitor
carrying a tenth of our range) with the one `tongues` mends (one product in two languages), in a
kind none of the rounds held: turntables and vinyl hi-fi.

Ours: a German hi-fi shop, 40 products in euros (turntables, cartridges, phono preamps,
amplifiers, speakers, cables, record care). Theirs: a Canadian audio shop, 34 listings in
Canadian dollars, every title written in both of its languages, "Ortofon 2M Red Moving Magnet
Cartridge / Cellule à aimant mobile", "... - Black/Noir": four of our products, one of them
listed a second time in French only ("Cellule phono Ortofon 2M Red à aimant mobile (MM)"), the
rest siblings of ours one word, number or colour apart (the AT-LP120XBT-USB beside our
AT-LP120XUSB, the 2M Blue beside the 2M Red, the Alva Duo beside the Alva Solo, the Planar 1
beside our Planar 1 Plus, the CXA61 beside our CXA81), parts that name our product (the 2M Red's
replacement stylus, the Elys 2 cartridge our Planar 3 comes with), and Canadian products we do
not sell.

Rows as `tests/kinds_batches.py` reads them.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, check_the_rows, every_catalogue_priced, holds_its_first_reading, read_catalogues
from tests.kinds_batches import read_the_batch as _read_the_batch

# Our forty products; theirs share four (the first four rows), the second listed twice.
VINYL_HIFI: list[Row] = [
    ("Audio-Technica AT-LP120XUSB Plattenspieler schwarz", "299.00",
     "Audio-Technica AT-LP120XUSB Direct-Drive Turntable / Table tournante à entraînement direct - Black/Noir", "449.00"),
    ("Ortofon 2M Red Tonabnehmer", "99.00", "Ortofon 2M Red Moving Magnet Cartridge / Cellule à aimant mobile", "149.00"),
    ("Rega Planar 3 Plattenspieler mit Elys 2 weiß", "899.00", "Rega Planar 3 Turntable with Elys 2 / Table tournante avec Elys 2 - White/Blanc",
     "1395.00"),
    ("Cambridge Audio Alva Solo Phono-Vorverstärker", "149.00", "Cambridge Audio Alva Solo Phono Preamp / Préamplificateur phono", "229.00"),
    ("Technics SL-1500C Plattenspieler schwarz", "1099.00", None, None),
    ("Technics SL-1200GR2 Plattenspieler silber", "1799.00", None, None),
    ("Pro-Ject Debut Carbon EVO Plattenspieler Hochglanz Rot", "549.00", None, None),
    ("Pro-Ject Primary E Plattenspieler schwarz", "229.00", None, None),
    ("Rega Planar 1 Plus Plattenspieler schwarz", "549.00", None, None),
    ("Rega Planar 6 Plattenspieler mit Ania Pro", "1999.00", None, None),
    ("Audio-Technica AT-LP60XBT Plattenspieler schwarz", "199.00", None, None),
    ("Audio-Technica AT-LP3XBT Plattenspieler schwarz", "279.00", None, None),
    ("Audio-Technica AT-VM95E Tonabnehmer", "79.00", None, None),
    ("Audio-Technica ATH-M50xBT2 Kopfhörer schwarz", "199.00", None, None),
    ("Ortofon 2M Bronze Tonabnehmer", "459.00", None, None),
    ("Ortofon Concorde Music Red Tonabnehmer", "129.00", None, None),
    ("Cambridge Audio CXA81 Vollverstärker Lunar Grey", "1199.00", None, None),
    ("Cambridge Audio AXA35 Vollverstärker", "399.00", None, None),
    ("NAD C 338 Vollverstärker", "649.00", None, None),
    ("Marantz Model 40n Vollverstärker", "2499.00", None, None),
    ("Marantz PM6007 Vollverstärker schwarz", "549.00", None, None),
    ("Denon PMA-900HNE Vollverstärker", "999.00", None, None),
    ("Yamaha A-S801 Vollverstärker silber", "799.00", None, None),
    ("Bluesound Node Icon Netzwerk-Streamer", "999.00", None, None),
    ("WiiM Pro Plus Streamer", "219.00", None, None),
    ("Klipsch R-41M Regallautsprecher Paar schwarz", "249.00", None, None),
    ("Klipsch The Fives Aktivlautsprecher Walnuss", "899.00", None, None),
    ("Wharfedale Diamond 12.2 Regallautsprecher Paar schwarz", "499.00", None, None),
    ("KEF LS50 Meta Regallautsprecher Paar Carbon Black", "1499.00", None, None),
    ("Dali Oberon 5 Standlautsprecher Paar", "999.00", None, None),
    ("Canton GLE 90 Standlautsprecher schwarz", "399.00", None, None),
    ("Sennheiser HD 660S2 Kopfhörer", "549.00", None, None),
    ("Beyerdynamic DT 770 Pro 80 Ohm Kopfhörer", "159.00", None, None),
    ("AudioQuest Big Sur RCA Kabel 2 m", "229.00", None, None),
    ("Oehlbach NF 1 Cinchkabel 1 m", "29.90", None, None),
    ("Knosti Disco-Antistat Plattenwaschmaschine", "69.90", None, None),
    ("Pro-Ject Phono Box S2 Ultra Phono-Vorverstärker", "229.00", None, None),
    ("Rega Fono Mini A2D Phono-Vorverstärker", "149.00", None, None),
    ("Pro-Ject Tube Box S2 Röhren-Phono-Vorverstärker", "499.00", None, None),
    ("AudioQuest Super Conductive Plattenbürste", "24.90", None, None),
    (None, None, "Audio-Technica AT-LP120XBT-USB Wireless Turntable / Table tournante sans fil - Black/Noir", "499.00"),
    (None, None, "Audio-Technica AT-LP120XUSB Direct-Drive Turntable / Table tournante à entraînement direct - Silver/Argent", "449.00"),
    (None, None, "Ortofon 2M Blue Moving Magnet Cartridge / Cellule à aimant mobile", "329.00"),
    (None, None, "Ortofon 2M Red Replacement Stylus / Pointe de rechange", "99.00"),
    (None, None, "Rega Planar 3 Turntable with Elys 2 / Table tournante avec Elys 2 - Black/Noir", "1395.00"),
    (None, None, "Rega Planar 1 Turntable / Table tournante - Black/Noir", "649.00"),
    (None, None, "Rega Elys 2 Moving Magnet Cartridge / Cellule à aimant mobile", "449.00"),
    (None, None, "Cambridge Audio Alva Duo Phono Preamp / Préamplificateur phono", "399.00"),
    (None, None, "Cambridge Audio CXA61 Integrated Amplifier / Amplificateur intégré - Lunar Grey/Gris lunaire", "1199.00"),
    (None, None, "Pro-Ject Debut Carbon EVO Turntable / Table tournante - Satin Black/Noir satiné", "799.00"),
    (None, None, "Pro-Ject Phono Box S2 Phono Preamp / Préamplificateur phono", "229.00"),
    (None, None, "Technics SL-1500C Turntable / Table tournante - Silver/Argent", "1699.00"),
    (None, None, "Audio-Technica ATH-M50x Headphones / Casque d'écoute - Black/Noir", "229.00"),
    (None, None, "Sennheiser HD 600 Headphones / Casque d'écoute", "499.00"),
    (None, None, "Klipsch R-51M Bookshelf Speakers (Pair) / Enceintes d'étagère (paire) - Black/Noir", "449.00"),
    (None, None, "Wharfedale Diamond 12.1 Bookshelf Speakers / Enceintes d'étagère - Black/Noir", "399.00"),
    (None, None, "AudioQuest Big Sur RCA Interconnect 1m / Câble d'interconnexion RCA 1 m", "249.00"),
    (None, None, "Fluance RT81+ Turntable / Table tournante - Walnut/Noyer", "329.00"),
    (None, None, "Denon DP-300F Turntable / Table tournante - Black/Noir", "479.00"),
    (None, None, "Bluesound Node Wireless Streamer / Lecteur réseau sans fil - Black/Noir", "749.00"),
    (None, None, "Paradigm Monitor SE 3000F Floorstanding Speaker / Enceinte colonne - Black/Noir", "699.00"),
    (None, None, "Marantz Stereo 70s AV Receiver / Récepteur AV - Black/Noir", "1199.00"),
    (None, None, "NAD C 316BEE V2 Integrated Amplifier / Amplificateur intégré", "549.00"),
    (None, None, "Denon PMA-600NE Integrated Amplifier / Amplificateur intégré - Black/Noir", "699.00"),
    (None, None, "Record Doctor VI Record Cleaning Machine / Machine de nettoyage de disques", "299.00"),
    (None, None, "Vinyl Styl Record Brush / Brosse à disques", "24.99"),
    (None, None, "PSB Alpha iQ Streaming Speakers (Pair) / Enceintes de diffusion en continu (paire)", "1199.00"),
    (None, None, "Fluance RT85N Turntable / Table tournante - Piano Black/Noir piano", "699.00"),
    (None, None, "Audio-Technica AT-VM95ML Moving Magnet Cartridge / Cellule à aimant mobile", "349.00"),
]

KINDS: dict[str, list[Row]] = {"turntables and hi-fi, a bilingual Canadian shop, a tenth shared": VINYL_HIFI}
CURRENCIES = {"turntables and hi-fi, a bilingual Canadian shop, a tenth shared": "CAD"}
(HIFI,) = KINDS

# Their French-only listing of a product whose first listing is in both languages.
SECOND_LISTINGS: dict[str, list[tuple]] = {HIFI: [(1, "Cellule phono Ortofon 2M Red à aimant mobile (MM)", "145.00")]}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return every_catalogue_priced(KINDS, SECOND_LISTINGS, CURRENCIES)


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    ((_, (ours, theirs, truth)),) = every_catalogue()
    # A tenth of our forty shared, in Canadian dollars, each title in two languages but the
    # French-only second listing.
    assert len(ours) == 40 and len(theirs) == 34 and len({o for o, _ in truth}) == 4 and len(truth) == 5
    assert {t["currency"] for t in theirs} == {"CAD"} and len({t["name"] for t in theirs}) == len(theirs)
    assert sum(" / " in t["name"] for t in theirs) == len(theirs) - 1


# --- what a matcher should make of the batch, as expected before it was read ------------------


# Failed at first reading, as expected: one of four found (the AT-LP120XUSB, matched under its code);
# the 2M Red (0.50 alone) and its French listing (0.52), the Planar 3 (0.50), the Alva Solo (0.55)
# missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a tenth shared found one of four in kinds8b and in kinds9d")
def test_a_bilingual_shop_sharing_a_tenth_of_our_range_has_its_four_found(tmp_path):
    # "Plattenspieler schwarz" / "Turntable / Table tournante ... - Black/Noir", "Tonabnehmer" /
    # "Cartridge / Cellule", "Phono-Vorverstärker" / "Phono Preamp / Préamplificateur phono": the
    # maker and the model shared, each found (matched or put to a person) with the French second
    # listing.
    ((_, catalogues),) = every_catalogue()
    counts, found = read_catalogues(tmp_path / "hifi", catalogues)
    assert counts["true matched"] + counts["true proposed"] == len(catalogues[2]), found


# Failed at first reading, as expected: our ATH-M50xBT2 matched (0.94) their ATH-M50x ("same model
# code athm50xbt2"); the SL-1500C in silver proposed (0.82) for ours in black, "colours differ: black
# vs silver" read; their Phono Box S2 proposed (0.60) for our Tube Box S2.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a sibling under the code our pair carries was matched in every round since the ninth (c5750, 170n, at10)")
def test_a_bilingual_shop_sharing_a_tenth_gets_no_product_of_ours_it_lacks(tmp_path):
    # Their AT-LP120XBT-USB is not our AT-LP120XUSB nor their silver one our black, their 2M Blue
    # and the 2M Red's stylus not our 2M Red, the Elys 2 cartridge not our Planar 3 with it, their
    # black Planar 3 not our white, their Planar 1 not our Planar 1 Plus, the Alva Duo not our Solo,
    # the CXA61 not our CXA81, the Phono Box S2 not our S2 Ultra, the Debut Carbon EVO in satin
    # black not ours in red, the Technics SL-1500C in silver not ours in black, the ATH-M50x not our
    # ATH-M50xBT2, the R-51M not our R-41M, the Diamond 12.1 not our 12.2, the HD 600 not our HD
    # 660S2, the Big Sur 1 m not our 2 m: nothing matched.
    ((_, catalogues),) = every_catalogue()
    counts, found = read_catalogues(tmp_path / "hifi", catalogues)
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: neither listing found.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, none in kinds10 and kinds10c")
def test_a_product_listed_in_one_language_and_in_two_is_found_in_both(tmp_path):
    # "Ortofon 2M Red Moving Magnet Cartridge / Cellule à aimant mobile" and "Cellule phono Ortofon
    # 2M Red à aimant mobile (MM)": both ours.
    ((_, catalogues),) = every_catalogue()
    counts, found = read_catalogues(tmp_path / "hifi", catalogues)
    assert ("O1", "T1") in found and ("O1", "T1b") in found, found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_tenth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at a10516a, the same as 717fbff): 1 of 5 true pairs
    # found (matched), 4 missed; 1 variant matched (our ATH-M50xBT2 with their ATH-M50x) and 2
    # proposed (the SL-1500C in silver, the Phono Box S2 for our Tube Box S2).
    holds_its_first_reading(read_the_batch(tmp_path), matched=1, found=1, wrong_matched=1, wrong_proposed=2)


if __name__ == "__main__":  # the reading: python -m tests.test_matching_kinds10d [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
