"""A competitor's or a store's closing day written in advance (leftover of tester19).

An Istanbul optician hears on 6 December that Bakış Optik, a rival with a web shop and a store in
Kadıköy, closes at the end of next month, and writes it down at once (`closed = DAY` under its
[[competitors]]). The shop still sells until that day: it must go on being crawled, matched and
counted, and only leave the figures once the day has come. Before, `closed` took effect whatever
its day, so the rival left every figure, and was crawled no more, a month and a half early.
"""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

from conftest import record_crawl
from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer, OwnProduct

SHOP = "Bakış Optik"
URL = "https://bakisoptik.example/"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _card(workspace) -> dict:
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    return next(c for c in json.loads(result.output)["competitors"] if c["name"] == SHOP)


def _rival_crawled_and_matched(workspace) -> None:
    workspace.add_competitor(SHOP, URL)
    assert cli_run(workspace, "store", "add", SHOP, "Kadıköy").exit_code == 0
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="GZ-110", name="Ray-Ban RB2140 Wayfarer 50 mm", brand="Ray-Ban",
                                                 gtin="08053672000429", price="4250.00", currency="TRY")])
    record_crawl(engine, workspace, [Offer(key="rb2140", name="Ray-Ban RB2140 Wayfarer 50mm", brand="Ray-Ban",
                                           gtin="08053672000429", price=Decimal("3990.00"), currency="TRY",
                                           url=URL + "rb2140")],
                 dt.datetime.now(UTC) - dt.timedelta(days=2), competitor=SHOP)
    assert cli_run(workspace, "match").exit_code == 0


def _close(workspace, day: dt.date) -> None:
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace(f'url = "{URL}"\n', f'url = "{URL}"\nclosed = {day}\n'),
                    encoding="utf-8")


def test_a_competitor_closing_next_month_counts_until_that_day(workspace):
    _rival_crawled_and_matched(workspace)
    day = dt.date.today() + dt.timedelta(days=40)
    _close(workspace, day)
    card = _card(workspace)
    # Before: pairs 0, no price index, "closed": the day, as if it had closed already.
    assert card["pairs"] == 1 and card["price_index"] is not None and card["closed"] is None, card
    matched = _flat(cli_run(workspace, "match").output)
    assert "matched no more" not in matched, matched
    listed = _flat(cli_run(workspace, "competitor", "list").output)
    assert f"(closes {day})" in listed and f"(closed {day})" not in listed, listed
    stores = _flat(cli_run(workspace, "store", "list").output)
    assert f"closes {day}" in stores, stores


def test_a_competitor_whose_closing_day_has_come_leaves_the_figures(workspace):
    _rival_crawled_and_matched(workspace)
    _close(workspace, dt.date.today())  # written on the day it closes: out at once
    card = _card(workspace)
    assert card["pairs"] == 0 and card["closed"] == dt.date.today().isoformat(), card


def test_the_card_of_a_competitor_closing_next_month_says_when(workspace, tmp_path):
    """Found on the optician's report of 7 December: Bakış Optik announced it closes on 31 January and
    `competitor list` said "closes 2027-01-31", but the report, the file the manager reads and mails, said
    nothing: its figures would vanish from one week to the next with no warning."""
    from bs4 import BeautifulSoup

    _rival_crawled_and_matched(workspace)
    day = dt.date.today() + dt.timedelta(days=40)
    _close(workspace, day)
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    card = next(c for c in soup.select("#summary article.card") if c.get("data-competitor") == SHOP)
    text = _flat(card.get_text(" ", strip=True))
    assert f"closes on {day}: counted until then" in text, text
    assert _card(workspace)["closes"] == day.isoformat()
