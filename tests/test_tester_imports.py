"""An outside tester's pass over catalogue and offer imports, on files written
the way shops' own programs write them: each test holds a file that lost or
changed stored data before its mend."""

from __future__ import annotations

import re
from decimal import Decimal

import openpyxl
import pytest
from click.testing import CliRunner

from storecheck.cli import cli
from test_catalogue import own_rows


def invoke(workspace, *args):
    return CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])


def _import_prices(workspace, tmp_path, text="sku,name,price\nA1,Arabica Coffee 500 g,5.00\n"):
    path = tmp_path / "first.csv"
    path.write_text(text, encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output


# --- two columns of one name ---------------------------------------------------


def test_a_csv_with_two_price_columns_is_refused_naming_both_and_stores_nothing(workspace, tmp_path):
    # An export with "price" twice (shelf and web, or a column pasted again) was read as
    # whichever came last, silently: the stored 5.00 became 9.99.
    _import_prices(workspace, tmp_path)
    path = tmp_path / "twice.csv"
    path.write_text("sku,name,price,price\nA1,Arabica Coffee 500 g,4.50,9.99\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code != 0
    assert "'price'" in result.output and "columns 3 and 4" in result.output
    assert own_rows(workspace)["A1"].price == Decimal("5.00")


def test_an_xlsx_with_two_price_columns_is_refused(workspace, tmp_path):
    _import_prices(workspace, tmp_path)
    book = openpyxl.Workbook()
    book.active.append(["Key", "Name", "Price", "PRICE "])
    book.active.append(["R1", "Arabica Coffee 500 g", 4.5, 9.99])
    path = tmp_path / "twice.xlsx"
    book.save(path)
    assert invoke(workspace, "competitor", "add", "Rival").exit_code == 0
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code != 0
    assert "'price'" in result.output and "columns 3 and 4" in result.output


def test_a_map_onto_a_field_the_file_already_has_is_refused_naming_both_columns(workspace, tmp_path):
    _import_prices(workspace, tmp_path)
    path = tmp_path / "mapped.csv"
    path.write_text("sku,name,price,Web price\nA1,Arabica Coffee 500 g,4.50,9.99\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path), "--map", "Web price=price")
    assert result.exit_code != 0
    assert "'price'" in result.output and "'web price'" in result.output
    assert own_rows(workspace)["A1"].price == Decimal("5.00")


def test_two_columns_of_one_name_that_feed_no_field_are_still_read(workspace, tmp_path):
    _import_prices(workspace, tmp_path, "sku,name,price,note,note\nA1,Arabica Coffee 500 g,4.50,x,y\n")
    assert own_rows(workspace)["A1"].price == Decimal("4.50")


# --- a formula whose result the file does not hold ----------------------------


def _formula_book(tmp_path, saved_result: str | None, column: str = "price", cell: bytes | None = None):
    """An XLSX whose `column` is the formula =1+2, with the result a spreadsheet program saves
    beside it, or without one (as openpyxl, pandas and other scripts write formulas); `cell`
    replaces the formula cell's XML whole."""
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(["sku", "name", "price", "margin"])
    book.active.append(["A1", "Arabica Coffee 500 g", "=1+2" if column == "price" else 4.5,
                        "=1+2" if column == "margin" else None])
    written = tmp_path / "written.xlsx"
    book.save(written)
    path = tmp_path / "formula.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b"<f>1+2</f><v></v>" in data
                if saved_result is not None:
                    data = data.replace(b"<f>1+2</f><v></v>", b"<f>1+2</f><v>" + saved_result.encode() + b"</v>")
                if cell is not None:
                    data = re.sub(rb'<c r="(\w+)"><f>1\+2</f><v></v></c>', lambda m: cell.replace(b"REF", m.group(1)), data)
            target.writestr(info, data)
    return path


def test_a_formula_without_its_result_is_refused_naming_the_cell_and_the_stored_price_stays(workspace, tmp_path):
    # Read for the results a spreadsheet program saves, such a cell was empty, and the
    # import cleared the stored 5.00 as if the file had said "no price".
    _import_prices(workspace, tmp_path)
    result = invoke(workspace, "catalogue", "import", str(_formula_book(tmp_path, None)))
    assert result.exit_code != 0
    assert "line 2, column 'price': holds the formula =1+2 but not its result" in " ".join(result.output.split())
    assert own_rows(workspace)["A1"].price == Decimal("5.00")


def test_a_formula_with_its_saved_result_is_read_as_that_result(workspace, tmp_path):
    _import_prices(workspace, tmp_path)
    result = invoke(workspace, "catalogue", "import", str(_formula_book(tmp_path, "3")))
    assert result.exit_code == 0, result.output
    assert own_rows(workspace)["A1"].price == Decimal("3")


# --- GTINs written as numbers --------------------------------------------------


def test_a_gtin_written_as_a_whole_number_with_its_point_zero_is_read(workspace, tmp_path):
    # pandas writes an id column holding an empty cell as floats: "4006381333931.0". The GTIN
    # was refused as having a bad check digit, so the product lost its surest match.
    path = tmp_path / "floats.csv"
    path.write_text("sku,name,price,gtin\nA1,Arabica Coffee 500 g,4.50,4006381333931.0\nA2,Green Tea,3.00,\n",
                    encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    assert own_rows(workspace)["A1"].gtin == "04006381333931"


def test_a_gtin_in_a_float_cell_of_an_xlsx_is_read(workspace, tmp_path):
    import zipfile

    # Programs that keep every number as a double write the GTIN as 4.006381333931E+12 (read
    # right before the mend too; kept as a guard of the float path).
    book = openpyxl.Workbook()
    book.active.append(["sku", "name", "price", "gtin"])
    book.active.append(["A1", "Arabica Coffee 500 g", 4.5, 4006381333931])
    written, path = tmp_path / "written.xlsx", tmp_path / "floats.xlsx"
    book.save(written)
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b"<v>4006381333931</v>" in data
                data = data.replace(b"<v>4006381333931</v>", b"<v>4.006381333931E+12</v>")
            target.writestr(info, data)
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert own_rows(workspace)["A1"].gtin == "04006381333931"


def test_a_gtin_in_exponent_notation_is_ignored_saying_its_digits_are_lost(workspace, tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("sku,name,price,gtin\nA1,Arabica Coffee 500 g,4.50,4.00638E+12\nA2,Tea,1.00,4006381333931.5\n",
                    encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "line 2, column 'gtin': '4.00638E+12' is in exponent notation" in " ".join(result.output.split())
    assert "line 3, column 'gtin': '4006381333931.5' is not a valid GTIN" in " ".join(result.output.split())
    rows = own_rows(workspace)
    assert rows["A1"].gtin is None and rows["A2"].gtin is None


# --- offers' promotions and was-prices, read as a crawl reads them --------------


def _offers(workspace, tmp_path, text):
    from sqlalchemy import select

    from storecheck import db

    assert invoke(workspace, "competitor", "add", "Rival").exit_code == 0
    path = tmp_path / "offers.csv"
    path.write_text(text, encoding="utf-8")
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    engine = db.open_database(workspace.database_url)
    cp, obs = db.competitor_products, db.observations
    with engine.connect() as conn:
        found = conn.execute(select(cp.c.key, obs.c.price, obs.c.regular_price, obs.c.promo_type)
                             .join(obs, obs.c.competitor_product_id == cp.c.id)).mappings().all()
    engine.dispose()
    return result, {row["key"]: row for row in found}


def test_an_imported_promotion_text_gets_its_kind_as_a_crawled_one_does(workspace, tmp_path):
    # Every imported text was a "sale", so a competitor's multibuys and percentages showed as
    # plain sales in the promotion mix, where the same offers crawled were typed.
    _, stored = _offers(workspace, tmp_path, "key,name,price,regular_price,promotion\n"
                                             "K1,Tea,5.00,,2 for 1\nK2,Mug,8.00,10.00,-20%\n"
                                             "K3,Jug,3.00,4.00,\nK4,Pot,9.00,,Summer deals\nK5,Cup,2.00,,\n")
    kinds = {key: row["promo_type"] for key, row in stored.items()}
    assert kinds == {"K1": "multibuy", "K2": "percent_off", "K3": "sale", "K4": "sale", "K5": None}


def test_a_regular_price_below_the_price_is_no_was_price_and_is_named(workspace, tmp_path):
    result, stored = _offers(workspace, tmp_path, "key,name,price,regular_price\nK1,Tea,5.00,4.00\nK2,Mug,8.00,8.00\n")
    assert stored["K1"]["regular_price"] is None and stored["K1"]["price"] == Decimal("5.00")
    assert stored["K2"]["regular_price"] is None and stored["K2"]["promo_type"] is None
    assert "line 2, column 'regular_price'" in " ".join(result.output.split())


def test_a_formula_without_its_result_in_a_column_the_import_ignores_does_not_stop_it(workspace, tmp_path):
    # A shop's export carries computed columns storecheck never reads (review R9).
    result = invoke(workspace, "catalogue", "import", str(_formula_book(tmp_path, None, column="margin")))
    assert result.exit_code == 0, result.output
    assert own_rows(workspace)["A1"].price == Decimal("4.5")


def test_a_formula_whose_saved_result_is_the_empty_string_is_read_as_empty(workspace, tmp_path):
    # A spreadsheet program saves =IF(A2="","",A2) with an empty text value (review R10).
    _import_prices(workspace, tmp_path, "sku,name,price,brand\nA1,Arabica Coffee 500 g,5.00,Bean Co\n")
    path = _formula_book(tmp_path, None, column="price",
                         cell=b'<c r="REF" t="str"><f>IF(A2="","",A2)</f><v></v></c>')
    result = invoke(workspace, "catalogue", "import", str(path), "--map", "price=brand")
    assert result.exit_code == 0, result.output
    assert own_rows(workspace)["A1"].brand is None


# --- a line cut short ------------------------------------------------------------


def test_a_line_cut_short_is_refused_and_the_stored_price_stays(workspace, tmp_path):
    # "A1,Tea" under "sku,name,price" read the absent price as an empty cell and cleared the
    # stored 5.00, where a line with a field too many is refused.
    _import_prices(workspace, tmp_path)
    path = tmp_path / "cut.csv"
    path.write_text("sku,name,price\nA1,Arabica Coffee 500 g\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code != 0
    assert "line 2, column 'price': absent, the line ends after 2 field(s)" in " ".join(result.output.split())
    assert own_rows(workspace)["A1"].price == Decimal("5.00")


def test_a_line_short_of_a_column_no_field_reads_is_imported(workspace, tmp_path):
    _import_prices(workspace, tmp_path, "sku,name,price,note\nA1,Arabica Coffee 500 g,4.50\n")
    assert own_rows(workspace)["A1"].price == Decimal("4.50")


# --- stock as shops' exports write it --------------------------------------------


def test_stock_written_as_a_schema_org_availability_a_feed_word_or_a_count_is_read(workspace, tmp_path):
    # Merchant feeds and exported structured data write "https://schema.org/InStock",
    # "preorder" or a stock count ("12"): each refused the whole file as "not yes/no".
    rows = {"K1": "https://schema.org/InStock", "K2": "http://schema.org/OutOfStock", "K3": "in_stock",
            "K4": "preorder", "K5": "12", "K6": "0", "K7": "-2", "K8": "yes"}
    text = "key,name,price,in_stock\n" + "".join(f"{key},Tea {key},1.00,{value}\n" for key, value in rows.items())
    assert invoke(workspace, "competitor", "add", "Rival").exit_code == 0
    path = tmp_path / "stock.csv"
    path.write_text(text, encoding="utf-8")
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    from sqlalchemy import select

    from storecheck import db

    engine = db.open_database(workspace.database_url)
    cp, obs = db.competitor_products, db.observations
    with engine.connect() as conn:
        stock = dict(conn.execute(select(cp.c.key, obs.c.in_stock).join(obs, obs.c.competitor_product_id == cp.c.id)).all())
    engine.dispose()
    assert stock == {"K1": True, "K2": False, "K3": True, "K4": False, "K5": True, "K6": False, "K7": False, "K8": True}


def test_stock_that_says_nothing_known_is_refused_naming_the_row(workspace, tmp_path):
    assert invoke(workspace, "competitor", "add", "Rival").exit_code == 0
    path = tmp_path / "stock.csv"
    path.write_text("key,name,price,in_stock\nK1,Tea,1.00,ask us\n", encoding="utf-8")
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code != 0
    assert "line 2, column 'in_stock': 'ask us' is not yes/no" in " ".join(result.output.split())


# --- a JSON record without a key ---------------------------------------------------


def test_a_json_record_without_a_key_keeps_the_stored_field_and_null_clears_it(workspace, tmp_path):
    # The columns of a JSON file are every record's keys: a record lacking "price" (APIs
    # leave out what they do not send) read as an empty cell and cleared the stored price.
    _import_prices(workspace, tmp_path, "sku,name,brand,price,currency\nA1,Tea,Leaf,5.00,GBP\nA2,Mug,Cup Co,3.00,EUR\n")
    path = tmp_path / "update.jsonl"
    path.write_text('{"sku": "A1", "name": "Tea", "brand": "Leaf & Co"}\n'
                    '{"sku": "A2", "name": "Mug", "price": "3.30", "brand": null}\n', encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    rows = own_rows(workspace)
    assert (rows["A1"].brand, rows["A1"].price, rows["A1"].currency) == ("Leaf & Co", Decimal("5.00"), "GBP")
    assert (rows["A2"].brand, rows["A2"].price) == (None, Decimal("3.30"))


def test_an_xlsx_row_ending_before_its_last_columns_still_clears_them(workspace, tmp_path):
    _import_prices(workspace, tmp_path, "sku,name,price,brand\nA1,Tea,5.00,Leaf\n")
    book = openpyxl.Workbook()
    book.active.append(["sku", "name", "price", "brand"])
    book.active.append(["A1", "Tea", 4.5])
    path = tmp_path / "short.xlsx"
    book.save(path)
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert (own_rows(workspace)["A1"].price, own_rows(workspace)["A1"].brand) == (Decimal("4.5"), None)


# --- a visit's date cell without a time ---------------------------------------------


def test_a_visits_xlsx_date_cell_without_a_time_is_refused_as_a_csv_date_is(workspace, tmp_path):
    # A date cell reads as a datetime at 00:00: the visit was stored at midnight, where
    # "2026-11-30" in a CSV is refused for its missing time of day.
    import datetime as dt

    assert invoke(workspace, "store", "add", "--ours", "High Street").exit_code == 0
    book = openpyxl.Workbook()
    book.active.append(["competitor", "store", "visited_at", "visitor", "score_environment"])
    book.active.append(["Test Shop", "High Street", dt.date(2026, 11, 30), "Cid", 3])
    book.active.append(["Test Shop", "High Street", dt.datetime(2026, 11, 30, 14, 30), "Cid", 4])
    path = tmp_path / "visits.xlsx"
    book.save(path)
    result = invoke(workspace, "visit", "import", str(path))
    assert result.exit_code != 0
    assert "row 2, column 'visited_at': 2026-11-30 has no time of day" in " ".join(result.output.split())
    assert "row 3" not in result.output


# --- product URLs as keys ------------------------------------------------------------


def test_one_product_url_with_tracking_parameters_is_one_offer_as_in_a_crawl(workspace, tmp_path):
    # Keyed by its URL, one product listed with two campaigns' tags and a fragment became
    # three competitor products (three lines of range, three candidates for one of ours).
    assert invoke(workspace, "competitor", "add", "Rival").exit_code == 0
    path = tmp_path / "urls.csv"
    path.write_text("url,name,price\nhttps://x.example/p/1?utm_source=mail,Tea,1.00\n"
                    "https://x.example/p/1#reviews,Tea,1.00\nhttps://x.example/p/2?colour=red&size=m,Mug,2.00\n",
                    encoding="utf-8")
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code != 0
    assert "line 3, column 'key': key 'https://x.example/p/1' already on line 2" in " ".join(result.output.split())
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival", "--skip-invalid")
    assert result.exit_code == 0, result.output
    from sqlalchemy import select

    from storecheck import db

    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        keys = set(conn.execute(select(db.competitor_products.c.key)).scalars())
    engine.dispose()
    assert keys == {"https://x.example/p/1", "https://x.example/p/2?colour=red&size=m"}


@pytest.mark.parametrize("sep", ["ab", '"', ""])
def test_a_separator_csv_cannot_use_is_refused_naming_the_option(workspace, tmp_path, sep):
    # "--sep ab" ended in a TypeError traceback from the csv module.
    path = tmp_path / "products.csv"
    path.write_text("sku,name,price\nA1,Tea,1.00\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path), "--sep", sep)
    assert result.exit_code == 1 and not isinstance(result.exception, TypeError)
    assert f"--sep {sep!r}: give one character" in result.output


def test_a_tab_separator_is_given_as_backslash_t_or_tab(workspace, tmp_path):
    path = tmp_path / "products.tsv"
    path.write_text("sku\tname\tprice\nA1\tTea\t1.00\n", encoding="utf-8")
    for sep in ("\\t", "tab"):
        result = invoke(workspace, "catalogue", "import", str(path), "--sep", sep)
        assert result.exit_code == 0, result.output
