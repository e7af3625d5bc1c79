"""The product page of `storecheck serve`: our price against each competitor's over time."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from benchmark.trends import window
from reports.charts import price_history_chart
from storecheck import currencies, db
from storecheck.analysis import compared_price, pack_basis, pack_may_differ
from storecheck.history import product_history


def product_page_context(engine, config, sku: str) -> dict | None:
    """What the product page shows: our product, its matched competitor products' prices over the
    trend window in our currency (converted with [currencies] rates; others left out and named), and the chart.

    Pairs are compared as the report compares them (`analysis.pack_basis`): when one is compared per
    kg / l / piece (our 1 kg bag against their 500 g one), the chart is per that unit, our line too;
    a pair the figures leave out (a pack size that cannot be read) is listed, saying so, and not drawn.
    Competitors storecheck.toml no longer lists, and those that closed (`Competitor.closed_on`), are
    out of the page, as they are out of every figure, and named in a notice."""
    start, end = window(datetime.now(UTC).date(), config.trends.window_days)
    with db.reading(engine).connect() as conn:
        found = product_history(conn, sku, start)
    if found is None:
        return None
    ours = found["product"]
    our_currency = ours["currency"] or config.shop.currency
    rates = currencies.rates(config)
    listed = {c.name for c in config.competitors}
    unlisted = sorted({product["competitor"] for product in found["matched"] if product["competitor"] not in listed})
    # A competitor that closed is out of every figure too: its last price would be drawn as holding to today.
    closed_on = {c.name: c.closed_on for c in config.competitors if c.closed_on is not None}
    closed = sorted({(product["competitor"], closed_on[product["competitor"]]) for product in found["matched"]
                     if product["competitor"] in closed_on})
    matched = [product for product in found["matched"] if product["competitor"] in listed
               and product["competitor"] not in closed_on]
    for product in matched:
        product["counted"], product["basis"] = pack_basis(
            (ours["name"], ours["size"]), (product["name"], product["size"]),
            equivalent=bool(product["equivalent"]),
            confirmed=pack_may_differ(product["status"], product["method"], (ours["name"], ours["size"]),
                                      (product["name"], product["size"])))
    # Every basis shares our pack and its unit (a pair's unit is our pack's), so one chart holds them all.
    per_unit = next((product["basis"] for product in matched if product["basis"]), None)
    series, unconverted = [], set()
    for product in matched:
        basis = product["basis"]
        # Their pack per unit; a pair compared on pack price is taken as being our pack.
        divisor = basis.their_pack if basis else per_unit.our_pack if per_unit else Decimal(1)
        points = []
        for row in product["observations"]:
            if basis and row["price"] is not None:
                row["unit_price"] = row["price"] / basis.their_pack
            by = currencies.factor(row["currency"] or our_currency, our_currency, rates)
            if by is None:
                unconverted.add(row["currency"])
                continue
            row["converted_price"] = row["price"] * by / divisor if row["price"] is not None else None
            points.append({"date": row["observed_at"].date().isoformat(), "price": row["converted_price"],
                           "promotion": row["promo_text"] or row["promo_type"], "in_store": row["source"] == "visit"})
        if product["counted"]:
            series.append((f"{product['competitor']}: {product['name'] or ''}".strip(": "), points))
    our_price = compared_price(ours["price"], ours["category"], config.shop)  # with tax, as the report compares it
    if per_unit and our_price is not None:
        our_price = our_price / per_unit.our_pack
    chart = price_history_chart((f"{config.shop.name}", our_price), series, start=start, end=end)
    return {"product": ours, "currency": our_currency, "matched": matched, "chart": chart,
            "start": start, "end": end, "unconverted": sorted(c for c in unconverted if c),
            "per_unit": per_unit.name if per_unit else None, "unlisted": unlisted, "closed": closed,
            "tax_added": None if config.shop.prices_include_tax else config.shop.tax_factor(ours["category"]) * 100 - 100}
