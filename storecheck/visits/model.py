"""The visit model and its validation: one `Visit` (pydantic) for the three
ways a visit comes in (prompts, files, the web form), checked against a
`VisitContext` that knows the config (competitors, stores, sub-criteria), our
skus and how to check photos. Errors come back as `Problem`s that name where
the value came from: a file's row and column, or a web form's field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic_core import PydanticCustomError
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from storecheck.config import Config, ConfigError, Store, name_key
from storecheck.models import PromotionType, clean_text, parse_bool, unknown_sku
from storecheck.money import MONEY_PLACES, kept_amount, normalise_currency, whole_units_note
from storecheck.visits.parsing import (
    OLDEST_VISIT_YEARS,
    PRODUCT_ROLES,
    TICKET_SOURCES,
    parse_choice,
    parse_count,
    parse_price,
    parse_promotion_type,
    parse_score,
    parse_when,
    price_check_key,
    split_promotion,
)



def _typed_promotion(data: object, text_field: str, type_field: str) -> object:
    """Raw model data with "multibuy: 3 for 2" in `text_field` split into its type
    and text (`split_promotion`), unless a type is given on its own."""
    if isinstance(data, dict) and isinstance(data.get(text_field), str) and not clean_text(data.get(type_field)):
        kind, text = split_promotion(data[text_field])
        if kind:
            data = {**data, type_field: kind, text_field: text}
    return data


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
    """The visit's currency: as written, else the competitor's in the config, else our shop's.

    A sign several currencies share ("kr", "$") is settled by the same two, in that order
    (`money.normalise_currency`): "kr" at a competitor set up in NOK is NOK. A sign neither
    settles is refused, naming what it could be, rather than stored as a guess."""
    configured = ours = None
    if ctx is not None:
        name = (clean_text(competitor) or "").casefold()
        listed = next((c for c in ctx.config.visited() if c.name.casefold() == name), None)
        ours = ctx.config.shop.currency
        configured = (listed.currency if listed else None) or ours
    return normalise_currency(clean_text(value), configured, [frozenset({ours} - {None})]) or configured


def settled_currency(data: dict, ctx: VisitContext | None) -> str | None:
    """`visit_currency` of a visit's raw data, None while its currency is not a code
    (the currency field reports that)."""
    try:
        return visit_currency(data.get("currency"), data.get("competitor"), ctx)
    except ValueError:
        return None


def _read_money(value: object, info: ValidationInfo) -> Decimal | None:
    return parse_price(value, (info.context or {}).get("currency"))


def _store_in(config: Config, competitor: object, store: object) -> Store | None:
    """`store` of `competitor` as storecheck.toml lists it, or None."""
    if not competitor or not store:
        return None
    try:
        shop = config.visited_shop(str(competitor))
    except ConfigError:  # an unknown competitor is named by its own field
        return None
    return next((s for s in shop.stores if name_key(s.name) == name_key(str(store))), None)


def clock_zone(config: Config, competitor: object, store: object) -> str | None:
    """The time zone of the store's clock: its own `time_zone`, else `[shop] time_zone`, else None
    (the machine's). A time written without zone is read on it, as the report reads it back, and
    a visit's time is shown on it at the terminal."""
    return _zone_of(config, _store_in(config, competitor, store))


def _zone_of(config: Config, found: Store | None) -> str | None:
    return found.time_zone if found is not None and found.time_zone else config.shop.time_zone


def store_zone(ctx: VisitContext | None, competitor: object, store: object) -> str | None:
    """`clock_zone` of the visit being checked (None without a context: the machine's)."""
    return clock_zone(ctx.config, competitor, store) if ctx is not None else None


def _closed_on(ctx: VisitContext | None, competitor: object, store: object) -> tuple[date, str | None] | None:
    """The day `store` of `competitor` closed for good (`closed` in storecheck.toml), with the time zone
    of the store's clock (`store_zone`), or None."""
    if ctx is None or (found := _store_in(ctx.config, competitor, store)) is None or found.closed is None:
        return None
    return found.closed, _zone_of(ctx.config, found)


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
            raise ValueError(f"{unknown_sku(value, ctx.skus)}; give the product in words instead (column/field 'product')")
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
# A visit's notes: a page of writing, well past what anyone types in a shop (the form says it when
# a paste goes past it, and the report shows every note whole).
NOTES_MAX_LENGTH = 20_000


class Visit(_Model):
    """One visit to a store, as a person recorded it: a competitor's store, or one of ours
    (then `competitor` is our shop's name, `[shop] name` in storecheck.toml)."""

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
    notes: str | None = None
    photos: list[str] = Field(default_factory=list)
    # `visited_at` as versions before the store's clock read it (on the machine's), when that differs.
    _machine_reading: datetime | None = PrivateAttr(default=None)

    _clean = field_validator("competitor", "store", "visitor", "notes", mode="before")(classmethod(lambda cls, v: clean_text(v)))

    @field_validator("notes")
    @classmethod
    def _notes_within_bound(cls, value: str | None) -> str | None:
        # Said with the note's length, so a person knows how much to cut (the form sends the note back
        # whole: cut in the page, the words past the bound would be lost to whoever typed them).
        if value is not None and len(value) > NOTES_MAX_LENGTH:
            raise ValueError(f"the notes are {len(value):,} characters; at most {NOTES_MAX_LENGTH:,} are kept "
                             f"(shorten them by {len(value) - NOTES_MAX_LENGTH:,})")
        return value
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
            info.context["currency"] = settled_currency(data, _context(info))
        return data

    @model_validator(mode="after")
    def _keep_machine_reading(self, info: ValidationInfo) -> Visit:
        self._machine_reading = (info.context or {}).get("machine_reading")
        return self

    @property
    def machine_reading(self) -> datetime | None:
        """`visited_at` as a version before the store's clock read it, on the machine's clock (a
        time written without zone at a store whose `time_zone` is not the machine's), else None."""
        return self._machine_reading

    @field_validator("competitor")
    @classmethod
    def _known_competitor(cls, value: str, info: ValidationInfo) -> str:
        ctx = _context(info)
        if ctx is None:
            return value
        for competitor in ctx.config.visited():
            if name_key(competitor.name) == name_key(value):
                return competitor.name
        known = ", ".join(c.name for c in ctx.config.competitors) or "none yet; add one with `storecheck competitor add`"
        raise ValueError(f"no competitor {value!r} (known: {known}; our own shop: {ctx.config.shop.name})")

    @field_validator("store")
    @classmethod
    def _known_store(cls, value: str, info: ValidationInfo) -> str:
        ctx = _context(info)
        name = info.data.get("competitor")
        if ctx is None or name is None:
            return value
        stores = [s.name for s in ctx.config.visited_shop(name).stores]
        if not stores:
            return value  # no stores listed for this competitor: any name is a new store
        for store in stores:
            if name_key(store) == name_key(value):
                return store
        command = "store add --ours NAME" if ctx.config.is_ours(name) else f"store add {name!r} NAME"
        raise ValueError(f"{name} has no store {value!r} in storecheck.toml (listed: {', '.join(stores)}; "
                         f"add one with `storecheck {command}`)")

    @field_validator("visited_at", mode="before")
    @classmethod
    def _when(cls, value: object, info: ValidationInfo) -> datetime | None:
        ctx = _context(info)
        us_dates = ctx is not None and ctx.config.shop.month_first
        zone = store_zone(ctx, info.data.get("competitor"), info.data.get("store"))
        moment = parse_when(value, us_dates=us_dates, zone=zone)
        if info.context is not None:
            # Earlier versions read a time without zone on the machine's clock: kept aside, so that a
            # file imported then and imported again now is found stored (`storage.find_duplicate`).
            machine = parse_when(value, us_dates=us_dates) if zone and moment is not None else None
            info.context["machine_reading"] = machine if machine != moment else None
        if moment is not None and ctx is not None and moment > ctx.now + timedelta(minutes=10):
            raise ValueError("is in the future")
        if moment is not None and ctx is not None and moment < ctx.now - timedelta(days=365.25 * OLDEST_VISIT_YEARS):
            raise ValueError(f"is more than {OLDEST_VISIT_YEARS} years ago ({moment:%Y-%m-%d}); check the year")
        closing = _closed_on(ctx, info.data.get("competitor"), info.data.get("store"))
        if moment is not None and closing is not None:
            closed, zone = closing
            # Its last day is a day on the store's clock, not in UTC: an evening visit west of UTC is
            # already the next day in UTC. Its old visits stay; a later one is of another store, or a
            # mistyped date.
            there = moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()
            if there.date() > closed:
                raise ValueError(f"{info.data['store']} closed for good on {closed:%Y-%m-%d} (storecheck.toml); "
                                 f"a visit on {there:%Y-%m-%d} cannot be to it")
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
                # `items`: the two checks by their place in the list, so the message can name where each
                # was written (a price checks file's rows), not only their order in this visit.
                raise PydanticCustomError(
                    "same_product_twice", "price check {number} is for the same product as price check {first} ('{what}')",
                    {"number": number, "first": seen[check.key], "what": check.sku or check.product or check.key,
                     "items": (seen[check.key] - 1, number - 1)})
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
        # An error between items of a list (one product checked twice) is said where each item was
        # written, when they were written apart from the visit (a price checks file's rows).
        items = [origins.get((*loc, index), ("", None))[0] for index in (err.get("ctx") or {}).get("items", ())]
        if items and all(items) and any(item != where for item in items):
            where, message = " and ".join(items), f"{message} (both for the visit on {where})"
        # An empty cell or answer reaches a required text as None ("Input should be a valid string").
        if err["type"] == "missing" or (err["type"] in ("string_too_short", "string_type") and not err.get("input")):
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


@dataclass
class RoundedAmount:
    """An amount of a valid visit that the money columns keep rounded: where it was written, as
    written, and as kept."""

    where: str
    field: str
    written: str
    kept: Decimal

    def __str__(self) -> str:
        return str(Problem(self.where, self.field, f"{self.written!r} is kept as {self.kept.normalize():f} "
                                                   f"(amounts are kept to {MONEY_PLACES} decimal places)"))


def rounded_amounts(visit: Visit, data: dict, origins: Origins, *, joiner: str = ".") -> list[RoundedAmount]:
    """The amounts of `visit` (validated from `data`) past four decimal places, each named as a
    problem of its field would be: the import says so, and the form asks for the amount again,
    rather than either cutting it without a word."""
    found = []
    for loc, amount, written in _amounts(visit, data):
        if amount is None or amount == (kept := kept_amount(amount)):
            continue
        where, name = _named(loc, origins, joiner)
        found.append(RoundedAmount(where, name, str(written).strip(), kept))
    return found


def whole_unit_fractions(visit: Visit, data: dict, origins: Origins, *, joiner: str = ".") -> list[Problem]:
    """The amounts of `visit` with a fraction in a currency written in whole units ("12.50" in JPY:
    `money.whole_units_note`), each named as a problem of its field: said by the import, the visit
    kept as written (hostile12's F108)."""
    found = []
    for loc, amount, written in _amounts(visit, data):
        if (note := whole_units_note(amount, visit.currency)) is not None:
            where, name = _named(loc, origins, joiner)
            found.append(Problem(where, name, f"{str(written).strip()!r} {note}"))
    return found


def _amounts(visit: Visit, data: dict) -> list[tuple[tuple, Decimal | None, object]]:
    """(location in `data`, amount as validated, as written) of the visit's ticket and price checks."""
    amounts: list[tuple[tuple, Decimal | None, object]] = [(("average_ticket",), visit.average_ticket, data.get("average_ticket"))]
    written_checks = data.get("price_checks") or []
    for index, check in enumerate(visit.price_checks):
        written = written_checks[index] if index < len(written_checks) and isinstance(written_checks[index], dict) else {}
        amounts += [(("price_checks", index, name), getattr(check, name), written.get(name)) for name in ("price", "regular_price")]
    return amounts


def _named(loc: tuple, origins: Origins, joiner: str) -> tuple[str, str]:
    """Where the amount at `loc` was written and its field's name, as its problems are named."""
    prefix = max((p for p in origins if loc[: len(p)] == p), key=len, default=())
    where, name = origins.get(prefix, ("", None))
    return where, name or joiner.join(str(part) for part in loc[len(prefix):])
