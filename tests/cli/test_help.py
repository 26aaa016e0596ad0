"""Every command documents its options and defaults; the group answers --version."""

import click
import pytest

from codelm.cli.main import cli


def _all_command_paths(group: click.Group, ctx: click.Context, prefix=()):
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _all_command_paths(command, ctx, (*prefix, name))


COMMANDS = list(_all_command_paths(cli, click.Context(cli)))


def test_core_commands_are_listed():
    assert ("ingest",) in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help_shows_every_option_with_its_default(run_cli, path):
    result = run_cli(*path, "--help")
    assert "Usage:" in result.output
    ctx = click.Context(cli)
    command = cli
    for name in path:
        command = command.get_command(ctx, name)
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.opts[-1] in result.output, f"{param.opts} missing from `codelm {' '.join(path)} --help`"
            assert param.help, f"{param.opts} of `codelm {' '.join(path)}` has no help text"


def test_version(run_cli):
    assert run_cli("--version").output.startswith("codelm, version ")


def test_unknown_command_is_a_usage_error(run_cli):
    assert run_cli("no-such-stage", expect=2).exit_code == 2
