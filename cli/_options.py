"""Options every stage shares (docs/stages.md): one decorator, one size convention, the stats line."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import click

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.shards import OUTPUT_FORMATS
from codelm.pipeline.steps import RunOptions

# Decimal units as disks and The Stack count them (1MB = 1,000,000 bytes); binary ones spelt with "i".
_SIZE_UNITS = {
    "": 1,
    "B": 1,
    "KB": 10**3,
    "MB": 10**6,
    "GB": 10**9,
    "TB": 10**12,
    "KIB": 1 << 10,
    "MIB": 1 << 20,
    "GIB": 1 << 30,
    "TIB": 1 << 40,
}
_SIZE = re.compile(r"(\d+(?:\.\d*)?)\s*([a-zA-Z]*)")


class ByteSize(click.ParamType):
    """A size in bytes: 1000000, 512KB, 128MB, 1GB (powers of 1000) or 64KiB, 1GiB (powers of 1024)."""

    name = "size"

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            return value
        match = _SIZE.fullmatch(str(value).strip())
        unit = match.group(2).upper() if match else None
        if unit not in _SIZE_UNITS:
            self.fail(f"{value!r} is not a size like 1000000, 512KB, 128MB or 1GiB", param, ctx)
        return int(float(match.group(1)) * _SIZE_UNITS[unit])


def stage_options(function=None, *, engine: bool = True, output_format: bool = True, shard_size: bool = True):
    """The options every stage shares, passed to the command as ``run_options``.

    --force, --quiet and --log-json always; --workers/--engine/--ray-address, --output-format and
    --shard-size where the stage has them (``codelm tokenizer train`` runs in one process and
    writes no shards; ``codelm pack`` always writes Arrow).
    """
    if function is None:
        return functools.partial(stage_options, engine=engine, output_format=output_format, shard_size=shard_size)

    @functools.wraps(function)
    def wrapper(*args, force, quiet, log_json, **kwargs):
        configure_logging(quiet=quiet, log_json=log_json)
        options = RunOptions(force=force)
        if engine:
            options.engine = EngineOptions(
                engine=kwargs.pop("engine"), workers=kwargs.pop("workers"), ray_address=kwargs.pop("ray_address")
            )
        if output_format:
            options.output_format = kwargs.pop("output_format")
        if shard_size:
            options.shard_bytes = kwargs.pop("shard_size")
        return function(*args, run_options=options, **kwargs)

    decorators = [
        click.option("--force", is_flag=True, help="Recompute even if the output is up to date, replacing it."),
        click.option("--quiet", is_flag=True, help="Only warnings and errors."),
        click.option("--log-json", is_flag=True, help="Log lines as JSON objects."),
    ]
    if engine:
        decorators += [
            click.option(
                "--workers", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores]."
            ),
            click.option(
                "--engine",
                type=click.Choice(["local", "ray"]),
                default="local",
                help="local: process pool on this machine; ray: Ray cluster for data that outgrows one.",
            ),
            click.option(
                "--ray-address",
                default=None,
                metavar="ADDR",
                help="Address of a running Ray cluster [default: start a local one].",
            ),
        ]
    if output_format:
        decorators.append(
            click.option(
                "--output-format",
                type=click.Choice(OUTPUT_FORMATS),
                default="parquet",
                help="Shard format: Parquet (compressed) or Arrow IPC (memory-mappable).",
            )
        )
    if shard_size:
        decorators.append(
            click.option(
                "--shard-size", type=ByteSize(), default="128MB", help="Target uncompressed size of an output shard."
            )
        )
    for decorator in reversed(decorators):
        wrapper = decorator(wrapper)
    return wrapper


def print_stats(stats: dict, output_dir: str | Path) -> None:
    """The last line of a stage's output: its stats as one JSON object."""
    click.echo(json.dumps({"output": str(output_dir), **stats}, sort_keys=True))
