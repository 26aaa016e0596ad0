"""``codelm dedup``: exact and MinHash-LSH near-dedup as named stages that share one ``MinHashConfig``.

1. ``signature_stage`` (one task per input shard): MinHash signatures, band hashes and the
   content hash of every document, plus its rank keys. Band hashes go to Parquet files
   partitioned by hash, so no later step needs more than one partition in memory.
2. ``bucket_stage`` (one task per partition): documents sharing a band hash (or a content hash)
   become candidate edges; with ``--index``, also matches against earlier runs.
3. ``verify_stage`` (``--verify``, one task per shard): shingle sets of the candidate documents,
   so that the driver links only pairs whose exact Jaccard reaches the threshold.
4. ``cluster_stage`` (the driver): union-find over the edges, then one member kept per cluster.
5. ``write_stage`` (one task per input shard): the kept rows, the rejected rows with their
   reason, the clusters table, and the index update.

Everything between stages lives in the output folder's work directory, and each stage is a
resumable ``StageRun`` phase: a killed run redoes only the tasks that had not finished.
Memory: a task holds one input shard's signatures or one partition of band hashes; the driver
holds 8 bytes per document for union-find plus the rank keys of the documents in clusters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import xxhash

from codelm.pipeline.dedup import index as incremental
from codelm.pipeline.dedup.clusters import REASONS, connected_components, decide, size_histogram
from codelm.pipeline.dedup.config import EXACT_MODES, KEEP_RULES, MinHashConfig
from codelm.pipeline.dedup.lsh import band_hashes, resolve_bands_rows
from codelm.pipeline.dedup.minhash import (
    MAX_SHINGLE_SIZE,
    jaccard,
    permutations,
    shingle_sets,
    signatures,
    string_buffers,
)
from codelm.pipeline.dedup.ranking import RANK_SCHEMA, keep_order, rank_keys, ranking_columns
from codelm.pipeline.engines import make_engine
from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.logs import log
from codelm.pipeline.shard_folder import StageRun
from codelm.pipeline.shards import (
    ShardWriter,
    check_columns,
    file_fingerprint,
    input_roots,
    iter_batches,
    resolve_inputs,
    shard_num_rows,
    shard_schema,
)
from codelm.pipeline.stats import Stats
from codelm.pipeline.steps import RunOptions

EXACT_BAND = -1
# Bytes per band-hash row on disk before compression (band, hash, gidx); partitions are sized so
# that one holds about 64 MiB of them.
_BAND_ROW_BYTES = 18
_PARTITION_BYTES = 64 << 20
_MAX_PARTITIONS = 256
CLUSTERS_SCHEMA = pa.schema(
    [("id", pa.string()), ("cluster_id", pa.string()), ("cluster_size", pa.int64()), ("kept", pa.bool_())]
)
# What signature_stage keeps per document: the rank keys, and what the cluster step needs.
DOCS_SCHEMA = pa.schema(
    [*RANK_SCHEMA, pa.field("gidx", pa.int64()), pa.field("exact_hash", pa.uint64()), pa.field("tokens", pa.int64())]
)
_DECISIONS_SCHEMA = pa.schema(
    [
        ("row", pa.int64()),
        ("kept", pa.bool_()),
        ("reason", pa.int8()),
        ("cluster_id", pa.string()),
        ("cluster_size", pa.int64()),
    ]
)


@dataclass
class DedupPlan:
    """What every task of one run needs to know."""

    config: MinHashConfig
    bands: int
    rows: int
    partitions: int
    work_dir: Path
    index_owner: str = ""  # names every entry of this output in the index, whichever run wrote it
    index_staging: Path | None = None  # where this run stages its index entries until it publishes
    index_entry_prefix: str = ""  # names this run's entries


@dataclass
class ShardTask:
    plan: DedupPlan
    shard: int
    path: Path
    first_gidx: int
    num_rows: int
    output_staging: Path | None = None
    rejected_staging: Path | None = None
    clusters_staging: Path | None = None
    output_format: str = "parquet"
    shard_bytes: int = 128 << 20
    candidates: np.ndarray | None = None  # verify_stage: gidx of this shard's candidate documents


@dataclass
class PartitionTask:
    plan: DedupPlan
    partition: int


def _write_parquet(table: pa.Table, path: Path, compression: str = "snappy") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    pq.write_table(table, temporary, compression=compression)
    temporary.replace(path)


def _bands_file(plan: DedupPlan, partition: int, shard: int) -> Path:
    return plan.work_dir / "bands" / f"p{partition:04d}" / f"shard-{shard:05d}.parquet"


def content_hashes(data: np.ndarray, offsets: np.ndarray, mode: str) -> np.ndarray:
    """xxh3-64 of each document's bytes (``whitespace``: after collapsing whitespace runs to one space)."""
    hashes = np.empty(len(offsets) - 1, np.uint64)
    for doc in range(len(hashes)):
        text = data[offsets[doc] : offsets[doc + 1]]
        if mode == "whitespace":
            text = b" ".join(text.tobytes().split())
        hashes[doc] = xxhash.xxh3_64_intdigest(text)
    return hashes


