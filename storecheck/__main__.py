"""`python -m storecheck`: the same commands as the `storecheck` script."""

import sys
from pathlib import Path

import storecheck

# `python -m` puts the current folder first on the import path, and a workspace holds a folder named
# "reports" (and may hold others named like this project's packages): run from a workspace, as the cron
# line does when no `storecheck` script is on PATH, that folder was imported for the package `reports`
# wherever storecheck is installed from its own folder. The current folder stays on the path only when
# storecheck itself was found there (a source checkout run in place). Under `python -P` no folder was put
# first, and the first entry is the standard library's.
if not sys.flags.safe_path and sys.path and Path(sys.path[0] or ".").resolve() != Path(storecheck.__file__).resolve().parent.parent:
    del sys.path[0]

from storecheck.cli import main  # noqa: E402

main()
