"""Our six-pack of water against a shop's single bottle, that shop pricing in yen (tester15's fault,
the matcher's side): the matcher tells "pack of 6 vs 1" by whether the two prices agree per pack or
per item, and compared yen with euros nowhere, so the pair was matched on its wording (fuzzy 0.875,
"titles 85% alike") with `equivalent` unset. Their prices are now read in our currency before the
price checks: by `[currencies] rates` where storecheck.toml has one, else by the ratio their listings
sharing a GTIN with ours show (a yen shop's prices sit near 160 times ours, whatever the rate of
the day and the shop's VAT habit). Priced in EUR the same pair is proposed and flagged; so it is now."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import select
from test_alerts import cli_run
from test_tester15_pack_against_single import TOKYO_CATALOGUE, TOKYO_OFFERS

from benchmark.matching.currencies import in_our_currency
from benchmark.matching.features import _frame
from storecheck import db


def _water_pair(workspace, tmp_path, offers: str, rates: str | None) -> tuple:
    workspace.add_competitor("Tokyo Mart", None)
    if rates:
        path = workspace.config_path
        path.write_text(path.read_text(encoding="utf-8") + f"\n[currencies]\nrates = {{ {rates} }}\n", encoding="utf-8")
    (tmp_path / "catalogue.csv").write_text(TOKYO_CATALOGUE, encoding="utf-8")
    (tmp_path / "offers.csv").write_text(offers, encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "catalogue.csv")).exit_code == 0
    assert cli_run(workspace, "offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Tokyo Mart").exit_code == 0
    result = cli_run(workspace, "match")
    assert result.exit_code == 0, result.output
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        return conn.execute(select(db.matches.c.method, db.matches.c.status, db.matches.c.equivalent, db.matches.c.reason)
                            .where(db.matches.c.sku == "WAT-6")).one()


def test_a_pack_against_a_single_priced_in_yen_with_a_rate_is_flagged(workspace, tmp_path):
    method, status, equivalent, reason = _water_pair(workspace, tmp_path, TOKYO_OFFERS, "JPY = 0.0062")
    # Before: ("fuzzy", "matched", False, "titles 85% alike").
    assert (method, status, equivalent) == ("fuzzy", "proposed", True), reason
    assert "pack of 6 vs 1: compare on unit price" in reason


def test_a_pack_against_a_single_priced_in_yen_without_a_rate_reads_the_shared_gtins(workspace, tmp_path):
    # No rate: their tea, chocolate and rice carry our GTINs, at 158, 151 and 173 yen to our euro.
    method, status, equivalent, reason = _water_pair(workspace, tmp_path, TOKYO_OFFERS, None)
    assert (method, status, equivalent) == ("fuzzy", "proposed", True), reason
    assert "pack of 6 vs 1: compare on unit price" in reason


def test_without_a_rate_or_pairs_to_read_the_prices_say_nothing(workspace, tmp_path):
    # Their GTINs gone: nothing says what a yen is in euros, so no price is compared.
    offers = "\n".join(",".join(field if n != 3 else "" for n, field in enumerate(line.split(",")))
                       if i else line for i, line in enumerate(TOKYO_OFFERS.splitlines())) + "\n"
    method, status, equivalent, reason = _water_pair(workspace, tmp_path, offers, None)
    assert "prices" not in reason and "pack of" not in reason, reason


@pytest.mark.parametrize("rates", ["JPY = 0.0062", None])
def test_the_pairs_an_identifier_decides_stay_matched(workspace, tmp_path, rates):
    _water_pair(workspace, tmp_path, TOKYO_OFFERS, rates)
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        rows = dict(conn.execute(select(db.matches.c.sku, db.matches.c.status).where(db.matches.c.method == "gtin")).all())
    assert rows == {"TEA-20": "matched", "CHOC-100": "matched", "RICE-1KG": "matched"}


def test_a_pair_priced_in_one_currency_on_both_sides_keeps_its_ratio_in_a_catalogue_of_ours_in_several():
    # Review R1: theirs were read in our majority currency and ours not, so our USD row against their USD
    # listing, compared before, was two currencies after. Both sides are read by one factor now.
    ours = _frame(pd.DataFrame({"sku": ["A", "B", "C", "D"], "name": ["a", "b", "c", "d"],
                                "price": [1, 2, 3, 10], "currency": ["EUR", "EUR", "EUR", "USD"]}), "sku")
    theirs = _frame(pd.DataFrame({"competitor_product_id": [1], "name": ["d"], "price": [10.5], "currency": ["USD"]}),
                    "competitor_product_id")
    ours_read, theirs_read = in_our_currency(ours, theirs, {"USD": 0.9}, ())
    assert list(ours_read.currency) == ["EUR"] * 4 and list(theirs_read.currency) == ["EUR"]
    assert ours_read.price[3] == pytest.approx(9.0) and theirs_read.price[0] == pytest.approx(9.45)
    assert list(ours_read.price[:3]) == [1, 2, 3]


def test_the_scale_their_pairs_show_is_read_on_our_rows_in_our_currency_only():
    ours = _frame(pd.DataFrame({"sku": list("ABCD"), "name": list("abcd"), "price": [1, 2, 3, 50],
                                "currency": ["EUR", "EUR", "EUR", "USD"]}), "sku")
    theirs = _frame(pd.DataFrame({"competitor_product_id": [1, 2, 3, 4], "name": list("abcd"),
                                  "price": [100, 200, 300, 60], "currency": ["JPY"] * 4}), "competitor_product_id")
    # Three pairs in euros at 100 yen to the euro; our USD row's pair says nothing of the yen in euros.
    _, theirs_read = in_our_currency(ours, theirs, None, [(0, 0), (1, 1), (2, 2), (3, 3)])
    assert list(theirs_read.price) == pytest.approx([1, 2, 3, 0.6])
    _, unread = in_our_currency(ours, theirs, None, [(0, 0), (1, 1), (3, 3)])
    assert list(unread.currency) == ["JPY"] * 4
