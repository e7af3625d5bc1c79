"""Pairs whose price ratio lies far outside their competitor's others (a price read in cents, a pack
matched to a single, a wrong match) are left out of the price figures, listed with the reason in the
report and in `score --json`, and kept in the pairs table; a pair a person confirmed is never left out."""

from __future__ import annotations

import json
import math
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from sqlalchemy import select

from benchmark import pricing
from reports.render import render_report
from storecheck import analysis, db
from storecheck.cli import cli
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct


def frame(theirs, ours=None, *, competitor="R", status="matched", regular=None, converted=None):
    """Comparable pairs' ratios: our price 10 (or `ours`) against each of `theirs`."""
    ours = ours or ["10"] * len(theirs)
    rows = [{"sku": f"S{i}", "name": f"Product {i}", "our_price": Decimal(o), "their_price": Decimal(t),
             "their_regular_price": Decimal(regular[i]) if regular and regular[i] else None,
             "our_currency": "EUR", "their_currency": "EUR", "in_stock": True, "weight": 1.0, "competitor": competitor,
             "category": "X", "status": status, "converted": converted[i] if converted else None}
            for i, (o, t) in enumerate(zip(ours, theirs))]
    return pricing.ratios(pd.DataFrame(rows))


def spread(n, centre=1.0, width=0.15, seed=1):
    """`n` prices of theirs whose ratios to our 10 scatter about `centre` (log-normally, `width` wide)."""
    rng = np.random.default_rng(seed)
    return [f"{10 / (centre * math.exp(x)):.2f}" for x in rng.normal(0, width, n)]


def test_one_price_in_cents_among_many_is_left_out_and_the_index_stays_near_the_truth():
    theirs = spread(100)
    truth = pricing.summarise(frame(theirs))["price_index"]
    pairs = frame([*theirs, "0.10"])  # 10.00 read as 10 cents: ours is 100x theirs
    reasons = pricing.outliers(pairs)
    assert list(reasons.index[reasons.notna()]) == [100]
    assert "our price is 100× theirs on the shelf price" in reasons[100] and "R's 101 pairs in EUR" in reasons[100]
    skewed = pricing.summarise(pairs)["price_index"]
    kept = pricing.summarise(pairs[reasons.isna()])
    assert kept["pairs"] == 100 and kept["price_index"] == pytest.approx(truth)
    assert abs(skewed - truth) > 4  # what it costs without the cut: about 5 points


def test_a_competitor_dearer_on_everything_loses_no_pair():
    # They are 40% dearer than us on every product (ratio ours ÷ theirs about 1/1.4), with the usual scatter:
    # the spread is measured about their own centre, not about parity.
    pairs = frame(spread(60, centre=1 / 1.4, width=0.1))
    assert pricing.outliers(pairs).isna().all()
    assert pricing.summarise(pairs)["price_index"] == pytest.approx(100 / 1.4, rel=0.05)


def test_identical_prices_do_not_make_a_small_gap_an_outlier():
    # A MAD of 0: the floor keeps a 5% and a 60% gap in; a pack of 12 against a single goes.
    pairs = frame(["10"] * 30 + ["9.50", "6.25", "0.84"])
    reasons = pricing.outliers(pairs)
    assert list(reasons.index[reasons.notna()]) == [32]


def test_with_two_pairs_only_a_wide_prior_decides():
    assert pricing.outliers(frame(["9", "2.50"])).isna().all()  # 4x: a big gap, but a price
    reasons = pricing.outliers(frame(["9", "0.80"]))  # 12.5x: a pack of 12 against a single
    assert reasons.isna().tolist() == [True, False]
    assert "fewer than 10 pairs" in reasons[1] and "R's 2 pairs" in reasons[1]
    reasons = pricing.outliers(frame(["9", "60"]))  # a sixth of theirs: left out both ways
    assert reasons.isna().tolist() == [True, False]


def test_a_confirmed_pair_is_never_left_out():
    pairs = frame([*spread(30), "1.50"])
    assert pricing.outliers(pairs).notna().sum() == 1
    confirmed = pairs.assign(status=["matched"] * 30 + ["confirmed"])
    assert pricing.outliers(confirmed).isna().all()


def test_a_regular_price_in_cents_is_left_out_too():
    theirs = spread(30)
    regular = [None] * 29 + ["0.12"]
    reasons = pricing.outliers(frame(theirs, regular=regular))
    assert list(reasons.index[reasons.notna()]) == [29] and "on the regular price" in reasons[29]


