"""Whether two checkouts of storecheck write the same report and score on one workspace.

    .venv/bin/python bench/report_same.py --keep DIR --before CHECKOUT

For speed work, which must change no figure: on a fresh copy of the workspace
DIR (`bench/report.py --keep DIR` keeps one), each checkout writes, in a
process of its own, the report context (every table, the trends, what to
copy, the changes: Decimals exactly, floats by their repr), the rendered HTML
report, the CSVs beside it, and `storecheck score --json`. Then each file is
compared with the other checkout's. Two things differ by nature and are
masked: the report's script nonce (random) and the age of the data in hours
(it counts from now). Prints "same" or "DIFFERENT" per file; exits 1 when
any file differs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The report records itself when it is written; the context is dumped at a fixed time so two dumps compare.
FIXED_TIME = datetime(2026, 1, 1, tzinfo=UTC)
# What differs by nature between two writes of one report.
NONCE = re.compile(r"nonce-[A-Za-z0-9_-]+|nonce=\"[^\"]*\"")
DATA_AGE = re.compile(r'data-sort="[0-9.]+">[0-9.]+ h<')


def plain(value):
    """A report context value as JSON-ready data that tells apart what a report would show apart."""
    import numpy as np
    import pandas as pd

    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((plain(item) for item in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, Decimal):
        return f"Decimal {value}"
    if isinstance(value, (float, np.floating)):
        return "nan" if value != value else f"float {float(value)!r}"
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if value is pd.NaT:
        return "NaT"
    if isinstance(value, (datetime, date, pd.Timestamp)):
        return f"time {value.isoformat()}"
    if isinstance(value, pd.DataFrame):
        return {"frame": plain(value.to_dict("split")), "dtypes": [str(dtype) for dtype in value.dtypes]}
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if hasattr(value, "__dataclass_fields__"):
        return plain(vars(value))
    return f"{type(value).__name__} {value!r}"


def dump(workspace: Path, out: Path) -> None:
    """Write the context, the HTML, its CSVs and `score --json` of this process's storecheck into `out`."""
    from reports.render import TABLE_ROWS, write_report
    from storecheck import db
    from storecheck.analysis import report_context
    from storecheck.config import Workspace
    from storecheck.exports import report_csv_files

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="storecheck-same-") as folder:
        copy = Path(folder) / "ws"
        shutil.copytree(workspace, copy, ignore=shutil.ignore_patterns("*.html", "*.csv"))
        context = report_context(db.make_engine(Workspace(copy).database_url), Workspace(copy).config)
        context["generated_at"] = FIXED_TIME
        html = out / "report.html"
        context["full_data"] = report_csv_files(context, html, TABLE_ROWS)
        write_report(context, html, None)
        (out / "context.json").write_text(json.dumps(plain(context), indent=0, sort_keys=True))
        shutil.rmtree(copy)
        shutil.copytree(workspace, copy, ignore=shutil.ignore_patterns("*.html", "*.csv"))
        printed = subprocess.run([sys.executable, "-m", "storecheck", "score", "--json", "--workspace", str(copy)],
                                 capture_output=True, text=True, check=True).stdout
    score = json.loads(printed)
    score.pop("generated_at", None)
    (out / "score.json").write_text(json.dumps(score, indent=0, sort_keys=True))


def masked(path: Path) -> str:
    text = path.read_text()
    if path.name == "report.html":
        return DATA_AGE.sub('data-sort="AGE">AGE h<', NONCE.sub("nonce", text))
    if path.name == "context.json":
        return "\n".join(line for line in text.splitlines() if '"freshness_hours"' not in line)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, required=True, help="The workspace (bench/report.py --keep DIR).")
    parser.add_argument("--before", type=Path, required=True, help="The other checkout of storecheck.")
    parser.add_argument("--dump", type=Path, default=None, help=argparse.SUPPRESS)  # one checkout's part
    args = parser.parse_args()
    if args.dump:
        dump(args.keep.resolve(), args.dump)
        return
    with tempfile.TemporaryDirectory(prefix="storecheck-same-") as folder:
        outs = {}
        for label, source in (("before", args.before.resolve()), ("now", ROOT)):
            outs[label] = Path(folder) / label
            env = dict(os.environ, PYTHONPATH=str(source))
            subprocess.run([sys.executable, str(Path(__file__).resolve()), "--keep", str(args.keep.resolve()),
                            "--before", str(source), "--dump", str(outs[label])], cwd=source, env=env, check=True)
        names = sorted({path.name for out in outs.values() for path in out.iterdir()})
        different = 0
        for name in names:
            before, now = outs["before"] / name, outs["now"] / name
            same = before.exists() and now.exists() and masked(before) == masked(now)
            different += not same
            print(f"{'same' if same else 'DIFFERENT'}: {name}")
    print("all the same" if not different else f"{different} file(s) differ")
    raise SystemExit(1 if different else 0)


if __name__ == "__main__":
    main()
