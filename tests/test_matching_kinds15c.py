"""A third batch of the fifteenth round (after `tests/test_matching_kinds15.py` and `..15b.py`),
written before the matcher read it, in a kind none of the fourteen rounds held.

Electronics for makers: boards, sensors, modules and bench tools (ours: a Spanish shop, 19
products in euros, titled in Spanish, "Sensor de temperatura y humedad DHT22 (AM2302), módulo";
theirs: sellers on a Filipino marketplace, 39 listings in pesos, titled in English and Taglish as
such sellers write them: "ORIGINAL", "Ready Stock", "COD", "Meetup QC", "Legit", "Sulit", the
module's chip or code first and "for Arduino" after it, "DHT22 AM2302 Digital Temperature Humidity
Sensor Module for Arduino", counts as "40pcs", sizes as "0.96 inch", voltages as "5V").

The hard things, written as such sellers write them, not to be easy or hard: a board a memory size
or a generation apart ("Raspberry Pi 5 4GB" / "8GB" / "2GB", "Pi 4"), a board and its clone that
says it is compatible ("Arduino UNO R4 WiFi" / "UNO R3 Compatible Board CH340", "Nano Every" /
"Nano V3.0 ... Compatible w/ Arduino", "Mega 2560 R3 CH340"), a module's code one letter apart
("ESP32-DevKitC-32E" / "-32UE", "HC-SR04" / "HC-SR04P", "DHT22" / "DHT11", "SG90" / "MG90S",
"UT33C+" / "UT33D+", "Pico W" / "Pico WH" / "Pico 2 W"), a display one colour or size apart, a
count of channels or points apart (relays of one and two channels, breadboards of 830 and 400
points), jumper wires male-to-male and male-to-female, cases, a cooler, a power supply and soldering
tips that name the board or iron they fit, a used board ("2nd Hand") beside the new; "for Arduino",
"Module", "Original" and "Ready Stock" in many titles; the maker's part number (Raspberry Pi's
"SC1112", Arduino's "ABX00087") in some of our MPNs, some of their titles and descriptions; two
products of ours one number apart in both shops (the Raspberry Pi 5 in 4 GB and 8 GB); one product
listed twice (the second time as "RPi5 8GB ... Single Board Computer" from another seller).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, holds_its_first_reading, share_found

# A Spanish shop for makers in euros against sellers on a Filipino marketplace in pesos.
MAKER_ELECTRONICS: list[Row] = [
    ("Raspberry Pi 5 4 GB", "62.90", "ORIGINAL Raspberry Pi 5 4GB RAM | Made in UK | Ready Stock", "3950.00",
     {"ours": {"brand": "Raspberry Pi", "mpn": "SC1111"}}),
    ("Raspberry Pi 5 8 GB", "84.90", "ORIGINAL Raspberry Pi 5 8GB RAM | Made in UK | Ready Stock", "5450.00",
     {"ours": {"brand": "Raspberry Pi", "mpn": "SC1112"},
      "theirs": {"description": "Brand new, sealed. Part no. SC1112. Broadcom BCM2712 2.4GHz quad-core Arm Cortex-A76. COD nationwide, Meetup QC."}}),
    (None, None, "ORIGINAL Raspberry Pi 5 2GB RAM | Made in UK | Ready Stock", "2850.00"),
    (None, None, "Raspberry Pi 4 Model B 4GB RAM Original UK Made Legit", "3450.00"),
    ("Caja oficial Raspberry Pi 5, roja y blanca", "10.90", "Official Raspberry Pi 5 Case with Fan Red/White Original", "650.00"),
    ("Raspberry Pi Active Cooler para Raspberry Pi 5", "5.90", "Raspberry Pi 5 Active Cooler Official Heatsink with Fan", "330.00"),
    (None, None, "27W USB-C PD Power Supply para sa Raspberry Pi 5 5.1V 5A Generic", "450.00"),
    ("Placa Arduino UNO R4 WiFi", "27.50", "Arduino UNO R4 WiFi Original Made in Italy ABX00087", "1795.00",
     {"ours": {"brand": "Arduino", "mpn": "ABX00087"}}),
    (None, None, "Arduino UNO R4 Minima Original Made in Italy ABX00080", "1195.00"),
    (None, None, "UNO R3 Compatible Board CH340 with USB Cable (Arduino compatible) Sulit", "245.00"),
    ("Arduino Nano Every (ABX00028)", "13.90", "Arduino Nano Every Original w/ Headers Legit", "830.00"),
    (None, None, "Nano V3.0 ATmega328P CH340 Compatible w/ Arduino (Unsoldered)", "165.00"),
    ("Placa de desarrollo Espressif ESP32-DevKitC-32E", "10.50", "ESP32-DevKitC-32E Espressif Original ESP32-WROOM-32E Dev Board", "650.00"),
    (None, None, "ESP32-DevKitC-32UE Espressif Original with IPEX Antenna Connector", "690.00"),
    ("Sensor de temperatura y humedad DHT22 (AM2302), módulo", "6.50", "DHT22 AM2302 Digital Temperature Humidity Sensor Module for Arduino", "185.00"),
    (None, None, "DHT11 Temperature Humidity Sensor Module for Arduino", "65.00"),
    ("Sensor de distancia por ultrasonidos HC-SR04", "2.95", "HC-SR04 Ultrasonic Sensor Distance Module for Arduino", "55.00"),
    (None, None, "HC-SR04P Ultrasonic Sensor Module 3.3V-5V Wide Voltage for Arduino / ESP32", "75.00"),
    ("Microservo SG90 de 9 g", "2.50", "SG90 Micro Servo Motor 9g for Arduino RC Robot", "75.00"),
    (None, None, "MG90S Metal Gear Micro Servo Motor 9g for Arduino RC", "160.00"),
    ("Pantalla OLED 0,96\" I2C SSD1306 128x64, blanca", "5.90", "0.96 inch OLED Display Module I2C SSD1306 128x64 White", "160.00"),
    (None, None, "0.96 inch OLED Display Module I2C SSD1306 128x64 Blue", "160.00"),
    (None, None, "1.3 inch OLED Display Module I2C SH1106 128x64 White", "230.00"),
    ("Raspberry Pi Pico W", "7.90", "Raspberry Pi Pico W RP2040 Wireless Original Ready Stock", "420.00",
     {"ours": {"brand": "Raspberry Pi", "mpn": "SC0918"}}),
    (None, None, "Raspberry Pi Pico WH RP2040 Wireless Pre-soldered Headers Original", "480.00"),
    (None, None, "Raspberry Pi Pico 2 W RP2350 Wireless Original", "460.00"),
    ("Protoboard de 830 puntos", "3.50", "Breadboard 830 Tie Points Solderless MB-102", "75.00"),
    (None, None, "Breadboard 400 Tie Points Solderless Half Size", "45.00"),
    ("Cables Dupont macho-macho de 20 cm, 40 unidades", "2.90", "40pcs Dupont Jumper Wire Male to Male 20cm", "45.00"),
    (None, None, "40pcs Dupont Jumper Wire Male to Female 20cm", "45.00"),
    ("Módulo de relé de 1 canal, 5 V", "1.95", "5V 1 Channel Relay Module with Optocoupler for Arduino", "45.00"),
    (None, None, "5V 2 Channel Relay Module with Optocoupler for Arduino", "75.00"),
    ("Multímetro digital UNI-T UT33C+", "24.90", "UNI-T UT33C+ Digital Multimeter Original w/ Temperature Probe", "1050.00"),
    (None, None, "UNI-T UT33D+ Digital Multimeter Original NCV", "990.00"),
    ("Soldador Pine64 Pinecil V2", "29.90", "Pine64 Pinecil V2 Smart Mini Portable Soldering Iron USB-C", "1650.00"),
    (None, None, "Soldering Tips for Pinecil V2 / TS101 (TS-B2, TS-K, TS-I) 3pcs Set", "350.00"),
    ("Módulo de cámara Raspberry Pi Camera Module 3", "27.90", None, None, {"ours": {"brand": "Raspberry Pi", "mpn": "SC0872"}}),
    ("Placa Arduino Mega 2560 Rev3", "44.90", None, None, {"ours": {"brand": "Arduino", "mpn": "A000067"}}),
    (None, None, "Mega 2560 R3 CH340 Board Compatible w/ Arduino IDE + USB Cable", "520.00"),
    (None, None, "Raspberry Pi 5 8GB (2nd Hand, Complete w/ Box) Meetup QC", "3800.00"),
]

KINDS: dict[str, list[Row]] = {"electronics for makers, a Filipino marketplace in pesos": MAKER_ELECTRONICS}
(FILIPINO,) = KINDS
CURRENCIES = {FILIPINO: "PHP"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    FILIPINO: [(1, "RPi5 8GB Raspberry Pi 5 Single Board Computer 8 GB LPDDR4X (Authorized Reseller) COD", "5590.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[FILIPINO]
    # Two products of ours one memory size apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # The maker's part number of our Raspberry Pi 5 8 GB is in our MPN and their description only.
    our = next(o for o in ours if o["sku"] == "O1")
    their = next(t for t in theirs if t["key"] == "T1")
    assert our["mpn"] not in our["name"] + their["name"] and our["mpn"] in their["description"]


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the fourteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed.


# Expected to fail; failed at first reading: 11 of 18 found (7 matched, 4 proposed), 7 missed; the
# blue OLED matched with our white one (0.96, "same model code ssd1306"), whose own listing missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a display's controller chip (SSD1306), on every colour of it, is read as the product's code")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass for the codes ("DHT22", "HC-SR04", "SG90", "SSD1306", "ESP32-DevKitC-32E",
# "UT33C+"), uncertain for the breadboard, the wires and the relay, which share only numbers and
# words in two languages. Failed at first reading: 11 of 17 found (7 matched on codes, 4 proposed
# at 0.64-0.76 by wording); missed the white OLED (0.96 alone; the blue one took it), the Nano Every
# (0.56), the case (0.42), the breadboard (0.33), the wires (0.39) and the relay (0.37).
# Passes since the twenty-ninth session, the wording gate at even odds (`WordingEvidence.worth_asking`:
# where its bounds do not let this shop's wording match, its nulls at even odds show the candidates
# right more often than not, so the candidates both views of the titles agree on are proposed): 14 of
# 17 found (7 matched, 7 proposed), the Nano Every (0.56), the wires (0.39) and the relay (0.38)
# proposed; the white OLED is still missed, the blue one matched in its place.
def test_a_taglish_title_around_the_modules_code_finds_our_product(tmp_path):
    # "DHT22 AM2302 Digital Temperature Humidity Sensor Module for Arduino" / "Sensor de temperatura
    # y humedad DHT22 (AM2302), módulo": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, FILIPINO)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: "Compatible w/ Arduino" names the maker of the board it copies, and the clones carry
# the board's name ("UNO", "Nano", "Mega 2560"). Passed at first reading: no clone matched or
# proposed (the UNO R4 WiFi matched on "ABX00087"; the Nano Every missed).
def test_a_clone_compatible_with_the_board_is_not_the_board(tmp_path):
    # "UNO R3 Compatible Board CH340 ... (Arduino compatible)" beside our UNO R4 WiFi, "Nano V3.0
    # ATmega328P CH340 Compatible w/ Arduino" beside our Nano Every, "Mega 2560 R3 CH340 Board
    # Compatible w/ Arduino IDE" beside our Mega 2560 Rev3 (which they do not list): none matched or
    # put to a person with ours.
    counts, found, _ = BATCH.read_rows(tmp_path, FILIPINO, [7, 9, 10, 11, 37, 38])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: a code a letter apart was held apart in the rounds before where it was read as a code;
# "Pico W" / "Pico WH" and "32E" / "32UE" are a letter after the shared words. Failed at first
# reading: the blue OLED matched with our white (0.96, "same model code ssd1306"); every code a
# letter apart held ("32E" / "32UE", "HC-SR04" / "P", "SG90" / "MG90S", "UT33C+" / "D+", "Pico W" /
# "WH" / "2 W"), the used board was not paired.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a display's controller chip (SSD1306), on every colour of it, is read as the product's code")
def test_a_sibling_a_letter_or_number_apart_tells_two_listings_apart(tmp_path):
    # "Pi 5 4GB" against "2GB" and "Pi 4", "UNO R4 WiFi" against "Minima", "ESP32-DevKitC-32E"
    # against "-32UE", "DHT22" against "DHT11", "HC-SR04" against "HC-SR04P", "SG90" against
    # "MG90S", the white OLED against the blue and the 1.3 inch, "Pico W" against "Pico WH" and
    # "Pico 2 W", 830 points against 400, male-to-male against male-to-female, one channel against
    # two, "UT33C+" against "UT33D+", the iron against its tips, the 8 GB board against the used
    # one: nothing of theirs matched to a product it is not.
    numbers = [0, 1, 2, 3, 7, 8, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
               31, 32, 33, 34, 35, 39]
    counts, found, _ = BATCH.read_rows(tmp_path, FILIPINO, numbers)
    assert not counts["wrong matched"], found


# Expected to fail; failed at first reading: the blue OLED only (matched, as above); no sibling
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a display's controller chip (SSD1306), on every colour of it, is read as the product's code")
def test_a_sibling_a_letter_or_number_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 2, 3, 7, 8, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
               31, 32, 33, 34, 35, 39]
    counts, found, _ = BATCH.read_rows(tmp_path, FILIPINO, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to pass: "4GB" and "8GB" are memory sizes the rounds before read apart. Passed at first
# reading: each proposed with its own (0.63), neither with the other's.
def test_two_boards_of_ours_one_memory_size_apart_do_not_cross(tmp_path):
    # Our "Raspberry Pi 5 4 GB" and "8 GB" against their "4GB RAM" and "8GB RAM": neither of ours
    # matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, FILIPINO, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: an accessory names the board it fits in the words the board's own listing writes.
# Failed at first reading: nothing wrong matched or proposed, but our case missed ("Caja oficial
# Raspberry Pi 5, roja y blanca" / "Official Raspberry Pi 5 Case with Fan Red/White", 0.42 alone);
# the board and the cooler proposed, the iron matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a case named in Spanish and in English shares only the board's name with its listing")
def test_an_accessory_naming_the_board_finds_its_own_and_not_the_board(tmp_path):
    # Our official case and cooler "para Raspberry Pi 5" found with their "Official Raspberry Pi 5
    # Case" and "Raspberry Pi 5 Active Cooler"; the generic power supply "para sa Raspberry Pi 5"
    # and the tips "for Pinecil V2" matched or put to a person with none of ours (the boards, the
    # iron, the case, the cooler).
    counts, found, truth = BATCH.read_rows(tmp_path, FILIPINO, [0, 4, 5, 6, 34, 35])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to fail; failed at first reading: the second listing missed (0.62 alone, "titles 59%
# alike"), the first proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in some catalogues of each round before, not all")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "RPi5 8GB Raspberry Pi 5 Single Board Computer 8 GB LPDDR4X (Authorized Reseller) COD" (the
    # board's name abbreviated first) beside "ORIGINAL Raspberry Pi 5 8GB RAM | Made in UK | Ready
    # Stock": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fifteenth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 9239a96; the matching code of the session's start, e10c9dd): 11 of 18
    # true pairs found (7 matched, 4 proposed), 7 missed; 1 variant matched (the blue OLED), none
    # proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=7, found=11, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds15c [-v]
    BATCH.print_reading()
