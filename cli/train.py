import json

import click

from codelm.pipeline.logs import configure_logging


@click.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Run YAML (model, data, train, optim, schedule, deepspeed) [default: the trainer's defaults].",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a config key, e.g. --set train.max_steps=50 --set model.kernels=[all] (repeatable).",
)
@click.option(
    "--resume",
    default=None,
    metavar="auto|CHECKPOINT",
    help="Continue a run: `auto` takes the newest checkpoint in train.output_dir (or starts fresh if none).",
)
@click.option("--quiet", is_flag=True, help="Only warnings and errors.")
@click.option("--log-json", is_flag=True, help="Log lines as JSON objects.")
def train(config_path, overrides, resume, quiet, log_json):
    """Train (or continue training) a SantaCoder/StarCoder/StarCoder2/Granite-style model on token shards.

    One process by default. For several processes or nodes, start the same command under a launcher:
    `deepspeed --num_gpus N $(which codelm) train --config run.yaml` or
    `torchrun --nproc-per-node N $(which codelm) train --config run.yaml` (on CPU, DS_ACCELERATOR=cpu).
    The run folder gets config.yaml, metrics.jsonl, loss.png and checkpoint-STEP/ folders; the last
    line printed is the run's summary as one JSON object.
    """
    from codelm.trainer.config import load_run_config
    from codelm.trainer.loop import train as run_training

    configure_logging(quiet=quiet, log_json=log_json)
    config = load_run_config(config_path, list(overrides))
    summary = run_training(config, resume=resume)
    if summary.get("world_size", 1) == 1 or _is_main_rank():
        click.echo(json.dumps(summary, sort_keys=True))


def _is_main_rank() -> bool:
    import os

    return os.environ.get("RANK", "0") == "0"
