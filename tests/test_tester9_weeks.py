"""A ninth tester's weeks: our own catalogue's prices change between reports. An undercut alert is
"they now sell a matched product more than undercut_pct below our price, and did not at the last
report"; storecheck read only their price moves for it, so raising our own price until a competitor
sat 15% below us said nothing, in the report's changes or by alert."""

from __future__ import annotations

import datetime as dt
from datetime import UTC
from decimal import Decimal

from bs4 import BeautifulSoup
from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer
from conftest import record_crawl

# sku, our name, our price, their price: tea 2.7% below us, coffee 11% below (an undercut already).
PRODUCTS = [("T1", "Leaf Green Tea 20 bags", "2.20", "2.14"), ("C1", "Bean Co Coffee Beans 1 kg", "13.49", "11.99")]


def _catalogue(workspace, prices: dict[str, str]) -> None:
    path = workspace.path / "ours.csv"
    path.write_text("sku,name,price,currency\n" + "".join(
        f"{sku},{name},{prices.get(sku, ours)},EUR\n" for sku, name, ours, _ in PRODUCTS), encoding="utf-8")
    result = cli_run(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output


def _reported_week(workspace):
    """Rival crawled and matched, a report written two days ago, then a second crawl with the same prices."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    _catalogue(workspace, {})
    now = dt.datetime.now(UTC)
    offers = [Offer(key=sku, name=name, price=Decimal(theirs), currency="EUR", in_stock=True,
                    url=f"https://rival.example/{sku}") for sku, name, _, theirs in PRODUCTS]
    record_crawl(engine, workspace, offers, now - dt.timedelta(days=3))
    assert cli_run(workspace, "match").exit_code == 0
    assert cli_run(workspace, "report", "-o", str(workspace.path / "reports" / "first.html")).exit_code == 0
    with engine.begin() as conn:  # as if written two days ago, our catalogue imported before it
        conn.execute(db.report_runs.update().values(generated_at=now - dt.timedelta(days=2)))
        conn.execute(db.own_products.update().values(created_at=now - dt.timedelta(days=3)))
    record_crawl(engine, workspace, offers, now - dt.timedelta(days=1))
    return engine


def _undercuts(engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        return [(row.product, row.detail) for row in conn.execute(
            db.select(db.alert_events).where(db.alert_events.c.kind == "undercut").order_by(db.alert_events.c.id))]


def test_our_price_raised_past_theirs_is_an_undercut_once(workspace, tmp_path):
    # Before: no alert, no change in the report: their price had not moved.
    engine = _reported_week(workspace)
    _catalogue(workspace, {"T1": "2.59"})  # 2.14 is now 17.4% below us
    assert cli_run(workspace, "alerts", "send").exit_code == 0  # a send between two reports finds it
    assert len(_undercuts(engine)) == 1
    out = tmp_path / "r.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    changes = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find(id="changes").get_text(" ")
    assert "2.14 EUR against our 2.59 EUR (-17.4%), our T1, whose price changed since the last report" in changes, changes
    assert _undercuts(engine) == [("Leaf Green Tea 20 bags",
                                   "2.14 EUR against our 2.59 EUR (-17.4%), our T1, whose price changed since the last report")]
    # Sent once: the next report knows they undercut us on it, and says nothing more.
    assert cli_run(workspace, "alerts", "send").exit_code == 0
    assert cli_run(workspace, "report", "-o", str(tmp_path / "r2.html")).exit_code == 0
    assert cli_run(workspace, "alerts", "send").exit_code == 0
    assert len(_undercuts(engine)) == 1


def test_a_price_of_ours_changed_where_they_undercut_us_already_is_no_new_undercut(workspace):
    # Coffee was 11% below us at the last report; our price moving again (13.49 -> 13.99) is no news,
    # nor is a price of ours that moved and stays within 5% of theirs.
    engine = _reported_week(workspace)
    _catalogue(workspace, {"C1": "13.99", "T1": "2.24"})
    result = cli_run(workspace, "alerts", "send", "--dry-run")
    assert result.exit_code == 0, result.output
    cli_run(workspace, "alerts", "send")
    assert _undercuts(engine) == []


def test_our_price_cut_then_raised_again_is_an_undercut_again(workspace, tmp_path):
    engine = _reported_week(workspace)
    _catalogue(workspace, {"T1": "2.59"})
    assert cli_run(workspace, "report", "-o", str(tmp_path / "r1.html")).exit_code == 0
    _catalogue(workspace, {"T1": "2.19"})  # level with them again
    assert cli_run(workspace, "report", "-o", str(tmp_path / "r2.html")).exit_code == 0
    _catalogue(workspace, {"T1": "2.59"})
    assert cli_run(workspace, "report", "-o", str(tmp_path / "r3.html")).exit_code == 0
    assert [product for product, _ in _undercuts(engine)] == ["Leaf Green Tea 20 bags"] * 2


# Twelve products a shop showed with VAT, then before VAT (÷1.2, rounded to the cent).
SHELF = [Decimal(p) for p in ("2.49", "3.99", "12.99", "0.89", "5.49", "7.25", "19.90", "1.15", "4.60", "9.99",
                              "24.50", "6.30")]


def _shop_crawled_twice(workspace, second: list[Offer]) -> None:
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    first = [Offer(key=f"p{n}", name=f"Product {n}", price=price, currency="EUR", in_stock=True,
                   url=f"https://rival.example/p{n}") for n, price in enumerate(SHELF)]
    record_crawl(engine, workspace, first, now - dt.timedelta(days=2))
    record_crawl(engine, workspace, second, now - dt.timedelta(days=1))


def _health(workspace) -> list[str]:
    engine = db.open_database(workspace.database_url)
    assert cli_run(workspace, "alerts", "send").exit_code == 0
    with engine.connect() as conn:
        return [row.detail for row in conn.execute(
            db.select(db.alert_events).where(db.alert_events.c.kind == "crawl health"))]


def test_every_price_moving_by_one_factor_is_said_to_look_like_a_change_of_display(workspace):
    # Before: twelve "price down -16.7%" alerts and nothing else; the index jumped 20%.
    _shop_crawled_twice(workspace, [Offer(key=f"p{n}", name=f"Product {n}", price=(price / Decimal("1.2")).quantize(
        Decimal("0.01")), currency="EUR", in_stock=True, url=f"https://rival.example/p{n}") for n, price in enumerate(SHELF)])
    [said] = _health(workspace)
    assert said == ("12 of the 12 prices read moved by the same -16.7% at once (×0.833), as when a shop starts showing "
                    "its prices before or after VAT, or in another currency or unit; check its pages before acting on "
                    "those moves"), said


def test_a_sale_on_everything_is_no_change_of_display(workspace):
    # Twenty percent off everything, the regular price kept: a promotion, as a retailer reads it.
    _shop_crawled_twice(workspace, [Offer(key=f"p{n}", name=f"Product {n}", price=(price * Decimal("0.8")).quantize(
        Decimal("0.01")), regular_price=price, currency="EUR", in_stock=True, url=f"https://rival.example/p{n}")
        for n, price in enumerate(SHELF)])
    assert _health(workspace) == []


def test_one_factor_on_half_the_range_is_price_moves(workspace):
    _shop_crawled_twice(workspace, [Offer(key=f"p{n}", name=f"Product {n}", price=(
        price / Decimal("1.2") if n % 2 else price).quantize(Decimal("0.01")), currency="EUR", in_stock=True,
        url=f"https://rival.example/p{n}") for n, price in enumerate(SHELF)])
    assert _health(workspace) == []


def test_a_report_written_by_an_earlier_version_starts_the_undercuts_of_ours_at_the_next(workspace, tmp_path):
    # Its summary kept the figures only: which pairs undercut us then is not known, so nothing is said
    # (rather than every undercut standing at the upgrade); the report after it knows.
    engine = _reported_week(workspace)
    with engine.begin() as conn:
        summary = conn.execute(db.select(db.report_runs.c.summary)).scalar()
        conn.execute(db.report_runs.update().values(summary={name: {k: v for k, v in figures.items() if k != "undercut"}
                                                             for name, figures in summary.items()}))
    _catalogue(workspace, {"T1": "2.59"})
    assert cli_run(workspace, "report", "-o", str(tmp_path / "r.html")).exit_code == 0
    assert _undercuts(engine) == []
    _catalogue(workspace, {"T1": "2.19"})
    assert cli_run(workspace, "report", "-o", str(tmp_path / "r2.html")).exit_code == 0
    _catalogue(workspace, {"T1": "2.59"})
    cli_run(workspace, "alerts", "send")
    assert [product for product, _ in _undercuts(engine)] == ["Leaf Green Tea 20 bags"]
