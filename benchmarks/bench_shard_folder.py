"""What the shard-folder checks cost: checksums when shards are written, listing checks when they are read.

    python benchmarks/bench_shard_folder.py [--megabytes 256] [--runs 5]

Builds its own input: seeded pseudo-code rows (about ``--megabytes`` of text) in memory. Then, the
median of ``--runs`` runs each, on one core:

- write: ``ShardWriter`` (Parquet, zstd, SHA-256 of every finished file), and the SHA-256 alone
  over the files it wrote (still in the page cache, as when the writer hashes them): its share;
- read check: ``listed_shards`` on the finished folder (sizes and times, what every reader does)
  and on a copy whose times moved (so every shard is hashed);
- verify: ``codelm verify`` (SHA-256 and row count of every shard, in process) against
  ``sha256sum`` of the same files, the tool one would reach for otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.ingest import IngestConfig, ingest
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.shard_folder import listed_shards, verify_folder
from codelm.pipeline.shards import ShardWriter, file_sha256
from codelm.pipeline.steps import RunOptions

WORDS = "def return self value index items result config path name data count for in if else while".split()


def pseudo_code(rng: random.Random, lines: int) -> str:
    return "".join(
        "    " * rng.randint(0, 3) + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12))) + "\n"
        for _ in range(lines)
    )


def tables(megabytes: int, rows_per_table: int = 2000) -> list[pa.Table]:
    rng = random.Random(0)
    built, total = [], 0
    while total < megabytes * 1e6:
        contents = [pseudo_code(rng, rng.randint(5, 120)) for _ in range(rows_per_table)]
        built.append(pa.table({"id": [str(total + i) for i in range(rows_per_table)], "content": contents}))
        total += sum(len(text) for text in contents)
    return built


def median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=int, default=256)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    configure_logging(quiet=True)
    data = tables(args.megabytes)
    megabytes = sum(table.column("content").nbytes for table in data) / 1e6
    shard_bytes = 64 << 20
    with tempfile.TemporaryDirectory(dir=".") as scratch:
        scratch = Path(scratch)

        def write_checked() -> None:
            shutil.rmtree(scratch / "checked", ignore_errors=True)
            writer = ShardWriter(scratch / "checked", "task", target_bytes=shard_bytes)
            for table in data:
                writer.write_table(table)
            writer.close()

        results = {"write: ShardWriter, SHA-256 included": median_seconds(write_checked, args.runs)}
        written = sorted((scratch / "checked").glob("*.parquet"))
        results["write: of which SHA-256"] = median_seconds(lambda: [file_sha256(path) for path in written], args.runs)
        # A finished codelm folder of the same data, for the read-side checks.
        raw = scratch / "raw"
        raw.mkdir()
        for number, table in enumerate(data):
            pq.write_table(table, raw / f"{number:05d}.parquet")
        options = RunOptions(engine=EngineOptions(workers=1), shard_bytes=shard_bytes)
        ingest([str(raw)], scratch / "folder", IngestConfig(), options)
        shards = listed_shards(scratch / "folder")
        folder_mb = sum(path.stat().st_size for path in shards) / 1e6
        results["read check: listed_shards"] = median_seconds(lambda: listed_shards(scratch / "folder"), args.runs)

        def touched_and_listed() -> None:
            for path in shards:
                os.utime(path)
            listed_shards(scratch / "folder")

        results["read check: listed_shards, every time moved"] = median_seconds(touched_and_listed, args.runs)
        results["verify: codelm verify"] = median_seconds(lambda: verify_folder(scratch / "folder"), args.runs)
        results["verify: sha256sum"] = median_seconds(
            lambda: subprocess.run(["sha256sum", *map(str, shards)], check=True, capture_output=True), args.runs
        )
    print(f"data: {megabytes:.0f} MB of text; folder: {len(shards)} shards, {folder_mb:.0f} MB on disk")
    print(f"\n| step | seconds (median of {args.runs}) |\n|---|---:|")
    for name, seconds in results.items():
        print(f"| {name} | {seconds:.3f} |")
    share = results["write: of which SHA-256"] / results["write: ShardWriter, SHA-256 included"]
    verify_rate = folder_mb / results["verify: codelm verify"]
    print(f"\nSHA-256 is {100 * share:.1f}% of writing; codelm verify reads {verify_rate:.0f} MB/s of shards")


if __name__ == "__main__":
    main()
