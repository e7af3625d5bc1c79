"""A fifth tester's pass over `python -m storecheck` run inside a workspace folder, as the cron line does
when no `storecheck` script is on PATH (`cd WORKSPACE && python -m storecheck run`)."""

from __future__ import annotations

import os
import subprocess
import sys

from storecheck.cli import init_workspace


def test_python_m_storecheck_in_a_workspace_writes_the_report(tmp_path):
    # `python -m` puts the current folder first on the import path, and a workspace holds a folder named
    # "reports": with storecheck installed in development mode, that folder was imported for the package
    # `reports`, and `report` (so every scheduled `run`) ended in "PackageLoader could not find a
    # 'templates' directory in the 'reports' package".
    workspace = init_workspace(tmp_path / "ws", shop_name="Shop", currency="EUR")
    (workspace.path / "reports").mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("STORECHECK_")}
    result = subprocess.run([sys.executable, "-m", "storecheck", "report", "-o", "out.html"], cwd=workspace.path,
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (workspace.path / "out.html").is_file()
