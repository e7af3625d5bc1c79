"""A twelfth tester's Monday mail: an undercut alert names two prices, theirs and ours, and a pricing
manager acts on ours. It was written without its currency ("5.35 EUR against our 5.96"), and for a
pair compared per kg it was our price scaled to their pack: "against our 6.00" for our 1 kg bag at
12.00, a number the reader finds nowhere in the catalogue."""

from __future__ import annotations

import datetime as dt
from datetime import UTC
from decimal import Decimal

from test_alerts import cli_run

from conftest import record_crawl
from storecheck import db
from storecheck.models import Offer


def _week(workspace, ours: str, theirs: list[tuple[str, str, str]], before: str, after: str) -> list[str]:
    """Our catalogue `ours` (CSV rows), Rival crawled with `theirs` (key, name, size) at `before`, matched
    (each pair confirmed by a person), reported, then crawled again at `after`: the undercut alerts'
    details `alerts send` records."""
    workspace.add_competitor("Rival", "https://rival.example/")
    (workspace.path / "ours.csv").write_text("sku,name,size,price,currency\n" + ours, encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(workspace.path / "ours.csv")).exit_code == 0
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)

    def offers(price):
        return [Offer(key=key, name=name, size=size, price=Decimal(price), currency="EUR", in_stock=True,
                      url=f"https://rival.example/{key}") for key, name, size in theirs]

    record_crawl(engine, workspace, offers(before), now - dt.timedelta(days=3))
    decisions = workspace.path / "decisions.csv"
    decisions.write_text("sku,competitor,key,status\n" + "".join(
        f"{line.split(',')[0]},Rival,{key},confirmed\n" for line, (key, _, _) in zip(ours.splitlines(), theirs)),
        encoding="utf-8")
    imported = cli_run(workspace, "matches", "import", str(decisions))
    assert imported.exit_code == 0, imported.output
    assert cli_run(workspace, "report", "-o", str(workspace.path / "first.html")).exit_code == 0
    with engine.begin() as conn:
        conn.execute(db.report_runs.update().values(generated_at=now - dt.timedelta(days=2)))
    record_crawl(engine, workspace, offers(after), now - dt.timedelta(days=1))
    sent = cli_run(workspace, "alerts", "send")
    assert sent.exit_code == 0, sent.output
    with engine.connect() as conn:
        return list(conn.execute(db.select(db.alert_events.c.detail).where(db.alert_events.c.kind == "undercut")).scalars())


def test_an_undercut_names_our_price_with_its_currency(workspace):
    # Before: "8.00 EUR against our 10.00 (-20.0%), our C1": which currency is ours?
    lines = _week(workspace, "C1,Bean Co Coffee Beans,1 kg,10.00,EUR\n",
                  [("p1", "Bean Co Coffee Beans", "1 kg")], "9.90", "8.00")
    assert len(lines) == 1 and "8.00 EUR against our 10.00 EUR (-20.0%), our C1" in lines[0], lines


def test_an_undercut_across_pack_sizes_names_our_shelf_price_and_the_price_compared(workspace):
    # Our 1 kg bag at 12.00 against their 500 g at 5.35, compared per kg (10.70 against 12.00: -10.8%).
    # Before: "5.35 EUR against our 6.00 (-10.8%), our C1": 6.00 is no price of ours.
    lines = _week(workspace, "C1,Bean Co Coffee Beans,1 kg,12.00,EUR\n",
                  [("p1", "Bean Co Coffee Beans", "500 g")], "6.50", "5.35")
    assert len(lines) == 1, lines
    assert "5.35 EUR against our 12.00 EUR for 1 kg, 6.00 EUR for their 0.5 kg (-10.8%), our C1" in lines[0], lines


def test_our_price_scaled_to_their_pack_is_shown_to_the_currency_s_places(workspace):
    # Our 750 g at 12.49 (16.65 per kg) against their 500 g at 7.00 (14.00 per kg: -15.9%).
    # Before: "against our 8.326666666666666666666666665".
    lines = _week(workspace, "C1,Bean Co Coffee Beans,750 g,12.49,EUR\n",
                  [("p1", "Bean Co Coffee Beans", "500 g")], "8.20", "7.00")
    assert len(lines) == 1, lines
    assert "7.00 EUR against our 12.49 EUR for 0.75 kg, 8.33 EUR for their 0.5 kg (-15.9%), our C1" in lines[0], lines
