import json
from pathlib import Path

import click


@click.command()
@click.argument("checkpoint", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("output", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--method",
    # The same list as codelm.trainer.upscale.METHODS, written out so `codelm --help` does not import torch.
    type=click.Choice(["granite"]),
    default="granite",
    help="granite: duplicate the layer stack, drop the last layers of the first copy and the first of the "
    "second (Granite-34B-code from 20B; SOLAR's depth up-scaling).",
)
@click.option(
    "--drop",
    type=click.IntRange(min=0),
    default=None,
    help="Layers dropped from each copy [default: Granite's share, 8 of 52 layers, at least 1].",
)
def upscale(checkpoint, output, method, drop):
    """Write a deeper model initialised from CHECKPOINT's layers (depth up-scaling), as a new checkpoint.

    CHECKPOINT is a checkpoint-STEP folder or a run folder (its newest checkpoint). OUTPUT loads with
    `load_model` and continues training with `train.init_from: OUTPUT`; its upscale.json names the
    source layer of every layer.
    """
    from codelm.trainer.upscale import upscale_checkpoint

    click.echo(json.dumps(upscale_checkpoint(checkpoint, output, method, drop), sort_keys=True))
