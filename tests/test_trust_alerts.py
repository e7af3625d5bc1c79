"""No alert stands on a price the figures leave out: a price read in cents is no undercut and no price
move, but one "price looks misread" under crawl health, with both prices; read right again, it says so
once, not "price up 9,900%". Through `alerts send --dry-run` and a local SMTP server."""

from __future__ import annotations

import datetime as dt

from bs4 import BeautifulSoup
from conftest import record_crawl
from sqlalchemy import select
from test_alerts import cli_run, set_notify

from storecheck import analysis, db
from storecheck.models import Offer, OwnProduct

UTC = dt.UTC
# Their prices, about ours (10.00) with a little scatter: 12 pairs, enough to measure a spread on.
PRICES = ["9.80", "10.20", "9.90", "10.10", "10.00", "9.70", "10.30", "10.00", "9.95", "10.05", "9.85", "10.15"]


def offers(prices: list[str], extra: str = "20.00") -> list[Offer]:
    rows = [Offer(key=f"k{i}", name=f"Product {i}", price=price, currency="EUR", in_stock=True,
                  url=f"https://rival.example/{i}") for i, price in enumerate(prices)]
    # A product of theirs matched to none of ours.
    return rows + [Offer(key="lone", name="Lone product", price=extra, currency="EUR", in_stock=True)]


def misread_workspace(workspace):
    """Rival crawled twice: in the second crawl product 3's price is read in cents (10.10 -> 0.1010: 99% below
    ours), product 5's a hundred times over, the unmatched product's in cents too; product 7 is really cut 20%."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=f"S{i}", name=f"Product {i}", price="10", currency="EUR")
                                      for i in range(len(PRICES))])
    record_crawl(engine, workspace, offers(PRICES), now - dt.timedelta(days=2))
    with engine.begin() as conn:
        ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        for i in range(len(PRICES)):
            # The matcher's pairs, not a person's: a confirmed pair is never left out.
            conn.execute(db.matches.insert().values(sku=f"S{i}", competitor_product_id=ids[f"k{i}"], method="gtin",
                                                    score=1.0, status="matched", updated_at=db.utcnow()))
    spoilt = list(PRICES)
    spoilt[3], spoilt[5], spoilt[7] = "0.1010", "970.00", "8.00"
    record_crawl(engine, workspace, offers(spoilt, extra="0.20"), now - dt.timedelta(days=1))
    return workspace, engine, now


def events_of(workspace, engine) -> list[dict]:
    with engine.connect() as conn:
        return analysis.changes(conn, workspace.config, pairs=analysis.pairs_frame(conn))


def test_a_price_in_cents_is_no_undercut_and_no_price_move_but_a_misread_said_once(workspace):
    workspace, engine, _ = misread_workspace(workspace)
    rows = events_of(workspace, engine)
    by_product = {}
    for row in rows:
        by_product.setdefault(row["product"], []).append(row)
    # The genuine 20% cut alerts as before.
    assert sorted(r["kind"] for r in by_product["Product 7"]) == ["price down", "undercut"]
    # The price in cents: one crawl-health line with both prices and why; no undercut, no price down.
    [cents] = by_product["Product 3"]
    assert cents["kind"] == "crawl health" and cents["key"].startswith("misread:")
    assert cents["detail"].startswith("price looks misread, not a price move: 10.10 EUR → 0.101 EUR (0.01× the last price)")
    assert "our price is 99× theirs on the shelf price" in cents["detail"]
    [dear] = by_product["Product 5"]
    assert dear["kind"] == "crawl health" and "9.70 EUR → 970.00 EUR (100× the last price)" in dear["detail"]
    # A product compared with none of ours: its own last price is all it is judged against.
    [lone] = by_product["Lone product"]
    assert lone["kind"] == "crawl health" and "20.00 EUR → 0.20 EUR (0.01× the last price)" in lone["detail"]
    assert not [r for r in rows if r["kind"] in ("price up", "price down") and r["product"] != "Product 7"]


def test_alerts_send_mails_the_misread_once_and_its_correction_once(workspace, smtp_server):
    workspace, engine, now = misread_workspace(workspace)
    inbox, port = smtp_server
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://ann@127.0.0.1:{port}"\nmail_from = "storecheck@shop.example"\n'
                          'mail_to = ["pricing@shop.example"]\n')
    dry = cli_run(workspace, "alerts", "send", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "Would send 5 alerts by mail" in dry.output
    assert dry.output.count("undercut") == 1 and "Product 7 — 8.00 EUR against our 10.00 EUR (-20.0%)" in dry.output
    assert "-99" not in dry.output and "+9900" not in dry.output
    assert dry.output.count("crawl health: ") == 3

    sent = cli_run(workspace, "alerts", "send")
    assert sent.exit_code == 0, sent.output
    [mail] = inbox.messages
    html = next(part for part in mail["message"].walk() if part.get_content_type() == "text/html"
                and part.get_filename() is None).get_payload(decode=True).decode()
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in BeautifulSoup(html, "html.parser").select("tbody tr")]
    assert sorted(row[1] for row in rows) == ["crawl health"] * 3 + ["price down", "undercut"]
    [cents] = [row for row in rows if row[2] == "Product 3"]
    assert "10.10 EUR → 0.101 EUR" in cents[3]
    assert "nothing new to send" in cli_run(workspace, "alerts", "send").output

    # Read right the next day: once "read right again", no "price up" of 9,900%, no undercut.
    fixed = list(PRICES)
    fixed[3], fixed[5], fixed[7] = "10.10", "9.70", "8.00"
    record_crawl(engine, workspace, offers(fixed), now)
    again = cli_run(workspace, "alerts", "send")
    assert again.exit_code == 0, again.output
    assert "price up" not in again.output and "undercut" not in again.output
    assert again.output.count("price read right again, not a price move") == 2  # products 3 and 5
    assert "Lone product" in again.output and "price looks misread" in again.output  # which one was wrong, it cannot tell
