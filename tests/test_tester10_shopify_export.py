"""A tenth tester's pass: our catalogue from Shopify's product export (Products → Export, a file named
products_export.csv). Shopify writes one row per variant: the first row of a product holds its
Title, Vendor and Type, the variant rows after it only the Handle again and the variant's options,
SKU, price and barcode, and rows of extra images hold only the Handle and an image. A user
importing it as our catalogue had every variant row refused ("column 'name': is required but
empty") and nothing imported."""

from __future__ import annotations

import csv

import pytest
from test_alerts import cli_run

from storecheck import db

HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
          "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
          "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty",
          "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
          "Variant Requires Shipping", "Variant Taxable", "Variant Barcode", "Image Src", "Image Position",
          "Image Alt Text", "Gift Card", "SEO Title", "SEO Description", "Variant Image", "Variant Weight Unit",
          "Variant Tax Code", "Cost per item", "Status"]


def _row(**values) -> list[str]:
    return [values.get(column.replace(" ", "_").replace("(", "").replace(")", "").lower(), "") for column in HEADER]


ROWS = [
    _row(handle="bean-co-coffee", title="Bean Co Coffee Beans", body_html="<p>Dark roast</p>", vendor="Bean Co",
         product_category="Food, Beverages & Tobacco > Beverages > Coffee", type="Coffee", published="true",
         option1_name="Size", option1_value="500 g", option2_name="Grind", option2_value="Whole bean",
         variant_sku="BC-500-W", variant_grams="500", variant_price="6.50", variant_barcode="4006381333931",
         image_src="https://cdn.shopify.com/a.jpg", image_position="1", cost_per_item="3.10", status="active"),
    _row(handle="bean-co-coffee", option1_value="1 kg", option2_value="Whole bean", variant_sku="BC-1000-W",
         variant_grams="1000", variant_price="12.00", image_src="https://cdn.shopify.com/b.jpg", image_position="2"),
    _row(handle="bean-co-coffee", option1_value="1 kg", option2_value="Ground", variant_sku="BC-1000-G",
         variant_grams="1000", variant_price="12.50"),
    _row(handle="bean-co-coffee", image_src="https://cdn.shopify.com/c.jpg", image_position="3"),
    _row(handle="leaf-green-tea", title="Leaf Green Tea 20 bags", vendor="Leaf", type="Tea", published="true",
         option1_name="Title", option1_value="Default Title", variant_sku="LT-20", variant_price="2.40",
         status="active"),
]


def _write(path, rows, header=HEADER):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _products(workspace):
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        own = db.own_products
        return {row.sku: row for row in conn.execute(db.select(own))}


@pytest.mark.parametrize("maps", [(), ("--map", "Variant SKU=sku", "--map", "Title=name", "--map", "Variant Price=price",
                                         "--map", "Vendor=brand")], ids=["as exported", "mapped by hand"])
def test_a_shopify_product_export_imports_each_variant_as_a_product(workspace, tmp_path, maps):
    # Before: without --map, "no column 'sku', 'name'"; mapped by hand (as the error said to), exit
    # code 1, "line 3, column 'name': is required but empty" (and lines 4, 5), nothing stored.
    path = _write(tmp_path / "products_export.csv", ROWS)
    result = cli_run(workspace, "catalogue", "import", str(path), *maps)
    assert result.exit_code == 0, result.output
    products = _products(workspace)
    assert sorted(products) == ["BC-1000-G", "BC-1000-W", "BC-500-W", "LT-20"]
    assert products["BC-500-W"].name == "Bean Co Coffee Beans - 500 g / Whole bean"
    assert products["BC-1000-G"].name == "Bean Co Coffee Beans - 1 kg / Ground"
    assert products["LT-20"].name == "Leaf Green Tea 20 bags"  # a product without variants: "Default Title"
    for sku in ("BC-500-W", "BC-1000-W", "BC-1000-G"):  # the product's fields, on every variant
        assert (products[sku].brand, products[sku].category) == ("Bean Co", "Coffee")
    assert str(products["BC-1000-G"].price) == "12.5000" or float(products["BC-1000-G"].price) == 12.5
    assert products["BC-500-W"].gtin == "04006381333931"
    assert float(products["BC-500-W"].cost) == 3.10
    # What it did is said: the file read as Shopify's export, the image row skipped.
    assert "Shopify" in result.output
    assert "line 5" in result.output and "image" in result.output


def test_a_shopify_variant_whose_product_row_is_missing_is_refused_saying_what_to_do(workspace, tmp_path):
    # A variant row cut from its product's first row (the file sorted or filtered in a spreadsheet):
    # nothing to name it by; the error says so rather than only "name is required".
    path = _write(tmp_path / "products_export.csv", [ROWS[4], ROWS[1]])
    result = cli_run(workspace, "catalogue", "import", str(path))
    assert result.exit_code != 0
    assert "line 3" in result.output and "bean-co-coffee" in result.output and "first row" in result.output
    assert _products(workspace) == {}


def test_archived_and_draft_shopify_products_are_not_imported_as_products_we_sell(workspace, tmp_path):
    # Shopify exports every product, those archived (no longer sold) and drafts (not yet) with them,
    # its Status on the product's first row. Before: imported as products we sell, matched and counted.
    archived = [_row(handle="old-blend", title="Old Blend Coffee 1 kg", vendor="Bean Co", type="Coffee",
                     option1_name="Title", option1_value="Default Title", variant_sku="OB-1", variant_price="9.00",
                     status="archived"),
                _row(handle="new-tea", title="New Tea 20 bags", vendor="Leaf", type="Tea", option1_name="Size",
                     option1_value="20 bags", variant_sku="NT-20", variant_price="3.00", status="draft"),
                _row(handle="new-tea", option1_value="40 bags", variant_sku="NT-40", variant_price="5.00")]
    path = _write(tmp_path / "products_export.csv", ROWS + archived)
    result = cli_run(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert sorted(_products(workspace)) == ["BC-1000-G", "BC-1000-W", "BC-500-W", "LT-20"]
    assert "lines 7, 8, 9" in result.output and "archived or draft" in result.output, result.output
