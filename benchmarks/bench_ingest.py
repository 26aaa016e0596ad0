"""Ingest throughput with the local engine at 1 and 2 workers.

    python benchmarks/bench_ingest.py [--runs 5] [--source DIR ...]

By default it ingests the running Python's standard-library tree (about 32 MB of source, where
starting worker processes is a visible share of the time) and this environment's site-packages
(a few hundred MB of real code, where it is not). Prints MB/s of ingested source bytes and
files/s (files scanned, skipped ones included) per run, and their medians.
"""

from __future__ import annotations

import argparse
import statistics
import sysconfig
import tempfile
import time
from pathlib import Path

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.ingest import IngestConfig, ingest
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.steps import RunOptions


def measure(source: Path, workers: int, runs: int) -> dict:
    rates_mb, rates_files = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            options = RunOptions(engine=EngineOptions(workers=workers))
            start = time.perf_counter()
            stats = ingest([str(source)], Path(scratch) / "out", IngestConfig(), options)
            seconds = time.perf_counter() - start
        rates_mb.append(stats["bytes_out"] / 1e6 / seconds)
        rates_files.append(stats["docs_in"] / seconds)
    return {
        "workers": workers,
        "files": stats["docs_in"],
        "mb": stats["bytes_out"] / 1e6,
        "mb_per_s": statistics.median(rates_mb),
        "files_per_s": statistics.median(rates_files),
        "runs_mb_per_s": [round(rate, 1) for rate in rates_mb],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, action="append")
    args = parser.parse_args()
    paths = sysconfig.get_paths()
    sources = args.source or [Path(paths["stdlib"]), Path(paths["purelib"])]
    configure_logging(quiet=True)
    for source in sources:
        print(f"source: {source}")
        for workers in (1, 2):
            result = measure(source, workers, args.runs)
            print(
                f"  workers={workers}: {result['files']} files scanned, {result['mb']:.1f} MB ingested; "
                f"median {result['mb_per_s']:.1f} MB/s, {result['files_per_s']:.0f} files/s "
                f"(runs, MB/s: {result['runs_mb_per_s']})"
            )


if __name__ == "__main__":
    main()
