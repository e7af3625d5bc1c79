"""A seventh tester's pass over `catalogue import` again, with a product left out of the file (discontinued,
or a file of one category): what becomes of it, its match and its figures. Through the real commands."""

from __future__ import annotations

from test_hostile2_files import invoke


def test_a_product_left_out_of_the_catalogue_again_is_said_to_be_kept(workspace, tmp_path):
    # The import said "0 new, 0 updated, 1 unchanged" and nothing else: the coffee left out of the file
    # stayed in our catalogue, matched, in the price index and the range, while the shop owner took it
    # for gone. An import never deletes (a file of one category is as common); it now says what it kept.
    first = tmp_path / "catalogue.csv"
    first.write_text("sku,name,price\nA1,Tea,3.50\nA2,Coffee,5.00\n", encoding="utf-8")
    assert invoke(workspace, "catalogue", "import", str(first)).exit_code == 0
    again = tmp_path / "catalogue-december.csv"
    again.write_text("sku,name,price\nA1,Tea,3.60\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(again))
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "Our catalogue: 0 new, 1 updated, 0 unchanged." in text
    assert ("Note: 1 of our products stored before is not in this file and is kept as it was, with its matches, "
            "in every figure: A2 (Coffee).") in text, text
    exported = tmp_path / "products.csv"
    assert invoke(workspace, "export", "products", str(exported)).exit_code == 0
    assert "A2,Coffee" in exported.read_text(encoding="utf-8")  # kept, as said


def test_a_first_import_says_nothing_of_kept_products(workspace, tmp_path):
    path = tmp_path / "catalogue.csv"
    path.write_text("sku,name,price\nA1,Tea,3.50\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0 and "Note:" not in result.output, result.output
