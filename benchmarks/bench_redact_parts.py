"""Where `Redactor.find` spends its time: CPU seconds per detector over the running Python's standard library, the
labelled-line rule's rate over its prose files, and the rate over secret-dense text (the tuning set's documents).

    python benchmarks/bench_redact_parts.py [--runs 3]

Run it again with ``PYTHONPATH=COPY`` (a ``git archive`` of another commit unpacked as ``COPY/codelm``) to compare
two commits part by part; ``bench_redact.py`` measures the whole, through the CLI and beside Presidio.
"""

from __future__ import annotations

import argparse
import json
import sysconfig
import time
from collections import Counter
from pathlib import Path

import codelm.pipeline.redact.redactor as redactor_module
from codelm.pipeline.redact.credfiles import find_labelled_secrets
from codelm.pipeline.redact.detectors import CODE_EXTENSIONS, PROSE_EXTENSIONS

STDLIB = Path(sysconfig.get_paths()["stdlib"])


def read_files(extensions: frozenset[str]) -> list[tuple[str, str]]:
    """(text, path) of the stdlib's UTF-8 files with these extensions, site-packages and caches left out."""
    files = []
    for path in sorted(STDLIB.rglob("*")):
        if path.suffix.lstrip(".") not in extensions or "site-packages" in path.parts or "__pycache__" in path.parts:
            continue
        try:
            files.append((path.read_text(encoding="utf-8"), str(path.relative_to(STDLIB))))
        except (UnicodeDecodeError, OSError):
            continue
    return files


def time_detectors(files: list[tuple[str, str]]) -> dict:
    """CPU seconds of each ``find_*`` function the redactor calls, over one pass of ``Redactor.find``."""
    seconds: Counter = Counter()

    def timed(name, function):
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[name] += time.process_time() - start

        return wrapper

    originals = {name: getattr(redactor_module, name) for name in dir(redactor_module) if name.startswith("find_")}
    for name, function in originals.items():
        setattr(redactor_module, name, timed(name, function))
    try:
        redactor = redactor_module.Redactor()
        start = time.process_time()
        for text, path in files:
            redactor.find(text, path)
        total = time.process_time() - start
    finally:
        for name, function in originals.items():
            setattr(redactor_module, name, function)
    return {"total_s": round(total, 3), **{name: round(value, 3) for name, value in seconds.most_common()}}


def prose_rate(files: list[tuple[str, str]], runs: int) -> float:
    """MB per CPU second of the labelled-line rule (notes' "Label: VALUE" lines), best of ``runs``."""
    size_mb = sum(len(text) for text, _ in files) / 1e6
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        for text, _ in files:
            find_labelled_secrets(text)
        best = min(best, time.process_time() - start)
    return round(size_mb / best, 1)


TUNING_SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "redact" / "labels.jsonl"


def secret_dense_rate(runs: int) -> float:
    """MB per CPU second of ``Redactor.find`` over the tuning set's documents (a secret every few lines), median of
    ``runs``."""
    records = [json.loads(line) for line in TUNING_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = [(record["content"], record.get("path") or "") for record in records]
    size_mb = sum(len(text.encode()) for text, _ in documents) / 1e6
    redactor = redactor_module.Redactor()
    seconds = []
    for _ in range(runs):
        start = time.process_time()
        for text, path in documents:
            redactor.find(text, path)
        seconds.append(time.process_time() - start)
    return round(size_mb / sorted(seconds)[len(seconds) // 2], 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    code = read_files(CODE_EXTENSIONS | {"txt", "rst", "cfg", "ini", "json", "toml"})
    prose = read_files(PROSE_EXTENSIONS)
    runs = [time_detectors(code) for _ in range(args.runs)]
    median = sorted(runs, key=lambda run: run["total_s"])[len(runs) // 2]
    size_mb = sum(len(text) for text, _ in code) / 1e6
    print(
        json.dumps(
            {
                "library": redactor_module.__file__,
                "files": len(code),
                "mb": round(size_mb, 1),
                "mb_per_cpu_s": round(size_mb / median["total_s"], 1),
                "seconds_by_detector (median run)": median,
                "prose_files": len(prose),
                "prose_mb": round(sum(len(text) for text, _ in prose) / 1e6, 1),
                "labelled_lines_mb_per_cpu_s": prose_rate(prose, args.runs),
                "secret_dense_mb_per_cpu_s": secret_dense_rate(args.runs),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
