from pathlib import Path

import click

from codelm.cli._options import ByteSize, print_stats
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.tokenizer import TokenizerConfig, train_tokenizer


@click.group()
def tokenizer():
    """Train the tokenizer that `codelm pack` and the trainer use."""


@tokenizer.command()
@click.argument("input_spec", metavar="INPUT")
@click.argument("output", type=click.Path(file_okay=False, path_type=Path))
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
@click.option("--force", is_flag=True, help="Retrain even if the output is up to date, replacing it.")
@click.option("--quiet", is_flag=True, help="Only warnings and errors.")
@click.option("--log-json", is_flag=True, help="Log lines as JSON objects.")
def train(
    input_spec, output, vocab_size, max_bytes, min_frequency, model_max_length, column, seed, force, quiet, log_json
):
    """Train a StarCoder-style byte-level BPE (digits split one by one) on document shards.

    INPUT is a shard folder, file or glob; OUTPUT becomes a folder that
    `transformers.AutoTokenizer.from_pretrained(OUTPUT)` loads offline. The special tokens are
    StarCoder's plus StarCoder2's (`<repo_name>`, `<file_sep>`, `<pr>`...).
    """
    configure_logging(quiet=quiet, log_json=log_json)
    config = TokenizerConfig(
        vocab_size=vocab_size,
        max_bytes=max_bytes,
        min_frequency=min_frequency,
        model_max_length=model_max_length,
        column=column,
        seed=seed,
    )
    print_stats(train_tokenizer(input_spec, output, config, force=force), output)
