"""Tables out (CSV / XLSX by extension) and match decisions back in."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from storecheck import db
from storecheck.catalogue import FileImportError, read_rows
from storecheck.config import Config

EXPORTABLE = ("offers", "products", "observations", "matches", "visits", "price", "categories", "health")

MATCH_EXPORT_COLUMNS = ["sku", "competitor", "key", "method", "score", "status", "reason", "our_name", "their_name",
                        "our_price", "their_price", "currency", "their_url"]
OFFER_EXPORT_COLUMNS = ["competitor", "key", "name", "brand", "category", "gtin", "mpn", "sku", "price", "regular_price",
                        "currency", "unit_price", "unit", "url", "in_stock", "promotion", "first_seen", "last_seen", "observed_at"]


class MatchImportError(Exception):
    pass


def write_table(rows: Sequence[dict], path: str | Path, columns: Sequence[str]) -> Path:
    """Write rows as CSV or XLSX (by extension), atomically. Decimals stay exact in CSV."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("data")
        sheet.append(list(columns))
        for row in rows:
            sheet.append([_xlsx_cell(row.get(c)) for c in columns])
        book.save(tmp)
    else:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(["" if row.get(c) is None else _csv_cell(row.get(c)) for c in columns])
    os.replace(tmp, path)
    return path


def _csv_cell(value: object) -> object:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _xlsx_cell(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)  # spreadsheets hold floats; the CSV export stays exact
    if isinstance(value, (dict, list)):
        return str(value)
    if hasattr(value, "tzinfo") and getattr(value, "tzinfo", None) is not None:
        return value.replace(tzinfo=None)  # XLSX has no time zones; values are UTC
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # never let a competitor's text become a formula
    return value


def match_rows(conn: Connection, statuses: Sequence[str] = ()) -> list[dict]:
    from storecheck.analysis import competitor_frame, own_frame

    m = db.matches
    query = select(m)
    if statuses:
        query = query.where(m.c.status.in_(statuses))
    found = conn.execute(query.order_by(m.c.status, m.c.score.desc(), m.c.sku)).mappings().all()
    ours = {r.sku: r for r in own_frame(conn).itertuples()}
    theirs = {r.competitor_product_id: r for r in competitor_frame(conn).itertuples()}
    cp_rows = {
        r.id: r for r in conn.execute(
            select(db.competitor_products.c.id, db.competitor_products.c.key, db.competitor_products.c.name,
                   db.competitor_products.c.url, db.competitors.c.name.label("competitor"))
            .join(db.competitors, db.competitors.c.id == db.competitor_products.c.competitor_id)
        )
    }
    rows = []
    for row in found:
        product = cp_rows.get(row["competitor_product_id"])
        if product is None:
            continue
        own = ours.get(row["sku"])
        latest = theirs.get(row["competitor_product_id"])
        rows.append(
            {"sku": row["sku"], "competitor": product.competitor, "key": product.key, "method": row["method"],
             "score": round(row["score"], 4), "status": row["status"], "reason": row["reason"],
             "our_name": own.name if own else None, "their_name": product.name,
             "our_price": own.price if own else None, "their_price": latest.price if latest else None,
             "currency": own.currency if own else None, "their_url": product.url}
        )
    return rows


def import_decisions(conn: Connection, path: Path, decided_by: str | None = None) -> dict[str, int]:
    """Read rows of sku, competitor, key, status; confirmed / rejected rows become a
    person's decisions (they win over the matcher from now on). Other statuses
    are left as they were, so an exported file can be edited and read back whole.
    The whole file is checked before anything is written."""
    _, rows, _ = read_rows(path)
    competitors = {r.name.casefold(): r.id for r in conn.execute(select(db.competitors.c.id, db.competitors.c.name))}
    own = set(conn.execute(select(db.own_products.c.sku)).scalars())
    problems, decisions = [], []
    counts = {"confirmed": 0, "rejected": 0, "skipped": 0}
    for row in rows:
        values = {k: ("" if v is None else str(v).strip()) for k, v in row.values.items()}
        status = values.get("status", "").lower()
        if status not in db.MATCH_STATUSES:
            problems.append(f"line {row.line}, column 'status': {values.get('status')!r} is not one of {', '.join(db.MATCH_STATUSES)}")
            continue
        if status not in db.HUMAN_STATUSES:
            counts["skipped"] += 1
            continue
        missing = [c for c in ("sku", "competitor", "key") if not values.get(c)]
        if missing:
            problems.append(f"line {row.line}, column {missing[0]!r}: is required but empty")
            continue
        cid = competitors.get(values["competitor"].casefold())
        if cid is None:
            problems.append(f"line {row.line}, column 'competitor': unknown competitor {values['competitor']!r}")
            continue
        if values["sku"] not in own:
            problems.append(f"line {row.line}, column 'sku': {values['sku']!r} is not in our catalogue")
            continue
        pid = conn.execute(
            select(db.competitor_products.c.id).where(
                db.competitor_products.c.competitor_id == cid, db.competitor_products.c.key == values["key"]
            )
        ).scalar()
        if pid is None:
            problems.append(f"line {row.line}, column 'key': {values['competitor']} has no product {values['key']!r}")
            continue
        decisions.append((values["sku"], pid, status))
    if problems:
        raise FileImportError("nothing was imported:", problems)
    now = db.utcnow()
    m = db.matches
    for sku, pid, status in decisions:
        existing = conn.execute(select(m.c.id).where(m.c.sku == sku, m.c.competitor_product_id == pid)).scalar()
        values = {"status": status, "decided_by": decided_by, "decided_at": now, "updated_at": now}
        if existing is None:
            conn.execute(m.insert().values(sku=sku, competitor_product_id=pid, method="manual", score=1.0, equivalent=False,
                                           reason="decided by a person", **values))
        else:
            conn.execute(update(m).where(m.c.id == existing).values(**values))
        counts[status] += 1
        if status == "confirmed":
            # A confirmed pair replaces the matcher's other guesses for both products.
            conn.execute(
                m.delete().where(
                    m.c.status.in_(("matched", "proposed")),
                    ((m.c.sku == sku) & (m.c.competitor_product_id != pid)) | ((m.c.competitor_product_id == pid) & (m.c.sku != sku)),
                )
            )
    return counts


def export_rows(engine: Engine, config: Config, table: str) -> tuple[list[dict], list[str]]:
    from storecheck.analysis import competitor_frame, report_context

    with engine.connect() as conn:
        if table == "offers":
            frame = competitor_frame(conn)
            rows = []
            for r in frame.to_dict("records"):
                r["promotion"] = r.get("promo_text")
                rows.append({k: (None if _isnan(v) else v) for k, v in r.items()})
            return rows, OFFER_EXPORT_COLUMNS
        if table == "matches":
            rows = match_rows(conn)
            return rows, MATCH_EXPORT_COLUMNS
        source = {"products": db.own_products, "observations": db.observations, "visits": db.visits}.get(table)
        if source is not None:
            rows = [dict(r) for r in conn.execute(select(source).order_by(source.c.id)).mappings()]
            return rows, [c.name for c in source.columns]
    context = report_context(engine, config)
    key = {"price": "price_rows", "categories": "category_index", "health": "health"}[table]
    rows = context[key]
    columns = list(rows[0].keys()) if rows else []
    return rows, columns


def _isnan(value: object) -> bool:
    return isinstance(value, float) and value != value
