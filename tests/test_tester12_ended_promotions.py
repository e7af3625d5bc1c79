"""A promotion that ends midweek. Rival's offers were read on Monday with "Save 20% until Wednesday's
date"; a report made on Friday (the crawl since failed, or the offers come from a weekly file)
counted the 8.00 as their price and the product as on promotion, and said nothing: "50% of their
range is on promotion, 20% off" and "we are 11.8% dearer", on a price their own page said was over.
The price after the promotion is not known until read; the report now says which promotions had
ended by their own words (and, since tester13, leaves such pairs out of the price figures)."""

from __future__ import annotations

import datetime as dt
from datetime import UTC

from test_alerts import cli_run

from storecheck import analysis, db


def _context(workspace, tmp_path, ends: dt.date) -> dict:
    workspace.add_competitor("Rival", None)
    (tmp_path / "ours.csv").write_text("sku,name,price\nC1,Bean Co Coffee Beans 1 kg,10.00\n"
                                       "T1,Leaf Green Tea 20 bags,3.00\n", encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
    (tmp_path / "offers.csv").write_text(
        "key,name,price,regular_price,promotion\n"
        f"C1,Bean Co Coffee Beans 1 kg,8.00,10.00,Save 20% until {ends.isoformat()}\n"
        "T1,Leaf Green Tea 20 bags,3.00,,\n", encoding="utf-8")
    result = cli_run(workspace, "offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    engine = db.open_database(workspace.database_url)
    monday = dt.datetime.now(UTC) - dt.timedelta(days=4)
    with engine.begin() as conn:  # read on Monday
        conn.execute(db.observations.update().values(observed_at=monday, last_seen=monday))
    assert cli_run(workspace, "match").exit_code == 0
    return analysis.report_context(engine, workspace.config)


def test_a_promotion_ended_by_its_own_words_is_said(workspace, tmp_path):
    ended = dt.datetime.now(UTC).date() - dt.timedelta(days=2)  # on Wednesday, read on Monday
    context = _context(workspace, tmp_path, ended)
    [card] = context["competitors"]
    # The pair is left out of the price figures since tester13 (tests/test_tester13_ended_promotions.py);
    # it counted 111.8 on 2 pairs, the ended promotion's price among them.
    assert card["pairs"] == 1 and round(card["price_index"], 1) == 100.0
    # Before: no word of it.
    said = [note for note in context["notes"] if "ended" in note]
    assert said == [f"Rival: 1 product read on promotion whose promotion has ended since, by its own words (on "
                    f"{ended.isoformat()}: 'Save 20% until {ended.isoformat()}'); left out of the price figures (a "
                    "matched product is listed under \"Left out of the price figures\") until a crawl or import "
                    "reads it again; the promotion figures count it as read."], context["notes"]
    score = cli_run(workspace, "score")
    assert "promotion has ended since" in score.output, score.output


def test_a_promotion_still_running_says_nothing(workspace, tmp_path):
    context = _context(workspace, tmp_path, dt.datetime.now(UTC).date() + dt.timedelta(days=1))
    assert not [note for note in context["notes"] if "ended" in note], context["notes"]


def test_a_page_read_after_the_end_still_showing_the_promotion_is_its_price(workspace, tmp_path):
    # Read again on Friday, the page still showing the price "until Wednesday": that is the price it
    # charges (a badge left up), and nothing is said.
    context = _context(workspace, tmp_path, dt.datetime.now(UTC).date() - dt.timedelta(days=2))
    (tmp_path / "again.csv").write_text((tmp_path / "offers.csv").read_text(encoding="utf-8"), encoding="utf-8")
    assert cli_run(workspace, "offers", "import", str(tmp_path / "again.csv"), "--competitor", "Rival").exit_code == 0
    context = analysis.report_context(db.open_database(workspace.database_url), workspace.config)
    assert not [note for note in context["notes"] if "ended" in note], context["notes"]
