"""``codelm ingest``: source trees, git checkouts, The Stack v1/v2, JSONL and saved datasets → canonical shards."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from codelm.pipeline.engines import make_engine
from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.ingest.formats import (
    CANONICAL_SCHEMA,
    JSONL_SUFFIXES,
    canonicalize,
    column_map,
    detect_flavour,
    hf_dataset_files,
    read_jsonl,
)
from codelm.pipeline.ingest.sources import Repository, find_repositories, list_files, load_stars, read_source_file
from codelm.pipeline.shard_folder import StageRun, check_separate
from codelm.pipeline.shards import (
    SHARD_SUFFIXES,
    ShardWriter,
    file_fingerprint,
    input_roots,
    iter_batches,
    resolve_inputs,
)
from codelm.pipeline.stats import Stats
from codelm.pipeline.steps import RunOptions

INGEST_FORMATS = ("auto", "source", "stack-v1", "stack-v2", "parquet", "jsonl", "hf")
# Source files are read in tasks of at most this many bytes (or the shard size, if smaller) and
# files, so that every worker gets work even when the whole corpus fits in one output shard.
SOURCE_TASK_BYTES = 4 << 20
SOURCE_TASK_FILES = 4096
ROWS_PER_WRITE = 512


@dataclass
class IngestConfig:
    format: str = "auto"
    repos_under: list[Path] = field(default_factory=list)
    stars_file: Path | None = None
    max_file_size: int = 1_000_000  # The Stack's limit: files above 1 MB are dropped
    keep_unknown: bool = False
    text_column: str | None = None  # the source column that becomes `content` (default: content, else text)


@dataclass
class _SourceTask:
    repository: Repository
    files: list[str]  # paths relative to the repository root


@dataclass
class _TableTask:
    path: Path
    kind: str  # "parquet" or "jsonl"
    flavour: str | None  # forced by --format, else detected per file
    text_column: str | None = None


@dataclass
class _Task:
    index: int
    work: _SourceTask | _TableTask
    staging_dir: Path
    output_format: str
    shard_bytes: int


def _classify(sources: list[str], fmt: str, text_column: str | None) -> tuple[list[Path], list[_TableTask]]:
    """Split the given sources into source-tree roots and table files."""
    roots: list[Path] = []
    tables: list[_TableTask] = []
    flavour = fmt if fmt in ("stack-v1", "stack-v2") else None
    for spec in sources:
        path = Path(spec)
        kind = fmt
        if fmt == "auto":
            kind = _detect_kind(path)
        if kind == "source":
            if not path.is_dir():
                raise UsageProblem(f"{spec}: a source tree must be a folder")
            roots.append(path)
            continue
        if kind == "hf":
            files, file_kind = hf_dataset_files(path), "parquet"
        elif kind == "jsonl":
            files = resolve_inputs(spec, JSONL_SUFFIXES) if path.is_dir() else resolve_inputs(spec, ())
            file_kind = "jsonl"
        else:
            files, file_kind = resolve_inputs(spec), "parquet"
        tables.extend(_TableTask(file, file_kind, flavour, text_column) for file in files)
    return roots, tables


def _detect_kind(path: Path) -> str:
    if path.is_dir():
        if (path / ".git").exists():
            return "source"
        if (path / "state.json").exists() or (path / "dataset_dict.json").exists():
            return "hf"
        if any(path.glob("*.parquet")) or any(path.glob("*.arrow")) or (path / "_SUCCESS").exists():
            return "parquet"
        if any(str(child).endswith(JSONL_SUFFIXES) for child in path.iterdir()):
            return "jsonl"
        return "source"
    if path.name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if path.suffix in SHARD_SUFFIXES:
        return "parquet"
    if not path.exists() and not any(ch in str(path) for ch in "*?["):
        raise UsageProblem(f"input not found: {path}")
    return "parquet"


def ingest(sources: list[str], output_dir: str | Path, config: IngestConfig, options: RunOptions) -> dict:
    """Write canonical-column shards for every source; returns the stage's stats."""
    if config.format not in INGEST_FORMATS:
        raise UsageProblem(f"unknown format {config.format!r}; choose from {', '.join(INGEST_FORMATS)}")
    if not sources and not config.repos_under:
        raise UsageProblem("give at least one source (or --repos-under DIR)")
    input_paths = [*input_roots(sources), *config.repos_under, *([config.stars_file] if config.stars_file else [])]
    check_separate(input_paths, {"OUTPUT": Path(output_dir)})
    roots, tables = _classify(sources, config.format, config.text_column)
    driver_stats = Stats({"docs_in": 0, "docs_out": 0})
    repositories = find_repositories(roots, [Path(p) for p in config.repos_under], load_stars(config.stars_file))
    work: list[_SourceTask | _TableTask] = []
    fingerprints: list[dict] = []
    for repository in repositories:
        listing = list_files(repository, config.max_file_size, config.keep_unknown, driver_stats)
        fingerprints.append(_tree_fingerprint(repository, listing))
        work.extend(_chunk(repository, listing, min(options.shard_bytes, SOURCE_TASK_BYTES)))
    for table in tables:
        fingerprints.append(file_fingerprint(table.path))
        work.append(table)
    parameters = {
        "format": config.format,
        "max_file_size": config.max_file_size,
        "keep_unknown": config.keep_unknown,
        "text_column": config.text_column,
        "stars": {repo.name: repo.stars for repo in repositories if repo.stars},
        "output_format": options.output_format,
        "shard_bytes": options.shard_bytes,
    }
    with StageRun(output_dir, "ingest", parameters, fingerprints, input_paths=input_paths, force=options.force) as run:
        if not run.start():
            return run.load_stats()
        tasks = [
            _Task(index, item, run.staging_dir(), options.output_format, options.shard_bytes)
            for index, item in enumerate(work)
        ]
        engine = make_engine(options.engine)
        try:
            results = run.map("ingest", _run_task, tasks, engine)
        finally:
            engine.close()
        stats = driver_stats
        stats.add("repositories", len(repositories))
        for result in results:
            stats.merge(result["stats"])
        run.finish(stats, {Path(output_dir): [result["shards"] for result in results]})
        return stats.to_dict()


