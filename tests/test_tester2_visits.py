"""A second tester's pass over visits as staff record them: photos from phones, through
`visit import` and the report that embeds them."""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime

from bs4 import BeautifulSoup
from click.testing import CliRunner
from PIL import Image

from storecheck.cli import cli
from test_visits import GOOD_ROWS, make_visit_workspace, write_csv


def _phone_photo(width: int, height: int, orientation: int) -> bytes:
    """A JPEG as a phone camera writes it: the sensor's pixels landscape, and an EXIF
    Orientation tag saying how to turn them for display."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_a_phone_photo_taken_upright_is_embedded_upright_in_the_report(workspace, tmp_path):
    # A phone held upright stores a landscape JPEG with Orientation 6 (turn 90 degrees). The report's
    # thumbnail ignored the tag, so every photo of a shelf taken upright showed lying on its side.
    ws = make_visit_workspace(workspace)
    (tmp_path / "shelf.png").write_bytes(_phone_photo(400, 300, orientation=6))
    path = write_csv(tmp_path / "visits.csv", [GOOD_ROWS[0]])
    result = CliRunner().invoke(cli, ["visit", "import", str(path), "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(out), "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output
    [img] = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select("p.visit-photos img")
    data = base64.b64decode(img["src"].removeprefix("data:image/jpeg;base64,"))
    with Image.open(io.BytesIO(data)) as thumb:
        assert thumb.height > thumb.width, thumb.size  # upright, as the phone showed it


def _visit_at(workspace, tmp_path, written: str):
    from sqlalchemy import select

    from storecheck import db

    row = list(GOOD_ROWS[1])
    row[2] = written
    path = write_csv(tmp_path / "visits.csv", [row])
    result = CliRunner().invoke(cli, ["visit", "import", str(path), "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    with db.open_database(workspace.database_url).connect() as conn:
        return conn.execute(select(db.visits.c.visited_at)).scalar_one()


def test_a_slash_date_in_a_us_shop_is_month_first(tmp_path):
    # "03/02/2025 17:00" from a shop pricing in USD (March 2, as promotion dates there are read) was
    # stored as 3 February, a month off, without a word.
    from storecheck.cli import init_workspace

    ws = make_visit_workspace(init_workspace(tmp_path / "us", shop_name="US Shop", currency="USD"))
    assert _visit_at(ws, tmp_path, "03/02/2025 17:00") == datetime(2025, 3, 2, 17, 0).astimezone(UTC)


def test_a_us_visit_time_with_pm_is_read(tmp_path):
    from storecheck.cli import init_workspace

    ws = make_visit_workspace(init_workspace(tmp_path / "us", shop_name="US Shop", currency="USD"))
    assert _visit_at(ws, tmp_path, "3/2/2025 5:00 PM") == datetime(2025, 3, 2, 17, 0).astimezone(UTC)


def test_a_slash_date_elsewhere_stays_day_first(workspace, tmp_path):
    ws = make_visit_workspace(workspace)  # a shop pricing in EUR
    assert _visit_at(ws, tmp_path, "03/02/2025 17:00") == datetime(2025, 2, 3, 17, 0).astimezone(UTC)


def test_a_shop_pricing_in_usd_outside_the_us_sets_its_date_order(tmp_path):
    # Review R14: the currency stands in for the staff's date order; Ecuador or Panama price in USD
    # and write day first, so the order can be set.
    from storecheck.cli import init_workspace

    ws = init_workspace(tmp_path / "ec", shop_name="Quito Shop", currency="USD")
    text = ws.config_path.read_text(encoding="utf-8").replace('currency = "USD"', 'currency = "USD"\ndate_order = "day-first"', 1)
    ws.config_path.write_text(text, encoding="utf-8")
    ws = make_visit_workspace(ws)
    assert _visit_at(ws, tmp_path, "03/02/2025 17:00") == datetime(2025, 2, 3, 17, 0).astimezone(UTC)
