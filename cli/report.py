import json
from pathlib import Path

import click


@click.command()
@click.argument("paths", metavar="RUN_DIR...", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="HTML file to write [default: report.html in the first RUN_DIR].",
)
@click.option("--title", default="codelm report", help="Page title.")
def report(paths, output, title):
    """Write one self-contained HTML page about a pipeline run: the funnel of documents and bytes with drop
    reasons, PII by type, duplicate clusters, filter metrics against their thresholds, tokens per
    language, training curves and eval scores.

    RUN_DIR is any folder holding codelm stage outputs, training runs (config.yaml + metrics.jsonl) or
    `codelm eval --out` summaries, at any depth.
    """
    from codelm.pipeline.report import write_report

    if output is None:
        first = paths[0] if paths[0].is_dir() else paths[0].parent
        output = first / "report.html"
    click.echo(json.dumps(write_report(list(paths), output, title), sort_keys=True))
