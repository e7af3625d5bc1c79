import csv
import gzip
import json
import re
from decimal import Decimal

import openpyxl
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from storecheck import db
from storecheck.catalogue import FileImportError, decode, load_file
from storecheck.cli import cli
from conftest import shared_data
from storecheck.money import MoneyError, NoAmount, read_amount, read_money

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
    path.write_text(GOOD + "A3,Milk 1 l,Dairy Co,Dairy,,1.7.9,EUR\n,No sku,,,,1.00,EUR\nA5,Butter,,,,1.00,XXX\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["catalogue", "import", str(path), "--workspace", str(workspace.path)])
    assert result.exit_code == 1
    assert "line 4, column 'price': '1.7.9' is not a price" in result.output
    assert "line 5, column 'sku'" in result.output
    assert "line 6, column 'currency': 'XXX' is not an ISO 4217 currency code" in result.output
    assert "nothing was imported" in result.output
    assert own_rows(workspace) == {}


def test_skip_invalid_writes_rejects_with_reasons(workspace, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(GOOD + "A3,Milk,Dairy Co,Dairy,,2.99 kg,EUR\n", encoding="utf-8")
    rejected = tmp_path / "rejected.csv"
    result = invoke(workspace, "catalogue", "import", str(path), "--skip-invalid", "--rejected", str(rejected))
    assert result.exit_code == 0
    assert set(own_rows(workspace)) == {"A1", "A2"}
    text = rejected.read_text()
    assert "line,reasons" in text and "'2.99 kg' is not a price" in text and "A3" in text


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


def test_offers_as_real_shops_write_their_prices_are_imported(workspace, tmp_path):
    """Prices seen in WDC Products offers: a local abbreviation after the amount, a sign of another script,
    exponent notation; and "POA", an offer with no price, kept without one and said so on its line."""
    workspace.add_competitor("Rival", "https://rival.example/")
    path = tmp_path / "offers.csv"
    path.write_text("key,name,price,currency\n"
                    "bg,Boots,\"598,00 лв\",BGN\nth,Tea,฿370,\npoa,Piano,POA,GBP\nus,Cable,4.495E1,USD\nuk,Plug,1.2E1,GBP\n",
                    encoding="utf-8")
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    assert "line 4, column 'price': 'POA' holds no amount; imported without one" in result.output
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        stored = {row.key: (row.price, row.currency) for row in conn.execute(
            select(db.competitor_products.c.key, db.observations.c.price, db.observations.c.currency)
            .join(db.observations, db.observations.c.competitor_product_id == db.competitor_products.c.id))}
    assert stored == {"bg": (Decimal("598.00"), "BGN"), "th": (Decimal("370"), "THB"), "poa": (None, "GBP"),
                      "us": (Decimal("44.95"), "USD"), "uk": (Decimal("12"), "GBP")}


def test_a_price_column_of_words_never_wipes_the_stored_prices(workspace, tmp_path):
    """A shifted or wrongly mapped column (brands where the price should be) stops the import as before
    this session's "POA" reading; and in our catalogue a cell with no amount is refused, never stored as
    no price over the one we have."""
    first = tmp_path / "c1.csv"
    first.write_text("sku,name,price\nA1,Arabica Coffee,7.99\nA2,Green Tea,3.49\n", encoding="utf-8")
    assert invoke(workspace, "catalogue", "import", str(first)).exit_code == 0
    shifted = tmp_path / "c2.csv"
    shifted.write_text("sku,name,price\nA1,Arabica Coffee,Bean Co\nA2,Green Tea,Leaf\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(shifted))
    assert result.exit_code != 0 and "column 'price' holds words" in result.output, result.output
    one = tmp_path / "c3.csv"
    one.write_text("sku,name,price\nA1,Arabica Coffee,8.49\nA2,Green Tea,POA\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(one))
    assert "line 3" in result.output and "'POA' is not a price" in result.output, result.output
    rows = own_rows(workspace)
    assert rows["A1"].price == Decimal("7.99") and rows["A2"].price == Decimal("3.49")
    # A competitor's file of words where its prices should be is refused too; its repeated "POA" is not.
    offers = tmp_path / "offers.csv"
    offers.write_text("key,name,price\nk1,Tea,Bean Co\nk2,Jam,Leaf\nk3,Gum,1.99\n", encoding="utf-8")
    with pytest.raises(FileImportError, match="column 'price' holds words"):
        load_file(offers, "offers")
    offers.write_text("key,name,price\nk1,Tea,POA\nk2,Jam,POA\nk3,Gum,1.99\n", encoding="utf-8")
    assert [item.price for _, item in load_file(offers, "offers").valid] == [None, None, Decimal("1.99")]


@pytest.mark.parametrize("text,amount,currencies", [
    ("1 ₽", "1", {"RUB"}), ("27.00 лв.", "27.00", {"BGN", "KGS"}), ("21,00 Lei", "21.00", {"RON", "MDL"}),
    ("169,00 Kč", "169.00", {"CZK"}), ("R$ 1.500,00", "1500.00", {"BRL"}), ("USD$1,195.00", "1195.00", {"USD"}),
    ("$17.40 (AUD)", "17.40", {"AUD"}), ("د.ج.\u200f1٬750", "1750", {"DZD"}), ("1 ₺", "1", {"TRY"}),
    ("423.923 KD", "423.923", {"KWD"}), ("123,456.789 OMR", "123456.789", {"OMR"}), ("$\u200e179.95", "179.95", None),
    ("4,495E1", "44.95", set()), ("2.6950249999999997E1", "26.950249999999997", set()), ("50,- Kč", "50", {"CZK"}),
    ("19632.440", "19632.440", set()), ("$.75", "0.75", None), ("2,20 € *", "2.20", {"EUR"}),
    ("1,409.99 Lei;", "1409.99", {"RON", "MDL"}), ("١٢٣٫٥٠ ر.س.\u200f", "123.50", {"SAR"}),
])
def test_a_currency_sign_of_any_locale_and_any_way_of_writing_the_number(text, amount, currencies):
    read, meaning = read_money(text, exponent=True)  # exponent notation: a file whose program writes its floats so
    assert read == Decimal(amount)
    assert currencies is None or meaning == currencies


@pytest.mark.parametrize("text", [
    "2.99 kg", "1,5 L", "R6 439,99 incl tax", "15.991.67", "$1,100.00Ends 10/1/2020", "12 m", "5 €/kg", "1e30",
])
def test_words_units_and_broken_numbers_beside_an_amount_are_still_refused(text):
    with pytest.raises(MoneyError) as refused:
        read_money(text)
    assert not isinstance(refused.value, NoAmount)


def test_a_currency_column_may_hold_a_sign_the_shops_currency_settles(tmp_path):
    """A sign several currencies share is the shop's (or competitor's) currency when it can mean it, and
    refused naming what it could be otherwise; a sign of one currency is that one."""
    path = tmp_path / "offers.csv"
    path.write_text("key,price,currency\na,118.49,лв.\nb,269,Kč\nc,1.00,kr\nd,C$99,$\n", encoding="utf-8")
    result = load_file(path, "offers", default_currency="BGN")
    assert {item.key: item.currency for _, item in result.valid} == {"a": "BGN", "b": "CZK"}
    # "kr" in a shop priced in leva is no krona guessed for it: the row is refused naming what it could be.
    assert "'kr' could be DKK, ISK, NOK, SEK" in "".join(result.rejected[0].reasons)
    assert {item.key: item.currency for _, item in load_file(path, "offers", default_currency="NOK").valid} == {
        "b": "CZK", "c": "NOK"}
    result = load_file(path, "offers", default_currency="CAD")
    assert {item.key: item.currency for _, item in result.valid} == {"b": "CZK", "d": "CAD"}
    assert "could be BGN, KGS" in "".join(result.rejected[0].reasons)


def test_a_rupee_written_with_its_dot_is_the_shops_rupee(tmp_path):
    """"Rs." and "Rs" mean every rupee: an Indian shop's "Rs. 1,299" is in INR, never LKR by the tables' one
    reading of the dotted form; where the shop's currency is none a sign can mean, the row is refused."""
    path = tmp_path / "offers.csv"
    path.write_text("key,price\na,\"Rs. 1,299\"\nb,Rs 499\nc,27.00 лв.\nd,\"169,00 Kč\"\ne,£12.49\nf,฿370\n",
                    encoding="utf-8")
    result = load_file(path, "offers", default_currency="INR")
    assert {item.key: (item.price, item.currency) for _, item in result.valid} == {
        "a": (Decimal("1299"), "INR"), "b": (Decimal("499"), "INR"), "e": (Decimal("12.49"), "GBP"),
        "f": (Decimal("370"), "THB")}
    reasons = {row.line: " ".join(row.reasons) for row in result.rejected}
    assert "could be BGN, KGS" in reasons[4] and "not written in INR" in reasons[5] and "CZK" in reasons[5]


def test_every_wdc_offer_price_imports_but_those_with_words_beside_them(tmp_path):
    """The 2,000 distinct offers of the WDC Products files: before, 175 were refused; those left are
    prices with words beside the amount ("incl tax") or a broken number, which no reading may guess."""
    rows = {}
    for name in ("wdcproducts80cc20rnd000un_gs.json.gz", "wdcproducts80cc20rnd000un_valid_small.json.gz"):
        for line in gzip.open(shared_data("matching", "wdc-products", name)).read().split(b"\n"):
            if line.strip():
                record = json.loads(line)
                for side in ("left", "right"):
                    rows[record[f"id_{side}"]] = (record[f"price_{side}"], record[f"priceCurrency_{side}"])
    path = tmp_path / "offers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "price", "currency"])
        writer.writerows([key, price or "", currency or ""] for key, (price, currency) in rows.items())
    result = load_file(path, "offers", default_currency="USD")
    refused = sorted(rows[int(result_row.values["key"])][0] for result_row in result.rejected
                     if any("'price'" in reason for reason in result_row.reasons))
    assert len(rows) > 1800 and len(refused) <= 8, refused
    assert all(re.search(r"[A-Za-z]{3}", price) or price.count(".") > 1 for price in refused), refused


def test_prices_with_words_a_shop_prints_beside_them(tmp_path):
    """A tax note changes no amount; a price before tax, a 'from' price and 'Free!' are no product's price:
    the offer keeps no price (or the row is refused) with the line and column named, never a biased amount.
    A currency column of 'null' names none; 'Kn' is the kuna's sign capitalised."""
    path = tmp_path / "offers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ("key", "price", "currency"), ("a", "R6 439,99 incl tax", "ZAR"), ("b", "Incl. BTW€1.035,76", ""),
            ("c", "From $109.90", ""), ("d", "Free!", ""), ("e", "1099", "Kn"), ("f", "12.50", "null")])
    result = load_file(path, "offers", default_currency="EUR")
    assert result.rejected == []
    assert {item.key: (item.price, item.currency) for _, item in result.valid} == {
        "a": (Decimal("6439.99"), "ZAR"), "b": (Decimal("1035.76"), "EUR"), "c": (None, "EUR"), "d": (None, "EUR"),
        "e": (Decimal("1099"), "HRK"), "f": (Decimal("12.50"), "EUR")}
    warnings = "\n".join(result.warnings)
    assert "line 4, column 'price': 'From $109.90' is a lowest price of several ('from' 109.90)" in warnings
    assert "line 5, column 'price': 'Free!' says free" in warnings
    assert "line 7, column 'currency': 'null' is no currency; read as empty" in warnings


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("$12.99 + tax", "12.99", "USD"), ("$5 plus tax", "5", "USD"), ("€10 excl. VAT", "10", "EUR"),
    ("12 € HT", "12", "EUR"), ("C$10.00 + HST", "10.00", "CAD"),
])
def test_a_price_before_tax_is_read_with_a_warning_naming_its_line_and_column(tmp_path, text, amount, currency):
    """The shelf price of the US and Canada (sales tax is added at the till) and of B2B catalogues: read, said."""
    path = tmp_path / "offers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([("key", "price"), ("a", text)])
    result = load_file(path, "offers", default_currency=currency)
    assert result.rejected == [] and [(item.price, item.currency) for _, item in result.valid] == [(Decimal(amount), currency)]
    assert result.warnings == [f"line 2, column 'price': {text!r} is a price before tax; read as {amount}, "
                               "to compare with prices before tax"]


