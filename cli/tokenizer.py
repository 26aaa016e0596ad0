from pathlib import Path

import click

from codelm.cli._options import ByteSize, print_stats, stage_options
from codelm.pipeline.tokenizer import TokenizerConfig, train_tokenizer


@click.group()
def tokenizer():
    """Train the tokenizer that `codelm pack` and the trainer use."""


@tokenizer.command()
@click.argument("input_spec", metavar="INPUT")
@click.argument("output", metavar="OUTPUT", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--vocab-size", type=click.IntRange(min=1), default=49152, help="Vocabulary size (StarCoder/StarCoder2)."
)
@click.option(
    "--max-bytes",
    type=ByteSize(),
    default="1GB",
    help="Bytes of text sampled (seeded hash of each file, spread over all shards); 0 = everything.",
)
@click.option("--min-frequency", type=click.IntRange(min=1), default=2, help="Least count for a merge to be learnt.")
@click.option(
    "--model-max-length", type=click.IntRange(min=1), default=8192, help="Context length recorded (StarCoder)."
)
@click.option("--column", default="content", help="Text column to train on.")
@click.option("--seed", type=int, default=0, help="Seed of the sample.")
@stage_options(engine=False, output_format=False, shard_size=False)
def train(input_spec, output, vocab_size, max_bytes, min_frequency, model_max_length, column, seed, run_options):
    """Train a StarCoder-style byte-level BPE (digits split one by one) on document shards.

    INPUT is a shard folder, file or glob; OUTPUT becomes a folder that
    `transformers.AutoTokenizer.from_pretrained(OUTPUT)` loads offline. The special tokens are
    StarCoder's plus StarCoder2's (`<repo_name>`, `<file_sep>`, `<pr>`...).
    """
    config = TokenizerConfig(
        vocab_size=vocab_size,
        max_bytes=max_bytes,
        min_frequency=min_frequency,
        model_max_length=model_max_length,
        column=column,
        seed=seed,
    )
    print_stats(train_tokenizer(input_spec, output, config, force=run_options.force), output)
