"""Storing a validated visit (scores, promotions, products, photos, and its
shelf price checks as observations with source "visit") and reading visits
back for the CLI, the web app and the benchmark."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from storecheck import db
from storecheck.config import Config
from storecheck.money import whole_units_note, written_amount
from storecheck.visits.model import Visit, clock_zone
from storecheck.visits.photos import PHOTO_NAME, Photo, PhotoError, save_photo
from storecheck.visits.shelf_checks import store_price_checks


def store_id(conn: Connection, competitor_id: int, name: str) -> int:
    existing = conn.execute(
        select(db.stores.c.id).where(db.stores.c.competitor_id == competitor_id, db.stores.c.name == name)
    ).scalar()
    if existing is not None:
        return existing
    return conn.execute(db.stores.insert().values(competitor_id=competitor_id, name=name)).inserted_primary_key[0]


def find_duplicate(conn: Connection, store: int, visit: Visit) -> int | None:
    """A visit to the same store at the same minute by the same person is the same visit
    (importing a file twice adds nothing). So is one stored by an earlier version, which read the
    time written without zone on the machine's clock rather than the store's (`Visit.machine_reading`),
    when it holds what this one holds: a file imported then and again now adds nothing either,
    and a visit by the same person that far apart on the clock with other figures is a visit."""
    found = _same_minute(conn, store, visit.visited_at, visit.visitor)
    if found is None and visit.machine_reading is not None:
        earlier = _same_minute(conn, store, visit.machine_reading, visit.visitor)
        if earlier is not None and stored_as(conn, earlier, visit):
            return earlier
    return found


def _same_minute(conn: Connection, store: int, moment: datetime, visitor: str | None) -> int | None:
    v = db.visits
    start = moment.replace(second=0, microsecond=0)
    rows = conn.execute(
        select(v.c.id, v.c.visitor).where(
            v.c.store_id == store, v.c.visited_at >= start, v.c.visited_at < start + timedelta(minutes=1)
        )
    ).all()
    for row in rows:
        if (row.visitor or "") == (visitor or ""):
            return row.id
    return None


def recorded_visit(conn: Connection, config: Config, visit: Visit) -> int | None:
    """The id of the visit already stored as `visit` (`find_duplicate`), or None."""
    ids = db.sync_competitors(conn, config.visited())
    store = conn.execute(select(db.stores.c.id).where(db.stores.c.competitor_id == ids[visit.competitor],
                                                      db.stores.c.name == visit.store)).scalar()
    return None if store is None else find_duplicate(conn, store, visit)


def _as_stored(visit: Visit) -> dict:
    """What `stored_as` compares: every figure, text and list a visit stores, in stored form."""
    return {
        "visit": (visit.duration_minutes, visit.footfall_count, visit.footfall_minutes, bool(visit.holiday),
                  visit.average_ticket, visit.average_ticket_source, visit.currency, visit.score_environment,
                  visit.score_display, visit.score_hospitality, visit.notes),
        "criteria": sorted((a, c, s) for a, criteria in visit.criteria.items() for c, s in criteria.items()),
        "promotions": [(p.text, p.type) for p in visit.promotions],
        "products": [(p.role, p.name, p.sku) for p in visit.products],
        "price_checks": [(c.sku, c.product, c.price, c.regular_price, c.promotion, c.promotion_type)
                         for c in visit.price_checks],
    }


def _photos_of(visit: Visit) -> set[str]:
    return {ref for ref in [*visit.photos, *(p.photo for p in visit.promotions)] if ref}


def stored_as(conn: Connection, visit_id: int, visit: Visit) -> bool:
    """Whether the stored visit `visit_id` holds what `visit` holds: the same form sent twice, not a
    corrected one sent again in the same minute (whose correction must not be dropped). `visit` may
    hold some of the stored photos, or none (see `stored_differences`)."""
    return not stored_differences(conn, visit_id, visit)


# What `stored_differences` names, in the words of the visit's parts.
_PARTS = {"visit": "figures or notes", "criteria": "sub-criteria scores", "promotions": "promotions",
          "products": "products noted", "price_checks": "price checks", "photos": "photos"}


def stored_differences(conn: Connection, visit_id: int, visit: Visit) -> list[str]:
    """The parts of `visit` (in words) that the stored visit `visit_id` does not hold as they are:
    none for the same form sent twice. `visit` may hold some of the stored photos, or none (below)."""
    item = visit_detail(conn, visit_id)
    if item is None:
        return ["the visit"]
    stored = {
        "visit": tuple(item[k] for k in ("duration_minutes", "footfall_count", "footfall_minutes")) + (bool(item["holiday"]),)
        + tuple(item[k] for k in ("average_ticket", "average_ticket_source", "currency", "score_environment",
                                  "score_display", "score_hospitality", "notes")),
        "criteria": sorted((r["area"], r["criterion"], r["score"]) for r in item["criteria"]),
        "promotions": [(r["text"], r["type"]) for r in item["promotions"]],
        "products": [(r["role"], r["name"], r["sku"]) for r in item["products"]],
        "price_checks": [(r["sku"], r["product"], r["price"], r["regular_price"], r["promotion"], r["promotion_type"])
                         for r in item["price_checks"]],
    }
    # Photos are the one thing a form sent again may lack: after an answer lost on the way (the phone
    # out of signal), the draft brings back what was typed but no file, nor the names of the photos
    # the server kept, which came in that answer. Sent again with fewer of the stored photos, or none,
    # it is the same visit; a photo the stored visit lacks is something new, a correction.
    # (Stored under a name made from their content, the same photo sent twice has the same name.)
    photos = {row["path"] for row in item["photos"]} | {row["photo"] for row in item["promotions"] if row["photo"]}
    given = _as_stored(visit)
    return [_PARTS[part] for part in stored if stored[part] != given[part]] \
        + ([_PARTS["photos"]] if not _photos_of(visit) <= photos else [])


def add_price_checks(conn: Connection, config: Config, visit_id: int, visit: Visit) -> int:
    """Give the recorded visit `visit_id` the price checks of `visit` when it has none and holds, but
    for them, what `visit` holds: a file imported again with the price checks left out the first time
    (`--price-checks`, a second sheet filled in since). Returns how many were added (0: none, the
    visit left as it was). A visit that has checks already, or differs otherwise, is not merged into:
    which of two versions is right is for a person to say."""
    if not visit.price_checks or stored_differences(conn, visit_id, visit) != [_PARTS["price_checks"]]:
        return 0
    if conn.execute(select(func.count()).select_from(db.visit_price_checks)
                    .where(db.visit_price_checks.c.visit_id == visit_id)).scalar():
        return 0
    ids = db.sync_competitors(conn, config.visited())
    store_price_checks(conn, ids[visit.competitor], visit_id, visit, when=visit.visited_at,
                       ours=config.is_ours(visit.competitor), zone=clock_zone(config, visit.competitor, visit.store))
    return len(visit.price_checks)


def save_visit(conn: Connection, config: Config, visit: Visit, *, photos_dir: Path,
               pending: dict[str, Photo] | None = None) -> int | None:
    """Store a validated visit: the visit, its scores, promotions, products, photos, and its
    price checks as observations (source "visit"). Returns the visit id, or None when the
    same visit is already stored."""
    ids = db.sync_competitors(conn, config.visited())
    cid = ids[visit.competitor]
    sid = store_id(conn, cid, visit.store)
    if find_duplicate(conn, sid, visit) is not None:
        return None
    pending = pending or {}

    def stored(ref: str | None) -> str | None:
        if ref is None:
            return None
        if ref in pending:
            return save_photo(photos_dir, pending[ref])
        if PHOTO_NAME.match(ref):
            return ref
        raise PhotoError(f"photo {ref!r} was not checked before saving")

    now = db.utcnow()
    visit_id = conn.execute(
        db.visits.insert().values(
            store_id=sid, visited_at=visit.visited_at, visitor=visit.visitor, duration_minutes=visit.duration_minutes,
            footfall_count=visit.footfall_count, footfall_minutes=visit.footfall_minutes, holiday=visit.holiday,
            average_ticket=visit.average_ticket, average_ticket_source=visit.average_ticket_source,
            currency=visit.currency, score_environment=visit.score_environment, score_display=visit.score_display,
            score_hospitality=visit.score_hospitality, notes=visit.notes, created_at=now,
        )
    ).inserted_primary_key[0]
    scores = [{"visit_id": visit_id, "area": area, "criterion": criterion, "score": score}
              for area, criteria in visit.criteria.items() for criterion, score in criteria.items()]
    if scores:
        conn.execute(db.visit_scores.insert(), scores)
    for promotion in visit.promotions:
        conn.execute(db.visit_promotions.insert().values(visit_id=visit_id, text=promotion.text, type=promotion.type,
                                                         photo=stored(promotion.photo)))
    if visit.products:
        conn.execute(db.visit_products.insert(),
                     [{"visit_id": visit_id, "role": p.role, "name": p.name, "sku": p.sku} for p in visit.products])
    for ref in visit.photos:
        conn.execute(db.visit_photos.insert().values(visit_id=visit_id, path=stored(ref)))
    store_price_checks(conn, cid, visit_id, visit, when=visit.visited_at, ours=config.is_ours(visit.competitor),
                       zone=clock_zone(config, visit.competitor, visit.store))
    return visit_id


def visit_rows(conn: Connection, competitor: str | None = None, limit: int | None = None,
               visit_id: int | None = None) -> list[dict]:
    """Visits newest first, with competitor and store names and counts of what was noted."""
    v, s, c = db.visits, db.stores, db.competitors
    counts = {}
    for table, label in ((db.visit_price_checks, "price_checks"), (db.visit_photos, "photos"),
                         (db.visit_promotions, "promotions"), (db.visit_products, "products")):
        counts[label] = (select(func.count()).select_from(table).where(table.c.visit_id == v.c.id)
                         .correlate(v).scalar_subquery().label(label))
    query = (
        select(v, c.c.name.label("competitor"), s.c.name.label("store"), *counts.values())
        .join(s, s.c.id == v.c.store_id).join(c, c.c.id == s.c.competitor_id)
        .order_by(v.c.visited_at.desc(), v.c.id.desc())
    )
    if competitor:
        query = query.where(c.c.id.in_(db.competitor_ids_named(conn, competitor)))
    if visit_id is not None:
        query = query.where(v.c.id == visit_id)
    if limit:
        query = query.limit(limit)
    rows = []
    for row in conn.execute(query).mappings():
        item = dict(row)
        item["footfall_per_hour"] = (item["footfall_count"] * 60 / item["footfall_minutes"]
                                     if item["footfall_count"] is not None and item["footfall_minutes"] else None)
        rows.append(item)
    return rows


def visit_detail(conn: Connection, visit_id: int) -> dict | None:
    rows = visit_rows(conn, visit_id=visit_id)
    if not rows:
        return None
    item = rows[0]
    for table, key in ((db.visit_scores, "criteria"), (db.visit_promotions, "promotions"), (db.visit_products, "products"),
                       (db.visit_photos, "photos"), (db.visit_price_checks, "price_checks")):
        item[key] = [dict(r) for r in conn.execute(select(table).where(table.c.visit_id == visit_id).order_by(table.c.id)).mappings()]
    # A check of our sku, named as our catalogue names it ("OG-007" alone is no product a reader knows).
    skus = {c["sku"] for c in item["price_checks"] if c["sku"]}
    names = dict(conn.execute(select(db.own_products.c.sku, db.own_products.c.name)
                              .where(db.own_products.c.sku.in_(skus))).all()) if skus else {}
    for check in item["price_checks"]:
        check["our_name"] = names.get(check["sku"])
    item["doubtful_amounts"] = doubtful_amounts(item)
    return item


def doubtful_amounts(item: dict) -> list[str]:
    """What `money.whole_units_note` says of a stored visit's amounts ("average ticket 12.50: has a fraction,
    but JPY is written in whole units …"), for the visit's page. The import says it when it reads the file;
    the form saved such a visit without a word, and its page then showed the 12.50 in yen's places, as
    13 JPY (hostile12's leftover). Said on the page, not refused: the visit is kept as typed, as the
    import keeps it."""
    said = []
    if (note := whole_units_note(item.get("average_ticket"), item.get("currency"))) is not None:
        said.append(f"average ticket {written_amount(item['average_ticket'])}: {note}")
    for check in item.get("price_checks", []):
        currency = check.get("currency") or item.get("currency")
        for field, label in (("price", "price"), ("regular_price", "was price")):
            if (note := whole_units_note(check.get(field), currency)) is not None:
                said.append(f"{label} of {check.get('product') or check.get('sku')!s} {written_amount(check[field])}: {note}")
    return said


def visits_frame(conn: Connection):
    """Visits as a pandas frame for `benchmark.visits` (one row per visit)."""
    import pandas as pd

    v, s, c = db.visits, db.stores, db.competitors
    query = (
        select(v.c.id.label("visit_id"), c.c.name.label("competitor"), s.c.name.label("store"), v.c.visited_at,
               v.c.visitor, v.c.duration_minutes, v.c.footfall_count, v.c.footfall_minutes, v.c.holiday,
               v.c.average_ticket, v.c.average_ticket_source, v.c.currency, v.c.score_environment, v.c.score_display,
               v.c.score_hospitality, v.c.notes)
        .join(s, s.c.id == v.c.store_id).join(c, c.c.id == s.c.competitor_id)
    )
    return pd.DataFrame(conn.execute(query).mappings().all(), columns=[col.name for col in query.selected_columns])


def store_visit_counts(conn: Connection) -> dict[tuple[str, str], tuple[int, datetime | None]]:
    """(competitor, store) -> (visits, the latest visit's time), for every store in the database."""
    v, s, c = db.visits, db.stores, db.competitors
    query = (
        select(c.c.name, s.c.name.label("store"), func.count(v.c.id), func.max(v.c.visited_at))
        .select_from(s.join(c, c.c.id == s.c.competitor_id).outerjoin(v, v.c.store_id == s.c.id))
        .group_by(c.c.name, s.c.name)
    )
    return {(row[0], row[1]): (row[2], row[3]) for row in conn.execute(query)}


# What staff noted on a visit, table by table: name -> (table, columns besides visit_id).
NOTED = {
    "products": (db.visit_products, ("role", "name", "sku")),
    "promotions": (db.visit_promotions, ("type", "text", "photo")),
    "price_checks": (db.visit_price_checks, ("sku", "product", "price", "regular_price", "currency", "promotion",
                                             "promotion_type")),
    "photos": (db.visit_photos, ("path",)),
}


def noted_frames(conn: Connection) -> dict:
    """What staff noted on every visit, a pandas frame per kind (`NOTED`), each row with its
    visit_id, in the order it was noted; for `benchmark.visits.store_timelines` and the exports."""
    import pandas as pd

    frames = {}
    for name, (table, columns) in NOTED.items():
        query = select(table.c.visit_id, *(table.c[c] for c in columns)).order_by(table.c.visit_id, table.c.id)
        frames[name] = pd.DataFrame(conn.execute(query).mappings().all(), columns=["visit_id", *columns])
    return frames
