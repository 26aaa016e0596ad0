"""The incremental index (``--index DIR``) for cron refreshes.

It holds the band hashes (and exact-content hashes, as band -1) of every document earlier runs
saw, kept or dropped, each labelled with its cluster: the id of the document that represents it.
A new run matches its band hashes against the index partition by partition, so a refresh reads
the index once and computes signatures only for the new shards.

Layout: ``index.json`` (the settings the hashes depend on, fixed when the index is created) and
``bands/pNNNN/<output>-<run>-<shard>.parquet`` with columns ``band, hash, label``, where
``<output>`` names the output folder a run wrote and ``<run>`` the run. A run stages its entries
in ``.codelm-work/<output>/`` and they become visible only when the run publishes
(``StageRun``), replacing the entries of earlier runs into the same output; a run never matches
against its own output's entries, so a rerun or ``--force`` does not dedup a corpus against itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.shards import atomic_write_json

INDEX_SCHEMA = pa.schema([("band", pa.int16()), ("hash", pa.uint64()), ("label", pa.string())])
# Settings that change band hashes; an index built with others cannot be matched against.
INDEX_SETTINGS = ("num_perm", "seed", "shingle_size", "min_tokens", "exact", "bands", "rows")


def open_index(index_dir: Path, settings: dict, default_partitions: int) -> int:
    """Create the index or check it matches ``settings``; returns its partition count."""
    manifest_path = Path(index_dir) / "index.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        differing = [name for name in INDEX_SETTINGS if manifest.get(name) != settings[name]]
        if differing:
            changes = ", ".join(f"{name} {manifest.get(name)} → {settings[name]}" for name in differing)
            raise UsageProblem(f"{index_dir} was built with other settings ({changes}); use a new --index folder")
        return int(manifest["partitions"])
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    atomic_write_json(
        manifest_path, {**{name: settings[name] for name in INDEX_SETTINGS}, "partitions": default_partitions}
    )
    return default_partitions


def partition_dir(index_dir: Path, partition: int) -> Path:
    return Path(index_dir) / "bands" / f"p{partition:04d}"


def read_partition(index_dir: Path, partition: int, exclude_owner: str) -> pa.Table:
    """Every published entry of one partition except those of the output ``exclude_owner`` names."""
    folder = partition_dir(index_dir, partition)
    files = (
        sorted(p for p in folder.glob("*.parquet") if not p.name.startswith(f"{exclude_owner}-"))
        if folder.exists()
        else []
    )
    if not files:
        return INDEX_SCHEMA.empty_table()
    return pa.concat_tables(pq.read_table(path, schema=INDEX_SCHEMA) for path in files)


def match(
    band: np.ndarray, hashes: np.ndarray, gidx: np.ndarray, index: pa.Table
) -> tuple[np.ndarray, list[str], np.ndarray]:
    """New entries whose (band, hash) is in the index: their gidx, the indexed label, whether exact (band -1)."""
    index_band = index.column("band").to_numpy()
    index_hash = index.column("hash").to_numpy()
    labels = index.column("label").to_pylist()
    found_gidx, found_label, found_exact = [], [], []
    for value in np.intersect1d(np.unique(band), np.unique(index_band)):
        in_band = np.flatnonzero(index_band == value)
        order = in_band[np.argsort(index_hash[in_band], kind="stable")]
        sorted_hashes = index_hash[order]
        new = np.flatnonzero(band == value)
        position = np.searchsorted(sorted_hashes, hashes[new])
        position = np.minimum(position, len(sorted_hashes) - 1)
        hit = sorted_hashes[position] == hashes[new]
        found_gidx.append(gidx[new][hit])
        found_label.extend(labels[i] for i in order[position[hit]])
        found_exact.append(np.full(int(hit.sum()), value < 0))
    if not found_gidx:
        return np.zeros(0, np.int64), [], np.zeros(0, bool)
    return np.concatenate(found_gidx), found_label, np.concatenate(found_exact)


def write_entries(root: Path, partition: int, name: str, table: pa.Table) -> None:
    """Write one partition's entries under ``root`` (a run's staging folder, laid out as the index)."""
    folder = partition_dir(root, partition)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f"{name}.parquet.tmp"
    pq.write_table(table, temporary)
    temporary.replace(folder / f"{name}.parquet")
