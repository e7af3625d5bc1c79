"""tester21: a garden centre in Kraków read its report. A pet shop's "-10%" on Dentastix was "Promotions:
7% of their range is on promotion, 10% off on average (percent_off 1)" under Where they beat us,
"percent_off 1" in the Promotions table and "percent_off Dentastix -10%" among what staff saw, while the
visit form they had typed it in offers "percent off", What to copy says "percent off" and the Method
"percent off, amount off, multibuy ...". The program's key for a type is no word for an owner: every
sentence and label a person reads names the type in words (the data a script reads keeps the key)."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run
from test_web import form, token_of

OFFERS = """key;name;price;regular_price;currency;promotion
104;Dentastix Pedigree 7szt;9,89;10,99;PLN;-10%
105;Tetra Min 100ml;18,49;;PLN;
"""

VISITS = """competitor;store;visited_at;visitor;score_environment;promotions
Zoo-Ogród;Krakowska;04.11.2026 17:15;Łukasz;5;percent_off: Dentastix -10%
"""


def _workspace(workspace, tmp_path: Path) -> None:
    (tmp_path / "offers.csv").write_text(OFFERS, encoding="utf-8")
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    for args in (("competitor", "add", "Zoo-Ogród"), ("store", "add", "Zoo-Ogród", "Krakowska"),
                 ("offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Zoo-Ogród"),
                 ("visit", "import", str(tmp_path / "visits.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def test_where_they_beat_us_names_the_promotion_types_in_words(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    card = next(c for c in json.loads(result.output)["competitors"] if c["name"] == "Zoo-Ogród")
    promotions = [line for line in card["beats_us"] if line.startswith("Promotions: 50%")]
    # Before: "Promotions: 50% of their range is on promotion, 10% off on average (percent_off 1)."
    assert promotions == ["Promotions: 50% of their range is on promotion, 10% off on average (percent off: 1)."], \
        card["beats_us"]


def test_the_report_names_the_promotion_types_in_words(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    out = tmp_path / "report.html"
    result = cli_run(workspace, "report", "-o", str(out))
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    table = next(t for t in soup.find_all("table") if "mix" in [th.get_text(strip=True) for th in t.find_all("th")])
    mix = [td.get_text(strip=True) for td in table.find_all("td")]
    # Before: "percent_off 1" in the promotions table, "percent_off" before what staff saw.
    # ("percent off 1" read as a discount of 1%: review R3.)
    assert "percent off: 1" in mix, mix
    assert [s.get_text(strip=True) for s in soup.select(".promo-type")] == ["percent off"]
    assert "percent_off" not in soup.get_text(" ").split("Deepest current promotions")[0]


def test_export_promotions_keeps_the_keys_scripts_read(workspace, tmp_path: Path):
    """Review R3: `export promotions` writes the report's table, a file format scripts read."""
    _workspace(workspace, tmp_path)
    result = cli_run(workspace, "export", "promotions", str(tmp_path / "promotions.csv"))
    assert result.exit_code == 0, result.output
    assert "percent_off 1" in (tmp_path / "promotions.csv").read_text(encoding="utf-8")


def test_a_visit_page_names_the_promotion_types_in_words(client):
    answer = client.post("/visits/new", data=form(csrf_token=token_of(client), **{
        "promotions-0-text": "Dentastix -10%", "promotions-0-type": "percent_off",
        "price_checks-0-promotion": "-10%"}), content_type="multipart/form-data")
    assert answer.status_code == 303, answer.status_code
    page = BeautifulSoup(client.get(answer.headers["Location"]).text, "html.parser").get_text(" ")
    # Before: "Dentastix -10% (percent_off)", and the shelf check's promotion "-10% (percent_off)".
    assert "percent_off" not in page
    assert "(percent off)" in page
