"""An eighth tester's pass over the weekly schedule by cron, as the README's tour sets it up: alerts by
mail through a server that wants a password, given in the workspace's `.storecheck.env`. cron starts its
commands with an almost empty environment; the line `storecheck schedule` prints is run here the same way
(`env -i`), against aiosmtpd with STARTTLS on 127.0.0.1. Nothing is installed in any crontab."""

from __future__ import annotations

import os
import shlex
import subprocess

from test_alerts import cli_run, set_notify


def _as_cron_runs(line: str, home) -> subprocess.CompletedProcess:
    """The command of a crontab line (its five time fields and marker comment taken off), with cron's
    environment: HOME, LOGNAME, PATH=/usr/bin:/bin and SHELL=/bin/sh, nothing else."""
    command = line.split(" ", 5)[5].rsplit(" # storecheck", 1)[0].replace("\\%", "%")
    env = {"HOME": str(home), "LOGNAME": "storecheck", "PATH": "/usr/bin:/bin", "SHELL": "/bin/sh"}
    return subprocess.run(["/bin/sh", "-c", command], env=env, capture_output=True, text=True, timeout=300)


def test_a_cron_run_reads_the_smtp_password_from_the_workspace_s_env_file(rival, smtp_server, tmp_path):
    # Before: the tour's `.storecheck.env` was read by the systemd service only; every Monday's cron run
    # logged "STORECHECK_SMTP_PASSWORD is not set; the SMTP server needs a password for 'ann'" and no
    # alert ever reached anyone (a failed delivery never fails the run, so cron mailed nothing either).
    workspace, *_ = rival
    inbox, port = smtp_server
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://ann@127.0.0.1:{port}"\nmail_from = "storecheck@shop.example"\n'
                          'mail_to = ["pricing@shop.example"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    # The file the README has people write (the systemd service's EnvironmentFile), with the private CA
    # of this mail server beside the password, as a shop with its own mail server needs.
    env_file = workspace.path / ".storecheck.env"
    env_file.write_text(f"STORECHECK_SMTP_PASSWORD=s3cret\nSSL_CERT_FILE={os.environ['SSL_CERT_FILE']}\n",
                        encoding="utf-8")
    env_file.chmod(0o600)
    printed = cli_run(workspace, "schedule", "--cron", "0 6 * * 1")
    assert printed.exit_code == 0, printed.output
    line = printed.output.strip().splitlines()[-1]
    assert " run >> " in line, line
    # `run` would crawl rival.example; the alerts it ends with are what `alerts send` delivers.
    done = _as_cron_runs(line.replace(" run >> ", " alerts send >> "), tmp_path)
    log = (workspace.path / "storecheck-run.log").read_text(encoding="utf-8")
    assert done.returncode == 0, log
    assert "Sent" in log and "by mail" in log and "not set" not in log, log
    assert [m["user"] for m in inbox.messages] == [b"ann"] and inbox.messages[0]["tls"]


def test_a_variable_set_already_wins_over_the_env_file(rival, smtp_server, tmp_path):
    # The file fills what the environment lacks, as systemd's EnvironmentFile sits under what a unit sets.
    workspace, *_ = rival
    inbox, port = smtp_server
    set_notify(workspace, f'[notify]\nsmtp_url = "smtp://ann@127.0.0.1:{port}"\nmail_from = "storecheck@shop.example"\n'
                          'mail_to = ["pricing@shop.example"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    (workspace.path / ".storecheck.env").write_text("# a comment\nexport STORECHECK_SMTP_PASSWORD='wrong'\n",
                                                    encoding="utf-8")
    line = cli_run(workspace, "schedule", "--cron", "0 6 * * 1").output.strip().splitlines()[-1]
    command = line.replace(" run >> ", " alerts send >> ")
    command = command.replace(" && ", f" && STORECHECK_SMTP_PASSWORD=s3cret SSL_CERT_FILE={shlex.quote(os.environ['SSL_CERT_FILE'])} ", 1)
    done = _as_cron_runs(command, tmp_path)
    log = (workspace.path / "storecheck-run.log").read_text(encoding="utf-8")
    assert done.returncode == 0 and len(inbox.messages) == 1, log
