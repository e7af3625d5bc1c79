"""A competitor's average ticket in another currency than ours, against our stores' ticket.

Brit Foods prices in pounds; our stores in euros. The report said "average ticket 23.50 GBP at Brit
Foods against no figure yet in ours" while our stores' ticket was 21.00 EUR, and [currencies] gave
the rate the price figures convert the same pounds with.
"""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from storecheck import analysis, db
from storecheck.cli import cli
from storecheck.config import Workspace


def _brit_foods(workspace: Workspace, tmp_path, rates: str | None) -> list[dict]:
    workspace.add_competitor("Brit Foods", "https://brit.example/")
    text = workspace.config_path.read_text(encoding="utf-8")
    text = text.replace('url = "https://brit.example/"', 'url = "https://brit.example/"\ncurrency = "GBP"', 1)
    text += '\n[[shop.stores]]\nname = "Main Street"\n'
    if rates:
        text += f"\n[currencies]\nrates = {{ {rates} }}\n"
    workspace.config_path.write_text(text, encoding="utf-8")
    day = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    (tmp_path / "visits.csv").write_text(
        "competitor,store,visited_at,average_ticket,average_ticket_source\n"
        f"Brit Foods,Oxford Street,{day} 11:00,£23.50,till\n"
        f"Test Shop,Main Street,{day} 15:00,21.00,till\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    ws = Workspace(workspace.path)
    context = analysis.report_context(db.open_database(ws.database_url), ws.config)
    return [row for row in context["visit_details"]["comparisons"]
            if row["measure"] == "average_ticket" and row["days"] == "all"]


def test_a_ticket_in_their_currency_is_compared_with_ours_at_the_configured_rate(workspace, tmp_path):
    rows = _brit_foods(workspace, tmp_path, "GBP = 1.17")
    shop = next(row for row in rows if row["store"] is None)
    # 23.50 GBP at 1.17 is 27.495, 27.50 EUR.
    assert "average ticket 27.50 EUR (23.50 GBP at 1.17) at Brit Foods against 21.00 EUR in ours" in shop["statement"], \
        shop["statement"]
    assert float(shop["ours"]) == 21.0 and float(shop["difference"]) == 6.5
    store = next(row for row in rows if row["store"] == "Oxford Street")
    assert "against 21.00 EUR in ours" in store["statement"], store["statement"]


def test_without_a_rate_the_ticket_is_said_not_compared_rather_than_ours_missing(workspace, tmp_path):
    rows = _brit_foods(workspace, tmp_path, None)
    shop = next(row for row in rows if row["store"] is None)
    assert "no figure yet in ours" not in shop["statement"], shop["statement"]
    assert ("average ticket 23.50 GBP at Brit Foods; ours 21.00 EUR is not compared: no exchange rate for GBP "
            "([currencies] rates in storecheck.toml)") in shop["statement"], shop["statement"]
    assert shop["ours"] is None and shop["difference"] is None
