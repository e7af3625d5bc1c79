"""Visit photos: accepted by their content (JPEG or PNG, within the size
limit), stored under a name made from that content, and swept when a web
form draft left them unused for a week."""

from __future__ import annotations

import base64
import hashlib
import io
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from storecheck import db
from storecheck.config import Config

PHOTO_NAME = re.compile(r"^[0-9a-f]{32}\.(?:jpg|png)$")


class PhotoError(ValueError):
    """A photo that cannot be accepted; the message says why."""


@dataclass(frozen=True)
class Photo:
    data: bytes
    ext: str  # "jpg" or "png"

    @property
    def name(self) -> str:
        # Named after the content, never after what the uploader called it.
        return hashlib.sha256(self.data).hexdigest()[:32] + "." + self.ext


def too_large(size: int, max_bytes: int) -> str:
    """A photo's size beside the limit it is over, as two figures that differ: each rounded to one
    place, a photo of 8.04 MB read "8.0 MB; the limit is 8.0 MB". The size is rounded up, the
    limit shown as set ("0.02", "8")."""
    return f"{math.ceil(size / 1e5) / 10:.1f} MB; the limit is {max_bytes / 1e6:g} MB"


# A photo over the limit by up to this many times is shrunk to fit rather than refused: a phone's
# 48-megapixel shot is 10-15 MB, and the visit needs what a shelf looks like, not every pixel.
# (The web form's upload cap, `MAX_CONTENT_LENGTH`, leaves room for photos this large.)
SHRINK_UP_TO = 4
# The long sides tried, largest first; below the last a shelf's labels are no longer legible.
SHRUNK_SIDES = (4096, 3072, 2048, 1600)


# Modes Pillow resizes through a premultiplied copy of the whole image ("RGBa", "La").
_ALPHA_MODES = ("RGBA", "LA")


def _fitted(image, side: int, first_step: int):
    """`image` made at most `side` pixels on its long side, before it is turned or converted: each
    of those copies the image, and a PNG (which has no reduced decoding, as a JPEG's `draft` is)
    of 49 megapixels, a few hundred KB on disk, is 196 MB a copy in RGBA. Pillow resizes an image
    with alpha through a premultiplied copy of it: one over `first_step` pixels on its long side is
    first taken to that size by nearest neighbour (no copy of the whole), then made small with the
    usual filter. Three copies took the report to 677 MB and a photo's import to 797 MB."""
    from PIL import Image

    if image.mode in _ALPHA_MODES and max(image.size) > first_step:
        scale = first_step / max(image.size)
        whole = image
        image = whole.resize((max(1, round(whole.width * scale)), max(1, round(whole.height * scale))),
                             Image.Resampling.NEAREST)
        whole.close()  # its pixels let go now, not when the caller's `with` ends (the EXIF is in the copy's info)
    image.thumbnail((side, side))  # a square box: the same whichever way up the photo is turned after
    return image


