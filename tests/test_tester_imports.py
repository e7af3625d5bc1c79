"""An outside tester's pass over catalogue and offer imports, on files written
the way shops' own programs write them: each test holds a file that lost or
changed stored data before its mend."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
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
    path = tmp_path / "notes.csv"
    path.write_text("sku,name,price,note,note\nA1,Arabica Coffee 500 g,4.50,x,y\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert own_rows(workspace)["A1"].price == Decimal("4.50")


# --- a formula whose result the file does not hold ----------------------------


def _formula_book(tmp_path, saved_result: str | None):
    """An XLSX whose price is the formula =1+2, with the result a spreadsheet program saves
    beside it, or without one (as openpyxl, pandas and other scripts write formulas)."""
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(["sku", "name", "price"])
    book.active.append(["A1", "Arabica Coffee 500 g", "=1+2"])
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
            target.writestr(info, data)
    return path


def test_a_formula_without_its_result_is_refused_naming_the_cell_and_the_stored_price_stays(workspace, tmp_path):
    # Read for the results a spreadsheet program saves, such a cell was empty, and the
    # import cleared the stored 5.00 as if the file had said "no price".
    _import_prices(workspace, tmp_path)
    result = invoke(workspace, "catalogue", "import", str(_formula_book(tmp_path, None)))
    assert result.exit_code != 0
    assert "row 2, column 'price'" in result.output and "=1+2" in result.output
    assert own_rows(workspace)["A1"].price == Decimal("5.00")


def test_a_formula_with_its_saved_result_is_read_as_that_result(workspace, tmp_path):
    _import_prices(workspace, tmp_path)
    result = invoke(workspace, "catalogue", "import", str(_formula_book(tmp_path, "3")))
    assert result.exit_code == 0, result.output
    assert own_rows(workspace)["A1"].price == Decimal("3")
