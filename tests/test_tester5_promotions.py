"""A fifth tester's pass over promotion depth: a shelf price misread in another unit (cents) beside its
own regular price, on a product that matches none of ours (no pair to judge it by)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from benchmark import promotions
from storecheck.cli import cli

OURS = "sku,name,brand,category,price\nA1,Green tea 100 g,Leafco,Tea,3.50\nA2,Black tea 100 g,Leafco,Tea,3.20\n"
# k1's shelf price is 12.99 read in cents (0.1299) beside its regular price read right; k2 is a real 20% off.
THEIRS = ("key,name,brand,category,price,regular_price,promotion\n"
          "k1,Espresso beans 1 kg,Roastery,Coffee,0.1299,12.99,-20%\n"
          "k2,Filter coffee 500 g,Roastery,Coffee,4.00,5.00,-20%\n"
          "k3,Cocoa 250 g,Roastery,Cocoa,3.00,,\n")


def invoke(workspace, *args):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    return result


def test_what_to_copy_takes_no_depth_from_a_shelf_price_misread_in_cents(workspace, tmp_path):
    # "2 of their 3 products online, 60% off on average": the 99% of the misread price averaged in with the
    # real 20%. Unmatched, the product had no pair to leave it out by; its own regular price is the measure.
    (tmp_path / "ours.csv").write_text(OURS, encoding="utf-8")
    (tmp_path / "theirs.csv").write_text(THEIRS, encoding="utf-8")
    invoke(workspace, "competitor", "add", "Rival")
    invoke(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))
    invoke(workspace, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    invoke(workspace, "match")
    score = json.loads(invoke(workspace, "score", "--json").output)
    [item] = [item for item in score["what_to_copy"] if item["area"] == "promotions"]
    assert "2 of their 3 products online (67%), 20% off on average" in item["evidence"], item


def test_a_depth_past_a_misread_unit_is_no_depth():
    from decimal import Decimal

    assert promotions.depth(Decimal("0.1299"), Decimal("12.99")) is None  # cents: 99% "off"
    assert promotions.depth(Decimal("0.0129"), Decimal("12.99")) is None  # thousandths
    assert promotions.depth(Decimal("2.00"), Decimal("20.00")) == 0.9  # a clearance at 90% off stays
    assert promotions.depth(Decimal("4.00"), Decimal("5.00")) == 0.2
