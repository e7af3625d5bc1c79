"""Price index and price position over matched pairs.

Price index = 100 x weighted geometric mean of (our price / their price) over
matched pairs where both prices are known, in the same currency, and their
product is in stock. Above 100 means we are dearer. The geometric mean keeps
the index symmetric: 10% dearer on one product and 10% cheaper on another
nets to about 100, where an arithmetic mean would drift upwards.

A pair whose ratio lies far outside the rest of its competitor's pairs (a
price read in cents, a pack of 12 matched to a single, a wrong match) is left
out of every figure and listed with its reason (`outliers`); it stays in the
data and in the exports.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pandas as pd

from benchmark._labels import NO_CATEGORY
from storecheck.models import is_missing

# How far from its competitor's centre a pair's log ratio may lie, in robust standard deviations: 3.5 is
# Iglewicz and Hoaglin's cut for the modified z-score (median and MAD), a statistical convention for
# flagging outliers in a sample of any kind; it was not fitted to any catalogue. On a normal spread it leaves
# out fewer than 1 pair in 2,000 of a shop's genuine prices.
OUTLIER_SPREADS = 3.5
# The MAD of a normal sample times this estimates its standard deviation.
MAD_TO_SD = 1.4826
# The cut is never narrower than this ratio either way from the centre: half or double a shop's usual level
# is an ordinary promotion, clearance or premium line, never by itself a sign of a wrong price. Without the
# floor a competitor whose prices all equal ours (a MAD of 0) would lose every pair 5% apart.
MIN_OUTLIER_RATIO = 2.0
# Below this many pairs the MAD is no measure of a spread (its relative standard error is about 1.16 ÷ √n,
# over a third below 10 pairs), so a wide fixed prior decides instead: a price 5× or 1/5 of ours is no price
# of the same product in the same pack. The prior also bounds a competitor's centre: a median 100× ours
# (a whole feed in cents) is no price level of a shop, and its pairs are held to the prior, not to it.
MIN_PAIRS_FOR_SPREAD = 10
PRIOR_OUTLIER_RATIO = 5.0
# A competitor's middle beyond the prior is still its own price level (a boutique 5× dearer than us on
# everything) unless it is as near a unit a price is misread in as to parity: cents (100×) are the smallest
# such unit (thousandths, 1,000×, the next), so a middle within MIN_OUTLIER_RATIO of 100× or past it is taken
# for prices in another unit (a whole feed in cents), and anything nearer parity for the shop's own level.
# Its pairs' ratios cannot tell more apart: a feed in cents of a shop 2× dearer sits at 200×, as would a
# shop 200× dearer, and only the unit's size (a price is never misread by 5×) separates the two.
MISREAD_UNIT = 100.0

DEFINITIONS = [
    (
        "Price index",
        "100 × the weighted geometric mean of (our price ÷ their price) over matched products that both shops price "
        "in the same currency and that they have in stock (a product whose stock their site or file does not show "
        "counts as available; the notes say how many). Above 100: we are dearer; below 100: we are cheaper. "
        "Weights are our products' sales weights (1 when not given). Shown on the shelf price (promotions included) "
        "and on the regular price. An index resting on one matched product (a single shelf check, say) is marked "
        "thin where it is put in words (where they beat us, what to copy), as a store figure resting on one visit is.",
    ),
    (
        "Price position",
        "The share of matched products where we are cheaper, the same (within the tolerance set in storecheck.toml, "
        "1% by default) or dearer, on the shelf price.",
    ),
    ("Gap", "(our price ÷ their price − 1) × 100 %: +10% means we charge 10% more."),
    (
        "Left out of the price figures",
        f"A pair whose our price ÷ their price lies far outside the spread of that competitor's other pairs in the same "
        f"currency (more than {OUTLIER_SPREADS:g} robust standard deviations, the median absolute deviation × "
        f"{MAD_TO_SD:g}, from their median, and never within {MIN_OUTLIER_RATIO:g}× or 1/{MIN_OUTLIER_RATIO:g} of it), "
        f"or beyond {PRIOR_OUTLIER_RATIO:g}× or 1/{PRIOR_OUTLIER_RATIO:g} when there are fewer than "
        f"{MIN_PAIRS_FOR_SPREAD} pairs to measure a spread on or when their median itself lies "
        f"{MISREAD_UNIT / MIN_OUTLIER_RATIO:g}× or 1/{MISREAD_UNIT / MIN_OUTLIER_RATIO:g} or further out (within "
        f"{MIN_OUTLIER_RATIO:g}× of {MISREAD_UNIT:g}×, a whole feed in cents, or beyond), on the shelf or the regular "
        f"price. A median between {PRIOR_OUTLIER_RATIO:g}× and {MISREAD_UNIT / MIN_OUTLIER_RATIO:g}× is taken for the "
        "shop's own price level (a boutique dearer on everything), since no unit a price is misread in lies there, "
        f"unless their own prices jumped there (moved beyond {PRIOR_OUTLIER_RATIO:g}× against their earliest ones): "
        "the ratios cannot tell a shop that far from us since it was first seen from one pricing in another unit "
        "since then, and the report says so. "
        "A shelf price far out beside a regular price in "
        f"line is their promotion and counts, unless it is below 1/{PRIOR_OUTLIER_RATIO:g} of their regular price. "
        "Such a pair is usually a price read in cents, a pack matched to a single or a wrong match: it is left out "
        "of the price index, the position and the scorecard, and listed in the report with its reason. A pair a "
        "person confirmed is never left out for its ratio. A pair whose price is a promotion that has ended by "
        "its own words (\"until 3 December\") since it was last read is left out too, confirmed or not: the "
        "price the shop charges since is not known until a crawl or import reads it again.",
    ),
]




def comparable(pairs: pd.DataFrame) -> pd.DataFrame:
    """Pairs that can be compared on price: both prices > 0, same currency, theirs in stock, and
    neither side's title saying it is used where the other's does not (`condition_apart`, where the
    frame has it: a used listing's price says nothing of what our new product costs there)."""
    if pairs.empty:
        return pairs
    return pairs[_comparable_mask(pairs)]


def _comparable_mask(pairs: pd.DataFrame) -> list[bool]:
    apart = pairs.condition_apart if "condition_apart" in pairs.columns else [None] * len(pairs)
    return [
        _positive(ours) and _positive(theirs) and our_currency == their_currency and in_stock is not False
        and not isinstance(word, str)
        for ours, theirs, our_currency, their_currency, in_stock, word in zip(
            pairs.our_price, pairs.their_price, pairs.our_currency, pairs.their_currency, pairs.in_stock, apart
        )
    ]


def _positive(value: object) -> bool:
    return isinstance(value, Decimal) and value > 0


def price_index(ratios, weights=None) -> float | None:
    """100 x the weighted geometric mean of `ratios` (our price / theirs, each above 0); None when
    there is no ratio or the weights add up to nothing (no pair carries any sales weight)."""
    ratios = np.asarray(ratios, dtype=float)
    weights = np.ones(len(ratios)) if weights is None else np.asarray(weights, dtype=float)
    if not len(ratios):
        return None
    # A plain sum of products, not np.dot: BLAS threads cost ~100x on a busy machine at this size.
    return index_from_sums(float((weights * np.log(ratios)).sum()), float(weights.sum()))


def ratios(pairs: pd.DataFrame) -> pd.DataFrame:
    """The comparable pairs (see `comparable`) with, per pair, our price ÷ theirs on the shelf
    price (`ratio`) and on their regular price (`regular_ratio`, their shelf price when they
    give none; NaN when it is not above 0) and the `weight`, computed once, so the index of any
    group is a sum over these columns rather than a pass over Decimals per group."""
    frame = comparable(pairs)
    if frame.empty:
        return frame.assign(ratio=[], regular_ratio=[], log_weighted=[], regular_log_weighted=[], regular_weight=[])
    ours = [Decimal(o) for o in frame.our_price]
    ratio = [float(o / Decimal(t)) for o, t in zip(ours, frame.their_price)]
    regular = []
    for o, t, r in zip(ours, frame.their_price, frame.their_regular_price):
        r = t if is_missing(r) else Decimal(r)
        regular.append(float(o / r) if r > 0 else math.nan)
    # The weights as floats once, for every sum over them.
    weight = frame.weight.astype(float)
    frame = frame.assign(ratio=ratio, regular_ratio=regular, weight=weight)
    has_regular = frame.regular_ratio.notna()
    return frame.assign(
        log_weighted=weight * [math.log(r) for r in ratio],
        regular_weight=weight.where(has_regular, 0.0),
        regular_log_weighted=(weight * [math.log(r) if r == r else 0.0 for r in regular]).where(has_regular, 0.0),
    )


def _ratios_of(pairs: pd.DataFrame) -> pd.DataFrame:
    # Pairs, or their `ratios` already worked out: a report computes them once for every figure.
    return pairs if "log_weighted" in pairs.columns else ratios(pairs)


def index_from_sums(log_weighted: float, weight: float) -> float | None:
    """The price index of pairs whose weighted log ratios add up to `log_weighted` and weights to `weight`."""
    return 100.0 * math.exp(log_weighted / weight) if weight > 0 else None


def summarise(pairs: pd.DataFrame, *, same_tolerance: float = 0.01) -> dict:
    """Index (shelf and regular), position shares and pair count for one set of pairs.

    `pairs` columns: our_price, their_price, their_regular_price, our_currency,
    their_currency, in_stock, weight; or the `ratios` of such pairs.
    """
    return _summary(_ratios_of(pairs), same_tolerance)


def _summary(frame: pd.DataFrame, same_tolerance: float) -> dict:
    n = len(frame)
    if not n:
        return {"pairs": 0, "price_index": None, "price_index_regular": None, "cheaper": 0.0, "same": 0.0, "dearer": 0.0}
    cheaper = int((frame.ratio < 1 - same_tolerance).sum()) / n
    dearer = int((frame.ratio > 1 + same_tolerance).sum()) / n
    return {
        "pairs": n,
        "price_index": index_from_sums(float(frame.log_weighted.sum()), float(frame.weight.sum())),
        "price_index_regular": index_from_sums(float(frame.regular_log_weighted.sum()), float(frame.regular_weight.sum())),
        "cheaper": cheaper,
        "same": 1 - cheaper - dearer,
        "dearer": dearer,
    }


def gaps(pairs: pd.DataFrame) -> pd.DataFrame:
    """Comparable pairs with their gap in percent (positive: we are dearer), from their `ratios`
    (worked out here unless given): one division of our price by theirs for every figure."""
    frame = _ratios_of(pairs)
    return frame.assign(gap_pct=(frame.ratio.astype(float) - 1) * 100)


def by_category(pairs: pd.DataFrame, *, same_tolerance: float = 0.01) -> list[dict]:
    rows = []
    frame = _ratios_of(pairs)
    if frame.empty:
        return rows
    frame = frame.assign(category=frame.category.fillna(NO_CATEGORY))
    sums = frame.groupby(["competitor", "category"], sort=True).agg(
        log_weighted=("log_weighted", "sum"), weight=("weight", "sum"), pairs=("ratio", "size"))
    for (competitor, category), row in sums.iterrows():
        rows.append({"competitor": competitor, "category": category,
                     "price_index": index_from_sums(row.log_weighted, row.weight), "pairs": int(row.pairs)})
    return rows


def largest_gaps(rows: Iterable[Mapping], n: int = 10) -> tuple[list[dict], list[dict]]:
    """The ``n`` pairs where we are dearest and the ``n`` where we are cheapest.

    Returns ``(dearer, cheaper)``: pairs with a positive gap, largest first,
    and pairs with a negative gap, most negative first. Pairs without a gap
    are ignored.
    """
    gaps = [(g, row) for row in rows if (g := _gap(row.get("gap_pct"))) is not None]
    dearer = sorted((item for item in gaps if item[0] > 0), key=lambda item: -item[0])
    cheaper = sorted((item for item in gaps if item[0] < 0), key=lambda item: item[0])
    # Copies of the rows returned only (the caller may add to them).
    return [dict(row) for _, row in dearer[:n]], [dict(row) for _, row in cheaper[:n]]


def definitions(left_out: int, pairs: int) -> list[tuple[str, str]]:
    """DEFINITIONS with the count of the pairs left out of this report's figures."""
    return [(term, f"{text} {left_out_text(left_out, pairs)}" if term == "Left out of the price figures" else text)
            for term, text in DEFINITIONS]


def outliers(frame: pd.DataFrame, *, against: pd.DataFrame | None = None,
             moved: Mapping[str, float] | None = None) -> pd.Series:
    """Per pair of `frame` (the `ratios` of pairs), why it is left out of the price figures, or None.

    Each competitor's pairs are judged against its own centre and spread, per currency they price in
    (pairs converted from another currency share one exchange rate, which moves them all alike):
    a competitor 40% dearer on everything loses no pair. The centre is the median of the log ratios
    and the spread their median absolute deviation, which a few wild pairs do not move (up to half
    of the pairs can be wrong before they do), so the pairs being judged need not be set aside first.

    A ratio is judged on the shelf price and on the regular price (their shelf price where they give
    none): a regular price read in cents skews the regular index alike. A shelf price far out whose
    regular price is in line is their promotion, the very thing a retailer must see, and stays, unless
    it is below a fifth of their own regular price (the prior's bound: no promotion, a misread). A
    pair a person confirmed (status "confirmed") is never left out: a genuine 6× price is theirs to keep.

    `against`: judge `frame`'s pairs against the centre and spread of these pairs instead of their own
    (an earlier price of a pair against its competitor's pairs today: the alerts use this); a pair whose
    competitor and currency `against` lacks is not judged.

    `moved`: per competitor, how far its prices moved against its own earliest ones (the median log of
    latest ÷ earliest, `band`): a middle beyond the prior that its prices jumped to is no level of a shop."""
    return verdicts(frame, against=against, moved=moved).reason


def verdicts(frame: pd.DataFrame, *, against: pd.DataFrame | None = None,
             moved: Mapping[str, float] | None = None) -> pd.DataFrame:
    """`outliers` as data: per pair, `reason` (for people, or None) and `price`, which price it is left
    out on ("shelf" or "regular", or None), for code that must tell the two apart without reading words."""
    reasons = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    which = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    result = pd.DataFrame({"reason": reasons, "price": which})
    if frame.empty:
        return result
    shelf_logs, regular_logs, keys, confirmed = _judged_columns(frame)
    if against is None:
        bands_of = keys
        band_shelf, band_regular = shelf_logs, regular_logs
    else:
        if against.empty:
            return result
        band_shelf, band_regular, bands_of, _ = _judged_columns(against)
    groups = bands_of.groupby(list(bands_of.columns), sort=False).indices
    for key, positions in keys.groupby(list(keys.columns), sort=False).indices.items():
        source = groups.get(key)
        if source is None:
            continue
        competitor, code = key
        jump = (moved or {}).get(competitor)
        shelf_band = band(band_shelf[source], competitor, code, moved=jump)
        regular_band = band(band_regular[source], competitor, code, moved=jump)
        shelf_out, regular_out = left_out(shelf_logs[positions], regular_logs[positions], confirmed[positions],
                                          shelf_band, regular_band)
        for at in positions[shelf_out]:
            reasons.iat[at] = (f"our price is {format_ratio(math.exp(shelf_logs[at]))} theirs on the shelf price; "
                               f"{shelf_band.why}")
            which.iat[at] = "shelf"
        for at in positions[regular_out & ~shelf_out]:
            reasons.iat[at] = (f"our price is {format_ratio(math.exp(regular_logs[at]))} theirs on the regular price; "
                               f"{regular_band.why}")
            which.iat[at] = "regular"
    return pd.DataFrame({"reason": reasons, "price": which})


def _judged_columns(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, pd.DataFrame, np.ndarray]:
    """Shelf and regular log ratios, the (competitor, currency) each pair is judged in, and which a person confirmed."""
    currency = [c.split()[0] if isinstance(c, str) and c else t
                for c, t in zip(frame.get("converted", [None] * len(frame)), frame.their_currency)]
    keys = pd.DataFrame({"competitor": frame.competitor.to_numpy(),
                         "currency": pd.Series(currency, dtype=object).fillna("").to_numpy()})
    confirmed = (frame.status == "confirmed").to_numpy() if "status" in frame.columns else np.zeros(len(frame), bool)
    with np.errstate(invalid="ignore", divide="ignore"):
        shelf_logs = np.log(frame.ratio.to_numpy(dtype=float))
        regular_logs = np.log(frame.regular_ratio.to_numpy(dtype=float))
    return shelf_logs, regular_logs, keys, confirmed


@dataclass(frozen=True)
class Band:
    """The log ratios a competitor's pairs in one currency may take: within `cut` of `centre`; `why` says so."""

    centre: float
    cut: float
    why: str

    def far(self, logs: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            return np.abs(logs - self.centre) > self.cut


def band(logs: np.ndarray, competitor: str, currency: str = "", moved: float | None = None) -> Band | None:
    """The band of one competitor's log ratios in one currency (NaN: none given); None without any.

    `moved`: the median log of the competitor's latest prices ÷ its earliest (None: unknown). A middle
    between the prior and a unit away is its own level, unless its prices jumped there: moved beyond the
    prior against their own earlier prices (a feed now per case of 12, or in another currency), which a
    shop dearer on everything since it was first seen never did."""
    known = logs[~np.isnan(logs)]
    n = len(known)
    if not n:
        return None
    shown = f"{competitor}'s {n} pair{'' if n == 1 else 's'}" + (f" in {currency}" if currency else "")
    prior = math.log(PRIOR_OUTLIER_RATIO)
    median = float(np.median(known))
    bound = (f"a price {PRIOR_OUTLIER_RATIO:g}× or 1/{PRIOR_OUTLIER_RATIO:g} of the other is no comparison of one "
             "product")
    if n < MIN_PAIRS_FOR_SPREAD:
        return Band(0.0, prior, f"fewer than {MIN_PAIRS_FOR_SPREAD} pairs to measure a spread on ({shown}), and {bound}")
    if abs(median) >= math.log(MISREAD_UNIT / MIN_OUTLIER_RATIO):
        # Most of the pairs are out themselves (a whole feed in cents): their middle is no shop's price level.
        return Band(0.0, prior, f"the middle of {shown} is {format_ratio(math.exp(median))}, no shop's price level "
                                f"(another unit?), and {bound}")
    if abs(median) > prior and moved is not None and abs(moved) > prior:
        return Band(0.0, prior, f"the middle of {shown} is {format_ratio(math.exp(median))}, where their own prices "
                                f"moved {format_ratio(math.exp(moved))} since first seen: no shop's price level "
                                f"(another unit?), and {bound}")
    spread = MAD_TO_SD * float(np.median(np.abs(known - median)))
    cut = max(OUTLIER_SPREADS * spread, math.log(MIN_OUTLIER_RATIO))
    return Band(median, cut, f"the middle of {shown} is {format_ratio(math.exp(median))}, and their spread admits "
                             f"{format_ratio(math.exp(median - cut))} to {format_ratio(math.exp(median + cut))}")


def left_out(shelf_logs: np.ndarray, regular_logs: np.ndarray, confirmed: np.ndarray,
             shelf_band: Band | None, regular_band: Band | None) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs of one competitor and currency are left out on their shelf price and which on their
    regular price alone, given the bands they are judged in (see `outliers` for the rule)."""
    nothing = np.zeros(len(shelf_logs), bool)
    shelf_far = shelf_band.far(shelf_logs) if shelf_band else nothing
    regular_far = regular_band.far(regular_logs) if regular_band else nothing
    # Their shelf price ÷ their regular price, in log: 0 where they give no regular price.
    promotion = regular_logs - shelf_logs
    with np.errstate(invalid="ignore"):
        promoted = (promotion != 0) & ~regular_far & (np.abs(promotion) <= math.log(PRIOR_OUTLIER_RATIO))
    shelf_out = shelf_far & ~promoted & ~confirmed
    return shelf_out, regular_far & ~shelf_out & ~confirmed


def format_ratio(ratio: float) -> str:
    """A ratio as a reader takes it in: "1.02×", "98×", "0.012×", "12,345×" (the report's too)."""
    return f"{ratio:.3g}×" if ratio < 1000 else f"{ratio:,.0f}×"


def left_out_text(left_out: int, pairs: int) -> str:
    """The method line that counts the pairs left out: "3 of 212 pairs left out ..."."""
    return (f"{left_out} of {pairs} comparable pair{'' if pairs == 1 else 's'} left out of the price figures "
            "(listed with the reason in \"Left out of the price figures\").") if left_out else (
            f"None of {pairs} comparable pair{'' if pairs == 1 else 's'} left out of the price figures.")


def _gap(value: object) -> float | None:
    if type(value) is float:  # most gaps, settled at one look; the same result
        return value if math.isfinite(value) else None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
