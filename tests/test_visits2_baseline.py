"""Store figures a manager can trust: a store's visits first, then stores alike, on both
sides; every figure with the stores and visits it rests on; footfall that says when it was
counted; holidays, currencies, N/A and closed stores kept apart. Numbers worked by hand."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from decimal import Decimal

import pandas as pd
import pytest

from benchmark.visits import compare_with_ours, count_window, store_scorecards

COLUMNS = ["visit_id", "competitor", "store", "visited_at", "footfall_count", "footfall_minutes", "holiday",
           "average_ticket", "average_ticket_source", "currency", "score_environment", "score_display",
           "score_hospitality"]


@pytest.fixture(autouse=True)
def utc_clock(monkeypatch):
    # Footfall windows are read in local time: pin it, so the hours below are the same on every machine.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def frame(*visits: dict) -> pd.DataFrame:
    rows = []
    for i, v in enumerate(visits, 1):
        rows.append({"visit_id": i, "visited_at": datetime(2025, 3, 4, 10, tzinfo=UTC), "footfall_count": None,
                     "footfall_minutes": None, "holiday": False, "average_ticket": None,
                     "average_ticket_source": None, "currency": "EUR", "score_environment": None,
                     "score_display": None, "score_hospitality": None} | v)
    return pd.DataFrame(rows, columns=COLUMNS)


def hosp(competitor: str, store: str, score: int | None, **extra) -> dict:
    return {"competitor": competitor, "store": store, "score_hospitality": score} | extra


def row(rows: list[dict], *, store: str | None = None, measure: str, days: str = "all") -> dict:
    [found] = [r for r in rows if r["store"] == store and r["measure"] == measure and r["days"] == days]
    return found


def test_our_store_visited_most_does_not_outweigh_the_others():
    """Big Store scored 5 on three visits, Small Store 2 on one. Pooled, ours was (5+5+5+2)/4 = 4.25
    and a rival at 4.0 read as below our stores; store by store ours is (5+2)/2 = 3.5."""
    visits = frame(hosp("Us", "Big Store", 5), hosp("Us", "Big Store", 5), hosp("Us", "Big Store", 5),
                   hosp("Us", "Small Store", 2), hosp("Rival", "High Street", 4), hosp("Rival", "High Street", 4))
    cards = store_scorecards(visits)
    ours = next(c for c in cards["competitors"] if c["competitor"] == "Us")
    assert ours["hospitality"] == pytest.approx(3.5)
    assert (ours["stores"], ours["visits"], ours["hospitality_stores"], ours["hospitality_scored"]) == (2, 4, 2, 4)
    rows = compare_with_ours(cards, "Us")
    shop = row(rows, measure="hospitality")
    assert shop["ours"] == pytest.approx(3.5) and shop["difference"] == pytest.approx(0.5)
    assert shop["statement"] == ("staff hospitality 4.0 at Rival against 3.5 in ours (1 store, 2 visits there on 2025-03-04; "
                                 "2 stores, 4 visits in ours on 2025-03-04)")
    assert not shop["thin"] and (shop["their_stores"], shop["our_stores"]) == (1, 2)


def test_their_store_visited_ten_times_does_not_outweigh_one_visited_once():
    """Store A scored 2 on ten visits, store B 5 on one: the competitor is (2+5)/2 = 3.5, not 25/11 = 2.27;
    store B's own row rests on one visit and says so."""
    visits = frame(*[hosp("Rival", "A", 2)] * 10, hosp("Rival", "B", 5), hosp("Us", "Main", 3), hosp("Us", "Main", 3))
    rows = compare_with_ours(store_scorecards(visits), "Us")
    shop = row(rows, measure="hospitality")
    assert shop["theirs"] == pytest.approx(3.5) and shop["difference"] == pytest.approx(0.5)
    assert "(2 stores, 11 visits there on 2025-03-04; 1 store, 2 visits in ours on 2025-03-04)" in shop["statement"] and not shop["thin"]
    b = row(rows, store="B", measure="hospitality")
    assert b["thin"] and b["statement"].endswith("; thin: rests on one visit")
    assert not row(rows, store="A", measure="hospitality")["thin"]


