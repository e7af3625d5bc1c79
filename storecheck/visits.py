"""Store visits: one validation for the three ways a visit comes in (terminal
prompts, CSV / XLSX / YAML files, the web form), photos, and storing a visit
with its shelf price checks as observations (source "visit").

Every way in turns what a person typed into the same nested dict and
validates it with `Visit` (pydantic), given a `VisitContext` that knows the
config (competitors, stores, sub-criteria), our skus and how to check photos.
Errors come back as `Problem`s that name where the value came from: a file's
row and column, or a web form's field.

Times a person types carry no zone; they are read as the local time of the
machine storecheck runs on and stored in UTC.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from storecheck import db
from storecheck.config import Config
from storecheck.models import (
    PROMOTION_TYPES,
    Offer,
    Promotion,
    PromotionType,
    clean_text,
    normalise_currency,
    parse_bool,
)
from storecheck.money import read_money

SCORE_AREAS = ("environment", "display", "hospitality")
AREA_LABELS = {"environment": "shopping environment", "display": "merchandise display", "hospitality": "staff hospitality"}
PRODUCT_ROLES = ("main", "promoted", "auxiliary", "best-seller")
TICKET_SOURCES = ("till", "estimate")
# CSV columns holding the products noted per role (one or more, separated by ";").
ROLE_COLUMNS = {"main": "main_products", "promoted": "promoted_products", "auxiliary": "auxiliary_products",
                "best-seller": "best_sellers"}
PHOTO_NAME = re.compile(r"^[0-9a-f]{32}\.(?:jpg|png)$")
_NA = {"", "n/a", "na", "-", "none", "n.a.", "not applicable"}


# --- small parsers, shared by the model and the terminal prompts -------------


def parse_score(value: object) -> int | None:
    """1-5, or None for N/A (blank, "n/a", "-")."""
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValueError("must be a whole number from 1 to 5, or N/A")
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if not value.is_integer():
            raise ValueError(f"{value:g} is not a whole number from 1 to 5 (or N/A)")
        value = int(value)
    text = str(value).strip()
    if text.casefold() in _NA:
        return None
    if not re.fullmatch(r"\d+(\.0+)?", text):
        raise ValueError(f"{text!r} is not a score; give a whole number from 1 to 5, or N/A")
    number = int(float(text))
    if not 1 <= number <= 5:
        raise ValueError(f"{number} is out of range; scores go from 1 to 5 (or N/A)")
    return number


def parse_count(value: object, *, label: str = "number", minimum: int = 0, maximum: int | None = None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"must be a whole {label}")
    if isinstance(value, float):
        if value != value:
            return None
        if not value.is_integer():
            raise ValueError(f"{value:g} is not a whole {label}")
        value = int(value)
    text = str(value).strip()
    if not text:
        return None
    if not re.fullmatch(r"-?\d+(\.0+)?", text):
        raise ValueError(f"{text!r} is not a whole {label}")
    number = int(float(text))
    if number < minimum:
        raise ValueError(f"must be at least {minimum}")
    if maximum is not None and number > maximum:
        raise ValueError(f"must be at most {maximum}")
    return number


_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y %H:%M", "%d/%m/%Y %H:%M")


def parse_when(value: object) -> datetime | None:
    """A visit time as people give it: "2026-03-01 14:30", ISO, or a spreadsheet datetime.
    A time without zone is local time; the result is UTC."""
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        raise ValueError("give the time of day too, e.g. 2026-03-01 14:30")
    else:
        text = str(value).strip()
        if not text:
            return None
        moment = None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            for fmt in _FORMATS:
                try:
                    moment = datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
        if moment is None:
            raise ValueError(f"{text!r} is not a date and time; write it like 2026-03-01 14:30")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError("give the time of day too, e.g. 2026-03-01 14:30")
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the machine's local time zone
    return moment.astimezone(UTC)


def parse_choice(value: object, choices: Sequence[str], aliases: dict[str, str] | None = None) -> str | None:
    if value is None:
        return None
    text = str(value).strip().casefold().replace(" ", "-")
    if not text:
        return None
    for choice in choices:
        if text in (choice, choice.replace("_", "-"), choice.replace("-", "_"), choice.replace("-", "")):
            return choice
    if aliases and text in aliases:
        return aliases[text]
    raise ValueError(f"{value!r} is not one of: {', '.join(choices)}")


def parse_promotion_type(value: object) -> str | None:
    return parse_choice(value, PROMOTION_TYPES, {"percent": "percent_off", "amount": "amount_off", "bogof": "multibuy",
                                                 "loyalty-only": "loyalty", "discount": "sale"})


def _typed_promotion(data: object, text_field: str, type_field: str) -> object:
    """Raw model data with "multibuy: 3 for 2" in `text_field` split into its type
    and text (`split_promotion`), unless a type is given on its own."""
    if isinstance(data, dict) and isinstance(data.get(text_field), str) and not clean_text(data.get(type_field)):
        kind, text = split_promotion(data[text_field])
        if kind:
            data = {**data, type_field: kind, text_field: text}
    return data


def split_promotion(text: str) -> tuple[str | None, str]:
    """"multibuy: 3 for 2 on pasta" -> ("multibuy", "3 for 2 on pasta"); no known type -> (None, text)."""
    head, sep, tail = text.partition(":")
    if sep:
        try:
            kind = parse_promotion_type(head)
        except ValueError:
            kind = None
        if kind and tail.strip():
            return kind, tail.strip()
    return None, text.strip()


def parse_price(value: object, currency: str | None) -> Decimal | None:
    """Money as a person typed it, read by money.read_money as every entrance reads it. A
    currency written with the amount ("£5", "5 zł", "$5") must be able to mean `currency`,
    the visit's: a price is never stored in a currency it was not given in."""
    amount, written = read_money(value)
    if written and currency is not None and currency not in written:
        *others, last = sorted(written)
        said = f"{', '.join(others)} or {last}" if others else last
        raise ValueError(f"{str(value).strip()!r} is in {said}, but this visit is in {currency}")
    return amount


