"""A tenth tester's pass: our catalogue from WooCommerce's product export (Products → Export, a file
named wc-product-export-DATE.csv). WooCommerce writes a variable product as a row of its own (Type
"variable", no price) followed by a row per variation (Type "variation", Parent "id:12", its own SKU
and price, no category); prices are in "Regular price" and "Sale price", categories as paths
("Coffee > Beans, Offers"), drafts and private products among the published ones.

Before: without --map only sku and name were read: no price, no category; the variable product was
imported as a product we sell (no price, matched and counted in the range), its variations without
a category, and drafts as products we sell."""

from __future__ import annotations

import csv

from test_alerts import cli_run

from storecheck import db

HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?",
          "Visibility in catalog", "Short description", "Description", "Date sale price starts",
          "Date sale price ends", "Tax status", "Tax class", "In stock?", "Stock", "Sale price", "Regular price",
          "Categories", "Tags", "Images", "Parent", "Position", "Brands", "Attribute 1 name",
          "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global"]


def _row(**values) -> list[str]:
    keys = {"ID": "id", "Type": "type", "SKU": "sku", "GTIN, UPC, EAN, or ISBN": "gtin", "Name": "name",
            "Published": "published", "Sale price": "sale", "Regular price": "regular", "Categories": "categories",
            "Parent": "parent", "Brands": "brands", "Attribute 1 name": "attribute", "Attribute 1 value(s)": "values"}
    return [values.get(keys.get(column, ""), "") for column in HEADER]


ROWS = [
    _row(id="12", type="variable", sku="BC-COFFEE", name="Bean Co Coffee Beans", published="1",
         categories="Coffee > Beans, Offers", brands="Bean Co", attribute="Size", values="500 g, 1 kg"),
    _row(id="13", type="variation", sku="BC-500", gtin="4006381333931", name="Bean Co Coffee Beans - 500 g",
         published="1", regular="6.50", parent="id:12", attribute="Size", values="500 g"),
    _row(id="14", type="variation", sku="BC-1000", name="Bean Co Coffee Beans - 1 kg", published="1",
         sale="10.99", regular="12.00", parent="id:12", attribute="Size", values="1 kg"),
    _row(id="15", type="simple", sku="LT-20", name="Leaf Green Tea 20 bags", published="1", regular="2.40",
         categories="Tea", brands="Leaf"),
    _row(id="16", type="simple", sku="NEW-1", name="Coming Soon Tea", published="-1", regular="3.00",
         categories="Tea"),
]


def _write(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _products(workspace):
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        return {row.sku: row for row in conn.execute(db.select(db.own_products))}


def test_a_woocommerce_product_export_imports_what_the_shop_sells(workspace, tmp_path):
    path = _write(tmp_path / "wc-product-export-4-12-2026.csv", ROWS)
    result = cli_run(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    products = _products(workspace)
    assert sorted(products) == ["BC-1000", "BC-500", "LT-20"]  # no variable product, no draft
    assert (products["BC-500"].category, products["BC-500"].brand) == ("Coffee > Beans", "Bean Co")  # its parent's
    assert float(products["BC-500"].price) == 6.50
    assert float(products["BC-1000"].price) == 12.00  # the regular price: a sale's is the shop's promotion
    assert products["BC-500"].gtin == "04006381333931"
    assert (products["LT-20"].category, products["LT-20"].brand) == ("Tea", "Leaf")
    assert "WooCommerce" in result.output
    assert "line 2" in result.output and "variable" in result.output
    assert "line 6" in result.output and "not published" in result.output


def test_a_variation_whose_parent_row_is_not_before_it_is_refused_saying_what_to_do(workspace, tmp_path):
    path = _write(tmp_path / "wc-product-export.csv", [ROWS[3], ROWS[1]])
    result = cli_run(workspace, "catalogue", "import", str(path))
    assert result.exit_code != 0
    assert "line 3" in result.output and "id:12" in result.output, result.output
    assert _products(workspace) == {}


def test_a_variation_added_later_to_an_older_product_finds_it_past_another_variable_product(workspace, tmp_path):
    """Review R1: the exporter writes by ID, so a size added later to the coffee (ID 31) comes after the
    tea's rows; before, it was refused as if the coffee's row were not before it, and the whole file
    with it."""
    tea = [_row(id="20", type="variable", sku="LF-TEA", name="Leaf Loose Tea", published="1", categories="Tea",
                brands="Leaf", attribute="Size", values="100 g"),
           _row(id="21", type="variation", sku="LF-100", name="Leaf Loose Tea - 100 g", published="1",
                regular="4.20", parent="id:20", attribute="Size", values="100 g")]
    later = _row(id="31", type="variation", sku="BC-250", name="Bean Co Coffee Beans - 250 g", published="1",
                 regular="3.90", parent="BC-COFFEE", attribute="Size", values="250 g")  # by the parent's SKU
    path = _write(tmp_path / "wc-product-export-4-12-2026.csv", [*ROWS[:3], *tea, later, ROWS[3]])
    result = cli_run(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    products = _products(workspace)
    assert sorted(products) == ["BC-1000", "BC-250", "BC-500", "LF-100", "LT-20"]
    assert (products["BC-250"].category, products["BC-250"].brand) == ("Coffee > Beans", "Bean Co")
    assert (products["LF-100"].category, products["LF-100"].brand) == ("Tea", "Leaf")


def test_a_variation_of_a_product_nowhere_before_it_is_refused_naming_it(workspace, tmp_path):
    path = _write(tmp_path / "wc-product-export.csv", [*ROWS[:3], _row(
        id="40", type="variation", sku="XX-1", name="Mystery - 1", published="1", regular="1.00", parent="id:39")])
    result = cli_run(workspace, "catalogue", "import", str(path))
    assert result.exit_code != 0
    assert "line 5" in result.output and "no variable product 'id:39' is on a line before it" in result.output
