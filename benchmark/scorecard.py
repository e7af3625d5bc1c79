"""The composite competitiveness score, "where they beat us", and alerts.

The score says how hard a competitor competes with us, 0-100, from parts that
are each 0-100 and explained in the report:

- price: 50 when our price index is 100; +5 points per index point we are
  dearer (they are cheaper), clipped to 0..100. Index 110 -> 100.
- promotions: share of their range on promotion x 250, clipped (40% -> 100).
- range: 50 x their range / our range, clipped (the same size -> 50, double -> 100).
- experience: their average visit score mapped from 1..5 to 0..100.

Parts without data are left out and the weights of the rest renormalised; the
report says which parts were used. A price part resting on one matched product
is left out too (THIN_PRICE): one shelf or one page is no price level.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import islice

import numpy as np
import pandas as pd

from benchmark import pricing, promotions
from benchmark._labels import NO_CATEGORY
from benchmark.visits import SCORES
from storecheck.models import promotion_mix
from storecheck.money import in_currency_places, written_amount
from storecheck.money.writing import current_locale, written_money
from storecheck.text_direction import named

DEFINITIONS = [
    (
        "Competitiveness score",
        "0-100, how hard a competitor competes with us, from four parts weighted as in storecheck.toml [weights]: "
        "price (50 at a price index of 100, +5 per point we are dearer), promotions (share of their range on promotion "
        "× 250), range (50 × their range ÷ ours) and store experience (their average visit score, 1-5 mapped to 0-100). "
        "Each part is clipped to 0-100; parts without data are left out, and so is a price part resting on one matched "
        "product (one shelf or one page is no price level; the card says so).",
    ),
    (
        "Alerts",
        "Changes found in the latest crawl of each competitor: price moves beyond the threshold in storecheck.toml "
        "[alerts], promotions started and ended, new and delisted products (delisted only after a complete crawl), "
        "stock-outs, and crawl health warnings. A price that changes into one left out of the price figures (a price "
        "read in cents), or back, is reported once under crawl health as a price that looks misread, with both prices, "
        "not as a price move; a pair left out of the price figures is never an undercut. A product matched to none of "
        f"ours is held to the prior bound instead: a move beyond {pricing.PRIOR_OUTLIER_RATIO:g}× or "
        f"1/{pricing.PRIOR_OUTLIER_RATIO:g} of its own last price looks misread.",
    ),
]


# A price figure resting on one matched product is one shelf or one page, not a price level: it says so, as a
# store figure resting on one visit does ("thin: rests on one visit", benchmark.visits). One is the count
# at which no second product can contradict the first, whatever the catalogue; two already can.
THIN_PRICE = "thin: rests on one matched product"
# ... and it is no part of the score: a competitor seen once, on one product 13% cheaper, scored 100 on price
# and led What to copy. A store's scores from one visit stay in it: one visit sees the store the scores are
# of, where one product is one of a range the price part stands for.
THIN_PRICE_NOT_SCORED = f"price not in the score, {THIN_PRICE}"
# A sized price advantage whose impact lies within two standard errors of none, leaving out one of the
# competitor's prices at a time (`_left_out_one_at_a_time`): ranked after the advantages that do not.
THIN_ADVANTAGE = "thin: too few or too uneven prices to tell it from none"


def _clip(value: float) -> float:
    return max(0.0, min(100.0, value))


def parts(*, price_index: float | None, promo_share: float | None, their_products: int, our_products: int,
          experience: float | None, price_pairs: int | None = None) -> dict[str, float | None]:
    """The four 0-100 parts; `experience` comes from benchmark.visits.experience_score. `price_pairs`: the
    matched products the index rests on; one gives no price part (THIN_PRICE_NOT_SCORED)."""
    return {
        "price": None if price_index is None or price_pairs == 1 else _clip(50 + 5 * (price_index - 100)),
        "promotions": None if promo_share is None else _clip(promo_share * 250),
        "range": None if not our_products or not their_products else _clip(50 * their_products / our_products),
        "experience": None if experience is None else _clip(experience),
    }


def composite(score_parts: dict[str, float | None], weights: dict[str, float]) -> float | None:
    used = {k: v for k, v in score_parts.items() if v is not None and weights.get(k, 0) > 0}
    total = sum(weights[k] for k in used)
    if not used or total <= 0:
        return None
    return sum(v * weights[k] for k, v in used.items()) / total


def where_they_beat_us(*, competitor: str, price: dict, promotions: dict, our_promo_share: float | None,
                       assortment: dict, store_comparisons: list[dict] | None, tolerance: float) -> list[str]:
    """`store_comparisons`: this competitor's rows of `benchmark.visits.compare_with_ours`;
    a store score counts where it is above our own stores'."""
    # Plain sentences a shop owner can act on; empty when they do not beat us anywhere.
    out: list[str] = []
    index = price.get("price_index")
    if index is not None and index > 100 * (1 + tolerance):
        out.append(
            f"Price: we are {index - 100:.1f}% dearer on average over {_products(price['pairs'], 'matched product')}; "
            f"they are cheaper on {price['dearer']:.0%} of them" + (f"; {THIN_PRICE}." if price["pairs"] == 1 else ".")
        )
    regular = price.get("price_index_regular")
    if index is not None and regular is not None and index - regular > 100 * tolerance:
        out.append(f"Promotions: their promotions {_promotions_move(index, regular, tolerance)} "
                   f"(index {regular:.1f} on regular prices, {index:.1f} on shelf prices).")
    share = promotions.get("share")
    if share is not None and share > 0 and (our_promo_share is None or share > our_promo_share):
        depth = promotions.get("depth")
        mix = promotion_mix(dict(list(promotions.get("mix", {}).items())[:3]))
        text = f"Promotions: {share:.0%} of their range is on promotion"
        if depth:
            text += f", {depth:.0%} off on average"
        out.append(text + (f" ({mix})." if mix else "."))
    lacking = assortment.get("we_lack_by_category") or []
    if assortment.get("we_lack"):
        top = ", ".join(f"{'no category' if c == NO_CATEGORY else named(c)} ({n})" for c, n in lacking[:3])
        out.append(f"Range: they carry {_products(assortment['we_lack'])} we do not" + (f", most in {top}." if top else "."))
    for row in store_comparisons or []:
        # Competitor-wide scores on all days (the report lists the rest per store): above our
        # own stores', or a good score where none of our stores was visited yet to compare.
        if row["store"] is None and row["days"] == "all" and row["measure"] in SCORES and (
                (row["difference"] is not None and row["difference"] > 0) or (row["ours"] is None and row["theirs"] >= 4)):
            out.append(f"Store: {row['statement']}" + ("; visit our own stores to compare." if row["ours"] is None else "."))
    return out