def _tree_fingerprint(repository: Repository, listing: list[tuple[str, int, int]]) -> dict:
    digest = hashlib.sha256()
    for relative, size, mtime_ns in listing:
        digest.update(os.fsencode(relative) + f"\0{size}\0{mtime_ns}\n".encode())
    return {
        "path": str(Path(repository.root).resolve()),
        "repo_name": repository.name,
        "licenses": repository.licenses,
        "files": len(listing),
        "bytes": sum(size for _, size, _ in listing),
        "listing_sha256": digest.hexdigest(),
    }


def _chunk(repository: Repository, listing: list[tuple[str, int, int]], task_bytes: int) -> list[_SourceTask]:
    chunks: list[_SourceTask] = []
    current: list[str] = []
    current_bytes = 0
    for relative, size, _ in listing:
        if current and (current_bytes + size > task_bytes or len(current) >= SOURCE_TASK_FILES):
            chunks.append(_SourceTask(repository, current))
            current, current_bytes = [], 0
        current.append(relative)
        current_bytes += size
    if current:
        chunks.append(_SourceTask(repository, current))
    return chunks


def _run_task(task: _Task) -> dict:
    stats = Stats()
    writer = ShardWriter(task.staging_dir, f"{task.index:05d}", None, task.output_format, task.shard_bytes)
    if isinstance(task.work, _SourceTask):
        writer.schema = CANONICAL_SCHEMA
        rows = []
        for relative in task.work.files:
            row = read_source_file(task.work.repository, relative, stats)
            if row is None:
                continue
            rows.append(row)
            if len(rows) >= ROWS_PER_WRITE:
                _write(writer, pa.Table.from_pylist(rows, schema=CANONICAL_SCHEMA), stats)
                rows = []
        _write(writer, pa.Table.from_pylist(rows, schema=CANONICAL_SCHEMA), stats)
    else:
        for table in _read_table_file(task.work, stats):
            _write(writer, table, stats)
    return {"shards": writer.close(), "stats": stats.to_dict()}


def _read_table_file(work: _TableTask, stats: Stats):
    if work.kind == "jsonl":
        yield from read_jsonl(work.path, ROWS_PER_WRITE, stats, work.flavour, work.text_column)
        return
    mapping = None
    # Bad UTF-8 is repaired (and counted) by canonicalize rather than refused.
    for batch in iter_batches(work.path, batch_rows=ROWS_PER_WRITE, check_text=False):
        stats.add("docs_in", batch.num_rows)
        if mapping is None:
            flavour = work.flavour or detect_flavour(batch.schema.names, str(work.path), work.text_column)
            mapping = column_map(flavour, work.text_column)
        yield canonicalize(pa.Table.from_batches([batch]), mapping, stats, str(work.path))


def _write(writer: ShardWriter, table: pa.Table, stats: Stats) -> None:
    if table.num_rows == 0:
        return
    stats.add("docs_out", table.num_rows)
    stats.add("bytes_out", sum(table.column("size").to_pylist()))
    writer.write_table(table)