def normalise_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def price_check_key(sku: str | None, product: str | None) -> str:
    """The competitor product a shelf price check belongs to: `visit:<our sku>` or
    `visit:<normalised product text>`, so later visits extend the same history."""
    return "visit:" + (sku if sku else normalise_text(product or ""))[:1900]


# --- photos -----------------------------------------------------------------


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


def check_photo(data: bytes, max_bytes: int) -> Photo:
    """Accept JPEG and PNG by their first bytes (the file name and the declared
    type say nothing), within the size limit."""
    if len(data) > max_bytes:
        raise PhotoError(f"the photo is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB")
    if not data:
        raise PhotoError("the photo file is empty")
    if data.startswith(b"\xff\xd8\xff"):
        return Photo(data, "jpg")
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return Photo(data, "png")
    raise PhotoError("only JPEG and PNG photos are accepted; this file is neither")


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
            raise PhotoError(f"no photo file {ref!r} (paths are relative to {self.base_dir})")
        if path.stat().st_size > self.max_bytes:
            raise PhotoError(f"{ref!r} is {path.stat().st_size / 1e6:.1f} MB; the limit is {self.max_bytes / 1e6:.1f} MB")
        self.pending[ref] = check_photo(path.read_bytes(), self.max_bytes)
        return ref


# --- the model --------------------------------------------------------------


@dataclass
class VisitContext:
    """What validation checks a visit against."""

    config: Config
    skus: set[str] | None = None
    # ref -> ref, raising ValueError for a photo that cannot be accepted.
    photo: Callable[[str], str] | None = None
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


def _context(info: ValidationInfo) -> VisitContext | None:
    return (info.context or {}).get("visit") if info.context else None


def visit_currency(value: object, competitor: object, ctx: VisitContext | None) -> str | None:
    """The visit's currency: as written, else the competitor's in the config, else our shop's."""
    code = normalise_currency(clean_text(value))
    if code is None and ctx is not None:
        name = (clean_text(competitor) or "").casefold()
        listed = next((c for c in ctx.config.competitors if c.name.casefold() == name), None)
        code = (listed.currency if listed else None) or ctx.config.shop.currency
    return code


def _settled_currency(data: dict, ctx: VisitContext | None) -> str | None:
    """`visit_currency` of a visit's raw data, None while its currency is not a code
    (the currency field reports that)."""
    try:
        return visit_currency(data.get("currency"), data.get("competitor"), ctx)
    except ValueError:
        return None


def _read_money(value: object, info: ValidationInfo) -> Decimal | None:
    return parse_price(value, (info.context or {}).get("currency"))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SeenPromotion(_Model):
    """A promotion seen in the shop."""

    text: str = Field(min_length=1, max_length=2000)
    type: PromotionType | None = None
    photo: str | None = None

    _clean = field_validator("text", "photo", mode="before")(classmethod(lambda cls, v: clean_text(v)))
    _kind = field_validator("type", mode="before")(classmethod(lambda cls, v: parse_promotion_type(v)))

    @model_validator(mode="before")
    @classmethod
    def _typed_text(cls, data: object) -> object:
        return _typed_promotion({"text": data} if isinstance(data, str) else data, "text", "type")

    @field_validator("photo")
    @classmethod
    def _photo(cls, value: str | None, info: ValidationInfo) -> str | None:
        ctx = _context(info)
        if value and ctx and ctx.photo:
            return ctx.photo(value)
        return value


class NotedProduct(_Model):
    """A product noted in the shop, with the role it plays there."""

    role: Literal["main", "promoted", "auxiliary", "best-seller"]
    name: str = Field(min_length=1, max_length=2000)
    sku: str | None = None

    _clean = field_validator("name", "sku", mode="before")(classmethod(lambda cls, v: clean_text(v)))
    _role = field_validator("role", mode="before")(
        classmethod(lambda cls, v: parse_choice(v, PRODUCT_ROLES, {"best": "best-seller", "bestsellers": "best-seller",
                                                                 "best-sellers": "best-seller"}))
    )


class PriceCheck(_Model):
    """A shelf price read in the competitor's shop: of one of our skus or a product described in words."""

    sku: str | None = None
    product: str | None = Field(default=None, max_length=1900, validate_default=True)
    price: Decimal = Field(ge=0)
    regular_price: Decimal | None = Field(default=None, ge=0)
    promotion: str | None = None
    promotion_type: PromotionType | None = None

    _clean = field_validator("sku", "product", "promotion", mode="before")(classmethod(lambda cls, v: clean_text(v)))
    _money = field_validator("price", "regular_price", mode="before")(classmethod(lambda cls, v, info: _read_money(v, info)))
    _kind = field_validator("promotion_type", mode="before")(classmethod(lambda cls, v: parse_promotion_type(v)))

    @model_validator(mode="before")
    @classmethod
    def _typed_text(cls, data: object) -> object:
        return _typed_promotion(data, "promotion", "promotion_type")

    @field_validator("sku")
    @classmethod
    def _known_sku(cls, value: str | None, info: ValidationInfo) -> str | None:
        ctx = _context(info)
        if value and ctx and ctx.skus is not None and value not in ctx.skus:
            raise ValueError(f"{value!r} is not in our catalogue; give the product in words instead (column/field 'product')")
        return value

    @field_validator("product")
    @classmethod
    def _something(cls, value: str | None, info: ValidationInfo) -> str | None:
        if not value and not info.data.get("sku"):
            if "sku" in info.data:  # a bad sku is reported on its own
                raise ValueError("give our sku or the product in words")
        return value

    @field_validator("regular_price")
    @classmethod
    def _was_price(cls, value: Decimal | None, info: ValidationInfo) -> Decimal | None:
        price = info.data.get("price")
        if value is not None and price is not None and value < price:
            raise ValueError(f"the was-price {value} is below the shelf price {price}")
        return value

    @property
    def key(self) -> str:
        return price_check_key(self.sku, self.product)


_OPTIONAL = {"default": None, "validate_default": True}


