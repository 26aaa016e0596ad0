"""Reading and writing shard files: Parquet (default) and Arrow IPC.

Every file is written under a temporary name and renamed when complete, so a killed run never
leaves a half-written shard that a later stage could take for a finished one.
"""

from __future__ import annotations

import glob
import json
import os
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from codelm.pipeline.errors import CodelmError, UsageProblem

SHARD_SUFFIXES = (".parquet", ".arrow")
OUTPUT_FORMATS = ("parquet", "arrow")
# Row batches handed to stages; large enough to amortise Arrow conversions, small enough
# that a batch of 1 MB files stays well under a GiB.
READ_BATCH_ROWS = 1024


def resolve_inputs(specs: str | Path | list, suffixes: tuple[str, ...] = SHARD_SUFFIXES) -> list[Path]:
    """Expand files, folders and globs into a sorted list of shard files.

    A folder written by a codelm stage must carry ``_SUCCESS``: reading an unfinished stage's
    output would silently lose rows.
    """
    if isinstance(specs, (str, Path)):
        specs = [specs]
    files: list[Path] = []
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            if (path / "manifest.json").exists() and not (path / "_SUCCESS").exists():
                raise UsageProblem(f"{path} is an unfinished codelm output (no _SUCCESS); finish or rerun that stage")
            found = sorted(
                p for p in path.rglob("*") if p.suffix in suffixes and p.is_file() and not _hidden(p.relative_to(path))
            )
            if not found and not (path / "_SUCCESS").exists():
                # A finished codelm folder may legitimately hold no rows; any other empty folder is a mistake.
                raise UsageProblem(f"{path} holds no {'/'.join(suffixes)} files")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            matched = sorted(Path(p) for p in glob.glob(str(spec), recursive=True) if Path(p).is_file())
            if not matched:
                raise UsageProblem(f"input not found: {spec}")
            files.extend(matched)
    return list(dict.fromkeys(files))


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "_")) for part in relative.parts)


