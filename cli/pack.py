from pathlib import Path

import click

from codelm.cli._options import ByteSize, print_stats, stage_options
from codelm.pipeline.packing import CONTEXTS, PackConfig
from codelm.pipeline.packing import pack as run_pack
from codelm.pipeline.packing.import_graph import ORDERS


@click.command()
@click.argument("input_spec", metavar="INPUT")
@click.argument("output", metavar="OUTPUT", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--tokenizer",
    "tokenizer_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder written by `codelm tokenizer train` (copied into OUTPUT/tokenizer).",
)
@click.option("--seq-len", type=click.IntRange(min=2), default=2048, help="Tokens per sequence (SantaCoder: 2048).")
@click.option(
    "--context",
    type=click.Choice(CONTEXTS),
    default="repo",
    help="file: each file a document; repo: all files of a repository in one document (StarCoder2).",
)
@click.option(
    "--order",
    type=click.Choice(ORDERS),
    default="deps",
    help="File order in repo context. deps: docs and build files, then imported before importing "
    "(DeepSeek-Coder); path: folder order; random: seeded shuffle (StarCoder2).",
)
@click.option(
    "--fim-rate", type=float, default=0.5, help="Share of files rearranged for fill-in-the-middle (StarCoder)."
)
@click.option("--fim-spm-rate", type=float, default=0.5, help="Share of FIM files in SPM rather than PSM order.")
@click.option(
    "--meta-rate", type=float, default=0.5, help="Share of documents with repository name and paths (StarCoder2)."
)
@click.option("--seed", type=int, default=0, help="Seed of FIM, metadata, random order and the sequence shuffle.")
@click.option("--shuffle/--no-shuffle", default=True, help="Shuffle sequences (seeded) across all output shards.")
@click.option("--val-fraction", type=float, default=0.0, help="Share of sequences written to the validation folder.")
@click.option(
    "--val-out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Validation folder [default: OUTPUT-val next to OUTPUT].",
)
@click.option(
    "--partition-size",
    type=ByteSize(),
    default="256MB",
    help="Repo context: text per group-by partition, which bounds a task's memory.",
)
@stage_options(output_format=False)
def pack(
    input_spec,
    output,
    tokenizer_dir,
    seq_len,
    context,
    order,
    fim_rate,
    fim_spm_rate,
    meta_rate,
    seed,
    shuffle,
    val_fraction,
    val_out,
    partition_size,
    run_options,
):
    """Tokenise documents into fixed-length training sequences (Arrow IPC token shards).

    Documents are joined with <|endoftext|> and cut into --seq-len rows without padding; each
    row records where its documents start, so the trainer can restart positions. Output shards
    are always Arrow IPC (memory-mappable); --val-fraction writes a second folder, OUTPUT-val.
    """
    config = PackConfig(
        tokenizer=tokenizer_dir,
        seq_len=seq_len,
        context=context,
        order=order,
        fim_rate=fim_rate,
        fim_spm_rate=fim_spm_rate,
        meta_rate=meta_rate,
        seed=seed,
        shuffle=shuffle,
        val_fraction=val_fraction,
        val_dir=val_out,
        partition_bytes=partition_size,
    )
    print_stats(run_pack(input_spec, output, config, run_options), output)
