"""one running crawl run per competitor, and the running crawl's heartbeat

Machines that share one database keep their crawl locks in their own
workspace folders: the database itself must turn a second running run of a
competitor away (a partial unique index, on SQLite and PostgreSQL alike), and
a run whose crawl died on another machine must be recognisable (its heartbeat
stops).

Revision ID: 0005
Revises: 0004
"""

from alembic import op
import sqlalchemy as sa


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Several running rows of one competitor were left by crawls that died: all but the newest
    # are closed as the crawl module closes a dead run (failed, so nothing looks delisted).
    op.execute(
        "UPDATE crawl_runs SET status = 'failed', finish_reason = 'killed', finished_at = started_at "
        "WHERE status = 'running' AND id < (SELECT MAX(newer.id) FROM crawl_runs newer "
        "WHERE newer.competitor_id = crawl_runs.competitor_id AND newer.status = 'running')"
    )
    # Plain ALTER TABLE, never a batch copy: SQLite would drop the old table, and with foreign keys
    # on, that deletes every row that refers to it (observations lose their run).
    op.add_column("crawl_runs", sa.Column("heartbeat_at", sa.DateTime(), nullable=True))
    op.create_index("uq_crawl_runs_one_running", "crawl_runs", ["competitor_id"], unique=True,
                    sqlite_where=sa.text("status = 'running'"), postgresql_where=sa.text("status = 'running'"))


def downgrade() -> None:
    op.drop_index("uq_crawl_runs_one_running", table_name="crawl_runs")
    op.drop_column("crawl_runs", "heartbeat_at")
