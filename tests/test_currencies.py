"""Currencies: pairs in another currency converted with the configured rates and
marked; pairs without a rate left out, counted and named in the report and in score."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from conftest import record_crawl

from reports.render import render_report
from storecheck import analysis, currencies, db
from storecheck.cli import cli
from storecheck.config import ConfigError, parse_config
from storecheck.models import Offer, OwnProduct
from storecheck.money import kept_amount


@pytest.fixture
def abroad(workspace):
    """A competitor pricing in USD and GBP; ours in EUR."""
    workspace.add_competitor("Yankee", "https://yankee.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=s, name=s, price="10", currency="EUR") for s in ("A", "B", "C")])
    offers = [Offer(key="a", name="A", price="20", currency="USD"), Offer(key="b", name="B", price="8", currency="EUR"),
              Offer(key="c", name="C", price="5", currency="GBP")]
    today = datetime.now(UTC).replace(hour=0, minute=5, second=0, microsecond=0)
    record_crawl(engine, workspace, offers, today - timedelta(days=1), competitor="Yankee")
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        for sku, key in (("A", "a"), ("B", "b"), ("C", "c")):
            db.record_decision(conn, sku, ids[key], "confirmed", decided_by="test")
    return workspace, engine


def set_rates(workspace, text):
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + "\n[currencies]\n" + text, encoding="utf-8")


def test_converted_pairs_count_and_unconvertible_ones_are_named(abroad):
    workspace, engine = abroad
    set_rates(workspace, "rates = { USD = 0.5 }\n")
    result = CliRunner().invoke(cli, ["score", "--json", "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    card = data["competitors"][0]
    assert data["currency"] == "EUR"
    # A: 10 EUR against 20 USD = 10 EUR (ratio 1); B: 10 against 8 (1.25); C in GBP left out.
    assert card["pairs"] == 2 and card["price_index"] == pytest.approx(100 * math.sqrt(1.25))
    assert card["converted"] == {"USD": 1} and card["unconverted"] == {"GBP": 1}
    assert [p["index"] for p in card["index_history"]] == [pytest.approx(100 * math.sqrt(1.25))]
    from storecheck.config import Workspace

    context = analysis.report_context(engine, Workspace(workspace.path).config)
    assert any("priced in GBP left out" in note and "no exchange rate for GBP" in note for note in context["notes"])
    [converted] = [row for row in context["price_rows"] if row["sku"] == "A"]
    assert converted["their_price"] == Decimal("10.0000") and converted["currency"] == "EUR"
    assert "converted from USD at 0.5" in converted["method"]
    soup = BeautifulSoup(render_report(context), "html.parser")
    card_text = soup.select_one("#summary .card").get_text(" ", strip=True)
    assert "1 from USD" in card_text and "1 in GBP (no rate)" in card_text


def test_without_rates_a_foreign_competitor_is_explained_not_scored_zero(abroad):
    workspace, engine = abroad
    context = analysis.report_context(engine, workspace.config)
    card = context["competitors"][0]
    assert card["pairs"] == 1 and card["unconverted"] == {"USD": 1, "GBP": 1}
    assert sum("no exchange rate" in note for note in context["notes"]) == 2


def test_a_rates_file_wins_and_a_bad_line_is_named(abroad, tmp_path):
    workspace, _engine = abroad
    (workspace.path / "rates.csv").write_text("currency,rate\nUSD,0.4\nGBP,1.2\n", encoding="utf-8")
    set_rates(workspace, 'rates = { USD = 0.5 }\nrates_file = "rates.csv"\n')
    from storecheck.config import Workspace

    config = Workspace(workspace.path).config
    assert currencies.rates(config) == {"USD": Decimal("0.4"), "GBP": Decimal("1.2"), "EUR": Decimal(1)}
    (workspace.path / "rates.csv").write_text("currency,rate\nUSD,abc\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"line 2, column 'rate': 'abc' is not a number"):
        currencies.rates(config)
    with pytest.raises(ConfigError, match="not a three-letter ISO 4217 code"):
        parse_config({"currencies": {"rates": {"usd": 1.0}}})


@pytest.mark.parametrize("text, rates", [
    ("currency;rate\nUSD;1,08\nGBP;0,8571\n", {"USD": "1.08", "GBP": "0.8571"}),  # European Excel: ';' and decimal commas
    ("USD\t1,0845\nJPY\t0,0062\n", {"USD": "1.0845", "JPY": "0.0062"}),
    ('USD,"1,08"\nGBP,0.86\n', {"USD": "1.08", "GBP": "0.86"}),
    ("currency,rate\nUSD,1.0845\nIDR,0.000058\n", {"USD": "1.0845", "IDR": "0.000058"}),
    ("currency;rate\nIDR;17.000,50\n", {"IDR": "17000.50"}),
    # A semicolon file with decimal points: "1.080" is 1.08, never 1080.
    ("currency;rate\nUSD;1.080\nGBP;0.850\n", {"USD": "1.080", "GBP": "0.850"}),
    ("USD;1.08\n", {"USD": "1.08"}),
])
def test_a_rates_file_is_read_with_its_own_decimal_mark(tmp_path, text, rates):
    path = tmp_path / "rates.csv"
    path.write_text(text, encoding="utf-8")
    assert currencies.read_rates_file(path) == {code: Decimal(rate) for code, rate in rates.items()}


def test_a_decimal_comma_in_a_comma_separated_rates_file_is_refused_not_misread(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("currency,rate\nUSD,0.92\nGBP,1,17\n", encoding="utf-8")  # GBP would have been read as 1
    with pytest.raises(ConfigError, match=r"line 3: expected currency,rate \(quote a rate with a decimal comma"):
        currencies.read_rates_file(path)


def test_a_converted_price_is_rounded_as_a_stored_one():
    # Review R14: a converted price was rounded half to even, a stored one half up, so a price
    # 5 at its fifth place read as two amounts depending on its currency.
    pairs = pd.DataFrame({"competitor": ["Abroad"], "our_currency": ["EUR"], "their_currency": ["USD"],
                          "their_price": [Decimal("2.00005")], "their_regular_price": [Decimal("4.00025")]})
    converted, _ = currencies.convert_pairs(pairs, {"EUR": Decimal(1), "USD": Decimal(1)})
    assert (converted.their_price[0], converted.their_regular_price[0]) == (Decimal("2.0001"), Decimal("4.0003"))
    assert converted.their_price[0] == kept_amount(Decimal("2.00005"))
