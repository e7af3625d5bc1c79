"""The workspace's `.storecheck.env` (secrets for scheduled runs) is read by every command run in the
workspace; only the names storecheck uses are taken from it (review R3 on 51cb441). A copied or shared
workspace folder must not be able to set LD_PRELOAD, PYTHONPATH or PYTHONSTARTUP for whoever runs a
command there, nor for the `scrapy crawl` it starts."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = ("import os, sys\nfrom storecheck.cli import cli\n"
         "try:\n    cli(['competitor', 'list', '--workspace', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
         "print('TAKEN', os.environ.get('STORECHECK_SMTP_PASSWORD'), os.environ.get('PYTHONSTARTUP'),"
         " os.environ.get('SSL_CERT_DIR'), os.environ.get('HTTPS_PROXY'))\n")


def test_only_storecheck_s_names_are_taken_from_the_env_file(workspace, tmp_path):
    startup = tmp_path / "startup.py"
    startup.write_text("print('RAN')\n", encoding="utf-8")
    (workspace.path / ".storecheck.env").write_text(
        f"STORECHECK_SMTP_PASSWORD=s3cret\nPYTHONSTARTUP={startup}\nLD_PRELOAD=/tmp/evil.so\n"
        "SSL_CERT_DIR=/etc/ssl/private-ca\nHTTPS_PROXY=http://proxy.example:3128\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in (
        "STORECHECK_SMTP_PASSWORD", "PYTHONSTARTUP", "LD_PRELOAD", "SSL_CERT_DIR", "HTTPS_PROXY", "https_proxy",
        "STORECHECK_WORKSPACE")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(workspace.path)], env=env, capture_output=True,
                          text=True, timeout=120)
    taken = [line for line in done.stdout.splitlines() if line.startswith("TAKEN")]
    assert taken == ["TAKEN s3cret None /etc/ssl/private-ca http://proxy.example:3128"], done.stdout + done.stderr
    # The names left out are said, so a user who meant them knows why they did not take.
    assert "sets PYTHONSTARTUP, LD_PRELOAD, not taken" in done.stderr, done.stderr
