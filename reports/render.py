"""Render benchmark results into one self-contained HTML file.

The input is plain data (see ``render_report``); this module never queries the
database. The page carries its CSS, SVG charts and a few lines of JavaScript
inline, plus a Content-Security-Policy that forbids any request to another
host and any script but our own (a per-render nonce), as a second line of
defence behind Jinja's autoescaping of untrusted competitor text.
"""

from __future__ import annotations

import math
import os
import secrets
import tempfile
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from babel.numbers import format_currency
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, Undefined

from benchmark.pricing import format_ratio, largest_gaps
from reports.bidi import isolate_rtl
from reports.charts import bar_chart, histogram, line_chart, share_bar, sparkline
from storecheck.errors import CannotWrite
from storecheck.models import promotion_mix_text, promotion_name
from storecheck.money import currency_digits, in_currency_places
from storecheck.money.writing import current_locale, written_number

MISSING = "\u2014"  # em dash, shown wherever a value is missing

# Symbols we put in front of the amount; every other currency is written
# after it as its ISO code ("12.49 CHF"), which is unambiguous.
CURRENCY_SYMBOLS = {"EUR": "\u20ac", "USD": "$", "GBP": "\u00a3"}

# Optional sections: rendered only when their key is in the context, as
# generic tables of dict rows, so later work fills them without template
# surgery. Order = order in the report.
EXTRA_SECTIONS = (
    ("promotions", "Promotions"),
    ("range", "Range"),
    ("visits", "Store visits"),
    ("changes", "Changes and alerts"),
)


# --------------------------------------------------------------------------
# filters: every one accepts missing values (None / Undefined) and never raises


def _missing(value: Any) -> bool:
    return value is None or isinstance(value, Undefined) or (isinstance(value, str) and not value.strip())


def _float(value: Any) -> float | None:
    if type(value) is float:  # most values (a report's gaps), settled at one look; the same result
        return value if math.isfinite(value) else None
    if _missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, InvalidOperation):
        return None
    return number if math.isfinite(number) else None


def _decimal(value: Any) -> Decimal | None:
    if _missing(value) or isinstance(value, bool):
        return None
    try:
        # str() first, so a float that slipped through shows its short repr
        # rather than its binary expansion.
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError, TypeError):
        return None
    return number if number.is_finite() else None


def amount(value: Any, currency: Any = None) -> str:
    """Decimal -> the amount with its currency's places, without the currency: "1,204.00", "19,800" (JPY),
    "1.235" (BHD); for pages that write the code after it ("19,800 JPY", `storecheck serve`)."""
    number = _decimal(value)
    if number is None:
        return MISSING
    code = "" if _missing(currency) else str(currency).strip().upper()
    if (local := written_number(number, code)) is not None:  # `[report] locale`: "1 204,00"
        return local
    return f"{in_currency_places(number, code):,.{currency_digits(code)}f}"


def money(value: Any, currency: Any = None) -> str:
    """Decimal + ISO currency -> "€12.49", "£1,204.00", "12.49 CHF", "12.49"; in the locale `[report] locale`
    names when it names one ("12,49 €", "3,49 zł": `storecheck.money.writing`)."""
    number = _decimal(value)
    if number is None:
        return MISSING
    code = "" if _missing(currency) else str(currency).strip().upper()
    if code and (locale := current_locale()) is not None:
        return format_currency(in_currency_places(number, code), code, locale=locale)
    text = amount(abs(number), code)
    sign = "-" if in_currency_places(number, code) < 0 else ""
    if code in CURRENCY_SYMBOLS:
        return f"{sign}{CURRENCY_SYMBOLS[code]}{text}"
    return f"{sign}{text} {code}".rstrip()


def pct(value: Any, digits: int = 0) -> str:
    """A share 0..1 -> "42%"."""
    share = _float(value)
    return MISSING if share is None else f"{share * 100:.{digits}f}%"


def gap(value: Any, digits: int = 1) -> str:
    """A gap already in percent -> "+12.3%" / "-4.0%" / "0.0%"."""
    number = _float(value)
    if number is None:
        return MISSING
    text = f"{number:+.{digits}f}%"
    return text[1:] if float(text[:-1]) == 0 else text


