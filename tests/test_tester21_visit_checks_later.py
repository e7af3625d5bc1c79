"""tester21: Łukasz imported December's visits file, then saw he had left out the shelf prices he noted
at the market stall and imported it again with `--price-checks`. storecheck said "Visits: 0 added, 2
already recorded." and stored none of them: the stall's seed price of 2.40 zł was in no figure, and
nothing said so (there is no command to delete a visit and record it again). A visit is recorded once,
but a file that gives the price checks a recorded visit lacks, the visit otherwise as recorded, gives
them to it; a file that describes a recorded visit otherwise is named, since its differences are not
stored."""

from __future__ import annotations

import json
from pathlib import Path

from test_alerts import cli_run

VISITS = """competitor;store;visited_at;visitor;duration_minutes;score_environment;notes
Stragan;Rynek Kleparski;02.12.2026 11:00;Łukasz;15;3;Mniej ludzi niż w listopadzie
"""
CHECKS = """visit_row;sku;product;price;regular_price;promotion
2;;Nasiona pomidor Malinowy Ożarowski;2,40;;
2;;Znicz szklany duży;6;;
"""


def _workspace(workspace, tmp_path: Path) -> None:
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    (tmp_path / "checks.csv").write_text(CHECKS, encoding="utf-8")
    for args in (("competitor", "add", "Stragan"), ("store", "add", "Stragan", "Rynek Kleparski")):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def test_price_checks_given_later_join_the_visit_recorded_without_them(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    first = cli_run(workspace, "visit", "import", str(tmp_path / "visits.csv"))
    assert first.exit_code == 0 and "1 added" in first.output, first.output
    again = cli_run(workspace, "visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv"))
    assert again.exit_code == 0, again.output
    # Before: "Visits: 0 added, 1 already recorded." and no price check stored.
    assert "0 added, 1 already recorded" in again.output, again.output
    assert "2 price checks added to 1 of them" in again.output, again.output
    export = cli_run(workspace, "export", "visit-price-checks", str(tmp_path / "out.csv"))
    assert export.exit_code == 0, export.output
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "Znicz szklany duży" in text and "Nasiona pomidor Malinowy Ożarowski" in text, text
    # The shelf prices are the stall's prices now, as if they had come with the visit.
    score = json.loads(cli_run(workspace, "score", "--json").output)
    assert [c["matched"] for c in score["competitors"] if c["name"] == "Stragan"] == [0]
    assert cli_run(workspace, "export", "offers", str(tmp_path / "offers.csv")).exit_code == 0
    assert "Znicz szklany duży" in (tmp_path / "offers.csv").read_text(encoding="utf-8")
    # And a third import changes nothing: the checks are recorded once.
    third = cli_run(workspace, "visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv"))
    assert third.exit_code == 0 and "price checks added" not in third.output, third.output
    export = cli_run(workspace, "export", "visit-price-checks", str(tmp_path / "out.csv"))
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("Znicz szklany duży") == 1


def test_a_file_that_describes_a_recorded_visit_otherwise_is_named(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    assert cli_run(workspace, "visit", "import", str(tmp_path / "visits.csv")).exit_code == 0
    (tmp_path / "visits.csv").write_text(VISITS.replace(";15;3;", ";15;4;"), encoding="utf-8")
    again = cli_run(workspace, "visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv"))
    assert again.exit_code == 0, again.output
    # Before: only "Visits: 0 added, 1 already recorded.": the new score and the checks were dropped unsaid.
    assert "line 2" in again.output and "already recorded" in again.output, again.output
    assert "left as recorded" in again.output and "figures" in again.output, again.output
    assert "price checks added" not in again.output, again.output
    export = cli_run(workspace, "export", "visit-price-checks", str(tmp_path / "out.csv"))
    assert export.exit_code == 0
    assert "Znicz" not in (tmp_path / "out.csv").read_text(encoding="utf-8")