def signature_stage(task: ShardTask) -> dict:
    """Signatures → band hashes (partitioned Parquet) and per-document keys, for one input shard."""
    plan, config = task.plan, task.plan.config
    a, b = permutations(config.num_perm, config.seed)
    names = shard_schema(task.path).names
    columns = ["content", *ranking_columns(names)]
    band_parts, hash_parts, gidx_parts, doc_tables = [], [], [], []
    stats = Stats()
    first = task.first_gidx
    for batch in iter_batches(task.path, columns=columns):
        data, offsets = string_buffers(batch.column("content"))
        with stats.timer("signatures"):
            signature, tokens = signatures(data, offsets, a, b, config.shingle_size)
        gidx = first + np.arange(batch.num_rows, dtype=np.int64)
        exact = content_hashes(data, offsets, "content" if config.exact == "off" else config.exact)
        eligible = tokens >= config.min_tokens
        stats.add("near.too_few_tokens", int((~eligible).sum()))
        bands = band_hashes(signature[eligible], plan.bands, plan.rows)
        band_parts.append(np.tile(np.arange(plan.bands, dtype=np.int16), int(eligible.sum())))
        hash_parts.append(bands.ravel())
        gidx_parts.append(np.repeat(gidx[eligible], plan.bands))
        if config.exact != "off":
            band_parts.append(np.full(batch.num_rows, EXACT_BAND, np.int16))
            hash_parts.append(exact)
            gidx_parts.append(gidx)
        keys = rank_keys(batch, first)
        doc_tables.append(
            keys.append_column("gidx", pa.array(gidx))
            .append_column("exact_hash", pa.array(exact))
            .append_column("tokens", pa.array(tokens))
        )
        first += batch.num_rows
    docs = pa.concat_tables(doc_tables) if doc_tables else DOCS_SCHEMA.empty_table()
    _write_parquet(docs, plan.work_dir / "docs" / f"shard-{task.shard:05d}.parquet")
    band = np.concatenate(band_parts) if band_parts else np.zeros(0, np.int16)
    hashes = np.concatenate(hash_parts) if hash_parts else np.zeros(0, np.uint64)
    gidx = np.concatenate(gidx_parts) if gidx_parts else np.zeros(0, np.int64)
    partition = (hashes % np.uint64(plan.partitions)).astype(np.int64)
    order = np.argsort(partition, kind="stable")
    bounds = np.searchsorted(partition[order], np.arange(plan.partitions + 1))
    for part in range(plan.partitions):
        rows = order[bounds[part] : bounds[part + 1]]
        table = pa.table({"band": band[rows], "hash": hashes[rows], "gidx": gidx[rows]})
        # Hashes do not compress; uncompressed files read about 6x faster.
        _write_parquet(table, _bands_file(plan, part, task.shard), compression="none")
    return {"stats": stats.to_dict()}


