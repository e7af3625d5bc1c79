"""A promotion that has ended by its own words, in the price figures. Rival's offers were read on Monday
with "Save 20% until <Wednesday>"; the crawl failed since (or the offers come in a weekly file). On
Friday the report counted the 8.00 as their price: "we are 7.7% dearer", and What to copy's "Cheaper
on Coffee", on a price their own page said was over. A note said
so (tester12), but every figure still stood on it.

The price they charge since is not known (back to 10.00, or a new promotion), so such a pair is now
left out of the price figures, with the reason, as a pair far out is: listed under "Left out of the
price figures", in `score --json` and `export left-out`. It comes back
as soon as a crawl or an import reads the product again; a promotion still running, or one whose page
still shows it after its end, counts as before."""

from __future__ import annotations

import csv
import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

from test_alerts import cli_run

from storecheck import analysis, db

OFFERS = "key,name,price,regular_price,promotion\nC1,Bean Co Coffee Beans 1 kg,8.00,10.00,Save 20% until {ends}\n" \
         "T1,Leaf Green Tea 20 bags,3.00,,\nB1,Nordic Rye Bread 500 g,2.00,,\n"


def _read_on_monday(workspace, tmp_path, ends: dt.date):
    workspace.add_competitor("Rival", None)
    (tmp_path / "ours.csv").write_text("sku,name,price,category\nC1,Bean Co Coffee Beans 1 kg,10.00,Coffee\n"
                                       "T1,Leaf Green Tea 20 bags,3.00,Tea\nB1,Nordic Rye Bread 500 g,2.00,Bread\n",
                                       encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
    (tmp_path / "offers.csv").write_text(OFFERS.format(ends=ends.isoformat()), encoding="utf-8")
    result = cli_run(workspace, "offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    engine = db.open_database(workspace.database_url)
    monday = dt.datetime.now(UTC) - dt.timedelta(days=4)
    with engine.begin() as conn:
        conn.execute(db.observations.update().values(observed_at=monday, last_seen=monday))
    assert cli_run(workspace, "match").exit_code == 0
    return engine


def _card(engine, workspace) -> dict:
    [card] = analysis.report_context(engine, workspace.config)["competitors"]
    return card


def test_a_pair_whose_promotion_ended_by_its_own_words_is_left_out_saying_why(workspace, tmp_path):
    ended = dt.datetime.now(UTC).date() - dt.timedelta(days=2)  # Wednesday; read on Monday, reported on Friday
    engine = _read_on_monday(workspace, tmp_path, ended)
    context = analysis.report_context(engine, workspace.config)
    [card] = context["competitors"]
    # Before: 3 pairs, index 107.7, the coffee "20% cheaper there" among them.
    assert card["pairs"] == 2 and round(card["price_index"], 1) == 100.0, card
    [out] = card["left_out"]
    assert out["sku"] == "C1" and out["their_price"] == Decimal("8.00")
    assert out["reason"].startswith(f"their promotion ended on {ended.isoformat()} by its own words "
                                    f"('Save 20% until {ended.isoformat()}')"), out["reason"]
    assert "not known until a crawl or import reads it again" in out["reason"]
    assert not [item for item in context["what_to_copy"] if "Coffee" in item["advantage"]], context["what_to_copy"]
    # The notes say it once, as an ended promotion, not as a price ratio far from the others.
    notes = [note for note in context["notes"] if note.startswith("Rival:")]
    assert not [note for note in notes if "far outside" in note], notes
    [said] = [note for note in notes if "ended" in note]
    assert "left out of the price figures" in said and "counts in the figures" not in said, said
    # `score --json` and `export left-out` carry the reason too.
    score = json.loads(cli_run(workspace, "score", "--json").output)
    assert [row["reason"] for row in score["competitors"][0]["left_out"]] == [out["reason"]]
    assert cli_run(workspace, "export", "left-out", str(tmp_path / "out.csv")).exit_code == 0
    with (tmp_path / "out.csv").open(encoding="utf-8-sig") as handle:
        assert [row["sku"] for row in csv.DictReader(handle)] == ["C1"]


def test_a_promotion_still_running_counts_as_read(workspace, tmp_path):
    engine = _read_on_monday(workspace, tmp_path, dt.datetime.now(UTC).date() + dt.timedelta(days=1))
    card = _card(engine, workspace)
    assert card["pairs"] == 3 and not card["left_out"], card


def test_the_product_read_again_after_its_end_counts_at_what_was_read(workspace, tmp_path):
    ended = dt.datetime.now(UTC).date() - dt.timedelta(days=2)
    engine = _read_on_monday(workspace, tmp_path, ended)
    # Read again on Friday: back at 10.00, or still showing the promotion (a badge left up, the price it charges).
    for promotion_left_up in (False, True):
        text = OFFERS.format(ends=ended.isoformat())
        if not promotion_left_up:
            text = text.replace(f"8.00,10.00,Save 20% until {ended.isoformat()}", "10.00,,")
        (tmp_path / "again.csv").write_text(text, encoding="utf-8")
        assert cli_run(workspace, "offers", "import", str(tmp_path / "again.csv"), "--competitor", "Rival").exit_code == 0
        card = _card(engine, workspace)
        assert card["pairs"] == 3 and not card["left_out"], (promotion_left_up, card)
