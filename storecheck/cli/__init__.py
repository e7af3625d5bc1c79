"""The `storecheck` command: one click group, one function per verb.

Command names, arguments and file formats are a contract (DESIGN.md): scripts
and schedules are written against them.

`group.py` holds the click group and what every command shares (the
--workspace option, the database, errors shown with passwords masked,
printing); each other file holds a command or a group of them, named after
it, in the order a workspace is used:

- `workspace.py`: `init`.
- `competitor.py` and `store.py`: `competitor add / list`, `store add / list`.
- `imports.py`: `catalogue import`, `offers import`.
- `crawl.py`: `crawl`, `extract`.
- `match.py`: `match`, `matches export / import`.
- `visit.py`: `visit add / import / list`.
- `report.py`: `score`, `report`, `export`.
- `alerts.py`: `alerts send`.
- `run.py`: `run`, the whole loop, which calls the commands above.
- `schedule.py`, `serve.py`, `demo.py`: `schedule`, `serve`, `demo`.
"""

# Each command module registers its commands on `cli` when imported.
from storecheck.cli import (alerts, competitor, crawl, demo, imports, match, report, run, schedule,  # noqa: F401
                            serve, store, visit, workspace)
from storecheck.cli.group import cli, main
from storecheck.cli.workspace import init_workspace

__all__ = ["cli", "init_workspace", "main"]
