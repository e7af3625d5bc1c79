"""A seventh tester's pass over visit photos: what a team's shared photo carries. A phone writes
where it was taken (GPS), the phone and its owner into every photo; the staff member's position at
a competitor's door is no evidence anyone needs, so a stored photo keeps its pixels, its colour
profile and which way up it goes, and nothing else."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from storecheck import db
from storecheck.config import Workspace
from test_hostile2_files import invoke, rival, visits_with_photo
from test_web import fill_visit

GPS = {1: "N", 2: (52.0, 31.0, 12.5), 3: "E", 4: (13.0, 24.0, 36.0)}


def phone_photo(path: Path, fmt: str = "JPEG") -> Path:
    """A photo as a phone writes it: location, make and model, the owner, a turn to apply, a
    comment and (JPEG) a colour profile; PNG also carries its place in a text chunk."""
    from PIL import ImageCms, PngImagePlugin

    image = Image.linear_gradient("L").resize((96, 64)).convert("RGB")
    exif = Image.Exif()
    exif.update({0x010F: "PhoneMaker", 0x0110: "Model 7", 0x013B: "Ann Example", 0x0112: 6})
    exif.get_ifd(0x8825).update(GPS)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    if fmt == "JPEG":
        image.save(path, "JPEG", exif=exif, icc_profile=icc, comment=b"Ann at the door of Rival", quality=95)
    else:
        text = PngImagePlugin.PngInfo()
        text.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta><exif:GPSLatitude>52,31.2N</exif:GPSLatitude></x:xmpmeta>")
        image.save(path, "PNG", exif=exif, pnginfo=text)
    return path


def assert_shareable(data: bytes, original: Path) -> None:
    assert b"PhoneMaker" not in data and b"Ann" not in data and b"GPSLatitude" not in data
    with Image.open(io.BytesIO(data)) as kept, Image.open(original) as taken:
        exif = kept.getexif()
        assert dict(exif) == {0x0112: 6}, dict(exif)  # which way up: the shelf stays upright
        assert not exif.get_ifd(0x8825)
        assert kept.tobytes() == taken.tobytes()  # the same pixels: cut out, never re-encoded
        if taken.format == "JPEG":
            assert kept.info.get("icc_profile") == taken.info["icc_profile"]


def stored_photos(ws: Workspace) -> list[bytes]:
    with db.open_database(ws.database_url).connect() as conn:
        names = conn.execute(select(db.visit_photos.c.path)).scalars().all()
    return [(ws.photos_dir / name).read_bytes() for name in names]


def test_an_imported_photo_is_stored_without_its_location_or_camera(workspace, tmp_path):
    ws = rival(workspace)
    for fmt, name in (("JPEG", "shelf.jpg"), ("PNG", "shelf.png")):
        photo = phone_photo(tmp_path / name, fmt)
        with Image.open(photo) as taken:
            assert taken.getexif().get_ifd(0x8825)  # the phone did write its place
        visits = visits_with_photo(tmp_path, name)
        visits.write_text(visits.read_text().replace("10:00", "10:00" if fmt == "JPEG" else "11:00"))
        result = invoke(ws, "visit", "import", str(visits))
        assert result.exit_code == 0, result.output
    jpeg, png = sorted(stored_photos(ws), key=lambda data: not data.startswith(b"\xff\xd8"))
    assert_shareable(jpeg, tmp_path / "shelf.jpg")
    assert_shareable(png, tmp_path / "shelf.png")


def test_a_photo_sent_through_the_visit_form_is_stored_without_its_location(page, served, ws, tmp_path):
    photo = phone_photo(tmp_path / "IMG_0001.jpg")
    page.goto(f"{served}/visits/new")
    fill_visit(page, photo)
    page.click("#save")
    page.wait_for_url("**/visits/*saved=1*")
    (stored,) = stored_photos(ws)
    assert_shareable(stored, photo)


def test_a_photo_stored_before_is_served_without_its_location(client, ws, tmp_path):
    # Photos saved by earlier versions keep their GPS on disk; `serve` handed them out as stored.
    photo = phone_photo(tmp_path / "shelf.jpg")
    ws.photos_dir.mkdir(parents=True, exist_ok=True)
    name = "0123456789abcdef0123456789abcdef.jpg"
    (ws.photos_dir / name).write_bytes(photo.read_bytes())
    answer = client.get(f"/photos/{name}")
    assert answer.status_code == 200 and answer.mimetype == "image/jpeg"
    assert_shareable(answer.data, photo)
    assert client.get("/photos/ffffffffffffffffffffffffffffffff.jpg").status_code == 404



def test_what_a_phone_appends_after_the_image_is_not_kept(workspace, tmp_path):
    # Review R1: a phone's JPEG carries more after the first image's end: a preview or HDR gain map
    # (a whole second JPEG, with its own EXIF and GPS, indexed by APP2 "MPF") or a motion photo's
    # video whose metadata holds the place. All of it was kept byte for byte.
    ws = rival(workspace)
    second = phone_photo(tmp_path / "second.jpg").read_bytes()
    video = b"\0\0\0\x18ftypmp42" + b"\0" * 16 + b"udta\xa9xyz+52.5200+013.4100/"
    progressive = tmp_path / "progressive.jpg"
    with Image.open(phone_photo(tmp_path / "taken.jpg")) as taken:
        taken.save(progressive, "JPEG", progressive=True, exif=taken.getexif(), icc_profile=taken.info["icc_profile"],
                   quality=90)
    cases = {
        "mpf.jpg": (tmp_path / "taken.jpg", lambda data: data[:2] + b"\xff\xe2\x00\x08MPF\x00\x00\x00" + data[2:] + second),
        "motion.jpg": (tmp_path / "taken.jpg", lambda data: data + video),
        "progressive.jpg": (progressive, lambda data: data),  # several scans, markers between them
        "trailer.png": (phone_photo(tmp_path / "taken.png", "PNG"), lambda data: data + second),
    }
    lines = ["competitor,store,visited_at,photos,notes"]
    for hour, (name, (original, phone_writes)) in enumerate(cases.items(), start=8):
        (tmp_path / name).write_bytes(phone_writes(original.read_bytes()))
        lines.append(f"Rival,Main,2026-11-01 {hour:02d}:00,{name},{name}")
    (tmp_path / "visits.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(tmp_path / "visits.csv"))
    assert result.exit_code == 0, result.output
    with db.open_database(ws.database_url).connect() as conn:
        stored = dict(conn.execute(select(db.visits.c.notes, db.visit_photos.c.path)  # each visit's notes name its case
                                   .join(db.visit_photos, db.visit_photos.c.visit_id == db.visits.c.id)).all())
    assert sorted(stored) == sorted(cases)
    for name, path in stored.items():
        original = cases[name][0]
        data = (ws.photos_dir / path).read_bytes()
        for leak in (b"GPS", b"+52.52", b"MPF", b"PhoneMaker", b"Ann Example", b"ftyp"):
            assert leak not in data, (name, leak)
        assert_shareable(data, original)
        assert data.endswith(b"\xff\xd9" if name.endswith(".jpg") else b"IEND\xaeB`\x82"), name


# --- how old a store figure is --------------------------------------------------------------


def test_a_store_figure_says_the_days_it_rests_on_and_that_it_is_old(workspace, tmp_path):
    # A rival's store scored on one visit two years ago against our stores visited last week: the
    # report compared the two as if of one time, and nothing said how old the rival's figure was.
    from datetime import date, timedelta

    from bs4 import BeautifulSoup

    ws = rival(workspace)
    assert invoke(ws, "store", "add", "--ours", "Market Square").exit_code == 0
    today = date.today()
    long_ago, lately = today - timedelta(days=2 * 365 + 20), today - timedelta(days=7)
    visits = tmp_path / "visits.csv"
    visits.write_text(
        "competitor,store,visited_at,score_hospitality\n"
        f"Rival,Main,{long_ago} 10:00,5\n"
        f"Test Shop,Market Square,{lately} 10:00,3\n"
        f"Test Shop,Market Square,{lately + timedelta(days=1)} 10:00,4\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(visits))
    assert result.exit_code == 0, result.output
    report = tmp_path / "report.html"
    assert invoke(ws, "report", "-o", str(report)).exit_code == 0
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    statements = [td.get_text() for td in soup.select("#visit-comparison-table td.statement")]
    hospitality = [s for s in statements if s.startswith("staff hospitality 5.0 at Rival ")]
    assert hospitality, statements
    for text in hospitality:
        assert f"1 visit there on {long_ago}; " in text, text
        assert f"2 visits in ours, {lately} to {lately + timedelta(days=1)})" in text, text
        assert "old: the latest visit there is 2 years old" in text, text
        assert "in ours is" not in text  # ours is fresh
