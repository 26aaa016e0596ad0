"""Which member of a duplicate cluster to keep: The Stack v2's order.

Permissive license > no license > non-permissive, then more stars, more forks, more recent, then
the smallest id. Each signature task stores these keys per document; the cluster step ranks only
the documents that fell into clusters.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from codelm.pipeline.ingest.licenses import PERMISSIVE

LICENSE_PERMISSIVE, LICENSE_NONE, LICENSE_OTHER = 0, 1, 2
# Columns that carry forks and recency in The Stack v1/v2 and GitHub dumps, first match wins.
FORK_COLUMNS = ("forks", "forks_count", "max_forks_count", "fork_events_count")
RECENCY_COLUMNS = ("revision_date", "committer_date", "max_stars_repo_stars_event_max_datetime", "updated_at")
RANK_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("license_class", pa.int8()),
        ("stars", pa.int64()),
        ("forks", pa.int64()),
        ("recency", pa.string()),
    ]
)


def ranking_columns(names: list[str]) -> list[str]:
    """The input columns the rank keys are read from."""
    wanted = ["id", "licenses", "license_type", "stars"]
    wanted.append(next((name for name in FORK_COLUMNS if name in names), ""))
    wanted.append(next((name for name in RECENCY_COLUMNS if name in names), ""))
    return [name for name in wanted if name in names]


def rank_keys(batch: pa.RecordBatch, first_gidx: int) -> pa.Table:
    """The rank keys of a batch's documents (missing columns: no license, 0 stars/forks, no date)."""
    names = batch.schema.names
    rows = batch.num_rows
    ids = pc.cast(batch.column("id"), pa.string()) if "id" in names else pa.nulls(rows, pa.string())
    if ids.null_count:  # documents without an id are named by their position in the input
        ids = pc.if_else(pc.is_null(ids), pa.array([str(first_gidx + i) for i in range(rows)]), ids)
    return pa.table(
        [
            ids,
            pa.array(_license_class(batch), pa.int8()),
            _count(batch, "stars"),
            _count(batch, next((name for name in FORK_COLUMNS if name in names), "")),
            _recency(batch),
        ],
        schema=RANK_SCHEMA,
    )


def _license_class(batch: pa.RecordBatch) -> np.ndarray:
    names = batch.schema.names
    if "license_type" in names:  # The Stack v2 classifies each file already
        kind = batch.column("license_type").to_numpy(zero_copy_only=False)
        return np.select(
            [kind == "permissive", kind == "no_license"], [LICENSE_PERMISSIVE, LICENSE_NONE], LICENSE_OTHER
        )
    if "licenses" not in names:
        return np.full(batch.num_rows, LICENSE_NONE, np.int8)
    licenses = batch.column("licenses")
    lengths = pc.fill_null(pc.list_value_length(licenses), 0).to_numpy()
    flat = pc.list_flatten(licenses)
    parents = pc.list_parent_indices(licenses).to_numpy()
    permissive = pc.fill_null(pc.is_in(flat, value_set=pa.array(sorted(PERMISSIVE))), False).to_numpy(
        zero_copy_only=False
    )
    others = np.bincount(parents[~permissive], minlength=batch.num_rows)
    return np.where(lengths == 0, LICENSE_NONE, np.where(others == 0, LICENSE_PERMISSIVE, LICENSE_OTHER))


def _count(batch: pa.RecordBatch, name: str) -> pa.Array:
    if name not in batch.schema.names:
        return pa.array(np.zeros(batch.num_rows, np.int64))
    return pc.fill_null(pc.cast(batch.column(name), pa.int64()), 0)


def _recency(batch: pa.RecordBatch) -> pa.Array:
    name = next((column for column in RECENCY_COLUMNS if column in batch.schema.names), None)
    if name is None:
        return pa.array([""] * batch.num_rows, pa.string())
    column = batch.column(name)
    if pa.types.is_timestamp(column.type) or pa.types.is_date(column.type):
        column = pc.strftime(column, format="%Y-%m-%dT%H:%M:%S")
    # ISO dates sort as strings; a missing date ranks as the oldest.
    return pc.fill_null(pc.cast(column, pa.string()), "")


def keep_order(keys: pa.Table, gidx: np.ndarray, rule: str) -> np.ndarray:
    """A sort key per document: smaller ranks first (``first``: input order)."""
    if rule == "first":
        return np.asarray(gidx, np.int64)
    id_rank = pc.rank(keys.column("id"), sort_keys="ascending", tiebreaker="dense").to_numpy()
    recency_rank = pc.rank(keys.column("recency"), sort_keys="descending", tiebreaker="dense").to_numpy()
    order = np.lexsort(
        (
            gidx,
            id_rank,
            recency_rank,
            -keys.column("forks").to_numpy(),
            -keys.column("stars").to_numpy(),
            keys.column("license_class").to_numpy(),
        )
    )
    ranks = np.empty(len(order), np.int64)
    ranks[order] = np.arange(len(order))
    return ranks
