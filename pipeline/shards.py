"""Reading and writing shard files (Parquet by default, Arrow IPC), and the column types stages rely on.

Every file is written under a temporary name and renamed when complete, so a killed run never
leaves a half-written shard that a later stage could take for a finished one. Every file read
is checked first: required columns present with the right types, text valid UTF-8; a problem is
a one-line error that names the file and the column.
"""

from __future__ import annotations

import array
import glob
import hashlib
import itertools
import json
import os
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from codelm.pipeline.errors import CodelmError, UsageProblem

SHARD_SUFFIXES = (".parquet", ".arrow")
OUTPUT_FORMATS = ("parquet", "arrow")
# Row batches handed to stages; large enough to amortise Arrow conversions, small enough
# that a batch of 1 MB files stays well under a GiB.
READ_BATCH_ROWS = 1024
_HASH_BLOCK = 1 << 20


def is_text_type(dtype: pa.DataType) -> bool:
    return pa.types.is_string(dtype) or pa.types.is_large_string(dtype) or pa.types.is_string_view(dtype)


def _is_text_list(dtype: pa.DataType) -> bool:
    return (pa.types.is_list(dtype) or pa.types.is_large_list(dtype)) and is_text_type(dtype.value_type)


# The canonical document columns and the Arrow types a stage accepts for each (docs/shard-folders.md).
COLUMN_KINDS = {"text": is_text_type, "integer": pa.types.is_integer, "list of text": _is_text_list}
CANONICAL_KINDS = {
    "id": "text",
    "content": "text",
    "repo_name": "text",
    "path": "text",
    "lang": "text",
    "ext": "text",
    "stars": "integer",
    "licenses": "list of text",
    "size": "integer",
}


def check_columns(path: Path, schema: pa.Schema, required: Iterable[str] = ("content",)) -> None:
    """Refuse a shard that lacks a required column or holds a canonical column of another type."""
    for name in required:
        if name not in schema.names:
            hint = (
                "; `codelm ingest --text-column NAME` turns another text column into it" if name == "content" else ""
            )
            raise UsageProblem(f"{path}: no {name!r} column (it has {', '.join(schema.names) or 'none'}){hint}")
    for name, kind in CANONICAL_KINDS.items():
        if name in schema.names and not COLUMN_KINDS[kind](schema.field(name).type):
            raise CodelmError(f"{path}: column {name!r} holds {schema.field(name).type}, not {kind}")


def resolve_inputs(specs: str | Path | list, suffixes: tuple[str, ...] = SHARD_SUFFIXES) -> list[Path]:
    """Expand files, folders and globs into the list of shard files to read.

    A folder written by codelm is read from its manifest (``shard_folder.listed_shards``): an
    unfinished folder, or a missing, changed or extra shard, is an error. Any other folder is
    searched for files ending in ``suffixes``.
    """
    # The folder contract builds on this module's file I/O, so it is imported here, not above.
    from codelm.pipeline.shard_folder import is_codelm_folder, listed_shards

    if isinstance(specs, (str, Path)):
        specs = [specs]
    files: list[Path] = []
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            if is_codelm_folder(path):
                files.extend(listed_shards(path))
                continue
            found = sorted(
                p for p in path.rglob("*") if p.name.endswith(suffixes) and p.is_file() and not _hidden(p, path)
            )
            if not found:
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


def input_roots(specs: str | Path | list) -> list[Path]:
    """What the inputs occupy on disk: each folder given, and each file given or matched by a glob."""
    if isinstance(specs, (str, Path)):
        specs = [specs]
    roots: list[Path] = []
    for spec in specs:
        path = Path(spec)
        if path.exists():
            roots.append(path)
        else:
            roots.extend(Path(p) for p in glob.glob(str(spec), recursive=True))
    return roots


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith((".", "_")) for part in path.relative_to(root).parts)


