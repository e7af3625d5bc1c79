"""`storecheck schedule`: the cron line, or a systemd service and timer, that runs `storecheck run`, and installing them."""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from storecheck.config import CONFIG_NAME, Workspace

MARKER = "# storecheck"
# The workspace's file of secrets for scheduled runs (the SMTP password; a private CA's SSL_CERT_FILE):
# the systemd service's EnvironmentFile, and read by every command run in the workspace (`load_env_file`),
# so that a cron line, which starts with an almost empty environment, has them too.
ENV_FILE = ".storecheck.env"
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def read_env_file(path: Path) -> dict[str, str]:
    """The variables of an environment file as systemd's EnvironmentFile reads it: `NAME=value` lines,
    `#` and `;` lines are comments, a value in matching single or double quotes is what they hold; a
    shell's `export ` before the name is allowed. Lines of another shape are skipped. {} without a file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return {}
    found = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        name, sep, value = line.removeprefix("export ").partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not _ENV_NAME.fullmatch(name):
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        found[name] = value
    return found


# What a command takes from ENV_FILE: storecheck's own settings, the certificates a private mail server
# or proxy needs, the proxy itself. A workspace folder is copied and shared; a file in it that could set
# LD_PRELOAD, PYTHONPATH or PYTHONSTARTUP would change what every command, and the `scrapy crawl` it
# starts, runs, for whoever runs a command there.
_ENV_TAKEN = re.compile(r"STORECHECK_[A-Z0-9_]+|SSL_CERT_(FILE|DIR)|REQUESTS_CA_BUNDLE|(HTTPS?|NO|ALL)_PROXY", re.IGNORECASE)


def load_env_file(workspace: Workspace) -> list[str]:
    """Set the variables of the workspace's ENV_FILE that the environment lacks (a variable set already
    wins, as a unit's own settings win over its EnvironmentFile), of the names `_ENV_TAKEN` allows.
    Returns the other names the file sets, not taken."""
    skipped = []
    for name, value in read_env_file(workspace.path / ENV_FILE).items():
        if _ENV_TAKEN.fullmatch(name):
            os.environ.setdefault(name, value)
        else:
            skipped.append(name)
    return skipped


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
    for field, (label, low, high, names) in zip(fields, _CRON_FIELDS):
        _check_cron_field(field, label, low, high, names)
    return " ".join(fields)


# Each field's name, range and the names cron reads for its values (from `low` on).
_CRON_FIELDS = (
    ("minute", 0, 59, ()), ("hour", 0, 23, ()), ("day of month", 1, 31, ()),
    ("month", 1, 12, ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
    ("day of week", 0, 7, ("sun", "mon", "tue", "wed", "thu", "fri", "sat")),
)


def _check_cron_field(field: str, label: str, low: int, high: int, names: tuple[str, ...]) -> None:
    """A value out of its field's range ("99 6 * * 1") was printed as a schedule that cron
    refuses on install and a systemd timer never meets: refused here, naming the field."""
    for item in field.split(","):
        base, slash, step = item.partition("/")
        if slash and not (step.isdigit() and int(step) >= 1):
            raise ValueError(f"{label} {field!r}: a step after / is a whole number from 1")
        if base == "*":
            continue
        pieces = base.split("-")
        if len(pieces) > 2 or not all(pieces):
            raise ValueError(f"{label} {field!r}: give a value, a range a-b, or a list of them")
        values = []
        for piece in pieces:
            if piece.isdigit():
                value = int(piece)
            elif piece.casefold() in names:
                value = names.index(piece.casefold()) + low
            else:
                raise ValueError(f"{label} {field!r}: {piece!r} is not a {label} ({low}-{high})")
            if not low <= value <= high:
                raise ValueError(f"{label} {field!r}: {piece} is outside {low}-{high}")
            values.append(value)
        if len(values) == 2 and values[0] > values[1]:
            raise ValueError(f"{label} {field!r}: a range runs from the lower value to the higher")


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


def install_cron(line: str) -> list[Path]:
    """Add the line to the user's crontab, replacing an earlier one for the same workspace; returns the
    folders of the lines taken out because no workspace is there any more.

    A workspace is told by its folder, so a moved one's old line would stay, running `cd OLD` and
    failing at every turn, beside the new one. Such a line is one of a folder of the same name as this
    workspace's (a move keeps the name) that holds no storecheck.toml while the folder around it is
    there, and that is on no disk away for now (`_looks_moved`): that line stays. The line
    of a workspace that is still there, of another folder name, and any line that is not storecheck's
    are never touched."""
    if shutil.which("crontab") is None:
        raise RuntimeError("crontab is not installed; add the printed line to your scheduler by hand.")
    current = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    lines = current.stdout.splitlines() if current.returncode == 0 else []
    tag = line[line.index(MARKER):]
    name = Path(shlex.split(tag.removeprefix(MARKER).replace("\\%", "%"))[0]).name
    gone = [folder for existing in lines if (folder := _gone_workspace(existing, name)) is not None]
    lines = [existing for existing in lines if not existing.endswith(tag) and _gone_workspace(existing, name) is None]
    lines.append(line)
    subprocess.run(["crontab", "-"], input="\n".join(lines) + "\n", text=True, check=True)
    return gone


def _gone_workspace(line: str, name: str) -> Path | None:
    """The folder named `name` a storecheck crontab line runs in, when it holds no workspace any more
    and the folder around it is there (see `install_cron`)."""
    marker = f" {MARKER} "
    if marker not in line:
        return None
    try:
        words = shlex.split(line.rsplit(marker, 1)[1].replace("\\%", "%"))
    except ValueError:
        return None
    if len(words) != 1 or not Path(words[0]).is_absolute():
        return None
    folder = Path(words[0])
    if folder.name != name or not _looks_moved(folder):
        return None
    return folder


# The file that lists the mount points the system mounts (a disk plugged in at /mnt/data, say).
FSTAB = Path("/etc/fstab")


def _looks_moved(folder: Path) -> bool:
    """Whether the workspace folder `folder` was moved (or deleted), not on a disk that is away for now.

    A move leaves the folder around it and takes the folder itself. A disk that is not mounted takes
    its folders away, but the mount point stays, an empty folder: a workspace that is the mount point
    is an empty folder then, and one inside it has its parent there, empty. So a folder that is still
    there and empty, or a folder at or under a mount point of the system's (fstab) on which nothing is
    mounted now, is a disk away, and its line or units stay: a line kept too long fails as before,
    one taken out wrongly leaves the workspace unscheduled once the disk is back, without a word."""
    if not folder.parent.is_dir() or (folder / CONFIG_NAME).exists():
        return False
    try:
        if folder.is_dir() and not any(folder.iterdir()):
            return False
    except OSError:
        return False
    return not any(point == folder or point in folder.parents for point in _unmounted_points())


def _unmounted_points() -> list[Path]:
    """The mount points listed in fstab on which nothing is mounted now."""
    try:
        text = FSTAB.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    points = []
    for row in text.splitlines():
        fields = row.split()
        if len(fields) < 2 or fields[0].startswith("#") or not fields[1].startswith("/") or fields[1] == "/":
            continue
        # fstab writes a space in a path as \040 (and a tab as \011).
        point = Path(fields[1].replace("\\040", " ").replace("\\011", "\t"))
        if not os.path.ismount(point):
            points.append(point)
    return points


# --- systemd: a service and a timer pair, for machines that run no cron --------

SHORTCUTS = {"@hourly": "hourly", "@daily": "daily", "@midnight": "daily", "@weekly": "weekly", "@monthly": "monthly",
             "@yearly": "yearly", "@annually": "yearly"}
DAY_NAMES = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _calendar_field(field: str, *, pad: bool = True, names: tuple[str, ...] | None = None) -> str:
    """One cron field in systemd's calendar syntax: `*`, lists, ranges (a-b -> a..b), steps (*/n -> 0/n)."""
    if field == "*":
        return "*"
    parts = []
    for item in field.split(","):
        base, _, step = item.partition("/")
        if names is not None:
            if step or not all(piece.isdigit() and int(piece) <= 7 for piece in base.split("-")):
                raise ValueError(f"day of week {field!r}: use numbers 0-7, lists and ranges for a systemd timer")
            parts.append("..".join(names[int(piece)] for piece in base.split("-")))
            continue
        if not all(piece.isdigit() for piece in base.replace("*", "0").split("-")):
            raise ValueError(f"cron field {field!r}: use numbers, lists, ranges and steps for a systemd timer")
        start = "0" if base == "*" else base
        text = "..".join(f"{int(piece):02d}" if pad else str(int(piece)) for piece in start.split("-"))
        parts.append(f"{text}/{step}" if step else text)
    return ",".join(parts)


