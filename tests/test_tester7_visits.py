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
