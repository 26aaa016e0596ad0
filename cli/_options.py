"""Options every stage shares (design.md's command-line conventions)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import click

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.shards import OUTPUT_FORMATS
from codelm.pipeline.steps import RunOptions

_SIZE_UNITS = {"": 1, "B": 1, "K": 1 << 10, "KB": 1 << 10, "M": 1 << 20, "MB": 1 << 20, "G": 1 << 30, "GB": 1 << 30}


class ByteSize(click.ParamType):
    """A size such as 1000000, 512KB, 128MB or 1G (binary multiples)."""

    name = "size"

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper()
        number = text.rstrip("KMGB")
        unit = text[len(number) :]
        try:
            return int(float(number) * _SIZE_UNITS[unit])
        except (ValueError, KeyError):
            self.fail(f"{value!r} is not a size like 1000000, 512KB or 128MB", param, ctx)


def stage_options(function):
    """--workers/--engine/--ray-address, --force, --output-format, --shard-size, --quiet, --log-json."""

    @click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores].")
    @click.option(
        "--engine",
        type=click.Choice(["local", "ray"]),
        default="local",
        help="local: process pool on this machine; ray: Ray cluster for data that outgrows one.",
    )
    @click.option(
        "--ray-address",
        default=None,
        metavar="ADDR",
        help="Address of a running Ray cluster [default: start a local one].",
    )
    @click.option("--force", is_flag=True, help="Recompute even if the output is up to date, replacing it.")
    @click.option(
        "--output-format",
        type=click.Choice(OUTPUT_FORMATS),
        default="parquet",
        help="Shard format: Parquet (compressed) or Arrow IPC (memory-mappable).",
    )
    @click.option(
        "--shard-size", type=ByteSize(), default="128MB", help="Target uncompressed size of an output shard."
    )
    @click.option("--quiet", is_flag=True, help="Only warnings and errors.")
    @click.option("--log-json", is_flag=True, help="Log lines as JSON objects.")
    @functools.wraps(function)
    def wrapper(*args, workers, engine, ray_address, force, output_format, shard_size, quiet, log_json, **kwargs):
        configure_logging(quiet=quiet, log_json=log_json)
        options = RunOptions(
            engine=EngineOptions(engine=engine, workers=workers, ray_address=ray_address),
            force=force,
            output_format=output_format,
            shard_bytes=shard_size,
        )
        return function(*args, run_options=options, **kwargs)

    return wrapper


def print_stats(stats: dict, output_dir: str | Path) -> None:
    """The last line of a stage's output: its stats as one JSON object."""
    click.echo(json.dumps({"output": str(output_dir), **stats}, sort_keys=True))
