"""A ninth tester's pass over what the report says in words, read as the category manager who gets it."""

from __future__ import annotations

import csv
import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from test_alerts import cli_run

from benchmark import scorecard
from storecheck import db
from storecheck.cli import cli
from storecheck.models import Offer, OwnProduct
from conftest import record_crawl


def _said(index: float, regular: float) -> list[str]:
    price = {"price_index": index, "price_index_regular": regular, "pairs": 24, "cheaper": 0.65, "same": 0.09,
             "dearer": 0.26}
    return [line for line in scorecard.where_they_beat_us(
        competitor="Rival", price=price, promotions={}, our_promo_share=None, assortment={}, store_comparisons=None,
        tolerance=0.01) if line.startswith("Promotions: their promotions")]


@pytest.mark.parametrize(("index", "regular", "words"), [
    # We are dearer on their regular prices, and their promotions make it more: the gap widens.
    (111.7, 104.3, "widen the gap"),
    # Before: "widen the gap" for each of these, where we are cheaper or level on their regular prices.
    (97.9, 95.0, "narrow our lead"),              # still cheaper on the shelf
    (99.4, 97.1, "close our lead"),               # about the same on the shelf (within 1%): the demo's Greenleaf
    (103.0, 97.1, "turn our lead around"),        # dearer on the shelf
    (102.3, 100.3, "make them cheaper than us"),  # the same on regular prices
    # Review R1: level on both (within 1%), where the card says "about the same prices": not "cheaper than us".
    (100.1, 99.0, "tip level prices their way"),
    (100.9, 99.05, "tip level prices their way"),
])
def test_what_their_promotions_do_to_the_gap_is_said_as_it_is(index, regular, words):
    [line] = _said(index, regular)
    assert f"their promotions {words} (index {regular:.1f} on regular prices, {index:.1f} on shelf prices)" in line, line


def test_promotions_that_move_the_index_less_than_the_tolerance_are_not_said():
    assert _said(99.4, 98.9) == []