def bucket_stage(task: PartitionTask) -> dict:
    """Candidate edges among documents that share a band hash in one partition (and index matches)."""
    plan = task.plan
    folder = plan.work_dir / "bands" / f"p{task.partition:04d}"
    files = sorted(folder.glob("*.parquet"))
    table = pa.concat_tables(pq.read_table(path) for path in files) if files else None
    if table is None or table.num_rows == 0:
        band, hashes, gidx = np.zeros(0, np.int16), np.zeros(0, np.uint64), np.zeros(0, np.int64)
    else:
        band = table.column("band").to_numpy()
        hashes = table.column("hash").to_numpy()
        gidx = table.column("gidx").to_numpy()
    # One 64-bit key per (band, hash). Sorting the bare keys is ~10x faster than sorting rows
    # (SIMD sort), and only the few rows whose key repeats need their documents ordered.
    with np.errstate(over="ignore"):
        key = hashes ^ ((band.astype(np.int64) + 2).astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    ordered = np.sort(key)
    repeated = np.unique(ordered[1:][ordered[1:] == ordered[:-1]])
    shared = np.zeros(0, np.int64)
    if len(repeated):
        # A bitmap of the repeated keys' low bits rules out almost every row with one gather;
        # binary search only the rest (searching every row cost ~4x the sort).
        size = 1 << int(min(26, max(16, math.ceil(math.log2(len(repeated) * 16)))))
        low_bits = np.uint64(size - 1)
        bitmap = np.zeros(size, bool)
        bitmap[(repeated & low_bits).astype(np.int64)] = True
        maybe = np.flatnonzero(bitmap[(key & low_bits).astype(np.int64)])
        slot = np.minimum(np.searchsorted(repeated, key[maybe]), len(repeated) - 1)
        shared = maybe[repeated[slot] == key[maybe]]
    order = shared[np.lexsort((gidx[shared], key[shared]))]
    starts_group = np.ones(len(order), bool)
    starts_group[1:] = key[order][1:] != key[order][:-1]
    group_first = gidx[order][np.flatnonzero(starts_group)][np.cumsum(starts_group) - 1]
    member = ~starts_group
    # A star from the first document of each bucket: one edge per extra member links the bucket.
    first, second, exact = group_first[member], gidx[order][member], band[order][member] == EXACT_BAND
    pairs = np.unique(np.stack([first, second, ~exact]).T, axis=0) if len(first) else np.zeros((0, 3), np.int64)
    edges = pa.table({"a": pairs[:, 0], "b": pairs[:, 1], "exact": pairs[:, 2] == 0})
    _write_parquet(edges, plan.work_dir / "edges" / f"p{task.partition:04d}.parquet")
    result = {"edges": int(len(pairs))}
    if plan.config.index_dir is not None:
        indexed = incremental.read_partition(plan.config.index_dir, task.partition, plan.index_owner)
        found, labels, found_exact = incremental.match(band, hashes, gidx, indexed)
        matches = pa.table({"gidx": found, "label": pa.array(labels, pa.string()), "exact": found_exact})
        _write_parquet(matches, plan.work_dir / "index_edges" / f"p{task.partition:04d}.parquet")
        result["index_matches"] = int(len(found))
    return result


def verify_stage(task: ShardTask) -> dict:
    """Shingle sets of this shard's candidate documents, for exact Jaccard checks."""
    rows = task.candidates - task.first_gidx
    table = pa.Table.from_batches(list(iter_batches(task.path, columns=["content"])))
    data, offsets = string_buffers(table.column("content").take(pa.array(rows)))
    sets = shingle_sets(data, offsets, task.plan.config.shingle_size)
    out = pa.table({"gidx": task.candidates, "shingles": pa.array(sets, pa.list_(pa.uint64()))})
    _write_parquet(out, task.plan.work_dir / "shingles" / f"shard-{task.shard:05d}.parquet")
    return {"documents": int(len(rows))}


def _read_edges(plan: DedupPlan) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    files = sorted((plan.work_dir / "edges").glob("*.parquet"))
    tables = [pq.read_table(path) for path in files]
    if not tables or sum(t.num_rows for t in tables) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, bool)
    table = pa.concat_tables(tables)
    return (
        table.column("a").to_numpy(),
        table.column("b").to_numpy(),
        table.column("exact").to_numpy(zero_copy_only=False),
    )


