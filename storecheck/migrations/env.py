"""Alembic environment: runs on the connection storecheck hands it (see db.migrate)."""

from alembic import context

from storecheck.db import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("storecheck migrations run through storecheck.db.migrate(engine)")

# render_as_batch lets SQLite alter tables by copy-and-move.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