def _rival_in_gbp_without_a_rate(workspace):
    """Rival's three products are matched to ours but priced in GBP, with no rate: none is compared."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    names = [("C1", "Bean Co Coffee Beans 1 kg", "12.00"), ("T1", "Leaf Green Tea 20 bags", "2.40"),
             ("J1", "Sunny Orange Juice 1 l", "1.80")]
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=sku, name=name, price=price, currency="EUR")
                                      for sku, name, price in names])
    record_crawl(engine, workspace, [Offer(key=sku, name=name, price=Decimal(price), currency="GBP", in_stock=True,
                                           url=f"https://rival.example/{sku}") for sku, name, price in names],
                 dt.datetime.now(UTC) - dt.timedelta(days=1))
    assert cli_run(workspace, "match").exit_code == 0


def test_score_shows_no_shares_for_a_competitor_with_no_pair_compared(workspace):
    # Before: "0%  0%  0%" under "we are cheaper / same / dearer", read as a share of none of three
    # each: the shares of nothing are no figure.
    _rival_in_gbp_without_a_rate(workspace)
    result = CliRunner().invoke(cli, ["score", "--workspace", str(workspace.path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    [row] = [line for line in result.output.splitlines() if line.startswith("│ Rival")]
    cells = [cell.strip() for cell in row.strip("│").split("│")]
    assert cells[3:] == ["3", "0", "-", "-", "-", "-", "-"], cells


def test_the_report_card_shows_no_shares_for_a_competitor_with_no_pair_compared(workspace, tmp_path):
    _rival_in_gbp_without_a_rate(workspace)
    out = tmp_path / "r.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    card = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find("article", attrs={"data-competitor": "Rival"})
    shares = [item.get_text(" ", strip=True) for item in card.select("ul.shares li")]
    assert shares == ["we are cheaper —", "same —", "we are dearer —"], shares


def test_a_promotion_mechanic_is_not_said_to_be_one_we_do_not_use_before_our_stores_are_visited():
    # Before: "Promotion mechanic we do not use: sale price" opened the demo's report (and `score`'s list),
    # while its evidence said "no visit to our own stores records our promotions yet": nobody knows.
    theirs = pd.DataFrame({"name": ["A", "B"], "promo_type": ["sale", None], "price": [Decimal(1)] * 2,
                           "regular_price": [Decimal(2), None], "category": ["X"] * 2})
    rival = {"name": "Rival", "gaps": pd.DataFrame(), "theirs": theirs, "range": {"their_products": 2},
             "lacking": theirs.iloc[0:0], "seen_promotions": [], "store_comparisons": [], "photos": {},
             "score_parts": {"price": None, "promotions": 125.0, "range": 50.0, "experience": None}}
    weights = {"price": 0.4, "promotions": 0.2, "range": 0.2, "experience": 0.2}
    unknown = scorecard.what_to_copy([rival], weights=weights, tolerance=0.01, our_products=2, our_promotion_types=None)
    assert [i["advantage"] for i in unknown] == ["Promotion mechanic (ours not recorded yet): sale price"]
    known = scorecard.what_to_copy([rival], weights=weights, tolerance=0.01, our_products=2, our_promotion_types=set())
    assert [i["advantage"] for i in known] == ["Promotion mechanic we do not use: sale price"]


def _coffee_confirmed_across_pack_sizes(workspace, theirs: str = "Bean Co Arabica Coffee Beans 500 g"):
    """Our 1 kg bag at 12.00 against their bag at 6.50, a pair a person confirmed in the review queue."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Bean Co Arabica Coffee Beans 1 kg", brand="Bean Co",
                                                 price="12.00", currency="EUR", size="1 kg")])
    record_crawl(engine, workspace, [Offer(key="c", name=theirs, brand="Bean Co", price=Decimal("6.50"), currency="EUR",
                                           in_stock=True, url="https://rival.example/c")],
                 dt.datetime.now(UTC) - dt.timedelta(days=1))
    with engine.begin() as conn:
        product = conn.execute(db.select(db.competitor_products.c.id)).scalar()
        db.record_decision(conn, "C1", product, "confirmed", decided_by="Ann")


def test_a_pair_a_person_confirmed_across_pack_sizes_is_compared_per_unit(workspace, tmp_path):
    # Before: 12.00 against 6.50 on pack price, "we are 84.6% dearer" (index 184.6) where per kg we
    # are cheaper (12.00 against 13.00): the matcher had proposed the pair as another size, and the
    # person's "same product" left it compared bag against bag.
    _coffee_confirmed_across_pack_sizes(workspace)
    [card] = json.loads(cli_run(workspace, "score", "--json").output)["competitors"]
    assert round(card["price_index"], 1) == 92.3, card
    out = tmp_path / "price.csv"
    assert cli_run(workspace, "export", "price", str(out)).exit_code == 0
    with out.open(encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert "compared per kg" in row["method"] and round(float(row["gap_pct"]), 1) == -7.7, row


def test_a_confirmed_pair_whose_pack_sizes_cannot_be_read_alike_stays_compared_on_pack_price(workspace):
    _coffee_confirmed_across_pack_sizes(workspace, theirs="Bean Co Arabica Coffee Beans family bag")
    [card] = json.loads(cli_run(workspace, "score", "--json").output)["competitors"]
    assert round(card["price_index"], 1) == 184.6, card


def test_export_changes_right_after_a_report_says_which_changes_it_holds(workspace, tmp_path):
    # Before: "Wrote 0 rows to changes.csv" the morning after the weekly report that listed the week's
    # changes: read as "nothing changed".
    _rival_in_gbp_without_a_rate(workspace)
    assert cli_run(workspace, "report", "-o", str(tmp_path / "r.html")).exit_code == 0
    result = cli_run(workspace, "export", "changes", str(tmp_path / "changes.csv"))
    assert result.exit_code == 0, result.output
    assert "Wrote 0 rows to" in result.output and ": the changes since the last report (" in result.output, result.output
    assert "which the next report shows" in result.output