def _verified(plan: DedupPlan, first: np.ndarray, second: np.ndarray, stats: Stats) -> np.ndarray:
    """Which near-duplicate candidate edges reach the threshold by exact Jaccard."""
    sets: dict[int, np.ndarray] = {}
    for path in sorted((plan.work_dir / "shingles").glob("*.parquet")):
        table = pq.read_table(path)
        lists = table.column("shingles").combine_chunks()
        offsets = lists.offsets.to_numpy()
        values = lists.values.to_numpy()
        for row, gidx in enumerate(table.column("gidx").to_numpy()):
            sets[int(gidx)] = values[offsets[row] : offsets[row + 1]]
    keep = np.array(
        [jaccard(sets[int(a)], sets[int(b)]) >= plan.config.threshold for a, b in zip(first, second)], bool
    )
    stats.add("near.verified_pairs", int(keep.sum()))
    stats.add("near.rejected_pairs", int((~keep).sum()))
    return keep


def cluster_stage(plan: DedupPlan, tasks: list[ShardTask], num_docs: int, stats: Stats) -> None:
    """Union-find over all edges; writes each shard's decisions for the documents in clusters."""
    first, second, exact = _read_edges(plan)
    stats.add("near.candidate_pairs", int((~exact).sum()))
    if plan.config.verify:
        near = ~exact
        keep = np.ones(len(first), bool)
        keep[near] = _verified(plan, first[near], second[near], stats)
        first, second, exact = first[keep], second[keep], exact[keep]
    labels: list[str] = []
    index_gidx = np.zeros(0, np.int64)
    index_exact = np.zeros(0, bool)
    index_node = np.zeros(0, np.int64)
    if plan.config.index_dir is not None:
        tables = [pq.read_table(path) for path in sorted((plan.work_dir / "index_edges").glob("*.parquet"))]
        matches = pa.concat_tables(tables) if tables else None
        if matches is not None and matches.num_rows:
            labels, inverse = np.unique(matches.column("label").to_numpy(zero_copy_only=False), return_inverse=True)
            labels = [str(label) for label in labels]
            index_gidx = matches.column("gidx").to_numpy()
            index_exact = matches.column("exact").to_numpy(zero_copy_only=False)
            index_node = num_docs + inverse.astype(np.int64)
    num_nodes = num_docs + len(labels)
    component = connected_components(
        num_nodes, np.concatenate([first, index_gidx]), np.concatenate([second, index_node])
    )
    new_component = component[:num_docs]
    members_per_component = np.bincount(new_component, minlength=num_nodes)
    # A component reaching into the index takes the smallest label among its indexed clusters
    # (labels are sorted and numbered in order); -1: no indexed cluster.
    component_label = np.full(num_nodes, len(labels), np.int64)
    index_components = component[num_docs:]
    np.minimum.at(component_label, index_components, np.arange(len(labels)))
    component_label[component_label == len(labels)] = -1
    if len(labels):
        bridged = np.unique(index_components, return_counts=True)[1]
        stats.add("index.merged_clusters", int((bridged > 1).sum()))
    in_cluster = (members_per_component[new_component] > 1) | (component_label[new_component] >= 0)
    members = np.flatnonzero(in_cluster)
    matched_exactly = np.zeros(num_docs, bool)
    matched_exactly[index_gidx[index_exact]] = True
    if plan.config.index_dir is not None:
        stats.add("index.matched_documents", int(len(np.unique(index_gidx))))

    keys = _member_keys(plan, tasks, in_cluster)
    ranks = keep_order(keys, members, plan.config.keep)
    decisions = decide(
        members,
        new_component[members],
        ranks,
        keys.column("exact_hash").to_numpy(),
        plan.config.keep,
        component_label[new_component[members]] >= 0,
        matched_exactly[members],
    )
    ids = keys.column("id").to_numpy(zero_copy_only=False)
    position = np.searchsorted(members, decisions.representative)
    cluster_ids = ids[position].astype(object)
    from_index = component_label[new_component[members]]
    indexed = from_index >= 0
    cluster_ids[indexed] = np.array(labels, dtype=object)[from_index[indexed]]
    representatives = (decisions.members == decisions.representative) & (from_index < 0)
    stats.add("clusters", int(representatives.sum()))
    stats.merge({"cluster_sizes": size_histogram(decisions.cluster_size[representatives])})
    for task in tasks:
        low, high = np.searchsorted(members, [task.first_gidx, task.first_gidx + task.num_rows])
        table = pa.table(
            {
                "row": members[low:high] - task.first_gidx,
                "kept": decisions.kept[low:high],
                "reason": decisions.reason[low:high],
                "cluster_id": pa.array(cluster_ids[low:high], pa.string()),
                "cluster_size": decisions.cluster_size[low:high],
            },
            schema=_DECISIONS_SCHEMA,
        )
        _write_parquet(table, plan.work_dir / "decisions" / f"shard-{task.shard:05d}.parquet")


