"""A second tester's pass: what the first pass noticed and left alone, through the real
commands (offers and catalogue import, matches import, visit import, export)."""

from __future__ import annotations

from decimal import Decimal

from click.testing import CliRunner

from storecheck.cli import cli
from test_catalogue import own_rows
from test_tester_imports import _offers


def invoke(workspace, *args):
    return CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])


# --- "Buy 3 pay 2" ----------------------------------------------------------------


def test_buy_n_pay_m_is_a_multibuy_in_the_words_shops_write_it(workspace, tmp_path):
    # Nordic, Dutch, German and Italian shops write "3 for 2" as "buy 3 pay 2"; it was stored as a
    # plain sale (or, with no was-price, as no promotion), so the promotion mix missed it.
    _, stored = _offers(workspace, tmp_path, "key,name,price,regular_price,promotion\n"
                                             "K1,Tea,5.00,,Buy 3 pay 2\nK2,Mug,8.00,10.00,\"Kauf 3, zahl 2\"\n"
                                             "K3,Jug,3.00,,Prendi 3 paghi 2\nK4,Pot,9.00,,\"3 kaufen, 2 bezahlen\"\n"
                                             "K5,Cup,2.00,2.50,buy 2 pay 5 €\n")
    kinds = {key: row["promo_type"] for key, row in stored.items()}
    # K5, a price for the lot ("2 for 5 €"), is a multibuy too (tests/test_tester3_promotions.py).
    assert kinds == {"K1": "multibuy", "K2": "multibuy", "K3": "multibuy", "K4": "multibuy", "K5": "multibuy"}


def test_buy_n_pay_m_reads_both_counts():
    from crawlers.promotions import parse_promotion

    promotion = parse_promotion("Köp 3 betala för 2")
    assert (promotion.type, promotion.buy, promotion.pay) == ("multibuy", 3, 2)
    assert parse_promotion("Buy 2 pay 3") is None  # paying for more than one takes is no offer


# --- an export to a file whose extension names no format --------------------------


def test_an_export_to_a_name_that_is_not_csv_or_xlsx_is_refused_and_writes_nothing(workspace, tmp_path):
    # "export offers x.txt" (or "x.xls", which Excel then calls corrupt) silently wrote CSV.
    for args in (("export", "offers"), ("matches", "export")):
        for name in ("x.txt", "x.xls", "x"):
            result = invoke(workspace, *args, str(tmp_path / name))
            assert result.exit_code == 2, result.output
            assert ".csv or .xlsx" in result.output and name in result.output
            assert not (tmp_path / name).exists()
    result = invoke(workspace, "export", "offers", str(tmp_path / "x.CSV"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "x.CSV").read_text(encoding="utf-8").startswith("competitor")


# --- a sku a spreadsheet stripped of its leading zeros ----------------------------


def test_a_sku_that_lost_its_leading_zeros_is_named_with_the_sku_it_was(workspace, tmp_path):
    # Excel reads "000123" as the number 123; a matches file saved from it was refused with only
    # "'123' is not in our catalogue", which sends the reader looking for a product that is there.
    path = tmp_path / "ours.csv"
    path.write_text("sku,name,price\n000123,Arabica Coffee 500 g,5.00\n0456,Tea,2.00\n00456,Green Tea,2.00\n",
                    encoding="utf-8")
    assert invoke(workspace, "catalogue", "import", str(path)).exit_code == 0
    _offers(workspace, tmp_path, "key,name,price\nK1,Coffee Arabica 500g,4.80\n")
    decided = tmp_path / "decided.csv"
    decided.write_text("sku,competitor,key,status\n123,Rival,K1,confirmed\n456,Rival,K1,confirmed\n77,Rival,K1,confirmed\n",
                       encoding="utf-8")
    result = invoke(workspace, "matches", "import", str(decided))
    assert result.exit_code != 0
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    first = next(line for line in lines if "line 2" in line)
    assert "'123' is not in our catalogue" in first and "'000123'" in first and "leading zeros" in first
    # Two of ours read as 456: naming either would be a guess, so neither is named.
    second = next(line for line in lines if "line 3" in line)
    assert "'456' is not in our catalogue" in second and "leading zeros" not in second
    assert "leading zeros" not in next(line for line in lines if "line 4" in line)


def test_a_price_check_sku_that_lost_its_leading_zeros_is_named_with_the_sku_it_was(workspace):
    from storecheck.models import OwnProduct
    from storecheck.visits import VisitContext, validate_visit
    from test_visits import make_visit_workspace

    ws = make_visit_workspace(workspace)
    from storecheck import db
    with db.open_database(ws.database_url).begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="0042", name="Basil pesto 190 g")])
        skus = db.own_skus(conn)
    visit, problems = validate_visit(
        {"competitor": "Rival", "store": "Station", "visited_at": "2025-03-01 10:30",
         "price_checks": [{"sku": "42", "price": "1"}]},
        VisitContext(ws.config, skus=skus),
    )
    assert visit is None
    message = {p.field: p.message for p in problems}["price_checks.0.sku"]
    assert "'0042'" in message and "leading zeros" in message and "product" in message


# --- a sales weight that is no number ---------------------------------------------


def test_a_sales_weight_that_is_no_number_is_named_as_a_weight_not_a_price(workspace, tmp_path):
    # "heavy" in sales_weight was refused as "'heavy' is not a price", which sends the reader to
    # the price column of a row whose price is right.
    path = tmp_path / "ours.csv"
    path.write_text("sku,name,price,sales_weight\nA1,Tea,2.50,heavy\nA2,Cup,3.00,1e309\nA3,Pot,4.00,120\n",
                    encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code != 0
    output = " ".join(result.output.split())
    assert "line 2, column 'sales_weight': 'heavy' is not a number: a sales weight is units sold or revenue" in output
    assert "line 3, column 'sales_weight': '1e309' is not a number" in output and "exponent notation" in output
    assert "not a price" not in output
    assert own_rows(workspace) == {}
    path.write_text("sku,name,price,sales_weight\nA3,Pot,4.00,120\nA4,Jar,1.00,€1.234\n", encoding="utf-8")
    assert invoke(workspace, "catalogue", "import", str(path)).exit_code == 0
    assert own_rows(workspace)["A3"].sales_weight == Decimal("120")
    assert own_rows(workspace)["A4"].sales_weight == Decimal("1234")  # revenue, as an amount is read


# --- a competitor's price of 0 ------------------------------------------------------


def test_an_imported_offer_price_of_0_is_no_price_as_in_a_crawl(workspace, tmp_path):
    # A crawl reads a price of 0 as a placeholder and keeps the product without a price; an offers
    # file stored 0 as the competitor's price, over the 2.00 stored before.
    _offers(workspace, tmp_path, "key,name,price\nK1,Tea,2.00\n")
    path = tmp_path / "again.csv"
    path.write_text("key,name,price,regular_price\nK1,Tea,0,2.50\nK2,Mug,0.00,\n", encoding="utf-8")
    result = invoke(workspace, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    assert "line 2, column 'price': 0 is no price" in " ".join(result.output.split())
    from sqlalchemy import select

    from storecheck import db
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        prices = conn.execute(select(db.observations.c.price, db.observations.c.regular_price)).all()
    engine.dispose()
    assert all(price != 0 for price, _ in prices), prices
    assert (Decimal("2.00"), None) in prices
