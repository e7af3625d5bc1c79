"""A mains voltage written as each region writes it (issue 9, the seventeenth round's pumps): one
appliance is rated "230 V" by one shop and "240 V" by another, "110 V" and "120 V" across the
Atlantic, and no two of them are two products; two voltages of two supplies (12 / 24 V, a US
appliance's 120 V against a European one's 230 V) are."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark._text import extract
from benchmark.matching.conflicts import _quantity_conflict
from benchmark.matching.given_pairs import score_pairs


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Bomba periférica Pedrollo PKm 60, 0,37 kW, monofásica 230 V", "Booster Pump Pedrollo PKM-60 370W 240V"),
    ("Wasserkocher Edelstahl 1,7 l 2200 W 220 V", "Stainless steel kettle 1.7 l 2200 W 230 V"),
    ("Shop vacuum 6 gallon 110V", "Shop vacuum 6 gallon 120 V"),
    ("Space heater 1500W 115V", "Space heater 1500 W 127 V"),
    ("Cement mixer 0.55 kW 380 V three phase", "Cement mixer 550W 400V 3-phase"),
    ("Kettle 220-240V", "Kettle 230 V"),
])
def test_one_mains_voltage_of_two_regions_is_no_conflict(ours, theirs):
    # Before: "volt differs: 230 vs 240".
    assert _quantity_conflict(extract(ours), extract(theirs)) is None
    assert _quantity_conflict(extract(theirs), extract(ours)) is None


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Car fridge 12 V 25 l", "Car fridge 24 V 25 l"),
    ("Immersion heater 120 V 1000 W", "Immersion heater 230 V 1000 W"),
    ("Motor 230 V single phase 1.5 kW", "Motor 400 V three phase 1.5 kW"),
    ("LED driver 48 V", "LED driver 36 V"),
])
def test_voltages_of_two_supplies_stay_two_products(ours, theirs):
    assert _quantity_conflict(extract(ours), extract(theirs))[0] == "volt"
    assert _quantity_conflict(extract(theirs), extract(ours))[0] == "volt"


def test_the_pump_listed_at_240_volts_is_not_pulled_down_for_it():
    ours = pd.DataFrame([{"sku": "O0", "name": "Bomba periférica Pedrollo PKm 60, 0,37 kW, monofásica 230 V",
                          "brand": "Pedrollo"}])
    theirs = pd.DataFrame([{"competitor_product_id": "T0", "name": "Booster Pump Pedrollo PKM-60 370W 240V",
                            "brand": "Pedrollo"}])
    reason = score_pairs(ours, theirs).iloc[0].reason
    assert "volt" not in reason, reason
