"""Two people's shelf checks of one product on one day (leftover of tester19).

Optik Dünyası, an optician in Kadıköy with no web shop, is visited on the same afternoon by Ayşe and
by Mehmet. Both check the shelf price of the Ray-Ban Wayfarer we sell at 4,250 TL: Ayşe writes the
tag whole, 3.612,50 TL, was 4.250,00 (15% off); Mehmet, 40 minutes later, writes only 3.612,50.
The later check without the was-price was stored as the product's current state, "promotion over",
and the regular-price index read 117.6 where the tag said 100.0 (and the promotion share lost it),
though nothing on the shelf had changed. A person's silence about the was-price is not a price
change: both checks are kept as written, and the day's promotion is read from whoever saw it.
"""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC

import pytest
from test_alerts import cli_run

from storecheck import db
from storecheck.models import OwnProduct

SHOP = "Optik Dünyası"


def _setup(workspace):
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('currency = "EUR"', 'currency = "TRY"', 1)
                    + f'\n[[competitors]]\nname = "{SHOP}"\n[[competitors.stores]]\nname = "Kadıköy"\n',
                    encoding="utf-8")
    with db.open_database(workspace.database_url).begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="GZ-110", name="Ray-Ban RB2140 Wayfarer 50 mm", brand="Ray-Ban",
                                                 price="4250.00", currency="TRY")])


def _visit(who: str, when: dt.datetime, check: str) -> str:
    return (f"- competitor: {SHOP}\n  store: Kadıköy\n  visited_at: {when:%Y-%m-%d %H:%M}\n  visitor: {who}\n"
            f"  currency: TRY\n  price_checks:\n    - {check}\n")


AYSE = '{sku: GZ-110, price: "3.612,50", regular_price: "4.250,00", promotion: "percent_off: %15 indirim"}'
MEHMET = '{sku: GZ-110, price: "3.612,50"}'


@pytest.mark.parametrize("order", ["as seen", "the later one imported first"])
def test_a_later_check_without_the_was_price_keeps_the_day_s_promotion(workspace, tmp_path, order):
    _setup(workspace)
    day = (dt.datetime.now(UTC) - dt.timedelta(days=1)).astimezone().replace(hour=14, minute=0, second=0, microsecond=0)
    visits = [_visit("Ayşe", day, AYSE), _visit("Mehmet", day + dt.timedelta(minutes=40), MEHMET)]
    files = []
    for n, text in enumerate(visits if order == "as seen" else visits[::-1]):
        files.append(tmp_path / f"visit-{n}.yaml")
        files[-1].write_text(text, encoding="utf-8")
    for file in files:
        result = cli_run(workspace, "visit", "import", str(file))
        assert result.exit_code == 0, result.output
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    card = next(c for c in json.loads(result.output)["competitors"] if c["name"] == SHOP)
    assert card["price_index"] == pytest.approx(117.6, abs=0.05), card
    # Before: 117.6 on regular prices too, as if the promotion had ended at 14:40.
    assert card["price_index_regular"] == pytest.approx(100.0, abs=0.05), card
    # Each person's check is kept as written.
    out = tmp_path / "checks.csv"
    assert cli_run(workspace, "export", "visit-price-checks", str(out)).exit_code == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 3, rows


def test_a_check_on_another_day_without_the_was_price_still_ends_the_promotion(workspace, tmp_path):
    """A guard: the week after, a tag without a was-price is the promotion over."""
    _setup(workspace)
    first = (dt.datetime.now(UTC) - dt.timedelta(days=8)).astimezone().replace(hour=14, minute=0, second=0, microsecond=0)
    for n, text in enumerate([_visit("Ayşe", first, AYSE), _visit("Mehmet", first + dt.timedelta(days=7), MEHMET)]):
        path = tmp_path / f"visit-{n}.yaml"
        path.write_text(text, encoding="utf-8")
        assert cli_run(workspace, "visit", "import", str(path)).exit_code == 0
    card = next(c for c in json.loads(cli_run(workspace, "score", "--json").output)["competitors"] if c["name"] == SHOP)
    assert card["price_index_regular"] == pytest.approx(117.6, abs=0.05), card


def test_the_report_names_whose_check_noted_the_was_price(workspace, tmp_path):
    """The figures keep Ayşe's was-price for the day; the report's two views of that afternoon listed
    her promotion and the scores each gave, but not that only she noted the tag's was-price, the
    difference the figures rest on."""
    from bs4 import BeautifulSoup

    _setup(workspace)
    day = (dt.datetime.now(UTC) - dt.timedelta(days=1)).astimezone().replace(hour=14, minute=0, second=0, microsecond=0)
    path = tmp_path / "visits.yaml"
    path.write_text(_visit("Ayşe", day, AYSE) + _visit("Mehmet", day + dt.timedelta(minutes=40), MEHMET), encoding="utf-8")
    assert cli_run(workspace, "visit", "import", str(path)).exit_code == 0
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    text = " ".join(BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find(id="visits").get_text(" ").split())
    assert "only Ayşe noted the was-price of GZ-110: 4250.00 TRY" in text, text


def test_a_shelf_price_change_between_visits_reads_as_an_amount(workspace, tmp_path):
    """Found beside the was-price above: "shelf price of GZ-110 3612.5000 → 3490.0000", the four places
    the database keeps, where every other amount of the report has two."""
    from bs4 import BeautifulSoup

    _setup(workspace)
    first = (dt.datetime.now(UTC) - dt.timedelta(days=8)).astimezone().replace(hour=14, minute=0, second=0, microsecond=0)
    path = tmp_path / "visits.yaml"
    path.write_text(_visit("Ayşe", first, MEHMET) + _visit("Ayşe", first + dt.timedelta(days=7),
                                                           '{sku: GZ-110, price: "3.490,00"}'), encoding="utf-8")
    assert cli_run(workspace, "visit", "import", str(path)).exit_code == 0
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    text = " ".join(BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find(id="visits").get_text(" ").split())
    assert "shelf price of GZ-110 3612.50 TRY → 3490.00 TRY" in text, text
