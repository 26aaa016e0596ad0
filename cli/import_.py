import json
from pathlib import Path

import click


@click.command(name="import")
@click.argument("hf_dir", metavar="HF_DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("output", type=click.Path(file_okay=False, path_type=Path))
def import_(hf_dir, output):
    """Turn a transformers model folder (gpt_bigcode, starcoder2, llama, granite, granitemoe) into a codelm checkpoint.

    Continue pre-training from it with `train.init_from: OUTPUT`; `codelm export OUTPUT` gives back the
    same weights.
    """
    from codelm.trainer.export import import_hf

    click.echo(json.dumps(import_hf(hf_dir, output), sort_keys=True))
