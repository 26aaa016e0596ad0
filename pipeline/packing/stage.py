"""``codelm pack``: document shards → fixed-length token sequences for training.

Phases, each resumable through ``StageRun``:

1. ``group`` (``--context repo`` only): the external group-by of ``repo_context``;
2. ``tokenize``: per input chunk (file context) or partition (repo context), documents are
   built (metadata, FIM, file order), tokenised in batches with the fast tokenizer, joined (each
   ends with ``<|endoftext|>``) and cut into full ``seq_len`` rows staged in the work folder;
   the last partial row of each task is handed back instead;
3. the driver joins those tails, in task order, into more full rows; only the final remainder
   (< ``seq_len`` tokens) is dropped, counted as ``tokens_dropped_tail``. No padding anywhere;
4. ``write``: a seeded permutation of all rows (sequence-level shuffle) is cut into output
   shards, the first ``val_fraction`` of it into the validation folder.

Every output depends only on the inputs, the tokenizer and the options, never on the number
of workers or the engine.
"""

from __future__ import annotations

import hashlib
import math
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from codelm.pipeline.engines import make_engine
from codelm.pipeline.errors import CodelmError, UsageProblem
from codelm.pipeline.logs import log
from codelm.pipeline.packing.documents import (
    ControlTokens,
    Document,
    FormatOptions,
    encode_documents,
    file_document,
    file_key,
    repo_document,
)
from codelm.pipeline.packing.import_graph import ORDERS
from codelm.pipeline.packing.repo_context import (
    GROUP_KEY,
    ORDER,
    GroupTask,
    InputChunk,
    group_key,
    input_chunks,
    iter_repositories,
    read_partition,
    write_groups,
)
from codelm.pipeline.packing.token_shards import sequences_table, token_dtype, token_schema
from codelm.pipeline.shard_folder import MANIFEST, STATS, SUCCESS, StageRun
from codelm.pipeline.shards import (
    ShardWriter,
    check_columns,
    file_fingerprint,
    input_roots,
    resolve_inputs,
    shard_num_rows,
    shard_schema,
)
from codelm.pipeline.stats import Stats
from codelm.pipeline.steps import RunOptions
from codelm.pipeline.tokenizer import TOKENIZER_FILE, column_bytes, load_tokenizer

CONTEXTS = ("file", "repo")
TOKENIZER_COPY = "tokenizer"
# Input read per task (uncompressed): enough work per task, and many tasks even for one shard.
CHUNK_BYTES = 32 << 20
# Characters tokenised per encode call: amortises the call, bounds the memory of its result.
ENCODE_BATCH_CHARS = 4 << 20
# Repo context uses at least this many partitions (a fixed number, so output never depends on --workers).
MIN_PARTITIONS = 8
SEQUENCES_DIR = "sequences"
GROUPS_DIR = "groups"


@dataclass
class PackConfig:
    tokenizer: Path
    seq_len: int = 2048  # StarCoder's sequence length is 8192, SantaCoder's 2048
    context: str = "repo"
    order: str = "deps"
    fim_rate: float = 0.5
    fim_spm_rate: float = 0.5
    meta_rate: float = 0.5
    seed: int = 0
    shuffle: bool = True
    val_fraction: float = 0.0
    val_dir: Path | None = None  # default: OUTPUT-val next to OUTPUT
    partition_bytes: int = 256 << 20

    def format_options(self) -> FormatOptions:
        return FormatOptions(self.fim_rate, self.fim_spm_rate, self.meta_rate, self.seed)


@dataclass
class _TokenizeTask:
    index: int
    tokenizer_file: str
    config: PackConfig
    schema: pa.Schema
    sequences_dir: Path
    chunk: InputChunk | None = None  # file context
    columns: list[str] = field(default_factory=list)
    groups_dir: Path | None = None  # repo context: read these pieces of the group files
    partition: list[tuple[str, list[int]]] = field(default_factory=list)


@dataclass
class _WriteTask:
    index: int
    sequence_files: list[str]
    rows: list[int]
    schema: pa.Schema
    staging_dir: Path
    shard_bytes: int


