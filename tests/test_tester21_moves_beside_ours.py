"""tester21: the owner of a Kraków garden centre read Monday's alert mail: "Ogrodnik24 · price down:
Pedigree Adult wołowina 15kg — 119.99 PLN → 109.99 PLN (-8.3%)". Which of her products is that, and
what does she charge for it? The mail did not say (an undercut alert does, once, when the line is
crossed; this one was below her already). A price move of a product matched to one of ours names our
product and our price beside theirs, in the alert and in the report's changes; a product matched to
none of ours moves as it did."""

from __future__ import annotations

import datetime as dt
from datetime import UTC
from decimal import Decimal

from test_alerts import cli_run

from conftest import record_crawl
from storecheck import db
from storecheck.models import Offer


def _weeks(workspace, tmp_path):
    workspace.add_competitor("Ogrodnik24", "https://ogrodnik.example/")
    (tmp_path / "ours.csv").write_text("sku;name;price;currency\nZOO-101;Pedigree Adult z wołowiną 15 kg;129,99;EUR\n",
                                       encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)

    def offers(pedigree: str) -> list[Offer]:
        return [Offer(key="210", name="Pedigree Adult wołowina 15kg", price=Decimal(pedigree), currency="EUR",
                      in_stock=True, url="https://ogrodnik.example/p/210"),
                Offer(key="213", name="Kosiarka spalinowa Stiga Collector 46", price=Decimal(pedigree) * 10,
                      currency="EUR", in_stock=True, url="https://ogrodnik.example/p/213")]

    record_crawl(engine, workspace, offers("119.99"), now - dt.timedelta(days=8), competitor="Ogrodnik24")
    assert cli_run(workspace, "match").exit_code == 0
    assert cli_run(workspace, "report", "-o", str(tmp_path / "week1.html")).exit_code == 0
    with engine.begin() as conn:
        conn.execute(db.report_runs.update().values(generated_at=now - dt.timedelta(days=7)))
    record_crawl(engine, workspace, offers("109.99"), now - dt.timedelta(days=1), competitor="Ogrodnik24")


def _moves(workspace) -> dict[str, str]:
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        return {row.product: row.detail for row in conn.execute(
            db.select(db.alert_events).where(db.alert_events.c.kind == "price down"))}


def test_a_matched_products_move_names_ours_beside_it(workspace, tmp_path):
    _weeks(workspace, tmp_path)
    result = cli_run(workspace, "alerts", "send")
    assert result.exit_code == 0, result.output
    moves = _moves(workspace)
    # Before: "119.99 EUR → 109.99 EUR (-8.3%)", ours unsaid.
    assert moves["Pedigree Adult wołowina 15kg"] == "119.99 EUR → 109.99 EUR (-8.3%); our ZOO-101 at 129.99 EUR", moves
    # The mower matches nothing of ours: its move is as it was.
    assert moves["Kosiarka spalinowa Stiga Collector 46"] == "1199.90 EUR → 1099.90 EUR (-8.3%)", moves
    # The report's changes say the same.
    out = tmp_path / "week2.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    assert "(-8.3%); our ZOO-101 at 129.99 EUR" in out.read_text(encoding="utf-8")