def _promotions_move(index: float, regular: float, tolerance: float) -> str:
    """What their promotions do to where we stand, from the index on their regular prices to the one on
    their shelf prices (higher): a gap against us only widens where there is one; where we are cheaper
    on their regular prices, promotions narrow, close or turn around our lead; where level, they tip
    prices their way or make them cheaper than us."""
    dearer, cheaper = 100 * (1 + tolerance), 100 * (1 - tolerance)
    if regular > dearer:
        return "widen the gap"
    if regular >= cheaper:
        # Level on regular prices: cheaper than us only once the shelf index is past the tolerance, as the
        # card's verdict beside it reads the same index ("about the same prices" within it; review R1).
        return "make them cheaper than us" if index > dearer else "tip level prices their way"
    if index < cheaper:
        return "narrow our lead"
    return "close our lead" if index <= dearer else "turn our lead around"


def price_alerts(transitions: list[dict], threshold_pct: float) -> list[dict]:
    """transitions: dicts with prev_price, prev_currency, price, currency, ... -> the moves
    beyond the threshold. A change of currency is reported as such, never as a percentage."""
    alerts = []
    for t in transitions:
        old, new = t.get("prev_price"), t.get("price")
        if old is None or new is None or old <= 0:
            continue
        if t.get("prev_currency") != t.get("currency"):
            alerts.append({**t, "kind": "currency changed", "change_pct": None})
            continue
        move = float((new / old - 1) * 100)
        if abs(move) >= threshold_pct:
            alerts.append({**t, "kind": "price up" if move > 0 else "price down", "change_pct": move})
    return alerts


