"""codelm dedup against datasketch (MinHash 256 + MinHashLSH 0.7 + union-find), one worker, end to end.

usage: python benchmarks/bench_dedup.py [--work work/bench-dedup] [--runs 3] [--no-scaling]

``dedup_corpus.py`` (next to this file) builds the corpora from the running Python's standard
library and site-packages (real code with planted near duplicates, and the exact-Jaccard truth)
and scores the ids each tool kept; ``dedup_datasketch.py`` is the peer.

1. Side by side on the standard library (≥ 20 MB): both tools in fresh processes, one after the
   other, ``--runs`` times; medians of wall time (read → signatures → LSH → clusters → write, after
   imports, as the datasketch script measures itself), MB/s, peak RSS, and recall of J ≥ 0.85 pairs.
   codelm runs with the baseline's parameters: ``--min-tokens 0`` (the baseline near-dedups files of
   any length; codelm's default of 10 leaves files under 10 tokens to exact dedup, as BigCode did).
   codelm is timed twice per process: the first call (which loads numba's compiled code) and a
   second, steady-state call. The CLI's whole-process wall time is reported too.
2. Scaling: a corpus of the virtualenv's site-packages (torch left out) built to about four times
   the first; its four shuffled input shards give 1×, 2× and 4×; time and peak memory per size.
   Then the side-by-side again on that whole (4×) corpus, and codelm's missed pairs over five
   other permutation seeds (LSH misses are chance events; datasketch's seed is fixed by its script).
3. Memory per document: synthetic one-line documents, 0.25 M, 1 M and 2 M of them in shards of
   62,500, one call each: the growth of peak RSS is what the driver holds per document.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

from dedup_corpus import score

CODE_SUFFIXES = {".py", ".js", ".ts", ".java", ".c", ".go", ".rb"}
SKIPPED_PACKAGES = {"torch", "__pycache__"}

_CODELM_RUNNER = """
import json, resource, sys, time
from codelm.pipeline.dedup import MinHashConfig
from codelm.pipeline.dedup.stages import dedup
from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.steps import RunOptions
inputs, out, seed, calls = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
options = RunOptions(engine=EngineOptions(workers=1), force=True)
times = []
for _ in range(calls):
    start = time.perf_counter()
    stats = dedup(inputs, out, MinHashConfig(keep="first", min_tokens=0, seed=seed), options)
    times.append(time.perf_counter() - start)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"first_s": times[0], "steady_s": times[-1], "maxrss_mb": rss / 1024, "bytes": stats["bytes_in"]}))
