"""tester14: names built into the report's sentences were isolated by runs, not whole (tester13's
item): a store named "فرع 2" in "staff hospitality 5.0 at Corner Shop's فرع 2 against 2.0 in ours"
showed its digit on the sentence's side, right of its letters, where the name reads it left of
them. Sentences now put each name whole between FSI and PDI where they are built
(`storecheck.text_direction.named`), and the report keeps such a pair as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from test_tester13_report_rtl import _positions
from test_visits_report import run
from test_visits_stores import own_shop_workspace

from reports.bidi import FSI, PDI, isolate_rtl
from storecheck.config import Workspace
from storecheck.text_direction import named

STORE = "فرع 2"
VISITS = f"""
- competitor: Corner Shop
  store: {STORE}
  visited_at: 2025-03-01 10:00
  visitor: أحمد
  scores: {{environment: 4, display: 4, hospitality: 5}}
  promotions: ["3 for 2 on pasta"]
- competitor: Corner Shop
  store: {STORE}
  visited_at: 2025-03-01 16:00
  visitor: Bob
  scores: {{environment: 4, display: 4, hospitality: 5}}
- competitor: Test Shop
  store: Main Street
  visited_at: 2025-03-01 12:00
  visitor: Ann
  scores: {{environment: 3, display: 3, hospitality: 2}}
"""


@pytest.fixture
def report(workspace: Workspace, monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    ws = own_shop_workspace(workspace)
    run(ws, "store", "add", "Corner Shop", STORE)
    (tmp_path / "visits.yaml").write_text(VISITS, encoding="utf-8")
    run(ws, "visit", "import", str(tmp_path / "visits.yaml"))
    path = tmp_path / "report.html"
    run(Workspace(ws.path), "report", "-o", str(path))
    return path


def test_a_store_name_with_a_digit_keeps_it_in_the_sentences(report: Path, browser):
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    statement = next(td.get_text() for td in soup.select("tr.comparison td.statement")
                     if td.get_text().startswith("staff hospitality") and STORE in td.get_text())
    assert f"Corner Shop's {FSI}{STORE}{PDI} against" in statement, statement
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(report.as_uri())
    rows = page.locator("tr.comparison td.statement")
    at = next(n for n in range(rows.count()) if rows.nth(n).inner_text().startswith("staff hospitality")
              and STORE in rows.nth(n).inner_text())
    selector = f"tr.comparison:nth-child({at + 1}) td.statement"
    # "... at Corner Shop's [2 فرع] against ...": the digit left of the letters, the name right of "Shop's"
    # and left of "against". Before: the digit stood right of the letters, on the sentence's side.
    shop, letters, digit, against = _positions(page, selector, ["Shop's", "فرع", "2", "against"])
    assert digit[1] <= letters[0] + 1, (letters, digit)
    assert shop[1] <= digit[0] + 1 and letters[1] <= against[0] + 1, (shop, digit, letters, against)
    # The two views of one day name their visitors whole too.
    lines = [li.get_text() for li in soup.select(".visit-same-day li")]
    assert lines == [f"only {FSI}أحمد{PDI} noted the promotion: 3 for 2 on pasta"], lines
    page.close()


def test_a_named_pair_is_kept_and_the_rest_isolated_by_runs():
    sentence = f"hospitality at Rival's {named(STORE)} against 2.0; حليب طازج 1 لتر at 3.00"
    assert isolate_rtl(sentence) == f"hospitality at Rival's {FSI}{STORE}{PDI} against 2.0; {FSI}حليب طازج 1 لتر{PDI} at 3.00"
    # A name's own controls are taken out before it is wrapped; an unbalanced isolate in the rest goes.
    assert named("\u202eSpaghetti") == "Spaghetti" and named(f"\u2067{STORE}") == f"{FSI}{STORE}{PDI}"
    assert isolate_rtl(f"{named(STORE)} and \u2068open") == f"{FSI}{STORE}{PDI} and open"
    assert isolate_rtl(f"{FSI}\u202eevil{PDI} after") == "evil after"