class Visit(_Model):
    """One visit to a competitor's store, as a person recorded it."""

    competitor: str = Field(min_length=1)
    store: str = Field(min_length=1, max_length=200)
    visited_at: datetime
    visitor: str | None = Field(default=None, max_length=200)
    duration_minutes: int | None = None
    footfall_count: int | None = None
    footfall_minutes: int | None = Field(**_OPTIONAL)
    holiday: bool = False
    average_ticket: Decimal | None = Field(default=None, ge=0)
    average_ticket_source: Literal["till", "estimate"] | None = Field(**_OPTIONAL)
    currency: str | None = Field(**_OPTIONAL)
    score_environment: int | None = None
    score_display: int | None = None
    score_hospitality: int | None = None
    # area -> sub-criterion -> score (None: N/A); criteria come from [visits] criteria in the config.
    criteria: dict[str, dict[str, int | None]] = Field(default_factory=dict)
    promotions: list[SeenPromotion] = Field(default_factory=list)
    products: list[NotedProduct] = Field(default_factory=list)
    price_checks: list[PriceCheck] = Field(default_factory=list)
    notes: str | None = Field(default=None, max_length=20000)
    photos: list[str] = Field(default_factory=list)

    _clean = field_validator("competitor", "store", "visitor", "notes", mode="before")(classmethod(lambda cls, v: clean_text(v)))
    _scores = field_validator("score_environment", "score_display", "score_hospitality", mode="before")(
        classmethod(lambda cls, v: parse_score(v))
    )
    _duration = field_validator("duration_minutes", mode="before")(
        classmethod(lambda cls, v: parse_count(v, label="number of minutes", minimum=1, maximum=24 * 60))
    )
    _count = field_validator("footfall_count", mode="before")(
        classmethod(lambda cls, v: parse_count(v, label="number of people", minimum=0, maximum=1_000_000))
    )
    _bool = field_validator("holiday", mode="before")(classmethod(lambda cls, v: bool(parse_bool(v))))
    _money = field_validator("average_ticket", mode="before")(classmethod(lambda cls, v, info: _read_money(v, info)))

    @model_validator(mode="before")
    @classmethod
    def _settle_currency(cls, data: object, info: ValidationInfo) -> object:
        # Money must agree with the visit's currency, but average_ticket is validated before
        # `currency` and a price check cannot see its visit: settle the currency first and
        # hand it down in this validation's context, so each error names its own field.
        if isinstance(data, dict) and info.context is not None:
            info.context["currency"] = _settled_currency(data, _context(info))
        return data

    @field_validator("competitor")
    @classmethod
    def _known_competitor(cls, value: str, info: ValidationInfo) -> str:
        ctx = _context(info)
        if ctx is None:
            return value
        for competitor in ctx.config.competitors:
            if competitor.name.casefold() == value.casefold():
                return competitor.name
        known = ", ".join(c.name for c in ctx.config.competitors) or "none yet; add one with `storecheck competitor add`"
        raise ValueError(f"no competitor {value!r} (known: {known})")

    @field_validator("store")
    @classmethod
    def _known_store(cls, value: str, info: ValidationInfo) -> str:
        ctx = _context(info)
        name = info.data.get("competitor")
        if ctx is None or name is None:
            return value
        stores = [s.name for s in ctx.config.competitor(name).stores]
        if not stores:
            return value  # no stores listed for this competitor: any name is a new store
        for store in stores:
            if store.casefold() == value.casefold():
                return store
        raise ValueError(f"{name} has no store {value!r} in storecheck.toml (listed: {', '.join(stores)})")

    @field_validator("visited_at", mode="before")
    @classmethod
    def _when(cls, value: object, info: ValidationInfo) -> datetime | None:
        moment = parse_when(value)
        ctx = _context(info)
        if moment is not None and ctx is not None and moment > ctx.now + timedelta(minutes=10):
            raise ValueError("is in the future")
        return moment

    @field_validator("footfall_minutes", mode="before")
    @classmethod
    def _window(cls, value: object, info: ValidationInfo) -> int | None:
        minutes = parse_count(value, label="number of minutes", minimum=1, maximum=24 * 60)
        if minutes is None and info.data.get("footfall_count") is not None:
            raise ValueError("say over how many minutes the people were counted")
        if minutes is not None and info.data.get("footfall_count") is None and "footfall_count" in info.data:
            raise ValueError("a counting window without a count; give footfall_count too, or leave both empty")
        return minutes

    @field_validator("average_ticket_source", mode="before")
    @classmethod
    def _ticket_source(cls, value: object, info: ValidationInfo) -> str | None:
        source = parse_choice(value, TICKET_SOURCES, {"seen": "till", "receipt": "till", "estimated": "estimate",
                                                      "guess": "estimate"})
        if source is None and info.data.get("average_ticket") is not None:
            raise ValueError("say whether the average ticket was seen at the till or estimated (till / estimate)")
        return source

    @field_validator("currency", mode="before")
    @classmethod
    def _currency(cls, value: object, info: ValidationInfo) -> str | None:
        return visit_currency(value, info.data.get("competitor"), _context(info))

    @field_validator("criteria", mode="before")
    @classmethod
    def _criteria(cls, value: object, info: ValidationInfo) -> object:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValueError("must map an area to its sub-criteria scores")
        ctx = _context(info)
        allowed = ctx.config.visits.criteria if ctx else None
        out: dict[str, dict[str, int | None]] = {}
        errors = []
        for area, scores in value.items():
            if not isinstance(scores, dict):
                raise ValueError(f"{area}: must map sub-criteria to scores")
            for criterion, score in scores.items():
                if allowed is not None and criterion not in allowed.get(area, []):
                    listed = ", ".join(f"{a}.{c}" for a, cs in allowed.items() for c in cs) or "none"
                    errors.append(f"{area}.{criterion} is not a sub-criterion in storecheck.toml [visits] criteria "
                                  f"(listed: {listed})")
                    continue
                try:
                    out.setdefault(area, {})[criterion] = parse_score(score)
                except ValueError as exc:
                    errors.append(f"{area}.{criterion}: {exc}")
        if errors:
            raise ValueError("; ".join(errors))
        return out

    @field_validator("photos", mode="before")
    @classmethod
    def _photo_list(cls, value: object) -> object:
        if value is None:
            return []
        if isinstance(value, str):
            return [p.strip() for p in re.split(r"[;\n]", value) if p.strip()]
        return value

    @field_validator("photos")
    @classmethod
    def _photos(cls, value: list[str], info: ValidationInfo) -> list[str]:
        ctx = _context(info)
        if ctx and ctx.photo:
            errors = []
            for ref in value:
                try:
                    ctx.photo(ref)
                except ValueError as exc:
                    errors.append(str(exc))
            if errors:
                raise ValueError("; ".join(errors))
        return value

    @field_validator("price_checks")
    @classmethod
    def _one_check_per_product(cls, value: list[PriceCheck]) -> list[PriceCheck]:
        seen: dict[str, int] = {}
        for number, check in enumerate(value, start=1):
            if check.key in seen:
                raise ValueError(f"price check {number} is for the same product as price check {seen[check.key]}")
            seen[check.key] = number
        return value

    @property
    def footfall_per_hour(self) -> float | None:
        if self.footfall_count is None or not self.footfall_minutes:
            return None
        return self.footfall_count * 60 / self.footfall_minutes