def test_footfall_ticket_and_takings_are_means_of_stores():
    """A: 60 in 30 min (120/h), ticket 10; A again 20 in 30 min, ticket 20: A is 80 in 60 min = 80/h, ticket 15,
    takings 1,200. B: 30 in 15 min = 120/h, ticket 30, takings 3,600. Rival: footfall (80+120)/2 = 100/h,
    ticket (15+30)/2 = 22.50, takings (1,200+3,600)/2 = 2,400 (a mean of stores' estimates, labelled one)."""
    visits = frame(
        {"competitor": "Rival", "store": "A", "footfall_count": 60, "footfall_minutes": 30, "average_ticket": Decimal(10)},
        {"competitor": "Rival", "store": "A", "footfall_count": 20, "footfall_minutes": 30, "average_ticket": Decimal(20)},
        {"competitor": "Rival", "store": "B", "footfall_count": 30, "footfall_minutes": 15, "average_ticket": Decimal(30)},
    )
    cards = store_scorecards(visits)
    a = next(s for s in cards["stores"] if s["store"] == "A")
    assert a["footfall_per_hour"] == pytest.approx(80) and a["average_ticket"] == Decimal("15.00")
    assert a["estimated_takings_per_hour"] == Decimal("1200.00")
    [rival] = cards["competitors"]
    assert rival["footfall_per_hour"] == pytest.approx(100) and rival["average_ticket"] == Decimal("22.50")
    assert rival["estimated_takings_per_hour"] == Decimal("2400.00") and rival["estimate"] is True
    assert (rival["footfall_stores"], rival["footfall_visits"], rival["ticket_stores"]) == (2, 3, 2)


def test_footfall_says_when_it_was_counted_and_whether_like_with_like():
    saturday_noon = datetime(2025, 3, 8, 12, tzinfo=UTC)
    tuesday_morning = datetime(2025, 3, 4, 9, tzinfo=UTC)
    theirs = {"competitor": "Rival", "store": "High Street", "footfall_count": 200, "footfall_minutes": 60,
              "visited_at": saturday_noon}
    ours_tuesday = {"competitor": "Us", "store": "Main", "footfall_count": 40, "footfall_minutes": 60,
                    "visited_at": tuesday_morning}
    rows = compare_with_ours(store_scorecards(frame(theirs, ours_tuesday)), "Us")
    shop = row(rows, measure="footfall_per_hour")
    assert shop["like_with_like"] is False
    assert shop["statement"] == ("footfall per hour 200 at Rival against 40 in ours (1 store, 1 visit there on 2025-03-08; "
                                 "1 store, 1 visit in ours on 2025-03-04); counted Sat 12:00-13:00, ours Tue 09:00-10:00 (no common kind of "
                                 "day and hour: not like with like); thin: rests on one visit")
    # Our store counted on a Saturday too, from 12:30: a common Saturday noon hour.
    ours_saturday = ours_tuesday | {"visited_at": datetime(2025, 3, 15, 12, 30, tzinfo=UTC)}
    rows = compare_with_ours(store_scorecards(frame(theirs, ours_tuesday, ours_saturday)), "Us")
    shop = row(rows, measure="footfall_per_hour")
    assert shop["like_with_like"] is True and "not like with like" not in shop["statement"]
    assert "ours Tue 09:00-10:00, Sat 12:30-13:30" in shop["statement"]
    # Scores carry no hours.
    assert row(rows, measure="footfall_per_hour")["like_with_like"] is True