# --- what to copy ------------------------------------------------------------------

WHAT_TO_COPY_DEFINITION = (
    "What to copy",
    "One list across competitors of where each beats us, ranked by impact: how many points of that competitor's "
    "competitiveness score (0-100, above) the advantage accounts for, i.e. how far the score would fall if the "
    "advantage were gone, with the weights of storecheck.toml [weights] (parts without data left out, as in the "
    "score; the parts taken unclipped). Price on a category: our price index over all matched products if we "
    "charged what they do on that category's products where we are dearer (the products and their sales weights "
    "decide it). A promotion mechanic never seen on visits to our own stores: the share of their range promoted "
    "that way. Range: the products of a category they carry and we do not, as if we carried them too. A store "
    "practice: their score above our own stores' in one area (the experience part is the mean of three areas). "
    "Footfall and ticket are given as evidence. Items without an estimate (a promotion seen only in a shop with no "
    "web shop, a price resting on one matched product) come last. A price item says how many prices it stands on, "
    "from which sources and when; one whose impact is within two standard errors of none when each of the "
    "competitor's prices is left out in turn says it is thin, and comes after the sized items that are not, as does a "
    "store practice resting on one visit. An estimate to order the list, not a forecast of sales.",
)
PROMOTION_NAMES = {"percent_off": "percent off", "amount_off": "amount off", "multibuy": "multibuy", "bundle": "bundle",
                   "loyalty": "loyalty-card price", "sale": "sale price"}