def _check(config: PackConfig) -> None:
    if config.context not in CONTEXTS:
        raise UsageProblem(f"unknown context {config.context!r}; choose from {', '.join(CONTEXTS)}")
    if config.order not in ORDERS:
        raise UsageProblem(f"unknown order {config.order!r}; choose from {', '.join(ORDERS)}")
    if config.seq_len < 2:
        raise UsageProblem("--seq-len must be at least 2")
    for name in ("fim_rate", "fim_spm_rate", "meta_rate"):
        if not 0.0 <= getattr(config, name) <= 1.0:
            raise UsageProblem(f"--{name.replace('_', '-')} must be between 0 and 1")
    if not 0.0 <= config.val_fraction < 1.0:
        raise UsageProblem("--val-fraction must be at least 0 and below 1")


def pack(input_spec, output_dir: str | Path, config: PackConfig, options: RunOptions) -> dict:
    """Tokenise and pack the documents of ``input_spec`` into token shards in ``output_dir``."""
    _check(config)
    output_dir = Path(output_dir)
    tokenizer = load_tokenizer(config.tokenizer)
    tokens = ControlTokens.from_tokenizer(tokenizer)
    vocab_size = tokenizer.get_vocab_size()
    tokenizer_file = Path(config.tokenizer) / TOKENIZER_FILE
    tokenizer_sha = hashlib.sha256(tokenizer_file.read_bytes()).hexdigest()
    inputs = resolve_inputs(input_spec)
    columns = _columns(inputs, config.context)
    if sum(shard_num_rows(path) for path in inputs) == 0:
        raise CodelmError(f"{input_spec} holds no documents; there is nothing to pack")
    val_dir = None
    if config.val_fraction > 0:
        val_dir = Path(config.val_dir) if config.val_dir else output_dir.with_name(output_dir.name + "-val")
    parameters = {
        **{key: value for key, value in asdict(config).items() if key not in ("tokenizer", "val_dir")},
        "tokenizer_sha256": tokenizer_sha,
        "shard_bytes": options.shard_bytes,
    }
    with StageRun(
        output_dir,
        "pack",
        parameters,
        [file_fingerprint(path) for path in inputs],
        input_paths=[*input_roots(input_spec), Path(config.tokenizer)],
        force=options.force,
        side_outputs={"--val-out": val_dir},
    ) as run:
        if not run.start():
            return run.load_stats()
        return _pack_run(run, config, options, inputs, columns, val_dir, tokens, vocab_size, tokenizer_sha)


