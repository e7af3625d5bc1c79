"""Database: SQLAlchemy Core tables, the engine, and small query functions.

SQLite by default, PostgreSQL by URL, same code. Money is Numeric/Decimal,
timestamps are stored as UTC. The schema is created and upgraded by alembic
(`storecheck/migrations`), never by `create_all`, so a workspace made by an
older version upgrades in place.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    case,
    create_engine,
    event,
    func,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.types import TypeDecorator

from storecheck.errors import StorecheckError
from storecheck.models import Offer, OwnProduct
from storecheck.money import MONEY_DIGITS, MONEY_PLACES, amount_in_range, check_amount, kept_amount



class MoneyAmount(TypeDecorator):
    """Numeric(14, 4) money, within `money.MAX_AMOUNT` both ways.

    Writing an amount beyond it fails with a message naming the amount, not a
    driver's overflow. Reading one (stored before the range was checked, or by
    another program; SQLite keeps whatever it is given) gives None, so no
    report, score or page fails on it; the row itself is left as it is.
    """

    impl = Numeric(MONEY_DIGITS, MONEY_PLACES, asdecimal=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return kept_amount(check_amount(value)) if isinstance(value, Decimal) else value

    def process_result_value(self, value, dialect):
        return amount_in_range(value)

    def result_processor(self, dialect, coltype):
        read = super().result_processor(dialect, coltype)

        def process(value):
            # SQLite keeps any value in any column: text where an amount belongs reads as no amount too.
            try:
                return read(value)  # TypeDecorator's processor: process_result_value after the dialect's
            except (TypeError, ValueError, ArithmeticError):
                return None

        return process


Money = MoneyAmount()


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return value.replace(tzinfo=UTC) if value is not None else None


def utcnow() -> datetime:
    return datetime.now(UTC)


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
    UniqueConstraint("sku", "competitor_product_id"),
)

# One row per report written by `storecheck report` / `run`: "since the last
# report" starts at the previous row's generated_at, and each scorecard's
# change is measured against the figures kept in `summary`.
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


# How long a SQLite writer waits for another's write to end before it gives
# up (per attempt), and how often it tries again: a crawl's batch or a match's
# write is short, so a phone's post waits for it instead of failing.
SQLITE_BUSY_SECONDS = 30
SQLITE_WRITE_ATTEMPTS = 4
# The execution option of a connection that only reads (see `reading`).
_READ_ONLY = "storecheck_read_only"
_AUTOBEGIN = "storecheck_autobegin"


def make_engine(url: str) -> Engine:
    """The engine for `url`. On SQLite a transaction begun on purpose
    (`engine.begin()`, `conn.begin()`: work that may write) takes the write
    lock when it begins (BEGIN IMMEDIATE), waiting for it with a busy timeout
    and retrying: a transaction that read first and tried to write later would
    otherwise fail at once with "database is locked" whenever another process
    wrote in between, with no wait that could save it. A transaction begun by
    a statement (`engine.connect()` then reads) and every connection of
    `reading(engine)` take no lock, so a long report never holds up a writer."""
    authority = url.partition("://")[2].partition("/")[0]
    if authority.count("@") > 1:
        # Drivers would take the rest of the password for the host name and print it.
        raise ValueError("the database URL holds more than one '@': write an '@' in the user name or password as %40")
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            # Let SQLAlchemy, not pysqlite, decide when transactions begin (below).
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            # WAL lets a report read while a crawl process writes.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "before_execute")
        def _sqlite_statement_first(connection, *_args):
            # A statement run outside a transaction begins one itself (`engine.connect()`
            # then `execute`): that is how reads are written here.
            if not connection.in_transaction():
                connection.info[_AUTOBEGIN] = True

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection):
            # pysqlite starts no transaction for SELECTs, so the queries of one
            # report could see a crawl's commit half-way; an explicit BEGIN gives
            # them one snapshot (SQLAlchemy's documented pysqlite recipe).
            autobegin = connection.info.pop(_AUTOBEGIN, False)
            if autobegin or connection.get_execution_options().get(_READ_ONLY):
                connection.exec_driver_sql("BEGIN")
                return
            # `engine.begin()` / `conn.begin()`: a unit of work that may write.
            _retry_locked(lambda: connection.exec_driver_sql("BEGIN IMMEDIATE"))

        return engine
    return create_engine(url, pool_pre_ping=True)


def _retry_locked(statement, attempts: int = SQLITE_WRITE_ATTEMPTS) -> None:
    """Run `statement` (which begins a write) again while SQLite says the database is
    locked: nothing has been written when BEGIN fails, so trying again is safe."""
    from sqlalchemy.exc import OperationalError

    for attempt in range(1, attempts + 1):
        try:
            statement()
            return
        except OperationalError as exc:
            if "locked" not in str(exc.orig) and "busy" not in str(exc.orig) or attempt == attempts:
                raise
            time.sleep(0.05 * 2**attempt)


def reading(engine: Engine) -> Engine:
    """The engine for work that only reads: on SQLite its transactions take no write
    lock, so a long report or a match's reading never holds up a writer."""
    return engine.execution_options(**{_READ_ONLY: True})


