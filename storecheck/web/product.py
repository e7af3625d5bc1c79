"""The product page of `storecheck serve`: our price against each competitor's over time."""

from __future__ import annotations

from datetime import UTC, datetime

from benchmark.trends import window
from reports.charts import price_history_chart
from storecheck import currencies, db
from storecheck.history import product_history


def product_page_context(engine, config, sku: str) -> dict | None:
    """What the product page shows: our product, its matched competitor products' prices over the
    trend window in our currency (converted with [currencies] rates; others left out and named), and the chart."""
    start, end = window(datetime.now(UTC).date(), config.trends.window_days)
    with db.reading(engine).connect() as conn:
        found = product_history(conn, sku, start)
    if found is None:
        return None
    ours = found["product"]
    our_currency = ours["currency"] or config.shop.currency
    rates = currencies.rates(config)
    series, unconverted = [], set()
    for product in found["matched"]:
        points = []
        for row in product["observations"]:
            by = currencies.factor(row["currency"] or our_currency, our_currency, rates)
            if by is None:
                unconverted.add(row["currency"])
                continue
            row["converted_price"] = row["price"] * by if row["price"] is not None else None
            points.append({"date": row["observed_at"].date().isoformat(), "price": row["converted_price"],
                           "promotion": row["promo_text"] or row["promo_type"], "in_store": row["source"] == "visit"})
        series.append((f"{product['competitor']}: {product['name'] or ''}".strip(": "), points))
    chart = price_history_chart((f"{config.shop.name}", ours["price"]), series, start=start, end=end)
    return {"product": ours, "currency": our_currency, "matched": found["matched"], "chart": chart,
            "start": start, "end": end, "unconverted": sorted(c for c in unconverted if c)}
