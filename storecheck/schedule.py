"""`storecheck schedule`: the cron line that runs `storecheck run`, and installing it."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys

from storecheck.config import Workspace

MARKER = "# storecheck"


def validate_cron(expr: str) -> str:
    fields = expr.split()
    if len(fields) == 1 and fields[0].startswith("@"):
        if fields[0] not in ("@hourly", "@daily", "@weekly", "@monthly", "@yearly", "@annually", "@midnight", "@reboot"):
            raise ValueError(f"{expr!r} is not a cron shortcut")
        return expr
    if len(fields) != 5:
        raise ValueError(f"{expr!r} must have 5 fields: minute hour day-of-month month day-of-week")
    allowed = set("0123456789*/,-") | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for field in fields:
        if not set(field) <= allowed:
            raise ValueError(f"cron field {field!r} holds characters cron does not accept")
    return " ".join(fields)


def cron_line(workspace: Workspace, expr: str) -> str:
    expr = validate_cron(expr)
    storecheck = shutil.which("storecheck") or f"{sys.executable} -m storecheck"
    log = workspace.path / "storecheck-run.log"
    command = f"cd {shlex.quote(str(workspace.path))} && {storecheck} run >> {shlex.quote(str(log))} 2>&1"
    return f"{expr} {command} {MARKER} {shlex.quote(str(workspace.path))}"


def install_cron(line: str) -> None:
    """Add the line to the user's crontab, replacing an earlier one for the same workspace."""
    if shutil.which("crontab") is None:
        raise RuntimeError("crontab is not installed; add the printed line to your scheduler by hand.")
    current = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    lines = current.stdout.splitlines() if current.returncode == 0 else []
    tag = line[line.index(MARKER):]
    lines = [existing for existing in lines if not existing.endswith(tag)]
    lines.append(line)
    subprocess.run(["crontab", "-"], input="\n".join(lines) + "\n", text=True, check=True)