def on_calendar(expr: str, zone: str | None = None) -> str:
    """A cron expression as systemd's OnCalendar= ("0 6 * * 1" -> "Mon *-*-* 06:00:00"), on the clock of
    `zone` when given ("Mon *-*-* 06:00:00 Europe/Warsaw", systemd 235 and later): the shop's, whatever
    the clock of the machine that runs it (a rented server's is often UTC)."""
    expr = validate_cron(expr)
    suffix = f" {zone}" if zone else ""
    if expr.startswith("@"):
        if expr not in SHORTCUTS:
            raise ValueError(f"{expr} has no systemd timer equivalent; give a cron expression")
        return SHORTCUTS[expr] + suffix
    minute, hour, day, month, weekday = expr.split()
    days = "" if weekday == "*" else _calendar_field(weekday, names=DAY_NAMES) + " "
    return (f"{days}*-{_calendar_field(month)}-{_calendar_field(day)} {_calendar_field(hour)}:{_calendar_field(minute)}:00"
            f"{suffix}")


def clock_note(zone: str | None, now: datetime | None = None) -> str | None:
    """What a cron line, which runs on this machine's clock (Debian's cron reads no CRON_TZ), should
    say when the shop's clock (`[shop] time_zone`) is another: how far apart they are in winter and in
    summer. None when the shop names no zone or the two clocks agree all year."""
    if not zone:
        return None
    year = (now or datetime.now()).year
    ahead = []
    for month in (1, 7):  # winter and summer, on either side of the equator
        moment = datetime(year, month, 15, 12).astimezone()
        ours, machine = moment.astimezone(ZoneInfo(zone)).utcoffset(), moment.utcoffset()
        ahead.append(((ours or timedelta()) - (machine or timedelta())).total_seconds() / 3600)
    if not any(ahead):
        return None
    machine_name = datetime.now().astimezone().tzname() or "local"

    def hours(h: float) -> str:
        return f"{abs(h):g} h {'ahead of' if h > 0 else 'behind'} it" if h else "the same"

    spread = hours(ahead[0]) if ahead[0] == ahead[1] else f"{hours(ahead[0])} in January, {hours(ahead[1])} in July"
    return (f"cron runs this line on this machine's clock ({machine_name}), not the shop's ({zone}: {spread}); "
            f"`storecheck schedule --systemd` writes a timer on the shop's clock")


