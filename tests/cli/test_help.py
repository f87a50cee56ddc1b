"""Every command explains itself: a help text, and --help that works."""

import pytest
from click.testing import CliRunner

from warta.cli import main

COMMANDS = sorted(main.commands)


def test_help_lists_every_command():
    out = CliRunner().invoke(main, ["--help"]).stdout
    assert COMMANDS and all(name in out for name in COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_help_every_command_has_help_text(name):
    cmd = main.commands[name]
    assert (cmd.help or "").strip(), f"warta {name} has no help text"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.stdout
