"""Bringing a database's schema to the newest migration (alembic), skipped when it is current."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

MIGRATIONS = Path(__file__).parents[1] / "migrations"  # storecheck/migrations, beside this package
# As this project writes them (`revision = "0008"`) and as alembic's newer templates do
# (`revision: str = "0009"`, `down_revision: Union[str, None] = "0008"`).
_REVISION_LINE = re.compile(r"""^(down_revision|revision)(?:\s*:[^=\n]+)?\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)


def _revisions() -> tuple[set[str], set[str]]:
    """The revisions the version files name, and those they name as a parent."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for kind, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else parents).add(value)
    return revisions, parents


def head_revision() -> str | None:
    """The newest migration's revision, read from the version files' own `revision = "..."` lines; None
    when they do not name exactly one (then alembic, which reads them fully, decides)."""
    revisions, parents = _revisions()
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


class NewerSchema(Exception):
    """A database whose schema a newer storecheck migrated: this version does not know its revision."""


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
    stored = _stored_revision(engine)
    if head is not None and stored == [head]:
        return
    unknown = sorted(set(stored) - _revisions()[0])
    if head is not None and unknown:
        # A workspace shared with a newer storecheck: alembic would say only that it "can't locate"
        # the revision. This version cannot know what the newer schema means, so it writes nothing.
        raise NewerSchema(f"a newer storecheck migrated it (schema revision {', '.join(map(repr, unknown))}; this "
                          f"version knows up to {head!r}); it is left as it is: upgrade storecheck to open it")
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
