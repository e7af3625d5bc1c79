"""Numbers and codes the twentieth round of catalogues missed, made general (issue 9, the
thirty-second session, "misses9"). Titles written anew here, none a batch's rows.

- A unit written with its power ("mm²", and the same in another script's letters, "ሚሜ²") is the
  number's unit, no number of its own that another title lacks (`_text.features._powered_units`).
- Our part number that their description writes as the listing's own, in a clause of its own
  after a label, puts the pair to a person; one it names as what the listing charges, fits or
  succeeds does not make their listing ours (`matching.described_parts`, review R7 of
  the thirty-first session)."""

from __future__ import annotations

import pandas as pd

from benchmark._text import extract
from benchmark.matching.given_pairs import score_pairs


def _score(our_title: str, their_title: str, **columns) -> pd.Series:
    ours = pd.DataFrame([{"name": our_title, **columns}])
    theirs = pd.DataFrame([{"name": their_title, **columns}])
    return score_pairs(ours, theirs).iloc[0]


# --- A unit with its power ----------------------------------------------------------------------

def test_a_unit_with_its_power_in_another_script_is_no_number_apart():
    # "ሚሜ²" is mm² in Ethiopic letters, "мм²" in Cyrillic: a unit this matcher does not know is
    # the number's unit, and says nothing against the other shop's "mm²".
    for theirs in ("ኬብል 4 ሚሜ² ቀይ 25 ሜትር", "Кабель 4 мм² красный 25 метров"):
        found = _score("Câble solaire 4 mm², rouge, 25 m", theirs)
        assert "numbers differ" not in found["reason"], (theirs, found["reason"])
    assert "mm2" not in extract("Câble solaire 4 mm², rouge").numbers
    # A short piece of letters and a digit that follows no number is still a model's ("S3", "4S").
    assert "s3" in extract("Galaxy S3 mini").numbers


# --- Our part number in their description ---------------------------------------------------------

def _matched(ours: list[dict], theirs: list[dict]) -> dict[tuple[str, str], tuple[str, str]]:
    from benchmark.matching import match_products
    found = match_products(pd.DataFrame(ours), pd.DataFrame(theirs), workers=1)
    return {(r.sku, str(r.competitor_product_id)): (r.status, r.reason) for r in found.itertuples()}


# Review R7 of the thirty-first session: a description names our part number as what the listing
# charges, fits or succeeds, not as its own.
TOOLS_OURS = [
    {"sku": "B1", "name": "Makita 18V LXT battery 5.0Ah", "brand": "Makita", "mpn": "BL1850B", "price": 89.0},
    {"sku": "C1", "name": "Makita 18V LXT fast charger", "brand": "Makita", "mpn": "DC18RC", "price": 59.0},
    {"sku": "H1", "name": "HP 305 black ink cartridge", "brand": "HP", "mpn": "3YM61AE", "price": 12.0},
    {"sku": "P1", "name": "HP DeskJet 2720e all-in-one printer", "brand": "HP", "mpn": "26K67B", "price": 59.0},
    {"sku": "K1", "name": "Bosch bit holder 60 mm", "brand": "Bosch", "mpn": "2607017319", "price": 6.0},
]
TOOLS_THEIRS = [
    {"competitor_product_id": "1", "name": "Makita 18V LXT Schnellladegerät", "brand": "Makita", "price": 57.0,
     "description": "Lädt LXT-Akkus wie den BL1850B in 45 Minuten."},
    {"competitor_product_id": "2", "name": "Makita 18V Akku 5,0 Ah LXT", "brand": "Makita", "price": 85.0,
     "description": "Li-Ion, mit Ladestandsanzeige."},
    {"competitor_product_id": "3", "name": "HP DeskJet 2720e Multifunktionsdrucker", "brand": "HP", "price": 55.0,
     "description": "Passende Patrone: 3YM61AE (HP 305 schwarz)."},
    {"competitor_product_id": "4", "name": "HP 305 Druckerpatrone schwarz", "brand": "HP", "price": 11.0,
     "description": "Original HP Tinte."},
    {"competitor_product_id": "5", "name": "Bosch Bithalter 60 mm", "brand": "Bosch", "price": 6.5,
     "description": "Nachfolger von 2607017319, mit Magnet."},
]


def test_a_part_number_their_description_names_as_what_it_charges_fits_or_succeeds_is_not_their_mpn():
    found = _matched(TOOLS_OURS, TOOLS_THEIRS)
    # The charger names the battery it charges: never our battery's pair by that number.
    assert found.get(("B1", "1"), ("", ""))[0] != "matched", found
    assert "BL1850B".lower() not in found.get(("B1", "1"), ("", ""))[1].lower(), found
    # The printer names its cartridge: never our cartridge's pair by it.
    assert ("H1", "3") not in found or "3ym61ae" not in found["H1", "3"][1].lower(), found
    # The successor of our part is another part number: never "same MPN", never matched by it.
    status, reason = found.get(("K1", "5"), ("", ""))
    assert "same mpn" not in reason.lower() and status != "matched", found
    assert not any("same mpn" in reason.lower() for _, reason in found.values()), found


