import json
from decimal import Decimal

import openpyxl
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from storecheck import db
from storecheck.catalogue import FileImportError, decode, load_file
from storecheck.cli import cli
from storecheck.money import read_amount

GOOD = "sku,name,brand,category,gtin,price,currency\nA1,Arabica Coffee 500 g,Bean Co,Coffee,4006381333931,7.99,EUR\nA2,Green Tea 20 bags,Leaf,Tea,,3.49,\n"


def invoke(workspace, *args):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)], catch_exceptions=False)
    return result


def own_rows(workspace):
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        return {r.sku: r for r in conn.execute(select(db.own_products))}


def test_good_csv_imports_and_reimport_changes_nothing(workspace, tmp_path):
    path = tmp_path / "ours.csv"
    path.write_text(GOOD, encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    rows = own_rows(workspace)
    assert rows["A1"].price == Decimal("7.99") and rows["A1"].gtin == "04006381333931"
    assert rows["A2"].gtin is None and rows["A2"].currency == "EUR"  # shop currency filled in
    again = invoke(workspace, "catalogue", "import", str(path))
    assert "0 new, 0 updated, 2 unchanged" in again.output
    assert own_rows(workspace)["A1"].updated_at == rows["A1"].updated_at


def test_excel_cp1252_semicolon_decimal_comma_with_bom(workspace, tmp_path):
    text = "SKU;Name;Price;EAN\r\nB1;Crème brûlée 2×100 g;1.234,50;\r\nB2;Café au lait;2,99;\r\n"
    cp = tmp_path / "excel.csv"
    cp.write_bytes(text.encode("cp1252"))
    result = invoke(workspace, "catalogue", "import", str(cp), "--map", "EAN=gtin")
    assert result.exit_code == 0, result.output
    rows = own_rows(workspace)
    assert rows["B1"].name == "Crème brûlée 2×100 g"
    assert rows["B1"].price == Decimal("1234.50") and rows["B2"].price == Decimal("2.99")
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + "sku,name,price\nB3,Äpfel,1.10\n".encode("utf-8"))
    assert invoke(workspace, "catalogue", "import", str(bom)).exit_code == 0
    assert own_rows(workspace)["B3"].name == "Äpfel"


