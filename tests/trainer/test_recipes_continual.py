"""Recipes that continue a trained model: depth up-scaling (Granite-34B) and long-context stages (Granite-128K)."""

import json
import math
from pathlib import Path

import pytest
import torch
import yaml
from click.testing import CliRunner
from safetensors.torch import load_file

from codelm.cli.main import cli
from codelm.pipeline.errors import UsageProblem
from codelm.trainer.checkpoint import list_checkpoints, load_model, read_model_config
from codelm.trainer.config import load_run_config
from codelm.trainer.eval.perplexity import evaluate
from codelm.trainer.loop import Trainer, build_model_config, train

from .conftest import SMALL_SHAPE, assert_same_run

MODEL = {"preset": "tiny-granite-8b-code", **SMALL_SHAPE, "num_layers": 4, "rope_theta": 10_000.0}


def _codelm(*args) -> str:
    result = CliRunner().invoke(cli, [str(arg) for arg in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _run(tmp_path, name: str, **sections) -> dict:
    config = {
        "model": {},  # the checkpoint's model when train.init_from is given
        "train": {"output_dir": str(tmp_path / name), "micro_batch_size": 4, "log_every": 1, "save_every": 1000},
        "schedule": {"name": "constant", "warmup_steps": 0},
        "optim": {"lr": 3.0e-3},
    }
    for section, values in sections.items():
        config[section] = {**config.get(section, {}), **values} if isinstance(values, dict) else values
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config))
    return train(load_run_config(path), show_progress=False)


