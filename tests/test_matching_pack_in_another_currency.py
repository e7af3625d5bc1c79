"""Our six-pack of water against a shop's single bottle, that shop pricing in yen (tester15's fault,
the matcher's side): the matcher tells "pack of 6 vs 1" by whether the two prices agree per pack or
per item, and compared yen with euros nowhere, so the pair was matched on its wording (fuzzy 0.875,
"titles 85% alike") with `equivalent` unset. Their prices are now read in our currency before the
price checks: by `[currencies] rates` where storecheck.toml has one, else by the ratio their listings
sharing a GTIN with ours show (a yen shop's prices sit near 160 times ours, whatever the rate of
the day and the shop's VAT habit). Priced in EUR the same pair is proposed and flagged; so it is now."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from test_alerts import cli_run
from test_tester15_pack_against_single import TOKYO_CATALOGUE, TOKYO_OFFERS

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