def user_unit_folder() -> Path:
    """Where a user's systemd units live (~/.config/systemd/user)."""
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "systemd" / "user"


def unit_name(workspace: Workspace, folder: Path | None = None) -> str:
    """storecheck-<workspace folder>, in the characters a unit name allows; with a short digest of
    the workspace's whole path when `folder` already holds a unit of that name for another
    workspace. Two shops' workspaces are often both called "ws" or "storecheck": the second
    install wrote over the first's timer without a word, where crontab lines are told apart by
    the whole path."""
    slug = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in workspace.path.name) or "workspace"
    name = f"storecheck-{slug}"
    digested = f"{name}-{hashlib.sha256(str(workspace.path).encode()).hexdigest()[:8]}"
    folder = folder or user_unit_folder()
    # Installed under the longer name once, it keeps it (review R12): had it taken the plain name when
    # that was freed later, its first timer would have stayed enabled beside the new one.
    if _runs_in(folder / f"{digested}.service", workspace) or not (folder / f"{name}.service").exists():
        if (folder / f"{digested}.service").exists():
            return digested
        moved = moved_units(workspace, folder)
        return moved[0] if moved else name
    if _runs_in(folder / f"{name}.service", workspace):
        return name
    moved = moved_units(workspace, folder)
    return moved[0] if moved else digested