def _records(run_dir) -> list[dict]:
    return [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def base_run(tmp_path_factory, packed_dir):
    """A 4-layer Llama-shaped model trained for 20 steps on 256-token rows."""
    root = tmp_path_factory.mktemp("continual")
    _run(root, "base", model=MODEL, data={"train": str(packed_dir)}, train={"max_steps": 20})
    return root / "base"


@pytest.fixture(scope="module")
def packed_long(packed_dir):
    """The same code packed in 512-token rows, repository by repository."""
    root = packed_dir.parent
    _codelm(
        "pack", root / "ingested", root / "packed-512", "--tokenizer", root / "tokenizer", "--seq-len", "512",
        "--context", "repo", "--quiet", "--workers", "1",
    )  # fmt: skip
    return root / "packed-512"


# ---- depth up-scaling -----------------------------------------------------------------------------


def test_upscaled_checkpoint_copies_layers_and_adds_their_parameters(tmp_path, base_run):
    summary = json.loads(_codelm("upscale", base_run, tmp_path / "up", "--drop", "1").splitlines()[-1])
    assert summary["layers"] == [4, 6] and summary["layer_sources"] == [0, 1, 2, 1, 2, 3]
    original, deeper = load_model(base_run), load_model(tmp_path / "up")
    per_layer = sum(parameter.numel() for parameter in original.blocks[0].parameters())
    assert deeper.num_parameters() == original.num_parameters() + (6 - 4) * per_layer
    assert summary["parameters"] == [original.num_parameters(), deeper.num_parameters()]
    assert deeper.config.num_parameters() == deeper.num_parameters()
    weights = load_file(tmp_path / "up" / "model.safetensors")
    before = load_file(list_checkpoints(base_run)[-1] / "model.safetensors")
    for layer, source in enumerate(summary["layer_sources"]):
        assert torch.equal(
            weights[f"blocks.{layer}.attention.qkv.weight"], before[f"blocks.{source}.attention.qkv.weight"]
        )
    assert torch.equal(weights["token_embedding.weight"], before["token_embedding.weight"])
    assert (tmp_path / "up" / "tokenizer" / "tokenizer.json").is_file()


def test_upscaled_model_starts_near_the_originals_held_out_loss_and_trains_on(tmp_path, base_run, packed_dir):
    _codelm("upscale", base_run, tmp_path / "up")  # default drop: Granite's 8/52 of 4 layers -> 1
    val = [str(packed_dir) + "-val"]
    original = evaluate(base_run, val, max_sequences=16)["loss"]
    upscaled = evaluate(tmp_path / "up", val, max_sequences=16)["loss"]
    from_scratch = math.log(1024)  # an untrained model's loss: uniform over the 1,024-token vocabulary
    assert abs(upscaled - original) < 0.1 * (from_scratch - original), (original, upscaled)
    summary = _run(
        tmp_path,
        "continued",
        data={"train": str(packed_dir)},
        train={"max_steps": 2, "init_from": str(tmp_path / "up")},
    )
    assert summary["steps"] == 2 and load_model(tmp_path / "continued").config.num_layers == 6


@pytest.mark.parametrize("drop, message", [(2, "leaves no deeper model (choose 0 to 1)")])
def test_upscale_refuses_a_drop_that_leaves_no_deeper_model(tmp_path, run_cli, base_run, drop, message):
    result = run_cli("upscale", base_run, tmp_path / "up", "--drop", drop, expect=2)
    assert message in result.output and "Traceback" not in result.output and not (tmp_path / "up").exists()


# ---- long-context stages --------------------------------------------------------------------------


def _stages(packed_dir, packed_long) -> list[dict]:
    return [
        {"max_steps": 3, "seq_len": 256, "data": str(packed_dir)},
        {"max_steps": 6, "seq_len": 512, "rope_theta": 1.0e6, "data": str(packed_long)},
    ]


def test_stages_switch_data_length_and_rope_theta_and_resume_exactly(tmp_path, base_run, packed_dir, packed_long):
    sections = dict(stages=_stages(packed_dir, packed_long), model={"activation_checkpointing": True})
    summary = _run(tmp_path, "straight", train={"init_from": str(base_run), "save_every": 3}, **sections)
    straight = [record for record in _records(tmp_path / "straight") if "loss" in record]
    # 4 rows a step: 256 tokens each in the first stage, 512 in the second.
    assert [record["tokens_seen"] for record in straight] == [1024, 2048, 3072, 5120, 7168, 9216]
    assert summary["steps"] == 6 and summary["tokens_seen"] == 9216
    assert read_model_config(tmp_path / "straight" / "checkpoint-3").rope_theta == 10_000.0  # the base model's
    assert read_model_config(tmp_path / "straight" / "checkpoint-6").rope_theta == 1.0e6
    # Stopped inside the second stage, then resumed: the same data, θ and updates as the straight run.
    _run(tmp_path, "cut", train={"init_from": str(base_run), "stop_at": 4}, **sections)
    train(load_run_config(tmp_path / "cut.yaml", ["train.stop_at=null"]), resume="auto", show_progress=False)
    resumed = [(r["step"], r["loss"]) for r in _records(tmp_path / "cut") if "loss" in r]
    assert_same_run([(record["step"], record["loss"]) for record in straight], resumed)


def test_stage_errors_are_one_line(tmp_path, packed_dir, packed_long):
    def problem(**sections):
        config = {"train": {"output_dir": str(tmp_path / "run")}, **sections}
        (tmp_path / "run.yaml").write_text(yaml.safe_dump(config))
        with pytest.raises(UsageProblem) as raised:  # before any process or model is started
            Trainer(load_run_config(tmp_path / "run.yaml"), resume=None, show_progress=False)
        return str(raised.value)

    stages = _stages(packed_dir, packed_long)
    stages[1]["seq_len"] = 1024
    assert "stages[1].seq_len is 1024 but its data" in problem(model=MODEL, stages=stages)
    stages = _stages(packed_dir, packed_long)
    learned = {"preset": "tiny-starcoder", **SMALL_SHAPE}
    assert "stages[1].rope_theta needs a model with position: rope" in problem(model=learned, stages=stages)
    overlapping = [{"max_steps": 3}, {"max_steps": 3}]
    assert "stages[1].max_steps must be above the previous stage's end (3)" in problem(stages=overlapping)
    too_long = {"output_dir": str(tmp_path / "run"), "max_steps": 9}
    assert "train.max_steps 9 differs from the last stage's max_steps 6" in problem(stages=stages, train=too_long)


def test_example_recipe_configs_load():
    examples = sorted((Path(__file__).parents[2] / "examples").glob("recipe-*.yaml"))
    assert len(examples) == 4
    for example in examples:
        config = load_run_config(example)
        if config.train.init_from is None:  # the others take their model from a checkpoint
            build_model_config(config.model, None, None)
    long_context = load_run_config(examples[1])
    assert [stage.seq_len for stage in long_context.stages][-1] == 131072 and long_context.train.max_steps == 4000
