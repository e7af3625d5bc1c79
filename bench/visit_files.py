"""Peak memory of reading hostile visit YAML files: the bounded reader
(`storecheck.visits.files.load_yaml` + validation, as `visit import` reads)
beside the unbounded reading it replaced (`yaml.safe_load` + the same
validation), measured in the same run.

Each reading runs in its own process under an address-space limit (default
2 GB) so the unbounded one cannot take the machine down; a reading stopped
by the limit is reported as such. Usage:

    .venv/bin/python bench/visit_files.py [--limit-mb 2000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import resource, sys, time
from pathlib import Path
limit = int(sys.argv[3]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
path, mode = Path(sys.argv[1]), sys.argv[2]
started = time.perf_counter()
try:
    from storecheck.config import Config
    from storecheck.visits.files import VisitImportError, load_yaml, yaml_to_data
    from storecheck.visits.model import VisitContext, validate_visit
    if mode == "bounded":
        document = load_yaml(path)
    else:
        import yaml
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = document if isinstance(document, list) else [document]
    context = VisitContext(Config.model_validate({"competitors": [{"name": "X"}]}))
    for entry in entries:
        validate_visit(yaml_to_data(entry) if isinstance(entry, dict) else {}, context)
    outcome = "read"
except VisitImportError as exc:
    outcome = "refused: " + str(exc).split(": ", 1)[1][:60]
except MemoryError:
    outcome = "stopped by the memory limit"
except RecursionError:
    outcome = "RecursionError"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{outcome}|{peak:.0f}|{time.perf_counter() - started:.1f}")
"""


def hostile_files(folder: Path) -> dict[str, Path]:
    bomb = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    bomb += ["competitor: X", "store: Main", "visited_at: 2025-03-01 10:00", "notes: *a9"]
    files = {
        "alias bomb (9 levels x 9)": "\n".join(bomb) + "\n",
        "nested 200,000 deep": "[" * 200_000 + "]" * 200_000,
        "an ordinary visit": "competitor: X\nstore: Main\nvisited_at: 2025-03-01 10:00\nnotes: fine\n",
    }
    paths = {}
    for number, (label, text) in enumerate(files.items()):
        path = folder / f"case{number}.yaml"
        path.write_text(text, encoding="utf-8")
        paths[label] = path
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit-mb", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = hostile_files(Path(tmp))
        print(f"{'file':28} {'size':>8}  {'reader':9}  {'outcome':62} {'peak MB':>8} {'s':>6}")
        for label, path in cases.items():
            for mode in ("unbounded", "bounded"):
                done = subprocess.run([sys.executable, "-c", CHILD, str(path), mode, str(args.limit_mb)],
                                      capture_output=True, text=True, timeout=900)
                line = (done.stdout.strip().splitlines() or [""])[-1]
                if line.count("|") != 2:
                    line = f"crashed ({done.returncode}): {done.stderr.strip().splitlines()[-1][:50] if done.stderr else ''}|-|-"
                outcome, peak, seconds = line.split("|")
                print(f"{label:28} {path.stat().st_size:>7}B  {mode:9}  {outcome:62} {peak:>8} {seconds:>6}")


if __name__ == "__main__":
    main()