_URL_PASSWORD = re.compile(r"(?P<head>[a-z][\w+.\-]*://[^\s:/@]*:)[^\s/]*(?=@)", re.IGNORECASE)
_DSN_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?:'[^']*'|\"[^\"]*\"|\S+)", re.IGNORECASE)


def mask_passwords(text: str) -> str:
    """`text` with the password of every URL (scheme://user:password@host) and of
    every connection string (password=...) replaced by ***: errors quote the
    database URL, and what a command prints ends up in logs and mails."""
    text = _URL_PASSWORD.sub(lambda m: m.group("head") + "***", text)
    return _DSN_PASSWORD.sub(lambda m: m.group("head") + "***", text)


MIGRATIONS = Path(__file__).parent / "migrations"
# As this project writes them (`revision = "0008"`) and as alembic's newer templates do
# (`revision: str = "0009"`, `down_revision: Union[str, None] = "0008"`).
_REVISION_LINE = re.compile(r"""^(down_revision|revision)(?:\s*:[^=\n]+)?\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)


def head_revision() -> str | None:
    """The newest migration's revision, read from the version files' own `revision = "..."` lines; None
    when they do not name exactly one (then alembic, which reads them fully, decides)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for kind, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> list[str]:
    try:
        with engine.connect() as conn:
            return list(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
    except SQLAlchemyError:
        return []  # a new database: no table yet


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest version (alembic upgrade head).

    Every command opens the database through here, and loading alembic and its scripts to find that
    nothing is to be done cost 0.2-0.4 s of each (`competitor list` included). A database whose stored
    revision is the newest file's is current, so it is left without loading alembic; any other (new,
    older, or a revision this code does not know) goes through alembic as before."""
    head = head_revision()
    if head is not None and _stored_revision(engine) == [head]:
        return
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def open_database(url: str) -> Engine:
    engine = make_engine(url)
    migrate(engine)
    return engine


class DatabaseUnavailable(StorecheckError):
    """The workspace's database cannot be reached or brought to the newest schema."""


def open_workspace_database(url: str) -> Engine:
    """`open_database`, failing with a sentence that names the database (its password masked by the CLI)."""
    try:
        return open_database(url)
    except Exception as exc:
        raise DatabaseUnavailable(f"Cannot open the database {url}: {exc}") from None


# --- competitors -----------------------------------------------------------


class ShopNameClash(StorecheckError):
    """A competitor's name is held by our own shop's row, or our shop's new name by a competitor's."""


def competitor_ids_named(conn: Connection, name: str) -> list[int]:
    """The ids of the competitors called `name`, in any case. Compared in Python (`str.casefold`),
    not by the database's lower(): SQLite's folds only A-Z, so "Épicerie" never equalled
    "épicerie" there while it did on PostgreSQL, and neither folds "ß" as casefold does: a
    filter by a competitor's own name ("Großmarkt Süd") found nothing. A shop has few competitors."""
    wanted = name.casefold()
    return [row.id for row in conn.execute(select(competitors.c.id, competitors.c.name)) if row.name.casefold() == wanted]


def sync_competitors(conn: Connection, config_competitors: Sequence) -> dict[str, int]:
    """Make the competitors (and their stores) of the config exist; return name -> id.

    Our shop goes first: a renamed `[shop] name` moves its row out of the old
    name before a competitor may take that name, and a competitor is never
    given the row marked ours (its crawled products would count as ours)."""
    existing = {row.name: row for row in conn.execute(select(competitors))}
    ids: dict[str, int] = {}
    now = utcnow()
    for competitor in sorted(config_competitors, key=lambda entry: not getattr(entry, "ours", False)):
        ours = getattr(competitor, "ours", False)
        if ours:
            row = _own_shop_row(conn, existing, competitor.name)
            existing = {row.name: row for row in conn.execute(select(competitors))}
        else:
            row = existing.get(competitor.name)
            if row is None:
                row = _renamed_by_case(conn, existing, competitor.name, {entry.name for entry in config_competitors})
            if row is not None and row.ours:
                raise ShopNameClash(
                    f"competitor {competitor.name!r}: that is still the name of our own shop's row in the database "
                    f"(was [shop] name renamed?); run `storecheck store list` once to apply our shop's new name, "
                    f"then the competitor gets a row of its own.")
        url = competitor.url or ""  # "": no web shop (visited only), and our own shop
        if row is None:
            inserted = _insert_unless_added(conn, competitors.insert().values(
                name=competitor.name, url=url, platform=competitor.platform, created_at=now, ours=ours))
            if inserted is not None:
                ids[competitor.name] = inserted
            else:
                row = conn.execute(select(competitors).where(competitors.c.name == competitor.name)).one()
        if row is not None:
            ids[competitor.name] = row.id
            if row.url != url or row.platform != competitor.platform:
                values = {"url": url, "platform": competitor.platform}
                if row.url != url:
                    values["detected_platform"] = None
                conn.execute(update(competitors).where(competitors.c.id == row.id).values(**values))
        known_stores = {r.name for r in conn.execute(select(stores.c.name).where(stores.c.competitor_id == ids[competitor.name]))}
        for store in getattr(competitor, "stores", []):
            if store.name not in known_stores:
                _insert_unless_added(conn, stores.insert().values(competitor_id=ids[competitor.name], name=store.name,
                                                                  address=store.address))
    return ids


def _renamed_by_case(conn: Connection, existing: dict, name: str, listed: set[str]):
    """The row of a competitor whose name storecheck.toml now writes in other letter case ("Corner Store"
    to "Corner store"), renamed so; None when there is none. The file refuses two names that differ only
    by case, so they are one shop: a new row of the new name left the old one's history out of every
    figure. A row the file still lists by its own name, or our own shop's, is never taken."""
    twins = [row for row in existing.values()
             if row.name.casefold() == name.casefold() and row.name not in listed and not row.ours]
    if len(twins) != 1:
        return None
    conn.execute(update(competitors).where(competitors.c.id == twins[0].id).values(name=name))
    del existing[twins[0].name]
    existing[name] = conn.execute(select(competitors).where(competitors.c.id == twins[0].id)).one()
    return existing[name]


def _insert_unless_added(conn: Connection, statement) -> int | None:
    """Run the INSERT and return the new row's id; None when the row's unique key was added since
    it was looked for (by another machine syncing the same config into a shared database)."""
    try:
        with conn.begin_nested():  # the refusal leaves the caller's transaction usable
            return conn.execute(statement).inserted_primary_key[0]
    except IntegrityError:
        return None


def _own_shop_row(conn: Connection, existing: dict, name: str):
    """Our shop's row, named `name`: the row marked ours, renamed when `[shop] name` changed; else
    the row of that name, marked ours now (a database from before the mark); None when there is none.

    A new name that another shop's row already holds is refused: moving the mark there would leave
    our stores and visits behind and give us that shop's products."""
    marked = next((row for row in existing.values() if row.ours), None)
    named = existing.get(name)
    if marked is not None and named is None:
        conn.execute(update(competitors).where(competitors.c.id == marked.id).values(name=name))
        return marked
    if named is not None and not named.ours:
        if marked is not None:
            raise ShopNameClash(
                f"[shop] name {name!r}: the database already has a competitor of that name (with its own products "
                f"and visits), and our shop's row is called {marked.name!r}; choose another name for our shop.")
        conn.execute(update(competitors).where(competitors.c.id == named.id).values(ours=True))
    return named


def unlisted_competitors(conn: Connection, listed: Iterable[str]) -> list[tuple[str, int, int]]:
    """(name, products, visits) of each competitor the database holds products or visits of that
    is not among `listed` (the config's names), by name: one renamed in storecheck.toml keeps its
    history under the old name, out of every figure."""
    names = set(listed)
    products = dict(conn.execute(select(competitors.c.name, func.count(competitor_products.c.id))
                                 .select_from(competitors.join(competitor_products)).group_by(competitors.c.name)).all())
    seen = dict(conn.execute(select(competitors.c.name, func.count(visits.c.id))
                             .select_from(competitors.join(stores).join(visits)).group_by(competitors.c.name)).all())
    return sorted((row.name, products.get(row.name, 0), seen.get(row.name, 0))
                  for row in conn.execute(select(competitors.c.name, competitors.c.ours))
                  if not row.ours and row.name not in names and (products.get(row.name) or seen.get(row.name)))


def competitor_id(conn: Connection, name: str) -> int | None:
    return conn.execute(select(competitors.c.id).where(competitors.c.name == name)).scalar()


# --- own products ----------------------------------------------------------

_OWN_COLUMNS = ("name", "brand", "category", "gtin", "mpn", "size", "price", "currency", "cost", "sales_weight", "url", "description")


def _sold_not_in(conn: Connection, skus: set[str]) -> Iterator[tuple[str, str]]:
    """(sku, name) of each product we sell (none discontinued) whose sku is not in `skus`, by sku."""
    for row in conn.execute(select(own_products.c.sku, own_products.c.name)
                            .where(own_products.c.discontinued.is_(None)).order_by(own_products.c.sku)):
        if row.sku not in skus:
            yield row.sku, row.name


def own_products_not_in(conn: Connection, skus: set[str], shown: int = 5) -> tuple[int, list[tuple[str, str]]]:
    """How many of the products we sell have a sku not in `skus`, and the (sku, name) of the first
    `shown` of them by sku; read row by row, so a catalogue of millions is not held."""
    count, first = 0, []
    for sku, name in _sold_not_in(conn, skus):
        count += 1
        if len(first) < shown:
            first.append((sku, name))
    return count, first


def discontinue_own_products_not_in(conn: Connection, skus: set[str], day: date,
                                    shown: int = 5) -> tuple[int, list[tuple[str, str]]]:
    """Mark the products we sell whose sku is not in `skus` discontinued on `day` (those marked before
    keep their day); return how many were marked and the (sku, name) of the first `shown` by sku.
    They are read whole before the first write: a cursor left open on rows being updated may read
    them again on some databases."""
    left_out = list(_sold_not_in(conn, skus))
    for chunk in _chunks([sku for sku, _ in left_out], 500):
        conn.execute(update(own_products).where(own_products.c.sku.in_(chunk)).values(discontinued=day, updated_at=utcnow()))
    return len(left_out), left_out[:shown]


def upsert_own_products(
    conn: Connection, products: Iterable[OwnProduct], fields: Iterable[str] | None = None
) -> dict[str, int]:
    """Insert new skus, update changed ones; return counts of inserted / updated / unchanged.

    `fields` are the columns the source holds: a stored product changes only
    in those, so a file of prices alone leaves brand, category and size as they were;
    and only in those its own record gave (`model_fields_set`): a JSON record without
    a "price" key leaves the stored price as it was, where `"price": null` clears it.
    """
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    products = list(products)
    existing = {}
    for chunk in _chunks([p.sku for p in products], 500):
        existing.update((row.sku, row) for row in conn.execute(select(own_products).where(own_products.c.sku.in_(chunk))))
    updated_columns = [c for c in _OWN_COLUMNS if fields is None or c in set(fields)]
    now = utcnow()
    inserts = []
    for product in products:
        values = {column: getattr(product, column) for column in _OWN_COLUMNS}
        row = existing.get(product.sku)
        if row is None:
            inserts.append({"sku": product.sku, **values, "created_at": now, "updated_at": now})
            counts["inserted"] += 1
            continue
        values = {column: values[column] for column in updated_columns
                  if fields is None or column in product.model_fields_set}
        if row.discontinued is not None:
            values["discontinued"] = None  # named in a file again: we sell it again
        if any(_differs(getattr(row, column), value) for column, value in values.items()):
            conn.execute(update(own_products).where(own_products.c.id == row.id).values(**values, updated_at=now))
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    if inserts:
        conn.execute(own_products.insert(), inserts)
    return counts


def _differs(old: object, new: object) -> bool:
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        if old is None or new is None:
            return old is not new
        return Decimal(old) != Decimal(new)
    return old != new


# --- competitor offers and the observation history -------------------------

_PRODUCT_COLUMNS = ("parent_key", "name", "brand", "category", "gtin", "mpn", "sku", "size", "url", "image", "description")


def _observation_values(offer: Offer) -> dict:
    promotion = offer.promotion
    return {
        # As kept, so that the next crawl's unchanged "389.000052" is compared with what was stored
        # (389.0001) as the same price, not as a change that adds an observation every day.
        "price": kept_amount(offer.price),
        "regular_price": kept_amount(offer.regular_price),
        "currency": offer.currency,
        "unit_price": kept_amount(offer.unit_price),
        "unit": offer.unit,
        "in_stock": offer.in_stock,
        "promo_type": promotion.type if promotion else None,
        "promo_text": promotion.text if promotion else None,
        "promo_loyalty_only": promotion.loyalty_only if promotion else None,
        "promo_starts": promotion.starts if promotion else None,
        "promo_ends": promotion.ends if promotion else None,
        "promotion": json.loads(promotion.model_dump_json()) if promotion else None,
    }


_COMPARED = ("price", "regular_price", "currency", "in_stock", "promo_type", "promo_text", "promo_loyalty_only")


def store_offers(
    conn: Connection,
    competitor_id: int,
    offers: Sequence[Offer],
    *,
    source: str,
    crawl_run_id: int | None = None,
    visit_id: int | None = None,
    now: datetime | None = None,
) -> dict[str, int]:
    """Upsert competitor products and append an observation only where something changed.

    An unchanged offer only moves `last_seen` (of the product and of its latest
    observation), so a daily crawl of an unchanged shop adds no rows.
    Returns counts: new_products, new_observations, unchanged.
    """
    now = now or utcnow()
    counts = {"new_products": 0, "new_observations": 0, "unchanged": 0}
    if not offers:
        return counts
    by_key = {offer.key: offer for offer in offers}  # the last one read wins
    keys = list(by_key)
    existing: dict[str, object] = {}
    for chunk in _chunks(keys, 500):
        for row in conn.execute(
            select(competitor_products).where(
                competitor_products.c.competitor_id == competitor_id, competitor_products.c.key.in_(chunk)
            )
        ):
            existing[row.key] = row
    new_rows = []
    for key, offer in by_key.items():
        if key not in existing:
            new_rows.append(
                {"competitor_id": competitor_id, "key": key, **{c: getattr(offer, c) for c in _PRODUCT_COLUMNS},
                 "first_seen": now, "last_seen": now}
            )
    if new_rows:
        conn.execute(competitor_products.insert(), new_rows)
        counts["new_products"] = len(new_rows)
        for chunk in _chunks([r["key"] for r in new_rows], 500):
            for row in conn.execute(
                select(competitor_products).where(
                    competitor_products.c.competitor_id == competitor_id, competitor_products.c.key.in_(chunk)
                )
            ):
                existing[row.key] = row
    # Refresh descriptive fields that changed and move last_seen.
    seen_ids = []
    for key, offer in by_key.items():
        row = existing[key]
        changed = {c: getattr(offer, c) for c in _PRODUCT_COLUMNS if getattr(offer, c) is not None and getattr(row, c) != getattr(offer, c)}
        if changed:
            conn.execute(update(competitor_products).where(competitor_products.c.id == row.id)
                         .values(**changed, last_seen=_later(competitor_products.c.last_seen, now)))
        else:
            seen_ids.append(row.id)
    for chunk in _chunks(seen_ids, 500):
        conn.execute(update(competitor_products).where(competitor_products.c.id.in_(chunk))
                     .values(last_seen=_later(competitor_products.c.last_seen, now)))

    product_ids = [existing[key].id for key in keys]
    latest = latest_observations(conn, product_ids)
    inserts, extend = [], []
    for key, offer in by_key.items():
        pid = existing[key].id
        values = _observation_values(offer)
        previous = latest.get(pid)
        if previous is not None and not any(_differs(getattr(previous, c), values[c]) for c in _COMPARED):
            extend.append(previous.id)
            continue
        inserts.append(
            {"competitor_product_id": pid, "observed_at": now, "last_seen": now, "source": source,
             "crawl_run_id": crawl_run_id, "visit_id": visit_id, **values}
        )
    if inserts:
        conn.execute(observations.insert(), inserts)
    for chunk in _chunks(extend, 500):
        conn.execute(update(observations).where(observations.c.id.in_(chunk)).values(last_seen=_later(observations.c.last_seen, now)))
    counts["new_observations"] = len(inserts)
    counts["unchanged"] = len(extend)
    return counts


def store_offers_each(
    conn: Connection, competitor_id: int, offers: Sequence[Offer], **kwargs: object
) -> tuple[dict[str, int], list[tuple[Offer, str]]]:
    """`store_offers`, keeping the good offers of a batch when the database refuses one.

    The batch is written in a savepoint; if the database refuses it (on
    PostgreSQL one failed statement spoils the whole transaction, so one bad
    product would cost the batch), each offer is written alone in its own
    savepoint. Returns the counts and, for each offer refused, why. A lost
    connection is no refusal: it is raised, for the caller to write the batch
    again on a new one.
    """
    try:
        with conn.begin_nested():
            return store_offers(conn, competitor_id, offers, **kwargs), []
    except SQLAlchemyError as exc:
        if connection_lost(exc):
            raise
    counts: Counter[str] = Counter()
    refused: list[tuple[Offer, str]] = []
    for offer in {offer.key: offer for offer in offers}.values():
        try:
            with conn.begin_nested():
                counts.update(store_offers(conn, competitor_id, [offer], **kwargs))
        except SQLAlchemyError as exc:
            if connection_lost(exc):
                raise
            refused.append((offer, _first_line(exc)))
    return {key: counts[key] for key in ("new_products", "new_observations", "unchanged")}, refused


def connection_lost(exc: BaseException) -> bool:
    """Whether a database error is the connection going away (the server restarted, failed over, or
    ended the session), which rolls back the transaction, rather than the database refusing a row."""
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def _first_line(exc: Exception) -> str:
    """A database error's own message, without the statement and parameters SQLAlchemy adds."""
    cause = getattr(exc, "orig", None) or exc
    return f"{type(cause).__name__}: {str(cause).strip().splitlines()[0][:200] if str(cause).strip() else ''}"


def _later(column, now: datetime):
    """`last_seen` never moves back: a visit typed in late carries an older date."""
    return case((column < now, now), else_=column)


def products_read_since(conn: Connection, competitor_id: int, since: datetime) -> list[tuple[str | None, Decimal | None]]:
    """(url, price) of each of the competitor's products a crawl has read since `since`: the
    price its newest crawl observation holds, None where it had none.

    A resumed crawl run asks this about its earlier parts. Their observations cannot be found
    by their crawl_run_id: a product read unchanged only moves the `last_seen` of an
    observation an earlier run made.
    """
    newest_of = observations.alias("newest_of")
    newest = (
        select(func.max(newest_of.c.id))
        .where(newest_of.c.competitor_product_id == competitor_products.c.id, newest_of.c.source == "crawl")
        .correlate(competitor_products)
        .scalar_subquery()
    )
    rows = conn.execute(
        select(competitor_products.c.url, observations.c.price)
        .select_from(competitor_products)
        .outerjoin(observations, observations.c.id == newest)
        .where(competitor_products.c.competitor_id == competitor_id, competitor_products.c.last_seen >= since)
    )
    return [(row.url, row.price) for row in rows]


def own_skus(conn: Connection) -> set[str]:
    """The skus of our catalogue."""
    return set(conn.execute(select(own_products.c.sku)).scalars())


def latest_observations(conn: Connection, product_ids: Sequence[int]) -> dict[int, object]:
    """The newest observation row of each competitor product."""
    result: dict[int, object] = {}
    for chunk in _chunks(list(product_ids), 500):
        rows = conn.execute(
            select(observations)
            .where(observations.c.competitor_product_id.in_(chunk))
            .order_by(observations.c.competitor_product_id, observations.c.observed_at, observations.c.id)
        )
        for row in rows:
            result[row.competitor_product_id] = row
    return result


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- crawl runs ------------------------------------------------------------


def start_crawl_run(conn: Connection, competitor_id: int, platform: str | None = None) -> int:
    """A new running run; raises sqlalchemy's IntegrityError while the competitor has one
    (uq_crawl_runs_one_running; `storecheck.crawl.open_crawl_run` says so in words)."""
    now = utcnow()
    result = conn.execute(
        crawl_runs.insert().values(
            competitor_id=competitor_id, started_at=now, heartbeat_at=now, status="running", platform=platform,
            dropped={}, errors=[], health=[],
        )
    )
    return result.inserted_primary_key[0]


def beat_crawl_run(conn: Connection, run_id: int) -> bool:
    """Say the running crawl `run_id` is alive; False when its run is no longer running
    (another machine took it for dead and closed it)."""
    result = conn.execute(
        update(crawl_runs).where(crawl_runs.c.id == run_id, crawl_runs.c.status == "running").values(heartbeat_at=utcnow())
    )
    return result.rowcount == 1


def finish_crawl_run(conn: Connection, run_id: int, **values: object) -> None:
    """Close a crawl run; a run that finished also gives products back under new keys their rows
    (`rejoin_moved_products`)."""
    values.setdefault("finished_at", utcnow())
    conn.execute(update(crawl_runs).where(crawl_runs.c.id == run_id).values(**values))
    if values.get("status") == "finished":
        rejoin_moved_products(conn, run_id)


def rejoin_moved_products(conn: Connection, run_id: int) -> int:
    """Products a finished run read under new keys, joined to the rows they had; returns how many.

    A shop that moves to another platform (or URL scheme) sells the same products under new keys: each
    came back as a second product, the old row shown as delisted and the new one as new, and the old
    row kept the price history and the matches a person confirmed. A product first seen since the
    competitor's previous finished run (in this run, or a partial one since) is the product of an older
    row not seen in this run when the two share what names the product, on them alone among the
    competitor's rows (`_moved_pairs`): the older row (its id, history and decisions) takes the new key
    and what the run read, and the new row's observations and proposals move onto it. Judged once the
    run has finished, when "not seen in this run" is known: a second listing still on sale is left
    apart, and a partial or failed run joins nothing.
    """
    cp = competitor_products
    run = conn.execute(select(crawl_runs.c.competitor_id, crawl_runs.c.started_at).where(crawl_runs.c.id == run_id)).first()
    if run is None:
        return 0
    started = _aware(run.started_at)
    # New since the competitor's previous finished run, not only in this one: the first crawl on a new
    # platform is the likeliest to be partial, and its rows are new all the same (review R12).
    previous = conn.execute(select(crawl_runs.c.started_at, crawl_runs.c.finished_at).where(
        crawl_runs.c.competitor_id == run.competitor_id, crawl_runs.c.status == "finished", crawl_runs.c.id != run_id,
        crawl_runs.c.started_at < run.started_at).order_by(crawl_runs.c.started_at.desc()).limit(1)).first()
    ended = _aware(previous.finished_at) if previous is not None and previous.finished_at is not None else None

    def new_since_then(first_seen: datetime) -> bool:
        return _aware(first_seen) > ended if ended is not None and ended < started else _aware(first_seen) >= started

    rows = conn.execute(select(cp.c.id, cp.c.gtin, cp.c.mpn, cp.c.sku, cp.c.brand, cp.c.name, cp.c.url, cp.c.first_seen,
                               cp.c.last_seen).where(cp.c.competitor_id == run.competitor_id)).all()
    seen = [row for row in rows if _aware(row.last_seen) >= started]
    gone = [row for row in rows if _aware(row.last_seen) < started]
    # A move takes away what the shop sold until then: rows the previous finished run still read (review R11).
    # A product delisted long ago, and a new one of its name or recycled article number, stay apart.
    last_read = [row for row in gone if previous is not None and _aware(row.last_seen) >= _aware(previous.started_at)]
    pairs = _moved_pairs(seen, gone, last_read, lambda row: new_since_then(row.first_seen))
    for old_id, new_id in pairs:
        _join_rows(conn, old_id, new_id)
    return len(pairs)


# What names a product across a move, strongest first: its GTIN (the product's own number, whatever
# the shop calls its page), the shop's own article number, the maker's part number, the page's name in
# its URL ("/products/coffee-blend-1kg" -> "/product/coffee-blend-1kg/", kept by most platform moves
# for search engines' sake), and its full name.
def _gtin_of(row) -> str | None:
    return row.gtin or None


def _sku_of(row) -> str | None:
    sku = (row.sku or "").strip().casefold()
    # A short plain number is as likely a database id, which a new platform numbers afresh.
    return sku if sku and not (sku.isdigit() and len(sku) < 5) else None


def _mpn_of(row) -> str | None:
    mpn = re.sub(r"[\s\-_./]", "", (row.mpn or "").casefold())
    return mpn if len(mpn) >= 4 and any(ch.isdigit() for ch in mpn) else None


def _slug_of(row) -> str | None:
    path = urlsplit(row.url or "").path.rstrip("/")
    slug = re.sub(r"\.(html?|php|aspx?)$", "", path.rpartition("/")[2].casefold())
    # Worded, as a page's name is ("coffee-blend-1kg"), not "product.php" or a number.
    return slug if re.search(r"[^\W\d_]", slug) and re.search(r"[-_]", slug) else None


def _name_of(row) -> str | None:
    name = " ".join(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", row.name or "").casefold()).split())
    return name or None


_IDENTITIES = (_gtin_of, _sku_of, _mpn_of, _slug_of, _name_of)


def _moved_pairs(seen: Sequence, gone: Sequence, last_read: Sequence, is_new) -> list[tuple[int, int]]:
    """(old row id, new row id) of the products that moved: for each kind of identity in turn
    (`_IDENTITIES`), a value held by exactly one row seen in this run, new since the last finished run,
    and by exactly one row not seen, and by no other row of the competitor. A GTIN names its product
    for good, so any row not seen may take it; the weaker identities (an article number a shop may
    give again, a page name, a full name) only a row the previous finished run read (`last_read`), as
    a move leaves it: one delisted long ago is another product's, even of the same name. A pair whose GTINs, part
    numbers or brands differ is never made, whatever else they share: variants of one product (sizes
    under one name), a product sold again beside its old listing, and a page name such as "product.php"
    are each on more than one row, or on a row still seen, so they are left apart."""
    used: set[int] = set()
    pairs = []
    for identity in _IDENTITIES:
        now: dict[str, list] = defaultdict(list)
        before: dict[str, list] = defaultdict(list)
        for row in seen:
            if (value := identity(row)) is not None:
                now[value].append(row)
        for row in gone if identity is _gtin_of else last_read:
            if (value := identity(row)) is not None:
                before[value].append(row)
        for value, new_rows in now.items():
            old_rows = before.get(value, [])
            if len(new_rows) != 1 or len(old_rows) != 1:
                continue
            new, old = new_rows[0], old_rows[0]
            if new.id in used or old.id in used or not is_new(new) or _apart(old, new):
                continue
            used |= {new.id, old.id}
            pairs.append((old.id, new.id))
    return pairs


def _apart(old, new) -> bool:
    """Whether two rows say they are different products: both give a GTIN, part number or brand, unalike."""
    for read in (_gtin_of, _mpn_of, lambda row: (row.brand or "").strip().casefold() or None):
        one, other = read(old), read(new)
        if one is not None and other is not None and one != other:
            return True
    return False


def _join_rows(conn: Connection, old_id: int, new_id: int) -> None:
    """The older row takes the newer one's key and what was read of it; the newer row's observations,
    shelf checks and matches move onto the older (a person's decision wins over the matcher's)."""
    cp, m = competitor_products, matches
    new = conn.execute(select(cp).where(cp.c.id == new_id)).one()
    conn.execute(update(observations).where(observations.c.competitor_product_id == new.id).values(competitor_product_id=old_id))
    conn.execute(update(visit_price_checks).where(visit_price_checks.c.competitor_product_id == new.id)
                 .values(competitor_product_id=old_id))
    kept = {row.sku: row for row in conn.execute(select(m.c.id, m.c.sku, m.c.status).where(m.c.competitor_product_id == old_id))}
    for row in conn.execute(select(m.c.id, m.c.sku, m.c.status).where(m.c.competitor_product_id == new.id)).all():
        earlier = kept.get(row.sku)
        if earlier is None:
            conn.execute(update(m).where(m.c.id == row.id).values(competitor_product_id=old_id))
        elif row.status in HUMAN_STATUSES and earlier.status not in HUMAN_STATUSES:
            conn.execute(m.delete().where(m.c.id == earlier.id))
            conn.execute(update(m).where(m.c.id == row.id).values(competitor_product_id=old_id))
        else:
            conn.execute(m.delete().where(m.c.id == row.id))
    conn.execute(cp.delete().where(cp.c.id == new.id))
    conn.execute(update(cp).where(cp.c.id == old_id).values(
        key=new.key, last_seen=new.last_seen, **{column: getattr(new, column) for column in _PRODUCT_COLUMNS}))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# --- match decisions -------------------------------------------------------


def last_report_run(conn: Connection) -> dict | None:
    """The latest report written, or None before the first."""
    row = conn.execute(select(report_runs).order_by(report_runs.c.generated_at.desc(), report_runs.c.id.desc()).limit(1)).first()
    return dict(row._mapping) if row is not None else None


def record_report_run(conn: Connection, generated_at: datetime, path: str | None, summary: dict) -> int:
    return conn.execute(
        report_runs.insert().values(generated_at=generated_at, path=path, summary=summary)
    ).inserted_primary_key[0]


def record_decision(
    conn: Connection,
    sku: str,
    competitor_product_id: int,
    status: str,
    *,
    decided_by: str | None,
    reason: str = "decided by a person",
    overwrite_decision: bool = True,
) -> None:
    """Store a person's decision (confirmed / rejected) on a pair; the matcher never overrides it.

    A confirmed pair replaces the matcher's other guesses for both products at
    *that* competitor only: our product keeps its matches at the others.
    With overwrite_decision=False an earlier decision on the pair is kept.
    """
    if status not in HUMAN_STATUSES:
        raise ValueError(f"decision must be one of {', '.join(HUMAN_STATUSES)}")
    m, cp = matches, competitor_products
    now = utcnow()
    existing = conn.execute(select(m.c.id, m.c.status).where(m.c.sku == sku, m.c.competitor_product_id == competitor_product_id)).first()
    values = {"status": status, "decided_by": decided_by, "decided_at": now, "updated_at": now}
    if existing is None:
        conn.execute(m.insert().values(sku=sku, competitor_product_id=competitor_product_id, method="manual", score=1.0,
                                       equivalent=False, reason=reason, **values))
    elif overwrite_decision or existing.status not in HUMAN_STATUSES:
        conn.execute(update(m).where(m.c.id == existing.id).values(**values))
    else:
        return
    if status == "confirmed":
        competitor = select(cp.c.competitor_id).where(cp.c.id == competitor_product_id).scalar_subquery()
        same_competitor = select(cp.c.id).where(cp.c.competitor_id == competitor)
        conn.execute(
            m.delete().where(
                m.c.status.in_(("matched", "proposed")),
                m.c.competitor_product_id.in_(same_competitor),
                ((m.c.sku == sku) & (m.c.competitor_product_id != competitor_product_id))
                | ((m.c.competitor_product_id == competitor_product_id) & (m.c.sku != sku)),
            )
        )
