"""External group-by of files into repositories, across every input shard, in bounded memory.

The files of one repository can sit in any number of shards. Phase one reads each input chunk
and writes its files to one Parquet file in the stage's work folder, sorted by partition
(a hash of the repository name) with one row group per partition. Phase two reads, for one
partition, its row groups from every phase-one file: all the files of the repositories hashed
there, and nothing else. A partition holds about ``total bytes / num_partitions``, so memory is
bounded by the partition size (plus the largest single repository), not by the corpus.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from codelm.pipeline.shards import iter_batches
from codelm.pipeline.stats import Stats

GROUP_KEY = "group_key"
ORDER = "order"
# Rows read at a time; a batch of large files stays well under a GiB.
READ_BATCH_ROWS = 512


@dataclass
class InputChunk:
    """Part of one input shard: Parquet row groups, or the whole of an Arrow file."""

    path: Path
    row_groups: list[int] | None  # None: the whole file

    def read(self, columns: list[str]) -> Iterator[pa.RecordBatch]:
        yield from iter_batches(self.path, columns, READ_BATCH_ROWS, row_groups=self.row_groups)


def input_chunks(path: Path, chunk_bytes: int) -> list[InputChunk]:
    """Split a shard into chunks of about ``chunk_bytes`` (uncompressed) along its row groups."""
    if path.suffix != ".parquet":
        return [InputChunk(path, None)]
    metadata = pq.ParquetFile(path).metadata
    chunks: list[InputChunk] = []
    current: list[int] = []
    current_bytes = 0
    for group in range(metadata.num_row_groups):
        size = metadata.row_group(group).total_byte_size
        if current and current_bytes + size > chunk_bytes:
            chunks.append(InputChunk(path, current))
            current, current_bytes = [], 0
        current.append(group)
        current_bytes += size
    if current or not chunks:
        chunks.append(InputChunk(path, current))
    return chunks


def group_key(repo_name: str | None, record_key: str) -> str:
    """Files without a repository name form a repository of their own."""
    return repo_name if repo_name else f"\0{record_key}"


def partition_of(key: str, num_partitions: int) -> int:
    return xxhash.xxh64_intdigest(key.encode("utf-8")) % num_partitions


@dataclass
class GroupTask:
    index: int
    chunk: InputChunk
    columns: list[str]
    num_partitions: int
    work_dir: Path


def write_groups(task: GroupTask, keyed: pa.Table, stats: Stats) -> dict:
    """Write ``keyed`` (rows of one chunk with their group key) sorted by partition; one row group each.

    Returns the file name and, per partition, the row groups that hold it.
    """
    partitions = np.fromiter(
        (partition_of(key, task.num_partitions) for key in keyed.column(GROUP_KEY).to_pylist()),
        dtype=np.int64,
        count=keyed.num_rows,
    )
    keyed = keyed.append_column("partition", pa.array(partitions)).sort_by(
        [("partition", "ascending"), (GROUP_KEY, "ascending"), (ORDER, "ascending")]
    )
    task.work_dir.mkdir(parents=True, exist_ok=True)
    target = task.work_dir / f"{task.index:05d}.parquet"
    temporary = target.with_name(target.name + ".tmp")
    row_groups: dict[str, list[int]] = {}
    sorted_partitions = keyed.column("partition").to_numpy()
    keyed = keyed.drop_columns(["partition"])
    boundaries = np.flatnonzero(np.diff(sorted_partitions)) + 1
    starts = np.concatenate([[0], boundaries]) if keyed.num_rows else np.array([], dtype=np.int64)
    ends = np.concatenate([boundaries, [keyed.num_rows]]) if keyed.num_rows else np.array([], dtype=np.int64)
    with pq.ParquetWriter(temporary, keyed.schema, compression="zstd") as writer:
        for group, (start, end) in enumerate(zip(starts, ends)):
            writer.write_table(keyed.slice(start, end - start), row_group_size=max(int(end - start), 1))
            row_groups[str(int(sorted_partitions[start]))] = [group]
    os.replace(temporary, target)
    stats.add("group.bytes", target.stat().st_size)
    return {"file": target.name, "row_groups": row_groups}


def read_partition(work_dir: Path, pieces: list[tuple[str, list[int]]]) -> pa.Table:
    """Every row of one partition, sorted by repository then by input order."""
    tables = [pq.ParquetFile(work_dir / name).read_row_groups(groups) for name, groups in pieces]
    if not tables:
        return pa.table({})
    table = pa.concat_tables(tables, promote_options="default")
    return table.sort_by([(GROUP_KEY, "ascending"), (ORDER, "ascending")])


def iter_repositories(table: pa.Table) -> Iterator[tuple[str, list[dict]]]:
    """``(repo_name, records)`` for each repository of a sorted partition table."""
    if table.num_rows == 0:
        return
    keys = table.column(GROUP_KEY)
    changes = pc.not_equal(keys.slice(1), keys.slice(0, table.num_rows - 1)).to_numpy(zero_copy_only=False)
    boundaries = np.concatenate([[0], np.flatnonzero(changes) + 1, [table.num_rows]])
    for start, end in zip(boundaries[:-1], boundaries[1:]):
        records = table.slice(int(start), int(end - start)).to_pylist()
        yield records[0].get("repo_name") or "", records