def test_bad_row_names_line_and_column_and_writes_nothing(workspace, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(GOOD + "A3,Milk 1 l,Dairy Co,Dairy,,abc,EUR\n,No sku,,,,1.00,EUR\nA5,Butter,,,,1.00,XXX\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["catalogue", "import", str(path), "--workspace", str(workspace.path)])
    assert result.exit_code == 1
    assert "line 4, column 'price': 'abc' is not a price" in result.output
    assert "line 5, column 'sku'" in result.output
    assert "line 6, column 'currency': 'XXX' is not an ISO 4217 currency code" in result.output
    assert "nothing was imported" in result.output
    assert own_rows(workspace) == {}


def test_skip_invalid_writes_rejects_with_reasons(workspace, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(GOOD + "A3,Milk,Dairy Co,Dairy,,abc,EUR\n", encoding="utf-8")
    rejected = tmp_path / "rejected.csv"
    result = invoke(workspace, "catalogue", "import", str(path), "--skip-invalid", "--rejected", str(rejected))
    assert result.exit_code == 0
    assert set(own_rows(workspace)) == {"A1", "A2"}
    text = rejected.read_text()
    assert "line,reasons" in text and "'abc' is not a price" in text and "A3" in text


def test_xlsx_and_json(workspace, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Article", "Title", "Price", "GTIN"])
    sheet.append(["X1", "Kettle 1.7 l", 24.9, 4006381333931])  # a GTIN typed as a number
    sheet.append([None, None, None, None])
    sheet.append(["X2", "Toaster", "19,95", None])
    path = tmp_path / "ours.xlsx"
    book.save(path)
    result = invoke(workspace, "catalogue", "import", str(path), "--map", "Article=sku", "--map", "Title=name")
    assert result.exit_code == 0, result.output
    rows = own_rows(workspace)
    assert rows["X1"].price == Decimal("24.9") and rows["X1"].gtin == "04006381333931"
    assert rows["X2"].price == Decimal("19.95")
    js = tmp_path / "ours.json"
    js.write_text(json.dumps({"products": [{"sku": "J1", "name": "Jam", "price": "2.50"}]}))
    assert invoke(workspace, "catalogue", "import", str(js)).exit_code == 0
    assert "J1" in own_rows(workspace)


def test_missing_required_column_suggests_map(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("article,title\n1,a\n")
    with pytest.raises(FileImportError, match="no column 'sku', 'name'.*--map"):
        load_file(path, "products")


def test_duplicate_sku_in_one_file_is_an_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("sku,name\n1,a\n1,b\n")
    result = load_file(path, "products")
    assert result.rejected[0].line == 3 and "already on line 2" in result.rejected[0].reasons[0]


def test_bad_gtin_check_digit_is_not_trusted(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("sku,name,gtin\n1,a,4006381333932\n")
    result = load_file(path, "products")
    assert result.valid[0][1].gtin is None
    assert "line 2, column 'gtin'" in result.warnings[0]


def test_offers_import_change_only(workspace, tmp_path):
    workspace.add_competitor("Rival", "https://rival.example/")
    path = tmp_path / "offers.csv"
    path.write_text(
        "key,name,price,regular_price,in_stock,promotion\n"
        "r1,Coffee 500g,6.99,7.99,yes,3 for 2\n"
        "r2,Tea,,,no,\n"  # a competitor that shows no price
    )
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    assert "2 new products, 2 new observations" in result.output
    again = invoke(workspace, "offers", "import", str(path), "--competitor", "rival")
    assert "0 new products, 0 new observations, 2 unchanged" in again.output
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.observations)).scalar() == 2
        obs = conn.execute(select(db.observations).order_by(db.observations.c.id)).first()
        assert obs.price == Decimal("6.99") and obs.promo_text == "3 for 2" and obs.source == "import"
    unknown = CliRunner().invoke(cli, ["offers", "import", str(path), "--competitor", "Nobody", "-w", str(workspace.path)])
    assert unknown.exit_code == 1 and "No competitor named 'Nobody'" in unknown.output


@pytest.mark.parametrize(
    "text,expected",
    [("12.49", "12.49"), ("12,49", "12.49"), ("12,49 €", "12.49"), ("CHF 1'234.50", "1234.50"), ("1.234,56", "1234.56"), ("€ 1,234.56", "1234.56"), ("1,234", "1234"), ("", None)],
)
def test_parse_decimal(text, expected):
    value = read_amount(text)
    assert (str(value) if value is not None else None) == expected


@pytest.mark.parametrize("text", ["abc", "1.7.9x", "1.7.9", "call for price", "3-4", "12.49."])
def test_parse_decimal_refuses_what_is_not_a_price(text):
    with pytest.raises(ValueError, match="is not a price"):
        read_amount(text)


def test_decode_falls_back_to_cp1252():
    assert decode("Crème".encode("cp1252")) == "Crème"
    assert decode("Crème".encode("utf-8")) == "Crème"


def test_currency_written_with_the_price(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("key,name,price,currency\nk1,Tea,£12.49,\nk2,Tea,£12.49,EUR\nk3,Jam,2.99 kg,\nk4,Gum,$1.00,\nk5,Gum,$1.00,CAD\n")
    result = load_file(path, "offers", default_currency="EUR")
    valid = {item.key: item for _, item in result.valid}
    assert valid["k1"].currency == "GBP" and valid["k1"].price == Decimal("12.49")
    assert valid["k5"].currency == "CAD"
    reasons = {r.line: r.reasons for r in result.rejected}
    assert reasons[3] == ["column 'price': '£12.49' is not in EUR, the row's currency"]
    assert "'kg' is not a currency" in reasons[4][0]
    assert "add a currency column" in reasons[5][0]
