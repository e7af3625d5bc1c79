"""Amounts written as the user's locale writes them (tester21's F, faults8-10's "not done").

A Kraków garden centre's category manager read "3.49 PLN" and "1,299.00 PLN" in the report, the alerts and
the sentences of the exports, where a Polish reader writes "3,49 zł" and "1 299,00 zł" (and reads
"1,299" as one and three tenths). `[report] locale = "pl_PL"` now writes every amount for a person as
the CLDR has it for that locale; a workspace that sets nothing reads as before, and the numbers a program
reads (CSV columns) stay numbers.
"""

from __future__ import annotations

import csv
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run, set_notify

NBSP = "\xa0"
OURS = "sku;name;gtin;price;currency\nOG-007;Nasiona pomidor Malinowy;5901234123457;3,49;PLN\n" \
       "ZOO-101;Kosiarka spalinowa Stiga 46;4006381333931;1299,00;PLN\n"


def _offers(tmp_path: Path, seeds: str, mower: str) -> str:
    path = tmp_path / "offers.csv"
    path.write_text(f"key;name;gtin;price;currency\nS1;Nasiona pomidor Ożarowski;5901234123457;{seeds};PLN\n"
                    f"S2;Stiga Collector 46;4006381333931;{mower};PLN\n", encoding="utf-8")
    return str(path)


def _run(workspace, *args) -> str:
    result = cli_run(workspace, *args)
    assert result.exit_code == 0, result.output
    return result.output


def _garden_centre(workspace, tmp_path: Path, locale: str | None) -> None:
    path = workspace.config_path
    text = path.read_text(encoding="utf-8").replace('currency = "EUR"', 'currency = "PLN"', 1)
    path.write_text(text + (f'\n[report]\nlocale = "{locale}"\n' if locale else ""), encoding="utf-8")
    set_notify(workspace, '[notify]\nwebhooks = ["https://hooks.example/storecheck"]\n')
    (tmp_path / "ours.csv").write_text(OURS, encoding="utf-8")
    _run(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))
    _run(workspace, "competitor", "add", "Ogrodnik24")
    _run(workspace, "offers", "import", _offers(tmp_path, "2,99", "1249,00"), "--competitor", "Ogrodnik24")
    _run(workspace, "match")


def test_the_report_alerts_and_exports_write_amounts_as_a_polish_reader_does(workspace, tmp_path: Path):
    _garden_centre(workspace, tmp_path, "pl_PL")
    out = tmp_path / "report.html"
    _run(workspace, "report", "-o", str(out))
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    text = soup.get_text(" ")
    # Before: "3.49 PLN", "1,299.00 PLN".
    assert f"3,49{NBSP}zł" in text and f"1{NBSP}299,00{NBSP}zł" in text, text[:3000]
    assert "3.49 PLN" not in text and "1,299.00" not in text

    # A week later the seeds are cheaper: the price move and the undercut, in the alert and the changes export.
    _run(workspace, "offers", "import", _offers(tmp_path, "2,49", "1249,00"), "--competitor", "Ogrodnik24")
    sent = _run(workspace, "alerts", "send", "--dry-run")
    assert f"2,99{NBSP}zł → 2,49{NBSP}zł" in sent, sent
    assert "2.49 PLN" not in sent, sent
    _run(workspace, "export", "changes", str(tmp_path / "changes.csv"))
    with (tmp_path / "changes.csv").open(encoding="utf-8-sig", newline="") as handle:
        details = [row["detail"] for row in csv.DictReader(handle)]
    assert any(f"2,99{NBSP}zł → 2,49{NBSP}zł" in d for d in details), details

    # The numbers a program reads stay numbers.
    _run(workspace, "export", "price", str(tmp_path / "price.csv"))
    with (tmp_path / "price.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["sku"]: row for row in csv.DictReader(handle)}
    assert rows["OG-007"]["our_price"] in ("3.49", "3.4900") and rows["ZOO-101"]["our_price"] in ("1299.00", "1299.0000"), rows


def test_without_a_locale_amounts_read_as_they_always_did(workspace, tmp_path: Path):
    _garden_centre(workspace, tmp_path, None)
    _run(workspace, "report", "-o", str(tmp_path / "report.html"))
    _run(workspace, "offers", "import", _offers(tmp_path, "2,49", "1249,00"), "--competitor", "Ogrodnik24")
    sent = _run(workspace, "alerts", "send", "--dry-run")
    assert "2.99 PLN → 2.49 PLN" in sent, sent


def test_a_locale_nobody_knows_is_refused_naming_the_key(workspace, tmp_path: Path):
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + '\n[report]\nlocale = "pl_XX_klingon"\n', encoding="utf-8")
    result = cli_run(workspace, "score")
    assert result.exit_code != 0
    assert "report.locale" in result.output and "no locale the CLDR knows" in result.output, result.output


def test_the_writers_examples_hold():
    """The `>>>` examples of `storecheck.money.writing` are read as documentation: they must stay true."""
    import doctest

    from storecheck.money import writing

    failed, attempted = doctest.testmod(writing)
    assert (failed, attempted > 0) == (0, True)
