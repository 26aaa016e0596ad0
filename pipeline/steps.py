"""Row-wise pipeline steps and the one way to run a chain of them over a shard folder.

A step is a small object with one job: ``run(records, shard, num_shards)`` reads dict rows and
yields the rows that move on. A ``Filter`` only writes ``keep(record)``; the base class counts,
drops with a reason and hands rejected rows to ``--rejected-out``.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from codelm.pipeline.engines import EngineOptions, make_engine
from codelm.pipeline.shard_folder import StageRun
from codelm.pipeline.shards import (
    ShardWriter,
    check_columns,
    file_fingerprint,
    input_roots,
    iter_batches,
    resolve_inputs,
    shard_schema,
)
from codelm.pipeline.stats import Stats

# Rows buffered before a write; keeps Arrow conversions cheap without holding a shard in memory.
WRITE_CHUNK_ROWS = 1024


class Step(ABC):
    """One job in a chain of steps. Subclasses set ``name`` and implement ``run``."""

    name = "step"
    # Columns every input shard must have (with their canonical types); checked before any work.
    required_columns: tuple[str, ...] = ("content",)
    stats: Stats
    _reject: Callable[[dict, str], None]

    def bind(self, stats: Stats, reject: Callable[[dict, str], None]) -> None:
        """Called by the runner before each shard: where to count, and where rejected rows go."""
        self.stats = stats
        self._reject = reject

    @abstractmethod
    def run(self, records: Iterable[dict], shard: int, num_shards: int) -> Iterator[dict]:
        """Yield the rows that move on; call ``drop`` for each row that does not."""

    def output_schema(self, schema: pa.Schema) -> pa.Schema:
        """The schema of rows this step yields, given the schema of rows it reads."""
        return schema

    def drop(self, record: dict, reason: str) -> None:
        self.stats.add(("dropped", reason))
        self.stats.add(("dropped_bytes", reason), len((record.get("content") or "").encode("utf-8")))
        self._reject(record, reason)


class BatchStep(Step):
    """A step that rewrites columns of whole batches row for row and drops nothing.

    When every step of a chain is one, the runner hands each step Arrow record batches and writes what comes
    back: the columns a step leaves alone are never turned into Python objects and back, and a step builds the
    columns it changes from buffers (``shards.string_array``). ``run`` (rows in, rows out) stays the step's
    contract for chains with row steps and for tests.
    """

    @abstractmethod
    def map_batch(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """The batch with this step's columns rewritten or added: the same rows, in the same order."""


class Filter(Step):
    """A step that keeps or drops each row; ``keep`` returns a bool or ``(bool, reason)``."""

    @abstractmethod
    def keep(self, record: dict) -> bool | tuple[bool, str]:
        """True to keep the row; False (or ``(False, reason)``) to drop it."""

    def run(self, records: Iterable[dict], shard: int, num_shards: int) -> Iterator[dict]:
        for record in records:
            verdict = self.keep(record)
            kept, reason = (verdict, self.name) if isinstance(verdict, bool) else verdict
            if kept:
                yield record
            else:
                self.drop(record, reason)


@dataclass
class RunOptions:
    """How a stage runs: engine, output shape, and what to do with an existing output folder."""

    engine: EngineOptions = field(default_factory=EngineOptions)
    force: bool = False
    output_format: str = "parquet"
    shard_bytes: int = 128 << 20
    rejected_dir: Path | None = None


@dataclass
class _ShardTask:
    steps: Sequence[Step]
    path: Path
    index: int
    num_shards: int
    schema: pa.Schema
    staging_dir: Path
    rejected_staging_dir: Path | None
    output_format: str
    shard_bytes: int


