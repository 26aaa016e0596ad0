import json
from pathlib import Path

import click


@click.command()
@click.argument("checkpoint", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("output", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--format",
    "format_name",
    # The same list as codelm.trainer.export.FORMATS, written out so `codelm --help` does not import torch.
    type=click.Choice(["gpt_bigcode", "starcoder2", "llama", "granite", "granitemoe", "granitemoeshared"]),
    default=None,
    help="transformers architecture [default: inferred: gpt_bigcode, starcoder2, llama, or granite with multipliers; "
    "granitemoe for mlp: moe, granitemoeshared with a shared expert].",
)
@click.option("--force", is_flag=True, help="Replace an earlier export in OUTPUT (only a folder codelm export wrote).")
def export(checkpoint, output, format_name, force):
    """Write a codelm checkpoint as a transformers model folder (config, safetensors, tokenizer).

    CHECKPOINT is a checkpoint-STEP folder or a run folder (its newest checkpoint). OUTPUT loads with
    `AutoModelForCausalLM.from_pretrained(OUTPUT)` and `AutoTokenizer.from_pretrained(OUTPUT)` offline.
    """
    from codelm.trainer.export import export_checkpoint

    click.echo(json.dumps(export_checkpoint(checkpoint, output, format_name, force), sort_keys=True))
