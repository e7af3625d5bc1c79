"""A sixth tester's pass over opening a workspace's database: a current schema is taken as it is without
loading alembic (every command paid 0.2-0.4 s for it), and any other is still brought up to date."""

from __future__ import annotations

import subprocess
import sys

import pytest
from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from storecheck import db
from test_faults_crawl import drop_schema


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 't.db'}"
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    drop_schema(url)


def _alembic() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS))
    return cfg


OPEN = ("import sys; from storecheck import db; engine = db.open_database(sys.argv[1]); engine.dispose(); "
        "print('alembic loaded' if 'alembic' in sys.modules else 'alembic not loaded')")


def _open_in_a_process(url: str) -> str:
    done = subprocess.run([sys.executable, "-c", OPEN, url], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _version(engine) -> str:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()


def test_the_head_read_from_the_files_is_alembic_s():
    assert db.head_revision() == ScriptDirectory.from_config(_alembic()).get_current_head()


def test_a_migration_written_by_alembic_s_newer_template_is_read_too():
    # Alembic's newer templates annotate the two lines; read as none, such a migration would leave the
    # head one behind and a database at that older head would be taken as current.
    text = 'revision: str = "0009"\ndown_revision: Union[str, None] = "0008"\n'
    assert db._REVISION_LINE.findall(text) == [("revision", "0009"), ("down_revision", "0008")]
    assert db._REVISION_LINE.findall("revision = '0001'\ndown_revision = None\n") == [("revision", "0001")]


def test_a_current_database_is_opened_without_loading_alembic_and_an_older_one_is_upgraded(url):
    # New: made by alembic. Current: nothing to load. One migration behind: upgraded, the new column there.
    assert _open_in_a_process(url) == "alembic loaded"
    assert _open_in_a_process(url) == "alembic not loaded"
    engine = db.make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = _alembic()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "-1")
        assert _version(engine) != db.head_revision()
        assert _open_in_a_process(url) == "alembic loaded"
        assert _version(engine) == db.head_revision()
        assert {t.name for t in db.metadata.sorted_tables} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
