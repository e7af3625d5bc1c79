"""tester16: the Store visits section's tables on a phone. Per competitor and per store, 16 and 17
columns (scores, footfall, ticket and takings on all days, normal days and holidays): at 375 px they
were 3,168 and 3,035 px wide, a store manager scrolling sideways across ten screens to find a shop's
holiday footfall. Below 600 px each row is now a block of "label value" pairs (the table's own
headings), as What to copy's and the comparisons' rows are; wider screens and paper keep the tables."""

from __future__ import annotations

from test_tester16_comparisons_on_phone import report  # noqa: F401  (the fixture)
from test_tester16_copy_on_phone import PHONE_SE


def _layout(browser, path, viewport: dict) -> list[dict]:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(path.as_uri())
    layout = page.evaluate("""() => [...document.querySelectorAll('#visits table[id^="visits-table-"]')].map(table => {
      const wrap = table.closest('.table-wrap');
      const footfall = [...table.querySelectorAll('tbody td')].find(td => td.dataset.label === 'footfall per hour');
      return {id: table.id, wrap: wrap.clientWidth, scroll: wrap.scrollWidth,
              label: footfall ? getComputedStyle(footfall, '::before').content : null,
              display: getComputedStyle(table.querySelector('tbody tr')).display};
    })""")
    context.close()
    return layout


def test_the_visit_tables_fit_a_phone_with_each_figure_named(report, browser):  # noqa: F811
    tables = _layout(browser, report, PHONE_SE)
    assert len(tables) == 2, tables
    for table in tables:
        assert table["scroll"] <= table["wrap"], tables  # before: 3,168 px in 343
        assert table["label"] == '"footfall per hour "', tables


def test_on_a_wide_screen_they_stay_tables(report, browser):  # noqa: F811
    tables = _layout(browser, report, {"width": 1280, "height": 900})
    assert [t["display"] for t in tables] == ["table-row", "table-row"], tables