def moved_units(workspace: Workspace, folder: Path | None = None) -> list[str]:
    """The names of units of this workspace's folder name whose folder holds no workspace any more
    while the folder around it is there (a disk not mounted for now keeps its units): a workspace
    moved (or deleted; `_looks_moved`), whose timer would go on starting a service that fails. The moved workspace
    takes their name, so its install writes over them rather than adding a second pair."""
    slug = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in workspace.path.name) or "workspace"
    folder = folder or user_unit_folder()
    names = [f"storecheck-{slug}"] + sorted(
        p.stem for p in folder.glob(f"storecheck-{slug}-*.service") if len(p.stem) == len(f"storecheck-{slug}-") + 8)
    return [name for name in names if (where := _working_directory(folder / f"{name}.service")) is not None
            and where != workspace.path and _looks_moved(where)]


def _working_directory(service: Path) -> Path | None:
    try:
        text = service.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for row in text.splitlines():
        if row.startswith("WorkingDirectory="):
            value = row.removeprefix("WorkingDirectory=")
            if value.startswith('"') and value.endswith('"') and len(value) > 1:
                value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            return Path(value.replace("%%", "%"))
    return None


def _runs_in(service: Path, workspace: Workspace) -> bool:
    """Whether the installed `service` runs `workspace`."""
    try:
        return f"WorkingDirectory={_systemd_quote(str(workspace.path))}\n" in service.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def systemd_units(workspace: Workspace, expr: str, folder: Path | None = None) -> dict[str, str]:
    """The service (runs `storecheck run` once) and the timer (starts it on the schedule), by file name,
    as they would be installed in `folder` (the user's units by default).
    Persistent=true runs a missed week's job when the machine is back on."""
    calendar = on_calendar(expr, workspace.config.shop.time_zone)
    found = shutil.which("storecheck")
    command = shlex.quote(found) if found else f"{shlex.quote(sys.executable)} -m storecheck"
    name = unit_name(workspace, folder)
    env = ""
    if os.environ.get("STORECHECK_DATABASE_URL"):
        env = f"Environment={_systemd_quote('STORECHECK_DATABASE_URL=' + os.environ['STORECHECK_DATABASE_URL'])}\n"
    service = (
        "[Unit]\n"
        f"Description=storecheck: crawl, match, report and alert for {workspace.path}\n"
        "Wants=network-online.target\nAfter=network-online.target\n\n"
        "[Service]\nType=oneshot\n"
        f"WorkingDirectory={_systemd_quote(str(workspace.path))}\n{env}"
        "# The SMTP password for alerts: put STORECHECK_SMTP_PASSWORD=... in this file, readable by you only.\n"
        f"EnvironmentFile=-{_systemd_quote(str(workspace.path / ENV_FILE))}\n"
        f"ExecStart={command} run\n"
    )
    timer = (
        "[Unit]\n"
        f"Description=storecheck schedule for {workspace.path}\n\n"
        f"[Timer]\nOnCalendar={calendar}\nPersistent=true\nUnit={name}.service\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {f"{name}.service": service, f"{name}.timer": timer}


def _systemd_quote(value: str) -> str:
    """A value systemd reads as one word: quoted when it holds spaces or quotes, `%` doubled (systemd expands %x)."""
    value = value.replace("%", "%%")
    if any(ch.isspace() or ch in "\"'\\" for ch in value):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def install_systemd(units: dict[str, str], folder: Path | None = None) -> Path:
    """Write the units into the user's systemd folder (~/.config/systemd/user); returns it."""
    folder = folder or user_unit_folder()
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in units.items():
        # The service may hold the database URL with its password: readable by its owner only, like a crontab.
        fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(folder / name, 0o600)
    return folder
