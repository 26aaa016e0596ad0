"""The ``codelm`` group. Commands are the modules of this package: ``cli/dedup.py`` defines ``dedup``.

They are imported only when named (or when ``--help`` lists them), so ``codelm --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

import codelm.cli
from codelm.pipeline.errors import CodelmError
from codelm.pipeline.shard_folder import codelm_version


class CommandFolder(click.Group):
    """Finds subcommands in the modules of ``codelm.cli`` and turns codelm errors into one-line messages."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_command_modules())

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module_name = _command_modules().get(name)
        if module_name is None:
            return None
        module = importlib.import_module(f"codelm.cli.{module_name}")
        return getattr(module, module_name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CodelmError as err:
            if err.exit_code == 2:
                raise click.UsageError(str(err)) from None
            raise click.ClickException(str(err)) from None
        except OSError as err:
            # What the system refuses (permissions, a full disk, a vanished file) is the user's to fix: one line.
            raise click.ClickException(str(err)) from None


def _command_modules() -> dict[str, str]:
    """Command name -> module name: ``tokenizer`` -> ``tokenizer``, ``import`` -> ``import_`` (a Python keyword)."""
    names = [module.name for module in pkgutil.iter_modules(codelm.cli.__path__)]
    return {name.rstrip("_").replace("_", "-"): name for name in names if not name.startswith("_") and name != "main"}


@click.group(cls=CommandFolder, context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@click.version_option(codelm_version(), "--version", prog_name="codelm")
# The deepspeed launcher puts --local_rank=N right after the program; LOCAL_RANK in the environment says the same.
@click.option("--local_rank", "--local-rank", "local_rank", type=int, default=None, hidden=True, expose_value=False)
def cli() -> None:
    """Curate source code into training data and train code LLMs.

    Every stage reads a folder of shards and writes one: ingest → redact → dedup → filter →
    decontam → pack → train. Run `codelm STAGE --help` for a stage's options and defaults.
    """


def main() -> None:
    sys.exit(cli.main(prog_name="codelm"))
