"""The README documents every command and option a user can type."""

import re
from pathlib import Path

import click
import pytest

from storecheck.cli import cli

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "storecheck"):
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from commands(command, path)
        else:
            yield path, command


@pytest.mark.parametrize("path,command", list(commands(cli)), ids=lambda v: v if isinstance(v, str) else "")
def test_command_documented(path, command):
    assert path in README, f"{path} is not documented in README.md"
    # Each option is documented where the command is: on a line naming the command.
    lines = [line for line in README.splitlines() if path in line]
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in ("workspace_dir",):
            assert any(re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", line) for line in lines for opt in param.opts), (
                f"{path}: option {param.opts[0]} is not documented on the README line of the command"
            )


def test_readme_gives_the_two_commands_first():
    assert README.index("make demo") < README.index("## A five-minute tour")
    assert "make test" in README