def test_a_count_across_midnight_covers_both_days():
    window = count_window(datetime(2025, 3, 8, 23, 30, tzinfo=UTC), 60)  # a Saturday
    assert window["words"] == "Sat 23:30-00:30 (Sun)"
    assert window["slots"] == {("Saturday", 23), ("Sunday", 0)}
    assert count_window(datetime(2025, 3, 8, 23, 0, tzinfo=UTC), 60)["words"] == "Sat 23:00-00:00"
    late = {"competitor": "Rival", "store": "Night", "footfall_count": 30, "footfall_minutes": 60,
            "visited_at": datetime(2025, 3, 8, 23, 30, tzinfo=UTC)}
    sunday = {"competitor": "Us", "store": "Main", "footfall_count": 10, "footfall_minutes": 30,
              "visited_at": datetime(2025, 3, 9, 0, 0, tzinfo=UTC)}
    shop = row(compare_with_ours(store_scorecards(frame(late, sunday)), "Us"), measure="footfall_per_hour")
    assert shop["like_with_like"] is True  # both counted in Sunday's first hour
    assert shop["theirs"] == pytest.approx(30) and shop["ours"] == pytest.approx(20)


def test_holidays_without_a_holiday_visit_to_ours_have_no_baseline():
    visits = frame(hosp("Rival", "A", 5, holiday=True), hosp("Rival", "A", 3), hosp("Us", "Main", 4))
    rows = compare_with_ours(store_scorecards(visits), "Us")
    holiday = row(rows, measure="hospitality", days="holiday")
    # Never our normal days' 4.0 standing in for a holiday figure.
    assert holiday["ours"] is None and "against no figure yet in ours" in holiday["statement"]
    assert row(rows, measure="hospitality", days="normal")["ours"] == pytest.approx(4)
    # Their side with no holiday visit has no holiday row at all.
    visits = frame(hosp("Rival", "A", 3), hosp("Us", "Main", 4, holiday=True))
    rows = compare_with_ours(store_scorecards(visits), "Us")
    assert not [r for r in rows if r["days"] == "holiday"]


def test_tickets_in_another_currency_are_never_mixed():
    visits = frame(
        {"competitor": "Rival", "store": "London", "average_ticket": Decimal(10), "currency": "GBP"},
        {"competitor": "Rival", "store": "Paris", "average_ticket": Decimal(30), "currency": "EUR"},
        {"competitor": "Other", "store": "Dover", "average_ticket": Decimal(12), "currency": "GBP"},
        {"competitor": "Us", "store": "Main", "average_ticket": Decimal(20), "currency": "EUR"},
    )
    cards = store_scorecards(visits)
    rival = next(c for c in cards["competitors"] if c["competitor"] == "Rival")
    assert rival["average_ticket"] is None and rival["mixed_currencies"] and rival["currency"] is None
    rows = compare_with_ours(cards, "Us")
    assert row(rows, store="Paris", measure="average_ticket")["difference"] == Decimal(10)
    assert row(rows, store="London", measure="average_ticket")["ours"] is None
    dover = row(rows, store="Dover", measure="average_ticket")
    # Ours is there, in another currency: not "no figure yet in ours" (tester11).
    assert dover["ours"] is None and dover["statement"].startswith(
        "average ticket 12.00 GBP at Other's Dover; ours 20.00 EUR is not compared: no exchange rate for GBP")
    # With the rate the price figures use, theirs is converted into ours.
    rows = compare_with_ours(cards, "Us", rates={"GBP": Decimal("1.17"), "EUR": Decimal(1)})
    dover = row(rows, store="Dover", measure="average_ticket")
    assert dover["theirs"] == Decimal("14.04") and dover["difference"] == Decimal("-5.96")
    assert dover["statement"].startswith("average ticket 14.04 EUR (12.00 GBP at 1.17) at Other's Dover against 20.00 EUR")


def test_na_scores_are_never_counted_as_zero():
    """A scored hospitality 4; B gave N/A on both visits. The competitor is 4.0 from one store, not (4+0)/2."""
    visits = frame(hosp("Rival", "A", 4), hosp("Rival", "B", None), hosp("Rival", "B", None), hosp("Us", "Main", 4))
    cards = store_scorecards(visits)
    rival = next(c for c in cards["competitors"] if c["competitor"] == "Rival")
    assert rival["hospitality"] == pytest.approx(4) and (rival["hospitality_stores"], rival["hospitality_scored"]) == (1, 1)
    b = next(s for s in cards["stores"] if s["store"] == "B")
    assert b["hospitality"] is None
    rows = compare_with_ours(cards, "Us")
    assert not [r for r in rows if r["store"] == "B" and r["measure"] == "hospitality"]
    assert "(1 store, 1 visit there on 2025-03-04; 1 store, 1 visit in ours on 2025-03-04)" in row(rows, measure="hospitality")["statement"]