def file_fingerprint(path: Path) -> dict:
    stat = path.stat()
    return {"path": str(path.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def file_entry(path: Path, name: str) -> dict:
    """How a manifest lists a published file: its name, size, checksum and modification time."""
    stat = path.stat()
    return {"file": name, "bytes": stat.st_size, "sha256": file_sha256(path), "mtime_ns": stat.st_mtime_ns}


def _unreadable(path: Path, err: Exception) -> CodelmError:
    return CodelmError(f"{path}: not a readable {path.suffix.lstrip('.')} shard ({err})")


def shard_schema(path: Path) -> pa.Schema:
    """The schema of a shard, read from its footer or header only; a corrupt file is named in the error."""
    try:
        if path.suffix == ".parquet":
            return pq.read_schema(path)
        with _open_ipc(path) as reader:
            return reader.schema
    except (pa.ArrowException, OSError) as err:
        raise _unreadable(path, err) from err


def shard_num_rows(path: Path) -> int:
    try:
        if path.suffix == ".parquet":
            return pq.ParquetFile(path).metadata.num_rows
        with _open_ipc(path) as reader:
            return sum(batch.num_rows for batch in _ipc_batches(reader))
    except (pa.ArrowException, OSError) as err:
        raise _unreadable(path, err) from err


def invalid_text_column(batch: pa.RecordBatch) -> str | None:
    """The first column of ``batch`` whose text is not valid UTF-8, or None."""
    for name, column in zip(batch.schema.names, batch.columns):
        try:
            column.validate(full=True)
        except pa.ArrowInvalid:
            return name
    return None


def iter_batches(
    path: Path,
    columns: list[str] | None = None,
    batch_rows: int = READ_BATCH_ROWS,
    check_text: bool = True,
    row_groups: list[int] | None = None,
) -> Iterator[pa.RecordBatch]:
    """Stream a shard (or some row groups of a Parquet shard) as record batches without loading it whole.

    With ``check_text``, a batch holding invalid UTF-8 is an error naming the file and column
    (Arrow would otherwise fail later, mid-stage, on the first such value).
    """
    try:
        for batch in _raw_batches(path, columns, batch_rows, row_groups):
            if check_text and (column := invalid_text_column(batch)) is not None:
                raise CodelmError(f"{path}: column {column!r} holds invalid UTF-8; `codelm ingest` repairs such text")
            yield batch
    except (pa.ArrowException, OSError) as err:
        raise _unreadable(path, err) from err


def _raw_batches(
    path: Path, columns: list[str] | None, batch_rows: int, row_groups: list[int] | None
) -> Iterator[pa.RecordBatch]:
    if path.suffix == ".parquet":
        yield from pq.ParquetFile(path).iter_batches(batch_size=batch_rows, columns=columns, row_groups=row_groups)
        return
    with _open_ipc(path) as reader:
        for batch in _ipc_batches(reader):
            if columns is not None:
                batch = batch.select(columns)
            for start in range(0, batch.num_rows, batch_rows):
                yield batch.slice(start, batch_rows)


# Arrow's 32-bit string offsets: a column of more bytes needs pyarrow's own chunking.
_MAX_STRING_BYTES = (1 << 31) - 1


def string_array(values: list[str | None], dtype: pa.DataType = pa.string()) -> pa.Array:
    """A string column built from its buffers. ``pa.array`` asks pyarrow's pandas shim whether a list is
    array-like, which imports pandas (0.4 s of CPU, a tenth of redacting 16 MB) in every process that has it
    installed; batch steps build their columns here instead."""
    encoded = [b"" if value is None else value.encode("utf-8") for value in values]
    large = pa.types.is_large_string(dtype)
    if not (large or pa.types.is_string(dtype)) or (not large and sum(map(len, encoded)) > _MAX_STRING_BYTES):
        return pa.array(values, dtype)
    offsets = array.array("q" if large else "i", [0])
    offsets.extend(itertools.accumulate(map(len, encoded)))
    return pa.Array.from_buffers(
        dtype, len(values), [_validity(values), pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))]
    )


def int64_array(values: list[int]) -> pa.Array:
    """An int64 column without nulls, built from its buffer (see ``string_array``)."""
    return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(array.array("q", values))])


def list_array(lengths: list[int], items: pa.Array, dtype: pa.DataType) -> pa.Array:
    """A list column whose row ``i`` holds the next ``lengths[i]`` of ``items``."""
    offsets = array.array("i", [0])
    offsets.extend(itertools.accumulate(lengths))
    offsets_array = pa.Array.from_buffers(pa.int32(), len(offsets), [None, pa.py_buffer(offsets)])
    return pa.ListArray.from_arrays(offsets_array, items, type=dtype)


def _validity(values: list) -> pa.Buffer | None:
    """Arrow's validity bitmap (bit i set when value i is not None), or None when no value is None."""
    if all(value is not None for value in values):
        return None
    bits = bytearray((len(values) + 7) // 8)
    for index, value in enumerate(values):
        if value is not None:
            bits[index >> 3] |= 1 << (index & 7)
    return pa.py_buffer(bytes(bits))


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

    Files appear under their final names only once closed. ``close()`` returns one manifest
    entry (``file_entry`` plus ``rows``) per file written.
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
        self.written.append({**file_entry(self._path, self._path.name), "rows": self._rows})
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
