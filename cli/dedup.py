from pathlib import Path

import click

from codelm.cli._options import print_stats, stage_options
from codelm.pipeline.dedup import EXACT_MODES, KEEP_RULES, MinHashConfig

_DIR = click.Path(file_okay=False, path_type=Path)


@click.command()
@click.argument("input_dir", metavar="INPUT")
@click.argument("output_dir", metavar="OUTPUT", type=_DIR)
@click.option(
    "--exact",
    type=click.Choice(EXACT_MODES),
    default="content",
    show_default=True,
    help="Exact dedup by content hash; `whitespace` collapses whitespace runs first; `off` skips it.",
)
@click.option(
    "--num-perm", type=click.IntRange(min=1), default=256, show_default=True, help="MinHash permutations (BigCode)."
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1, min_open=True, max_open=True),
    default=0.7,
    show_default=True,
    help="Jaccard similarity of near duplicates (BigCode).",
)
@click.option(
    "--bands",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="LSH bands; 0 chooses bands×rows by minimising weighted FP/FN areas (25×10 for 0.7/256).",
)
@click.option("--rows", type=click.IntRange(min=0), default=0, show_default=True, help="LSH rows per band; 0: chosen.")
@click.option(
    "--shingle-size", type=click.IntRange(1, 8), default=5, show_default=True, help="Tokens per shingle (BigCode)."
)
@click.option(
    "--min-tokens",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Files with fewer tokens skip near-dedup, exact dedup only (BigCode's near-dedup script).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the MinHash permutations.")
@click.option("--verify", is_flag=True, help="Link candidate pairs only if their exact Jaccard reaches the threshold.")
@click.option(
    "--keep",
    type=click.Choice(KEEP_RULES),
    default="ranked",
    show_default=True,
    help="Per cluster: ranked keeps the best (The Stack v2: permissive > no license > other, stars, forks, "
    "recency, id); first keeps the first in input order; none drops every member.",
)
@click.option("--clusters-out", type=_DIR, default=None, help="Write id, cluster_id, cluster_size, kept per member.")
@click.option("--rejected-out", type=_DIR, default=None, help="Write the dropped rows here with a `reason` column.")
@click.option(
    "--index",
    "index_dir",
    type=_DIR,
    default=None,
    help="Incremental index: dedup against everything earlier runs with this index saw, then add this input.",
)
@stage_options
def dedup(
    input_dir,
    output_dir,
    exact,
    num_perm,
    threshold,
    bands,
    rows,
    shingle_size,
    min_tokens,
    seed,
    verify,
    keep,
    clusters_out,
    rejected_out,
    index_dir,
    run_options,
):
    """Remove exact and near-duplicate files (MinHash LSH), keeping one per cluster.

    INPUT is a shard folder (or file, or glob) with a `content` column; OUTPUT receives
    the kept rows unchanged. stats.json counts exact and near duplicates and cluster sizes.
    """
    from codelm.pipeline.dedup.stages import dedup as run_dedup

    config = MinHashConfig(
        num_perm=num_perm,
        threshold=threshold,
        bands=bands,
        rows=rows,
        shingle_size=shingle_size,
        min_tokens=min_tokens,
        seed=seed,
        exact=exact,
        verify=verify,
        keep=keep,
        clusters_dir=clusters_out,
        index_dir=index_dir,
    )
    run_options.rejected_dir = rejected_out
    print_stats(run_dedup(input_dir, output_dir, config, run_options), output_dir)
