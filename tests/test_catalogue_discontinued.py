"""Our products a whole catalogue leaves out: `catalogue import --full` marks them discontinued, they keep
their history and a person's decisions, and leave the matcher and every figure. Through the real commands."""

from __future__ import annotations

import csv
import json
import math

import pytest
from test_hostile2_files import invoke


@pytest.fixture
def rival(workspace, tmp_path):
    """Three of our products at 10 EUR, each sold by Rival under its GTIN: at 8, 10 and 20 EUR."""
    workspace.add_competitor("Rival", "https://rival.example/")
    catalogue(workspace, tmp_path, "A", "B", "C")
    offers = tmp_path / "rival.csv"
    offers.write_text("key,name,gtin,price,currency\n"
                      "r-a,Tea,4006381333931,8.00,EUR\nr-b,Coffee,4006381333948,10.00,EUR\n"
                      "r-c,Cocoa,4006381333955,20.00,EUR\n", encoding="utf-8")
    assert invoke(workspace, "offers", "import", str(offers), "--competitor", "Rival").exit_code == 0
    assert invoke(workspace, "match").exit_code == 0
    return workspace


GTINS = {"A": ("Tea", "4006381333931"), "B": ("Coffee", "4006381333948"), "C": ("Cocoa", "4006381333955"),
         "D": ("Cocoa new recipe", "4006381333955")}


def catalogue(workspace, tmp_path, *skus, options=(), rows=()):
    path = tmp_path / f"catalogue-{''.join(skus)}.csv"
    path.write_text("sku,name,gtin,price,currency\n"
                    + "".join(f"{sku},{GTINS[sku][0]},{GTINS[sku][1]},10.00,EUR\n" for sku in skus)
                    + "".join(rows), encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path), *options)
    return result


def index(workspace) -> tuple[int, float, float]:
    """Rival's pairs, price index, and the index history's last point, from `score --json`."""
    result = invoke(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    [card] = json.loads(result.output)["competitors"]
    return card["pairs"], card["price_index"], card["index_history"][-1]["index"]


def matches(workspace, tmp_path) -> dict[str, str]:
    path = tmp_path / "matches.csv"
    assert invoke(workspace, "matches", "export", str(path)).exit_code == 0
    with path.open(encoding="utf-8") as handle:
        return {row["sku"]: f"{row['key']} {row['status']}" for row in csv.DictReader(handle)}


def test_a_full_import_takes_the_products_it_leaves_out_out_of_every_figure(rival, tmp_path):
    # Before: a product we no longer sell, priced as when it was dropped, stayed in the index for good,
    # and nothing could take it out (review R7).
    assert index(rival) == (3, pytest.approx(100 * (10 / 8 * 1 * 10 / 20) ** (1 / 3)),
                            pytest.approx(100 * (10 / 8 * 1 * 10 / 20) ** (1 / 3)))
    result = catalogue(rival, tmp_path, "A", "B", options=["--full"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "1 of our products stored before is not in this file and is now marked discontinued: C (Cocoa)." in text
    pairs, headline, last_point = index(rival)
    assert (pairs, headline, last_point) == (2, pytest.approx(100 * math.sqrt(10 / 8)), pytest.approx(100 * math.sqrt(10 / 8)))
    # Kept, with the day it left: the products export says so.
    exported = tmp_path / "products.csv"
    assert invoke(rival, "export", "products", str(exported)).exit_code == 0
    with exported.open(encoding="utf-8") as handle:
        rows = {row["sku"]: row for row in csv.DictReader(handle)}
    assert rows["C"]["discontinued"] and not rows["A"]["discontinued"]


def test_a_discontinued_products_listing_goes_to_its_successor(rival, tmp_path):
    # The new recipe under a new sku and the same GTIN: Rival's listing is matched to it, not kept
    # by the product we dropped; a person's confirmation of the old pair stays stored.
    path = tmp_path / "decisions.csv"
    before = matches(rival, tmp_path)
    assert before["C"] == "r-c matched"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "competitor", "key", "status"])
        writer.writerow(["C", "Rival", "r-c", "confirmed"])
    assert invoke(rival, "matches", "import", str(path)).exit_code == 0
    assert catalogue(rival, tmp_path, "A", "B", "D", options=["--full"]).exit_code == 0
    assert invoke(rival, "match").exit_code == 0
    after = matches(rival, tmp_path)
    assert after["D"] == "r-c matched" and after["C"] == "r-c confirmed"
    assert index(rival)[0] == 3  # A, B and D; C's confirmed pair counts in no figure


def test_an_import_that_names_a_discontinued_product_again_brings_it_back(rival, tmp_path):
    assert catalogue(rival, tmp_path, "A", "B", options=["--full"]).exit_code == 0
    assert index(rival)[0] == 2
    assert catalogue(rival, tmp_path, "C").exit_code == 0
    assert invoke(rival, "match").exit_code == 0
    assert index(rival)[0] == 3


def test_a_full_import_with_refused_rows_marks_nothing_discontinued(rival, tmp_path):
    # A refused row may be a product we still sell: a typo must not take it out of the figures.
    result = catalogue(rival, tmp_path, "A", options=["--full", "--skip-invalid"],
                       rows=["B,Coffee,4006381333948,ten euros,EUR\n"])
    assert result.exit_code == 1
    assert "1 rows of the file were refused, so no product was marked discontinued" in " ".join(result.output.split())
    assert index(rival)[0] == 3


def test_without_full_the_import_says_how_to_mark_them(rival, tmp_path):
    result = catalogue(rival, tmp_path, "A", "B")
    assert "import it with --full" in " ".join(result.output.split())
    assert index(rival)[0] == 3
