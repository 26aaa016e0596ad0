"""`codelm eval humaneval|fim|ppl` end to end: summaries, files written, and one-line usage errors."""

import json
import shutil

import pytest

from codelm.trainer.eval.fim import build_tasks
from codelm.trainer.eval.humaneval import generation_prompt, load_problems, read_samples


@pytest.fixture(scope="module")
def canonical_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("completions") / "canonical.jsonl"
    rows = [{"task_id": p["task_id"], "completion": p["canonical_solution"]} for p in load_problems()]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def test_humaneval_scores_completions_and_writes_every_format(run_cli, parse_stats, canonical_file, tmp_path):
    result = run_cli(
        "eval", "humaneval", "--completions", canonical_file, "--out", tmp_path / "summary.json",
        "--samples-out", tmp_path / "samples.jsonl", "--generations-out", tmp_path / "generations.json",
    )  # fmt: skip
    summary = parse_stats(result.output)
    assert summary["pass@1"] == 1.0 and summary["problems"] == 164
    assert "| pass@1 | 1.0000 |" in result.output
    assert json.loads((tmp_path / "summary.json").read_text()) == summary
    records = [json.loads(line) for line in (tmp_path / "samples.jsonl").read_text().splitlines()]
    assert len(records) == 164 and all(record["passed"] and record["result"] == "passed" for record in records)
    problems = load_problems()
    assert records[7]["completion"] == problems[7]["canonical_solution"]
    # The bigcode file holds, per problem, the program before its tests; it scores the same.
    generations = json.loads((tmp_path / "generations.json").read_text())
    assert generations[7] == [problems[7]["prompt"] + problems[7]["canonical_solution"]]
    again = run_cli("eval", "humaneval", "--completions", tmp_path / "generations.json", "--limit", "10")
    assert parse_stats(again.output)["pass@1"] == 1.0 and parse_stats(again.output)["problems"] == 10


@pytest.mark.parametrize("checkpoint_layout", ["checkpoint", "run folder"])
def test_humaneval_generates_with_a_codelm_checkpoint(run_cli, parse_stats, tiny_models, tmp_path, checkpoint_layout):
    model = tiny_models["codelm"]
    if checkpoint_layout == "run folder":
        shutil.copytree(model, tmp_path / "run" / "checkpoint-5")
        model = tmp_path / "run"
    result = run_cli(
        "eval", "humaneval", model, "--limit", "2", "--max-new-tokens", "8", "--device", "cpu",
        "--samples-out", tmp_path / "samples.jsonl",
    )  # fmt: skip
    summary = parse_stats(result.output)
    assert (summary["problems"], summary["samples"], summary["pass@1"]) == (2, 2, 0.0)  # random weights
    assert summary["sandbox"]["isolation"] in ("namespaces", "guards") and "generate" in summary["timings_s"]
    samples = read_samples(tmp_path / "samples.jsonl", load_problems())
    for sample, problem in zip(samples, load_problems(2)):
        assert sample.generation.startswith(generation_prompt(problem))


def test_humaneval_samples_several_per_problem_with_a_transformers_model(run_cli, parse_stats, tiny_models):
    result = run_cli(
        "eval", "humaneval", tiny_models["llama"], "--limit", "1", "--n-samples", "10", "--temperature", "0.8",
        "--max-new-tokens", "4", "--device", "cpu",
    )  # fmt: skip
    summary = parse_stats(result.output)
    assert summary["samples_per_problem"] == 10 and {"pass@1", "pass@10"} <= set(summary)


def test_fim_generates_and_scores_given_completions(run_cli, parse_stats, tiny_models, tmp_path):
    result = run_cli(
        "eval", "fim", tiny_models["gpt_bigcode"], "--limit", "1", "--max-new-tokens", "4", "--device", "cpu",
        "--samples-out", tmp_path / "fim.jsonl",
    )  # fmt: skip
    summary = parse_stats(result.output)
    tasks = build_tasks(load_problems(1))
    assert summary["tasks"] == len(tasks) and 0.0 <= summary["exact_match"] <= 1.0
    records = [json.loads(line) for line in (tmp_path / "fim.jsonl").read_text().splitlines()]
    assert [record["task_id"] for record in records] == [task.task_id for task in tasks]
    assert not any("\n" in record["completion"] for record in records)  # single-line middles
    oracle = tmp_path / "oracle.jsonl"
    oracle.write_text("".join(json.dumps({"task_id": t.task_id, "completion": t.reference}) + "\n" for t in tasks))
    scored = parse_stats(run_cli("eval", "fim", "--completions", oracle, "--limit", "1", "--modes", "psm,spm").output)
    assert scored["exact_match"] == 1.0


def test_ppl_on_held_out_shards(run_cli, parse_stats, tiny_models, packed_dir, tmp_path):
    val_dir = packed_dir.with_name(packed_dir.name + "-val")
    result = run_cli(
        "eval", "ppl", tiny_models["codelm"], val_dir, "--max-sequences", "4", "--device", "cpu",
        "--out", tmp_path / "ppl.json",
    )  # fmt: skip
    summary = parse_stats(result.output)
    assert summary["tokens"] > 0 and summary["perplexity"] > 1.0
    assert json.loads((tmp_path / "ppl.json").read_text()) == summary


@pytest.mark.parametrize(
    "args, message",
    [
        (["humaneval"], "give a MODEL"),
        (["humaneval", "--completions", "{canonical}", "--n-samples", "3"], "brings its own samples"),
        (["humaneval", "{model}", "--n-samples", "3"], "repeats one sample"),
        (["fim", "--completions", "{canonical}", "--modes", "pms"], "--modes"),
        (["fim", "{model}", "--completions", "{canonical}"], "not both"),
        (["ppl", "{model}", "{model}"], "token shards"),
        (["ppl", "{canonical_dir}", "{val_dir}"], "neither a codelm checkpoint"),
    ],
)
def test_usage_errors_are_one_line(run_cli, tiny_models, canonical_file, packed_dir, args, message):
    values = {
        "canonical": canonical_file,
        "model": tiny_models["codelm"],
        "canonical_dir": canonical_file.parent,
        "val_dir": packed_dir.with_name(packed_dir.name + "-val"),
    }
    result = run_cli("eval", *[arg.format(**values) for arg in args], expect=None)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
