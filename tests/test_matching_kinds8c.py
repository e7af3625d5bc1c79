"""A third batch of the eighth round (after `tests/test_matching_kinds8.py` and `..kinds8b.py`),
written before the matcher read it: gaming keyboards, mice and headsets, our German shop against a
Polish marketplace's sellers, who write in capitals and pad their titles with words that name no
product ("NOWA", "ORYGINALNA", "GWARANCJA 24M", "FV23%", "WYSYŁKA 24H", "SUPER CENA"), the layout
a keyboard is for ("DE" / "QWERTZ" against "US" / "QWERTY"), a switch's colour ("GX Brown
Tactile" / "brązowe"), a mouse's colour in Polish ("biała", "czarna"), a headset's platform.

Each row as `tests/kinds_batches.py` reads it: (our title, our price, their title, their price).
A keyboard for another layout, a switch of another colour, a mouse of another colour or
generation, a headset for another platform is a variant: matching it to anything is a wrong
pair. Their marketplace also lists two of our products twice (two sellers' titles).
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, catalogues_of, catalogues_with_second_listings, check_the_rows, holds_its_first_reading, read_catalogues
from tests.kinds_batches import read_the_batch as _read_the_batch

GAMING_PERIPHERALS: list[Row] = [
    ("Logitech G Pro X TKL Lightspeed Gaming-Tastatur GX Brown DE-Layout schwarz", "229.00",
     "KLAWIATURA LOGITECH G PRO X TKL LIGHTSPEED GX BROWN TACTILE CZARNA QWERTZ DE NOWA FV23%", "199.00"),
    (None, None, "KLAWIATURA LOGITECH G PRO X TKL LIGHTSPEED GX BROWN TACTILE CZARNA US QWERTY NOWA FV23%", "189.00"),
    (None, None, "KLAWIATURA LOGITECH G PRO X TKL LIGHTSPEED GX RED LINEAR CZARNA QWERTZ DE NOWA FV23%", "199.00"),
    (None, None, "KLAWIATURA LOGITECH G PRO X TKL LIGHTSPEED GX BROWN TACTILE BIAŁA QWERTZ DE NOWA FV23%", "209.00"),
    ("Logitech G Pro X Superlight 2 kabellose Gaming-Maus schwarz", "159.00",
     "MYSZ LOGITECH G PRO X SUPERLIGHT 2 CZARNA BEZPRZEWODOWA GWARANCJA 24M", "139.00"),
    (None, None, "MYSZ LOGITECH G PRO X SUPERLIGHT 2 BIAŁA BEZPRZEWODOWA GWARANCJA 24M", "139.00"),
    (None, None, "MYSZ LOGITECH G PRO X SUPERLIGHT CZARNA BEZPRZEWODOWA (1. GENERACJA) GWARANCJA 24M", "99.00"),
    ("Logitech G502 X Plus Gaming-Maus kabellos weiß", "169.00", "Mysz Logitech G502 X PLUS biała, bezprzewodowa, RGB - ORYGINAŁ", "149.00"),
    (None, None, "Mysz Logitech G502 X LIGHTSPEED biała, bezprzewodowa - ORYGINAŁ", "119.00"),
    (None, None, "Mysz Logitech G502 X przewodowa biała - ORYGINAŁ", "69.00"),
    ("Razer BlackWidow V4 Pro Green Switch DE-Layout", "249.00",
     "RAZER BLACKWIDOW V4 PRO KLAWIATURA MECHANICZNA ZIELONE PRZEŁĄCZNIKI UKŁAD NIEMIECKI", "229.00"),
    (None, None, "RAZER BLACKWIDOW V4 PRO KLAWIATURA MECHANICZNA ŻÓŁTE PRZEŁĄCZNIKI UKŁAD NIEMIECKI", "229.00"),
    (None, None, "RAZER BLACKWIDOW V4 PRO KLAWIATURA MECHANICZNA ZIELONE PRZEŁĄCZNIKI UKŁAD US", "219.00"),
    ("Razer DeathAdder V3 Pro kabellose Maus schwarz", "149.00", "Razer DeathAdder V3 Pro czarna mysz bezprzewodowa 63000 DPI", "129.00"),
    (None, None, "Razer DeathAdder V3 czarna mysz przewodowa 30000 DPI", "79.00"),
    ("Razer Kraken V4 Pro Gaming-Headset", "449.00", "SŁUCHAWKI RAZER KRAKEN V4 PRO BEZPRZEWODOWE + STACJA CONTROL HUB SUPER CENA", "399.00"),
    (None, None, "SŁUCHAWKI RAZER KRAKEN V4 X PRZEWODOWE USB SUPER CENA", "79.00"),
    ("SteelSeries Arctis Nova Pro Wireless für PlayStation", "379.00",
     "SteelSeries Arctis Nova Pro Wireless P - słuchawki do PS5 / PC, czarne", "339.00"),
    (None, None, "SteelSeries Arctis Nova Pro Wireless X - słuchawki do Xbox / PC, czarne", "339.00"),
    ("SteelSeries Apex Pro TKL (2023) Tastatur DE", "229.00", "SteelSeries Apex Pro TKL 2023 klawiatura, układ niemiecki (QWERTZ)", "209.00"),
    (None, None, "SteelSeries Apex Pro TKL 2023 klawiatura, układ US (QWERTY)", "199.00"),
    (None, None, "SteelSeries Apex Pro TKL Gen 3 klawiatura, układ niemiecki (QWERTZ)", "249.00"),
    ("HyperX Cloud III Gaming-Headset schwarz/rot", "99.00", "HyperX Cloud III słuchawki przewodowe czarno-czerwone 727A9AA", "85.00"),
    (None, None, "HyperX Cloud III słuchawki przewodowe czarne 727A8AA", "85.00"),
    (None, None, "HyperX Cloud III Wireless słuchawki czarno-czerwone 77Z45AA", "149.00"),
    ("Corsair K70 RGB Pro Cherry MX Red DE", "169.00", "Corsair K70 RGB PRO Cherry MX Red - klawiatura (DE) CH-9109410-DE", "149.00"),
    (None, None, "Corsair K70 RGB PRO Cherry MX Red - klawiatura (US) CH-9109410-NA", "139.00"),
    (None, None, "Corsair K70 RGB PRO Cherry MX Brown - klawiatura (DE) CH-9109411-DE", "149.00"),
    ("Cherry MX Board 3.0 S Tastatur MX Brown DE schwarz", "79.00", "Cherry MX Board 3.0 S klawiatura MX Brown, czarna, układ DE", "69.00"),
    (None, None, "Cherry MX Board 3.0 S klawiatura MX Red, czarna, układ DE", "69.00"),
    ("Logitech G935 Wireless Gaming Headset", "129.00", "Słuchawki Logitech G935 bezprzewodowe 7.1 DTS", "109.00"),
    (None, None, "Słuchawki Logitech G635 przewodowe 7.1 DTS", "89.00"),
    ("Logitech G Powerplay 2 Mauspad mit Ladefunktion", "129.00", "Podkładka Logitech G POWERPLAY 2 z ładowaniem bezprzewodowym", "109.00"),
    (None, None, "Podkładka Logitech G POWERPLAY z ładowaniem bezprzewodowym (1. generacja)", "79.00"),
    ("Elgato Stream Deck MK.2 schwarz", "149.00", "Elgato Stream Deck MK.2 czarny 15 klawiszy LCD", "129.00"),
    (None, None, "Elgato Stream Deck MK.2 biały 15 klawiszy LCD", "129.00"),
    (None, None, "Elgato Stream Deck XL 32 klawisze LCD", "229.00"),
    ("Glorious Model O 2 Wireless Gaming-Maus matt schwarz", "99.00", None, None),
    ("Ducky One 3 TKL Tastatur Cherry MX Silent Red DE", "139.00", None, None),
    ("Turtle Beach Stealth 600 Gen 3 für PlayStation", "109.00", None, None),
]

# Two sellers list the same product: (row of the first listing, the second title, its price).
SECOND_LISTINGS: list[tuple[int, str, str]] = [
    (4, "Logitech G PRO X SUPERLIGHT 2 Lightspeed czarna - NOWA, WYSYŁKA 24H", "145.00"),
    (25, "KLAWIATURA CORSAIR K70 RGB PRO MX RED UKŁAD DE CH-9109410-DE FV23%", "152.00"),
]

KINDS: dict[str, list[Row]] = {"gaming peripherals, a Polish marketplace": GAMING_PERIPHERALS}


def catalogues() -> Catalogues:
    return catalogues_with_second_listings(GAMING_PERIPHERALS, SECOND_LISTINGS)


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return [("gaming peripherals, a Polish marketplace", catalogues())]


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, rows: list[Row]) -> tuple:
    catalogues = catalogues_of(rows)
    counts, found = read_catalogues(tmp_path / "kind", catalogues)
    return counts, found, catalogues[2]


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    ours, theirs, truth = catalogues()
    assert len(ours) == 17 and len(theirs) == 39 and len(truth) == 16
    assert len({t["name"] for t in theirs}) == len(theirs)


# --- what a matcher should make of the batch, as expected before it was read ------------------


@pytest.mark.xfail(strict=True, reason="the batches before found 0.45-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to fail when written (a strict xfail); at first reading it passed: no keyboard of
# another layout or switch was matched or proposed.
def test_a_keyboards_layout_or_switch_tells_two_keyboards_apart(tmp_path):
    # "QWERTZ DE" against "US QWERTY", "GX BROWN" against "GX RED", "ZIELONE" (green) against
    # "ŻÓŁTE" (yellow), "układ niemiecki" against "układ US".
    rows = GAMING_PERIPHERALS[:4] + GAMING_PERIPHERALS[10:13] + GAMING_PERIPHERALS[19:22]
    counts, found, truth = _read(tmp_path, rows)
    assert not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed, not on the other codes (neither was
# paired) but on our own: our title writes no code, theirs "CH-9109410-DE", and the pair was
# proposed at 0.84, not matched.
@pytest.mark.xfail(strict=True, reason="our K70's title writes no code; the pair on words alone is proposed at 0.84")
def test_a_code_with_its_layout_suffix_tells_two_keyboards_apart(tmp_path):
    # Corsair's "CH-9109410-DE" against "-NA" and "CH-9109411-DE": another code, another product.
    counts, found, truth = _read(tmp_path, GAMING_PERIPHERALS[25:28])
    assert counts["true matched"] == len(truth) and not counts["wrong matched"], found


# Written as a strict xfail for the colours; at first reading it failed on the colours (their white
# Stream Deck proposed for our black one at 0.77, tied with its own "czarny") and on more: their
# G502 X and wired G502 X were matched (0.94) as second listings of the G502 X Plus ours took,
# under the code g502.
@pytest.mark.xfail(strict=True, reason="a colour in Polish is no colour; another line under one code (G502) is a second listing")
def test_a_mouses_colour_in_polish_tells_two_mice_apart(tmp_path):
    # "schwarz" / "CZARNA" against "BIAŁA", "weiß" / "biała": our black mouse is not their white.
    rows = GAMING_PERIPHERALS[4:10] + GAMING_PERIPHERALS[34:37]
    counts, found, truth = _read(tmp_path, rows)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to pass when written; at first reading it failed: the K70's two listings were proposed
# (0.85, 0.76), the Superlight 2's both missed (0.54 each: "kabellose Gaming-Maus schwarz" against
# "CZARNA BEZPRZEWODOWA", with nothing against them).
# `raises=AssertionError`: a helper renamed or moved must fail the run, not pass as the failure
# expected (review R5: this test unpacked three values from two and never reached its assertion).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the Superlight 2's two listings, in Polish, score 0.54 each")
def test_a_sellers_padding_words_do_not_keep_a_product_from_its_pair(tmp_path):
    # "NOWA", "FV23%", "GWARANCJA 24M", "SUPER CENA", "WYSYŁKA 24H" name no product: both sellers'
    # listings of our Superlight 2 and our K70 are found (matched or put to a person).
    counts, found = read_catalogues(tmp_path / "kind", catalogues())
    for n, _title, _price in SECOND_LISTINGS:
        assert (f"O{n}", f"T{n}") in found and (f"O{n}", f"T{n}b") in found, found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eighth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at c858b4a, the eighteenth session's): 7 of 16
    # true pairs found (2 matched, 5 proposed), 9 missed; 2 variants matched (their G502 X and
    # wired G502 X as second listings of the G502 X Plus, under g502) and 2 proposed (a white
    # Stream Deck and the Xbox headset, each tied with our product's own listing).
    holds_its_first_reading(read_the_batch(tmp_path), matched=2, found=7, wrong_matched=2, wrong_proposed=2)


if __name__ == "__main__":  # the reading: python -m tests.test_matching_kinds8c [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
