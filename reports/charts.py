"""Inline SVG charts for the HTML report: no JavaScript, no external files.

Every chart returns ``markupsafe.Markup`` so a template can print it as is;
every piece of text that goes into the SVG (labels, titles) is escaped here,
because labels are competitor names and other untrusted text. Colours follow
the report everywhere: green = we are cheaper, red = we are dearer, grey =
about the same.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from markupsafe import Markup, escape

from storecheck.money.writing import written_number

CHEAPER = "#1a7f37"  # green: we are cheaper
DEARER = "#c62828"  # red: we are dearer
SAME = "#8c959f"  # grey: about the same
TEXT = "#24292f"
MUTED = "#57606a"
GRID = "#d0d7de"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
CHAR_WIDTH = 6.6  # rough width of one 12px character, used to truncate labels


def _e(text: object) -> str:
    return str(escape(str(text)))


def _number(value: object) -> float | None:
    """A finite float, or None for missing / NaN / infinite / non-numeric."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _fmt(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace("-", "\u2212")


def _tick(value: float) -> str:
    """An axis label: as few decimals as the value needs (95, 97.5, 99.75)."""
    return f"{round(value, 2):g}".replace("-", "\u2212")


def _signed(value: float, digits: int = 0) -> str:
    text = f"{abs(value):.{digits}f}"
    if float(text) == 0:
        return text
    return ("+" if value > 0 else "\u2212") + text


def _truncate(text: str, max_px: float) -> str:
    limit = max(4, int(max_px / CHAR_WIDTH))
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _nice_ceil(x: float) -> float:
    """Smallest 'nice' number (1, 2, 2.5, 5 x 10^k) that is >= x."""
    if x <= 0:
        return 1.0
    exponent = math.floor(math.log10(x))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = step * 10**exponent
        if candidate >= x * (1 - 1e-9):
            return candidate
    return 10.0 ** (exponent + 1)


def _svg_open(width: float, height: float, title: str, css_class: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css_class}" '
        f'width="{width:g}" height="{height:g}" viewBox="0 0 {width:g} {height:g}" '
        f'role="img" aria-label="{_e(title)}" font-family="{_e(FONT)}" font-size="12" '
        f'fill="{TEXT}"><title>{_e(title)}</title>'
    )


def _no_data(width: float, title: str, css_class: str, message: str = "no data") -> Markup:
    height = 40
    return Markup(
        _svg_open(width, height, title, css_class)
        + f'<rect x="0.5" y="0.5" width="{width - 1:g}" height="{height - 1}" rx="4" '
        f'fill="none" stroke="{GRID}" stroke-dasharray="4 3"/>'
        f'<text x="{width / 2:g}" y="24" text-anchor="middle" fill="{MUTED}">{_e(message)}</text>'
        "</svg>"
    )


def _legend(entries: Sequence[tuple[str, str]], x: float, y: float) -> str:
    """A row of colour swatches with labels, starting at (x, y)."""
    parts = []
    for colour, label in entries:
        parts.append(
            f'<rect x="{x:g}" y="{y - 9:g}" width="10" height="10" rx="2" fill="{colour}"/>'
            f'<text x="{x + 14:g}" y="{y:g}" fill="{MUTED}">{_e(label)}</text>'
        )
        x += 14 + len(label) * CHAR_WIDTH + 16
    return "".join(parts)


