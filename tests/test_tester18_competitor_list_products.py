"""tester18: a bookshop's competitor delisted "A Hora da Estrela" in a complete crawl. `score` and the
report then counted its range as 9 products, but `competitor list` still said 10: it counted every
product ever stored, the delisted one included, and a competitor with no web shop showed a product
for a shelf price noted in words on a visit, where `score` said 0. `competitor list` now counts the
range as `score` and the report do: what the competitor lists now (a partial or failed crawl delists
nothing), shelf checks apart."""

from __future__ import annotations

import datetime as dt
import re
from datetime import UTC
from pathlib import Path

from conftest import record_crawl
from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer


def _row(output: str, name: str) -> list[str]:
    line = next(line for line in output.splitlines() if name in line)
    return [cell.strip() for cell in re.split(r"[│┃]", line) if cell.strip()]


def test_competitor_list_counts_the_range_score_counts(workspace, tmp_path: Path):
    workspace.add_competitor("Estante Virtual", "https://estante.example/")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    books = [Offer(key=f"ev-{n}", name=name, price="30", currency="EUR", in_stock=True)
             for n, name in enumerate(["Dom Casmurro", "O Cortiço", "A Hora da Estrela"])]
    record_crawl(engine, workspace, books, now - dt.timedelta(days=14), competitor="Estante Virtual")
    record_crawl(engine, workspace, books[:2], now - dt.timedelta(days=7), competitor="Estante Virtual")
    # A partial crawl that read one book delists nothing.
    record_crawl(engine, workspace, books[:1], now - dt.timedelta(days=1), status="partial", competitor="Estante Virtual")
    (tmp_path / "visits.csv").write_text("competitor,store,visited_at,visitor\nSebo do Centro,Praça da Sé,"
                                         f"{(now - dt.timedelta(days=2)):%Y-%m-%d %H:%M},João\n", encoding="utf-8")
    (tmp_path / "checks.csv").write_text('visit_row,sku,product,price\n2,,O Cortiço (usado),"12,00"\n', encoding="utf-8")
    for args in (("competitor", "add", "Sebo do Centro"),
                 ("visit", "import", str(tmp_path / "visits.csv"), "--price-checks", str(tmp_path / "checks.csv"))):
        assert cli_run(workspace, *args).exit_code == 0

    score = cli_run(workspace, "score")
    assert _row(score.output, "Estante Virtual")[2] == "2" and _row(score.output, "Sebo do Centro")[2] == "0", score.output
    listed = cli_run(workspace, "competitor", "list")
    assert listed.exit_code == 0, listed.output
    # Before: 3 (the delisted book counted) and 1 (the shelf check).
    assert _row(listed.output, "Estante Virtual")[3] == "2", listed.output
    assert _row(listed.output, "Sebo do Centro")[3] == "0", listed.output
