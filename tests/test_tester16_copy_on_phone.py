"""tester16 (last session's leftover): What to copy, the report's first table, on a phone. At 375 px
its six columns each got about 100 px: the evidence of a price item (a sentence and three examples)
wrapped into a column 113 px wide, so rows stood 600 to 1,070 px tall (eleven rows of a DIY shop's
report: 7,400 px) in a box that also scrolled sideways to 557 px. On a narrow screen each item is now
a block of its own: rank, competitor, area and impact on a line, the advantage and its evidence under
them across the whole width. On a wide screen and on paper it stays a table."""

from __future__ import annotations

import pytest
from test_alerts import cli_run
from test_tester16_thin_price import CATALOGUE

PHONE_SE = {"width": 375, "height": 667}
OFFERS = """key,name,brand,category,price,regular_price,promotion
a,Scie égoïne Bahco 500 mm lame trempée,Bahco,Outillage à main,19.90,,
b,Marteau de charpentier 600 g Stanley manche graphite,Stanley,Outillage à main,16.90,18.90,Promo -10% jusqu'au 30 novembre
c,Mètre ruban Stanley PowerLock 5 m boîtier ABS,Stanley,Outillage à main,12.90,,
d,Tournevis isolé 1000 V Wera Kraftform jeu de 6,Wera,Outillage à main,39.90,,
"""


@pytest.fixture
def report(workspace, tmp_path):
    (tmp_path / "catalogue.csv").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "offers.csv").write_text(OFFERS, encoding="utf-8")
    for args in (("catalogue", "import", str(tmp_path / "catalogue.csv")), ("competitor", "add", "Outils Express"),
                 ("offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Outils Express"), ("match",)):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output
    path = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(path)).exit_code == 0
    return path


def _layout(browser, path, viewport: dict) -> dict:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(path.as_uri())
    layout = page.evaluate("""() => {
      const table = document.querySelector('#what-to-copy-table');
      const wrap = table.closest('.table-wrap');
      const rows = [...table.querySelectorAll('tr.copy-item')];
      const width = el => el.getBoundingClientRect().width;
      return {wrap: wrap.clientWidth, scroll: wrap.scrollWidth, rows: rows.length,
              evidence: rows.map(r => width(r.querySelector('td.evidence'))),
              advantage: rows.map(r => width(r.querySelector('td.advantage'))),
              display: getComputedStyle(rows[0]).display};
    }""")
    context.close()
    return layout


def test_what_to_copy_reads_as_one_block_an_item_on_a_phone(report, browser):
    layout = _layout(browser, report, PHONE_SE)
    assert layout["rows"] >= 3, layout
    # Before: the box scrolled sideways (557 px in 343) and the evidence was a column about 113 px wide.
    assert layout["scroll"] <= layout["wrap"], layout
    assert min(layout["evidence"]) >= 0.9 * layout["wrap"] and min(layout["advantage"]) >= 0.9 * layout["wrap"], layout


def test_on_a_wide_screen_it_stays_a_table(report, browser):
    layout = _layout(browser, report, {"width": 1280, "height": 900})
    assert layout["display"] == "table-row" and max(layout["evidence"]) < 0.6 * layout["wrap"], layout
