"""A rating two makers' models both write ("1000VA" on a CyberPower
CP1000PFCLCD and a Tripp Lite SMART1000LCD) names neither: each title's own
model code, which puts other letters before the rating's number, tells them
apart (`codes._codes_besides`, `codes._number_apart`)."""

from __future__ import annotations

import pytest

from benchmark._text import extract
from benchmark.matching import match_products
from benchmark.matching.codes import _codes_besides
from tests.test_matching import ours, pairs, theirs

UPS = ["CyberPower CP1000PFCLCD UPS 1000VA 600W PFC Compatible Pure Sine Wave",
       "Tripp Lite SMART1000LCD Digital LCD 1000VA Line-Interactive UPS 8 Outlets",
       "Tripp Lite SMX1000LCD 1000VA Intl UPS Smart Pro Rack Tower Digital LCD 230V Line-Int 6 outlets"]


def test_a_rating_two_makers_write_joins_no_two_listings():
    # The two Tripp Lite listings were matched as "the same product as their
    # listing" CyberPower, on the code "1000va".
    our = ours({"sku": "A", "name": "Cyber Power PFC 1000VA LCD Sinewave Adaptive Intelligent UPS",
                "mpn": "CP1000PFCLCD"})
    found = match_products(our, theirs(*[{"competitor_product_id": n, "name": t} for n, t in enumerate(UPS)]))
    assert pairs(found) == {("A", 0)} and pairs(found, "matched") == {("A", 0)}


@pytest.mark.parametrize(("left", "right", "shared", "apart"), [
    (UPS[0], UPS[1], "1000va", ("cp1000pfclcd", "smart1000lcd")),
    (UPS[1], UPS[2], "1000va", ("smart1000lcd", "smx1000lcd")),
    # The same letters before the number: one maker's naming, not two models apart by it.
    ("APC SUA1500 1500VA UPS", "APC SUA1500RM2U 1500VA UPS", "1500va", None),
    # ... unless the letters after it differ: one maker's two models of one rating. A guard
    # for a shop's letters before a maker's code read these as one model ("same model code 1000va").
    ("CyberPower CP1000PFCLCD PFC Sinewave UPS 1000VA 600W", "CyberPower CP1000AVR AVR UPS 1000VA 600W", "1000va",
     ("cp1000pfclcd", "cp1000avr")),
    # Nothing before the number on one side: one model written two ways.
    ("Sapphire RX5700 Pulse 8GB GDDR6", "Sapphire 5700XT Pulse 8GB GDDR6", "gddr6", None),
    # "3" of "DDR3" is no run of digits of "HX318C10FB": a standard, not a model apart.
    ("HyperX Fury Blue 4GB [1x4GB 1600MHz DDR3 CL10 DIMM]",
     "Memoria RAM CL10 Kingston HyperX Fury 4GB 1866 MHz [HX318C10FB/4]", "cl10", None),
    # A shared code that is a model's own, no rating: a shop's code around its number
    # ("ILVICC790B") is that model written again, not another maker's (Walmart-Amazon).
    ("iLuv Universal Windshield Mount Kit for iPhone1G iPhone 3GS iPhone 4 iPod Touch iCC790BLK",
     "New-ILUV ICC790BLK UNIVERSAL WINDSHIELD SMARTPHONE MOUNT KIT - ILVICC790B", "icc790blk", None),
])
def test_own_codes_that_put_other_letters_before_a_number_are_two_models(left, right, shared, apart):
    assert _codes_besides(extract(left), extract(right), shared) == apart
