"""tester21: Łukasz noted at the market stall the price of our tomato seeds by their sku, OG-007, as the
form asks ("Product (our sku or words)"). The visit page then said "our OG-007 2.50 PLN" and the report's
visit "Shelf prices: OG-007 2.50 PLN; ZOO-110 5.50 PLN": codes of our till, no product a reader of the
report (or the visitor, a week later) can name. A shelf check of our sku is shown with our product's
name beside the sku."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run
from test_web import form, token_of


def test_the_visit_page_names_our_product_checked_by_sku(client):
    answer = client.post("/visits/new", data=form(csrf_token=token_of(client)), content_type="multipart/form-data")
    assert answer.status_code == 303, answer.status_code
    soup = BeautifulSoup(client.get(answer.headers["Location"]).text, "html.parser")
    rows = [tr.get_text(" ", strip=True) for tr in soup.find_all("tr") if "SKU1" in tr.get_text()]
    # Before: "our SKU1 1.79 EUR ...", the product unnamed.
    assert rows and rows[0].startswith("Spaghetti 500 g our SKU1"), rows


def test_the_reports_visits_name_our_product_checked_by_sku(workspace, tmp_path: Path):
    (tmp_path / "ours.csv").write_text("sku;name;price\nOG-007;Nasiona pomidor Malinowy Ożarowski;3,49\n", encoding="utf-8")
    (tmp_path / "visits.csv").write_text("competitor;store;visited_at;visitor\nStragan;Rynek;01.11.2026 10:30;Łukasz\n",
                                         encoding="utf-8")
    (tmp_path / "checks.csv").write_text("visit_row;sku;product;price\n2;OG-007;;2,50\n2;;Siano dla królika 1 kg;8\n",
                                         encoding="utf-8")
    for args in (("catalogue", "import", str(tmp_path / "ours.csv")), ("competitor", "add", "Stragan"),
                 ("visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv")),
                 ("report", "-o", str(tmp_path / "report.html"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output
    soup = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    checks = soup.select_one(".visit-checks").get_text(" ", strip=True)
    # Before: "Shelf prices: OG-007 2.50 EUR; Siano dla królika 1 kg 8.00 EUR".
    assert checks.startswith("Shelf prices: Nasiona pomidor Malinowy Ożarowski (OG-007) €2.50"), checks
    assert "Siano dla królika 1 kg €8.00" in checks, checks
