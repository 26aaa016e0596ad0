import json
from pathlib import Path

import click

from codelm.pipeline.logs import configure_logging


@click.command()
@click.argument("pipeline", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE", help="Set a pipeline variable (repeatable).")
@click.option("--only", multiple=True, metavar="STAGE", help="Run only this stage, e.g. --only dedup (repeatable).")
@click.option("--dry-run", is_flag=True, help="Print the commands without running them.")
@click.option("--quiet", is_flag=True, help="No progress display.")
def run(pipeline, variables, only, dry_run, quiet):
    """Run a pipeline file: codelm commands in order, skipping what is up to date.

    PIPELINE is YAML with `vars:` (used as ${name}; ${stdlib} and ${env.NAME} are built in) and
    `stages:`, each one codelm command with its arguments as on the command line, e.g.
    `- dedup: [${work}/redacted, ${work}/deduped, --clusters-out, ${work}/dedup-clusters]`.
    examples/demo-pipeline.yaml is the demo as one file.
    """
    from codelm.pipeline.runner import run_pipeline

    configure_logging(quiet=quiet)
    overrides = {}
    for assignment in variables:
        name, separator, value = assignment.partition("=")
        if not separator or not name:
            raise click.BadParameter(f"{assignment!r} is not NAME=VALUE", param_hint="--var")
        overrides[name] = value
    summary = run_pipeline(pipeline, overrides, list(only), dry_run, show_progress=not quiet)
    click.echo(json.dumps(summary, sort_keys=True))
