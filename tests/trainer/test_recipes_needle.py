"""codelm eval needle: key retrieval over long synthetic repositories."""

import json
import re

import pytest
import torch

from codelm.trainer.checkpoint import save_model
from codelm.trainer.data import TokenShards
from codelm.trainer.eval.models import load_model
from codelm.trainer.eval.needle import build_tasks, score
from codelm.trainer.model import CodeLM, ModelConfig
from codelm.trainer.presets import preset

from .conftest import SMALL_SHAPE


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory, packed_dir):
    """An untrained tiny model with the packed data's tokenizer (which has the repo-layout tokens)."""
    path = tmp_path_factory.mktemp("needle") / "ckpt"
    torch.manual_seed(0)
    config = ModelConfig(**{**preset("tiny-granite-8b-code"), **SMALL_SHAPE, "vocab_size": 1024})
    save_model(CodeLM(config), path, TokenShards(packed_dir).tokenizer_dir)
    return path


def _read_the_needle(loaded, task) -> str:
    """What a model using its whole context writes: the key returned by the function the test calls."""
    text = loaded.decode(list(task.prompt))
    subject = re.search(r"assert get_(\w+)_key\(\) ==$", text).group(1)
    return " " + re.search(rf"def get_{subject}_key\(\):\n    return (\d+)\n", text).group(1) + "\n"


def test_tasks_fill_the_length_and_put_the_needle_at_its_depth(checkpoint):
    loaded = load_model(checkpoint, "cpu")
    tasks = build_tasks(loaded, [300, 600], [0.0, 0.5, 1.0], samples=3, seed=0)
    assert len(tasks) == 18 and len({task.prompt for task in tasks}) == 18
    file_sep, repo_name = loaded.token_id("<file_sep>"), loaded.token_id("<repo_name>")
    for task in tasks:
        assert task.length - 100 < len(task.prompt) <= task.length  # within one filler file of the length
        assert task.prompt[0] == repo_name and task.prompt[task.needle_at] == file_sep
        text = loaded.decode(list(task.prompt))
        assert text.count(f"return {task.answer}\n") == 1 and text.endswith("_key() ==")
        needle_path = loaded.decode(list(task.prompt[task.needle_at + 1 : task.needle_at + 40])).split("\n")[0]
        assert re.fullmatch(r"src/\w+_keys\.py", needle_path)
        files_after = task.prompt[task.needle_at + 1 :].count(file_sep)  # the test file at least
        if task.depth == 1.0:
            assert files_after == 1
        if task.depth == 0.0:
            assert task.needle_at == task.prompt.index(file_sep)  # the first file
    for length in (300, 600):
        offsets = [
            task.needle_at / len(task.prompt)
            for task in tasks
            if task.length == length and task.task_id.endswith("/0")
        ]
        assert offsets == sorted(offsets) and offsets[0] < 0.1 < offsets[1] < offsets[2]


def test_score_counts_a_retrieval_when_the_first_number_is_the_key(checkpoint):
    loaded = load_model(checkpoint, "cpu")
    tasks = build_tasks(loaded, [300, 600], [0.0, 1.0], samples=2, seed=1)
    perfect, records = score(tasks, [_read_the_needle(loaded, task) for task in tasks])
    assert perfect["accuracy"] == 1.0 and perfect["grid"] == {"300": {"0": 1.0, "1": 1.0}, "600": {"0": 1.0, "1": 1.0}}
    assert all(record["retrieved"] for record in records)
    wrong = [" 1" + _read_the_needle(loaded, task).strip() for task in tasks]  # the key with a digit in front
    assert score(tasks, wrong)[0]["accuracy"] == 0.0
    half = [_read_the_needle(loaded, task) if task.length == 300 else "# no idea\n" for task in tasks]
    assert score(tasks, half)[0]["accuracy_by_length"] == {"300": 1.0, "600": 0.0}


def test_cli_generates_scores_and_refuses_lengths_past_the_models_positions(tmp_path, run_cli, checkpoint):
    result = run_cli("eval", "needle", checkpoint, "--lengths", "200,400", "--depths", "0,1", "--samples", "2",
                     "--samples-out", tmp_path / "samples.jsonl")  # fmt: skip
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["benchmark"] == "needle" and summary["tasks"] == 8 and 0 <= summary["accuracy"] <= 1
    assert set(summary["grid"]) == {"200", "400"} and "| 400 tokens, depth 1 |" in result.output
    assert len((tmp_path / "samples.jsonl").read_text().splitlines()) == 8
    refused = run_cli("eval", "needle", checkpoint, "--lengths", "1024", expect=2)
    assert "has 1024 positions, room for 1016-token prompts" in refused.output and "Traceback" not in refused.output