# --- validation with errors that name their place ---------------------------


@dataclass
class Problem:
    """One thing wrong with an input: where (row and column, or a form field) and what."""

    where: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}, column {self.field!r}: {self.message}" if self.where else f"{self.field}: {self.message}"


# loc prefix -> (where, field name, or None to take the next part of the loc)
Origins = dict[tuple, tuple[str, str | None]]


def problems_from(exc: ValidationError, origins: Origins, *, joiner: str = ".") -> list[Problem]:
    problems = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        prefix = max((p for p in origins if loc[: len(p)] == p), key=len, default=())
        where, name = origins.get(prefix, ("", None))
        if name is None:
            rest = loc[len(prefix):]
            name = joiner.join(str(p) for p in rest) if rest else "row"
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "missing" or (err["type"] == "string_too_short" and not err.get("input")):
            message = "is required but empty"
        elif err["type"] == "extra_forbidden":
            message = "unknown field (check the spelling)"
        elif err["type"] == "literal_error":
            message = f"{err.get('input')!r} is not one of: {err['msg'].split('Input should be ', 1)[-1]}"
        problems.append(Problem(where, name, message))
    return problems


def validate_visit(data: dict, context: VisitContext, origins: Origins | None = None, *, joiner: str = ".") -> tuple[Visit | None, list[Problem]]:
    try:
        return Visit.model_validate(data, context={"visit": context}), []
    except ValidationError as exc:
        return None, problems_from(exc, origins or {}, joiner=joiner)


class VisitImportError(Exception):
    """A visits file that cannot be imported as it is; `problems` names row and column."""

    def __init__(self, message: str, problems: Sequence[Problem | str] = ()):
        self.problems = [str(p) for p in problems]
        shown = self.problems[:30]
        text = message + "".join(f"\n  {p}" for p in shown)
        if len(self.problems) > len(shown):
            text += f"\n  ... and {len(self.problems) - len(shown)} more"
        super().__init__(text)


# --- files: CSV / XLSX (one visit per row) and YAML (nested) ----------------


def _split_items(value: object) -> list[str]:
    text = clean_text(value)
    if not text:
        return []
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


def row_to_data(values: dict[str, object], where: str) -> tuple[dict, Origins, list[str]]:
    """A spreadsheet row (lower-cased column -> value) -> the nested visit dict,
    with where each part came from. Returns also the columns it did not use."""
    data: dict = {}
    origins: Origins = {(): (where, None)}
    unused = []
    for column, value in values.items():
        if not column:
            continue
        if column in ("competitor", "store", "visited_at", "visitor", "duration_minutes", "footfall_count",
                      "footfall_minutes", "holiday", "average_ticket", "average_ticket_source", "currency",
                      "score_environment", "score_display", "score_hospitality", "notes", "photos"):
            if column == "holiday" and clean_text(value) is None:
                continue
            data[column] = value
        elif column == "promotions":
            for text in _split_items(value):
                index = len(data.setdefault("promotions", []))
                data["promotions"].append({"text": text})
                origins[("promotions", index)] = (where, "promotions")
        elif column in ROLE_COLUMNS.values():
            role = next(r for r, c in ROLE_COLUMNS.items() if c == column)
            for name in _split_items(value):
                index = len(data.setdefault("products", []))
                data["products"].append({"role": role, "name": name})
                origins[("products", index)] = (where, column)
        elif "." in column and column.split(".", 1)[0] in SCORE_AREAS:
            area, criterion = column.split(".", 1)
            if clean_text(value) is not None:
                data.setdefault("criteria", {}).setdefault(area, {})[criterion] = value
                origins[("criteria",)] = (where, "criteria")
        else:
            unused.append(column)
    return data, origins, unused


def price_check_data(values: dict[str, object]) -> dict:
    return {k: values.get(k) for k in ("sku", "product", "price", "regular_price", "promotion", "promotion_type")}


@dataclass
class ParsedVisit:
    where: str
    data: dict
    origins: Origins
    visit: Visit | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class VisitFileResult:
    valid: list[ParsedVisit] = field(default_factory=list)
    invalid: list[ParsedVisit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    photos: PhotoFiles | None = None
    parsed: list[ParsedVisit] = field(default_factory=list)
    # Problems that belong to no visit (a price check pointing at no visit row).
    orphans: list[Problem] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for item in self.invalid for p in item.problems]


def _read_sheets(path: Path) -> tuple[list, list | None]:
    """XLSX: the first sheet holds visits; a sheet named like "price checks" (else the second) holds price checks."""
    import openpyxl

    from storecheck.catalogue import sheet_rows

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise VisitImportError(f"{path} is not a readable XLSX file: {exc}") from None

    def rows_of(sheet) -> list:
        return sheet_rows(sheet)[1]

    sheets = book.worksheets
    visits_rows = rows_of(sheets[0])
    checks_sheet = next((s for s in sheets[1:] if re.sub(r"[\s_-]", "", s.title.casefold()) in ("pricechecks", "prices")), None)
    if checks_sheet is None and len(sheets) > 1:
        checks_sheet = sheets[1]
    checks_rows = rows_of(checks_sheet) if checks_sheet is not None else None
    book.close()
    return visits_rows, checks_rows


