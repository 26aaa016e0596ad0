"""`codelm train` end to end on real code: run folder, exact resume (1 and 2 processes, ZeRO 2/3), signals, NaN."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from codelm.pipeline.errors import CodelmError, UsageProblem
from codelm.trainer.checkpoint import list_checkpoints, load_model
from codelm.trainer.config import load_run_config
from codelm.trainer.loop import RunFolder, train

from .conftest import SMALL_SHAPE, assert_same_run

CODELM = str(Path(sys.executable).with_name("codelm"))
DEEPSPEED = str(Path(sys.executable).with_name("deepspeed"))


def _config(tmp_path, packed_dir, **train) -> Path:
    config = {
        "model": {"preset": "tiny-starcoder2", **SMALL_SHAPE, "dropout": 0.1},
        "data": {"train": str(packed_dir), "val": f"{packed_dir}-val"},
        "train": {
            "output_dir": str(tmp_path / "run"),
            "micro_batch_size": 2,
            "grad_accum": 2,
            "max_steps": 8,
            "log_every": 1,
            "eval_every": 4,
            "save_every": 4,
            **train,
        },
        "schedule": {"name": "cosine", "warmup_steps": 2},
    }
    path = tmp_path / "run.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config))
    return path


def _codelm(*args, launcher=(), env=None, expect=0) -> subprocess.CompletedProcess:
    command = [*launcher, CODELM, *map(str, args)]
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=600, check=False
    )
    assert result.returncode == expect, result.stdout[-2000:] + result.stderr[-4000:]
    return result


def _losses(run_dir: Path) -> list[tuple[int, float, float]]:
    lines = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    return [(r["step"], r["loss"], r["grad_norm"]) for r in lines if "loss" in r]


def test_a_run_writes_config_metrics_curve_and_loadable_checkpoints(tmp_path, packed_dir):
    result = _codelm("train", "--config", _config(tmp_path, packed_dir, keep_last=1), "--set", "train.max_steps=6")
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    run = tmp_path / "run"
    assert summary["steps"] == 6 and summary["checkpoint"] == str(run / "checkpoint-6")
    assert {"config.yaml", "metrics.jsonl", "loss.png", "checkpoint-6"} <= {p.name for p in run.iterdir()}
    assert [p.name for p in list_checkpoints(run)] == ["checkpoint-6"]  # keep_last=1 pruned checkpoint-4
    assert yaml.safe_load((run / "config.yaml").read_text())["train"]["max_steps"] == 6
    records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    steps = [r for r in records if "loss" in r]
    assert [r["step"] for r in steps] == [1, 2, 3, 4, 5, 6]
    assert all(r["grad_norm"] > 0 and r["tokens_per_s"] > 0 and r["lr"] > 0 for r in steps)
    assert [r["step"] for r in records if "val_loss" in r] == [4, 6]
    model = load_model(run)
    assert model.config.vocab_size == 1024 and not model.training
    assert (run / "checkpoint-6" / "tokenizer" / "tokenizer.json").is_file()


def test_resumed_run_repeats_the_straight_run_exactly(tmp_path, packed_dir):
    straight = _config(tmp_path / "a", packed_dir)
    _codelm("train", "--config", straight)
    split = _config(tmp_path / "b", packed_dir)
    _codelm("train", "--config", split, "--set", "train.stop_at=4")
    assert [step for step, *_ in _losses(tmp_path / "b" / "run")] == [1, 2, 3, 4]
    _codelm("train", "--config", split, "--resume", "auto")
    assert_same_run(_losses(tmp_path / "a" / "run"), _losses(tmp_path / "b" / "run"))


@pytest.mark.slow
@pytest.mark.parametrize("zero_stage", [2, 3])
def test_two_processes_resume_exactly_under_zero(tmp_path, packed_dir, zero_stage):
    launcher = [DEEPSPEED, "--num_gpus", "2", "--master_port", str(29500 + zero_stage)]
    env = {"DS_ACCELERATOR": "cpu"}
    common = [
        "--set",
        f"deepspeed.zero_stage={zero_stage}",
        "--set",
        "train.max_steps=4",
        "--set",
        "train.eval_every=2",
    ]
    _codelm("train", "--config", _config(tmp_path / "a", packed_dir), *common, launcher=launcher, env=env)
    split = _config(tmp_path / "b", packed_dir)
    _codelm("train", "--config", split, *common, "--set", "train.stop_at=2", launcher=launcher, env=env)
    _codelm("train", "--config", split, *common, "--resume", "auto", launcher=launcher, env=env)
    straight, resumed = _losses(tmp_path / "a" / "run"), _losses(tmp_path / "b" / "run")
    assert [step for step, *_ in straight] == [1, 2, 3, 4]
    assert_same_run(straight, resumed)
    state = json.loads((tmp_path / "b" / "run" / "checkpoint-4" / "trainer_state.json").read_text())
    assert state["world_size"] == 2 and state["zero_stage"] == zero_stage
    # The gathered weights are whole, even under ZeRO-3's partitioning.
    assert load_model(tmp_path / "b" / "run").num_parameters() == load_model(tmp_path / "a" / "run").num_parameters()


def test_sigterm_saves_a_checkpoint_and_the_run_continues(tmp_path, packed_dir):
    config = _config(tmp_path, packed_dir, max_steps=400, save_every=1000, eval_every=1000)
    metrics = tmp_path / "run" / "metrics.jsonl"
    process = subprocess.Popen(
        [CODELM, "train", "--config", str(config)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    while not (metrics.exists() and len(metrics.read_text().splitlines()) >= 3) and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1 and "stopped by SIGTERM" in stderr and "Traceback" not in stderr
    (checkpoint,) = list_checkpoints(tmp_path / "run")
    stopped_at = int(checkpoint.name.split("-")[1])
    assert 3 <= stopped_at < 400
    _codelm("train", "--config", config, "--set", f"train.max_steps={stopped_at + 2}", "--resume", "auto")
    assert [step for step, *_ in _losses(tmp_path / "run")] == list(range(1, stopped_at + 3))


def test_non_finite_loss_stops_and_keeps_the_last_good_checkpoint(tmp_path, packed_dir, monkeypatch):
    from codelm.trainer.model import CodeLM

    original_forward = CodeLM.forward
    calls = {"train": 0}

    def forward_that_diverges(self, *args, **kwargs):
        output = original_forward(self, *args, **kwargs)
        if self.training:
            calls["train"] += 1
            if calls["train"] > 10:  # grad_accum 2: step 6 is the first bad one
                output = output._replace(loss=output.loss * float("nan"))
        return output

    monkeypatch.setattr(CodeLM, "forward", forward_that_diverges)
    config = load_run_config(_config(tmp_path, packed_dir, max_steps=10))
    with pytest.raises(CodelmError, match=r"loss became nan at step 6.*checkpoint-4"):
        train(config, show_progress=False)
    assert [p.name for p in list_checkpoints(tmp_path / "run")] == ["checkpoint-4"]


def test_refusals_are_one_line(tmp_path, packed_dir):
    config_path = _config(tmp_path, packed_dir, max_steps=2)
    _codelm("train", "--config", config_path)
    again = _codelm("train", "--config", config_path, expect=2)
    assert "already holds checkpoint-2; continue it with --resume auto" in again.stderr
    other_data = _codelm("train", "--config", config_path, "--resume", "auto", "--set", "train.seed=1", expect=2)
    assert "trained on other data or seed" in other_data.stderr
    other_model = _codelm(
        "train", "--config", config_path, "--resume", "auto", "--set", "model.num_layers=3", expect=2
    )
    assert "model differs" in other_model.stderr
    missing = _codelm("train", "--config", config_path, "--set", "data.train=nowhere", expect=2)
    assert "nowhere" in missing.stderr and "Traceback" not in missing.stderr
    for result in (again, other_data, other_model, missing):
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_second_run_into_a_locked_folder_is_refused(tmp_path):
    holder = RunFolder(tmp_path / "run", is_main=True)
    holder.lock()
    with pytest.raises(CodelmError, match=f"is being trained by codelm pid {os.getpid()}"):
        RunFolder(tmp_path / "run", is_main=True).lock()
    holder.unlock()
    RunFolder(tmp_path / "run", is_main=True).lock()


def test_init_from_an_imported_checkpoint_continues_from_its_weights(tmp_path, packed_dir):
    first = _config(tmp_path / "first", packed_dir, max_steps=2)
    _codelm("train", "--config", first)
    checkpoint = tmp_path / "first" / "run" / "checkpoint-2"
    _codelm("export", checkpoint, tmp_path / "hf")
    _codelm("import", tmp_path / "hf", tmp_path / "imported")
    second = yaml.safe_load(first.read_text())
    second["model"] = {"dropout": 0.0}
    second["train"].update(output_dir=str(tmp_path / "second"), init_from=str(tmp_path / "imported"), max_steps=1)
    (tmp_path / "second.yaml").write_text(yaml.safe_dump(second))
    _codelm("train", "--config", tmp_path / "second.yaml", "--set", "optim.lr=0", "--set", "schedule.name=constant")
    # With a zero learning rate the weights stay the imported ones.
    before, after = load_model(checkpoint), load_model(tmp_path / "second")
    assert all((a - b).abs().max() == 0 for a, b in zip(before.state_dict().values(), after.state_dict().values()))
    with pytest.raises(UsageProblem, match="preset and train.init_from"):
        from codelm.trainer.loop import build_model_config

        build_model_config({"preset": "tiny-starcoder"}, None, str(tmp_path / "imported"))
    shutil.rmtree(tmp_path / "second")