def bar_chart(
    items: Iterable[tuple[str, float | None]],
    *,
    baseline: float = 100.0,
    width: int = 480,
    bar_height: int = 22,
    label_width: int | None = None,
    title: str = "Price index",
    below_label: str = "we are cheaper",
    above_label: str = "we are dearer",
    digits: int = 1,
) -> Markup:
    """Horizontal bars that grow left or right from ``baseline``.

    Made for the price index (100 = same prices): a value above the baseline
    means we are dearer and draws a red bar to the right; below the baseline
    we are cheaper and the bar is green, to the left. The legend says so, and
    ``below_label`` / ``above_label`` rename the two sides for other uses.
    Items whose value is None (or NaN) get a "no data" row instead of a bar.
    """
    rows = [(str(label), _number(value)) for label, value in items]
    if not rows:
        return _no_data(width, title, "bar-chart")

    label_width = label_width if label_width is not None else int(width * 0.32)
    value_pad = 52  # room for the value printed beside a bar
    left = label_width + value_pad
    right = width - value_pad
    centre = (left + right) / 2
    half = (right - left) / 2
    deviations = [abs(v - baseline) for _, v in rows if v is not None]
    extent = _nice_ceil(max(deviations + [1.0]) * 1.05)

    legend_y = 14
    top = 28
    row_step = bar_height + 8
    axis_y = top + row_step * len(rows)
    height = axis_y + 22

    out = [_svg_open(width, height, title, "bar-chart")]
    out.append(
        _legend([(CHEAPER, f"\u25c0 {below_label}"), (DEARER, f"{above_label} \u25b6")], left, legend_y)
    )
    for tick in (baseline - extent, baseline - extent / 2, baseline + extent / 2, baseline + extent):
        x = centre + (tick - baseline) / extent * half
        out.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{axis_y}" stroke="{GRID}" stroke-dasharray="2 3"/>')
        out.append(f'<text x="{x:.1f}" y="{axis_y + 15}" text-anchor="middle" fill="{MUTED}">{_tick(tick)}</text>')

    for i, (label, value) in enumerate(rows):
        y = top + i * row_step
        mid = y + bar_height / 2 + 4
        shown = _truncate(label, label_width - 8)
        out.append(f"<g><title>{_e(label)}: {_fmt(value, digits) if value is not None else 'no data'}</title>")
        out.append(f'<text x="{label_width - 8}" y="{mid:.1f}" text-anchor="end">{_e(shown)}</text>')
        if value is None:
            out.append(f'<text x="{centre + 6:.1f}" y="{mid:.1f}" fill="{MUTED}" font-style="italic">no data</text>')
        else:
            delta = max(-extent, min(extent, value - baseline))
            length = abs(delta) / extent * half
            if delta > 0:
                colour, x, anchor, tx = DEARER, centre, "start", centre + length + 4
            elif delta < 0:
                colour, x, anchor, tx = CHEAPER, centre - length, "end", centre - length - 4
            else:
                colour, x, anchor, tx = SAME, centre - 1, "start", centre + 5
                length = 2
            side = "dearer" if delta > 0 else "cheaper" if delta < 0 else "same"
            out.append(
                f'<rect class="bar {side}" x="{x:.1f}" y="{y}" width="{max(length, 1):.1f}" '
                f'height="{bar_height}" rx="2" fill="{colour}"/>'
            )
            out.append(f'<text x="{tx:.1f}" y="{mid:.1f}" text-anchor="{anchor}">{_fmt(value, digits)}</text>')
        out.append("</g>")
    out.append(f'<line x1="{centre:.1f}" y1="{top - 4}" x2="{centre:.1f}" y2="{axis_y}" stroke="{TEXT}" stroke-width="1.5"/>')
    out.append(f'<text x="{centre:.1f}" y="{axis_y + 15}" text-anchor="middle" font-weight="bold">{_fmt(baseline, 0)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def histogram(
    values: Iterable[float | None],
    *,
    bins: int | None = None,
    step: float | None = None,
    baseline: float = 0.0,
    clip: float = 0.02,
    width: int = 480,
    height: int = 220,
    title: str = "Distribution of price gaps",
    xlabel: str = "price gap in % (our price vs theirs)",
    below_label: str = "we are cheaper",
    above_label: str = "we are dearer",
    unit: str = "%",
) -> Markup:
    """Histogram of price gaps in percent, with bins centred on ``baseline``.

    The middle bin straddles the baseline (``baseline +- step/2``) and is grey,
    "about the same"; bins below are green (we are cheaper), above red (we are
    dearer). ``bins`` is the rough number of bins wanted (default ~sqrt(n),
    5..25) and ``step`` forces a bin width. With 20 or more values, the
    outer ``clip`` share on each side is folded into the end bins (labelled
    "<=" / ">=") so one absurd gap does not flatten the chart.
    """
    data = sorted(v for v in (_number(x) for x in values) if v is not None)
    if not data:
        return _no_data(width, title, "histogram")

    n = len(data)
    lo, hi = data[0], data[-1]
    if n >= 20 and clip > 0:
        lo = data[int(clip * (n - 1))]
        hi = data[math.ceil((1 - clip) * (n - 1))]
    lo, hi = min(lo, baseline), max(hi, baseline)
    target = bins if bins and bins > 0 else max(5, min(25, round(math.sqrt(n)) + 2))
    if step is None or step <= 0:
        step = _nice_ceil((hi - lo) / target) if hi > lo else 1.0

    def bin_of(v: float) -> int:
        return math.floor((v - baseline) / step + 0.5)

    kmin, kmax = bin_of(lo), bin_of(hi)
    counts = {k: 0 for k in range(kmin, kmax + 1)}
    clipped_low = clipped_high = False
    for v in data:
        k = bin_of(v)
        if k < kmin:
            k, clipped_low = kmin, True
        elif k > kmax:
            k, clipped_high = kmax, True
        counts[k] += 1

    left, right, top = 40, width - 10, 30
    bottom = height - 40
    nbins = kmax - kmin + 1
    bw = (right - left) / nbins
    peak = max(counts.values())
    digits = 0 if step >= 1 else 1 if step >= 0.1 else 2
    half_step = _fmt(step / 2, digits if step / 2 >= 1 or digits else 1)

    out = [_svg_open(width, height, title, "histogram")]
    out.append(
        _legend(
            [
                (CHEAPER, below_label),
                (SAME, f"near zero (\u00b1{half_step}{unit})"),
                (DEARER, above_label),
            ],
            left,
            14,
        )
    )
    out.append(f'<line x1="{left}" y1="{top}" x2="{right}" y2="{top}" stroke="{GRID}" stroke-dasharray="2 3"/>')
    out.append(f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" fill="{MUTED}">{peak}</text>')
    out.append(f'<text x="{left - 6}" y="{bottom + 4}" text-anchor="end" fill="{MUTED}">0</text>')
    stride = max(1, math.ceil(nbins / 8))
    for i, k in enumerate(range(kmin, kmax + 1)):
        count = counts[k]
        x = left + i * bw
        h = (bottom - top) * count / peak
        colour, side = (CHEAPER, "cheaper") if k < 0 else (DEARER, "dearer") if k > 0 else (SAME, "same")
        a, b = baseline + (k - 0.5) * step, baseline + (k + 0.5) * step
        if k == kmin and clipped_low:
            span = f"below {_fmt(b, digits)}{unit}"
        elif k == kmax and clipped_high:
            span = f"{_fmt(a, digits)}{unit} and above"
        else:
            span = f"{_fmt(a, digits)}{unit} to {_fmt(b, digits)}{unit}"
        out.append(
            f'<g><title>{_e(span)}: {count} pair{"s" if count != 1 else ""}</title>'
            f'<rect class="bin {side}" x="{x + 0.5:.1f}" y="{bottom - h:.1f}" '
            f'width="{max(bw - 1, 1):.1f}" height="{h:.1f}" fill="{colour}"/></g>'
        )
        if (k - kmin) % stride == 0 or k == 0:
            centre_value = baseline + k * step
            label = _signed(centre_value, digits) + unit
            if k == kmin and clipped_low:
                label = "\u2264" + label
            elif k == kmax and clipped_high:
                label = "\u2265" + label
            out.append(
                f'<text x="{x + bw / 2:.1f}" y="{bottom + 15}" text-anchor="middle" '
                f'fill="{MUTED}">{_e(label)}</text>'
            )
    out.append(f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{TEXT}"/>')
    out.append(
        f'<text x="{(left + right) / 2:.1f}" y="{height - 6}" text-anchor="middle" '
        f'fill="{MUTED}">{_e(xlabel)} \u00b7 n = {n}</text>'
    )
    out.append("</svg>")
    return Markup("".join(out))


def share_bar(
    cheaper: float | None,
    same: float | None,
    dearer: float | None,
    *,
    width: int = 240,
    height: int = 12,
    title: str = "Price position",
) -> Markup:
    """One stacked bar: share of pairs where we are cheaper / the same / dearer.

    Shares are 0..1 and are normalised if they do not add up to 1; when all
    are missing or zero the bar says "no data".
    """
    parts = [(_number(cheaper) or 0.0, CHEAPER, "we are cheaper", "cheaper"),
             (_number(same) or 0.0, SAME, "about the same", "same"),
             (_number(dearer) or 0.0, DEARER, "we are dearer", "dearer")]
    parts = [(max(v, 0.0), c, label, cls) for v, c, label, cls in parts]
    total = sum(v for v, *_ in parts)
    if total <= 0:
        return _no_data(width, title, "share-bar")
    # stretches to its container's width (see the report CSS)
    out = [_svg_open(width, height, title, "share-bar").replace("<svg ", '<svg preserveAspectRatio="none" ', 1)]
    x = 0.0
    for value, colour, label, cls in parts:
        w = width * value / total
        if w <= 0:
            continue
        out.append(
            f'<rect class="{cls}" x="{x:.2f}" y="0" width="{w:.2f}" height="{height}" fill="{colour}">'
            f"<title>{_e(label)}: {value / total * 100:.0f}%</title></rect>"
        )
        x += w
    out.append("</svg>")
    return Markup("".join(out))


# One colour per series of a line chart, told apart also by the marker shape.
SERIES_COLOURS = ("#0969da", "#8250df", "#bf3989", "#953800", "#1b7c83", "#6e7781", "#4d2d00", "#116329")
MARKERS = ("circle", "square", "diamond", "triangle")


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    if shape == "square":
        return f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6" fill="{colour}"/>'
    if shape == "diamond":
        return f'<path d="M{x:.1f} {y - 4:.1f}L{x + 4:.1f} {y:.1f}L{x:.1f} {y + 4:.1f}L{x - 4:.1f} {y:.1f}Z" fill="{colour}"/>'
    if shape == "triangle":
        return f'<path d="M{x:.1f} {y - 4:.1f}L{x + 4:.1f} {y + 3:.1f}L{x - 4:.1f} {y + 3:.1f}Z" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>'


def line_chart(
    series: Iterable[tuple[str, Sequence[tuple[str, float | None]]]],
    *,
    baseline: float | None = 100.0,
    width: int = 640,
    height: int = 260,
    title: str = "Price index over time",
    digits: int = 1,
    percent: bool = False,
) -> Markup:
    """Lines over time, one per labelled series of (ISO date, value) points.

    Dates are placed by the calendar (a week without a crawl is a gap in x,
    not a squeezed step). ``baseline`` draws the reference line (100 = the
    same prices); ``percent`` shows 0..1 values as percentages. Each point
    carries a <title> with its label, date and value, so a reader can hover
    for the figure; each line is a <polyline class="series">.
    """
    parsed = []
    for label, points in series:
        clean = []
        for day, value in points:
            number = _number(value)
            try:
                when = date.fromisoformat(str(day))
            except ValueError:
                continue
            if number is not None:
                clean.append((when, number * 100 if percent else number))
        if clean:
            parsed.append((str(label), sorted(clean)))
    if not parsed:
        return _no_data(width, title, "line-chart")
    days = [d for _, points in parsed for d, _ in points]
    values = [v for _, points in parsed for _, v in points] + ([baseline] if baseline is not None else [])
    first, last = min(days), max(days)
    low, high = min(values), max(values)
    pad = max((high - low) * 0.1, 0.5)
    low, high = low - pad, high + pad
    if percent:
        # A share lies within 0-100%: the margin never draws an axis below none or above all ("−1.4%").
        low, high = max(low, 0.0), min(high, 100.0)
        if high <= low:
            low, high = (0.0, 1.0) if low < 100.0 else (99.0, 100.0)
    left, right, top = 52, width - 12, 12
    legend_rows = (len(parsed) + 2) // 3
    bottom = height - 28 - 16 * legend_rows
    span_days = max((last - first).days, 1)

    def x_of(day) -> float:
        return left + (day - first).days / span_days * (right - left) if last > first else (left + right) / 2

    def y_of(value: float) -> float:
        return bottom - (value - low) / (high - low) * (bottom - top)

    unit = "%" if percent else ""
    out = [_svg_open(width, height, title, "line-chart")]
    for k in range(5):
        tick = low + (high - low) * k / 4
        y = y_of(tick)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{GRID}" stroke-dasharray="2 3"/>')
        out.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{_fmt(tick, digits)}{unit}</text>')
    if baseline is not None and low <= baseline <= high:
        y = y_of(baseline)
        out.append(f'<line class="baseline" x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{TEXT}" stroke-width="1.2"/>')
    out.append(f'<text x="{left}" y="{bottom + 16:.1f}" fill="{MUTED}">{first.isoformat()}</text>')
    if last > first:
        out.append(f'<text x="{right}" y="{bottom + 16:.1f}" text-anchor="end" fill="{MUTED}">{last.isoformat()}</text>')
    for i, (label, points) in enumerate(parsed):
        colour, shape = SERIES_COLOURS[i % len(SERIES_COLOURS)], MARKERS[i % len(MARKERS)]
        coords = " ".join(f"{x_of(d):.1f},{y_of(v):.1f}" for d, v in points)
        out.append(f'<g class="series-group" data-series="{_e(label)}">')
        out.append(f'<polyline class="series" points="{coords}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for d, v in points:
            out.append(f"<g><title>{_e(label)} {d.isoformat()}: {_fmt(v, digits)}{unit}</title>"
                       f"{_marker(shape, x_of(d), y_of(v), colour)}</g>")
        out.append("</g>")
        lx = left + (i % 3) * ((right - left) / 3)
        ly = bottom + 34 + (i // 3) * 16
        out.append(_marker(shape, lx + 4, ly - 4, colour))
        out.append(f'<text x="{lx + 12:.1f}" y="{ly:.1f}" fill="{MUTED}">{_e(_truncate(label, (right - left) / 3 - 20))}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def price_history_chart(
    ours: tuple[str, float | None],
    series: Iterable[tuple[str, Sequence[dict]]],
    *,
    start: date,
    end: date,
    width: int = 720,
    height: int = 300,
    title: str = "Our price against theirs over time",
) -> Markup:
    """Step lines of each competitor's price over time (a price holds until the next one seen),
    our price as a dashed line, promotions marked with a diamond and prices read on a shelf in
    the store with a square. `series` points: {"date" (ISO), "price", "promotion", "in_store"}."""
    label, our_price = ours
    our_price = _number(our_price)
    parsed = []
    for name, points in series:
        clean = []
        for point in points:
            number = _number(point.get("price"))
            try:
                when = date.fromisoformat(str(point.get("date")))
            except ValueError:
                continue
            if number is not None:
                clean.append((max(when, start), number, point.get("promotion"), bool(point.get("in_store"))))
        if clean:
            parsed.append((str(name), sorted(clean, key=lambda p: p[0])))
    values = [v for _, points in parsed for _, v, _, _ in points] + ([our_price] if our_price is not None else [])
    if not values:
        return _no_data(width, title, "price-history-chart", "no prices in this period")
    low, high = min(values), max(values)
    pad = max((high - low) * 0.1, high * 0.02, 0.01)
    low, high = max(0.0, low - pad), high + pad
    left, right, top = 60, width - 12, 12
    series_rows = (len(parsed) + 2) // 3
    bottom = height - 28 - 16 * (series_rows + 1)
    span = max((end - start).days, 1)

    def x_of(day) -> float:
        return left + (day - start).days / span * (right - left)

    def y_of(value: float) -> float:
        return bottom - (value - low) / (high - low) * (bottom - top)

    out = [_svg_open(width, height, title, "price-history-chart")]
    for k in range(5):
        tick = low + (high - low) * k / 4
        out.append(f'<line x1="{left}" y1="{y_of(tick):.1f}" x2="{right}" y2="{y_of(tick):.1f}" stroke="{GRID}" stroke-dasharray="2 3"/>')
        out.append(f'<text x="{left - 4}" y="{y_of(tick) + 4:.1f}" text-anchor="end" fill="{MUTED}">{tick:.2f}</text>')
    out.append(f'<text x="{left}" y="{bottom + 16:.1f}" fill="{MUTED}">{start.isoformat()}</text>')
    out.append(f'<text x="{right}" y="{bottom + 16:.1f}" text-anchor="end" fill="{MUTED}">{end.isoformat()}</text>')
    if our_price is not None:
        y = y_of(our_price)
        out.append(f'<line class="ours" x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{TEXT}" '
                   f'stroke-width="2" stroke-dasharray="6 4"><title>{_e(label)}: {our_price:.2f}</title></line>')
    for i, (name, points) in enumerate(parsed):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        steps = []
        for k, (day, value, _promo, _shop) in enumerate(points):
            following = points[k + 1][0] if k + 1 < len(points) else end
            steps += [f"{x_of(day):.1f},{y_of(value):.1f}", f"{x_of(following):.1f},{y_of(value):.1f}"]
        out.append(f'<g class="series-group" data-series="{_e(name)}">')
        out.append(f'<polyline class="series" points="{" ".join(steps)}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for day, value, promo, in_store in points:
            note = f"{_e(name)} {day.isoformat()}: {value:.2f}"
            if promo:
                note += f" · promotion: {_e(promo)}"
            if in_store:
                note += " · seen in the store"
            shape = "square" if in_store else "diamond" if promo else "circle"
            css = "in-store" if in_store else "promotion" if promo else "price"
            out.append(f'<g class="point {css}"><title>{note}</title>{_marker(shape, x_of(day), y_of(value), colour)}</g>')
        out.append("</g>")
        lx = left + (i % 3) * ((right - left) / 3)
        ly = bottom + 34 + (i // 3) * 16
        out.append(f'<rect x="{lx:.1f}" y="{ly - 9:.1f}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{lx + 14:.1f}" y="{ly:.1f}" fill="{MUTED}">{_e(_truncate(name, (right - left) / 3 - 20))}</text>')
    ly = bottom + 34 + series_rows * 16
    key = [("dashed line", f"{label} (today's price)"), ("\u25c6", "promotion"), ("\u25a0", "seen in the store")]
    out.append(f'<text x="{left}" y="{ly:.1f}" fill="{MUTED}">'
               + _e(" · ".join(f"{mark}: {text}" for mark, text in key)) + "</text>")
    out.append("</svg>")
    return Markup("".join(out))


def _price(value: float) -> str:
    """A price of a chart's label: "12.49", or as `[report] locale` writes it ("12,49", `storecheck.money.writing`)."""
    local = written_number(Decimal(repr(value)))
    return local if local is not None else f"{value:.2f}"


def sparkline(history: object, *, width: int = 120, height: int = 28) -> Markup:
    """A small step line of their price over the trend window beside our price (dashed), for a table cell.
    `history`: {"ours": number, "points": [{"date", "price"}]}; empty when there is nothing to draw."""
    if not isinstance(history, dict):
        return Markup("")
    points = []
    for point in history.get("points") or []:
        number = _number(point.get("price")) if isinstance(point, dict) else None
        try:
            when = date.fromisoformat(str(point.get("date")))
        except (ValueError, AttributeError):
            continue
        if number is not None:
            points.append((when, number))
    ours = _number(history.get("ours"))
    if not points:
        return Markup("")
    points.sort()
    first, last = points[0][0], max(points[-1][0], date.fromisoformat(str(history.get("end") or points[-1][0])))
    values = [v for _, v in points] + ([ours] if ours is not None else [])
    low, high = min(values), max(values)
    pad = max((high - low) * 0.15, high * 0.02, 0.01)
    low, high = low - pad, high + pad
    span = max((last - first).days, 1)

    def x_of(day) -> float:
        return 1 + (day - first).days / span * (width - 2)

    def y_of(value: float) -> float:
        return height - 2 - (value - low) / (high - low) * (height - 4)

    steps = []
    for k, (day, value) in enumerate(points):
        following = points[k + 1][0] if k + 1 < len(points) else last
        steps += [f"{x_of(day):.1f},{y_of(value):.1f}", f"{x_of(following):.1f},{y_of(value):.1f}"]
    label = f"their price {_price(points[0][1])} on {first.isoformat()} to {_price(points[-1][1])}"
    if ours is not None:
        label += f"; ours {_price(ours)}"
    out = [_svg_open(width, height, label, "sparkline")]
    if ours is not None:
        out.append(f'<line class="ours" x1="0" y1="{y_of(ours):.1f}" x2="{width}" y2="{y_of(ours):.1f}" stroke="{MUTED}" '
                   'stroke-dasharray="3 2"/>')
    out.append(f'<polyline class="series" points="{" ".join(steps)}" fill="none" stroke="{SERIES_COLOURS[0]}" stroke-width="1.5"/>')
    out.append("</svg>")
    return Markup("".join(out))