"""

PEER = Path(__file__).with_name("dedup_datasketch.py")


def prepare_source(source: Path, target: Path) -> None:
    """Copy the code files of ``source`` so that each top-level package is one "repository" folder."""
    if target.exists():
        return
    for root, dirs, files in os.walk(source):
        relative = Path(root).relative_to(source)
        if relative.parts and (relative.parts[0] in SKIPPED_PACKAGES or relative.parts[0].endswith(".dist-info")):
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if d not in ("__pycache__", "site-packages")]
        for name in files:
            if Path(name).suffix not in CODE_SUFFIXES or os.path.islink(os.path.join(root, name)):
                continue
            destination = target / (relative if relative.parts else Path("toplevel")) / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(os.path.join(root, name), destination)


def build(source: Path, bench: Path, max_files: int, seed: int) -> dict:
    """The corpus, built in a child process: the exact-truth product peaks near a GiB, and a child forked
    from a large process would report that peak as its own (Linux keeps ``ru_maxrss`` across exec)."""
    command = [sys.executable, str(Path(__file__).with_name("dedup_corpus.py")), "build", str(source), str(bench)]
    command += ["--max-files", str(max_files), "--seed", str(seed)]
    return last_json(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def run_codelm(inputs: list[Path], out: Path, seed: int = 0, calls: int = 2) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _CODELM_RUNNER, json.dumps([str(p) for p in inputs]), str(out), str(seed), str(calls)],
        check=True,
        capture_output=True,
        text=True,
    )
    return last_json(result.stdout)


def run_cli(inputs: Path, out: Path) -> float:
    codelm = str(Path(sys.executable).parent / "codelm")
    start = time.perf_counter()
    subprocess.run(
        [
            codelm,
            "dedup",
            str(inputs),
            str(out),
            "--workers",
            "1",
            "--keep",
            "first",
            "--min-tokens",
            "0",
            "--force",
            "--quiet",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def run_baseline(bench: Path, out: Path) -> dict:
    result = subprocess.run(
        [sys.executable, str(PEER), str(bench / "input"), str(out)], check=True, capture_output=True, text=True
    )
    return last_json(result.stdout)


def side_by_side(bench: Path, work: Path, runs: int) -> dict:
    megabytes = json.loads((bench / "truth.json").read_text())["content_mb"]
    ours, cli, theirs = [], [], []
    for _ in range(runs):
        theirs.append(run_baseline(bench, work / "out-datasketch"))
        ours.append(run_codelm([bench / "input"], work / "out-codelm"))
        cli.append(run_cli(bench / "input", work / "out-codelm-cli"))
    quality_ours = score(bench, work / "out-codelm")
    quality_theirs = score(bench, work / "out-datasketch")

    def median(rows, key):
        return statistics.median(row[key] for row in rows)

    summary = {
        "content_mb": megabytes,
        "runs": runs,
        "datasketch": {
            "wall_s": median(theirs, "wall_s"),
            "mb_per_s": megabytes / median(theirs, "wall_s"),
            "peak_rss_mb": median(theirs, "maxrss_mb"),
            "recall_ge_0.85": 1 - quality_theirs["missed_pairs_frac"],
            "score": quality_theirs,
        },
        "codelm": {
            "first_call_s": median(ours, "first_s"),
            "steady_s": median(ours, "steady_s"),
            "cli_process_s": statistics.median(cli),
            "mb_per_s_first_call": megabytes / median(ours, "first_s"),
            "mb_per_s_steady": megabytes / median(ours, "steady_s"),
            "mb_per_s_cli_process": megabytes / statistics.median(cli),
            "peak_rss_mb": median(ours, "maxrss_mb"),
            "recall_ge_0.85": 1 - quality_ours["missed_pairs_frac"],
            "score": quality_ours,
        },
    }
    summary["speedup_first_call"] = summary["datasketch"]["wall_s"] / summary["codelm"]["first_call_s"]
    summary["speedup_steady"] = summary["datasketch"]["wall_s"] / summary["codelm"]["steady_s"]
    summary["speedup_cli_process"] = summary["datasketch"]["wall_s"] / summary["codelm"]["cli_process_s"]
    return summary


def scaling(bench: Path, work: Path, runs: int) -> list[dict]:
    shards = sorted((bench / "input").glob("*.parquet"))
    rows = []
    for factor in (1, 2, 4):
        inputs = shards[: len(shards) * factor // 4]
        megabytes = sum(_content_bytes(path) for path in inputs) / 1e6
        results = [run_codelm(inputs, work / f"out-scale-{factor}") for _ in range(runs)]
        steady = statistics.median(r["steady_s"] for r in results)
        rows.append(
            {
                "factor": factor,
                "content_mb": round(megabytes, 2),
                "first_call_s": round(statistics.median(r["first_s"] for r in results), 3),
                "steady_s": round(steady, 3),
                "mb_per_s_steady": round(megabytes / steady, 1),
                "peak_rss_mb": round(statistics.median(r["maxrss_mb"] for r in results), 1),
            }
        )
    return rows


def seed_sweep(bench: Path, work: Path, seeds: range) -> dict:
    """Missed J >= 0.85 pairs over several permutation seeds: how much of a recall gap is LSH chance."""
    missed = {}
    for seed in seeds:
        run_codelm([bench / "input"], work / "out-seed", seed=seed, calls=1)
        missed[seed] = score(bench, work / "out-seed")["missed_pairs"]
    return {"missed_pairs_by_seed": missed, "mean": statistics.mean(missed.values())}


def synthetic_corpus(num_docs: int, folder: Path, shard_docs: int = 62_500) -> None:
    """``num_docs`` one-line documents of 16 words (every tenth a near copy of the one before)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    if folder.exists():
        return
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    vocabulary = np.array([f"tok{i}" for i in range(5000)])
    for shard, start in enumerate(range(0, num_docs, shard_docs)):
        count = min(shard_docs, num_docs - start)
        docs = [" ".join(words) for words in vocabulary[rng.integers(0, 5000, (count, 16))].tolist()]
        for i in range(1, count, 10):
            docs[i] = docs[i - 1] + " extra"
        ids = [f"d{start + i:08d}" for i in range(count)]
        pq.write_table(pa.table({"id": ids, "content": docs}), folder / f"part-{shard:05d}.parquet")


def memory_per_document(work: Path, sizes=(250_000, 1_000_000, 2_000_000)) -> list[dict]:
    """Peak RSS and time of one dedup call as the number of documents grows (shards of equal size)."""
    rows = []
    for num_docs in sizes:
        folder = work / f"synthetic-{num_docs}"
        synthetic_corpus(num_docs, folder)
        result = run_codelm([folder], work / "out-synthetic", calls=1)
        rows.append(
            {"docs": num_docs, "seconds": round(result["first_s"], 2), "peak_rss_mb": round(result["maxrss_mb"])}
        )
    return rows


def _content_bytes(path: Path) -> int:
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    return int(pc.sum(pc.binary_length(pq.read_table(path, columns=["content"]).column("content"))).as_py() or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=Path("work/bench-dedup"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-scaling", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    prepare_source(stdlib, args.work / "src-stdlib")
    truth = build(args.work / "src-stdlib", args.work / "stdlib", max_files=100_000, seed=11)
    report = {"corpus": truth, "side_by_side": side_by_side(args.work / "stdlib", args.work, args.runs)}
    print(json.dumps(report["side_by_side"], indent=1), flush=True)
    if not args.no_scaling:
        site_packages = Path(sysconfig.get_paths()["purelib"])
        prepare_source(site_packages, args.work / "src-site-packages")
        bench = args.work / "site-packages"
        report["scaling_corpus"] = build(args.work / "src-site-packages", bench, max_files=7_500, seed=5)
        report["scaling"] = scaling(bench, args.work, args.runs)
        print(json.dumps(report["scaling"], indent=1), flush=True)
        report["side_by_side_4x"] = side_by_side(bench, args.work, args.runs)
        print(json.dumps(report["side_by_side_4x"], indent=1), flush=True)
        report["seed_sweep_4x"] = seed_sweep(bench, args.work, range(1, 6))
        print(json.dumps(report["seed_sweep_4x"]), flush=True)
        report["memory"] = memory_per_document(args.work)
        print(json.dumps(report["memory"]), flush=True)
    (args.work / "results.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
