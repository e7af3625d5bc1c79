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
    assert kinds == {"K1": "multibuy", "K2": "multibuy", "K3": "multibuy", "K4": "multibuy", "K5": "sale"}


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
