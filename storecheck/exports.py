"""Tables out (CSV / XLSX by extension) and match decisions back in."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from storecheck import db
from storecheck.catalogue import FileImportError, read_rows
from storecheck.config import Config, Shop
from storecheck.models import clean_text, is_missing, unknown_sku
from storecheck.tables import write_table
from storecheck.text_direction import as_stored

__all__ = ["EXPORTABLE", "MATCH_EXPORT_COLUMNS", "export_rows", "import_decisions", "match_rows", "report_csv_files",
           "report_table", "what_to_copy_rows", "write_table"]

# The report's tables: name -> (context key, title of a sub-table or None).
REPORT_TABLES = {
    "price": ("price_rows", None),
    "categories": ("category_index", None),
    "left-out": ("left_out", None),
    "promotions": ("promotions", "Per competitor"),
    "promoted-offers": ("promotions", "Deepest current promotions"),
    "range": ("range", "Per competitor"),
    "ladder": ("range", "Price ladder"),
    "lacking": ("range", "They have, we lack"),
    "exclusives": ("range", "Our exclusives"),
    "ladder-ours": ("range", "Price ladder on our categories"),
    "visit-scores": ("visits", "Per competitor"),
    "store-scores": ("visits", "Per store"),
    "changes": ("changes", "Changes"),
    "health": ("health", None),
}
# Columns of the report's tables that are sentences naming shops or stores (`text_direction.named`).
SENTENCE_COLUMNS = tuple(f"{days}takings per hour (estimate): from" for days in ("", "normal days: ", "holidays: "))
# What staff noted on visits, a row each with its visit: name -> `storecheck.visits.storage.NOTED` kind.
VISIT_TABLES = {"visit-products": "products", "visit-promotions": "promotions", "visit-price-checks": "price_checks"}
EXPORTABLE = ("offers", "products", "observations", "matches", "visits", *VISIT_TABLES, "what-to-copy", *REPORT_TABLES)

MATCH_EXPORT_COLUMNS = ["sku", "competitor", "key", "method", "score", "status", "reason", "our_name", "their_name",
                        "our_price", "their_price", "currency", "their_currency", "their_url", "review_priority", "equivalent",
                        "our_brand", "their_brand", "our_mpn", "their_mpn", "their_condition", "described_clause"]
OFFER_EXPORT_COLUMNS = ["competitor", "key", "name", "brand", "category", "gtin", "mpn", "sku", "price", "regular_price",
                        "currency", "unit_price", "unit", "url", "description", "in_stock", "promotion", "promotion_type",
                        "source", "first_seen", "last_seen", "observed_at", "condition"]


def match_rows(conn: Connection, statuses: Sequence[str] = (), *, match_threshold: float,
               shop: Shop | None = None) -> list[dict]:
    """One row per pair, both products side by side, our price as it is compared with theirs
    (`analysis.compared_price`, with `shop`). Order: confirmed, matched,
    proposed, rejected; proposed pairs in the review queue's order
    (`matching.review_queue`: closest to the decision boundary first, spread
    over kinds of pair and products, the answers that add or teach most), the
    others by score."""
    from benchmark.matching import review_priority, review_queue
    from benchmark.matching.described_parts import described_clause
    from benchmark.matching.review_order import pair_boundary
    from storecheck.analysis import competitor_frame, own_frame

    m = db.matches
    query = select(m)
    if statuses:
        query = query.where(m.c.status.in_(statuses))
    # Sorted here, not by the database: PostgreSQL orders text by its locale ("a1" < "B2" < "Z3" < "ä4"),
    # SQLite by code point, so one export came in two orders. Python's order is SQLite's.
    found = sorted(conn.execute(query).mappings().all(), key=lambda r: (r["status"], -(r["score"] or 0), r["sku"], r["id"]))
    ours = {r.sku: r for r in own_frame(conn, with_discontinued=True, shop=shop).itertuples()}
    theirs = {r.competitor_product_id: r for r in competitor_frame(conn).itertuples()}
    cp_rows = {
        r.id: r for r in conn.execute(
            select(db.competitor_products.c.id, db.competitor_products.c.key, db.competitor_products.c.name,
                   db.competitor_products.c.url, db.competitor_products.c.brand, db.competitor_products.c.mpn,
                   db.competitor_products.c.condition, db.competitor_products.c.description,
                   db.competitors.c.name.label("competitor"))
            .join(db.competitors, db.competitors.c.id == db.competitor_products.c.competitor_id)
        )
    }
    order = {"confirmed": 0, "matched": 1, "proposed": 2, "rejected": 3}
    keyed = []  # (sort key on the stored, unrounded score; row; that score)
    for row in found:
        product = cp_rows.get(row["competitor_product_id"])
        if product is None:
            continue
        own = ours.get(row["sku"])
        latest = theirs.get(row["competitor_product_id"])
        proposed = row["status"] == "proposed"
        keyed.append(((order.get(row["status"], 4), -row["score"], row["sku"]), {
            "sku": row["sku"], "competitor": product.competitor, "key": product.key, "method": row["method"],
            "score": round(row["score"], 4), "status": row["status"], "reason": row["reason"],
            "our_name": own.name if own else None, "their_name": product.name,
            "our_price": own.price if own else None, "their_price": latest.price if latest else None,
            # `currency` is our price's (the column since the first export); theirs may be another.
            "currency": own.currency if own else None, "their_currency": latest.currency if latest else None,
            "their_url": product.url,
            "review_priority": review_priority(row["score"], pair_boundary(row["reason"], match_threshold))
            if proposed else None,
            "equivalent": bool(row["equivalent"]), "our_brand": own.brand if own else None, "their_brand": product.brand,
            "our_mpn": own.mpn if own else None, "their_mpn": product.mpn,
            # The condition their shop states (the title's reading is in `reason`).
            "their_condition": product.condition,
            # Where the reason is a part number read from a description, the clause it was read from.
            "described_clause": described_clause(row["reason"], product.description,
                                                 getattr(own, "description", None))}, row["score"]))
    # The queue's order needs all proposals at once (an answer is worth less
    # after others of its kind): each proposal's place in it is its sort key.
    proposals = [n for n, (key, _, _) in enumerate(keyed) if key[0] == order["proposed"]]
    queue = review_queue([keyed[n][1] | {"score": keyed[n][2]} for n in proposals], match_threshold,
                         review_answers(conn) if proposals else ())
    for place, k in enumerate(queue):
        n = proposals[k]
        keyed[n] = ((order["proposed"], place), keyed[n][1], keyed[n][2])
    keyed.sort(key=lambda entry: entry[0])
    return [row for _, row, _ in keyed]


def review_answers(conn: Connection) -> list[dict]:
    """The pairs a person has decided (sku, competitor, method, reason): what
    the review queue has asked already (`matching.review_queue`)."""
    m, cp, c = db.matches, db.competitor_products, db.competitors
    return [dict(r) for r in conn.execute(
        select(m.c.sku, m.c.method, m.c.reason, c.c.name.label("competitor"))
        .join(cp, cp.c.id == m.c.competitor_product_id).join(c, c.c.id == cp.c.competitor_id)
        .where(m.c.status.in_(db.HUMAN_STATUSES))
    ).mappings()]


def import_decisions(conn: Connection, path: Path, decided_by: str | None = None) -> dict:
    """Read rows of sku, competitor, key, status; confirmed / rejected rows become a
    person's decisions (they win over the matcher from now on). Other statuses
    are left as they were, so an exported file can be edited and read back whole.
    The whole file is checked before anything is written. Returns the counts
    (confirmed, rejected, skipped) and `competitors`: the names of those decided about."""
    _, rows, _ = read_rows(path)
    rows_of_competitors = conn.execute(select(db.competitors.c.id, db.competitors.c.name)).all()
    # A name as written first; else the one competitor it names regardless of case. A database an
    # earlier version split holds two names differing by case ("Corner Store", "Corner store"): a
    # lookup by case-folded name took whichever came last, and the pairs of the other were unknown.
    exact = {r.name: r.id for r in rows_of_competitors}
    folded: dict[str, list[str]] = {}
    for r in rows_of_competitors:
        folded.setdefault(r.name.casefold(), []).append(r.name)
    names = {r.id: r.name for r in rows_of_competitors}
    about: set[str] = set()  # the competitors decided about
    own = db.own_skus(conn)
    problems, decisions = [], []
    seen: dict[tuple[str, int], tuple[int, str]] = {}
    counts = {"confirmed": 0, "rejected": 0, "skipped": 0}
    for row in rows:
        # Cells are read as the offers import reads them (clean_text): a key pasted with a NUL is
        # the key stored, where PostgreSQL refused the query (SQLite called the product unknown).
        values = {k: clean_text(v) or "" for k, v in row.values.items()}
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
        cid = exact.get(values["competitor"])
        if cid is None:
            alike = folded.get(values["competitor"].casefold(), [])
            if len(alike) > 1:
                problems.append(f"line {row.line}, column 'competitor': {values['competitor']!r} may be "
                                f"{' and '.join(map(repr, sorted(alike)))}; write the name as storecheck.toml does")
                continue
            cid = exact[alike[0]] if alike else None
        if cid is None:
            problems.append(f"line {row.line}, column 'competitor': unknown competitor {values['competitor']!r}")
            continue
        if values["sku"] not in own:
            problems.append(f"line {row.line}, column 'sku': {unknown_sku(values['sku'], own)}")
            continue
        pid = conn.execute(
            select(db.competitor_products.c.id).where(
                db.competitor_products.c.competitor_id == cid, db.competitor_products.c.key == values["key"]
            )
        ).scalar()
        if pid is None:
            problems.append(f"line {row.line}, column 'key': {values['competitor']} has no product {values['key']!r}")
            continue
        earlier = seen.get((values["sku"], pid))
        if earlier and earlier[1] != status:
            problems.append(f"line {row.line}, column 'status': {status} but line {earlier[0]} says {earlier[1]} for the same pair")
            continue
        if earlier:
            continue
        seen[(values["sku"], pid)] = (row.line, status)
        decisions.append((row.line, values["sku"], pid, status, names[cid], values))
        about.add(names[cid])
    if problems:
        raise FileImportError("nothing was imported:", problems)
    from storecheck.analysis.renamed_pairs import our_product_words

    replaced, held, unnamed = [], [], []
    m = db.matches
    product_words = our_product_words(conn)
    for line, sku, pid, status, competitor, cells in decisions:
        theirs = f"{competitor}'s {cells['key']}"
        if status == "confirmed" and (why := _about_other_names(conn, sku, pid, cells, product_words)):
            if why is _UNNAMED:
                unnamed.append(f"line {line}: {sku} and {theirs}")
            else:
                # A decision about the names as they were is not one about the names as they are.
                held.append(f"line {line}: {sku} at {competitor}: {why}")
                continue
        # The later answer stands, as in the review queue (`web.review.decide_pair`), and one that differs
        # from another person's is said: a file exported on Monday and read back on Wednesday replaced
        # the answer given in the browser on Tuesday without a word. (Read for the update, as there.)
        before = conn.execute(select(m.c.status, m.c.decided_by, m.c.decided_at).where(
            m.c.sku == sku, m.c.competitor_product_id == pid).with_for_update()).first()
        if before is not None and before.status in db.HUMAN_STATUSES and before.status != status \
                and (before.decided_by != decided_by or decided_by is None):
            whose = f"{before.decided_by}'s answer" if before.decided_by else "an earlier answer"
            when = f", {before.decided_at:%Y-%m-%d %H:%M} UTC" if before.decided_at else ""
            replaced.append(f"line {line}: {sku} and {theirs} {status}; this replaces {whose} ({before.status}{when})")
        db.record_decision(conn, sku, pid, status, decided_by=decided_by)
        counts[status] += 1
    return counts | {"competitors": sorted(about), "replaced": replaced, "held": held, "unnamed": unnamed}


# A row that names neither product, on a pair a rename sent back: applied, and said (`_about_other_names`).
_UNNAMED = "names neither product"


def _about_other_names(conn: Connection, sku: str, pid: int, cells: dict[str, str], product_words) -> str | None:
    """Why a file's "confirmed" on a pair a rename sent back to the queue speaks of names it no longer
    has (`renamed_pairs.decided_about_other_names`); `_UNNAMED` where the row names neither product;
    None for any other pair."""
    from storecheck.analysis.renamed_pairs import decided_about_other_names, waiting_after_rename

    own, cp, m = db.own_products, db.competitor_products, db.matches
    pair = conn.execute(select(m.c.status, m.c.method).where(m.c.sku == sku, m.c.competitor_product_id == pid)).first()
    if pair is None or not waiting_after_rename(pair.status, pair.method):
        return None
    if not (cells.get("our_name") or cells.get("their_name")):
        return _UNNAMED
    ours = conn.execute(select(own.c.name, own.c.brand, own.c.size, own.c.gtin).where(own.c.sku == sku)).mappings().first()
    theirs = conn.execute(select(cp.c.name, cp.c.brand, cp.c.size, cp.c.gtin).where(cp.c.id == pid)).mappings().first()
    return decided_about_other_names(cells, dict(ours), dict(theirs), tells_apart=product_words)


def export_rows(engine: Engine, config: Config, table: str) -> tuple[list[dict], list[str]]:
    from storecheck.analysis import competitor_frame, report_context

    with db.reading(engine).connect() as conn:
        if table == "offers":
            frame = competitor_frame(conn, min_items_ratio=config.crawl.min_items_ratio)
            # In the order the products were first stored: the database returns them unordered, and
            # SQLite and PostgreSQL wrote the same export in two orders.
            frame = frame.sort_values("competitor_product_id", kind="stable")
            rows = []
            for r in frame.to_dict("records"):
                r["promotion"] = r.get("promo_text")
                r["promotion_type"] = r.get("promo_type")
                rows.append({k: (None if is_missing(v) else v) for k, v in r.items()})
            return rows, OFFER_EXPORT_COLUMNS
        if table == "matches":
            rows = match_rows(conn, match_threshold=config.matching.match_threshold, shop=config.shop)
            return rows, MATCH_EXPORT_COLUMNS
        if table == "visits" or table in VISIT_TABLES:
            from storecheck.visits import visits_frame
            from storecheck.visits.storage import noted_frames

            frame = visits_frame(conn)
            if table in VISIT_TABLES:
                # Each row with the visit it was noted on: competitor, store, when, who.
                noted = noted_frames(conn)[VISIT_TABLES[table]]
                frame = frame[["visit_id", "competitor", "store", "visited_at", "visitor"]].merge(noted, on="visit_id")
            return [{k: (None if is_missing(v) else v) for k, v in r.items()} for r in frame.to_dict("records")], list(frame.columns)
        source = {"products": db.own_products, "observations": db.observations}.get(table)
        if source is not None:
            rows = [dict(r) for r in conn.execute(select(source).order_by(source.c.id)).mappings()]
            return rows, [c.name for c in source.columns]
    if table == "what-to-copy":
        return what_to_copy_rows(report_context(engine, config, tables=False)["what_to_copy"]), [
            "competitor", "area", "advantage", "evidence", "impact"]
    return report_table(report_context(engine, config), table)


def what_to_copy_rows(items: list[dict]) -> list[dict]:
    """The what-to-copy list for a data format (`export what-to-copy`, `score --json`): its sentences with
    the names in them as stored, without the isolating pairs put in for a person to read them
    (`storecheck.text_direction.as_stored`), so that a program finds "فرع 2" in them as written."""
    return [item | {k: as_stored(item[k]) for k in ("advantage", "evidence") if isinstance(item.get(k), str)}
            for item in items]


def report_table(context: dict, table: str) -> tuple[list[dict], list[str]]:
    """One of the report's tables (REPORT_TABLES) from a report context: its rows and columns."""
    key, title = REPORT_TABLES[table]
    rows = context.get(key) or []
    if title is not None:
        rows = rows.get(title) or []
    # Sentences built with the names isolated for a person: as stored for a program (`what_to_copy_rows`).
    rows = [row | {k: as_stored(row[k]) for k in SENTENCE_COLUMNS if isinstance(row.get(k), str)} for row in rows]
    columns: list[str] = []
    seen: set[str] = set()
    for row in rows:
        for column in row:
            if column not in seen:
                seen.add(column)
                columns.append(column)
    return rows, columns


def report_csv_files(context: dict, report: Path, longer_than: int) -> dict[str, dict]:
    """Write beside `report` a CSV of each of its tables longer than `longer_than` rows (which the report cuts)
    as REPORT-TABLE.csv; returns, per place in the report ("price_rows", "promotions/Deepest current promotions"),
    the file's name and the `storecheck export` table holding the same rows."""
    written = {}
    for table, (key, title) in REPORT_TABLES.items():
        rows, columns = report_table(context, table)
        if len(rows) > longer_than:
            path = report.with_name(f"{report.stem}-{table}.csv")
            write_table(rows, path, columns)
            written[f"{key}/{title}" if title else key] = {"csv": path.name, "export": table}
    return written