def _shrunk(data: bytes, max_bytes: int) -> bytes | None:
    """A JPEG or PNG photo over `max_bytes` as a JPEG within it: turned upright as its EXIF says
    (the EXIF, with any location, is not kept), at the largest of SHRUNK_SIDES that fits; None
    when it cannot be read or does not fit even at the smallest."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("JPEG", "PNG") or image.width * image.height > MAX_PHOTO_PIXELS:
                return None
            image.draft("RGB", (SHRUNK_SIDES[0] // 2, SHRUNK_SIDES[0] // 2))  # JPEG: decode at a reduced scale
            upright = ImageOps.exif_transpose(_fitted(image, SHRUNK_SIDES[0], SHRUNK_SIDES[0])).convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
    for side in SHRUNK_SIDES:
        smaller = upright.copy()
        smaller.thumbnail((side, side))
        out = io.BytesIO()
        smaller.save(out, "JPEG", quality=85, optimize=True)
        if out.tell() <= max_bytes:
            return out.getvalue()
    return None


# --- what a shared photo carries ---------------------------------------------------------
#
# A visit photo is shared with the whole team, served by `serve` and kept for years. A phone writes
# into it where it was taken (GPS: the staff member's position at the competitor's door, to the
# metre), the phone's make, model and serial numbers, its owner's name, editing software and a
# thumbnail of the original. None of that is evidence of what the shelf showed. What is kept: the
# pixels, untouched (metadata is cut out byte for byte, never re-encoded), the colour profile
# (ICC, Adobe) that says how to show them, and the one EXIF tag that says which way up they go
# (Orientation: a shelf shot upright lies on its side without it). Every other EXIF tag, XMP
# (which repeats the location), IPTC (city, sub-location), comments, PNG text and private chunks
# go, and so does whatever a phone appends after the image (second images, a motion photo's video).

_ORIENTATION = 0x0112
# The PNG chunks kept: the image and how to show it (palette, transparency, colour space, HDR, size).
_KEPT_PNG = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"bKGD",
             b"pHYs", b"cICP", b"mDCv", b"cLLi", b"acTL", b"fcTL", b"fdAT"}


def _orientation_only(tiff: bytes) -> bytes | None:
    """The TIFF bytes of an EXIF block holding only its Orientation (None: no turn to keep)."""
    from PIL import Image

    try:
        exif = Image.Exif()
        exif.load(tiff)
        turn = exif.get(_ORIENTATION)
    except Exception:  # noqa: BLE001 - a corrupt EXIF block is dropped, whatever Pillow raises on it
        return None
    if not isinstance(turn, int) or not 2 <= turn <= 8:
        return None
    kept = Image.Exif()
    kept[_ORIENTATION] = turn
    return kept.tobytes()[len(b"Exif\0\0"):]


def _kept_jpeg_segment(marker: int, payload: bytes) -> bool:
    """Whether a JPEG marker segment stays: every segment that is not an application's or a comment
    (tables, frame, scan headers), and of the applications' only JFIF (APP0), the colour profile
    (APP2 ICC_PROFILE) and Adobe's colour transform (APP14). APP2 MPF, the index of a phone's second
    images, goes with them; EXIF (APP1) is rebuilt by the caller."""
    if marker == 0xFE:
        return False
    if not 0xE0 <= marker <= 0xEF:
        return True
    return ((marker == 0xE0 and payload.startswith((b"JFIF\0", b"JFXX\0")))
            or (marker == 0xE2 and payload.startswith(b"ICC_PROFILE\0"))
            or (marker == 0xEE and payload.startswith(b"Adobe")))


def _shareable_jpeg(data: bytes) -> bytes:
    """The first image of a JPEG file, up to its end marker, with the segments `_kept_jpeg_segment`
    keeps and an EXIF block of its orientation only. Whatever follows the end marker goes: a phone
    puts its second images there (a preview, an HDR gain map, each a JPEG with its own EXIF and
    GPS) and a motion photo's video, whose metadata holds the place too."""
    out, at, n = [data[:2]], 2, len(data)
    turn: bytes | None = None
    while at + 1 < n:
        if data[at] != 0xFF:  # not at a marker: a damaged file, kept as it is up to here
            break
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte before a marker
            at += 1
            continue
        if marker == 0xD9:  # the end of the first image: what follows is cut
            out.append(b"\xff\xd9")
            return _with_turn(out, turn)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            out.append(data[at:at + 2])
            at += 2
            continue
        end = at + 2 + int.from_bytes(data[at + 2:at + 4], "big")
        if end > n:
            break
        segment = data[at:end]
        if marker == 0xE1 and segment[4:10] == b"Exif\0\0" and turn is None:
            turn = _orientation_only(segment[10:])
        if _kept_jpeg_segment(marker, segment[4:]):
            out.append(segment)
        at = end
        if marker == 0xDA:  # a scan's coded data follows, up to the next marker that is not a 0 byte or a restart
            scan = at
            while True:
                at = data.find(b"\xff", at)
                if at < 0 or at + 1 >= n:
                    at = n
                    break
                if data[at + 1] == 0x00 or 0xD0 <= data[at + 1] <= 0xD7 or data[at + 1] == 0xFF:
                    at += 1
                    continue
                break
            out.append(data[scan:at])
    out.append(data[at:])  # a file cut short: the rest of its data, which no end marker closes
    return _with_turn(out, turn)


def _with_turn(out: list[bytes], turn: bytes | None) -> bytes:
    if turn is not None:
        block = b"Exif\0\0" + turn
        # After SOI and a JFIF APP0, where readers look for it.
        out.insert(2 if len(out) > 1 and out[1][1] == 0xE0 else 1, b"\xff\xe1" + (len(block) + 2).to_bytes(2, "big") + block)
    return b"".join(out)


def _shareable_png(data: bytes) -> bytes:
    """A PNG's chunks up to IEND that say how to show its pixels (`_KEPT_PNG`), and an eXIf chunk
    of its orientation only; text, private chunks and whatever follows IEND go."""
    import zlib

    out, at = [data[:8]], 8
    while at + 12 <= len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        kind, end = data[at + 4:at + 8], at + 12 + length
        if end > len(data):
            break
        if kind == b"eXIf":
            turn = _orientation_only(data[at + 8:at + 8 + length])
            if turn is not None:
                out.append(len(turn).to_bytes(4, "big") + b"eXIf" + turn
                           + zlib.crc32(b"eXIf" + turn).to_bytes(4, "big"))
        elif kind in _KEPT_PNG:
            out.append(data[at:end])
        at = end
        if kind == b"IEND":
            return b"".join(out)
    return b"".join(out) + data[at:]  # a file cut short: the rest, which no IEND closes


