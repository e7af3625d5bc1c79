"""Undercuts: the pairs a competitor prices more than `[alerts] undercut_pct` below ours, now and
at the last report, by a move of theirs or of our own price."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pandas as pd
from sqlalchemy import select
from sqlalchemy.engine import Connection

from storecheck import currencies, db
from storecheck.analysis.verdicts import _as_compared
from storecheck.money import in_currency_places
from storecheck.money.writing import written_money


def undercut_pairs(judged: pd.DataFrame | None, pct: float | None) -> dict[str, list[str]]:
    """Per competitor, its pairs ("sku|competitor product id") whose price lies more than `pct` percent
    below ours as the alerts compare them (`_judged_pairs`: in our currency, per unit across pack
    sizes; a pair left out of the price figures, or without a rate, never)."""
    if judged is None or judged.empty or pct is None:
        return {}
    limit = 1 - Decimal(str(pct)) / 100
    found: dict[str, list[str]] = {}
    # (Columns zipped: a named tuple per pair of a large shop's 100,000 cost a third of a second.)
    for name, sku, product, ours, theirs, our_currency, their_currency, left_out in zip(*(judged[column].tolist() for column in (
            "competitor", "sku", "competitor_product_id", "our_price", "their_price", "our_currency", "their_currency",
            "left_out"))):
        if _undercuts_now(ours, theirs, our_currency == their_currency and not isinstance(left_out, str), limit):
            found.setdefault(name, []).append(f"{sku}|{product}")
    return {name: sorted(keys) for name, keys in found.items()}


def _undercuts_now(ours, theirs, comparable: bool, limit: Decimal) -> bool:
    """Whether their price lies below `limit` × ours (both as the pair compares them, `comparable`: in one
    currency and not left out of the price figures)."""
    return (comparable and isinstance(ours, Decimal) and ours > 0 and isinstance(theirs, Decimal) and theirs > 0
            and theirs < ours * limit)


def _undercuts(transitions, pairs: pd.DataFrame | None, pct: float | None, row, rates: dict[str, Decimal]) -> list[dict]:
    """Matched products a competitor now sells more than `pct` percent below our price, and did not before.
    A price in another currency is converted with the rates the index uses (`currencies.factor`), and the
    alert says so; one without a rate is never taken for an undercut. A pair left out of the price
    figures (`_judged_pairs`: a price read in cents, a pack against a single) undercuts nobody."""
    if pairs is None or pairs.empty or pct is None or not transitions:
        return []
    ours = {}
    # Only the pairs of products that changed: a tuple per pair of the whole frame cost seconds.
    changed = pairs[pairs.competitor_product_id.isin({t["competitor_product_id"] for t in transitions})
                    & pairs.left_out.isna().to_numpy()]
    for pair in changed.itertuples():
        ours.setdefault(pair.competitor_product_id, []).append(pair)
    limit = 1 - Decimal(str(pct)) / 100
    rows = []

    def below(price, currency, pair) -> bool:
        theirs = _as_compared(price, currency, pair.our_currency, pair.their_pack, rates)
        return theirs is not None and theirs < pair.our_price * limit

    for t in transitions:
        for pair in ours.get(t["competitor_product_id"], ()):
            if not isinstance(pair.our_price, Decimal) or pair.our_price <= 0:
                continue
            if below(t["price"], t["currency"], pair) and not below(t["prev_price"], t["prev_currency"], pair):
                gap = (_as_compared(t["price"], t["currency"], pair.our_currency, pair.their_pack, rates)
                       / pair.our_price - 1) * 100
                price = written_money(t['price'], t['currency'])
                if t["currency"] != pair.our_currency:
                    rate = currencies.factor(t["currency"], pair.our_currency, rates)
                    price += f" (converted at {rate.normalize():f}: {written_money(in_currency_places(t['price'] * rate, pair.our_currency), pair.our_currency)})"
                detail = f"{price} against our {_our_price_written(pair)} ({gap:+.1f}%), our {pair.sku}"
                rows.append(row("undercut", t, detail) | {"key": f"undercut:{pair.sku}:{t['last_id']}", "sku": pair.sku})
    return rows


def ours_beside(pairs: pd.DataFrame | None, product_ids) -> dict[int, str]:
    """Our products that each of `product_ids` (theirs) is matched to, with our price, as a price move
    of theirs names them ("our ZOO-101 at 129.99 EUR"): what a reader of "119.99 → 109.99" asks
    next. Pairs left out of the price figures (a wrong match, a price misread) are not named."""
    if pairs is None or pairs.empty:
        return {}
    wanted = set(product_ids)
    mine = pairs[pairs.competitor_product_id.isin(wanted) & pairs.left_out.isna().to_numpy()]
    said: dict[int, list[str]] = {}
    for pair in mine.itertuples():
        if isinstance(pair.our_price, Decimal) and pair.our_price > 0:
            said.setdefault(pair.competitor_product_id, []).append(f"our {pair.sku} at {_our_price_written(pair)}")
    return {pid: "; ".join(parts) for pid, parts in said.items()}


def _undercut_at_last_report(conn: Connection, since: datetime | None) -> tuple[dict[str, set[str]], dict[str, bool]]:
    """The pairs each competitor undercut us on at the last report (`report_summary`; none known for a
    report written by a version that kept none), and our skus whose catalogue row changed since then,
    each with whether it is new since then (a product added, not repriced)."""
    last = db.last_report_run(conn) if since is not None else None
    if last is None or last["generated_at"] != since:
        return {}, {}
    then = {name: set(figures["undercut"]) for name, figures in (last.get("summary") or {}).items()
            if isinstance(figures, dict) and isinstance(figures.get("undercut"), list)}
    if not then:
        return {}, {}
    own = db.own_products
    return then, {sku: created > since for sku, created in conn.execute(
        select(own.c.sku, own.c.created_at).where(own.c.updated_at > since))}


def _undercuts_of_ours(judged: pd.DataFrame, pct: float | None, then: set[str], ours_changed: dict[str, bool],
                       said: set[tuple[str, int]], since: datetime) -> list[dict]:
    """Undercuts our own catalogue moved into: a pair of a product of ours changed since the last report
    (a new price imported, or the product new to our catalogue: `ours_changed` says which) that the
    competitor undercuts now and did not then, their price unchanged
    (a move of theirs is `_undercuts`' to tell, `said`). Keyed by the report it is new since: found again before the next
    report it is the same event; raised again after a cut and a report between, a new one."""
    if pct is None or judged.empty:
        return []
    limit = 1 - Decimal(str(pct)) / 100
    rows = []
    for pair in judged[judged.sku.isin(list(ours_changed))].itertuples():
        key = f"{pair.sku}|{pair.competitor_product_id}"
        comparable = pair.their_currency == pair.our_currency and not isinstance(pair.left_out, str)
        if key in then or (pair.sku, pair.competitor_product_id) in said or not _undercuts_now(
                pair.our_price, pair.their_price, comparable, limit):
            continue
        pack = pair.their_pack if isinstance(pair.their_pack, Decimal) else Decimal(1)
        gap = (pair.their_price / pair.our_price - 1) * 100
        price = written_money(in_currency_places(pair.their_price * pack, pair.our_currency), pair.our_currency)
        if isinstance(pair.converted, str) and pair.converted:
            price += f" (converted from {pair.converted})"
        # storecheck keeps no history of our prices: a product it did not have at the last report is new, not repriced.
        detail = (f"{price} against our {_our_price_written(pair)} ({gap:+.1f}%), our {pair.sku}, "
                  + ("new to our catalogue since the last report" if ours_changed[pair.sku]
                     else "whose price changed since the last report"))
        rows.append({"competitor": pair.competitor, "kind": "undercut", "product": pair.their_name, "detail": detail,
                     "url": pair.their_url, "competitor_product_id": pair.competitor_product_id, "sku": pair.sku,
                     "key": f"undercut:{pair.sku}:{pair.competitor_product_id}:since:{since.isoformat()}"})
    return rows


def _our_price_written(pair) -> str:
    """Our price as an undercut alert names it, with its currency: for a pair compared per unit (our 1 kg
    bag against their 500 g one), our shelf price for our pack, then what as much as their pack costs at
    it, the price theirs is set against ("12.00 EUR for 1 kg, 6.00 EUR for their 0.5 kg"). The scaled
    price alone was no price of ours a reader could find in the catalogue."""
    currency = pair.our_currency
    their_pack = pair.their_pack if isinstance(pair.their_pack, Decimal) else Decimal(1)
    our_pack = getattr(pair, "our_pack", None)
    sizes = getattr(pair, "pack_sizes", None)

    def amount(value: Decimal) -> str:
        # A price per kg times a pack (12.49 / 0.75 * 0.5) runs to 28 places: shown as the currency shows it.
        return written_money(in_currency_places(value, currency), currency)

    if not isinstance(sizes, str) or not isinstance(our_pack, Decimal):
        return amount(pair.our_price * their_pack)
    ours, theirs = sizes.split(" / ")
    return f"{amount(pair.our_price * our_pack)} for {ours}, {amount(pair.our_price * their_pack)} for their {theirs}"
