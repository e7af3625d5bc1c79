"""tester18: a São Paulo bookshop's store managers wrote their visit sheet in Portuguese, the
holiday column "sim" (15 November, Proclamação da República) and "não". `visit import` refused
every row: "line 2, column 'holiday': 'não' is not yes/no". The yes/no words were English, German,
French and Spanish ones only; the words of the languages the project's shops write (Portuguese,
Italian, Dutch, the Scandinavian ones, Polish, Czech, Finnish, Turkish, Russian, ...) are read now,
in visit files and in an offers file's `in_stock` alike. A word that is no yes or no still names
its row and column."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_alerts import cli_run

from storecheck.cli import init_workspace
from storecheck.models import parse_bool

VISITS = """competitor,store,visited_at,visitor,footfall_count,footfall_minutes,holiday
Livraria Paulista,Pinheiros,04/11/2026 15:00,Ana Beatriz,30,20,não
Livraria Paulista,Pinheiros,15/11/2026 11:00,Ana Beatriz,50,20,Sim
Livraria Paulista,Pinheiros,16/11/2026 11:00,Ana Beatriz,40,20,NAO
"""


def test_a_visit_sheet_in_portuguese_says_which_days_were_holidays(tmp_path: Path):
    workspace = init_workspace(tmp_path / "ws", shop_name="Livraria Paulista", currency="BRL")
    assert cli_run(workspace, "store", "add", "--ours", "Pinheiros").exit_code == 0
    (tmp_path / "visitas.csv").write_text(VISITS, encoding="utf-8")
    result = cli_run(workspace, "visit", "import", str(tmp_path / "visitas.csv"))
    # Before: "line 2, column 'holiday': 'não' is not yes/no", and nothing imported.
    assert result.exit_code == 0, result.output
    assert cli_run(workspace, "export", "visits", str(tmp_path / "visits.csv")).exit_code == 0
    with (tmp_path / "visits.csv").open(encoding="utf-8") as f:
        holidays = {row["visited_at"][:10]: row["holiday"] for row in csv.DictReader(f)}
    assert holidays == {"2026-11-04": "False", "2026-11-15": "True", "2026-11-16": "False"}, holidays


@pytest.mark.parametrize("word, meaning", [("sim", True), ("não", False), ("nao", False), ("sì", True),
                                           ("nee", False), ("nej", False), ("nei", False), ("tak", True),
                                           ("nie", False), ("ano", True), ("ne", False), ("kyllä", True),
                                           ("ei", False), ("evet", True), ("hayır", False), ("да", True),
                                           ("нет", False), ("igen", True), ("nem", False)])
def test_yes_and_no_as_the_shops_languages_write_them(word, meaning):
    assert parse_bool(word) is meaning
    assert parse_bool(word.upper()) is meaning


def test_a_word_that_is_neither_still_names_itself():
    with pytest.raises(ValueError, match="'talvez' is not yes/no"):
        parse_bool("talvez")
