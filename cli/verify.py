from pathlib import Path

import click

from codelm.pipeline.errors import CodelmError
from codelm.pipeline.shard_folder import verify_folder


@click.command()
@click.argument("folders", nargs=-1, required=True, metavar="DIR...", type=click.Path(path_type=Path))
def verify(folders):
    """Check that folders written by codelm hold exactly what their manifests list.

    Every listed file must be present with its recorded size and SHA-256, every shard with its
    recorded row count, the folder finished (_SUCCESS) and nothing unlisted beside them. Prints
    one line per folder and exits 1 if any fails, so a cron job or Makefile can stop there.
    """
    failed = 0
    for folder in folders:
        try:
            summary = verify_folder(folder)
        except CodelmError as err:
            failed += 1
            click.echo(f"FAILED {folder}: {err}")
            continue
        click.echo(
            f"ok {folder}: {summary['shards']} shards, {summary['rows']} rows, {summary['bytes']} bytes "
            f"(codelm {summary['command']})"
        )
    if failed:
        raise click.ClickException(f"{failed} of {len(folders)} folders failed verification")