def file_fingerprint(path: Path) -> dict:
    stat = path.stat()
    return {"path": str(path.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def shard_schema(path: Path) -> pa.Schema:
    """The schema of a shard, read from its footer or header only; a corrupt file is named in the error."""
    try:
        if path.suffix == ".parquet":
            return pq.read_schema(path)
        with _open_ipc(path) as reader:
            return reader.schema
    except (pa.ArrowException, OSError) as err:
        raise CodelmError(f"{path}: not a readable {path.suffix.lstrip('.')} shard ({err})") from err


def shard_num_rows(path: Path) -> int:
    try:
        if path.suffix == ".parquet":
            return pq.ParquetFile(path).metadata.num_rows
        with _open_ipc(path) as reader:
            return sum(batch.num_rows for batch in _ipc_batches(reader))
    except (pa.ArrowException, OSError) as err:
        raise CodelmError(f"{path}: not a readable {path.suffix.lstrip('.')} shard ({err})") from err


def iter_batches(
    path: Path, columns: list[str] | None = None, batch_rows: int = READ_BATCH_ROWS
) -> Iterator[pa.RecordBatch]:
    """Stream a shard as record batches without loading it whole."""
    try:
        if path.suffix == ".parquet":
            parquet = pq.ParquetFile(path)
            yield from parquet.iter_batches(batch_size=batch_rows, columns=columns)
            return
        with _open_ipc(path) as reader:
            for batch in _ipc_batches(reader):
                if columns is not None:
                    batch = batch.select(columns)
                for start in range(0, batch.num_rows, batch_rows):
                    yield batch.slice(start, batch_rows)
    except (pa.ArrowException, OSError) as err:
        raise CodelmError(f"{path}: not a readable {path.suffix.lstrip('.')} shard ({err})") from err


def iter_records(path: Path, columns: list[str] | None = None) -> Iterator[dict]:
    for batch in iter_batches(path, columns):
        yield from batch.to_pylist()


class _open_ipc:
    """Open an Arrow IPC file (random access) or stream (as Hugging Face datasets saves them)."""

    def __init__(self, path: Path):
        self.source = pa.memory_map(str(path), "r")

    def __enter__(self):
        try:
            return pa.ipc.open_file(self.source)
        except pa.ArrowInvalid:
            self.source.seek(0)
            return pa.ipc.open_stream(self.source)

    def __exit__(self, *exc):
        self.source.close()


def _ipc_batches(reader) -> Iterator[pa.RecordBatch]:
    if isinstance(reader, pa.ipc.RecordBatchFileReader):
        for index in range(reader.num_record_batches):
            yield reader.get_batch(index)
    else:
        yield from reader


class ShardWriter:
    """Writes rows into ``{prefix}-NNN.{format}`` files of about ``target_bytes`` each (uncompressed).

    Files appear under their final names only once closed. ``close()`` returns one
    ``{"file", "rows", "bytes"}`` entry per file written.
    """

    def __init__(
        self,
        directory: Path,
        prefix: str,
        schema: pa.Schema | None = None,
        output_format: str = "parquet",
        target_bytes: int = 128 << 20,
        compression: str = "zstd",
    ):
        if output_format not in OUTPUT_FORMATS:
            raise UsageProblem(f"unknown output format {output_format!r}; choose from {', '.join(OUTPUT_FORMATS)}")
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.prefix = prefix
        self.schema = schema
        self.output_format = output_format
        self.target_bytes = target_bytes
        self.compression = compression
        self.written: list[dict] = []
        self._writer = None
        self._path: Path | None = None
        self._rows = 0
        self._bytes = 0

    def write_rows(self, rows: list[dict]) -> None:
        if rows:
            self.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def write_table(self, table: pa.Table | pa.RecordBatch) -> None:
        if table.num_rows == 0:
            return
        if isinstance(table, pa.RecordBatch):
            table = pa.Table.from_batches([table])
        if self.schema is None:
            self.schema = table.schema
        elif table.schema != self.schema:
            table = conform(table, self.schema)
        if self._writer is None:
            self._open()
        if self.output_format == "parquet":
            self._writer.write_table(table)
        else:
            for batch in table.to_batches():
                self._writer.write_batch(batch)
        self._rows += table.num_rows
        self._bytes += table.nbytes
        if self._bytes >= self.target_bytes:
            self._finish()

    def _open(self) -> None:
        index = len(self.written)
        self._path = self.directory / f"{self.prefix}-{index:03d}.{self.output_format}"
        temporary = self._path.with_name(self._path.name + ".tmp")
        if self.output_format == "parquet":
            self._writer = pq.ParquetWriter(temporary, self.schema, compression=self.compression)
        else:
            self._sink = pa.OSFile(str(temporary), "wb")
            self._writer = pa.ipc.new_file(self._sink, self.schema)

    def _finish(self) -> None:
        self._writer.close()
        if self.output_format == "arrow":
            self._sink.close()
        temporary = self._path.with_name(self._path.name + ".tmp")
        os.replace(temporary, self._path)
        self.written.append({"file": self._path.name, "rows": self._rows, "bytes": self._path.stat().st_size})
        self._writer = None
        self._rows = 0
        self._bytes = 0

    def close(self) -> list[dict]:
        if self._writer is not None:
            self._finish()
        return self.written


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Give ``table`` exactly ``schema``: cast columns, add missing ones as nulls, refuse unknown ones."""
    unknown = set(table.column_names) - set(schema.names)
    if unknown:
        raise CodelmError(f"column(s) {', '.join(sorted(unknown))} appear in later rows but not in the first ones")
    columns = []
    for schema_field in schema:
        if schema_field.name not in table.column_names:
            columns.append(pa.nulls(table.num_rows, schema_field.type))
            continue
        column = table.column(schema_field.name)
        try:
            columns.append(column.cast(schema_field.type))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as err:
            raise CodelmError(
                f"column {schema_field.name!r} changes type from {schema_field.type} to {column.type} ({err})"
            ) from err
    return pa.table(columns, schema=schema)


def atomic_write_text(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def atomic_write_json(path: Path, payload) -> None:
    atomic_write_text(path, json.dumps(payload, indent=2, sort_keys=True) + "\n")