def _member_keys(plan: DedupPlan, tasks: list[ShardTask], in_cluster: np.ndarray) -> pa.Table:
    """The rank keys of the documents in clusters, in gidx order."""
    tables = []
    for task in tasks:
        path = plan.work_dir / "docs" / f"shard-{task.shard:05d}.parquet"
        docs = pq.read_table(path)
        if docs.num_rows:
            tables.append(docs.filter(pa.array(in_cluster[docs.column("gidx").to_numpy()])))
    return pa.concat_tables(tables) if tables else DOCS_SCHEMA.empty_table()


def write_stage(task: ShardTask) -> dict:
    """Kept rows to the output, dropped rows (with reason) to --rejected-out, members to --clusters-out."""
    plan = task.plan
    decisions = pq.read_table(plan.work_dir / "decisions" / f"shard-{task.shard:05d}.parquet")
    reason = np.zeros(task.num_rows, np.int8)
    kept_member = np.zeros(task.num_rows, bool)
    rows = decisions.column("row").to_numpy()
    reason[rows] = decisions.column("reason").to_numpy()
    kept_member[rows] = decisions.column("kept").to_numpy(zero_copy_only=False)
    stats = Stats({"docs_in": 0, "docs_out": 0})
    writer = ShardWriter(task.output_staging, f"{task.shard:05d}", None, task.output_format, task.shard_bytes)
    rejected = None
    if task.rejected_staging is not None:
        rejected = ShardWriter(task.rejected_staging, f"{task.shard:05d}", None, task.output_format, task.shard_bytes)
    start = 0
    reason_names = np.array(["", *REASONS.values()], dtype=object)
    for batch in iter_batches(task.path):
        count = batch.num_rows
        batch_reason = reason[start : start + count]
        _, offsets = string_buffers(batch.column("content"))
        sizes = np.diff(offsets)
        keep = batch_reason == 0
        stats.add("docs_in", count)
        stats.add("bytes_in", int(sizes.sum()))
        stats.add("docs_out", int(keep.sum()))
        stats.add("bytes_out", int(sizes[keep].sum()))
        for code, name in REASONS.items():
            dropped = batch_reason == code
            if dropped.any():
                stats.add(f"dropped.{name}", int(dropped.sum()))
                stats.add(f"dropped_bytes.{name}", int(sizes[dropped].sum()))
        writer.write_table(batch.filter(pa.array(keep)))
        if rejected is not None and not keep.all():
            dropped_rows = batch.filter(pa.array(~keep))
            names = pa.array(reason_names[batch_reason[~keep]].tolist(), pa.string())
            rejected.write_table(pa.Table.from_batches([dropped_rows]).append_column("reason", names))
        start += count
    result = {"shards": writer.close(), "stats": stats.to_dict()}
    if rejected is not None:
        result["rejected_shards"] = rejected.close()
    if task.clusters_staging is not None:
        clusters = ShardWriter(task.clusters_staging, f"{task.shard:05d}", CLUSTERS_SCHEMA, task.output_format)
        ids = pq.read_table(plan.work_dir / "docs" / f"shard-{task.shard:05d}.parquet", columns=["id"])
        clusters.write_table(
            pa.table(
                {
                    "id": ids.column("id").take(pa.array(rows)),
                    "cluster_id": decisions.column("cluster_id"),
                    "cluster_size": decisions.column("cluster_size"),
                    "kept": decisions.column("kept"),
                },
                schema=CLUSTERS_SCHEMA,
            )
        )
        result["cluster_shards"] = clusters.close()
    if plan.config.index_dir is not None:
        _update_index(task, decisions)
    return result


