"""tester14: the same store visited by two people on one day. Bob's afternoon visit listed
"promotion no longer seen: 3 for 2 on pasta" and "shopping environment 4 → 2" against Ann's visit
that morning: true of the notes, but read as a change in the store. Now another person's visit
that day stands beside it as a second view (each difference named by whom), the change is told
since the latest visit of an earlier day, and the report says whose visit that is."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from test_visits_report import run

from benchmark.visits import store_timelines
from storecheck.config import Workspace
from test_visits_stores import own_shop_workspace

VISITS = """
- competitor: Corner Shop
  store: Market Street
  visited_at: 2025-03-01 11:00
  visitor: Carl
  scores: {environment: 4, display: 4, hospitality: 4}
  promotions: ["3 for 2 on pasta"]
- competitor: Corner Shop
  store: Market Street
  visited_at: 2025-03-08 09:30
  visitor: Ann
  scores: {environment: 4, display: 4, hospitality: 4}
  promotions: ["3 for 2 on pasta", "Card price on coffee"]
- competitor: Corner Shop
  store: Market Street
  visited_at: 2025-03-08 15:00
  visitor: Bob
  scores: {environment: 2, display: 4, hospitality: 4}
  promotions: ["Card price on coffee"]
- competitor: Corner Shop
  store: Market Street
  visited_at: 2025-03-08 18:00
  visitor: ann
  scores: {environment: 3, display: 4, hospitality: 4}
  promotions: ["Card price on coffee"]
"""


@pytest.fixture
def ws(workspace: Workspace, monkeypatch) -> Workspace:
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    workspace = own_shop_workspace(workspace)
    run(workspace, "store", "add", "Corner Shop", "Market Street")
    return Workspace(workspace.path)


def _visits_of(report: Path) -> dict[str, BeautifulSoup]:
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    store = soup.select_one('article.store-visits[data-store="Market Street"]')
    return {v.select_one(".visit-meta").get_text(" ", strip=True).split(" · ")[1]: v for v in store.select("div.visit")}


def _lines(block) -> list[str]:
    return [li.get_text(" ", strip=True) for li in block.select("li")] if block else []


def test_a_second_persons_visit_that_day_is_a_second_view_not_a_change(ws: Workspace, tmp_path: Path):
    path = tmp_path / "visits.yaml"
    path.write_text(VISITS, encoding="utf-8")
    run(ws, "visit", "import", str(path))
    report = tmp_path / "report.html"
    run(ws, "report", "-o", str(report))
    visits = _visits_of(report)

    bob = visits["Bob"]
    # Not told as a change in the store: Ann saw the pasta offer that morning and Bob did not.
    changes = bob.select_one(".visit-changes")
    assert "promotion no longer seen: 3 for 2 on pasta" in _lines(changes)  # since Carl's, a week before
    assert "shopping environment 4 → 2" in _lines(changes)
    # ... and the change is since Carl's visit of 1 March, named as such.
    assert "Carl, 2025-03-01" in changes.select_one(".compared-with").get_text()
    beside = bob.select(".visit-same-day")
    assert len(beside) == 1
    head = beside[0].select_one("strong").get_text(" ", strip=True)
    assert head.startswith("Beside Ann’s visit the same day, 2025-03-08")
    assert "not a change" in beside[0].get_text()
    assert _lines(beside[0]) == ["only Ann noted the promotion: 3 for 2 on pasta", "shopping environment: 4 by Ann, 2 by Bob"]

    # Ann again that evening: one pair of eyes seeing the store change is a change, told since her
    # own morning visit (her name written in another case is the same person); Bob's beside it.
    evening = visits["ann"]
    assert "Ann, 2025-03-08" in evening.select_one(".visit-changes .compared-with").get_text()
    assert _lines(evening.select_one(".visit-changes")) == ["promotion no longer seen: 3 for 2 on pasta",
                                                            "shopping environment 4 → 3"]
    assert [b.select_one("strong").get_text(" ", strip=True).split(" the same day")[0]
            for b in evening.select(".visit-same-day")] == ["Beside Bob’s visit"]
    # Ann's morning visit is compared with Carl's, with no second view: nobody was there before her that day.
    morning = visits["Ann"]
    assert not morning.select(".visit-same-day")
    assert _lines(morning.select_one(".visit-changes")) == ["new promotion: Card price on coffee"]


def _frame(*visits: tuple[int, datetime, str | None]) -> pd.DataFrame:
    return pd.DataFrame([{"visit_id": n, "competitor": "Rival", "store": "High Street", "visited_at": when,
                          "visitor": who, "score_environment": 3} for n, when, who in visits])


def test_the_same_day_is_the_stores_day_and_an_unnamed_visitor_may_be_anyone():
    late, early = datetime(2025, 3, 8, 23, 30, tzinfo=UTC), datetime(2025, 3, 9, 0, 30, tzinfo=UTC)
    visits = _frame((1, late, "Ann"), (2, early, "Bob"))
    [utc] = store_timelines(visits, {}, default_zone="UTC")
    assert utc["visits"][0]["same_day"] == [] and utc["visits"][0]["compared_with"]["visitor"] == "Ann"
    # In Berlin both are past midnight of 9 March: one day, two views.
    [berlin] = store_timelines(visits, {}, zones={("Rival", "High Street"): "Europe/Berlin"})
    latest = berlin["visits"][0]
    assert latest["changes"] is None and latest["compared_with"] is None
    assert [v["visitor"] for v in latest["same_day"]] == ["Ann"]
    # Two visits without a visitor's name on one day: not known to be one person's, so two views.
    [unnamed] = store_timelines(_frame((1, late, None), (2, late.replace(hour=20), None)), {}, default_zone="UTC")
    assert unnamed["visits"][0]["changes"] is None and len(unnamed["visits"][0]["same_day"]) == 1
