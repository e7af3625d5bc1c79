"""Database: SQLAlchemy Core tables, the engine, and small query functions.

SQLite by default, PostgreSQL by URL, same code. Money is Numeric/Decimal,
timestamps are stored as UTC. The schema is created and upgraded by alembic
(`storecheck/migrations`), never by `create_all`, so a workspace made by an
older version upgrades in place.

Its files, from the schema to each kind of record:

- `column_types.py`: money and UTC timestamps as every backend stores them.
- `schema.py`: the tables and the statuses their rows take.
- `upgrade.py`: the schema brought to the newest migration.
- `connection.py`: the engine for a URL (SQLite's write lock, reading
  without one, passwords masked), and opening a workspace's database
  (the engine, then the upgrade).
- `shops.py`: competitors' rows and our shop's, in step with storecheck.toml.
- `our_products.py`: our catalogue's products.
- `offers.py`: competitor offers and their observation history.
- `runs.py`: crawl runs and report runs; a finished crawl run joins the
  products a shop moved to new keys (`moved_products.py`); imports of files written in batches.
- `decisions.py`: a person's decision on a pair.

The rest of storecheck reaches all of it as `db.NAME`, given here.
"""

# The SQL builders and Decimal, as `db.select(db.matches)` and `db.Decimal("8.00")` have always
# written them in the web app, the tests and the bench scripts (the module they came from imported them).
from decimal import Decimal

from sqlalchemy import func, select, update

from storecheck.db.column_types import Money, MoneyAmount, UTCDateTime, utcnow
from storecheck.db.connection import (SQLITE_BUSY_SECONDS, SQLITE_WRITE_ATTEMPTS, DatabaseUnavailable, make_engine,
                                      mask_passwords, open_database, open_workspace_database, reading)
from storecheck.db.decisions import record_decision
from storecheck.db.moved_products import rejoin_moved_products
from storecheck.db.offers import (connection_lost, forget_listing_products, forget_run_observation, latest_observations,
                                  products_read_since, run_currency_changes, store_offers, store_offers_each)
from storecheck.db.our_products import (discontinue_own_products_not_in, own_products_not_in, own_skus,
                                        upsert_own_products)
from storecheck.db.runs import (beat_crawl_run, count_import_batch, finish_crawl_run, finish_import_run, last_report_run,
                                record_report_run, start_crawl_run, start_import_run, unfinished_import_runs,
                                every_unfinished_import_run, import_finished_since)
from storecheck.db.schema import (HUMAN_STATUSES, MATCH_STATUSES, RUN_STATUSES, alert_deliveries, alert_events,
                                  competitor_product_names, competitor_products, competitors, crawl_runs, import_runs, matches, metadata, observations,
                                  own_products, report_runs, stores, visit_photos, visit_price_checks, visit_products,
                                  visit_promotions, visit_scores, visits)
from storecheck.db.shops import (ShopNameClash, competitor_id, competitor_ids_named, sync_competitors,
                                 unlisted_competitors)
from storecheck.db.upgrade import _REVISION_LINE, MIGRATIONS, head_revision, migrate

__all__ = [
    "Decimal", "func", "select", "update",
    "Money", "MoneyAmount", "UTCDateTime", "utcnow",
    "SQLITE_BUSY_SECONDS", "SQLITE_WRITE_ATTEMPTS", "DatabaseUnavailable", "make_engine", "mask_passwords",
    "open_database", "open_workspace_database", "reading",
    "record_decision", "rejoin_moved_products",
    "connection_lost", "forget_listing_products", "forget_run_observation", "latest_observations", "products_read_since", "run_currency_changes", "store_offers", "store_offers_each",
    "discontinue_own_products_not_in", "own_products_not_in", "own_skus", "upsert_own_products",
    "beat_crawl_run", "finish_crawl_run", "last_report_run", "record_report_run", "start_crawl_run",
    "count_import_batch", "every_unfinished_import_run", "finish_import_run", "import_finished_since", "start_import_run", "unfinished_import_runs",
    "HUMAN_STATUSES", "MATCH_STATUSES", "RUN_STATUSES", "alert_deliveries", "alert_events", "competitor_product_names",
    "competitor_products",
    "competitors", "crawl_runs", "import_runs", "matches", "metadata", "observations", "own_products", "report_runs", "stores",
    "visit_photos", "visit_price_checks", "visit_products", "visit_promotions", "visit_scores", "visits",
    "ShopNameClash", "competitor_id", "competitor_ids_named", "sync_competitors", "unlisted_competitors",
    "_REVISION_LINE", "MIGRATIONS", "head_revision", "migrate",
]