def _share(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _depth(price: object, regular: object) -> float | None:
    """`promotions.depth` (one rule, its misread bound with it) for prices given as any number; a price
    of 0 is no promotion's."""
    try:
        if regular is not None and price is not None and price > 0:
            return promotions.depth(Decimal(str(price)), Decimal(str(regular)))
    except (TypeError, ValueError, ArithmeticError):
        return None
    return None


def _names(values, n: int = 3) -> str:
    # The first n only: a competitor's promoted names run to tens of thousands.
    return ", ".join(islice((named(v) for v in values if v), n))


def _products(n: int, noun: str = "product") -> str:
    """"1 product", "3 matched products": a sentence a person reads counts in words."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _amount(value: object) -> str:
    """A price as a person writes it (`money.written_amount`), where the money columns keep "12.0000"."""
    return written_amount(value) if isinstance(value, Decimal) and value.is_finite() else str(value)


def _example(name: object, ours: object, theirs: object, currency: object, basis: object, converted: object) -> str:
    """One pair as the evidence names it, so that a person can find its prices again: in our currency,
    per unit when the pair is compared so ("per kg"), and saying what a converted price was converted
    from. A price storecheck worked out (converted, or per unit) is shown with the currency's places
    (as the report shows amounts): "8.2017" is on no shelf."""
    said = [value if isinstance(value, str) and value else None for value in (currency, basis, converted)]
    code, per, source = said

    def shown(value: object) -> str:
        worked_out = (per or source) and isinstance(value, Decimal) and value.is_finite()
        if current_locale() is not None and isinstance(value, Decimal) and value.is_finite():
            # `[report] locale`: "3,49 zł" (`storecheck.money.writing`).
            return " ".join(filter(None, [written_money(in_currency_places(value, code) if worked_out else value, code), per]))
        text = f"{in_currency_places(value, code):f}" if worked_out else _amount(value)
        return " ".join(filter(None, [text, code, per]))

    return f"{named(name)} {shown(ours)} against {shown(theirs)}" + (f" (converted from {source})" if source else "")


def _possessive(name: str) -> str:
    return f"{named(name)}'" if name.endswith("s") else f"{named(name)}'s"


def _part_weight(c: dict, area: str, weights: dict[str, float]) -> float:
    """The weight of one part in this competitor's composite score (weights renormalised
    over the parts it has data for, as `composite` does)."""
    used = {k: weights.get(k, 0) for k, v in (c.get("score_parts") or {}).items() if v is not None and weights.get(k, 0) > 0}
    total = sum(used.values())
    return used.get(area, 0) / total if total else 0.0


def _in(category: str) -> str:
    return "without a category" if category == NO_CATEGORY else f"in {named(category)}"


def _on(category: str) -> str:
    return "products without a category" if category == NO_CATEGORY else named(category)


def _price_items(c: dict, weight: float, tolerance: float) -> list[dict]:
    pairs = c.get("gaps")
    if pairs is None or pairs.empty:
        return []
    ratios = 1 + pairs.gap_pct.to_numpy(dtype=float) / 100
    weights = pairs.weight.to_numpy(dtype=float)
    index = pricing.price_index(ratios, weights)
    if index is None:
        return []  # no pair carries any sales weight: there is no index for a category to move
    total_weight = float(weights.sum())
    # Each pair's weighted log ratio once: our index at their prices in a category only zeroes that
    # category's dearer pairs (log 1 = 0), so the sum is the same, taken without a logarithm per pair
    # per category (400 categories of 50,000 pairs).
    weighted_logs = weights * np.log(ratios)
    zeroed = weights * 0.0
    codes, names = pd.factorize(pairs.category.fillna(NO_CATEGORY), sort=True)
    in_category = np.bincount(codes, minlength=len(names))
    dearer = ratios > 1 + tolerance
    # Only the pairs where we are dearer, a few columns wide, grouped once: slicing the whole
    # frame per category cost seconds on 100,000 pairs.
    candidates = pairs.reindex(columns=["name", "our_price", "their_price", "gap_pct", "our_currency", "basis",
                                        "converted", "source", "seen"]).loc[dearer].assign(_code=codes[dearer], _weight=weights[dearer],
                                                                               _at=np.flatnonzero(dearer))
    candidates["seen"] = pd.to_datetime(candidates["seen"], utc=True, errors="coerce")
    left_out = _LeftOutOneAtATime(weighted_logs, weights, weight * 5 * 100)
    items = []
    for code, group in candidates.groupby("_code", sort=True):
        category = names[code]
        # Our index if we charged their price where we are dearer in this category.
        # `pricing.price_index` of the ratios with these set to 1, from the sums.
        without = pricing.index_from_sums(float(np.where(dearer & (codes == code), zeroed, weighted_logs).sum()),
                                          total_weight)
        group_weights = group["_weight"].to_numpy()
        share = _share(float(group_weights.sum()), total_weight)
        # Sales-weighted; products that carry no weight at all are averaged plainly.
        gap = float(np.average(group.gap_pct.to_numpy(dtype=float),
                               weights=group_weights if group_weights.sum() > 0 else None)) / 100
        worst = group.sort_values("gap_pct", ascending=False).head(3)
        # (Columns zipped: itertuples builds a tuple class of every column, per category.)
        examples = "; ".join(_example(*values) for values in zip(
            worst["name"], worst.our_price, worst.their_price, worst.our_currency, worst.basis, worst.converted))
        impact = None if len(pairs) == 1 else weight * 5 * (index - without)
        spread = None if impact is None else left_out.spread(group["_at"].to_numpy())
        thin = spread is not None and impact is not None and impact - 2 * spread <= 0
        items.append({
            "competitor": c["name"], "area": "price",
            "advantage": f"Cheaper on {_on(category)}: we are {gap:.1%} dearer on {len(group)} of "
                         f"{_products(int(in_category[code]), 'matched product')}",
            "evidence": f"{_products(len(group), 'matched product')} {_in(category)} cost less at {named(c['name'])} ({share:.1%} of the sales "
                        f"weight of our matched products), {gap:.1%} on average, sales-weighted; our price index "
                        f"{index:.1f} would be {without:.1f} at their prices there; e.g. {examples}"
                        + f"; {_stands_on(group, len(pairs))}"
                        + (f"; {THIN_PRICE}" if len(pairs) == 1 else "")
                        + (f"; {THIN_ADVANTAGE} (±{spread:.2f}, leaving out one price at a time)" if thin else ""),
            # A price figure on one product is no part of the score: nothing to size (and ranked after those sized).
            "impact": impact,
            "_thin": thin,
        })
    return items


class _LeftOutOneAtATime:
    """The standard error of a price item's impact by the jackknife: the impact worked out again with each of
    the competitor's matched prices left out in turn, sqrt((n - 1) / n x the sum of squared deviations from
    their mean) (`spread`; None when fewer than two can be left out).

    It measures the advantage against the spread of that competitor's own prices: an impact that one or two
    prices make (a market stall's two shelf checks, one of them a seed packet 45% cheaper) moves by about its
    whole size when one of them is left out; one spread over many prices hardly moves. No count of prices is
    set: the prices it needs follow from how alike they are (about five equal ones clear two standard errors).

    Left out, price j leaves the index's sums (S - x_j over W - w_j); at their prices on a category D it leaves
    the sum with D's logs zeroed (S - C - x_j) unless it is in D (S - C). So outside D the impact left out one
    is K e_j (1 - exp(-C / (W - w_j))), e_j = exp((S - x_j) / (W - w_j)): the sums over the prices outside D are
    taken per distinct weight once per competitor, and each category costs its own prices only (400 categories
    of 50,000 prices would otherwise work 20 million exponentials out).
    """

    def __init__(self, weighted_logs: np.ndarray, weights: np.ndarray, scale: float):
        self.scale, self.logs = scale, weighted_logs
        self.total = float(weighted_logs.sum())
        self.remaining = float(weights.sum()) - weights
        self.usable = self.remaining > 0
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            self.kept = np.where(self.usable, np.exp((self.total - weighted_logs) / np.where(self.usable, self.remaining, 1)), 0.0)
        self.sizes, self.size_of = np.unique(np.where(self.usable, self.remaining, 0.0), return_inverse=True)
        self.size_of = self.size_of.reshape(-1)
        self.sums = np.bincount(self.size_of, weights=self.kept * self.usable, minlength=len(self.sizes))
        self.squares = np.bincount(self.size_of, weights=self.kept ** 2 * self.usable, minlength=len(self.sizes))
        self.counts = np.bincount(self.size_of, weights=self.usable.astype(float), minlength=len(self.sizes))

    def spread(self, zeroed: np.ndarray) -> float | None:
        """The jackknife's standard error of the impact of pricing as they do at the positions `zeroed`."""
        n = int(self.usable.sum())
        if n < 2 or not np.isfinite(self.kept).all():
            return None
        inside = zeroed[self.usable[zeroed]]
        part = float(self.logs[zeroed].sum())
        sizes = np.where(self.sizes > 0, self.sizes, 1.0)
        falls = np.where(self.sizes > 0, 1 - np.exp(-part / sizes), 0.0)  # per distinct weight left
        at = self.size_of[inside]
        sums = self.sums - np.bincount(at, weights=self.kept[inside], minlength=len(self.sizes))
        squares = self.squares - np.bincount(at, weights=self.kept[inside] ** 2, minlength=len(self.sizes))
        with np.errstate(over="ignore"):
            in_part = self.scale * (self.kept[inside] - np.exp((self.total - part) / self.remaining[inside]))
        total = self.scale * float((falls * sums).sum()) + float(in_part.sum())
        square = self.scale ** 2 * float((falls ** 2 * squares).sum()) + float((in_part ** 2).sum())
        if not (np.isfinite(total) and np.isfinite(square)):
            return None
        mean = total / n
        return float(np.sqrt(max(0.0, (n - 1) * (square / n - mean ** 2))))


_SOURCE_WORDS = {"crawl": ("read on their web shop", "latest"), "import": ("from a file they gave", "imported"),
                 "visit": ("from shelf checks", "on")}


def _stands_on(advantage: pd.DataFrame, in_index: int) -> str:
    """"stands on 2 prices: 1 from shelf checks on 2026-11-01, 1 read on their web shop (latest 2026-12-07), of
    the 13 the index rests on": how many prices an advantage rests on, where they come from and when they were
    last read (`source`, `seen`: UTC-aware or NaT), so a person can weigh two shelf prices against a crawl of
    hundreds."""
    said = []
    # (Plain lists: a category's prices are few, and a groupby per category cost more than the list's figures.)
    by_source: dict[str, list] = {}
    for source, seen in zip(advantage.source.tolist(), advantage.seen.tolist()):
        by_source.setdefault(source if isinstance(source, str) else "", []).append(seen)
    for source, seen_on in sorted(by_source.items()):
        words, when = _SOURCE_WORDS.get(source, ("of another source", "latest"))
        days = sorted({d.strftime("%Y-%m-%d") for d in seen_on if not pd.isna(d)})
        dated = ""
        if days and source == "visit":
            dated = f" {when} {', '.join(days[-3:])}" + (f" and {len(days) - 3} more days" if len(days) > 3 else "")
        elif days:
            dated = f" ({when} {days[-1]})"
        said.append(f"{len(seen_on)} {words}{dated}")
    n = len(advantage)
    return f"stands on {n} price{'' if n == 1 else 's'}: {', '.join(said)}, of the {in_index} the index rests on"


def _promotion_items(c: dict, weight: float, ours: set[str] | None) -> list[dict]:
    theirs, pairs = c.get("theirs"), c.get("gaps")
    range_size = 0 if theirs is None else len(theirs)
    types = {t for t in theirs.promo_type.dropna().tolist() if t} if range_size else set()
    seen = c.get("seen_promotions") or []
    types |= {p["type"] for p in seen if p.get("type")}
    items = []
    for kind in sorted(types):
        if ours is not None and kind in ours:
            continue
        promoted = theirs[theirs.promo_type == kind] if range_size else None
        n = 0 if promoted is None else len(promoted)
        depths = [d for d in (_depth(p, r) for p, r in zip(promoted.price, promoted.regular_price)) if d is not None] if n else []
        mine = pairs[pairs.promo_type == kind] if pairs is not None and not pairs.empty and "promo_type" in pairs else None
        in_store = [p for p in seen if p.get("type") == kind]
        evidence = []
        if n:
            evidence.append(f"{n} of their {_products(range_size)} online ({_share(n, range_size):.0%})"
                            + (f", {sum(depths) / len(depths):.0%} off on average" if depths else "")
                            + f"; e.g. {_names(promoted.name)}")
        if mine is not None and len(mine):
            evidence.append(f"{len(mine)} of them match products we sell")
        if in_store:
            evidence.append(f"seen in their store {len(in_store)} time{'s' if len(in_store) != 1 else ''}: "
                            f"{_names((p['text'] for p in in_store), 2)}")
        evidence.append("never seen on visits to our own stores" if ours is not None
                        else "no visit to our own stores records our promotions yet")
        items.append({
            "competitor": c["name"], "area": "promotions",
            # Without a visit to our own stores nobody knows whether we use it: the headline does not say we do not.
            "advantage": f"Promotion mechanic {'we do not use' if ours is not None else '(ours not recorded yet)'}: "
                         f"{PROMOTION_NAMES.get(kind, kind)}",
            "evidence": "; ".join(evidence),
            "impact": weight * 250 * _share(n, range_size) if n else None,
        })
    return items


def _range_items(c: dict, weight: float, our_products: int) -> list[dict]:
    rng = c.get("range") or {}
    their_products = rng.get("their_products") or 0
    lacking = c.get("lacking")
    items = []
    if not our_products:
        return items
    for category, n in rng.get("we_lack_by_category") or []:
        examples = ""
        if lacking is not None and not lacking.empty:
            examples = _names(lacking[lacking.category.fillna(NO_CATEGORY) == category].name)
        items.append({
            "competitor": c["name"], "area": "range",
            "advantage": f"Range we lack: {_products(n)} {_in(category)}",
            "evidence": f"they carry {_products(n)} {_in(category)} that match none of ours"
                        + (f", e.g. {examples}" if examples else "")
                        + f"; their range {_products(their_products)}, ours {our_products}",
            "impact": weight * 50 * their_products * (1 / our_products - 1 / (our_products + n)),
        })
    return items


def _store_items(c: dict, weight: float) -> list[dict]:
    # One item per store and area; a competitor's figures over all its stores would repeat them.
    rows = [r for r in c.get("store_comparisons") or [] if r["days"] == "all" and r["store"] is not None]
    footfall = {r["store"]: r for r in rows if r["measure"] == "footfall_per_hour" and r["ours"] is not None}
    items = []
    for row in rows:
        if row["measure"] not in SCORES or row["difference"] is None or row["difference"] <= 0:
            continue
        evidence = row["statement"]
        if row["store"] in footfall:
            evidence += f"; {footfall[row['store']]['statement']}"
        photos = c.get("photos", {}).get(row["store"], 0)
        if photos:
            evidence += f"; {photos} photo{'s' if photos != 1 else ''} in Store visits"
        items.append({
            "competitor": c["name"], "area": "store",
            "advantage": f"Store practice: {row['measure']} at {_possessive(row['competitor'])} {named(row['store'])} "
                         "scores above our own stores",
            "evidence": evidence,
            "impact": weight * 25 * row["difference"] / len(SCORES),
            # One visit's scores ("thin: rests on one visit", said in its statement) rank as a thin price does.
            "_thin": bool(row.get("thin")),
        })
    return items


def what_to_copy(competitors: list[dict], *, weights: dict[str, float], tolerance: float, our_products: int,
                 our_promotion_types: set[str] | None) -> list[dict]:
    """One list, ranked by `impact` (largest first; items without an estimate last), of
    {"competitor", "area", "advantage", "evidence", "impact"}: price on a category,
    promotion mechanics we do not use, range we lack and store practices that score
    above our own stores. Impact: points of the competitor's competitiveness score the
    advantage accounts for (WHAT_TO_COPY_DEFINITION).

    Each competitor is a dict of name, score_parts (`parts`), gaps (its comparable pairs
    with gap_pct, weight, category, name, prices, promo_type: `pricing.gaps`), theirs (its
    range: name, promo_type, price, regular_price), range (`assortment.summarise`),
    lacking (its products matched to none of ours), seen_promotions ({type, text} seen on
    visits), store_comparisons (`benchmark.visits.compare_with_ours` rows) and photos
    (store -> photos taken there). `our_promotion_types`: types seen on visits to our own
    stores, None when none of our stores was visited."""
    items: list[dict] = []
    for c in competitors:
        items += _price_items(c, _part_weight(c, "price", weights), tolerance)
        items += _promotion_items(c, _part_weight(c, "promotions", weights), our_promotion_types)
        items += _range_items(c, _part_weight(c, "range", weights), our_products)
        items += _store_items(c, _part_weight(c, "experience", weights))
    for item in items:
        if item["impact"] is not None:
            item["impact"] = round(float(item["impact"]), 2)
    # Ranked by size and by the evidence behind it: an advantage too thin to tell from none (THIN_ADVANTAGE,
    # it says so) comes after every sized one that is not, however large its estimate.
    items.sort(key=lambda i: (i["impact"] is None, bool(i.get("_thin")), -(i["impact"] or 0), i["competitor"], i["advantage"]))
    for item in items:
        item.pop("_thin", None)
    return items
