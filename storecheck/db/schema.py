"""The tables (SQLAlchemy Core), as the newest migration leaves them, and the statuses their rows
take."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from storecheck.db.column_types import Money, UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

own_products = Table(
    "own_products",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sku", String(200), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("brand", Text),
    Column("category", Text),
    Column("gtin", String(14), index=True),
    Column("mpn", String(100)),
    Column("size", String(100)),
    Column("price", Money),
    Column("currency", String(3)),
    Column("cost", Money),
    Column("sales_weight", Money),
    Column("url", Text),
    Column("description", Text),
    # The day a full catalogue import (`catalogue import --full`) first left the product out: it keeps
    # its history and a person's decisions, and leaves every figure, as a closed store does. NULL while
    # we sell it; an import that names it again clears it.
    Column("discontinued", Date),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

competitors = Table(
    "competitors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("url", Text, nullable=False),
    Column("platform", String(20), nullable=False, default="auto"),
    # What detection found, so the next crawl need not detect again.
    Column("detected_platform", String(20)),
    Column("created_at", UTCDateTime, nullable=False),
    # Our own shop's row (its stores are visited like competitors'): found by this, not by
    # its name, so renaming `[shop] name` keeps its stores and their visits.
    Column("ours", Boolean, nullable=False, default=False),
)

stores = Table(
    "stores",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("competitor_id", ForeignKey("competitors.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("address", Text),
    UniqueConstraint("competitor_id", "name"),
)

competitor_products = Table(
    "competitor_products",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("competitor_id", ForeignKey("competitors.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(2000), nullable=False),
    Column("parent_key", String(2000)),
    Column("name", Text),
    Column("brand", Text),
    Column("category", Text),
    Column("gtin", String(14), index=True),
    Column("mpn", String(100)),
    Column("sku", String(200)),
    Column("size", String(100)),
    Column("url", Text),
    Column("image", Text),
    Column("description", Text),
    # new / used / refurbished / damaged, where the shop states it (schema.org itemCondition, a file's column).
    Column("condition", String(20)),
    Column("first_seen", UTCDateTime, nullable=False),
    Column("last_seen", UTCDateTime, nullable=False),
    UniqueConstraint("competitor_id", "key"),
)

crawl_runs = Table(
    "crawl_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("competitor_id", ForeignKey("competitors.id", ondelete="CASCADE"), nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    # running / finished / partial / failed
    Column("status", String(10), nullable=False, default="running"),
    Column("platform", String(20)),
    Column("pages", Integer, nullable=False, default=0),
    Column("items", Integer, nullable=False, default=0),
    Column("dropped", JSON, nullable=False, default=dict),
    Column("errors", JSON, nullable=False, default=list),
    Column("finish_reason", String(100)),
    Column("health", JSON, nullable=False, default=list),
    # Written by a running crawl every HEARTBEAT_SECONDS (storecheck.crawl): a run whose
    # heartbeat stopped is taken for dead on any machine that shares the database.
    Column("heartbeat_at", UTCDateTime),
    # One running run per competitor, whichever machine starts it: the database turns the
    # second away atomically, where the crawl lock (a file) only guards one workspace folder.
    Index("uq_crawl_runs_one_running", "competitor_id", unique=True,
          sqlite_where=text("status = 'running'"), postgresql_where=text("status = 'running'")),
)

# A competitor product's names before a rename under the same key (its row keeps only the current one):
# the report's Changes say "renamed", from the name at the last report to the name now.
competitor_product_names = Table(
    "competitor_product_names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("competitor_product_id", ForeignKey("competitor_products.id", ondelete="CASCADE"), nullable=False,
           index=True),
    # The name it had until `renamed_at`.
    Column("name", Text, nullable=False),
    Column("renamed_at", UTCDateTime, nullable=False),
)

visits = Table(
    "visits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("store_id", ForeignKey("stores.id", ondelete="CASCADE"), nullable=False),
    Column("visited_at", UTCDateTime, nullable=False),
    Column("visitor", String(200)),
    Column("duration_minutes", Integer),
    Column("footfall_count", Integer),
    Column("footfall_minutes", Integer),
    Column("holiday", Boolean, nullable=False, default=False),
    Column("average_ticket", Money),
    # "till" (seen at the till) or "estimate"
    Column("average_ticket_source", String(20)),
    Column("currency", String(3)),
    Column("score_environment", Integer),
    Column("score_display", Integer),
    Column("score_hospitality", Integer),
    Column("notes", Text),
    Column("created_at", UTCDateTime, nullable=False),
)

visit_scores = Table(
    "visit_scores",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("area", String(20), nullable=False),
    Column("criterion", String(100), nullable=False),
    Column("score", Integer),
)

visit_promotions = Table(
    "visit_promotions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("type", String(20)),
    Column("photo", Text),
)

visit_products = Table(
    "visit_products",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), nullable=False, index=True),
    # main / promoted / auxiliary / best-seller
    Column("role", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("sku", String(200)),
)

visit_photos = Table(
    "visit_photos",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("path", Text, nullable=False),
    Column("caption", Text),
)

# A shelf price read in the store, as the person wrote it; its price also goes
# into `observations` (source "visit"), which keeps a row only when it changed.
visit_price_checks = Table(
    "visit_price_checks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), nullable=False, index=True),
    # our sku, or the product in words (or both)
    Column("sku", String(200)),
    Column("product", Text),
    Column("price", Money, nullable=False),
    Column("regular_price", Money),
    Column("currency", String(3)),
    Column("promotion", Text),
    Column("promotion_type", String(20)),
    Column("competitor_product_id", ForeignKey("competitor_products.id", ondelete="SET NULL")),
)

observations = Table(
    "observations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("competitor_product_id", ForeignKey("competitor_products.id", ondelete="CASCADE"), nullable=False),
    # When this state was first seen, and the last time it was still seen unchanged.
    Column("observed_at", UTCDateTime, nullable=False),
    Column("last_seen", UTCDateTime, nullable=False),
    Column("price", Money),
    Column("regular_price", Money),
    Column("currency", String(3)),
    Column("unit_price", Money),
    Column("unit", String(10)),
    Column("in_stock", Boolean),
    Column("promo_type", String(20)),
    Column("promo_text", Text),
    Column("promo_loyalty_only", Boolean),
    Column("promo_starts", Date),
    Column("promo_ends", Date),
    Column("promotion", JSON),
    # crawl / visit / import
    Column("source", String(10), nullable=False),
    Column("crawl_run_id", ForeignKey("crawl_runs.id", ondelete="SET NULL"), index=True),
    Column("visit_id", ForeignKey("visits.id", ondelete="SET NULL")),
    Index("ix_observations_product_time", "competitor_product_id", "observed_at"),
)

matches = Table(
    "matches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sku", String(200), nullable=False, index=True),
    Column("competitor_product_id", ForeignKey("competitor_products.id", ondelete="CASCADE"), nullable=False, index=True),
    # gtin / mpn / model / manual / fuzzy
    Column("method", String(20), nullable=False),
    Column("score", Float, nullable=False),
    # matched / proposed / confirmed / rejected
    Column("status", String(10), nullable=False),
    Column("equivalent", Boolean, nullable=False, default=False),
    Column("reason", Text),
    Column("decided_by", String(200)),
    Column("decided_at", UTCDateTime),
    Column("updated_at", UTCDateTime, nullable=False),
    # What named the two products when the matcher wrote the pair (a digest of each side's columns the matcher
    # reads but its price: `analysis.kept_matches.naming`): a pair kept matched beside a newcomer is kept only
    # while neither product is renamed, recoded or restated, whatever their prices do. None on rows written before.
    Column("naming", String(40)),
    # On a rejection: the listings matched to our product when the person rejected this one, added beside them
    # (JSON, competitor product ids: `db.decisions.record_decision`). They told the two apart, so the rejection
    # does not reach those listings, however alike the matcher reads them (`matching.decisions.TOLD_APART`).
    Column("told_apart", Text),
    UniqueConstraint("sku", "competitor_product_id"),
)

# One row per report written by `storecheck report` / `run`: "since the last
# report" starts at the previous row's generated_at, and each scorecard's
# change is measured against the figures kept in `summary`.
# An import of a file (our catalogue, a competitor's offers), written in batches of its own
# transactions so that no write holds the database long: a row per import, `written` counted in each
# batch's transaction, `finished_at` set once the last is in. A row left unfinished is an import
# stopped halfway (killed, the machine off): what it stored stays, and it says how much.
import_runs = Table(
    "import_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # products (our catalogue) / offers
    Column("competitor_id", ForeignKey("competitors.id", ondelete="CASCADE")),
    Column("file", Text, nullable=False),  # the file's name, as the user gave it
    Column("started_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    Column("rows", Integer, nullable=False),  # the valid rows to write
    Column("written", Integer, nullable=False, default=0),
)

report_runs = Table(
    "report_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("generated_at", UTCDateTime, nullable=False, index=True),
    Column("path", Text),
    # Per competitor name: price_index, price_index_regular, pairs, score.
    Column("summary", JSON, nullable=False, default=dict),
)

# An alert, recorded once under a key made from what it is about (the
# observation, run or product), so computing the same change again adds nothing.
alert_events = Table(
    "alert_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(500), nullable=False, unique=True),
    Column("competitor", String(200)),
    Column("kind", String(40), nullable=False),
    Column("product", Text),
    Column("detail", Text),
    Column("url", Text),
    Column("created_at", UTCDateTime, nullable=False),
)

# Delivery of an event to one channel ("mail" or a webhook URL): a row
# without sent_at is retried on the next run. A send claims the rows it is
# delivering (claimed_by, claimed_at), so a second send at the same time,
# on this machine or another, leaves them alone (`alerts.store.claim`).
alert_deliveries = Table(
    "alert_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", ForeignKey("alert_events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("channel", String(2000), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("sent_at", UTCDateTime),
    Column("last_error", Text),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("claimed_by", String(64)),
    Column("claimed_at", UTCDateTime),
    UniqueConstraint("event_id", "channel"),
)

MATCH_STATUSES = ("matched", "proposed", "confirmed", "rejected")
HUMAN_STATUSES = ("confirmed", "rejected")
RUN_STATUSES = ("running", "finished", "partial", "failed")