def test_a_store_closed_for_good_keeps_its_visits_but_is_not_mixed_into_now():
    visits = frame(hosp("Rival", "Old Town", 1), hosp("Rival", "Old Town", 1), hosp("Rival", "High Street", 5),
                   hosp("Us", "Main", 3), hosp("Us", "Shut", 1))
    closed = {("Rival", "Old Town"): date(2025, 6, 30), ("us", "shut"): date(2025, 1, 31)}
    cards = store_scorecards(visits, closed=closed)
    old = next(s for s in cards["stores"] if s["store"] == "Old Town")
    assert old["closed"] == date(2025, 6, 30) and old["visits"] == 2 and old["hospitality"] == pytest.approx(1)
    rival = next(c for c in cards["competitors"] if c["competitor"] == "Rival")
    assert rival["hospitality"] == pytest.approx(5) and rival["stores"] == 1
    ours = next(c for c in cards["competitors"] if c["competitor"] == "Us")
    assert ours["hospitality"] == pytest.approx(3) and ours["stores"] == 1
    rows = compare_with_ours(cards, "Us")
    assert {r["store"] for r in rows} == {None, "High Street"}
    # Every store of a competitor closed: nothing of it "now".
    cards = store_scorecards(visits, closed=closed | {("Rival", "High Street"): date(2025, 7, 1)})
    assert [c["competitor"] for c in cards["competitors"]] == ["Us"]
    assert not compare_with_ours(cards, "Us")