def shareable(data: bytes) -> bytes:
    """A JPEG or PNG photo without what it says about who took it and where (see above): the same
    pixels, and which way up they go. Anything else is returned as it is."""
    if data.startswith(b"\xff\xd8"):
        return _shareable_jpeg(data)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _shareable_png(data)
    return data


def check_photo(data: bytes, max_bytes: int) -> Photo:
    """Accept JPEG and PNG by their first bytes (the file name and the declared
    type say nothing), within the size limit; one up to SHRINK_UP_TO times over it
    is shrunk to fit (`_shrunk`). What is kept is `shareable`: no location, no camera."""
    if len(data) > max_bytes:
        shrunk = _shrunk(data, max_bytes) if len(data) <= max_bytes * SHRINK_UP_TO else None
        if shrunk is None:
            raise PhotoError(f"the photo is {too_large(len(data), max_bytes)}")
        return Photo(shrunk, "jpg")
    if not data:
        raise PhotoError("the photo file is empty")
    if data.startswith(b"\xff\xd8\xff"):
        return Photo(shareable(data), "jpg")
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return Photo(shareable(data), "png")
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        # An iPhone's camera saves HEIC by default; copied off the phone (not through a browser, which
        # converts it), it arrives as such. No image library here reads it: say what to do.
        raise PhotoError("this is a HEIC photo (an iPhone's format); only JPEG and PNG are accepted: export it as "
                         "JPEG (Photos: File > Export), or set the iPhone's Settings > Camera > Formats to Most "
                         "Compatible; photos sent through the visit form in a phone's browser arrive as JPEG")
    kind = file_kind(data)
    raise PhotoError(f"only JPEG and PNG photos are accepted; this file is {kind}" if kind else
                     "only JPEG and PNG photos are accepted; this file is neither")


def file_kind(data: bytes) -> str | None:
    """What a file other than a JPEG, PNG or HEIC photo is, by its first bytes ('a GIF image:
    send it as PNG or JPEG', 'an SVG drawing ...'), so that the message says what to do with
    it; None for anything else ("neither")."""
    head = data[:512]
    if head[4:8] == b"ftyp":
        if head[8:12] in (b"avif", b"avis"):
            return "an AVIF image: send it as JPEG or PNG"
        return "a video or another ISO media file, not a photo"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "a GIF image: send it as PNG or JPEG"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image: send it as JPEG or PNG"
    if head.startswith((b"II*\0", b"MM\0*")):
        return "a TIFF image: send it as JPEG or PNG"
    if head.startswith(b"%PDF"):
        return "a PDF document, not a photo"
    if b"<svg" in head.lstrip(b"\xef\xbb\xbf \t\r\n").lower():
        return "an SVG drawing (which can carry scripts), not a photo"
    return None


# The brands an ISO media file names after "ftyp" when it holds a HEIF / HEIC still image.
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})


def save_photo(photos_dir: Path, photo: Photo) -> str:
    photos_dir.mkdir(parents=True, exist_ok=True)
    path = photos_dir / photo.name
    if path.exists():
        path.touch()  # in use again: not a forgotten draft's (`sweep_draft_photos`)
    else:
        tmp = path.with_suffix(".part")
        tmp.write_bytes(photo.data)
        tmp.replace(path)
    return photo.name


# A photo the web form kept for a visit that was never saved is a forgotten
# draft's after this long; the form's draft lives in the phone's browser, and a
# visit is written up the same day or not at all.
DRAFT_PHOTO_DAYS = 7


def sweep_draft_photos(conn: Connection, photos_dir: Path, *, now: datetime | None = None) -> list[str]:
    """Delete the photos in `photos_dir` that no visit refers to and that were last
    saved more than DRAFT_PHOTO_DAYS ago (the web form stores a photo as soon as
    it is sent, so that a visit refused for a typo keeps it), and half-written
    `.part` files as old. Only files named as `save_photo` names them. Returns
    the names deleted."""
    if not photos_dir.is_dir():
        return []
    used = set(conn.execute(select(db.visit_photos.c.path)).scalars())
    used |= set(conn.execute(select(db.visit_promotions.c.photo).where(db.visit_promotions.c.photo.is_not(None))).scalars())
    cutoff = (now or datetime.now(UTC)).timestamp() - DRAFT_PHOTO_DAYS * 86400
    deleted = []
    for path in photos_dir.iterdir():
        ours = PHOTO_NAME.match(path.name) or re.fullmatch(r"[0-9a-f]{32}\.part", path.name)
        if ours and path.name not in used and path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            deleted.append(path.name)
    return sorted(deleted)


