"""tester17: a store score of 4.25 read "4.2" in the sentences and "4.25" in the table beside them. Our
Kazimierz store scored hospitality 5 and 4 on two visits (4.5), Nowa Huta 4: our shop's 4.25, which the
Per competitor table gives as 4.25 and "Where they beat us" as "staff hospitality 5.0 at ... against 4.2
in ours" (Python's format rounds a half to even). By hand, and as every amount in the report is
rounded, 4.25 is 4.3; and a footfall of 77.5 an hour is 78 (it read 78, but 76.5 read 76)."""

from __future__ import annotations

from pathlib import Path

from test_alerts import cli_run

from benchmark.visits import _shown

VISITS = """competitor,store,visited_at,visitor,score_environment,score_display,score_hospitality
Test Shop,Kazimierz,2026-11-03 16:00,Agnieszka,4,4,5
Test Shop,Kazimierz,2026-11-11 12:00,Agnieszka,4,4,4
Test Shop,Nowa Huta,2026-11-04 11:00,김민준,3,3,4
Zoo Market,Rynek,2026-11-05 17:30,Agnieszka,5,4,5
"""


def test_a_score_of_four_and_a_quarter_reads_4_3_where_the_table_reads_4_25(workspace, tmp_path: Path):
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    for args in (("competitor", "add", "Zoo Market"), ("store", "add", "Zoo Market", "Rynek"),
                 ("store", "add", "--ours", "Kazimierz"), ("store", "add", "--ours", "Nowa Huta"),
                 ("visit", "import", str(tmp_path / "visits.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output
    text = cli_run(workspace, "score").output
    [line] = [line for line in text.splitlines() if "staff hospitality" in line]
    # Before: "staff hospitality 5.0 at Zoo Market against 4.2 in ours".
    assert "staff hospitality 5.0 at Zoo Market against 4.3 in ours" in line, line


def test_halves_round_up_as_amounts_do():
    assert [_shown("hospitality", v, None) for v in (4.25, 4.35, 3.75, 4.0)] == ["4.3", "4.4", "3.8", "4.0"]
    assert [_shown("footfall_per_hour", v, None) for v in (76.5, 77.5, 80.0)] == ["77", "78", "80"]