def test_our_part_number_their_description_labels_as_its_own_puts_the_pair_to_a_person():
    # A Spanish shop with part numbers against a Thai one that writes the maker's number after a
    # label in its descriptions ("รุ่น:", model), in a clause of its own; titles that share only
    # the maker and a size.
    ours = [
        {"sku": "U1", "name": "Batería externa Ugreen Nexode 20000 mAh 130 W, gris", "brand": "Ugreen",
         "mpn": "PB205GR", "price": 59.99},
        {"sku": "U2", "name": "Cargador Ugreen Nexode GaN 100 W, 4 puertos", "brand": "Ugreen", "mpn": "CD226NX",
         "price": 49.99},
        {"sku": "X1", "name": "Auriculares Xiaomi Redmi Buds 6 Active, negro", "brand": "Xiaomi", "mpn": "BHR8437GL",
         "price": 19.99},
    ]
    theirs = [
        {"competitor_product_id": "9", "name": "พาวเวอร์แบงค์ Ugreen 20000mAh สีเทา", "brand": "Ugreen",
         "price": 1990, "description": "รุ่น: PB205GR. ชาร์จเร็ว 130W รองรับโน้ตบุ๊ก"},
        {"competitor_product_id": "8", "name": "หัวชาร์จ Ugreen GaN 100W", "brand": "Ugreen", "price": 1690},
        {"competitor_product_id": "7", "name": "หูฟังไร้สาย Xiaomi Redmi Buds 6 Active สีดำ", "brand": "Xiaomi",
         "price": 690},
    ]
    found = _matched([{**row, "currency": "EUR"} for row in ours], [{**row, "currency": "THB"} for row in theirs])
    status, reason = found.get(("U1", "9"), ("", ""))
    assert status in ("matched", "proposed") and "pb205gr" in reason.lower(), found


def test_a_part_number_in_a_list_of_what_the_listing_fits_is_not_its_own():
    from benchmark.matching.described_parts import _labelled_part
    parts = {"bl1850b": [0]}
    # A list names what a charger charges, one number after another, with or without a label.
    for text in ("Kompatibel mit BL1830B, BL1840B, BL1850B", "Kompatibel mit: BL1850B, BL1860B.",
                 "Für Akkus BL1830B; BL1850B", "BL1850B, BL1860B und BL1830B"):
        assert _labelled_part(text.lower(), parts) is None, text
    # Written as the listing's own field, it is read.
    assert _labelled_part("akku 18 v. artikelnummer: bl1850b. li-ion.", parts) == "bl1850b"


def test_a_part_number_on_its_own_line_of_a_description_is_read():
    # Review R3 (this session): spec lists write one field a line; a line break ends the clause.
    from benchmark.matching.described_parts import _labelled_part
    parts = {"scc110020160r": [0]}
    for text in ("Solar charge controller. Part no. SCC110020160R.",
                 "Part no.: SCC110020160R; Colour: blue; Warranty: 5 years",
                 "Solar charge controller\nColour: blue\nPart no. SCC110020160R",
                 "Solar charge controller\nPart no. SCC110020160R\nColour: blue\nWarranty: 5 years",
                 "Solar charge controller\r\nPart no. SCC110020160R \r\nColour: blue"):
        assert _labelled_part(text.lower(), parts) == "scc110020160r", text
    # A line that goes on after the number is a sentence, as before.
    assert _labelled_part("Replaces SCC110020160R on older systems\nColour: blue".lower(), parts) is None


def test_the_nearness_of_a_described_number_asks_a_listing_of_frequent_words_where_it_can_be_nearer():
    # Review R4 (this session): a shop with many listings of one maker's line; their charger's
    # description names our battery, and our charger, whose every word is frequent, is nearer.
    from benchmark.matching.described_parts import _Nearness, _nearest_by_words
    ours = [extract("Makita 18V LXT Akku 5,0 Ah", "Makita", "BL1850B"), extract("Makita 18V LXT Ladegerät", "Makita")]
    ours += [extract(f"Makita 18V LXT Ladegerät Modell {n}", "Makita") for n in range(20)]
    theirs = [extract("Makita 18V LXT Ladegerät", "Makita"), extract("Bosch GBA 18V 4,0 Ah Akku", "Bosch")]
    assert not _nearest_by_words(theirs[0], ours[0], _Nearness(theirs), _Nearness(ours))
