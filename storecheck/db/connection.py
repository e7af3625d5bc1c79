"""The engine for a database URL (SQLite or PostgreSQL): when SQLite takes its write lock, reading
without one, passwords masked in what is printed, and opening a workspace's database."""

from __future__ import annotations

import re
import time

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from storecheck.db.upgrade import migrate
from storecheck.errors import StorecheckError

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