def test_a_file_writing_prices_with_and_without_tax_refuses_those_before_tax(tmp_path):
    path = tmp_path / "offers.csv"
    path.write_text("key,price\na,12 € HT\nb,14.40 € TTC\nc,12.50 € inkl. MwSt. zzgl. Versand\nd,9.99\n", encoding="utf-8")
    result = load_file(path, "offers", default_currency="EUR")
    assert [(row.line, row.reasons) for row in result.rejected] == [
        (2, ["column 'price': '12 € HT' is a price before tax, and this file writes others with tax included: "
             "write every price one way"])]
    assert {item.key: item.price for _, item in result.valid} == {"b": Decimal("14.40"), "c": Decimal("12.50"),
                                                                 "d": Decimal("9.99")}


def test_exponent_notation_is_read_only_where_a_program_wrote_the_files_prices_so(tmp_path):
    """WDC's offers write floats as "4.495E1", cell after cell: read. One "1e5" among prices people wrote, and
    an exponent beside a currency sign ("1E3 €", no shop's writing), are refused naming the row and field."""
    lone = tmp_path / "lone.csv"
    lone.write_text("key,price\na,12.50\nb,1e5\nc,\"1E3 €\"\n", encoding="utf-8")
    result = load_file(lone, "offers", default_currency="EUR")
    reasons = {row.line: row.reasons for row in result.rejected}
    assert reasons[3] == ["column 'price': '1e5' is not a price (exponent notation: write the amount)"]
    assert reasons[4] == ["column 'price': '1E3 €' is not a price (a program's number in exponent notation beside a "
                          "currency sign: no shop writes that)"]
    assert [item.key for _, item in result.valid] == ["a"]
    program = tmp_path / "program.csv"
    program.write_text("key,price\na,12.5\nb,4.495E1\nc,1.2E3\nd,\"1E3 €\"\n", encoding="utf-8")
    result = load_file(program, "offers", default_currency="EUR")
    assert {item.key: item.price for _, item in result.valid} == {"a": Decimal("12.5"), "b": Decimal("44.95"),
                                                                 "c": Decimal("1200")}
    assert [row.line for row in result.rejected] == [5]


