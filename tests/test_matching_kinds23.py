"""A twenty-third round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Shop tills, receipt and label printers: thermal receipt printers, label printers, their labels,
rolls and ribbons, barcode scanners, cash drawers, an Android till and a printer's power supply, a
kind none of the twenty-two rounds held (the office and computer rounds held printers and ink,
office supplies, computer parts, calculators; ours: a Finnish shop selling to small shops and
cafés, 19 products in euros, titled in Finnish as such shops write them: the kind first
("Kuittitulostin", "Tarratulostin", "Viivakoodinlukija", "Kassalaatikko"), then maker and model,
the interfaces, colour and counts after commas, thousands grouped with a space ("1 000 tarraa")
and decimals with a comma ("30,48 m"), "Kuittitulostin Epson TM-T20III, USB + sarja, musta";
theirs: a Bengaluru shop, 35 listings in rupees, titled in Kannada (the Kannada script) around the
maker and model in Latin letters: maker and model first, the kind after, counts and sizes in
Latin digits on most listings and in Kannada digits on some ("೮೦ x ೮೦ ಮಿಮೀ", "೨೦ ರೋಲ್‌ಗಳು"),
thousands grouped with a comma ("1,000 ಲೇಬಲ್‌ಗಳು"), "Epson TM-T20III ಥರ್ಮಲ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ USB +
ಸೀರಿಯಲ್ ಕಪ್ಪು").
"ರಸೀದಿ ಪ್ರಿಂಟರ್" is a receipt printer ("kuittitulostin"), "ಲೇಬಲ್ ಪ್ರಿಂಟರ್" a label printer
("tarratulostin"), "ಥರ್ಮಲ್" thermal, "ಡೈರೆಕ್ಟ್ ಥರ್ಮಲ್" direct thermal ("suoralämpö"), "ಥರ್ಮಲ್
ಟ್ರಾನ್ಸ್‌ಫರ್" thermal transfer, "ಬಾರ್‌ಕೋಡ್ ಸ್ಕ್ಯಾನರ್" a barcode scanner ("viivakoodinlukija"),
"ಕ್ಯಾಶ್ ಡ್ರಾಯರ್" a cash drawer ("kassalaatikko"), "ನೋಟು" notes ("seteli"), "ನಾಣ್ಯ" coins
("kolikko"), "ಥರ್ಮಲ್ ಪೇಪರ್ ರೋಲ್" a thermal paper roll ("lämpöpaperirulla"), "ರೋಲ್‌ಗಳು" rolls
("rullaa"), "ಲೇಬಲ್ ರೋಲ್" a label roll ("tarrarulla"), "ಲೇಬಲ್‌ಗಳು" labels ("tarraa"), "ನಿರಂತರ"
continuous ("jatkuva"), "ವ್ಯಾಕ್ಸ್ ರಿಬ್ಬನ್" a wax ribbon ("värinauha"), "ಪವರ್ ಅಡಾಪ್ಟರ್" a power
adapter ("virtalähde"), "ಆಂಡ್ರಾಯ್ಡ್ POS ಮಷೀನ್" an Android till ("Android-kassapääte"), "ಇಂಚು"
inches, "ಸಹಿತ" with ("-lla", "jalustalla" with a stand), "ಸ್ಟ್ಯಾಂಡ್" a stand, "ಈಥರ್ನೆಟ್" Ethernet,
"ಸೀರಿಯಲ್" serial ("sarja"), "ಬ್ಲೂಟೂತ್" Bluetooth, "ವೈರ್‌ಲೆಸ್" wireless, "ಕಪ್ಪು" black ("musta"),
"ಬಿಳಿ" white ("valkoinen"), "ಬೂದು" grey ("harmaa"), "ಮಿಮೀ" millimetres; "ಗಾಗಿ" for (after a model, an
accessory that fits), "ಗೆ ಹೊಂದುವ" that fits, "ಕಂಪ್ಯಾಟಿಬಲ್" compatible; "ಬಳಸಿದ್ದು" used, "ತಿಂಗಳು"
months, "ಡಿಸ್‌ಪ್ಲೇ ಪೀಸ್" a display piece, "ಬಾಕ್ಸ್ ಇಲ್ಲ" without its box, "ಕಾಂಬೊ ಆಫರ್" a combo
offer; "ಭಾಗ ಸಂಖ್ಯೆ" the part number, "ವಾರಂಟಿ" a warranty, "ವರ್ಷ" a year. Kannada digits: ೦ ೧ ೨ ೩ ೪
೫ ೬ ೭ ೮ ೯ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's receipt
printers an interface apart (Epson TM-T20III USB + serial / Ethernet, their part numbers C31CH51011
/ C31CH51012 in their descriptions after "ಭಾಗ ಸಂಖ್ಯೆ"), a generation apart written in Roman numerals
(TM-T88VI / TM-T88VII) and a colour apart in Kannada (TM-m30III white / black, "TM m30III" written
apart on theirs); a maker's colour suffix on ours only and the code written apart on theirs (Star
"TSP143IIIU GY" / "TSP 143IIIU"), an interface letter apart (TSP143IIIU / TSP143IIIBI); label
printers a letter apart (Zebra ZD421d / ZD421t), a resolution apart (203 / 300 dpi), a name apart
(Brother QL-800 / QL-820NWB; DYMO LabelWriter 550 / 550 Turbo ours only); two of Zebra's supplies
both "for" the ZD421 (labels and a ribbon, each a true pair of ours) and labels a size apart;
another maker's roll compatible with our Brother roll, naming its code and our printer's after
"ಗಾಗಿ"; the power supply naming two of our printers; scanners a digit apart (Voyager 1250g / 1450g;
DS2208 / DS2278) and a display piece without its box; a three-character model (Sunmi V2s / V2 Pro);
DYMO's labels by the maker's European code (S0722400) in their title and its number 99012 in ours;
a cash drawer and paper rolls with no maker, their counts and sizes in Kannada digits; a used
TM-T20III and a combo with a cash drawer; "TM-T20III" on 5 of their listings and "ZD421" on 7 (the second listing included); one
product listed twice (the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_TM_T20III = gtin_with_check_digit("871594620447")
GTIN_ZD421D = gtin_with_check_digit("571178319246")
GTIN_QL800 = gtin_with_check_digit("497776634881")
GTIN_99012 = gtin_with_check_digit("350117000722")

# A Finnish shop-equipment shop in euros against a Bengaluru one titled in Kannada, in rupees.
TILLS: list[Row] = [
    ("Kuittitulostin Epson TM-T20III, USB + sarja, musta", "219.00",
     "Epson TM-T20III ಥರ್ಮಲ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ USB + ಸೀರಿಯಲ್ ಕಪ್ಪು", "17500",
     {"ours": {"brand": "Epson", "gtin": GTIN_TM_T20III, "mpn": "C31CH51011"},
      "theirs": {"brand": "Epson", "description": "ಭಾಗ ಸಂಖ್ಯೆ: C31CH51011, ವಾರಂಟಿ ೧ ವರ್ಷ"}}),
    (None, None, "Epson TM-T20III ಥರ್ಮಲ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ ಈಥರ್ನೆಟ್ (LAN) ಕಪ್ಪು", "21900",
     {"theirs": {"brand": "Epson", "description": "ಭಾಗ ಸಂಖ್ಯೆ: C31CH51012, ವಾರಂಟಿ ೧ ವರ್ಷ"}}),
    (None, None, "Epson TM-T20III USB ರಸೀದಿ ಪ್ರಿಂಟರ್ ಬಳಸಿದ್ದು ೬ ತಿಂಗಳು", "9500"),
    (None, None, "Epson TM-T20III + ಕ್ಯಾಶ್ ಡ್ರಾಯರ್ ಕಾಂಬೊ ಆಫರ್", "22500"),
    ("Kuittitulostin Epson TM-T88VI, USB + Ethernet, musta", "389.00",
     "Epson TM-T88VI ಥರ್ಮಲ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ USB + LAN ಕಪ್ಪು", "32000",
     {"ours": {"brand": "Epson", "mpn": "C31CE94111"}}),
    (None, None, "Epson TM-T88VII ಥರ್ಮಲ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ USB + LAN ಕಪ್ಪು", "38500"),
    ("Kuittitulostin Epson TM-m30III, Bluetooth + USB + Ethernet, valkoinen", "329.00",
     "Epson TM m30III ಬ್ಲೂಟೂತ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ ಬಿಳಿ", "28900"),
    (None, None, "Epson TM-m30III ಬ್ಲೂಟೂತ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ ಕಪ್ಪು", "28900"),
    ("Kuittitulostin Star Micronics TSP143IIIU GY, USB, harmaa", "259.00",
     "Star Micronics TSP 143IIIU ರಸೀದಿ ಪ್ರಿಂಟರ್ USB ಬೂದು", "21000",
     {"ours": {"brand": "Star Micronics", "mpn": "TSP143IIIU GY"}}),
    (None, None, "Star Micronics TSP143IIIBI ಬ್ಲೂಟೂತ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ ಬೂದು", "27500"),
    ("Tarratulostin Zebra ZD421d, suoralämpö, 203 dpi, USB", "449.00",
     "Zebra ZD421d ಡೈರೆಕ್ಟ್ ಥರ್ಮಲ್ ಲೇಬಲ್ ಪ್ರಿಂಟರ್ 203 dpi USB", "36500",
     {"ours": {"brand": "Zebra", "gtin": GTIN_ZD421D, "mpn": "ZD4A042-D0EM00EZ"},
      "theirs": {"brand": "Zebra", "description": "ಭಾಗ ಸಂಖ್ಯೆ: ZD4A042-D0EM00EZ"}}),
    (None, None, "Zebra ZD421t ಥರ್ಮಲ್ ಟ್ರಾನ್ಸ್‌ಫರ್ ಲೇಬಲ್ ಪ್ರಿಂಟರ್ 203 dpi USB", "41000"),
    (None, None, "Zebra ZD421d ಡೈರೆಕ್ಟ್ ಥರ್ಮಲ್ ಲೇಬಲ್ ಪ್ರಿಂಟರ್ 300 dpi USB", "44000"),
    ("Lämpötarrarulla Zebra Z-Perform 1000D, 102 x 152 mm, 1 000 tarraa, ZD421-tulostimiin", "16.90",
     "Zebra Z-Perform 1000D ಥರ್ಮಲ್ ಲೇಬಲ್ ರೋಲ್ 102 x 152 mm 1,000 ಲೇಬಲ್‌ಗಳು (ZD421 ಗಾಗಿ)", "1350"),
    (None, None, "Zebra Z-Perform 1000D ಥರ್ಮಲ್ ಲೇಬಲ್ ರೋಲ್ 102 x 51 mm 2,100 ಲೇಬಲ್‌ಗಳು (ZD421 ಗಾಗಿ)", "1250"),
    ("Värinauha Zebra 2300 Wax, 110 mm x 74 m, ZD421t-tulostimiin", "11.90",
     "Zebra 2300 ವ್ಯಾಕ್ಸ್ ರಿಬ್ಬನ್ 110 mm x 74 m (ZD421t ಗಾಗಿ)", "950"),
    ("Tarratulostin Brother QL-800, 62 mm, USB", "119.00",
     "Brother QL-800 ಲೇಬಲ್ ಪ್ರಿಂಟರ್ 62mm USB", "11900",
     {"ours": {"brand": "Brother", "gtin": GTIN_QL800, "mpn": "QL800ZW1"}}),
    (None, None, "Brother QL-820NWB ಲೇಬಲ್ ಪ್ರಿಂಟರ್ Wi-Fi ಬ್ಲೂಟೂತ್ LAN", "22900"),
    ("Jatkuva paperitarra Brother DK-22205, 62 mm x 30,48 m, valkoinen", "24.90",
     "Brother DK-22205 ನಿರಂತರ ಲೇಬಲ್ ರೋಲ್ 62mm x 30.48m ಬಿಳಿ", "2150"),
    (None, None, "Brother DK-22205 ಗೆ ಹೊಂದುವ ಕಂಪ್ಯಾಟಿಬಲ್ ಲೇಬಲ್ ರೋಲ್ 62mm x 30.48m (QL-800 ಗಾಗಿ)", "450"),
    ("Viivakoodinlukija Honeywell Voyager 1250g, USB-sarja, musta", "99.00",
     "Honeywell Voyager 1250g ಬಾರ್‌ಕೋಡ್ ಸ್ಕ್ಯಾನರ್ USB ಕಪ್ಪು", "6900",
     {"ours": {"brand": "Honeywell", "mpn": "1250G-2USB-1"}}),
    (None, None, "Honeywell Voyager 1450g 2D ಬಾರ್‌ಕೋಡ್ ಸ್ಕ್ಯಾನರ್ USB ಕಪ್ಪು", "12500"),
    ("2D-viivakoodinlukija Zebra DS2208, USB, jalustalla, musta", "149.00",
     "Zebra DS2208 2D ಬಾರ್‌ಕೋಡ್ ಸ್ಕ್ಯಾನರ್ USB ಸ್ಟ್ಯಾಂಡ್ ಸಹಿತ ಕಪ್ಪು", "11500",
     {"ours": {"brand": "Zebra", "mpn": "DS2208-SR7U2100SGW"}}),
    (None, None, "Zebra DS2208 ಸ್ಕ್ಯಾನರ್ ಡಿಸ್‌ಪ್ಲೇ ಪೀಸ್, ಬಾಕ್ಸ್ ಇಲ್ಲ", "7900"),
    (None, None, "Zebra DS2278 ವೈರ್‌ಲೆಸ್ ಬ್ಲೂಟೂತ್ 2D ಬಾರ್‌ಕೋಡ್ ಸ್ಕ್ಯಾನರ್", "21000"),
    ("Kassalaatikko, 5 seteli- ja 8 kolikkolokeroa, RJ11, 24 V, musta", "69.00",
     "ಕ್ಯಾಶ್ ಡ್ರಾಯರ್ ೫ ನೋಟು ೮ ನಾಣ್ಯ RJ11 24V ಕಪ್ಪು", "3900"),
    (None, None, "ಕ್ಯಾಶ್ ಡ್ರಾಯರ್ ೪ ನೋಟು ೫ ನಾಣ್ಯ RJ11 24V ಕಪ್ಪು", "3200"),
    ("Lämpöpaperirulla 80 x 80 mm, 20 rullaa", "29.90",
     "ಥರ್ಮಲ್ ಪೇಪರ್ ರೋಲ್ ೮೦ x ೮೦ ಮಿಮೀ ೨೦ ರೋಲ್‌ಗಳು", "1400"),
    (None, None, "ಥರ್ಮಲ್ ಪೇಪರ್ ರೋಲ್ ೫೭ x ೪೦ ಮಿಮೀ ೫೦ ರೋಲ್‌ಗಳು", "1250"),
    ("Tarratulostin DYMO LabelWriter 550, USB", "99.00",
     "DYMO LabelWriter 550 ಲೇಬಲ್ ಪ್ರಿಂಟರ್ USB", "9900",
     {"ours": {"brand": "DYMO", "mpn": "2112722"}}),
    ("Tarratulostin DYMO LabelWriter 550 Turbo, USB + LAN", "149.00", None, None),
    ("DYMO-osoitetarrat 99012, 36 x 89 mm, 2 x 260 tarraa", "21.90",
     "DYMO ಅಡ್ರೆಸ್ ಲೇಬಲ್ 36 x 89 mm ೨ ರೋಲ್ x ೨೬೦ S0722400", "2600",
     {"ours": {"brand": "DYMO", "gtin": GTIN_99012, "mpn": "S0722400"}}),
    ("Android-kassapääte Sunmi V2s, 5,5\", sisäänrakennettu kuittitulostin", "229.00",
     "Sunmi V2s ಆಂಡ್ರಾಯ್ಡ್ POS ಮಷೀನ್ 5.5 ಇಂಚು ಪ್ರಿಂಟರ್ ಸಹಿತ", "17900"),
    (None, None, "Sunmi V2 Pro ಆಂಡ್ರಾಯ್ಡ್ POS ಮಷೀನ್ 5.99 ಇಂಚು ಪ್ರಿಂಟರ್ ಸಹಿತ", "23900"),
    ("Virtalähde Epson PS-180 kuittitulostimille (TM-T20III, TM-T88VI)", "49.00",
     "Epson PS-180 ಪವರ್ ಅಡಾಪ್ಟರ್ (TM-T20III / TM-T88VI ಗಾಗಿ)", "2900"),
    ("Viivakoodinlukija Honeywell Xenon XP 1950g, USB", "189.00", None, None),
]

KINDS: dict[str, list[Row]] = {"shop tills, receipt and label printers, a Bengaluru shop in Kannada in rupees": TILLS}
(KANNADA,) = KINDS
CURRENCIES = {KANNADA: "INR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    KANNADA: [(10, "Zebra ZD421 Direct Thermal Desktop Printer (ZD421d), 203 dpi, USB & Bluetooth LE", "37900")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[KANNADA]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Two receipt printers of ours from one maker, both in both shops; the power supply naming both
    # is a true pair of ours, not of either printer.
    assert {("O0", "T0"), ("O4", "T4"), ("O34", "T34")} <= truth
    assert "TM-T20III" in next(t for t in theirs if t["key"] == "T34")["name"]
    # The Zebra labels and ribbon both name the ZD421 and are true pairs of ours, not of the printer.
    assert {("O10", "T10"), ("O13", "T13"), ("O15", "T15")} <= truth and ("O10", "T13") not in truth
    # The compatible roll names our Brother roll's code and is a pair of nothing.
    assert "DK-22205" in next(t for t in theirs if t["key"] == "T19")["name"] and ("O18", "T19") not in truth
    # Our DYMO LabelWriter 550 Turbo and Xenon 1950g are ours only.
    assert not any(o in ("O30", "O35") for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T10b")
    assert "Desktop Printer" in second["name"] and ("O10", "T10b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-two rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 14 of 18 found (11 matched, 3 proposed), 4 missed; 4 variants matched,
# none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 4 of the 18 true pairs were missed and 4 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("TM-T20III", "ZD421d",
# "DS2208"); the kind words are Finnish against Kannada; two have no maker (the cash drawer and the
# paper rolls) and write their counts in Kannada digits.
# Passed at first reading: 13 of 17 found (10 matched, 3 proposed; 0.76), 4 missed.
def test_a_kannada_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Epson TM-T20III ಥರ್ಮಲ್ ರಸೀದಿ ಪ್ರಿಂಟರ್ USB + ಸೀರಿಯಲ್ ಕಪ್ಪು" / "Kuittitulostin Epson TM-T20III, USB
    # + sarja, musta": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, KANNADA)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: an interface (USB + serial / Ethernet, U / BI), a generation in Roman numerals (VI /
# VII), a colour in Kannada (white / black), a letter (ZD421d / t), a resolution (203 / 300 dpi), a
# name (QL-800 / QL-820NWB, 550 / 550 Turbo, V2s / V2 Pro), a digit (1250g / 1450g, DS2208 / DS2278),
# a label size (102 x 152 / 102 x 51 mm), a drawer's compartments or a roll's size and count in
# Kannada digits is the only difference.
SIBLINGS = [0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 32, 33, 35]


# Failed at first reading: 2 siblings matched, 1 proposed (of the rows' 13 true pairs 11 matched, 2
# missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_an_interface_a_generation_a_letter_a_digit_or_a_size_apart_tells_two_listings_apart(tmp_path):
    # TM-T20III Ethernet beside our USB + serial; TM-T88VII beside our VI; the black TM-m30III beside
    # our white; TSP143IIIBI beside our IIIU; ZD421t and the 300 dpi ZD421d beside our 203 dpi ZD421d;
    # 102 x 51 labels beside our 102 x 152; QL-820NWB beside our QL-800; Voyager 1450g beside our
    # 1250g (and our Xenon 1950g, ours only); DS2278 beside our DS2208; the 4-note drawer beside our
    # 5-note; 57 x 40 rolls beside our 80 x 80; LabelWriter 550 beside our 550 and our 550 Turbo (ours
    # only); V2 Pro beside our V2s: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, KANNADA, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_an_interface_a_generation_a_letter_a_digit_or_a_size_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, KANNADA, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the labels' and the ribbon's titles name "Zebra" and "ZD421" as the printer's does;
# ours write the printer's model before "-tulostimiin" (for ... printers), theirs before "ಗಾಗಿ".
# Passed at first reading: nothing crossed; the three pairs found (2 matched, 1 proposed) in these
# rows.
def test_our_label_printer_and_two_supplies_for_it_do_not_cross(tmp_path):
    # Our Zebra ZD421d, its labels and its ribbon against theirs: no supply's listing matched or put to
    # a person with our printer, nor the printer's with a supply, nor the labels' with the ribbon.
    counts, found, _ = BATCH.read_rows(tmp_path, KANNADA, [10, 13, 15])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the power supply names both printers' models, in both shops.
# Passed at first reading: nothing crossed; the three pairs matched in these rows.
def test_our_receipt_printers_and_their_power_supply_do_not_cross(tmp_path):
    # Our TM-T20III, TM-T88VI and the PS-180 for both against theirs: the supply's listing not matched
    # or put to a person with a printer of ours, nor a printer's with our supply.
    counts, found, _ = BATCH.read_rows(tmp_path, KANNADA, [0, 4, 34])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ಬಳಸಿದ್ದು", "ಡಿಸ್‌ಪ್ಲೇ ಪೀಸ್, ಬಾಕ್ಸ್ ಇಲ್ಲ" and "ಕಾಂಬೊ ಆಫರ್" are words no condition rule before
# read; the compatible roll names our roll's code and our printer's before "ಗಾಗಿ".
# Failed at first reading: 3 of these listings matched with our product and 1 proposed (the rows' 4
# true pairs all matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading three of these listings were matched with our product")
def test_a_used_a_display_scanner_a_combo_and_a_compatible_roll_are_not_matched_as_ours(tmp_path):
    # The used TM-T20III and the combo beside our TM-T20III's own listing; the display DS2208 beside
    # our DS2208's; the compatible roll beside our DK-22205's and our QL-800's: none matched with our
    # product.
    counts, found, _ = BATCH.read_rows(tmp_path, KANNADA, [0, 2, 3, 16, 18, 19, 22, 23])
    assert not counts["wrong matched"], found


# Uncertain: DYMO's labels carry its number 99012 in our title and its European code S0722400 in
# theirs (our MPN); the counts are in Kannada digits on theirs.
# Failed at first reading: 1 of the rows' 2 true pairs matched, 1 missed; nothing else matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_labels_named_by_two_codes_of_one_maker_find_each_other(tmp_path):
    # "DYMO-osoitetarrat 99012, 36 x 89 mm, 2 x 260 tarraa" (MPN S0722400) / "DYMO ಅಡ್ರೆಸ್ ಲೇಬಲ್ 36 x
    # 89 mm ೨ ರೋಲ್ x ೨೬೦ S0722400", beside DYMO's printers (the 550 Turbo ours only): the labels and the
    # 550 matched or put to a person, and nothing matched that is not a pair.
    counts, found, truth = BATCH.read_rows(tmp_path, KANNADA, [29, 30, 31])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Zebra ZD421 Direct Thermal Desktop Printer (ZD421d), 203 dpi, USB & Bluetooth LE" beside "Zebra
    # ZD421d ಡೈರೆಕ್ಟ್ ಥರ್ಮಲ್ ಲೇಬಲ್ ಪ್ರಿಂಟರ್ 203 dpi USB": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-fourth session); copied here once it
# was not (thirty-fifth session). Read at the thirty-fifth session's start (62d3bb29) the batch reads
# as at its first reading (7679d3b3), pair for pair (the counts the same; the scores the same but
# where a line below says otherwise), and each missed true pair scored alone (`score_pairs`, titles
# and other fields, no prices) reads the same at both but where a line says otherwise. Scores are
# the start's:
# - Matched by code (11): TM-T20III (O0-T0) 0.94, TM-T88VI (O4-T4) 0.95, ZD421d (O10-T10) 0.95 and its
#   English second listing (O10-T10b) 0.94, the Z-Perform labels (O13-T13) 0.95 on "same model code
#   1000d" (the label material's name; the 102 x 51 sibling kept apart), QL-800 (O16-T16) 0.97 (our
#   MPN ql800zw1), DK-22205 (O18-T18) 0.96, DS2208 (O22-T22) 0.93, the DYMO 99012 labels (O31-T31) 0.94
#   on "same model code s0722400" (our MPN in their title; 0.93 at first reading), the Epson PS-180
#   (O34-T34) 0.97 on "same model code tmt88vi" (the printer it is for: right here because our title
#   names it too), the cash drawer (O25-T25) 0.94 on "same model code rj11" (a connector read as a
#   model code; at first reading 0.87 with "numbers differ: 5/8 vs ೫/೮" read and set aside, the
#   Kannada digits read as their values since).
# - Proposed (3): the Zebra 2300 ribbon (O15-T15) 0.70 ("same maker's number 2300"); Honeywell Voyager
#   1250g (O20-T20) 0.51 by wording ("1250g" not read as a code); DYMO LabelWriter 550 (O29-T29) 0.70
#   on the titles.
# - Missed though high alone, a colour in Kannada not read: Epson TM-m30III white (O6-T6) 0.93 alone
#   ("same model code tmm30iii": their "TM m30III" written apart is read); in the catalogue our white
#   matched their black TM-m30III (O6-T7, 0.95): "valkoinen" / "ಬಿಳಿ" / "ಕಪ್ಪು" not read.
# - Missed, a code written apart with the maker's suffix on one side: Star "TSP143IIIU GY" / "TSP
#   143IIIU" (O8-T8) 0.42.
# - Missed, three characters not read as a code: Sunmi V2s (O32-T32) 0.40.
# - Missed, no maker, counts and sizes in Kannada digits: the thermal rolls (O27-T27), 0.00 alone at
#   first reading ("numbers differ: 20 vs ೨೦": the digits read as a conflict), 0.28 alone at the start
#   ("titles 28% alike": read as their values, nothing else to align).
# Variants matched (4): the compatible DK-22205 roll "Brother DK-22205 ಗೆ ಹೊಂದುವ ಕಂಪ್ಯಾಟಿಬಲ್ ... (QL-800
# ಗಾಗಿ)" (T19) with our DK-22205 (0.95, "the same product as their listing": another maker's roll, its
# "fits / compatible" words not read); the display DS2208 "ಡಿಸ್‌ಪ್ಲೇ ಪೀಸ್, ಬಾಕ್ಸ್ ಇಲ್ಲ" (T23, 0.93); the
# 4-note drawer "೪ ನೋಟು ೫ ನಾಣ್ಯ" (T26) with our 5-note one (0.88 at the start, "same model code rj11;
# numbers differ: 8 vs 4" read and still matched; 0.87 at first reading); the black TM-m30III (T7,
# 0.95) in place of our white's own. Proposed: none. Kept apart: the TM-T20III Ethernet (its part
# number C31CH51012 in the description), the used TM-T20III "ಬಳಸಿದ್ದು ೬ ತಿಂಗಳು", the combo, TM-T88VII,
# TSP143IIIBI, ZD421t, ZD421d 300 dpi, the 102 x 51 labels, QL-820NWB, Voyager 1450g, DS2278, the 57 x
# 40 rolls, V2 Pro; our LabelWriter 550 Turbo and Xenon 1950g (ours only) matched nothing. "1 000
# tarraa" / "1,000 ಲೇಬಲ್‌ಗಳು" gave no conflict. Rows alone (the outcome tests' calls): the Ethernet
# TM-T20III proposed beside ours (0.94, "another variant") in the siblings' rows; the used one
# proposed (0.94) in the condition rows, the display DS2208, the compatible roll and the Ethernet one
# matched there; the DYMO 550's pair missed in rows [29, 30, 31].


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_third_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 7679d3b3, whose matching code is the session's start 2af211ee but for
    # effcda12, how the forked reader's readings come back): 14 of 18 true pairs found (11 matched, 3
    # proposed), 4 missed; 4 variants matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=11, found=14, wrong_matched=4, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds23 [-v]
    BATCH.print_reading()