def _update_index(task: ShardTask, decisions: pa.Table) -> None:
    """Add this shard's band and content hashes to the index, labelled with their cluster."""
    plan = task.plan
    ids = pq.read_table(plan.work_dir / "docs" / f"shard-{task.shard:05d}.parquet", columns=["id"])
    label = np.asarray(ids.column("id").to_numpy(zero_copy_only=False), dtype=object)
    label[decisions.column("row").to_numpy()] = decisions.column("cluster_id").to_numpy(zero_copy_only=False)
    for part in range(plan.partitions):
        bands = pq.read_table(_bands_file(plan, part, task.shard))
        rows = bands.column("gidx").to_numpy() - task.first_gidx
        entries = pa.table(
            {
                "band": bands.column("band"),
                "hash": bands.column("hash"),
                "label": pa.array(label[rows].tolist(), pa.string()),
            },
            schema=incremental.INDEX_SCHEMA,
        )
        incremental.write_entries(plan.index_staging, part, f"{plan.index_entry_prefix}-{task.shard:05d}", entries)


def _check(config: MinHashConfig) -> None:
    if config.keep not in KEEP_RULES:
        raise UsageProblem(f"--keep must be one of {', '.join(KEEP_RULES)}, got {config.keep!r}")
    if config.exact not in EXACT_MODES:
        raise UsageProblem(f"--exact must be one of {', '.join(EXACT_MODES)}, got {config.exact!r}")
    if not 1 <= config.shingle_size <= MAX_SHINGLE_SIZE:
        raise UsageProblem(f"--shingle-size must be 1..{MAX_SHINGLE_SIZE}, got {config.shingle_size}")
    if config.verify and config.index_dir is not None:
        raise UsageProblem("--verify needs the documents of both sides; the index keeps only hashes")


def partition_count(num_docs: int, bands: int) -> int:
    return max(1, min(_MAX_PARTITIONS, math.ceil(num_docs * (bands + 1) * _BAND_ROW_BYTES / _PARTITION_BYTES)))


