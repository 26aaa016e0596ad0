"""The peer for ``bench_dedup.py``: BigCode's near-dedup recipe written with datasketch, in one process.

    python benchmarks/dedup_datasketch.py INPUT_DIR OUTPUT_DIR [--num-perm 256] [--threshold 0.7]

MinHash with 256 permutations over BigCode's 5-token shingles, ``MinHashLSH`` at threshold 0.7
(datasketch chooses 25 bands × 10 rows), union-find over every LSH candidate pair without
verification, and one file kept per cluster (the first in input order). Writes the kept rows to
OUTPUT_DIR/kept.parquet and prints one JSON object: wall time of read → signatures → LSH →
clusters → write (after imports), and the peak RSS of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from datasketch import MinHash, MinHashLSH
from dedup_corpus import shingles


def root_of(parents: list[int], node: int) -> int:
    while parents[node] != node:
        parents[node] = parents[parents[node]]
        node = parents[node]
    return node


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--num-perm", type=int, default=256)
    parser.add_argument("--threshold", type=float, default=0.7)
    args = parser.parse_args()
    start = time.perf_counter()
    table = pa.concat_tables(pq.read_table(path) for path in sorted(args.input.glob("*.parquet")))
    contents = table.column("content").to_pylist()
    signatures = []
    for text in contents:
        signature = MinHash(num_perm=args.num_perm, seed=1)
        signature.update_batch([shingle.encode("utf-8") for shingle in shingles(text)])
        signatures.append(signature)
    index = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    with index.insertion_session() as session:
        for number, signature in enumerate(signatures):
            session.insert(number, signature, check_duplication=False)
    parents = list(range(len(contents)))
    for number, signature in enumerate(signatures):
        for other in index.query(signature):
            first, second = root_of(parents, number), root_of(parents, other)
            if first != second:
                parents[max(first, second)] = min(first, second)
    # Roots are the smallest member of each cluster, so keeping the roots keeps the first in input order.
    kept = [number for number in range(len(contents)) if root_of(parents, number) == number]
    args.output.mkdir(parents=True, exist_ok=True)
    pq.write_table(table.take(pa.array(kept)), args.output / "kept.parquet")
    wall = time.perf_counter() - start
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"wall_s": wall, "maxrss_mb": maxrss_mb, "bands_rows": [index.b, index.r], "kept": len(kept)}))


if __name__ == "__main__":
    main()