def max_photo_bytes(config: Config) -> int:
    return int(config.visits.max_photo_mb * 1_000_000)


class PhotoFiles:
    """Photo references that are file paths (files and prompts): checked during
    validation, held in memory, written to the workspace only when the visit is saved."""

    def __init__(self, base_dir: Path, max_bytes: int, photos_dir: Path | None = None):
        self.base_dir = Path(base_dir)
        self.max_bytes = max_bytes
        self.photos_dir = photos_dir
        self.pending: dict[str, Photo] = {}

    def __call__(self, ref: str) -> str:
        if ref in self.pending:
            return ref
        if self.photos_dir is not None and PHOTO_NAME.match(ref) and (self.photos_dir / ref).is_file():
            return ref  # already stored in the workspace
        path = Path(ref).expanduser()
        if not path.is_absolute():
            path = self.base_dir / path
        if not path.is_file():
            if path.exists():
                # A named pipe waits for a writer and /dev/zero never ends: neither is read, and "no
                # photo file" sent the user looking for a typing error in a name that is right.
                from storecheck.catalogue.files import not_a_file

                raise PhotoError(f"{ref!r}: {not_a_file(path)}")
            raise PhotoError(f"no photo file {ref!r} (paths are relative to {self.base_dir})")
        if path.stat().st_size > self.max_bytes * SHRINK_UP_TO:
            raise PhotoError(f"{ref!r} is {too_large(path.stat().st_size, self.max_bytes)}")
        data = path.read_bytes()
        try:
            self.pending[ref] = check_photo(data, self.max_bytes)
        except PhotoError as exc:
            if len(data) > self.max_bytes:  # too large, and not shrunk: named as the file it is
                raise PhotoError(f"{ref!r} is {too_large(len(data), self.max_bytes)}") from None
            raise PhotoError(f"{ref!r}: {exc}") from None  # a visit may carry several photos: which one
        return ref


# The report embeds photos as small thumbnails so it stays one self-contained
# file that can be mailed: each at most THUMBNAIL_SIDE pixels on its long side,
# and all of them together at most REPORT_PHOTO_BYTES; photos past the budget
# are counted, not embedded (the newest visits come first, so theirs are kept).
THUMBNAIL_SIDE = 240
REPORT_PHOTO_BYTES = 1_500_000
# A photo file is at most [visits] max_photo_mb, but a small PNG can still claim
# enormous dimensions; such a file is not decoded.
MAX_PHOTO_PIXELS = 50_000_000


def thumbnail(path: Path, side: int = THUMBNAIL_SIDE) -> bytes | None:
    """A JPEG thumbnail of a stored photo, or None when it cannot be read as an image."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PHOTO_PIXELS:
                return None
            image.draft("RGB", (side * 2, side * 2))  # JPEG: decode at a reduced scale
            # A phone stores its sensor's pixels as taken and says in EXIF how to turn them: a
            # shelf shot upright lies on its side unless the tag is applied (the thumbnail keeps no EXIF).
            small = ImageOps.exif_transpose(_fitted(image, side, side * 4)).convert("RGB")
            out = io.BytesIO()
            small.save(out, "JPEG", quality=70, optimize=True)
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None


def embed_photos(timelines: list[dict], photos_dir: Path, budget: int = REPORT_PHOTO_BYTES,
                 per_store: int | None = None) -> None:
    """Put thumbnails (data: URIs) of each visit's photos into `timelines` (newest visit first
    within each store; only the latest `per_store` visits of a store, the ones a report shows),
    as `thumbnails` on each visit and `thumbnail` on each promotion with a photo, until `budget`
    bytes are used; each visit counts the ones left out in `photos_left_out`."""
    used = 0
    for store in timelines:
        for visit in store["visits"][:per_store]:
            visit["thumbnails"], visit["photos_left_out"] = [], 0
            refs = [(None, name) for name in visit["photos"]] + [(p, p["photo"]) for p in visit["promotions"] if p["photo"]]
            for promotion, name in refs:
                data = thumbnail(photos_dir / name) if PHOTO_NAME.match(name or "") else None
                if data is None or used + len(data) > budget:
                    visit["photos_left_out"] += 1
                    continue
                used += len(data)
                uri = "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
                if promotion is None:
                    visit["thumbnails"].append(uri)
                else:
                    promotion["thumbnail"] = uri
