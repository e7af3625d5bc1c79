"""`storecheck schedule`: the cron line that runs `storecheck run`, and installing it."""

from __future__ import annotations

import os
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
    """The crontab line. cron starts with an almost empty environment, so the
    database URL given by STORECHECK_DATABASE_URL is written into the line (a
    crontab is private to its user), and `%`, which cron turns into a newline,
    is escaped."""
    expr = validate_cron(expr)
    found = shutil.which("storecheck")
    storecheck = shlex.quote(found) if found else f"{shlex.quote(sys.executable)} -m storecheck"
    log = workspace.path / "storecheck-run.log"
    env = ""
    if os.environ.get("STORECHECK_DATABASE_URL"):
        env = f"STORECHECK_DATABASE_URL={shlex.quote(os.environ['STORECHECK_DATABASE_URL'])} "
    command = f"cd {shlex.quote(str(workspace.path))} && {env}{storecheck} run >> {shlex.quote(str(log))} 2>&1"
    line = f"{expr} {command} {MARKER} {shlex.quote(str(workspace.path))}"
    return line.replace("%", "\\%")


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
