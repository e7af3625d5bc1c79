"""A second tester's pass over visits as staff record them: photos from phones, through
`visit import` and the report that embeds them."""

from __future__ import annotations

import base64
import io

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