def _pack_run(
    run: StageRun,
    config: PackConfig,
    options: RunOptions,
    inputs: list[Path],
    columns: list[str],
    val_dir: Path | None,
    tokens: ControlTokens,
    vocab_size: int,
    tokenizer_sha: str,
) -> dict:
    output_dir = run.output_dir
    tokenizer_file = Path(config.tokenizer) / TOKENIZER_FILE
    schema = token_schema(config.seq_len, vocab_size, tokens.eos)
    chunks = [chunk for path in inputs for chunk in input_chunks(path, CHUNK_BYTES)]
    sequences_dir = run.work_dir / SEQUENCES_DIR
    stats = Stats()
    engine = make_engine(options.engine)
    try:
        if config.context == "repo":
            num_partitions = max(
                MIN_PARTITIONS,
                math.ceil(sum(column_bytes(path, "content") for path in inputs) / config.partition_bytes),
            )
            stats.add("partitions", num_partitions)
            groups_dir = run.work_dir / GROUPS_DIR
            grouped = run.map(
                "group",
                _group_chunk,
                [GroupTask(index, chunk, columns, num_partitions, groups_dir) for index, chunk in enumerate(chunks)],
                engine,
                unit="chunk",
            )
            for result in grouped:
                stats.merge(result["stats"])
            tasks = [
                _TokenizeTask(
                    partition,
                    str(tokenizer_file),
                    config,
                    schema,
                    sequences_dir,
                    groups_dir=groups_dir,
                    partition=[
                        (result["file"], result["row_groups"][str(partition)])
                        for result in grouped
                        if str(partition) in result["row_groups"]
                    ],
                )
                for partition in range(num_partitions)
            ]
        else:
            tasks = [
                _TokenizeTask(index, str(tokenizer_file), config, schema, sequences_dir, chunk=chunk, columns=columns)
                for index, chunk in enumerate(chunks)
            ]
        tokenized = run.map("tokenize", _tokenize, tasks, engine, unit="task")
        for result in tokenized:
            stats.merge(result["stats"])
        sequence_files = [str(sequences_dir / entry["file"]) for result in tokenized for entry in result["files"]]
        tail_entries = _pack_tails([result["tail"] for result in tokenized], schema, sequences_dir, stats)
        sequence_files += [str(sequences_dir / entry["file"]) for entry in tail_entries]
        counts = [entry["rows"] for result in tokenized for entry in result["files"]] + [
            entry["rows"] for entry in tail_entries
        ]
        total = sum(counts)
        order = np.random.default_rng(config.seed).permutation(total) if config.shuffle else np.arange(total)
        num_val = _num_val(total, config.val_fraction)
        rows_per_shard = max(1, options.shard_bytes // (config.seq_len * token_dtype(vocab_size).itemsize))
        write_tasks = []
        for folder, rows in [(output_dir, order[num_val:]), (val_dir, order[:num_val])]:
            if folder is None:
                continue
            for start in range(0, len(rows), rows_per_shard):
                write_tasks.append(
                    _WriteTask(
                        len(write_tasks),
                        sequence_files,
                        rows[start : start + rows_per_shard].tolist(),
                        schema,
                        run.staging_dir(folder),
                        options.shard_bytes,
                    )
                )
        written = run.map("write", _write_shard, write_tasks, engine, unit="shard")
    finally:
        engine.close()
    stats.add("sequences", total - num_val)
    stats.add("sequences_val", num_val)
    stats.add("padding_tokens", 0)
    _ratios(stats)
    outputs: dict[Path, list[list[dict]]] = {output_dir: [], **({val_dir: []} if val_dir else {})}
    for task, result in zip(write_tasks, written):
        folder = output_dir if task.staging_dir == run.staging_dir(output_dir) else val_dir
        outputs[folder].append(result["shards"])
    tokenizer_info = {
        "path": str(Path(config.tokenizer).resolve()),
        "copy": TOKENIZER_COPY,
        "sha256": tokenizer_sha,
        "vocab_size": vocab_size,
        "eos_id": tokens.eos,
    }
    for folder in outputs:
        _copy_tokenizer(Path(config.tokenizer), run.files_dir(folder) / TOKENIZER_COPY)
    token_format = {"seq_len": config.seq_len, "dtype": token_dtype(vocab_size).name, "format": "arrow"}
    run.finish(stats, outputs, {"tokenizer": tokenizer_info, "tokens": token_format})
    log.info("pack: %d training and %d validation sequences of %d tokens", total - num_val, num_val, config.seq_len)
    return stats.to_dict()


def _columns(inputs: list[Path], context: str) -> list[str]:
    names = set(shard_schema(inputs[0]).names) if inputs else set()
    for path in inputs:
        schema = shard_schema(path)
        check_columns(path, schema)
        present = set(schema.names)
        if context == "repo" and not {"repo_name", "path"} <= present:
            raise UsageProblem(f"{path} lacks 'repo_name' or 'path', which --context repo needs; use --context file")
        names &= present
    return [name for name in ("id", "content", "repo_name", "path", "lang") if name in names]


def _num_val(total: int, fraction: float) -> int:
    if fraction <= 0 or total == 0:
        return 0
    return min(total - 1, max(1, round(total * fraction)))


def _group_chunk(task: GroupTask) -> dict:
    stats = Stats()
    tables = []
    row_base = 0
    for batch in task.chunk.read(task.columns):
        table = pa.Table.from_batches([batch])
        stats.add("docs_in", table.num_rows)
        records = table.to_pylist()
        keys, orders, keep = [], [], []
        for row, record in enumerate(records):
            if not record.get("content"):
                stats.add("dropped.empty")
                continue
            keep.append(row)
            keys.append(group_key(record.get("repo_name"), file_key(record)))
            orders.append((task.index << 32) + row_base + row)
        row_base += table.num_rows
        table = table.take(pa.array(keep, pa.int64()))
        table = table.append_column(GROUP_KEY, pa.array(keys, pa.string()))
        tables.append(table.append_column(ORDER, pa.array(orders, pa.int64())))
    schema = pa.schema(
        [*[(name, pa.string()) for name in task.columns], (GROUP_KEY, pa.string()), (ORDER, pa.int64())]
    )
    keyed = pa.concat_tables([table.cast(schema) for table in tables]) if tables else schema.empty_table()
    result = write_groups(task, keyed, stats)
    return {**result, "stats": stats.to_dict()}


class _SequencePacker:
    """Joins documents and writes every full ``seq_len`` row; keeps the remainder as the tail."""

    def __init__(self, writer: ShardWriter, schema: pa.Schema, seq_len: int, stats: Stats):
        self.writer, self.schema, self.seq_len, self.stats = writer, schema, seq_len, stats
        self.pending: list[np.ndarray] = []

    def add(self, documents: list[np.ndarray]) -> None:
        for ids in documents:
            self.stats.add("documents")
            self.stats.add("tokens", len(ids))
            # What a padded one-document-per-row layout would need for the same document.
            self.stats.add("padded_layout.rows", -(-len(ids) // self.seq_len))
            self.stats.add("padded_layout.pad_tokens", -len(ids) % self.seq_len)
        joined = np.concatenate(self.pending + documents) if documents or self.pending else np.empty(0, np.uint32)
        full = len(joined) // self.seq_len * self.seq_len
        if full:
            self.writer.write_table(sequences_table(joined[:full].reshape(-1, self.seq_len), self.schema))
        self.pending = [joined[full:]]

    def tail(self) -> list[int]:
        return np.concatenate(self.pending).tolist() if self.pending else []


def _tokenize(task: _TokenizeTask) -> dict:
    # Parallelism comes from the engine's processes; Rust threads inside each would oversubscribe the cores.
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    tokenizer = load_tokenizer(Path(task.tokenizer_file).parent)
    tokenizer.encode_special_tokens = True  # file text must not forge control tokens such as <|endoftext|>
    tokens = ControlTokens.from_tokenizer(tokenizer)
    stats = Stats()
    options = task.config.format_options()
    writer = ShardWriter(task.sequences_dir, f"{task.index:05d}", task.schema, "arrow", 1 << 62)
    packer = _SequencePacker(writer, task.schema, task.config.seq_len, stats)
    batch: list[Document] = []
    batch_chars = 0

    def flush() -> None:
        nonlocal batch, batch_chars
        with stats.timer("tokenize"):
            packer.add(encode_documents(batch, tokenizer, stats))
        batch, batch_chars = [], 0

    for document, chars in _documents(task, options, tokens, stats):
        batch.append(document)
        batch_chars += chars
        if batch_chars >= ENCODE_BATCH_CHARS:
            flush()
    flush()
    return {"files": writer.close(), "tail": packer.tail(), "stats": stats.to_dict()}


def _documents(task: _TokenizeTask, options: FormatOptions, tokens: ControlTokens, stats: Stats):
    if task.chunk is not None:
        for batch in task.chunk.read(task.columns):
            stats.add("docs_in", batch.num_rows)
            for record in batch.to_pylist():
                if not record.get("content"):
                    stats.add("dropped.empty")
                    continue
                stats.add("docs_out")
                yield file_document(record, options, tokens, stats), len(record["content"])
        return
    table = read_partition(task.groups_dir, task.partition)
    for repo_name, records in iter_repositories(table):
        stats.add("docs_out", len(records))
        stats.add("repositories")
        yield (
            repo_document(repo_name, records, task.config.order, options, tokens, stats),
            sum(len(record["content"]) for record in records),
        )


def _pack_tails(tails: list[list[int]], schema: pa.Schema, sequences_dir: Path, stats: Stats) -> list[dict]:
    seq_len = int(schema.metadata[b"seq_len"])
    joined = np.fromiter((token for tail in tails for token in tail), dtype=np.uint32)
    full = len(joined) // seq_len * seq_len
    stats.add("tokens_dropped_tail", len(joined) - full)
    writer = ShardWriter(sequences_dir, "tails", schema, "arrow", 1 << 62)
    if full:
        writer.write_table(sequences_table(joined[:full].reshape(-1, seq_len), schema))
    return writer.close()


def _write_shard(task: _WriteTask) -> dict:
    sources = [pa.ipc.open_file(pa.memory_map(path, "r")).read_all() for path in task.sequence_files]
    table = pa.concat_tables(sources).take(pa.array(task.rows, pa.int64()))
    writer = ShardWriter(task.staging_dir, f"{task.index:05d}", task.schema, "arrow", 1 << 62)
    writer.write_table(table.combine_chunks())
    return {"shards": writer.close()}


def _ratios(stats: Stats) -> None:
    for lang, counts in sorted(stats.counters.get("languages", {}).items()):
        if counts.get("tokens"):
            stats.counters.setdefault("chars_per_token", {})[lang] = counts["chars"] / counts["tokens"]


def _copy_tokenizer(source: Path, target: Path) -> None:
    """The tokenizer's files, without the bookkeeping of the folder it was trained into."""
    target.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        if path.is_file() and path.name not in (MANIFEST, STATS, SUCCESS) and not path.name.startswith("."):
            shutil.copy2(path, target / path.name)
