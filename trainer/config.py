"""The run configuration of ``codelm train``: a YAML file, ``--set`` overrides, validated on load.

Every key has a default (the trainer's, or the model preset's); unknown keys and wrong types are
one-line errors that name the key. The resolved configuration is saved as ``config.yaml`` in the
run folder, so a run can be reproduced from its folder alone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from codelm.pipeline.errors import UsageProblem


@dataclass
class DataSource:
    path: str
    weight: float = 1.0


@dataclass
class DataConfig:
    # One token-shard folder written by `codelm pack`, or a weighted mixture of several.
    train: str | list[DataSource] = "work/packed"
    val: str | None = None


@dataclass
class TrainConfig:
    output_dir: str = "runs/codelm"
    micro_batch_size: int = 8
    grad_accum: int = 1
    max_steps: int = 200
    # Stop (with a checkpoint) after this step while the schedule still runs to max_steps: for jobs cut
    # into time slices (a nightly cron run continues with --resume auto).
    stop_at: int | None = None
    seed: int = 0
    precision: str = "fp32"
    log_every: int = 10
    eval_every: int = 50
    # Validation batches per evaluation (each rank reads its share); 0 reads the whole validation set.
    eval_batches: int = 20
    save_every: int = 100
    keep_last: int = 2
    # A codelm checkpoint (e.g. from `codelm import`) whose weights start the run.
    init_from: str | None = None


@dataclass
class OptimConfig:
    # StarCoder's AdamW: peak 3e-4 decayed to 3e-5, betas (0.9, 0.95), eps 1e-8, weight decay 0.1.
    lr: float = 3.0e-4
    min_lr: float = 3.0e-5
    weight_decay: float = 0.1
    betas: list[float] = field(default_factory=lambda: [0.9, 0.95])
    eps: float = 1.0e-8
    grad_clip: float = 1.0


@dataclass
class ScheduleConfig:
    name: str = "cosine"
    warmup_steps: int = 20
    # wsd and power: the share of max_steps spent in the final decay to min_lr, and its shape.
    decay_fraction: float = 0.1
    decay_shape: str = "linear"
    # Power scheduler (Shen et al. 2024): lr(n) = min(lr_max, batch_size * a * n^b), n = tokens seen.
    power_a: float = 4.0
    power_b: float = -0.51
    power_lr_max: float = 0.02
    # The paper's batch size (in sequences); defaults to this run's global sequences per step.
    power_batch_size: int | None = None


@dataclass
class DeepSpeedConfig:
    zero_stage: int = 0
    # Offload optimizer state (ZeRO 1-3) or parameters (ZeRO 3) to CPU memory.
    offload_optimizer: bool = False
    offload_param: bool = False
    # A full ds_config.json; its batch sizes, clipping and precision must agree with `train`/`optim`.
    config_file: str | None = None


@dataclass
class StageConfig:
    """One stage of a run, e.g. of long-context continual training (Granite-128K: the context and RoPE's
    base raised together, stage by stage)."""

    # The step this stage ends at; the next stage starts there. The last stage's is the run's max_steps.
    max_steps: int
    # The length of this stage's token rows (a check: the rows' length comes from its data).
    seq_len: int | None = None
    # RoPE's base from this stage on [default: the previous stage's, or the model's].
    rope_theta: float | None = None
    # This stage's token shards, a folder or a weighted mixture [default: data.train].
    data: str | list[DataSource] | None = None


@dataclass
class RunConfig:
    model: dict = field(default_factory=lambda: {"preset": "tiny-starcoder"})
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    deepspeed: DeepSpeedConfig = field(default_factory=DeepSpeedConfig)
    stages: list[StageConfig] = field(default_factory=list)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def data_digest(self) -> str:
        """Identifies what the data order depends on, so a resume on other data is refused."""
        keys = {"data": dataclasses.asdict(self.data), "seed": self.train.seed}
        if self.stages:  # (absent otherwise, so that runs from before stages keep their digest)
            keys["stages"] = [dataclasses.asdict(stage) for stage in self.stages]
        return hashlib.sha256(json.dumps(keys, sort_keys=True).encode()).hexdigest()[:16]


SCHEDULES = ("cosine", "wsd", "power", "constant")
DECAY_SHAPES = ("linear", "cosine", "sqrt")
PRECISIONS = ("fp32", "bf16")


def _type_name(kind) -> str:
    return {int: "an integer", float: "a number", bool: "true or false", str: "a string"}.get(kind, str(kind))


def _convert(value, kind, key: str):
    """``value`` checked against the annotation ``kind``; raises UsageProblem naming ``key``."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _convert(value, option, key)
            except UsageProblem as err:
                errors.append(str(err))
        raise UsageProblem(errors[-1] if len(errors) == 1 else f"{key}: {value!r} has the wrong type")
    if origin is list:
        if not isinstance(value, list):
            raise UsageProblem(f"{key} must be a list, not {value!r}")
        (item,) = typing.get_args(kind)
        return [_convert(entry, item, f"{key}[{index}]") for index, entry in enumerate(value)]
    if kind is dict:
        if not isinstance(value, dict):
            raise UsageProblem(f"{key} must be a mapping, not {value!r}")
        return value
    if dataclasses.is_dataclass(kind):
        return from_dict(kind, value, key)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind is float and isinstance(value, str):
        # YAML 1.1 reads 1e-3 (no dot) as a string; it is meant as a number.
        try:
            return float(value)
        except ValueError:
            pass
    if kind in (int, float, str, bool) and (type(value) is not kind):
        raise UsageProblem(f"{key} must be {_type_name(kind)}, not {value!r}")
    return value