def parse_table(path: Path, price_checks: Path | None = None) -> VisitFileResult:
    """CSV / XLSX: one visit per row; price checks from a second sheet or file, joined by `visit_row`
    (the visit's row number in the visits sheet, header = row 1)."""
    from storecheck.catalogue import FileImportError, read_rows

    result = VisitFileResult()
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            rows, check_rows = _read_sheets(path)
            check_label = "price checks sheet row"
        else:
            _, rows, _ = read_rows(path)
            check_rows, check_label = None, "price checks row"
        if price_checks is not None:
            if price_checks.suffix.lower() in (".xlsx", ".xlsm"):
                check_rows, _ = _read_sheets(price_checks)
            else:
                _, check_rows, _ = read_rows(price_checks)
            check_label = f"{price_checks.name} row"
    except FileImportError as exc:
        raise VisitImportError(str(exc)) from None
    if not rows:
        raise VisitImportError(f"{path.name} holds no visits (one visit per row under a header row)")
    missing = [c for c in ("competitor", "store", "visited_at") if c not in rows[0].values and c not in {k for r in rows for k in r.values}]
    if missing:
        raise VisitImportError(f"{path.name}: no column {', '.join(repr(m) for m in missing)}; the template is visits/visits-template.csv")
    label = "row" if path.suffix.lower() in (".xlsx", ".xlsm") else "line"
    parsed: dict[int, ParsedVisit] = {}
    unused: set[str] = set()
    for row in rows:
        data, origins, extra = row_to_data(row.values, f"{label} {row.line}")
        unused.update(extra)
        parsed[row.line] = ParsedVisit(f"{label} {row.line}", data, origins)
    orphans = []
    for row in check_rows or []:
        where = f"{check_label} {row.line}"
        number = parse_count(row.values.get("visit_row"), label="row number") if clean_text(row.values.get("visit_row")) else None
        if number not in parsed:
            orphans.append(Problem(where, "visit_row", f"{row.values.get('visit_row')!r} is not the {label} number of a visit"
                                   f" in {path.name} (visits are on {label}s {', '.join(map(str, list(parsed)[:10]))})"))
            continue
        item = parsed[number]
        index = len(item.data.setdefault("price_checks", []))
        item.data["price_checks"].append(price_check_data(row.values))
        item.origins[("price_checks", index)] = (where, None)
    unused -= {"visit_row"}
    if unused:
        result.warnings.append(f"ignored column(s): {', '.join(sorted(unused))}")
    result.parsed = list(parsed.values())
    result.orphans = orphans
    return result


def parse_yaml(path: Path) -> VisitFileResult:
    """YAML: a list of visits (or {visits: [...]}), each nested as in the README."""
    import yaml

    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise VisitImportError(f"{path.name} is not valid YAML: {exc}") from None
    if isinstance(document, dict) and isinstance(document.get("visits"), list):
        document = document["visits"]
    elif isinstance(document, dict):
        document = [document]
    if not isinstance(document, list) or not document:
        raise VisitImportError(f"{path.name} must hold a list of visits")
    result = VisitFileResult()
    parsed, orphans = [], []
    for number, entry in enumerate(document, start=1):
        where = f"visit {number}"
        if not isinstance(entry, dict):
            orphans.append(Problem(where, "visit", f"expected a mapping of fields, found {type(entry).__name__}"))
            continue
        parsed.append(ParsedVisit(where, yaml_to_data(entry), {(): (where, None)}))
    result.parsed = parsed
    result.orphans = orphans
    return result


def yaml_to_data(entry: dict) -> dict:
    """Accept the friendlier nested spellings of YAML and turn them into the model's fields:
    footfall: {count, minutes}; average_ticket: {amount, source}; scores: {area: n | {score, criterion: n}};
    products: {role: [names]}; photos as paths or {path}."""
    data = dict(entry)
    footfall = data.pop("footfall", None)
    if isinstance(footfall, dict):
        data.setdefault("footfall_count", footfall.get("count"))
        data.setdefault("footfall_minutes", footfall.get("minutes"))
    elif footfall is not None:
        data["footfall_count"] = footfall
    ticket = data.get("average_ticket")
    if isinstance(ticket, dict):
        data["average_ticket"] = ticket.get("amount")
        data.setdefault("average_ticket_source", ticket.get("source"))
        if ticket.get("currency"):
            data.setdefault("currency", ticket.get("currency"))
    scores = data.pop("scores", None)
    if isinstance(scores, dict):
        for area, value in scores.items():
            if isinstance(value, dict):
                value = dict(value)
                data[f"score_{area}"] = value.pop("score", None)
                if value:
                    data.setdefault("criteria", {})[area] = value
            else:
                data[f"score_{area}"] = value
    products = data.get("products")
    if isinstance(products, dict):
        data["products"] = [
            (dict(p, role=role) if isinstance(p, dict) else {"role": role, "name": p})
            for role, names in products.items() for p in (names or [])
        ]
    photos = data.get("photos")
    if isinstance(photos, list):
        data["photos"] = [p.get("path") if isinstance(p, dict) else p for p in photos]
    return data


def read_visit_file(path: Path, config: Config, *, skus: set[str] | None, photos_dir: Path | None = None,
                    price_checks: Path | None = None, now: datetime | None = None) -> VisitFileResult:
    """Read and validate a whole visits file: CSV / XLSX / YAML. Nothing is written."""
    path = Path(path)
    if not path.is_file():
        raise VisitImportError(f"{path} does not exist")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        if price_checks is not None:
            raise VisitImportError("--price-checks is for CSV / XLSX files; in YAML, list price_checks under each visit")
        result = parse_yaml(path)
    elif suffix in (".csv", ".txt", ".tsv", ".xlsx", ".xlsm"):
        result = parse_table(path, price_checks)
    else:
        raise VisitImportError(f"{path.name}: use a .csv, .xlsx or .yaml file")
    photos = PhotoFiles(path.parent, max_photo_bytes(config), photos_dir)
    context = VisitContext(config, skus=skus, photo=photos, now=now or datetime.now(UTC))
    result.photos = photos
    for item in result.parsed:
        item.visit, item.problems = validate_visit(item.data, context, item.origins)
        (result.valid if item.visit else result.invalid).append(item)
    orphans = result.orphans
    if orphans:
        result.invalid.append(ParsedVisit("", {}, {}, None, orphans))
    return result


