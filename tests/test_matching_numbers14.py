"""Numbers read as what they are: a power or a capacity grouped in thousands with its unit after it,
and a maker's number where only the catalogues can tell a maker. Titles written for these tests, in
ways of writing numbers the batches of catalogues met."""

from __future__ import annotations

import pandas as pd

from benchmark._text import catalogue_numbers, extract
from benchmark.matching.given_pairs import score_pairs


def _reasons(ours: list[str], theirs: list[str]) -> list[str]:
    frame = score_pairs(pd.DataFrame({"sku": [f"o{n}" for n in range(len(ours))], "name": ours}),
                        pd.DataFrame({"competitor_product_id": [f"t{n}" for n in range(len(theirs))], "name": theirs}))
    return list(frame.reason)


def test_a_quantity_grouped_in_thousands_in_a_shop_of_decimal_points_is_read_whole():
    # A shop that writes its decimals with points ("0.5 ml") and never with a comma groups its
    # thousands with commas with a unit after them too: "1,500W" is 1500 W, "24,000mAh" 24000 mAh.
    # Read as a decimal comma the plucker's power was 1.5 W and the power bank held 24 mAh, and
    # each differed from the other shop's own listing ("charge differs: 24000 vs 24").
    theirs = ["Machin pou retire plim poul 50 cm 1,500W", "Sereng otomatik HSW Eco-Matic 0.5 ml pou vaksen",
              "Anker 737 Power Bank (PowerCore 24K) 24,000mAh 140W - Black"]
    written, _ = catalogue_numbers(theirs)
    assert extract(written[0]).quantities["watt"] == {1500.0}
    assert extract(written[2]).quantities["charge"] == {24000.0}
    reasons = _reasons(["Anker 737 PowerCore 24K powerbank 24000 mAh 140 W", "Plukmachine 50 cm 1500 W",
                        "HSW Eco-Matic injectiespuit 0.5 ml"], [theirs[2], theirs[0], theirs[1]])
    assert "differs" not in reasons[0] and "differs" not in reasons[1], reasons
    # The power still tells two pluckers apart.
    assert "watt differs" in _reasons(["Plukmachine 50 cm 2200 W", "Spuit 0.5 ml"], theirs[:2])[0]


def test_a_shop_of_decimal_commas_keeps_three_decimals_with_a_unit():
    # A shop that writes its decimals with commas writes a gallon "3,785 l" and a track's pitch
    # "1,325\"": three decimals, no thousands. Nor does a catalogue of both kinds say what its
    # comma means ("3,500GHz", a clock of 3.5 GHz, among other shops' "16,000 DPI").
    written, _ = catalogue_numbers(["Kahetaktiõli BRP XPS 2T, 3,785 l", "Õli 0,946 l"])
    assert extract(written[0]).quantities["volume"] == {3785.0}
    written, whole = catalogue_numbers(["AMD Ryzen 5 1500X (3,500GHz)", "Razer mouse 16,000 DPI", "Cable 1.5 m",
                                        "Kabel 2,5 m"])
    assert written[0] == "AMD Ryzen 5 1500X (3,500GHz)" and not any(whole)