def test_a_from_price_in_our_catalogue_stops_the_import_and_keeps_what_is_stored(workspace, tmp_path):
    """Our own price must be the product's: 'From €5' is refused naming the line and column, nothing is written."""
    first = tmp_path / "catalogue.csv"
    first.write_text("sku,name,price\nA1,Tea,4.99\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["catalogue", "import", str(first), "--workspace", str(workspace.path)]).exit_code == 0
    second = tmp_path / "catalogue2.csv"
    second.write_text("sku,name,price\nA1,Tea,From €5\n", encoding="utf-8")
    result = runner.invoke(cli, ["catalogue", "import", str(second), "--workspace", str(workspace.path)])
    assert result.exit_code != 0 and "line 2" in result.output and "'price'" in result.output
    assert "lowest price of several" in result.output
    with db.open_database(workspace.database_url).connect() as conn:
        assert conn.execute(select(db.own_products.c.price)).scalar_one() == Decimal("4.99")


def test_a_price_under_the_smallest_amount_kept_is_refused_naming_its_row_and_field(tmp_path):
    """The money columns keep four places: "0.00001" (or a program's "2E-9") would be stored as a price
    of nothing, which would make the shop look infinitely cheap beside ours."""
    offers = tmp_path / "offers.csv"
    offers.write_text("key,price\na,12.50\nb,0.00001\nc,4.495E1\nd,2E-9\ne,0.0001\n", encoding="utf-8")
    result = load_file(offers, "offers", default_currency="EUR")
    reasons = {row.line: row.reasons for row in result.rejected}
    assert reasons == {3: ["column 'price': 0.00001 is under the smallest amount kept (0.0001): no price"],
                       5: ["column 'price': 0.000000002 is under the smallest amount kept (0.0001): no price"]}
    assert {item.key: item.price for _, item in result.valid} == {"a": Decimal("12.50"), "c": Decimal("44.95"),
                                                                 "e": Decimal("0.0001")}