# --- storing ----------------------------------------------------------------


def store_id(conn: Connection, competitor_id: int, name: str) -> int:
    existing = conn.execute(
        select(db.stores.c.id).where(db.stores.c.competitor_id == competitor_id, db.stores.c.name == name)
    ).scalar()
    if existing is not None:
        return existing
    return conn.execute(db.stores.insert().values(competitor_id=competitor_id, name=name)).inserted_primary_key[0]


def find_duplicate(conn: Connection, store: int, visit: Visit) -> int | None:
    """A visit to the same store at the same minute by the same person is the same visit
    (importing a file twice adds nothing)."""
    v = db.visits
    start = visit.visited_at.replace(second=0, microsecond=0)
    rows = conn.execute(
        select(v.c.id, v.c.visitor).where(
            v.c.store_id == store, v.c.visited_at >= start, v.c.visited_at < start + timedelta(minutes=1)
        )
    ).all()
    for row in rows:
        if (row.visitor or "") == (visit.visitor or ""):
            return row.id
    return None


def save_visit(conn: Connection, config: Config, visit: Visit, *, photos_dir: Path,
               pending: dict[str, Photo] | None = None) -> int | None:
    """Store a validated visit: the visit, its scores, promotions, products, photos, and its
    price checks as observations (source "visit"). Returns the visit id, or None when the
    same visit is already stored."""
    ids = db.sync_competitors(conn, config.competitors)
    cid = ids[visit.competitor]
    sid = store_id(conn, cid, visit.store)
    if find_duplicate(conn, sid, visit) is not None:
        return None
    pending = pending or {}

    def stored(ref: str | None) -> str | None:
        if ref is None:
            return None
        if ref in pending:
            return save_photo(photos_dir, pending[ref])
        if PHOTO_NAME.match(ref):
            return ref
        raise PhotoError(f"photo {ref!r} was not checked before saving")

    now = db.utcnow()
    visit_id = conn.execute(
        db.visits.insert().values(
            store_id=sid, visited_at=visit.visited_at, visitor=visit.visitor, duration_minutes=visit.duration_minutes,
            footfall_count=visit.footfall_count, footfall_minutes=visit.footfall_minutes, holiday=visit.holiday,
            average_ticket=visit.average_ticket, average_ticket_source=visit.average_ticket_source,
            currency=visit.currency, score_environment=visit.score_environment, score_display=visit.score_display,
            score_hospitality=visit.score_hospitality, notes=visit.notes, created_at=now,
        )
    ).inserted_primary_key[0]
    scores = [{"visit_id": visit_id, "area": area, "criterion": criterion, "score": score}
              for area, criteria in visit.criteria.items() for criterion, score in criteria.items()]
    if scores:
        conn.execute(db.visit_scores.insert(), scores)
    for promotion in visit.promotions:
        conn.execute(db.visit_promotions.insert().values(visit_id=visit_id, text=promotion.text, type=promotion.type,
                                                         photo=stored(promotion.photo)))
    if visit.products:
        conn.execute(db.visit_products.insert(),
                     [{"visit_id": visit_id, "role": p.role, "name": p.name, "sku": p.sku} for p in visit.products])
    for ref in visit.photos:
        conn.execute(db.visit_photos.insert().values(visit_id=visit_id, path=stored(ref)))
    store_price_checks(conn, cid, visit_id, visit, when=visit.visited_at)
    return visit_id


def store_price_checks(conn: Connection, competitor_id: int, visit_id: int, visit: Visit, *, when: datetime) -> None:
    """Shelf prices -> competitor products keyed `visit:<sku or text>` with an observation
    (source "visit"). A check of one of our skus is a person saying "this is that product",
    so it is also a confirmed match (unless someone rejected that pair)."""
    if not visit.price_checks:
        return
    own = {}
    skus = [c.sku for c in visit.price_checks if c.sku]
    if skus:
        own = {r.sku: r for r in conn.execute(select(db.own_products.c.sku, db.own_products.c.name)
                                               .where(db.own_products.c.sku.in_(skus)))}
    offers = []
    rows = []
    for check in visit.price_checks:
        name = check.product or (own[check.sku].name if check.sku in own else check.sku)
        promotion = None
        if check.promotion or check.promotion_type:
            promotion = Promotion(type=check.promotion_type or "sale", text=check.promotion or "")
        offers.append(Offer(key=check.key, name=name, price=check.price, regular_price=check.regular_price,
                            currency=visit.currency, in_stock=True, promotion=promotion))
        rows.append({"visit_id": visit_id, "sku": check.sku, "product": check.product, "price": check.price,
                     "regular_price": check.regular_price, "currency": visit.currency, "promotion": check.promotion,
                     "promotion_type": check.promotion_type, "key": check.key})
    db.store_offers(conn, competitor_id, offers, source="visit", visit_id=visit_id, now=when)
    keys = {r["key"] for r in rows}
    product_ids = dict(conn.execute(
        select(db.competitor_products.c.key, db.competitor_products.c.id).where(
            db.competitor_products.c.competitor_id == competitor_id, db.competitor_products.c.key.in_(keys))
    ).all())
    conn.execute(db.visit_price_checks.insert(),
                 [{**{k: v for k, v in r.items() if k != "key"}, "competitor_product_id": product_ids[r["key"]]} for r in rows])
    for check in visit.price_checks:
        if check.sku and check.sku in own:
            # A person's earlier decision on the pair (say, rejected) stands.
            db.record_decision(conn, check.sku, product_ids[check.key], "confirmed", decided_by=visit.visitor or "store visit",
                               reason="shelf price check on a store visit", overwrite_decision=False)


# --- reading back -----------------------------------------------------------