def dedup(input_spec, output_dir: str | Path, config: MinHashConfig, options: RunOptions) -> dict:
    """Deduplicate the shards of ``input_spec`` into ``output_dir``; returns the stage's stats."""
    _check(config)
    bands, rows = resolve_bands_rows(
        config.threshold,
        config.num_perm,
        config.bands,
        config.rows,
        config.false_positive_weight,
        config.false_negative_weight,
    )
    inputs = resolve_inputs(input_spec)
    for path in inputs:
        check_columns(path, shard_schema(path))
    counts = [shard_num_rows(path) for path in inputs]
    firsts = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)])
    output_dir = Path(output_dir)
    parameters = {
        **config.parameters(),
        "bands": bands,
        "rows": rows,
        "output_format": options.output_format,
        "shard_bytes": options.shard_bytes,
    }
    with StageRun(
        output_dir,
        "dedup",
        parameters,
        [file_fingerprint(path) for path in inputs],
        input_paths=input_roots(input_spec),
        force=options.force,
        side_outputs={"--rejected-out": options.rejected_dir, "--clusters-out": config.clusters_dir},
        index_dir=config.index_dir,
    ) as run:
        if not run.start():
            return run.load_stats()
        return _dedup_run(run, config, options, inputs, counts, firsts, bands, rows)


def _dedup_run(
    run: StageRun,
    config: MinHashConfig,
    options: RunOptions,
    inputs: list[Path],
    counts: list[int],
    firsts: np.ndarray,
    bands: int,
    rows: int,
) -> dict:
    num_docs = int(firsts[-1])
    partitions = partition_count(num_docs, bands)
    plan = DedupPlan(config, bands, rows, partitions, run.work_dir / "dedup")
    if config.index_dir is not None:
        settings = {**config.parameters(), "bands": bands, "rows": rows}
        plan.partitions = incremental.open_index(config.index_dir, settings, partitions)
        plan.index_owner = run.output_key
        plan.index_staging = run.index_staging_dir()
        plan.index_entry_prefix = run.index_entry_prefix
    log.info("dedup: %d documents, %d bands × %d rows, %d partitions", num_docs, bands, rows, plan.partitions)
    tasks = [
        ShardTask(
            plan,
            shard,
            path,
            int(firsts[shard]),
            counts[shard],
            run.staging_dir(),
            run.staging_dir(options.rejected_dir) if options.rejected_dir else None,
            run.staging_dir(config.clusters_dir) if config.clusters_dir else None,
            options.output_format,
            options.shard_bytes,
        )
        for shard, path in enumerate(inputs)
    ]
    stats = Stats({"docs_in": 0, "docs_out": 0})
    stats.add("near.bands", bands)
    stats.add("near.rows", rows)
    engine = make_engine(options.engine)
    try:
        for result in run.map("signatures", signature_stage, tasks, engine, unit="shard"):
            stats.merge(result["stats"])
        partition_tasks = [PartitionTask(plan, part) for part in range(plan.partitions)]
        for result in run.map("buckets", bucket_stage, partition_tasks, engine, unit="partition"):
            if "index_matches" in result:
                stats.add("index.matches", result["index_matches"])
        if config.verify:
            _run_verify(run, plan, tasks, engine)
        cluster_stage(plan, tasks, num_docs, stats)
        results = run.map("write", write_stage, tasks, engine, unit="shard")
    finally:
        engine.close()
    for result in results:
        stats.merge(result["stats"])
    outputs = {run.output_dir: [result["shards"] for result in results]}
    if options.rejected_dir:
        outputs[Path(options.rejected_dir)] = [result["rejected_shards"] for result in results]
    if config.clusters_dir:
        outputs[Path(config.clusters_dir)] = [result["cluster_shards"] for result in results]
    run.finish(stats, outputs)
    return stats.to_dict()


def _run_verify(run: StageRun, plan: DedupPlan, tasks: list[ShardTask], engine) -> None:
    first, second, exact = _read_edges(plan)
    candidates = np.unique(np.concatenate([first[~exact], second[~exact]]))
    verify_tasks = []
    for task in tasks:
        low, high = np.searchsorted(candidates, [task.first_gidx, task.first_gidx + task.num_rows])
        verify_tasks.append(
            ShardTask(plan, task.shard, task.path, task.first_gidx, task.num_rows, candidates=candidates[low:high])
        )
    run.map("verify", verify_stage, verify_tasks, engine, unit="shard")
