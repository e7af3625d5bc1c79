"""tester16: "Against our own stores" on a phone. Eight columns at 375 px left the sentence that says
what each figure rests on ("staff hospitality 4.5 at כלי עבודה against 3.5 in ours (2 stores, 3 visits
there, ...)") about 100 px: a DIY shop's 38 rows stood up to 644 px tall each, in a box scrolling
sideways to 702 px. Below 600 px each row is now a block, as What to copy is: competitor, store,
measure, days, theirs, ours and the difference on a line or two, the sentence across the width."""

from __future__ import annotations

import pytest
from test_tester16_copy_on_phone import PHONE_SE
from test_tester16_takings_basis import _workspace


@pytest.fixture
def report(workspace, tmp_path):
    from test_alerts import cli_run

    _workspace(workspace, tmp_path)
    path = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(path)).exit_code == 0
    return path


def _layout(browser, path, viewport: dict) -> dict:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(path.as_uri())
    layout = page.evaluate("""() => {
      const table = document.querySelector('#visit-comparison-table');
      const wrap = table.closest('.table-wrap');
      const rows = [...table.querySelectorAll('tbody tr')];
      return {wrap: wrap.clientWidth, scroll: wrap.scrollWidth, rows: rows.length,
              statement: rows.map(r => r.querySelector('td.statement').getBoundingClientRect().width),
              theirs: getComputedStyle(rows[0].querySelector('td.theirs'), '::before').content,
              display: getComputedStyle(rows[0]).display};
    }""")
    context.close()
    return layout


def test_against_our_stores_reads_as_one_block_a_row_on_a_phone(report, browser):
    layout = _layout(browser, report, PHONE_SE)
    assert layout["rows"] >= 5, layout
    assert layout["scroll"] <= layout["wrap"], layout  # before: 702 px of table in a 343 px box
    assert min(layout["statement"]) >= 0.9 * layout["wrap"], layout
    assert layout["theirs"] == '"theirs "', layout  # a figure without its heading says which it is


def test_on_a_wide_screen_it_stays_a_table(report, browser):
    layout = _layout(browser, report, {"width": 1280, "height": 900})
    assert layout["display"] == "table-row" and layout["theirs"] in ("none", "normal"), layout