def _run_shard(task: _ShardTask) -> dict:
    stats = Stats()
    out_schema = task.schema
    for step in task.steps:
        out_schema = step.output_schema(out_schema)
    writer = ShardWriter(task.staging_dir, f"{task.index:05d}", out_schema, task.output_format, task.shard_bytes)
    rejected_writer = None
    rejected_rows: list[dict] = []
    if task.rejected_staging_dir is not None:
        rejected_schema = task.schema.append(pa.field("reason", pa.string()))
        rejected_writer = ShardWriter(
            task.rejected_staging_dir, f"{task.index:05d}", rejected_schema, task.output_format, task.shard_bytes
        )

    def reject(record: dict, reason: str) -> None:
        if rejected_writer is not None:
            rejected_rows.append({**{name: record.get(name) for name in task.schema.names}, "reason": reason})
            if len(rejected_rows) >= WRITE_CHUNK_ROWS:
                rejected_writer.write_rows(rejected_rows)
                rejected_rows.clear()

    for step in task.steps:
        step.bind(stats, reject)

    def source() -> Iterator[dict]:
        for batch in iter_batches(task.path):
            stats.add("docs_in", batch.num_rows)
            if "content" in batch.schema.names:
                stats.add(
                    "bytes_in", sum(len(text.encode("utf-8")) for text in batch.column("content").to_pylist() if text)
                )
            yield from batch.to_pylist()

    if all(isinstance(step, BatchStep) for step in task.steps):
        _run_batch_steps(task, stats, writer)
    else:
        records: Iterable[dict] = source()
        for step in task.steps:
            records = step.run(records, task.index, task.num_shards)
        buffer: list[dict] = []
        for record in records:
            stats.add("docs_out")
            stats.add("bytes_out", len((record.get("content") or "").encode("utf-8")))
            buffer.append(record)
            if len(buffer) >= WRITE_CHUNK_ROWS:
                writer.write_rows(buffer)
                buffer.clear()
        writer.write_rows(buffer)
    result = {"shards": writer.close(), "stats": stats.to_dict()}
    if rejected_writer is not None:
        rejected_writer.write_rows(rejected_rows)
        result["rejected_shards"] = rejected_writer.close()
    return result


def _run_batch_steps(task: _ShardTask, stats: Stats, writer: ShardWriter) -> None:
    """The shard through a chain of batch steps, counted as the row path counts."""
    for batch in iter_batches(task.path):
        stats.add("docs_in", batch.num_rows)
        if "content" in batch.schema.names:
            stats.add("bytes_in", _text_bytes(batch))
        for step in task.steps:
            batch = step.map_batch(batch)
        if batch.num_rows:
            stats.add("docs_out", batch.num_rows)
            stats.add("bytes_out", _text_bytes(batch) if "content" in batch.schema.names else 0)
        writer.write_table(batch)


def _text_bytes(batch: pa.RecordBatch) -> int:
    """UTF-8 bytes of the batch's ``content`` (nulls count nothing)."""
    return pc.sum(pc.binary_length(batch.column("content"))).as_py() or 0


def run_steps(
    command: str,
    input_spec,
    output_dir: str | Path,
    steps: Sequence[Step],
    parameters: dict,
    options: RunOptions,
    report: Path | None = None,
    extra_inputs: Sequence[Path] = (),
) -> dict:
    """Run ``steps`` over every input shard (one task per shard) and publish the output folder.

    With ``report``, steps write one JSONL part per shard into ``StageRun.report_parts_dir()``
    and the parts are joined, in shard order, into that file. ``extra_inputs`` are other files
    or folders the steps read (a tokenizer), which no output may overlap. Returns the stage's
    stats; an output that is already up to date is left as it is.
    """
    inputs = resolve_inputs(input_spec)
    schemas = [shard_schema(path) for path in inputs]
    required = list(dict.fromkeys(name for step in steps for name in step.required_columns))
    for path, schema in zip(inputs, schemas):
        check_columns(path, schema, required)
    output_dir = Path(output_dir)
    with StageRun(
        output_dir,
        command,
        {**parameters, "output_format": options.output_format},
        [file_fingerprint(path) for path in inputs],
        input_paths=[*input_roots(input_spec), *extra_inputs],
        force=options.force,
        side_outputs={"--rejected-out": options.rejected_dir},
        report=report,
    ) as run:
        if not run.start():
            return run.load_stats()
        tasks = [
            _ShardTask(
                steps,
                path,
                index,
                len(inputs),
                schema,
                run.staging_dir(),
                run.staging_dir(options.rejected_dir) if options.rejected_dir else None,
                options.output_format,
                options.shard_bytes,
            )
            for index, (path, schema) in enumerate(zip(inputs, schemas))
        ]
        engine = make_engine(options.engine)
        try:
            results = run.map(command, _run_shard, tasks, engine, unit="shard")
        finally:
            engine.close()
        stats = Stats({"docs_in": 0, "docs_out": 0})
        for result in results:
            stats.merge(result["stats"])
        outputs = {output_dir: [result["shards"] for result in results]}
        if options.rejected_dir:
            outputs[Path(options.rejected_dir)] = [result["rejected_shards"] for result in results]
        if report is not None:
            _join_report_parts(run.report_parts_dir(), len(tasks), run.staged_report())
        run.finish(stats, outputs)
        return stats.to_dict()


def _join_report_parts(parts_dir: Path, num_shards: int, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    with open(temporary, "wb") as joined:
        for shard in range(num_shards):
            joined.write((parts_dir / f"{shard:05d}.jsonl").read_bytes())
    os.replace(temporary, target)