def visit_rows(conn: Connection, competitor: str | None = None, limit: int | None = None,
               visit_id: int | None = None) -> list[dict]:
    """Visits newest first, with competitor and store names and counts of what was noted."""
    v, s, c = db.visits, db.stores, db.competitors
    counts = {}
    for table, label in ((db.visit_price_checks, "price_checks"), (db.visit_photos, "photos"),
                         (db.visit_promotions, "promotions"), (db.visit_products, "products")):
        counts[label] = (select(func.count()).select_from(table).where(table.c.visit_id == v.c.id)
                         .correlate(v).scalar_subquery().label(label))
    query = (
        select(v, c.c.name.label("competitor"), s.c.name.label("store"), *counts.values())
        .join(s, s.c.id == v.c.store_id).join(c, c.c.id == s.c.competitor_id)
        .order_by(v.c.visited_at.desc(), v.c.id.desc())
    )
    if competitor:
        query = query.where(func.lower(c.c.name) == competitor.casefold())
    if visit_id is not None:
        query = query.where(v.c.id == visit_id)
    if limit:
        query = query.limit(limit)
    rows = []
    for row in conn.execute(query).mappings():
        item = dict(row)
        item["footfall_per_hour"] = (item["footfall_count"] * 60 / item["footfall_minutes"]
                                     if item["footfall_count"] is not None and item["footfall_minutes"] else None)
        rows.append(item)
    return rows


def visit_detail(conn: Connection, visit_id: int) -> dict | None:
    rows = visit_rows(conn, visit_id=visit_id)
    if not rows:
        return None
    item = rows[0]
    for table, key in ((db.visit_scores, "criteria"), (db.visit_promotions, "promotions"), (db.visit_products, "products"),
                       (db.visit_photos, "photos"), (db.visit_price_checks, "price_checks")):
        item[key] = [dict(r) for r in conn.execute(select(table).where(table.c.visit_id == visit_id).order_by(table.c.id)).mappings()]
    return item


def visits_frame(conn: Connection):
    """Visits as a pandas frame for `benchmark.visits` (one row per visit)."""
    import pandas as pd

    v, s, c = db.visits, db.stores, db.competitors
    query = (
        select(v.c.id.label("visit_id"), c.c.name.label("competitor"), s.c.name.label("store"), v.c.visited_at,
               v.c.visitor, v.c.duration_minutes, v.c.footfall_count, v.c.footfall_minutes, v.c.holiday,
               v.c.average_ticket, v.c.average_ticket_source, v.c.currency, v.c.score_environment, v.c.score_display,
               v.c.score_hospitality)
        .join(s, s.c.id == v.c.store_id).join(c, c.c.id == s.c.competitor_id)
    )
    return pd.DataFrame(conn.execute(query).mappings().all(), columns=[col.name for col in query.selected_columns])


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def default_now() -> str:
    return datetime.now().replace(second=0, microsecond=0).strftime("%Y-%m-%d %H:%M")


__all__ = [
    "Visit", "PriceCheck", "SeenPromotion", "NotedProduct", "VisitContext", "Problem", "Photo", "PhotoError",
    "check_photo", "save_photo", "sweep_draft_photos", "validate_visit", "read_visit_file", "save_visit", "visit_rows",
    "visit_detail", "visits_frame", "parse_score", "parse_when",
]


# --- terminal prompts -------------------------------------------------------


