"""A visits spreadsheet as a store manager fills it in Excel, and photos from a phone:
what an outside tester's pass found, each case read through `visit import`."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from shared_fixtures import make_visit_workspace
from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace

HEADER = ["competitor", "store", "visited_at", "footfall_count", "footfall_minutes", "average_ticket",
          "average_ticket_source", "score_environment", "score_display", "score_hospitality"]


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    return make_visit_workspace(workspace)


def run(ws: Workspace, *args: str):
    return CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)])


def workbook(path: Path, rows: list[list], *, merge: str | None = None, sheets: dict[str, list[list]] | None = None,
             epoch_1904: bool = False) -> Path:
    book = openpyxl.Workbook()
    if epoch_1904:
        book.epoch = openpyxl.utils.datetime.MAC_EPOCH
    sheet = book.active
    sheet.title = "Visits"
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    for title, extra in (sheets or {}).items():
        more = book.create_sheet(title)
        for row in extra:
            more.append(row)
    book.save(path)
    return path


def stored(ws: Workspace) -> list[dict]:
    v, s = db.visits, db.stores
    with db.open_database(ws.database_url).connect() as conn:
        return [dict(r) for r in conn.execute(select(v, s.c.name.label("store")).join(s).order_by(v.c.visited_at)).mappings()]


def test_a_visit_time_as_an_excel_serial_number_is_read_as_that_time(ws: Workspace, tmp_path: Path, monkeypatch):
    """A visited_at column formatted as a number shows 45717.4375: Excel's day 45717 (2025-03-01) at
    10:30. It was refused as "not a date and time", and the whole file with it."""
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    try:
        path = workbook(tmp_path / "serial.xlsx", [HEADER, ["Rival", "High Street", 45717.4375, 30, 15, 12.5, "till", 4, 3, 5]])
        result = run(ws, "visit", "import", str(path))
        assert result.exit_code == 0, result.output
        # The same day in a workbook counting from 1904 (Excel for Mac's old dates) is 44255.4375.
        path = workbook(tmp_path / "mac.xlsx", [HEADER, ["Rival", "Station", 44255.4375, 30, 15, 12.5, "till", 4, 3, 5]],
                        epoch_1904=True)
        result = run(ws, "visit", "import", str(path))
        assert result.exit_code == 0, result.output
        (tmp_path / "serial.csv").write_text(",".join(HEADER) + "\nRival,High Street,45718.75,30,15,12.5,till,4,3,5\n",
                                             encoding="utf-8")
        result = run(ws, "visit", "import", str(tmp_path / "serial.csv"))
        assert result.exit_code == 0, result.output
        times = [(r["store"], r["visited_at"].replace(tzinfo=UTC)) for r in stored(ws)]
        assert times == [("High Street", datetime(2025, 3, 1, 10, 30, tzinfo=UTC)),
                         ("Station", datetime(2025, 3, 1, 10, 30, tzinfo=UTC)),
                         ("High Street", datetime(2025, 3, 2, 18, 0, tzinfo=UTC))]
        # A serial with no time of day is a date cell: refused as a date without a time is.
        path = workbook(tmp_path / "day.xlsx", [HEADER, ["Rival", "High Street", 45720, 30, 15, 12.5, "till", 4, 3, 5]])
        result = run(ws, "visit", "import", str(path))
        assert result.exit_code == 1 and "2025-03-04 has no time of day" in result.output
    finally:
        monkeypatch.undo()
        time.tzset()


def test_na_and_a_dash_leave_a_figure_empty_as_they_do_a_score(ws: Workspace, tmp_path: Path):
    """A manager writes "-" or "n/a" where nothing was counted; scores took them, footfall and ticket refused them."""
    path = workbook(tmp_path / "na.xlsx", [HEADER, ["Rival", "High Street", "2025-03-01 10:30", "-", "–", "n/a", "-", "n/a", "-", "N/A"],
                                           ["Rival", "Station", "2025-03-01 11:30", 20, "n/a", None, None, 4, None, None]])
    result = run(ws, "visit", "import", str(path))
    # A count without its minutes is still named, "n/a" minutes or none.
    assert result.exit_code == 1 and "row 3, column 'footfall_minutes'" in result.output
    assert "row 2" not in result.output
    result = run(ws, "visit", "import", str(path), "--skip-invalid")
    assert result.exit_code == 0, result.output
    [visit] = stored(ws)
    assert [visit[k] for k in ("footfall_count", "footfall_minutes", "average_ticket", "average_ticket_source",
                               "score_environment", "score_display", "score_hospitality")] == [None] * 7


def test_merged_cells_read_as_the_value_shown_on_every_row(ws: Workspace, tmp_path: Path):
    """The competitor and store merged down over a store's visits: only the first cell holds the value,
    and the other rows were refused with "Input should be a valid string"."""
    rows = [HEADER, ["Rival", "Station", "2025-03-02 10:30", 30, 15, 12.5, "till", 4, 3, 5],
            [None, None, "2025-03-03 10:30", 20, 15, 11, "till", 4, 3, 5],
            [None, "High Street", "2025-03-04 10:30", 20, 15, 11, "till", 4, 3, 5]]
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B2:B3")
    book.save(tmp_path / "merged.xlsx")
    result = run(ws, "visit", "import", str(tmp_path / "merged.xlsx"))
    assert result.exit_code == 0, result.output
    assert [r["store"] for r in stored(ws)] == ["Station", "Station", "High Street"]


def test_a_sheet_merging_cells_past_the_bound_is_refused_naming_it(ws: Workspace, tmp_path: Path, monkeypatch):
    """Review R10: the merged ranges were collected without a bound; a few MB zipped can hold millions."""
    from storecheck.catalogue import workbooks

    monkeypatch.setattr(workbooks, "MAX_MERGED_RANGES", 2)
    rows = [HEADER] + [["Rival", "Station", f"2025-03-0{day} 10:30", 30, 15, 12.5, "till", 4, 3, 5] for day in range(1, 8)]
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for first in (2, 4, 6):
        book.active.merge_cells(f"A{first}:A{first + 1}")
    book.save(tmp_path / "many.xlsx")
    result = run(ws, "visit", "import", str(tmp_path / "many.xlsx"))
    assert result.exit_code == 1 and "sheet 'Sheet' merges more than 2 ranges of cells" in result.output


def test_a_second_sheet_that_holds_no_price_checks_is_left_alone_and_said(ws: Workspace, tmp_path: Path):
    """A workbook with an instructions sheet second was read as price checks: "None is not the row
    number of a visit", and nothing was imported."""
    path = workbook(tmp_path / "notes.xlsx", [HEADER, ["Rival", "High Street", "2025-03-04 10:30", 30, 15, 12.5, "till", 4, 3, 5]],
                    sheets={"Instructions": [["How to fill in this sheet"], ["Scores are 1-5"]]})
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "sheet 'Instructions' ignored" in result.output
    assert len(stored(ws)) == 1
    # A second sheet with price checks' columns, whatever its name, is read as price checks.
    path = workbook(tmp_path / "checks.xlsx", [HEADER, ["Rival", "Station", "2025-03-05 10:30", 30, 15, 12.5, "till", 4, 3, 5]],
                    sheets={"Sheet2": [["visit_row", "product", "price"], [2, "Pesto 190 g", 2.49]]})
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    with db.open_database(ws.database_url).connect() as conn:
        prices = conn.execute(select(db.visit_price_checks.c.price)).scalars().all()
    assert prices == [Decimal("2.49")]


HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64


def test_an_iphone_heic_photo_is_named_with_what_to_do(ws: Workspace, tmp_path: Path):
    (tmp_path / "IMG_0001.HEIC").write_bytes(HEIC)
    path = workbook(tmp_path / "heic.xlsx", [HEADER + ["photos"],
                                             ["Rival", "High Street", "2025-03-06 10:30", 30, 15, 12.5, "till", 4, 3, 5, "IMG_0001.HEIC"]])
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 1
    assert "a HEIC photo (an iPhone's format)" in result.output and "JPEG" in result.output


def phone_photo(path: Path, size: tuple[int, int] = (4000, 3000), orientation: int | None = 6) -> Path:
    """A JPEG as a phone writes it: mild noise (it compresses as little as a real shot) at full quality, with an EXIF
    orientation tag; about 1 MB per megapixel."""
    from PIL import Image

    image = Image.effect_noise(size, 20).convert("RGB")
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", quality=100, exif=exif.tobytes())
    return path


def test_a_phone_photo_over_the_limit_is_shrunk_to_fit_not_refused(ws: Workspace, tmp_path: Path):
    """A 12 MB JPEG from a phone (the limit is 8 MB) was refused, so a manager could not attach the
    photos the phone takes. It is stored as a JPEG within the limit, turned upright."""
    from PIL import Image

    photo = phone_photo(tmp_path / "IMG_0004.JPG")
    assert 8_000_000 < photo.stat().st_size < 32_000_000
    path = workbook(tmp_path / "photo.xlsx", [HEADER + ["photos"], ["Rival", "High Street", "2025-03-06 10:30", 30, 15,
                                                                    12.5, "till", 4, 3, 5, "IMG_0004.JPG"]])
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    [stored_photo] = list(ws.photos_dir.iterdir())
    assert stored_photo.stat().st_size <= 8_000_000
    with Image.open(stored_photo) as image:
        # Taken upright (orientation 6: the sensor's 4000 x 3000 turned a quarter): 3000 wide, 4000 high at most.
        assert image.format == "JPEG" and image.height > image.width and max(image.size) <= 4096


def test_a_photo_far_over_the_limit_or_unreadable_is_still_refused(tmp_path: Path):
    from storecheck.visits import PhotoError, check_photo

    with pytest.raises(PhotoError, match=r"the photo is 8\.1 MB; the limit is 2 MB"):
        check_photo(b"\xff\xd8\xff" + b"\0" * 8_040_000, 2_000_000)  # past 4 times the limit: not even read
    with pytest.raises(PhotoError, match=r"the photo is 3\.1 MB; the limit is 2 MB"):
        check_photo(b"\xff\xd8\xff" + b"\0" * 3_040_000, 2_000_000)  # no image in it to shrink