def index(value: Any) -> str:
    """A price index -> "104.3"."""
    number = _float(value)
    return MISSING if number is None else f"{number:.1f}"


def ratio(value: Any) -> str:
    """Our price ÷ theirs -> "1.02×", "98×", "0.012×", "12,345×", as the reasons write it."""
    number = _float(value)
    return MISSING if number is None else format_ratio(number)


def safe_url(value: Any) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else None.

    Anything else (``javascript:``, ``data:``, relative or protocol-relative
    URLs) must not become a link: the caller renders it as plain text.
    """
    if _missing(value) or not isinstance(value, str):
        return None
    url = value.strip()
    # Browsers ignore these inside URLs, which has been used to smuggle
    # "java\nscript:"; refuse rather than guess.
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def format_datetime(value: Any, zone: str | None = None) -> str:
    """UTC-aware datetime -> "2026-11-23 14:05 UTC" (naive values are taken as UTC); with `zone` (an
    IANA name: a store's clock) the time there, named: "2026-11-23 15:05 Europe/Paris". A value that
    carries a zone of its own (a ZoneInfo: a table's time on a store's clock) is shown on it, named."""
    if _missing(value):
        return MISSING
    if isinstance(value, datetime):
        if zone is None and isinstance(value.tzinfo, ZoneInfo) and value.tzinfo.key != "UTC":
            zone = value.tzinfo.key
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        if zone:
            return f"{moment.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M} {zone}"
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def hours(value: Any) -> str:
    """An age in hours -> "45 min", "5.2 h", "3.1 d"."""
    number = _float(value)
    if number is None:
        return MISSING
    if number < 1:
        return f"{number * 60:.0f} min"
    if number < 48:
        return f"{number:.1f} h"
    return f"{number / 24:.1f} d"


def side(value: Any, baseline: float = 0.0, tolerance: Any = 1.0) -> str:
    """CSS class for a value around a baseline: "dearer", "cheaper", "same" or ""."""
    number = _float(value)
    tol = _float(tolerance) or 0.0
    if number is None:
        return ""
    if number > baseline + tol:
        return "dearer"
    if number < baseline - tol:
        return "cheaper"
    return "same"


def verdict(value: Any, tolerance: Any = 1.0) -> str:
    """A price index in words: "we are 4.3% dearer"."""
    number = _float(value)
    if number is None:
        return "no comparable prices"
    where = side(number, 100.0, tolerance)
    if where == "same":
        return "about the same prices"
    return f"we are {abs(number - 100):.1f}% {where}"


def sortkey(value: Any) -> str:
    """Machine value for a cell's data-sort attribute ("" when missing)."""
    if _missing(value):
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return str(value) if value.is_finite() else ""
    if isinstance(value, (int, float)):
        return f"{value:.6g}" if math.isfinite(value) else ""
    if isinstance(value, datetime):
        return (value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def cell(value: Any, currency: Any = None) -> str:
    """Any value in a generic table -> readable text (still autoescaped)."""
    if _missing(value):
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return money(value, currency) if not _missing(currency) else str(value)
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if math.isfinite(value) else MISSING
    if isinstance(value, (datetime, date)):
        return format_datetime(value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {cell(v, currency)}" for k, v in value.items()) or MISSING
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(cell(v, currency) for v in value) or MISSING
    return str(value)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def dict_columns(rows: Iterable[Mapping]) -> list[tuple[Any, str, bool]]:
    """Columns of a generic table: (key, header label, numeric?) in order of first appearance."""
    columns: dict[Any, bool] = {}
    for row in rows:
        for key, value in row.items():
            columns[key] = columns.get(key, False) or (is_number(value) and _float(value) is not None)
    return [(key, str(key).replace("_", " "), numeric) for key, numeric in columns.items()]


class _AsWritten(str):
    """A value printed as it is, with no isolation marks (`verbatim`)."""


def verbatim(value: Any) -> Any:
    """A value a script or the browser reads rather than a person: a hook such as `data-competitor`,
    which a script selects by the name as written. `_finalize` leaves it without isolation marks; it is
    escaped as any other value."""
    return _AsWritten(value) if isinstance(value, str) else value


FILTERS = {
    "verbatim": verbatim,
    "money": money,
    "pct": pct,
    "gap": gap,
    "ratio": ratio,
    "index": index,
    "safe_url": safe_url,
    "datetime": format_datetime,
    "hours": hours,
    "side": side,
    "verdict": verdict,
    "sortkey": sortkey,
    "cell": cell,
    "promotion_name": promotion_name,
    "promotion_mix": promotion_mix_text,
}
TESTS = {"number": is_number}
GLOBALS = {"dict_columns": dict_columns, "bar_chart": bar_chart, "histogram": histogram, "share_bar": share_bar,
           "line_chart": line_chart, "sparkline": sparkline}


def _finalize(value: Any) -> Any:
    """Every value a template prints: a right-to-left name in one of our sentences is isolated
    (`reports.bidi`), so the digits after it stay in the sentence's order. Not a link's address,
    which must stay as it was, nor markup we made (a chart)."""
    if type(value) is str and not value.startswith(("http://", "https://")):
        return isolate_rtl(value)
    return value


@lru_cache(maxsize=8)
def _environment(template_dir: str | None) -> Environment:
    loaders = [PackageLoader("reports", "templates")]
    if template_dir is not None:
        loaders.insert(0, FileSystemLoader(template_dir))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters.update(FILTERS)
    env.tests.update(TESTS)
    env.globals.update(GLOBALS)
    return env


def make_environment(template_dir: str | Path | None = None) -> Environment:
    """The report's Jinja environment; templates in ``template_dir`` override ours."""
    return _environment(None if template_dir is None else str(Path(template_dir).resolve()))


# --------------------------------------------------------------------------
# context: normalise whatever we are given so templates never meet a crash


def _rows(value: Any) -> list[dict]:
    """A list of dict rows; anything that is not a mapping is dropped."""
    return [dict(row) for row in _mappings(value)]


def _mappings(value: Any) -> list[Mapping]:
    """The mappings of a list of rows, not copied (see `_rows`)."""
    if _missing(value) or isinstance(value, (str, bytes, Mapping)):
        return []
    try:
        return [row for row in value if isinstance(row, Mapping)]
    except TypeError:
        return []


def _with_defaults(rows: list[dict], keys: Iterable[str]) -> list[dict]:
    return [{key: None for key in keys} | row for row in rows]


def _definitions(value: Any) -> list[tuple[str, str]]:
    if _missing(value):
        return []
    if isinstance(value, Mapping):
        value = value.items()
    out = []
    for item in value if not isinstance(value, str) else []:
        if isinstance(item, Mapping):
            item = (item.get("term", ""), item.get("text", item.get("definition", "")))
        try:
            term, text = item
        except (TypeError, ValueError):
            continue
        out.append((cell(term), "" if _missing(text) else str(text)))
    return out


def _notes(value: Any) -> list[str]:
    if _missing(value):
        return []
    if isinstance(value, str):
        return [value]
    try:
        return [str(note) for note in value if not _missing(note)]
    except TypeError:
        return [str(value)]


def _blocks(value: Any) -> list[dict]:
    """An optional section's value -> blocks of {"title", "rows", "facts"}.

    A list of dicts is one table. A mapping is split: entries that are lists
    of dicts become titled tables, the other (scalar) entries a list of facts.
    """
    if isinstance(value, Mapping):
        facts, blocks = [], []
        for key, item in value.items():
            # Not copied here: `prepare_context` copies the rows a long table keeps (`_cut`).
            rows = _mappings(item) if isinstance(item, (list, tuple)) else []
            if rows or (isinstance(item, (list, tuple)) and not item):
                blocks.append({"title": str(key).replace("_", " "), "rows": rows, "facts": []})
            else:
                facts.append((str(key).replace("_", " "), item))
        if facts:
            blocks.insert(0, {"title": None, "rows": [], "facts": facts})
        return blocks
    return [{"title": None, "rows": _mappings(value), "facts": []}]


# The report shows each store's latest visits; older ones stay in the exports.
VISITS_PER_STORE = 10


def _visit_details(value: Any) -> dict | None:
    """The Store visits details (`benchmark.visits`): comparisons and per-store timelines,
    each store's latest VISITS_PER_STORE visits (`total` says how many there are)."""
    if not isinstance(value, Mapping):
        return None
    timelines = []
    for store in _rows(value.get("timelines")):
        visits = []
        every = _rows(store.get("visits"))
        store["total"] = len(every)
        for visit in every[:VISITS_PER_STORE]:
            visit = {"thumbnails": [], "photos_left_out": 0, "photos": [], "promotions": [], "price_checks": [],
                     "products": {}, "changes": None, "compared_with": None, "same_day": []} | visit
            visit["promotions"] = _with_defaults(_rows(visit["promotions"]), ("type", "text", "photo", "thumbnail"))
            visits.append(visit)
        timelines.append({**store, "visits": visits})
    return {"comparisons": _rows(value.get("comparisons")), "timelines": timelines, "our_shop": value.get("our_shop")}


COMPETITOR_KEYS = ("name", "url", "platform", "products", "matched", "price_index",
                   "price_index_regular", "cheaper", "same", "dearer", "last_crawl", "index_change",
                   "previous_price_index", "previous_report", "converted", "unconverted", "left_out", "in_store")
PRICE_ROW_KEYS = ("sku", "name", "category", "competitor", "their_name", "their_url", "our_price",
                  "their_price", "their_regular_price", "currency", "gap_pct", "method", "in_stock", "left_out", "basis")
LEFT_OUT_KEYS = ("competitor", "sku", "name", "their_name", "their_url", "our_price", "their_price", "their_regular_price",
                 "currency", "ratio", "status", "reason")
CATEGORY_KEYS = ("competitor", "category", "price_index", "pairs")
HEALTH_KEYS = ("competitor", "status", "started_at", "finished_at", "pages", "items", "errors",
               "dropped", "coverage", "freshness_hours", "warnings")


# Rows of the category and brand trend tables kept in the report; every
# series is in `storecheck score --json`.
TREND_TOP_ROWS = 20


def _series(value: Any) -> list[dict]:
    return [row for row in _rows(value) if _float(row.get("index", row.get("share"))) is not None]


def _end_points(series: Any) -> tuple[Mapping, Mapping] | None:
    """The first and the last point of an index series that have an index (a long series is not walked)."""
    if not isinstance(series, (list, tuple)):
        return None
    def valid(point: Any) -> bool:
        return isinstance(point, Mapping) and _float(point.get("index")) is not None

    first = next((p for p in series if valid(p)), None)
    last = next((p for p in reversed(series) if valid(p)), None)
    return (first, last) if first is not None else None


def _movers(histories: Any, by: str) -> list[dict]:
    """Per competitor and group, the index on the first and the latest day of the window, largest moves first."""
    rows = []
    for competitor, groups in (histories or {}).items() if isinstance(histories, Mapping) else ():
        for group, series in (groups or {}).items() if isinstance(groups, Mapping) else ():
            ends = _end_points(series)
            if ends is None:
                continue
            first, latest = ends
            rows.append({"competitor": competitor, by: group, "from": first.get("date"), "index then": _float(first["index"]),
                         "to": latest.get("date"), "index now": _float(latest["index"]),
                         "change (points)": _float(latest["index"]) - _float(first["index"]), "pairs": latest.get("pairs")})
    rows.sort(key=lambda row: (-abs(row["change (points)"]), str(row["competitor"]), str(row[by])))
    return rows


def trend_view(value: Any) -> dict | None:
    """What the Trends section draws from ``context["trends"]``, or None without one."""
    if not isinstance(value, Mapping):
        return None
    history = value.get("index_history") if isinstance(value.get("index_history"), Mapping) else {}
    stock = value.get("stock_outs") if isinstance(value.get("stock_outs"), Mapping) else {}
    index_series = [(str(name), [(p.get("date"), p.get("index")) for p in _series(points)]) for name, points in history.items()]
    stock_series, stock_rows = [], []
    for name, figures in stock.items():
        points = _rows((figures or {}).get("history")) if isinstance(figures, Mapping) else []
        stock_series.append((str(name), [(p.get("date"), p.get("share")) for p in points]))
        latest = points[-1] if points else {}
        stock_rows.append({"competitor": name, "day": latest.get("date"), "out of stock": latest.get("out_of_stock"),
                           "listed": latest.get("products"), "share": latest.get("share"),
                           "back in stock": figures.get("back_in_stock"), "median days out": figures.get("median_days_out")})
    movers = {by: _movers(value.get(f"{by}_index_history"), by) for by in ("category", "brand")}
    return {
        "window_days": value.get("window_days"), "start": value.get("start"), "end": value.get("end"),
        "index_series": index_series,
        "index_rows": [{"competitor": name, "date": day, "index": number} for name, points in index_series for day, number in points],
        "stock_series": stock_series, "stock_rows": stock_rows,
        "movers": {by: rows[:TREND_TOP_ROWS] for by, rows in movers.items()},
        "movers_total": {by: len(rows) for by, rows in movers.items()},
        "top_rows": TREND_TOP_ROWS,
    }


# A long table keeps this many rows in the report, the most telling first; the
# report says so and where the rest is: a CSV beside the report (named in
# ``context["full_data"]``) and `storecheck export`. A report of 100,000
# matched pairs stays small enough to mail.
TABLE_ROWS = 200


def _cut(rows: list[dict], where: str, full_data: Any) -> tuple[list[dict], dict | None]:
    """The first TABLE_ROWS rows, and a note of what was left out (None when nothing was)."""
    limit = TABLE_ROWS
    if len(rows) <= limit:
        return rows, None
    info = full_data.get(where) if isinstance(full_data, Mapping) else None
    info = info if isinstance(info, Mapping) else {}
    return rows[:limit], {"shown": limit, "total": len(rows), "csv": info.get("csv"), "export": info.get("export")}


def _largest_first(rows: list[dict], key: str, absolute: bool = False) -> list[dict]:
    def order(row: dict) -> float:
        number = _float(row.get(key))
        return float("inf") if number is None else -(abs(number) if absolute else number)
    return sorted(rows, key=order)


def prepare_context(context: Mapping[str, Any] | None) -> dict[str, Any]:
    """The template context: the caller's keys normalised, plus ``derived`` values."""
    ctx = dict(context or {})
    competitors = _with_defaults(_rows(ctx.get("competitors")), COMPETITOR_KEYS)
    for competitor in competitors:
        competitor["left_out"] = _rows(competitor["left_out"])
        crawl = competitor["last_crawl"]
        competitor["last_crawl"] = ({"status": None, "finished_at": None, "items": None, "pages": None}
                                    | dict(crawl)) if isinstance(crawl, Mapping) else None
    # All the pairs are read for the largest gaps, the histogram and the order; only the rows shown are copied.
    all_pairs = _mappings(ctx.get("price_rows"))
    health = _with_defaults(_rows(ctx.get("health")), HEALTH_KEYS)
    for row in health:
        row["warnings"] = _notes(row["warnings"])
    tolerance = _float(ctx.get("same_tolerance_pct"))

    # A pair left out of the price figures is in the pairs table, not in the gaps' chart and extremes.
    counted = [row for row in all_pairs if not row.get("left_out")]
    dearer, cheaper = (_with_defaults(rows, PRICE_ROW_KEYS) for rows in largest_gaps(counted, 10))
    histories = ctx.get("gap_histories") if isinstance(ctx.get("gap_histories"), Mapping) else {}
    for row in dearer + cheaper:
        row["history"] = histories.get(f"{row['sku']}|{row['competitor']}")
    gaps = [g for row in counted if (g := _float(row.get("gap_pct"))) is not None]
    index_items = [(str(c["name"] or "?"), _float(c["price_index"])) for c in competitors]
    regular_items = [(str(c["name"] or "?"), _float(c["price_index_regular"])) for c in competitors]
    extra = [
        {"id": key, "title": title, "blocks": _blocks(ctx[key])}
        for key, title in EXTRA_SECTIONS
        if key in ctx
    ]
    full_data = ctx.get("full_data")
    cut = {}
    for section in extra:
        for block in section["blocks"]:
            where = f"{section['id']}/{block['title']}" if block["title"] else section["id"]
            block["rows"], block["cut"] = _cut(block["rows"], where, full_data)
            # Copies of the rows kept only: a table of 100,000 rows keeps 200.
            block["rows"] = [dict(row) for row in block["rows"]]
    total_pairs = len(all_pairs)
    price_rows = all_pairs
    if total_pairs > TABLE_ROWS:
        price_rows, cut["price_rows"] = _cut(_largest_first(all_pairs, "gap_pct", absolute=True), "price_rows", full_data)
    price_rows = _with_defaults([dict(row) for row in price_rows], PRICE_ROW_KEYS)
    # Ordered farthest out first by the caller: a long list keeps its top; `export left-out` holds all of it.
    written = isinstance(full_data, Mapping) and "left_out" in full_data
    left_out, cut["left_out"] = _cut(_rows(ctx.get("left_out")), "left_out",
                                     full_data if written else {"left_out": {"export": "left-out"}})
    category_index = _with_defaults(_rows(ctx.get("category_index")), CATEGORY_KEYS)
    if len(category_index) > TABLE_ROWS:
        category_index, cut["category_index"] = _cut(_largest_first(category_index, "pairs"), "category_index", full_data)
    # Ranked already: a long list keeps its top; `export what-to-copy` holds all of it.
    what_to_copy, cut["what_to_copy"] = _cut(_rows(ctx.get("what_to_copy")), "what_to_copy",
                                             {"what_to_copy": {"export": "what-to-copy"}})
    sections = [("what-to-copy", "What to copy")] if "what_to_copy" in ctx else []
    sections += [("summary", "Summary"), ("price", "Price")]
    trend = trend_view(ctx.get("trends"))
    if trend is not None:
        sections.append(("trends", "Trends"))
    sections += [(s["id"], s["title"]) for s in extra]
    sections += [("health", "Data health"), ("method", "Method")]

    ctx.update(
        title=str(ctx.get("title") or "storecheck report"),
        generated_at=ctx.get("generated_at") or datetime.now(UTC),
        our_shop=ctx.get("our_shop") or None,
        currency=ctx.get("currency") or None,
        competitors=competitors,
        price_rows=price_rows,
        category_index=category_index,
        left_out=_with_defaults(left_out, LEFT_OUT_KEYS),
        left_out_total=len(_mappings(ctx.get("left_out"))),
        health=health,
        definitions=_definitions(ctx.get("definitions")),
        notes=_notes(ctx.get("notes")),
        what_to_copy=_with_defaults(what_to_copy, ("competitor", "area", "advantage", "evidence", "impact")),
        visit_details=_visit_details(ctx.get("visit_details")),
        same_tolerance_pct=1.0 if tolerance is None else tolerance,
        derived={
            "largest_dearer": dearer,
            "largest_cheaper": cheaper,
            "gaps": gaps,
            "index_items": index_items,
            "regular_items": regular_items,
            "has_regular": any(v is not None for _, v in regular_items),
            "extra_sections": extra,
            "has_what_to_copy": "what_to_copy" in ctx,
            "sections": sections,
            "trends": trend,
            "total_pairs": total_pairs,
            "cut": cut,
        },
    )
    return ctx


def render_report(context: dict, template_dir: str | Path | None = None) -> str:
    """Render ``context`` (plain data, see the module docs) with report.html."""
    ctx = prepare_context(context)
    ctx["nonce"] = secrets.token_urlsafe(18)
    return make_environment(template_dir).get_template("report.html").render(ctx)


def write_report(context: dict, path: str | Path, template_dir: str | Path | None = None) -> Path:
    """Render and write the report as UTF-8, atomically (temp file + os.replace).

    A reader of ``path`` (a mail job, a shared drive) sees the old report or
    the new one, never half of one. Parent folders are created.
    """
    target = Path(path)
    html = render_report(context, template_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644  # mkstemp makes 0600; a report is meant to be shared
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:  # a folder that cannot be made or written in: said, not a traceback
        raise CannotWrite("the report", target, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(html.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk, a target that is a folder
            raise CannotWrite("the report", target, exc) from None
        raise
    return target