def test_closed_in_storecheck_toml_reaches_the_report(workspace, tmp_path):
    """`closed = 2025-06-30` on a store in storecheck.toml: its visits stay in its own row and
    timeline, and the competitor's figures are its open stores'."""
    from click.testing import CliRunner

    from shared_fixtures import make_visit_workspace
    from storecheck import analysis, db
    from storecheck.cli import cli
    from storecheck.config import Workspace

    ws = make_visit_workspace(workspace)
    text = ws.config_path.read_text(encoding="utf-8")
    text = text.replace('name = "Station"\n', 'name = "Station"\nclosed = 2025-06-30\n')
    text = text.replace('name = "High Street"\n', 'name = "High Street"\ntime_zone = "Pacific/Auckland"\n')
    ws.config_path.write_text(text, encoding="utf-8")
    rows = ["competitor,store,visited_at,score_hospitality,footfall_count,footfall_minutes",
            "Rival,Station,2025-03-01 10:00,1,,", "Rival,Station,2025-03-08 10:00,1,,", "Rival,High Street,2025-03-02T10:00Z,5,30,60"]
    (tmp_path / "visits.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output
    config = Workspace(ws.path).config
    context = analysis.report_context(db.open_database(ws.database_url), config)
    [rival] = [r for r in context["visits"]["Per competitor"] if r["competitor"] == "Rival"]
    assert rival["hospitality"] == pytest.approx(5)
    station = next(r for r in context["visits"]["Per store"] if r["store"] == "Station")
    assert station["closed"] == date(2025, 6, 30) and station["visits"] == 2
    timeline = next(t for t in context["visit_details"]["timelines"] if t["store"] == "Station")
    assert len(timeline["visits"]) == 2
    assert all(r["store"] != "Station" for r in context["visit_details"]["comparisons"])
    # 10:00 UTC on Sunday 2 March is 23:00 in Auckland: the store's own clock, from its time_zone.
    footfall = next(r for r in context["visit_details"]["comparisons"] if r["measure"] == "footfall_per_hour")
    assert "counted Sun 23:00-00:00" in footfall["statement"]


@pytest.mark.parametrize("machine", ["UTC", "Pacific/Auckland", "America/New_York"])
def test_footfall_hours_are_read_on_the_store_s_clock_wherever_the_report_is_made(monkeypatch, machine):
    """A Saturday-noon count in Auckland is stored as Friday 23:00 UTC. Read on the clock of the
    machine making the report, a server in UTC filed it as a Friday-night weekday count (review R2);
    with the store's zone set, every machine reads Saturday noon."""
    monkeypatch.setenv("TZ", machine)
    time.tzset()
    auckland = {"competitor": "Rival", "store": "Ponsonby", "footfall_count": 90, "footfall_minutes": 60,
                "visited_at": datetime(2025, 3, 7, 23, 0, tzinfo=UTC)}
    ours = {"competitor": "Us", "store": "Queen Street", "footfall_count": 60, "footfall_minutes": 60,
            "visited_at": datetime(2025, 3, 14, 23, 30, tzinfo=UTC)}
    cards = store_scorecards(frame(auckland, ours), default_zone="Pacific/Auckland")
    ponsonby = next(s for s in cards["stores"] if s["store"] == "Ponsonby")
    assert ponsonby["footfall_windows"] == ["Sat 12:00-13:00"] and ponsonby["footfall_slots"] == {("Saturday", 12)}
    shop = row(compare_with_ours(cards, "Us"), measure="footfall_per_hour")
    assert shop["like_with_like"] is True and "counted Sat 12:00-13:00, ours Sat 12:30-13:30" in shop["statement"]
    # A store of theirs abroad on its own clock, beside the shop's.
    london = auckland | {"store": "London", "visited_at": datetime(2025, 3, 8, 12, 0, tzinfo=UTC)}
    cards = store_scorecards(frame(auckland, london), zones={("Rival", "London"): "Europe/London"},
                             default_zone="Pacific/Auckland")
    assert next(s for s in cards["stores"] if s["store"] == "London")["footfall_windows"] == ["Sat 12:00-13:00"]


def test_a_store_s_time_zone_in_storecheck_toml_is_checked():
    from storecheck.config import Shop, Store

    assert Store(name="London", time_zone="Europe/London").time_zone == "Europe/London"
    with pytest.raises(ValueError, match="'Europe/Lndon' is no time zone; give an IANA name such as Europe/Paris"):
        Store(name="London", time_zone="Europe/Lndon")
    with pytest.raises(ValueError, match="is no time zone"):
        Shop(time_zone="GMT+25")


def test_a_visit_after_a_store_closed_for_good_is_refused_naming_the_day(workspace, tmp_path):
    from click.testing import CliRunner

    from shared_fixtures import make_visit_workspace
    from storecheck.cli import cli

    ws = make_visit_workspace(workspace)
    text = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(text.replace('name = "Station"\n', 'name = "Station"\nclosed = 2025-06-30\n'), encoding="utf-8")
    (tmp_path / "visits.csv").write_text("competitor,store,visited_at\nRival,Station,2025-06-30 17:00\n"
                                         "Rival,Station,2025-07-02 10:00\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(ws.path)])
    assert result.exit_code == 1
    assert "line 3, column 'visited_at': Station closed for good on 2025-06-30 (storecheck.toml); a visit on 2025-07-02" \
        in result.output
    assert "line 2" not in result.output  # its last day is still its own


def test_a_store_s_last_day_is_a_day_on_its_own_clock(workspace, tmp_path):
    # Review R14: the closing day was compared with the visit's UTC date, so a Los Angeles store's
    # visit at 20:00 on its last day (04:00 the next day in UTC) was refused as after it closed.
    from click.testing import CliRunner

    from shared_fixtures import make_visit_workspace
    from storecheck.cli import cli

    ws = make_visit_workspace(workspace)
    text = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(text.replace('name = "Station"\n', 'name = "Station"\nclosed = 2025-06-30\n'
                                                                 'time_zone = "America/Los_Angeles"\n'),
                              encoding="utf-8")
    (tmp_path / "visits.csv").write_text("competitor,store,visited_at\nRival,Station,2025-06-30T20:00-07:00\n"
                                         "Rival,Station,2025-07-01T09:00-07:00\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(ws.path)])
    assert "line 3, column 'visited_at': Station closed for good on 2025-06-30 (storecheck.toml); a visit on 2025-07-01" \
        in result.output, result.output
    assert "line 2" not in result.output, result.output
