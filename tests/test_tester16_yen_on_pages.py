"""tester16: `storecheck serve` wrote a yen price with cents. A DIY shop's Japanese competitor, its
offers imported in JPY: the product page listed "19,800.00 JPY" for a drill, and the review queue and
visits pages wrote every amount with two places whatever its currency, where the report writes
"19,800 JPY" (a yen has no cents; a Bahraini dinar has three places). The pages now write each amount
with its currency's places, as the report does."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

from storecheck.web.app import create_app

CATALOGUE = "sku,name,brand,category,mpn,price\nBR-DRILL,Perceuse visseuse 18V Bosch GSR 18V-21,Bosch,Outillage,GSR 18V-21,135.00\n"
OFFERS = "key,name,brand,mpn,price,currency\nY-2,ボッシュ 18V コードレスドライバードリル GSR 18V-21,Bosch,GSR 18V-21,19800,JPY\n"


def test_the_product_page_writes_yen_without_cents(workspace, tmp_path: Path, monkeypatch):
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    (tmp_path / "ours.csv").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "offers.csv").write_text(OFFERS, encoding="utf-8")
    config = workspace.config_path
    config.write_text(config.read_text(encoding="utf-8") + "\n[currencies]\nrates = { JPY = 0.0062 }\n", encoding="utf-8")
    for args in (("catalogue", "import", str(tmp_path / "ours.csv")), ("competitor", "add", "ホームセンター山田"),
                 ("offers", "import", str(tmp_path / "offers.csv"), "--competitor", "ホームセンター山田"), ("match",)):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output
    from storecheck.config import Workspace

    page = create_app(Workspace(workspace.path)).test_client().get("/products/BR-DRILL")
    assert page.status_code == 200
    cells = [td.get_text(" ", strip=True) for td in BeautifulSoup(page.text, "html.parser").select("main table td")]
    assert "19,800 JPY" in cells, cells  # before: "19,800.00 JPY"
    said = BeautifulSoup(page.text, "html.parser").select_one("main p.muted").get_text(" ", strip=True)
    assert "our price 135.00 EUR" in said, said


def test_amounts_keep_their_currency_s_places():
    from reports.render import amount

    assert amount(Decimal("19800.0000"), "JPY") == "19,800"
    assert amount(Decimal("1.2345"), "BHD") == "1.235"
    assert amount(Decimal("135"), "EUR") == "135.00"
    assert amount(None, "EUR") == "—"
