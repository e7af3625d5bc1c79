"""How old the prices of a competitor with no web shop are.

Found on an Istanbul optician's report: Lens Dünyası has no web shop, and a category manager
imports a file of its prices (`offers import`). Its price index counted in the Summary, but its
card read "Last crawl none: no web shop, visited only" (nobody had visited it) and Data health
left it out: nothing in the report said where its prices came from or how old they were, so a
file imported months ago would read as today's prices. Optik Dünyası, priced by shelf checks
only, was left out of Data health the same way.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from test_alerts import cli_run

from storecheck import db
from storecheck.models import OwnProduct


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_data_health_and_the_card_say_where_a_shop_without_a_web_shop_is_priced_from(workspace, tmp_path):
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('currency = "EUR"', 'currency = "TRY"', 1)
                    + '\n[[competitors]]\nname = "Lens Dünyası"\n'
                    + '\n[[competitors]]\nname = "Optik Dünyası"\n[[competitors.stores]]\nname = "Kadıköy Çarşı"\n',
                    encoding="utf-8")
    with db.open_database(workspace.database_url).begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="GZ-210", name="Acuvue Oasys 6 Adet Lens", brand="Acuvue",
                                                 gtin="00733321234563", price="1099.00", currency="TRY"),
                                      OwnProduct(sku="GZ-110", name="Ray-Ban RB2140 Wayfarer 50mm", brand="Ray-Ban",
                                                 price="4250.00", currency="TRY")])
    offers = tmp_path / "lens.csv"
    offers.write_text("key;name;brand;gtin;price\nL-1;Acuvue Oasys 6lı Lens;Acuvue;0733321234563;1.049,90 TL\n",
                      encoding="utf-8")
    assert cli_run(workspace, "offers", "import", str(offers), "--competitor", "Lens Dünyası").exit_code == 0
    visit = tmp_path / "visit.yaml"
    visit.write_text("- competitor: Optik Dünyası\n  store: Kadıköy Çarşı\n  visited_at: 2026-11-10 14:00\n"
                     "  visitor: Ayşe\n  price_checks:\n    - {sku: GZ-110, price: '3.612,50'}\n", encoding="utf-8")
    assert cli_run(workspace, "visit", "import", str(visit)).exit_code == 0
    assert cli_run(workspace, "match").exit_code == 0
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    rows = {_flat(tr.select("td")[0].get_text()): [_flat(td.get_text(" ")) for td in tr.select("td")]
            for tr in soup.select("#health tbody tr")}
    # Before: neither shop had a row ("No crawl runs recorded.").
    assert rows["Lens Dünyası"][1] == "imported file" and rows["Lens Dünyası"][9] != "—", rows
    assert rows["Optik Dünyası"][1] == "shelf checks" and rows["Optik Dünyası"][9] != "—", rows
    cards = {c.get("data-competitor"): _flat(c.get_text(" ", strip=True)) for c in soup.select("#summary article.card")}
    # Before: "Last crawl none: no web shop, visited only" on both, and no date.
    assert "visited only" not in cards["Lens Dünyası"], cards["Lens Dünyası"]
    assert "no web shop; prices from a file imported" in cards["Lens Dünyası"], cards["Lens Dünyası"]
    assert "no web shop, visited only; the latest shelf price on 2026-11-10" in cards["Optik Dünyası"], cards


def test_competitor_list_says_when_a_file_priced_shop_was_imported(workspace, tmp_path):
    """The list said "never" under "last crawl" for Lens Dünyası, as for a shop never priced at all."""
    workspace.add_competitor("Lens Dünyası", None)
    offers = tmp_path / "lens.csv"
    offers.write_text("key;name;price\nL-1;Acuvue Oasys 6lı Lens;1.049,90\n", encoding="utf-8")
    assert cli_run(workspace, "offers", "import", str(offers), "--competitor", "Lens Dünyası").exit_code == 0
    listed = _flat(cli_run(workspace, "competitor", "list").output)
    assert "none (no web shop; file imported 20" in listed, listed