def test_each_currency_of_a_competitor_is_judged_on_its_own():
    # Five pairs converted from USD all 3x: one exchange rate moves them all alike, so they are judged
    # among themselves (too few for a spread: the prior keeps 3x), not against the 30 in euros.
    theirs = spread(30, width=0.05) + spread(5, centre=3.0, width=0.05, seed=2)
    converted = [None] * 30 + ["USD at 0.3"] * 5
    assert pricing.outliers(frame(theirs, converted=converted)).isna().all()
    assert pricing.outliers(frame(theirs)).notna().sum() == 5  # the same pairs all priced in euros


def test_competitors_are_judged_apart():
    pairs = pd.concat([frame(spread(20)), frame(spread(20, centre=4.0), competitor="Q")], ignore_index=True)
    assert pricing.outliers(pairs).isna().all()


def test_the_definition_counts_the_pairs_left_out():
    [text] = [t for term, t in pricing.definitions(3, 212) if term == "Left out of the price figures"]
    assert text.endswith("3 of 212 comparable pairs left out of the price figures (listed with the reason in "
                         "\"Left out of the price figures\").")


# --- through the workspace: report context, report and score --json --------------------------------


@pytest.fixture
def cents(workspace):
    """30 of our products matched to a competitor pricing like us, one of its prices read in cents, its
    product name carrying markup."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    theirs = spread(30, width=0.05)
    theirs[7] = "0.09"  # 9.00 read as 9 cents
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=f"S{i}", name=f"Product {i}", price="10", currency="EUR")
                                      for i in range(30)])
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        db.store_offers(conn, cid, [Offer(key=f"k{i}", name="<b>Bold</b> tea" if i == 7 else f"Product {i}",
                                          price=price, currency="EUR", url=f"https://rival.example/{i}")
                                    for i, price in enumerate(theirs)], source="import")
        ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        for i in range(30):
            conn.execute(db.matches.insert().values(sku=f"S{i}", competitor_product_id=ids[f"k{i}"], method="gtin",
                                                    score=1.0, status="matched", updated_at=db.utcnow()))
    truth = pricing.summarise(frame([p for i, p in enumerate(theirs) if i != 7]))["price_index"]
    return workspace, engine, truth, ids["k7"]


def test_the_report_leaves_the_pair_out_of_the_figures_and_shows_it(cents):
    workspace, engine, truth, _ = cents
    context = analysis.report_context(engine, Workspace(workspace.path).config)
    [card] = context["competitors"]
    assert card["pairs"] == 29 and card["price_index"] == pytest.approx(truth)
    assert [row["sku"] for row in card["left_out"]] == ["S7"] == [row["sku"] for row in context["left_out"]]
    assert all(row["pairs"] == 29 for row in context["category_index"])
    assert any(note.startswith("Rival: 1 of 30 comparable pairs left out of the price figures") for note in context["notes"])
    # The pair stays in the pairs table (and so in `export price`), marked.
    [row] = [row for row in context["price_rows"] if row["sku"] == "S7"]
    assert "left out of the price figures" in row["method"] and "our price is 111× theirs" in row["left_out"]
    soup = BeautifulSoup(render_report(context), "html.parser")
    table = soup.select_one("#left-out-table")
    cells = [td.get_text(" ", strip=True) for td in table.select("tbody tr")[0].find_all("td")]
    assert cells[0].startswith("Product 7") and cells[1] == "Rival" and cells[2] == "<b>Bold</b> tea"
    assert table.find("b") is None  # their text escaped
    assert "10.00" in cells[3] and "0.09" in cells[4] and cells[6] == "111×" and "middle of Rival's 30 pairs" in cells[7]
    assert "1 pair left out of these figures" in soup.select_one("#summary .card").get_text(" ", strip=True)
    method = soup.select_one("#method").get_text(" ", strip=True)
    assert "1 of 30 comparable pairs left out of the price figures" in method
    # Neither the largest gaps nor the histogram count it.
    assert "Product 7" not in soup.select_one("#largest-gaps").find_next("div", class_="twocol").get_text(" ")
    assert "Bold" in soup.select_one("#pairs-table").get_text(" ")


def test_score_json_says_which_pairs_are_left_out_and_why(cents):
    workspace, _, truth, _ = cents
    result = CliRunner().invoke(cli, ["score", "--json", "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    [card] = json.loads(result.output)["competitors"]
    assert card["pairs"] == 29 and card["price_index"] == pytest.approx(truth)
    [row] = card["left_out"]
    assert row["sku"] == "S7" and Decimal(row["their_price"]) == Decimal("0.09") and row["ratio"] == pytest.approx(10 / 0.09)
    assert row["reason"].startswith("our price is 111× theirs on the shelf price")
    # The trend leaves it out alike: its last point is the index.
    assert card["index_history"][-1]["index"] == pytest.approx(truth)


def test_a_person_confirming_the_pair_keeps_it_in(cents):
    workspace, engine, truth, key7 = cents
    with engine.begin() as conn:
        db.record_decision(conn, "S7", key7, "confirmed", decided_by="test")
    context = analysis.report_context(engine, Workspace(workspace.path).config, tables=False)
    [card] = context["competitors"]
    assert card["pairs"] == 30 and card["left_out"] == [] and card["price_index"] > truth + 10


def test_a_long_list_left_out_keeps_the_farthest_in_the_report_and_all_in_the_export(workspace):
    # 300 pairs priced like ours and 240 wrong ones (half the pairs would move the median; fewer do not):
    # the report shows 200 rows, the farthest out first, and says where the rest are.
    from reports.render import TABLE_ROWS
    from storecheck.exports import report_table

    n_wrong = 240
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    theirs = spread(300, width=0.05) + [f"{0.01 + 0.0001 * i:.4f}" for i in range(n_wrong)]
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=f"S{i:03d}", name=f"Product {i}", price="10", currency="EUR")
                                      for i in range(len(theirs))])
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        db.store_offers(conn, cid, [Offer(key=f"k{i}", name=f"Product {i}", price=price, currency="EUR")
                                    for i, price in enumerate(theirs)], source="import")
        ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        conn.execute(db.matches.insert(), [{"sku": f"S{i:03d}", "competitor_product_id": ids[f"k{i}"], "method": "gtin",
                                            "score": 1.0, "status": "matched", "updated_at": db.utcnow()}
                                           for i in range(len(theirs))])
    context = analysis.report_context(engine, Workspace(workspace.path).config)
    rows, _ = report_table(context, "left-out")
    assert len(rows) == n_wrong and rows[0]["sku"] == "S300"  # the farthest out first
    assert [r["ratio"] for r in rows] == sorted((r["ratio"] for r in rows), reverse=True)
    soup = BeautifulSoup(render_report(context), "html.parser")
    assert len(soup.select("#left-out-table tbody tr")) == TABLE_ROWS
    note = soup.select_one("#left-out").find_next("p").get_text(" ", strip=True)
    assert note.startswith(f"Showing {TABLE_ROWS} of {n_wrong} rows.") and "storecheck export left-out FILE" in note
    assert soup.select_one("#left-out-table").find_previous("p").get_text(" ", strip=True).startswith(f"{n_wrong} pairs")


def test_a_deep_promotion_whose_regular_price_is_in_line_stays():
    # 70% off: their shelf price 3.00 against our 10 (3.3x), their regular price 10.00 like ours.
    theirs, regular = spread(30, width=0.05) + ["3.00"], [None] * 30 + ["10.00"]
    pairs = frame(theirs, regular=regular)
    assert pricing.outliers(pairs).isna().all()
    assert pricing.summarise(pairs)["pairs"] == 31
    # The same promotion without its regular price is no comparison the data can vouch for.
    assert pricing.outliers(frame(theirs)).notna().sum() == 1
    # A shelf price in cents beside a regular price in line is no 99% promotion but a misread.
    reasons = pricing.outliers(frame(theirs[:30] + ["0.10"], regular=regular))
    assert list(reasons.index[reasons.notna()]) == [30] and "on the shelf price" in reasons[30]


def test_a_whole_feed_in_cents_is_held_to_the_prior_not_to_its_own_middle():
    # Ten pairs or more all at 100x: their median is no shop's price level, so all of them go.
    reasons = pricing.outliers(frame(["0.10"] * 12))
    assert reasons.notna().all() and "no shop's price level" in reasons[0]
    # Most of them at 100x: the ones in cents go, not the four priced right.
    reasons = pricing.outliers(frame(["10", "9.80", "10.20", "10.10"] + ["0.10"] * 6))
    assert reasons.isna().tolist() == [True] * 4 + [False] * 6



def test_the_list_puts_the_farthest_first_on_either_price():
    pairs = frame(spread(30, width=0.05) + ["1.00", "10"], regular=[None] * 31 + ["0.10"])
    reasons = pricing.outliers(pairs)
    rows = analysis._left_out_rows(pricing.gaps(pairs).assign(left_out=reasons)[reasons.notna()])
    # 100x on the regular price before 10x on the shelf price.
    assert [row["sku"] for row in rows] == ["S31", "S30"] and "on the regular price" in rows[0]["reason"]
