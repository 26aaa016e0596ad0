from pathlib import Path

import click

from codelm.cli._options import ByteSize, print_stats, stage_options
from codelm.pipeline.ingest import INGEST_FORMATS, IngestConfig
from codelm.pipeline.ingest import ingest as run_ingest


@click.command()
@click.argument("sources", metavar="INPUT...", nargs=-1, required=False)
@click.argument("output", metavar="OUTPUT", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--format",
    "input_format",
    type=click.Choice(INGEST_FORMATS),
    default="auto",
    help="What the inputs are; auto detects source trees, The Stack v1/v2 Parquet, JSONL (.gz, .zst) "
    "and saved Hugging Face datasets.",
)
@click.option(
    "--repos-under",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder whose subfolders are repositories (checkouts); repeatable.",
)
@click.option(
    "--stars",
    "stars_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV (repo,stars) or JSON {repo: stars}; repositories not listed get 0.",
)
@click.option(
    "--max-file-size", type=ByteSize(), default="1MB", help="Skip source files larger than this (The Stack: 1MB)."
)
@click.option(
    "--text-column",
    default=None,
    metavar="NAME",
    help="The input column that holds the file text [default: content, else text].",
)
@click.option(
    "--keep-unknown", is_flag=True, help="Keep text files whose language is not recognised (lang is then empty)."
)
@stage_options
def ingest(
    sources, output, input_format, repos_under, stars_file, max_file_size, text_column, keep_unknown, run_options
):
    """Turn source trees, git checkouts, The Stack v1/v2, JSONL or saved datasets into canonical shards.

    INPUT... are folders (one repository each), Parquet/JSONL files, folders or globs; OUTPUT is
    the shard folder to write. Skipped files are counted by reason in stats.json.
    """
    config = IngestConfig(
        format=input_format,
        repos_under=list(repos_under),
        stars_file=stars_file,
        max_file_size=max_file_size,
        keep_unknown=keep_unknown,
        text_column=text_column,
    )
    print_stats(run_ingest(list(sources), output, config, run_options), output)
