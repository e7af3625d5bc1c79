"""A second batch of the eighth round (after `tests/test_matching_kinds8.py`), written before the
matcher read it, of two shapes the batches had not: a competitor that carries a tenth of our range
(the calibration, which reads what a catalogue pair has in common, sees four products shared among
forty of ours), and a competitor that lists every size and colour of a product apart (each of our
products has two to four siblings on their side, one listing each).

Baking and party (ours: a German baking and party shop, 40 products; theirs: a small British
cake-decorating shop, 28 listings, four of them our products, one listed twice, the rest other
sizes, colours and packs of our products and products of theirs we do not sell, written in words
ours also write: "Muffin Pan 12 cup" beside our "Muffinblech 12er", "Number 5" beside our "Zahl
0"). Hosiery and socks (ours: a German shop, 16 products, sizes in EU shoe sizes and tights
sizes; theirs: a British shop, 48 listings, sizes in UK shoe sizes or S / M / L, denier written
"den", "DEN" or "Denier").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price).
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, check_the_rows, holds_its_first_reading, read_catalogues
from tests.kinds_batches import every_catalogue as _every_catalogue
from tests.kinds_batches import read_the_batch as _read_the_batch

# Our forty products; theirs share four (rows with two titles) and list one of them twice.
BAKING_AND_PARTY: list[Row] = [
    ("Wilton Lochtülle Nr. 1M", "2.49", "Wilton 1M Open Star Piping Tip", "2.25"),
    ("Kaiser La Forme Plus Springform 26 cm", "29.99", "Kaiser La Forme Plus Springform Pan 26cm", "27.50"),
    ("Renshaw Rollfondant weiß 1 kg", "9.99", "Renshaw Ready to Roll Icing White 1kg", "8.75"),
    ("Folienballon Zahl 5 gold 100 cm", "4.99", "Gold Number 5 Foil Balloon 40\"", "4.49"),
    ("Wilton Lochtülle Nr. 2D", "2.49", None, None),
    ("Wilton Spritztüllen-Set 12-teilig", "19.99", None, None),
    ("Dr. Oetker Backpulver 10 x 16 g", "1.49", None, None),
    ("Dr. Oetker Vanillin-Zucker 10 x 8 g", "1.29", None, None),
    ("Dr. Oetker Lebensmittelfarbe Gel 4 Farben 4 x 10 g", "4.49", None, None),
    ("Dr. Oetker Tortenguss klar 3 x 12 g", "1.19", None, None),
    ("Dr. Oetker Zuckerschrift 4 Farben 4 x 19 g", "3.29", None, None),
    ("Kaiser Inspiration Gugelhupfform 22 cm", "24.99", None, None),
    ("Kaiser Backofenthermometer", "12.99", None, None),
    ("Städter Ausstechform Stern 5 cm Edelstahl", "1.99", None, None),
    ("Städter Ausstechformen-Set Weihnachten 10-teilig", "12.99", None, None),
    ("Städter Teigrolle Buche 45 cm", "9.99", None, None),
    ("Birkmann Tortenring verstellbar 16-30 cm", "12.99", None, None),
    ("Birkmann Backrahmen rechteckig verstellbar", "19.99", None, None),
    ("Zenker Muffinblech 12er", "11.99", None, None),
    ("Papier-Muffinförmchen weiß 200 Stück", "2.99", None, None),
    ("Renshaw Rollfondant schwarz 250 g", "3.99", None, None),
    ("Funcakes Zuckerperlen Gold 80 g", "3.49", None, None),
    ("Funcakes Buttercreme-Mix 500 g", "5.99", None, None),
    ("Luftballons bunt 30 cm 50 Stück", "5.99", None, None),
    ("Folienballon Zahl 0 gold 100 cm", "4.99", None, None),
    ("Folienballon Zahl 1 silber 100 cm", "4.99", None, None),
    ("Balloon Time Heliumflasche für 30 Ballons", "34.99", None, None),
    ("Geburtstagskerzen bunt 24 Stück", "1.99", None, None),
    ("Wunderkerzen 18 cm 10 Stück", "1.49", None, None),
    ("Papierteller weiß 23 cm 50 Stück", "4.99", None, None),
    ("Servietten Happy Birthday 33 x 33 cm 3-lagig 20 Stück", "2.99", None, None),
    ("Konfetti Tischdeko gold 15 g", "1.99", None, None),
    ("Girlande Happy Birthday gold 2 m", "3.99", None, None),
    ("Partyhüte bunt 10 Stück", "2.99", None, None),
    ("Pinata Stern bunt", "14.99", None, None),
    ("Luftschlangen bunt 10 Rollen", "1.99", None, None),
    ("Einweg-Tischdecke weiß 120 x 180 cm", "2.49", None, None),
    ("Papierstrohhalme gestreift 100 Stück", "3.99", None, None),
    ("Cake Topper Happy Birthday Acryl gold", "4.99", None, None),
    ("Kuchengitter Edelstahl 40 x 25 cm", "9.99", None, None),
    (None, None, "Wilton 4B Open Star Piping Tip", "2.25"),
    (None, None, "Kaiser La Forme Plus Springform Pan 28cm", "29.50"),
    (None, None, "Renshaw Ready to Roll Icing White 250g", "2.95"),
    (None, None, "Renshaw Ready to Roll Icing Red 250g", "3.25"),
    (None, None, "Gold Number 6 Foil Balloon 40\"", "4.49"),
    (None, None, "Rose Gold Number 5 Foil Balloon 40\"", "4.49"),
    (None, None, "Gold Number 5 Foil Balloon 16\"", "1.99"),
    (None, None, "Pastel Latex Balloons 12\" (30cm), pack of 50", "5.49"),
    (None, None, "Dr. Oetker Baking Powder 5 x 5 tsp sachets", "1.25"),
    (None, None, "Funcakes Sugar Pearls Silver 80g", "3.25"),
    (None, None, "PME Fondant Smoother", "3.99"),
    (None, None, "Sugarflair Spectral Paste Colour Christmas Red 25g", "2.89"),
    (None, None, "Squires Kitchen Sugar Florist Paste White 200g", "4.50"),
    (None, None, "PME Modelling Tool Set, 4 pcs", "9.99"),
    (None, None, "Round Loose Base Cake Tin 8\" (20cm)", "8.99"),
    (None, None, "Silver Round Cake Board 10\"", "1.49"),
    (None, None, "Gold Square Cake Drum 12\"", "3.49"),
    (None, None, "Culpitt Cake Dowels, pack of 4", "1.99"),
    (None, None, "Rainbow Dust Edible Glitter Gold 5g", "2.99"),
    (None, None, "Gold Glitter Happy Birthday Letter Candles", "3.49"),
    (None, None, "Tala Professional Cook's Thermometer", "14.99"),
    (None, None, "Wilton Perfect Results Muffin Pan, 12 cup", "14.99"),
    (None, None, "Silver Foil Cupcake Cases, pack of 50", "2.49"),
]

# Every size and colour of their products is a listing of its own: EU shoe sizes against UK ones,
# "S" / "Small", "20 DEN" / "20 den" / "20 Denier".
HOSIERY_AND_SOCKS: list[Row] = [
    ("Falke Family Socken schwarz 39-42", "6.00", "FALKE Family Socks, Black, UK 5.5-8", "5.50"),
    ("Falke Family Socken schwarz 43-46", "6.00", "FALKE Family Socks, Black, UK 8.5-11", "5.50"),
    (None, None, "FALKE Family Socks, Black, UK 11.5-13", "5.50"),
    (None, None, "FALKE Family Socks, Navy, UK 5.5-8", "5.50"),
    (None, None, "FALKE Family Socks, Grey Melange, UK 8.5-11", "5.50"),
    ("Falke Airport Socken dark navy 41-42", "19.00", "FALKE Airport Socks, Dark Navy, UK 7.5-8", "17.50"),
    (None, None, "FALKE Airport Socks, Dark Navy, UK 8.5-9", "17.50"),
    (None, None, "FALKE Airport Socks, Anthracite Melange, UK 7.5-8", "17.50"),
    ("Burlington Argyle Socken marine 40-46", "13.00", "Burlington Argyle Socks, Navy, one size UK 6.5-11", "11.95"),
    (None, None, "Burlington Argyle Socks, Grey, one size UK 6.5-11", "11.95"),
    (None, None, "Burlington Edinburgh Socks, Navy, one size UK 6.5-11", "11.95"),
    ("Wolford Individual 10 Strumpfhose schwarz S", "39.00", "Wolford Individual 10 Tights, Black, Small", "36.00"),
    (None, None, "Wolford Individual 10 Tights, Black, Medium", "36.00"),
    (None, None, "Wolford Individual 20 Tights, Black, Small", "38.00"),
    (None, None, "Wolford Individual 10 Tights, Cosmetic, Small", "36.00"),
    ("Kunert Fly & Care 40 Stützstrumpfhose Gr. 38-40 schwarz", "22.95", "Kunert Fly & Care 40 Support Tights, Black, size 38-40",
     "20.95"),
    (None, None, "Kunert Fly & Care 40 Support Tights, Black, size 42-44", "20.95"),
    (None, None, "Kunert Fly & Care 70 Support Tights, Black, size 38-40", "24.95"),
    ("Calzedonia Total Comfort 50 DEN Strumpfhose schwarz M", "12.95", "Calzedonia Total Comfort 50 Denier Opaque Tights, Black, M",
     "11.95"),
    (None, None, "Calzedonia Total Comfort 50 Denier Opaque Tights, Black, L", "11.95"),
    (None, None, "Calzedonia Total Comfort 100 Denier Opaque Tights, Black, M", "13.95"),
    ("Nur Die Strumpfhose ohne Gummibund 20 DEN 40-44 amber", "7.99", "Nur Die Waistband-Free Tights 20 den, Amber, size 40-44",
     "7.49"),
    (None, None, "Nur Die Waistband-Free Tights 20 den, Amber, size 44-48", "7.49"),
    (None, None, "Nur Die Waistband-Free Tights 40 den, Amber, size 40-44", "7.99"),
    ("Puma Sneaker Socken 3er-Pack schwarz 43-46", "12.99", "PUMA Sneaker Socks, 3 pack, Black, UK 9-11", "11.50"),
    (None, None, "PUMA Sneaker Socks, 6 pack, Black, UK 9-11", "19.99"),
    (None, None, "PUMA Sneaker Socks, 3 pack, Black, UK 6-8", "11.50"),
    (None, None, "PUMA Sneaker Socks, 3 pack, White, UK 9-11", "11.50"),
    ("Nike Everyday Cushioned Crew Socken 3 Paar weiß Gr. M (38-42)", "16.99",
     "Nike Everyday Cushioned Training Crew Socks (3 Pairs), White, M (UK 5-8)", "14.99"),
    (None, None, "Nike Everyday Cushioned Training Crew Socks (3 Pairs), White, L (UK 8-11)", "14.99"),
    (None, None, "Nike Everyday Cushioned Training Crew Socks (3 Pairs), Black, M (UK 5-8)", "14.99"),
    ("Bridgedale Hike Midweight Merino Comfort Wandersocken Gr. M", "24.95",
     "Bridgedale Hike Midweight Merino Comfort Boot Socks, Medium (UK 6-8.5)", "22.00"),
    (None, None, "Bridgedale Hike Midweight Merino Comfort Boot Socks, Large (UK 9-11.5)", "22.00"),
    (None, None, "Bridgedale Hike Lightweight Merino Comfort Boot Socks, Medium (UK 6-8.5)", "19.00"),
    ("Tommy Hilfiger Herrensocken 2er-Pack navy 39-42", "12.95", "Tommy Hilfiger Men's Classic Socks, 2 Pack, Navy, UK 6-8", "11.00"),
    (None, None, "Tommy Hilfiger Men's Classic Socks, 2 Pack, Navy, UK 9-11", "11.00"),
    (None, None, "Tommy Hilfiger Men's Classic Socks, 2 Pack, Black, UK 6-8", "11.00"),
    ("Happy Socks Big Dot Socken 41-46", "12.95", "Happy Socks Big Dot Sock, size 41-46", "11.50"),
    (None, None, "Happy Socks Big Dot Sock, size 36-40", "11.50"),
    (None, None, "Happy Socks Stripe Sock, size 41-46", "11.50"),
    ("Hudson Relax Cotton Socken schwarz 39-42", "9.95", "Hudson Relax Cotton Socks, Black, UK 6-8", "8.95"),
    (None, None, "Hudson Relax Cotton Socks, Black, UK 8.5-11", "8.95"),
    ("Falke Cotton Touch 20 DEN Strumpfhose powder M", "16.00", "FALKE Cotton Touch 20 Denier Tights, Powder, M", "15.00"),
    (None, None, "FALKE Cotton Touch 20 Denier Tights, Powder, S", "15.00"),
    (None, None, "FALKE Cotton Touch 20 Denier Tights, Black, M", "15.00"),
    ("Levi's 168SF Regular Cut Socken 2er-Pack grau 39-42", "9.99", "Levi's 168SF Regular Cut Socks, 2 Pack, Grey, UK 6-8", "8.99"),
    (None, None, "Levi's 168SF Short Cut Socks, 2 Pack, Grey, UK 6-8", "8.99"),
    (None, None, "Levi's 168SF Regular Cut Socks, 2 Pack, Grey, UK 9-11", "8.99"),
]

KINDS: dict[str, list[Row]] = {"baking and party, a tenth shared": BAKING_AND_PARTY, "hosiery and socks, per size": HOSIERY_AND_SOCKS}

# Their cake shop lists our Wilton 1M twice.
SECOND_LISTINGS: dict[str, list[tuple[int, str, str]]] = {
    "baking and party, a tenth shared": [(0, "Wilton Piping Nozzle 1M (Open Star)", "2.35")],
    "hosiery and socks, per size": [],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return _every_catalogue(KINDS, SECOND_LISTINGS)


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, name: str) -> tuple:
    catalogues = dict(every_catalogue())[name]
    counts, found = read_catalogues(tmp_path / "kind", catalogues)
    return counts, found, catalogues[2]


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    (ours, theirs, truth), (ours2, theirs2, truth2) = (c for _, c in every_catalogue())
    # The shapes the batch was written to: a tenth of our forty shared; every one of our sixteen
    # beside two to four siblings.
    assert len(ours) == 40 and len(theirs) == 28 and len({o for o, _ in truth}) == 4
    assert len(ours2) == 16 and len(theirs2) == 48 and len(truth2) == 16


# --- what a matcher should make of the batch, as expected before it was read ------------------


@pytest.mark.xfail(strict=True, reason="the batches before found 0.45-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass when written; at first reading it failed: only the Kaiser tin was found (0.97);
# the piping tip "Lochtülle Nr. 1M" / "1M Open Star Piping Tip" (both its listings), the fondant
# "Rollfondant weiß 1 kg" / "Ready to Roll Icing White 1kg" and the balloon "Zahl 5 gold 100 cm" /
# 'Gold Number 5 ... 40"' scored 0.43-0.48 alone, words in two languages with nothing against them.
@pytest.mark.xfail(strict=True, reason="three of the four, worded in two languages, score under 0.5")
def test_a_competitor_sharing_a_tenth_of_our_range_has_its_four_found(tmp_path):
    # A code (1M), a size with a brand (26 cm), a weight (1 kg) or a number with its size joins
    # each; matched or put to a person.
    counts, found, truth = _read(tmp_path, "baking and party, a tenth shared")
    assert counts["true matched"] + counts["true proposed"] >= 4, found


# Expected to fail when written (a strict xfail); at first reading it passed: nothing of ours
# they lack was matched or proposed (their muffin pan, number 6, 28 cm tin kept off ours).
def test_a_competitor_sharing_a_tenth_of_our_range_gets_no_product_of_ours_it_lacks(tmp_path):
    # Their muffin pan is not our muffin tin, their number 6 not our number 0, their 28 cm tin not
    # our 26 cm one: nothing of ours that they lack is matched to something of theirs.
    counts, found, truth = _read(tmp_path, "baking and party, a tenth shared")
    assert not counts["wrong matched"], found


@pytest.mark.xfail(strict=True, reason="a size in another system (a UK shoe size) is not read as the same size")
def test_every_size_listed_apart_finds_its_own(tmp_path):
    # "39-42" / "UK 5.5-8", "43-46" / "UK 8.5-11", "Gr. M (38-42)" / "M (UK 5-8)": each of our
    # sixteen is matched to its own size and colour, none to a sibling.
    counts, found, truth = _read(tmp_path, "hosiery and socks, per size")
    assert counts["true matched"] == len(truth) and not counts["wrong matched"], found


def test_a_denier_tells_two_tights_apart(tmp_path):
    # "Individual 10" / "Individual 20", "40" / "70", "50 DEN" / "100 Denier", "20 den" / "40 den".
    counts, found, truth = _read(tmp_path, "hosiery and socks, per size")
    wrong = {pair for pair in found if pair not in truth and found[pair]["status"] == "matched"}
    theirs = dict((t["key"], t["name"]) for t in dict(every_catalogue())["hosiery and socks, per size"][1])
    assert not [p for p in wrong if any(d in theirs[p[1]] for d in ("Individual 20", "Fly & Care 70", "100 Denier", "40 den"))], wrong


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eighth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 245a618, the eighteenth session's): 7 of 21
    # true pairs found (2 matched, 5 proposed), 14 missed; no variant matched, 3 proposed (a sock
    # of the next UK size where ours read "counts or ranges differ" against its own as against
    # it, and tights in black beside ours in powder).
    holds_its_first_reading(read_the_batch(tmp_path), matched=2, found=7, wrong_matched=0, wrong_proposed=3)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds8b [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