def from_dict(cls, data, prefix: str = ""):
    """Build dataclass ``cls`` from a mapping, refusing unknown keys and wrong types."""
    if not isinstance(data, dict):
        raise UsageProblem(f"{prefix or 'the config'} must be a mapping, not {data!r}")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        where = f"{prefix}." if prefix else ""
        raise UsageProblem(f"unknown key {where}{unknown[0]} (known: {', '.join(sorted(names))})")
    values = {}
    for name, value in data.items():
        key = f"{prefix}.{name}" if prefix else name
        values[name] = _convert(value, hints[name], key)
    return cls(**values)


def _set_path(tree: dict, dotted: str, value) -> None:
    parts = dotted.split(".")
    node = tree
    for part in parts[:-1]:
        child = node.get(part)
        if child is None:
            child = node[part] = {}
        if not isinstance(child, dict):
            raise UsageProblem(f"--set {dotted}: {part} is not a section")
        node = child
    node[parts[-1]] = value


def load_run_config(path: str | Path | None, overrides: list[str] = ()) -> RunConfig:
    """Read a run YAML (or start from the defaults when ``path`` is None) and apply ``key=value`` overrides."""
    tree: dict = {}
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise UsageProblem(f"config file {path} does not exist")
        try:
            tree = yaml.safe_load(path.read_text()) or {}
        except yaml.YAMLError as err:
            raise UsageProblem(f"{path} is not valid YAML: {str(err).splitlines()[0]}") from None
    for override in overrides:
        key, separator, text = override.partition("=")
        if not separator or not key:
            raise UsageProblem(f"--set takes key=value (e.g. train.max_steps=50), not {override!r}")
        _set_path(tree, key.strip(), yaml.safe_load(text) if text.strip() else None)
    if isinstance(tree.get("data", {}).get("train"), list):
        tree["data"]["train"] = [
            entry if not isinstance(entry, str) else {"path": entry} for entry in tree["data"]["train"]
        ]
    stages = tree.get("stages")
    if isinstance(stages, list) and stages:
        for stage in stages:
            if isinstance(stage, dict) and isinstance(stage.get("data"), list):
                stage["data"] = [entry if not isinstance(entry, str) else {"path": entry} for entry in stage["data"]]
        train = tree.setdefault("train", {})
        if isinstance(train, dict) and "max_steps" not in train and isinstance(stages[-1], dict):
            train["max_steps"] = stages[-1].get("max_steps")  # the stages say where the run ends
    config = from_dict(RunConfig, tree)
    check_values(config)
    return config


def check_values(config: RunConfig) -> None:
    """Range checks that types alone cannot express."""
    train, schedule = config.train, config.schedule
    positive = {
        "train.micro_batch_size": train.micro_batch_size,
        "train.grad_accum": train.grad_accum,
        "train.max_steps": train.max_steps,
        "train.log_every": train.log_every,
        "train.eval_every": train.eval_every,
        "train.save_every": train.save_every,
        "train.keep_last": train.keep_last,
    }
    for key, value in positive.items():
        if value < 1:
            raise UsageProblem(f"{key} must be at least 1, not {value}")
    if train.precision not in PRECISIONS:
        raise UsageProblem(f"train.precision must be one of {', '.join(PRECISIONS)}, not {train.precision!r}")
    if schedule.name not in SCHEDULES:
        raise UsageProblem(f"schedule.name must be one of {', '.join(SCHEDULES)}, not {schedule.name!r}")
    if schedule.decay_shape not in DECAY_SHAPES:
        raise UsageProblem(f"schedule.decay_shape must be one of {', '.join(DECAY_SHAPES)}")
    if not 0 <= schedule.decay_fraction <= 1:
        raise UsageProblem("schedule.decay_fraction must be between 0 and 1")
    if schedule.warmup_steps < 0:
        raise UsageProblem("schedule.warmup_steps must be at least 0")
    if len(config.optim.betas) != 2:
        raise UsageProblem("optim.betas must be two numbers")
    if config.deepspeed.zero_stage not in (0, 1, 2, 3):
        raise UsageProblem(f"deepspeed.zero_stage must be 0, 1, 2 or 3, not {config.deepspeed.zero_stage}")
    if isinstance(config.data.train, list):
        if not config.data.train:
            raise UsageProblem("data.train is an empty list")
        for index, source in enumerate(config.data.train):
            if source.weight <= 0:
                raise UsageProblem(f"data.train[{index}].weight must be positive")
    previous_end = 0
    for index, stage in enumerate(config.stages):
        if stage.max_steps <= previous_end:
            raise UsageProblem(f"stages[{index}].max_steps must be above the previous stage's end ({previous_end})")
        previous_end = stage.max_steps
        if isinstance(stage.data, list) and (not stage.data or any(s.weight <= 0 for s in stage.data)):
            raise UsageProblem(f"stages[{index}].data must be a non-empty mixture with positive weights")
        if stage.seq_len is not None and stage.seq_len < 1 or stage.rope_theta is not None and stage.rope_theta <= 0:
            raise UsageProblem(f"stages[{index}].seq_len and rope_theta must be positive")
    if config.stages and train.max_steps != previous_end:
        raise UsageProblem(
            f"train.max_steps {train.max_steps} differs from the last stage's max_steps {previous_end} "
            "(leave train.max_steps out: the stages set it)"
        )


def save_run_config(config: RunConfig, path: Path) -> None:
    path.write_text(yaml.safe_dump(config.to_dict(), sort_keys=False))
