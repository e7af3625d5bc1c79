"""A third tester's pass over files nobody here wrote, through `catalogue import` and `offers import`."""

from __future__ import annotations

from decimal import Decimal

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace


def import_ours(workspace: Workspace, tmp_path, text: str):
    path = tmp_path / "catalogue.csv"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["catalogue", "import", str(path), "--workspace", str(workspace.path)])


def prices(workspace: Workspace) -> dict[str, Decimal]:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(select(db.own_products.c.sku, db.own_products.c.price)).all())
    finally:
        engine.dispose()


def test_a_semicolon_file_whose_prices_write_a_decimal_point_is_read_by_them(workspace, tmp_path):
    # A semicolon file is the European Excel format, so its amounts were read with a decimal comma
    # whatever they showed: beside "1.99" and "2.49", "2.499" became 2499.
    result = import_ours(workspace, tmp_path, "sku;name;price\nD1;Pen;1.99\nD2;Pad;2.49\nD3;Ink;2.499\n")
    assert result.exit_code == 0, result.output
    assert prices(workspace) == {"D1": Decimal("1.99"), "D2": Decimal("2.49"), "D3": Decimal("2.499")}


def test_a_thousands_comma_in_a_semicolon_file_is_read_as_its_other_prices_write_it(tmp_path):
    # "£1,299" beside "£1,299.00" in one semicolon file: the second shows the comma groups thousands,
    # yet the first was read as 1.299.
    from storecheck.cli import init_workspace

    workspace = init_workspace(tmp_path / "ws", shop_name="UK Shop", currency="GBP")
    result = import_ours(workspace, tmp_path, "sku;name;price\nE1;TV 55 inch;£1,299\nE2;TV 65 inch;£1,899.00\n")
    assert result.exit_code == 0, result.output
    assert prices(workspace) == {"E1": Decimal("1299"), "E2": Decimal("1899")}


def test_a_semicolon_file_with_decimal_commas_is_read_as_before(workspace, tmp_path):
    result = import_ours(workspace, tmp_path, "sku;name;price\nF1;Pen;1,99\nF2;Pad;1.234,50\nF3;Ink;2,499\n")
    assert result.exit_code == 0, result.output
    assert prices(workspace) == {"F1": Decimal("1.99"), "F2": Decimal("1234.50"), "F3": Decimal("2.499")}


def test_an_amount_past_four_decimal_places_is_kept_rounded_with_a_word(workspace, tmp_path):
    # The money columns keep four decimal places: "12.3456789" was stored as 12.3457 without a word.
    result = import_ours(workspace, tmp_path, "sku,name,price,cost\nC1,Pen,12.3456789,1.00005\nC2,Nib,2.50000,\n")
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "line 2, column 'price': '12.3456789' is kept as 12.3457 (amounts are kept to 4 decimal places)" in output
    assert "line 2, column 'cost': '1.00005' is kept as 1.0001" in output
    assert "line 3" not in output  # trailing zeros lose nothing
    assert prices(workspace) == {"C1": Decimal("12.3457"), "C2": Decimal("2.5")}