class Prompter:
    """`storecheck visit add`: asks field by field and re-asks a bad answer.

    Each answer is checked by validating the visit so far with that answer
    (the same `Visit` model as files and the web form) and keeping only the
    errors about that field, so there is one set of rules.
    """

    def __init__(self, config: Config, *, skus: set[str] | None, photos: PhotoFiles, now: datetime | None = None):
        import click

        self.click = click
        self.config = config
        self.skus = skus
        self.photos = photos
        self.context = VisitContext(config, skus=skus, photo=photos, now=now or datetime.now(UTC))
        self.data: dict = {}

    # -- checking one answer
    def _check(self, model: type[BaseModel], partial: dict, name: str, value: object) -> object:
        # A price check validated on its own cannot see the visit, so it is given the currency.
        context = {"visit": self.context, "currency": _settled_currency(self.data, self.context)}
        try:
            model.model_validate({**partial, name: value}, context=context)
        except ValidationError as exc:
            messages = [p.message for p in problems_from(exc, {}) if p.field == name or p.field.startswith(name + ".")]
            if messages:
                raise self.click.BadParameter("; ".join(messages)) from None
        return value

    def ask(self, text: str, name: str, *, default: str | None = None, model: type[BaseModel] = Visit,
            partial: dict | None = None, convert: Callable[[str], object] | None = None,
            stop_on_blank: bool = False) -> object:
        """Ask until the answer is valid; with `stop_on_blank` a blank answer returns None (end of a list)."""
        partial = self.data if partial is None else partial

        def proc(answer: str) -> object:
            if stop_on_blank and not answer.strip():
                return None
            value = convert(answer) if convert else answer
            return self._check(model, partial, name, value)

        value = self.click.prompt(text, default=default if default is not None else "", show_default=bool(default),
                                  value_proc=proc)
        if value is not None or not stop_on_blank:
            partial[name] = value
        return value

    def _numbered(self, choices: list[str]) -> Callable[[str], str]:
        def convert(answer: str) -> str:
            answer = answer.strip()
            if answer.isdigit() and 1 <= int(answer) <= len(choices):
                return choices[int(answer) - 1]
            return answer
        return convert

    # -- the questions
    def competitor(self) -> None:
        names = [c.name for c in self.config.competitors]
        if not names:
            raise self.click.ClickException("No competitors in storecheck.toml yet; add one with `storecheck competitor add NAME URL`.")
        for number, name in enumerate(names, start=1):
            self.click.echo(f"  {number}) {name}")
        self.ask("Competitor (number or name)", "competitor", convert=self._numbered(names),
                 default=names[0] if len(names) == 1 else None)
        self.data["competitor"] = self.config.competitor(str(self.data["competitor"])).name

    def store(self) -> None:
        stores = [s.name for s in self.config.competitor(self.data["competitor"]).stores]
        for number, name in enumerate(stores, start=1):
            self.click.echo(f"  {number}) {name}")
        self.ask("Store (number or name)" if stores else "Store (name or street)", "store", convert=self._numbered(stores),
                 default=stores[0] if len(stores) == 1 else None)

    def when(self) -> None:
        self.ask("When (YYYY-MM-DD HH:MM, local time)", "visited_at", default=default_now())

    def basics(self) -> None:
        self.ask("Who visited (blank to skip)", "visitor")
        self.ask("How long in the store, minutes (blank to skip)", "duration_minutes")

    def footfall(self) -> None:
        self.ask("People counted walking in (blank to skip)", "footfall_count")
        if clean_text(self.data.get("footfall_count")):
            self.ask("Counted over how many minutes", "footfall_minutes")
        else:
            self.data["footfall_minutes"] = None
        self.data["holiday"] = self.click.confirm("Was it a holiday (or a special shopping day)?", default=False)

    def ticket(self) -> None:
        # Asked before any money: a price written with another currency's sign is refused against it.
        self.ask("Currency of the prices in this shop", "currency",
                 default=visit_currency(None, self.data.get("competitor"), self.context))
        self.ask("Average ticket, money per customer (blank to skip)", "average_ticket")
        if clean_text(self.data.get("average_ticket")):
            self.ask("Seen at the till or estimated? (till / estimate)", "average_ticket_source")
        else:
            self.data["average_ticket_source"] = None

    def scores(self) -> None:
        for area in SCORE_AREAS:
            self.ask(f"Score for {AREA_LABELS[area]}, 1-5 or n/a", f"score_{area}", default="n/a")
            for criterion in self.config.visits.criteria.get(area, []):
                def convert(answer: str, area=area, criterion=criterion) -> dict:
                    criteria = self.data.get("criteria") or {}
                    return {**criteria, area: {**criteria.get(area, {}), criterion: answer}}

                self.ask(f"  {area}: {criterion}, 1-5 or n/a", "criteria", default="n/a", convert=convert)

    def promotions(self) -> None:
        items: list[dict] = []
        while True:
            item: dict = {}
            if self.ask("Promotion seen (blank when done)", "text", model=SeenPromotion, partial=item,
                        stop_on_blank=True) is None:
                break
            self.ask(f"  its type ({', '.join(PROMOTION_TYPES)}; blank to skip)", "type", model=SeenPromotion, partial=item)
            self.ask("  photo of it, a file path (blank to skip)", "photo", model=SeenPromotion, partial=item)
            items.append(item)
        self.data["promotions"] = items

    def products(self) -> None:
        items: list[dict] = []
        for role in PRODUCT_ROLES:
            while True:
                item: dict = {"role": role}
                if self.ask(f"{role.capitalize()} product noted (blank when done)", "name", model=NotedProduct,
                            partial=item, stop_on_blank=True) is None:
                    break
                items.append(item)
        self.data["products"] = items

    def price_checks(self) -> None:
        items: list[dict] = []
        while True:
            item: dict = {}
            what = self.ask("Shelf price check: our sku or the product in words (blank when done)", "product",
                            model=PriceCheck, partial=item, stop_on_blank=True)
            if what is None:
                break
            if self.skus and str(what).strip() in self.skus:
                item["sku"], item["product"] = str(what).strip(), None
            self.ask("  price on the shelf", "price", model=PriceCheck, partial=item)
            self.ask("  was-price / regular price (blank if none)", "regular_price", model=PriceCheck, partial=item)
            self.ask("  promotion on it (e.g. 'multibuy: 3 for 2'; blank if none)", "promotion", model=PriceCheck, partial=item)
            items.append(item)
        self.data["price_checks"] = items

    def notes_and_photos(self) -> None:
        self.ask("Notes (blank to skip)", "notes")
        refs: list[str] = []
        while True:
            def check(answer: str) -> str:
                answer = answer.strip()
                if answer:
                    try:
                        self.photos(answer)
                    except ValueError as exc:
                        raise self.click.BadParameter(str(exc)) from None
                return answer

            ref = self.click.prompt("Photo, a file path (blank when done)", default="", show_default=False, value_proc=check)
            if not ref:
                break
            refs.append(ref)
        self.data["photos"] = refs

    def run(self) -> Visit:
        steps = {
            "competitor": self.competitor, "store": self.store, "visited_at": self.when, "visitor": self.basics,
            "duration_minutes": self.basics, "footfall_count": self.footfall, "footfall_minutes": self.footfall,
            "holiday": self.footfall, "average_ticket": self.ticket, "average_ticket_source": self.ticket,
            "currency": self.ticket, "score_environment": self.scores, "score_display": self.scores,
            "score_hospitality": self.scores, "criteria": self.scores, "promotions": self.promotions,
            "products": self.products, "price_checks": self.price_checks, "notes": self.notes_and_photos,
            "photos": self.notes_and_photos,
        }
        for step in dict.fromkeys(steps.values()):
            step()
        while True:
            visit, problems = validate_visit(self.data, self.context)
            if visit is not None:
                return visit
            # Rare: a rule across fields; ask again what it names.
            again = []
            for problem in problems:
                self.click.echo(f"Error: {problem.field}: {problem.message}", err=True)
                step = steps.get(problem.field.split(".", 1)[0])
                if step and step not in again:
                    again.append(step)
            if not again:
                raise self.click.ClickException("; ".join(str(p) for p in problems))
            for step in again:
                step()


def describe(visit: Visit) -> list[str]:
    """A short summary a person can check before saving."""
    lines = [f"{visit.competitor}, {visit.store}, {local_time(visit.visited_at)}" + (f", by {visit.visitor}" if visit.visitor else "")]
    if visit.footfall_per_hour is not None:
        lines.append(f"footfall {visit.footfall_count} in {visit.footfall_minutes} min = {visit.footfall_per_hour:.0f}/h"
                     + (" (holiday)" if visit.holiday else ""))
    if visit.average_ticket is not None:
        lines.append(f"average ticket {visit.average_ticket} {visit.currency} ({visit.average_ticket_source})")
    scores = ", ".join(f"{area} {getattr(visit, 'score_' + area) or 'n/a'}" for area in SCORE_AREAS)
    lines.append(f"scores: {scores}")
    lines.append(f"{len(visit.promotions)} promotion(s), {len(visit.products)} product(s), "
                 f"{len(visit.price_checks)} price check(s), {len(visit.photos)} photo(s)")
    return lines
