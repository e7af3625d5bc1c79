"""Values as people type them on a visit: scores 1-5 or N/A, counts, local
times, choices, promotion types, money in the visit's currency. Shared by the
visit model and the terminal prompts, so a value is read one way everywhere.

Times a person types carry no zone; they are read as the local time of the
machine storecheck runs on and stored in UTC.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from storecheck.models import PROMOTION_TYPES
from storecheck.money import check_price, quoted, read_money

SCORE_AREAS = ("environment", "display", "hospitality")
AREA_LABELS = {"environment": "shopping environment", "display": "merchandise display", "hospitality": "staff hospitality"}
PRODUCT_ROLES = ("main", "promoted", "auxiliary", "best-seller")
TICKET_SOURCES = ("till", "estimate")
# CSV columns holding the products noted per role (one or more, separated by ";").
ROLE_COLUMNS = {"main": "main_products", "promoted": "promoted_products", "auxiliary": "auxiliary_products",
                "best-seller": "best_sellers"}
# The key prefix of a competitor product made by a shelf price check (`price_check_key`).
SHELF_CHECK_PREFIX = "visit:"
_NA = {"", "n/a", "na", "-", "–", "—", "none", "n.a.", "not applicable"}


def is_na(value: object) -> bool:
    """Whether a spreadsheet cell says "nothing here" as people write it ("n/a", "-", "–")."""
    return isinstance(value, str) and value.strip().casefold() in _NA


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
        raise ValueError(f"{quoted(text)} is not a score; give a whole number from 1 to 5, or N/A")
    number = _whole(text)
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
        raise ValueError(f"{quoted(text)} is not a whole {label}")
    number = _whole(text)
    if number < minimum:
        raise ValueError(f"must be at least {minimum}")
    if maximum is not None and number > maximum:
        raise ValueError(f"must be at most {maximum}")
    return number


# Whole numbers a person types are short; a longer one is refused unread (int() of a 5,000-digit
# text is refused by Python, float() of it is infinity).
_WHOLE_DIGITS = 18


def _whole(text: str) -> int:
    """A text of digits ("12", "-3", "4.0") as an int; ValueError past _WHOLE_DIGITS digits."""
    digits = text.split(".")[0].lstrip("-").lstrip("0")
    if len(digits) > _WHOLE_DIGITS:
        raise ValueError(f"{quoted(text)} has too many digits")
    number = int(digits or "0")
    return -number if text.startswith("-") else number


_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y %H:%M")
# "03/02/2025" is 3 February in most of the world and March 2 in the United States, where a
# clock also reads "5:00 PM": read as the shop's staff write it (as promotion dates are read).
_SLASH_FORMATS = ("%d/%m/%Y %H:%M",)
_US_SLASH_FORMATS = ("%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p")


# A visit further back than this is a mistyped year ("1925" for "2025"), not a record: a shop's
# oldest notes of competitors' stores are years old, not decades, and once stored such a visit
# sits in every store's history as its first. Counted back from today, so it never goes stale.
OLDEST_VISIT_YEARS = 20
# A two-digit year's two readings ("15/11/26": 2026-11-15 or 2015-11-26) are told apart by recency
# only when the older is further back than this: a sheet of visits holds last year's, and a few
# years' gap leaves no doubt which one a person typed last month (`_two_digit_year_reading`).
RECENT_GAP_YEARS = 3


# A date and time as a spreadsheet saved as CSV writes it in its country's format, or as a person
# types it there: day and month by "/", "." or "-" ("02.12.2026", Dutch "02-12-2026"; LibreOffice's
# "02.12.26"), then a
# clock with seconds (Excel's date-and-time cell, "09:30:00"), with an "h" (French "9h30", "14h")
# or a dot (Danish and Finnish "9.30"), or "9:30 AM".
_SPREADSHEET_TIME = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})[\sT,]+"
    r"(?:(?P<h12>\d{1,2}):(?P<m12>\d{2})(?::(?P<s12>\d{2}))?\s*(?P<half>[ap])\.?m\.?"
    r"|(?P<hour>\d{1,2})(?:h(?P<hm>\d{2})?|[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?))",
    re.IGNORECASE,
)


def _spreadsheet_time(text: str, us_dates: bool) -> datetime | None:
    """`text` read as `_SPREADSHEET_TIME` writes it; None when it is not so written. A date by dots
    is day first everywhere; by "/" or "-", month first where the shop prices in USD, as
    `parse_when` reads a slash date. A day or hour out of range is a ValueError, naming the text."""
    found = _SPREADSHEET_TIME.fullmatch(text)
    if found is None:
        return None
    first, second, year = int(found["a"]), int(found["b"]), int(found["year"])
    if len(found["year"]) == 2:
        # LibreOffice shows (and saves to CSV) a date-and-time cell in its locale's default format, with
        # two digits of year ("03.12.26 14:30"): a visit is of this century.
        year += 2000
    day, month = (second, first) if us_dates and found["sep"] != "." else (first, second)
    if len(found["year"]) == 2 and found["sep"] != ".":
        reading = _two_digit_year_reading(text, found, datetime(year, month, day) if _is_date(year, month, day)
                                          else None)
        if reading is not None:
            year, month, day = reading.year, reading.month, reading.day
    if found["half"]:
        hour, minute, seconds = int(found["h12"]), int(found["m12"]), int(found["s12"] or 0)
        if not 1 <= hour <= 12:
            raise ValueError(f"{quoted(text)}: {hour} is no hour on a 12-hour clock")
        hour = hour % 12 + (12 if found["half"].casefold() == "p" else 0)
    else:
        hour, minute, seconds = int(found["hour"]), int(found["hm"] or found["minute"] or 0), int(found["second"] or 0)
    try:
        return datetime(year, month, day, hour, minute, seconds)
    except ValueError as exc:
        raise ValueError(f"{quoted(text)} is not a date and time ({exc}); write it like 2026-03-01 14:30") from None


def _now() -> datetime:
    """Local time now, naive as a visit time written without zone is (a test sets its own)."""
    return datetime.now()


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _two_digit_year_reading(text: str, found: re.Match, reading: datetime | None) -> datetime | None:
    """The date of a two-digit year by "-" or "/", which may stand first ("25-11-20", "26/01/15": the
    short dates of Japanese, Chinese, Korean, Swedish or Hungarian writing) as well as last.

    Each reading counts only as a date a visit can have: a real day, not in the future, not past
    OLDEST_VISIT_YEARS. Where only one is, or both give one day, that is the date. Where both are,
    the text alone cannot tell them apart; a visits sheet is of recent visits, so the one within the
    last year is taken when the other is more than RECENT_GAP_YEARS further back (the years of the
    two readings differ by the two numbers: "15/11/26" is 2026-11-15 or 2015-11-26). Otherwise it is
    refused, naming both, rather than stored years off. (A dotted date is day first wherever it is
    written with two digits of year, and is not asked here.)"""
    now = _now()

    def possible(moment: datetime | None) -> bool:
        return moment is not None and now - timedelta(days=365.25 * OLDEST_VISIT_YEARS) <= moment <= now + \
            timedelta(minutes=10)

    year, month, day = 2000 + int(found["a"]), int(found["b"]), int(found["year"])
    other = datetime(year, month, day) if _is_date(year, month, day) else None
    if not possible(other) or (reading is not None and other is not None and reading.date() == other.date()):
        return reading
    if not possible(reading):
        return other
    assert reading is not None and other is not None
    recent, older = max(reading, other), min(reading, other)
    if recent >= now - timedelta(days=366) and older < now - timedelta(days=365.25 * RECENT_GAP_YEARS):
        return recent
    raise ValueError(f"{quoted(text)}: a two-digit year that may come first or last ({reading:%Y-%m-%d} or "
                     f"{other:%Y-%m-%d}?); write the year in four digits, like 2026-03-01 14:30")


# Excel counts days from this one (its 1900 date system); a workbook in the 1904 system is read
# with its own start by the XLSX reader (`files._read_sheets`) before it gets here.
EXCEL_EPOCH = datetime(1899, 12, 30)
# A day number of five digits: 1927-05-18 to 2173-10-14, which holds every visit, and no other
# number a visit time column could hold.
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")


def is_excel_serial(value: object) -> bool:
    """Whether a visit time cell holds a spreadsheet's day number (`_SERIAL`), as a number or as text:
    the one test for the XLSX reader (which counts it from its workbook's first day) and `parse_when`."""
    if isinstance(value, str):
        return _SERIAL.fullmatch(value.strip()) is not None
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 10_000 <= value < 100_000


def excel_serial(value: float, epoch: datetime = EXCEL_EPOCH) -> datetime:
    """A spreadsheet's day number with the time as its fraction ("45717.4375", a cell formatted as a
    number) -> the local time it shows as a date, to the second (the fraction is a float)."""
    return epoch + timedelta(seconds=round(value * 86400))


class ClockChangeError(ValueError):
    """A time of day the store's clock skipped or showed twice (`clock_change`)."""


def clock_change(moment: datetime, zone: ZoneInfo) -> str | None:
    """Why the clock time `moment` (without zone) names no single moment on a clock in `zone`, or None:
    the hour the clocks skip when summer time starts (02:30 on 29 March 2026 in Europe/Berlin never
    happened) and the hour they show twice when it ends (02:30 on 25 October 2026 happened at +02:00
    and again an hour later at +01:00). Read without a word, the first was stored as 03:30 and the
    second as the first of the two (hostile14's F123).

    >>> berlin = ZoneInfo("Europe/Berlin")
    >>> clock_change(datetime(2026, 3, 29, 2, 30), berlin)[:14], clock_change(datetime(2026, 10, 25, 2, 30), berlin)[:14]
    ('never happened', 'happened twice')
    >>> clock_change(datetime(2026, 10, 25, 3, 30), berlin) is None
    True
    """
    first, second = moment.replace(tzinfo=zone, fold=0), moment.replace(tzinfo=zone, fold=1)
    before, after = first.utcoffset(), second.utcoffset()
    if before is None or after is None or before == after:
        return None
    step = _duration(abs(after - before))
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
        # Skipped: the clocks jumped over it. Read on a clock not yet put forward, it is this moment.
        moved = first.astimezone(UTC).astimezone(zone)
        return (f"never happened on the store's clock ({zone.key}): the clocks went forward {step} that night; "
                f"read on a clock not yet put forward it was {moved:%H:%M}: write that, or the time with its "
                f"offset ({moment:%Y-%m-%d %H:%M}{_offset(before)})")
    return (f"happened twice on the store's clock ({zone.key}): the clocks went back {step} that night; which "
            f"was it? Write it with its offset: {moment:%Y-%m-%d %H:%M}{_offset(before)} (the first) or "
            f"{moment:%Y-%m-%d %H:%M}{_offset(after)} (the second, {step} later)")


def repeated_moments(moment: datetime, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    """The two moments a clock time (without zone) names on a clock in `zone` the night the clocks went
    back, the first and the second, or None where it names one moment (or none: the hour skipped).

    >>> first, second = repeated_moments(datetime(2026, 10, 25, 2, 30), ZoneInfo("Europe/Berlin"))
    >>> first.isoformat(), second.isoformat()
    ('2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00')
    >>> repeated_moments(datetime(2026, 3, 29, 2, 30), ZoneInfo("Europe/Berlin")) is None
    True
    """
    first, second = moment.replace(tzinfo=zone, fold=0), moment.replace(tzinfo=zone, fold=1)
    before, after = first.utcoffset(), second.utcoffset()
    if before is None or after is None or before == after:
        return None
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
        return None  # skipped, not repeated
    return first, second


def step_back(first: datetime, second: datetime) -> str:
    """How far the clocks went back between the two moments `repeated_moments` gives ("an hour")."""
    return _duration(abs((second.utcoffset() or timedelta()) - (first.utcoffset() or timedelta())))


def _duration(delta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return "an hour" if minutes == 60 else f"{minutes // 60} h {minutes % 60:02d} min" if minutes > 60 else f"{minutes} minutes"


def _offset(delta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_when(value: object, *, us_dates: bool = False, zone: str | None = None) -> datetime | None:
    """A visit time as people give it: "2026-03-01 14:30", ISO, a spreadsheet datetime, or
    its day number ("45717.4375", a date cell formatted as a number); with `us_dates` (a shop
    pricing in USD) a slash date is month first. A time without zone is a time on the store's
    clock, `zone` (an IANA name), else the machine's; the result is UTC."""
    if value is None:
        return None
    if is_excel_serial(value):
        value = excel_serial(float(value))  # type: ignore[arg-type]
    if isinstance(value, datetime):
        if value.tzinfo is None and value.time() == time():
            # A spreadsheet's date cell is a datetime at 00:00: a day without a time of day,
            # refused as "2026-03-01" is in a CSV, rather than stored as a visit at midnight.
            raise ValueError(f"{value:%Y-%m-%d} has no time of day (a date cell); give the time too, e.g. "
                             f"{value:%Y-%m-%d} 14:30 (a visit at midnight: 00:01)")
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
            for fmt in _FORMATS + (_US_SLASH_FORMATS if us_dates else _SLASH_FORMATS):
                try:
                    moment = datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
        if moment is None:
            moment = _spreadsheet_time(text, us_dates)
        if moment is None:
            raise ValueError(f"{quoted(text)} is not a date and time; write it like 2026-03-01 14:30")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError("give the time of day too, e.g. 2026-03-01 14:30")
    try:
        if moment.tzinfo is None:
            # What the person read on the store's clock: the report reads the visit's day and hour
            # back on that clock, whatever the machine's zone.
            if zone and (problem := clock_change(moment, ZoneInfo(zone))):
                raise ClockChangeError(f"{quoted(str(value).strip())} {problem}")
            moment = moment.replace(tzinfo=ZoneInfo(zone)) if zone else moment.astimezone()
        return moment.astimezone(UTC)
    except ClockChangeError:
        raise
    except (OverflowError, ValueError):
        # 0001-01-01 or 9999-12-31 with a zone: no such time in UTC.
        raise ValueError(f"{quoted(str(value).strip())} is out of the range of dates") from None


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
    raise ValueError(f"{quoted(str(value))} is not one of: {', '.join(choices)}")


def parse_promotion_type(value: object) -> str | None:
    return parse_choice(value, PROMOTION_TYPES, {"percent": "percent_off", "amount": "amount_off", "bogof": "multibuy",
                                                 "loyalty-only": "loyalty", "discount": "sale"})


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
    return check_price(amount, quoted(str(value).strip()))


def normalise_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def price_check_key(sku: str | None, product: str | None) -> str:
    """The competitor product a shelf price check belongs to: `visit:<our sku>` or
    `visit:<normalised product text>`, so later visits extend the same history."""
    return SHELF_CHECK_PREFIX + (sku if sku else normalise_text(product or ""))[:1900]


def local_time(moment: datetime | None, zone: str | None = None) -> str:
    """A stored moment on the store's clock (`zone`), else the machine's, as a visit time is written."""
    if not moment:
        return ""
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # stored in UTC
    return moment.astimezone(ZoneInfo(zone) if zone else None).strftime("%Y-%m-%d %H:%M")


def local_time_named(moment: datetime | None, zone: str | None = None) -> str:
    """`local_time`, with the zone named when there is one ("2026-11-18 18:45 Asia/Tokyo"), as the report
    names it: the visits of stores on two clocks listed together read as one clock without it."""
    return local_time(moment, zone) + (f" {zone}" if moment and zone else "")


def default_now(zone: str | None = None) -> str:
    """Now on the store's clock (`zone`), else the machine's, as `parse_when` reads it back."""
    now = datetime.now(ZoneInfo(zone)) if zone else datetime.now()
    return now.replace(second=0, microsecond=0).strftime("%Y-%m-%d %H:%M")
