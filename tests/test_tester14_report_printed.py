"""tester14: the report printed. On paper a table cannot scroll sideways: the pairs table (11
columns, headings that do not wrap) and the range table laid out 1,039 and 1,259 px wide in an A4
page's 688, so Chromium printed the whole report shrunk to about half its size to fit them. In
print, headings now wrap and long words break, and every table fits the page."""

from __future__ import annotations

import pytest
from test_alerts import cli_run

# A4 at 96 px an inch is 794 px wide; the report's @page margins are 1.4 cm a side (53 px each).
A4_CONTENT = 688


@pytest.fixture
def report(workspace, tmp_path):
    assert cli_run(workspace, "competitor", "add", "Riverside Supermarkets").exit_code == 0
    (tmp_path / "ours.csv").write_text(
        "sku,name,brand,category,price\n"
        "C1,Arabica coffee beans medium roast 1 kg,Bean Company,Hot drinks and breakfast,12.00\n"
        "T1,Organic green tea 20 bags,Leaf & Cup,Hot drinks and breakfast,3.00\n"
        "M1,Whole milk pasteurised 1 l,Dairy Farmers Cooperative,Dairy and chilled,1.20\n", encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
    (tmp_path / "offers.csv").write_text(
        "key,name,brand,category,price,regular_price\n"
        "a,Arabica coffee beans medium roast 1 kg,Bean Company,Hot drinks and breakfast,11.00,13.50\n"
        "b,Organic green tea 20 bags,Leaf & Cup,Hot drinks and breakfast,3.20,\n"
        "c,Whole milk pasteurised 1 l,Dairy Farmers Cooperative,Dairy and chilled,1.10,\n"
        "d,Extra virgin olive oil cold pressed 1 l,Mediterranean Groves Estate,Oils vinegars and condiments,7.00,\n"
        "e,Sparkling mineral water 6 x 1.5 l,Mountain Springs International,Soft drinks and waters,3.50,\n",
        encoding="utf-8")
    result = cli_run(workspace, "offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Riverside Supermarkets")
    assert result.exit_code == 0, result.output
    assert cli_run(workspace, "match").exit_code == 0
    path = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(path)).exit_code == 0
    return path


def test_every_table_fits_a_printed_page(report, browser):
    page = browser.new_page(viewport={"width": A4_CONTENT, "height": 1000})
    page.goto(report.as_uri())
    page.emulate_media(media="print")
    wide = page.evaluate("""(width) => Array.from(document.querySelectorAll('table'))
        .filter(t => t.getBoundingClientRect().width > 0 && t.getBoundingClientRect().right > width + 1)
        .map(t => t.id + ' ' + Math.round(t.getBoundingClientRect().right))""", A4_CONTENT)
    assert wide == [], wide
    # Nothing else pushes the page wider either (what Chromium shrinks a printed page by).
    assert page.evaluate("document.documentElement.scrollWidth") <= A4_CONTENT + 1
    # On screen the headings still keep to one line.
    page.emulate_media(media="screen")
    assert page.evaluate("getComputedStyle(document.querySelector('thead th')).whiteSpace") == "nowrap"
    page.close()
