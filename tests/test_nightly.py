"""examples/nightly.sh over two nights: the second night's duplicates of the first are dropped, training continues."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def test_two_nights_deduplicate_across_nights_and_continue_training(tmp_path, stdlib_dir):
    first, second = tmp_path / "incoming-1", tmp_path / "incoming-2"
    shutil.copytree(stdlib_dir / "json", first / "repo-json", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(stdlib_dir / "email", first / "repo-email", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(stdlib_dir / "json", second / "json-vendored", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(stdlib_dir / "asyncio", second / "repo-asyncio", ignore=shutil.ignore_patterns("__pycache__"))
    config = {
        "model": {
            "preset": "tiny-starcoder2",
            "hidden_size": 64,
            "num_layers": 2,
            "num_heads": 4,
            "intermediate_size": 128,
        },
        "train": {"micro_batch_size": 2, "log_every": 1, "save_every": 100},
        "schedule": {"name": "constant", "warmup_steps": 1},
    }
    (tmp_path / "train.yaml").write_text(yaml.safe_dump(config))
    work = tmp_path / "work"
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "WORK": str(work),
        "STEPS": "3",
        "TRAIN_CONFIG": str(tmp_path / "train.yaml"),
    }
    for day, incoming in (("2026-12-01", first), ("2026-12-02", second)):
        night = subprocess.run(
            ["bash", str(ROOT / "examples" / "nightly.sh")],
            env={**environment, "DAY": day, "NEW_REPOS": str(incoming)},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert night.returncode == 0, night.stderr[-3000:]
    deduped = json.loads((work / "days" / "2026-12-02" / "deduped" / "stats.json").read_text())
    json_files = len([p for p in (stdlib_dir / "json").rglob("*.py")])
    assert deduped["dropped"]["exact_duplicate"] == json_files  # the vendored copy was seen the night before
    second_run = yaml.safe_load((work / "runs" / "2026-12-02" / "config.yaml").read_text())
    assert second_run["train"]["init_from"].rstrip("/").endswith("runs/2026-12-01")
    assert [source["path"] for source in second_run["data"]["train"]] == [
        str(work / "days" / day / "packed") for day in ("2026-12-01", "2026-12-02")
    ]
    assert (work / "runs" / "2026-12-02" / "checkpoint-3" / "model.safetensors").exists()
