"""Tabular inputs (The Stack v1/v2 Parquet, other Parquet/Arrow, JSONL, saved Hugging Face datasets)
mapped onto the canonical columns of docs/shard-folders.md."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.compute as pc
import zstandard

from codelm.pipeline.errors import CodelmError, UsageProblem
from codelm.pipeline.ingest.languages import language_of
from codelm.pipeline.ingest.sources import git_blob_sha1
from codelm.pipeline.logs import log
from codelm.pipeline.shards import CANONICAL_KINDS, is_text_type
from codelm.pipeline.stats import Stats

CANONICAL_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("content", pa.string()),
        ("repo_name", pa.string()),
        ("path", pa.string()),
        ("lang", pa.string()),
        ("ext", pa.string()),
        ("stars", pa.int64()),
        ("licenses", pa.list_(pa.string())),
        ("size", pa.int64()),
    ]
)

# canonical column ← source column, per flavour (The Stack v1 and v2 name them differently).
COLUMN_MAPS: dict[str, dict[str, str]] = {
    "stack-v1": {
        "id": "hexsha",
        "content": "content",
        "repo_name": "max_stars_repo_name",
        "path": "max_stars_repo_path",
        "lang": "lang",
        "ext": "ext",
        "stars": "max_stars_count",
        "licenses": "max_stars_repo_licenses",
        "size": "size",
    },
    "stack-v2": {
        "id": "blob_id",
        "content": "content",
        "repo_name": "repo_name",
        "path": "path",
        "lang": "language",
        "ext": "extension",
        "stars": "star_events_count",
        "licenses": "detected_licenses",
        "size": "length_bytes",
    },
    "canonical": {name: name for name in CANONICAL_SCHEMA.names},
}
# Generic text datasets keep their text in "text".
COLUMN_MAPS["text"] = {**COLUMN_MAPS["canonical"], "content": "text"}

TABULAR_FORMATS = ("stack-v1", "stack-v2", "parquet", "jsonl", "hf")
# Compressions a JSONL file may carry that ingest does not read: refused rather than read as text.
UNREAD_COMPRESSIONS = (".bz2", ".xz", ".lz4", ".lzma", ".zip", ".7z", ".br")
# Compressed bytes read at a time from a .jsonl.zst file.
_ZSTD_READ_BYTES = 1 << 20
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".json.gz", ".jsonl.zst")


def detect_flavour(columns: list[str], source: str, text_column: str | None = None) -> str:
    """Which column map fits a table: The Stack v1/v2, canonical columns, or a generic ``text`` column."""
    names = set(columns)
    if {"hexsha", "max_stars_repo_name"} <= names:
        return "stack-v1"
    if "blob_id" in names and ("repo_name" in names or "language" in names):
        if "content" not in names and not text_column:
            raise CodelmError(
                f"{source}: The Stack v2 ships file ids without contents; fetch the contents "
                "(Software Heritage) into a 'content' column first"
            )
        return "stack-v2"
    if text_column or "content" in names:
        return "canonical"
    if "text" in names:
        return "text"
    raise CodelmError(
        f"{source}: no 'content' (or 'text') column; columns are {', '.join(sorted(names))}. "
        "Name the text column with --text-column"
    )


def column_map(flavour: str, text_column: str | None = None) -> dict[str, str]:
    """canonical column ← source column; ``text_column`` names the content column."""
    return {**COLUMN_MAPS[flavour], "content": text_column} if text_column else COLUMN_MAPS[flavour]


def canonicalize(table: pa.Table, mapping: dict[str, str], stats: Stats, source: str) -> pa.Table:
    """Rename source columns to canonical ones, fill the missing ones, keep the rest untouched.

    Text that is not valid UTF-8 (binary columns, bad bytes in string columns) is decoded with
    replacement characters and counted; a column that cannot hold what its canonical column
    needs (numbers as content, words as stars) is an error naming the file and the column.
    """
    if mapping["content"] not in table.column_names:
        raise CodelmError(f"{source}: no {mapping['content']!r} column; columns are {', '.join(table.column_names)}")
    mapping = {canonical: name for canonical, name in mapping.items() if name in table.column_names}
    renamed = set(mapping.values())
    columns: dict[str, pa.Array] = {}
    content = _text(table.column(mapping["content"]), mapping["content"], source, stats, numbers_are_text=False)
    content_null = pc.is_null(content)
    if pc.any(content_null).as_py():
        stats.add("null_content_as_empty", pc.sum(content_null).as_py())
        content = pc.fill_null(content, "")
    columns["content"] = content
    paths = _text(table.column(mapping["path"]), mapping["path"], source, stats) if "path" in mapping else None
    path_values = [path or "" for path in paths.to_pylist()] if paths is not None else [""] * table.num_rows
    for name in CANONICAL_SCHEMA.names:
        if name == "content":
            continue
        target = CANONICAL_SCHEMA.field(name).type
        if name not in mapping:
            columns[name] = _derived(name, content, path_values)
            continue
        column = table.column(mapping[name])
        if name == "path":
            column = pc.fill_null(paths, "")
        elif name == "licenses":
            column = _licenses(column, mapping[name], source, stats)
            column = pc.if_else(pc.is_null(column), pa.scalar([], target), column)
        elif pa.types.is_string(target):
            column = pc.fill_null(_text(column, mapping[name], source, stats), "")
        else:
            column = pc.fill_null(_cast(column, target, mapping[name], source), 0)
        columns[name] = column
    extra = {
        name: _repaired(table.column(name), stats)
        for name in table.column_names
        if name not in renamed and name not in columns
    }
    return pa.table({**columns, **extra}).select([*CANONICAL_SCHEMA.names, *extra])


def _cast(column: pa.ChunkedArray, target: pa.DataType, name: str, source: str) -> pa.ChunkedArray:
    try:
        return column.cast(target)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as err:
        raise CodelmError(f"{source}: column {name!r} holds {column.type} that is not {target} ({err})") from err


def _text(
    column: pa.ChunkedArray, name: str, source: str, stats: Stats, numbers_are_text: bool = True
) -> pa.ChunkedArray:
    """A string column, whatever text-like form the source gives; bad bytes replaced and counted."""
    dtype = column.type
    if is_text_type(dtype):
        return _repaired(column.cast(pa.string()), stats)
    if pa.types.is_binary(dtype) or pa.types.is_large_binary(dtype) or pa.types.is_binary_view(dtype):
        return _decoded(column.cast(pa.binary()), stats)
    if pa.types.is_null(dtype) or (numbers_are_text and (pa.types.is_integer(dtype) or pa.types.is_floating(dtype))):
        return column.cast(pa.string())
    raise CodelmError(f"{source}: column {name!r} holds {dtype}, not text")


def _repaired(column: pa.ChunkedArray, stats: Stats) -> pa.ChunkedArray:
    """Strings with invalid UTF-8 (Arrow does not check Parquet's bytes) decoded with replacement."""
    if not is_text_type(column.type):
        return column
    try:
        column.validate(full=True)
        return column
    except pa.ArrowInvalid:
        return _decoded(
            column.cast(pa.large_binary() if pa.types.is_large_string(column.type) else pa.binary()), stats
        )


def _decoded(column: pa.ChunkedArray, stats: Stats) -> pa.ChunkedArray:
    values = []
    for raw in column.to_pylist():
        if raw is None:
            values.append(None)
            continue
        try:
            values.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            values.append(raw.decode("utf-8", errors="replace"))
            stats.add("decoded_with_replacement")
    return pa.chunked_array([pa.array(values, pa.string())])


def _licenses(column: pa.ChunkedArray, name: str, source: str, stats: Stats) -> pa.ChunkedArray:
    target = CANONICAL_SCHEMA.field("licenses").type
    if is_text_type(column.type):
        values = _text(column, name, source, stats).to_pylist()
        return pa.chunked_array([pa.array([[value] if value else [] for value in values], target)])
    return _cast(column, target, name, source)


def _derived(name: str, content: pa.ChunkedArray, paths: list[str]) -> pa.Array:
    if name == "id":
        return pa.array([git_blob_sha1(text.encode("utf-8")) for text in content.to_pylist()], pa.string())
    if name == "size":
        return pc.binary_length(content.cast(pa.binary())).cast(pa.int64())
    if name == "lang":
        return pa.array([language_of(path)[0] for path in paths], pa.string())
    if name == "ext":
        return pa.array([language_of(path)[1] for path in paths], pa.string())
    if name == "stars":
        return pa.array([0] * len(paths), pa.int64())
    if name == "licenses":
        return pa.array([[] for _ in paths], pa.list_(pa.string()))
    return pa.array([""] * len(paths), pa.string())


def _jsonl_lines(path: Path) -> Iterator[bytes]:
    if path.name.endswith(UNREAD_COMPRESSIONS):
        raise UsageProblem(f"{path}: {path.suffix} compression is not read; use plain, .gz or .zst JSONL")
    if path.name.endswith(".zst"):
        yield from _zstd_lines(path)
        return
    with (gzip.open if path.name.endswith(".gz") else open)(path, "rb") as handle:
        yield from handle


def _zstd_lines(path: Path) -> Iterator[bytes]:
    """Lines of a Zstandard file of one or more frames; a truncated last frame is an error, not a short file."""
    decompressor = zstandard.ZstdDecompressor()
    frame = decompressor.decompressobj()
    fed = False  # whether the current frame has received any input
    pending = bytearray()
    with open(path, "rb") as handle:
        while block := handle.read(_ZSTD_READ_BYTES):
            while block:
                data = frame.decompress(block)
                fed, block = True, b""
                if frame.eof:
                    block, frame, fed = frame.unused_data, decompressor.decompressobj(), False
                if b"\n" in data:
                    *lines, tail = (bytes(pending) + data).split(b"\n")
                    yield from (line + b"\n" for line in lines)
                    pending = bytearray(tail)
                else:
                    pending += data
    if fed:
        raise CodelmError(f"{path}: the Zstandard stream ends in the middle of a frame (a truncated file?)")
    if pending:
        yield bytes(pending)


def _row_problem(row: dict, mapping: dict[str, str]) -> str | None:
    """The canonical column a JSON object cannot fill (e.g. a number as content), or None."""
    for canonical, key in mapping.items():
        value = row.get(key)
        if value is None:
            continue
        kind = CANONICAL_KINDS[canonical]
        if kind == "text" and not isinstance(value, str):
            return canonical
        if kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
            return canonical
        if kind == "list of text" and not (
            isinstance(value, str) or (isinstance(value, list) and all(isinstance(item, str) for item in value))
        ):
            return canonical
    return None


def read_jsonl(
    path: Path, batch_rows: int, stats: Stats, flavour: str | None = None, text_column: str | None = None
) -> Iterator[pa.Table]:
    """Canonical tables of ``batch_rows`` JSON objects.

    Undecodable bytes are replaced and counted; lines that are not JSON objects, and objects
    whose canonical fields have the wrong type (``{"content": 5}``), are counted drops. A file
    that cannot be decompressed to its end is an error naming it.
    """
    rows: list[dict] = []
    mapping: dict[str, str] | None = None
    no_text_field: CodelmError | None = None
    try:
        for number, line in enumerate(_jsonl_lines(path), start=1):
            if not line.strip():
                continue
            stats.add("docs_in")
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                text = line.decode("utf-8", errors="replace")
                stats.add("decoded_with_replacement")
            try:
                row = json.loads(text)
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
            except ValueError as err:
                stats.add("dropped.invalid_json")
                log.warning("%s:%d: skipped a line that is not a JSON object (%s)", path, number, err)
                continue
            if mapping is None:
                try:
                    mapping = column_map(flavour or detect_flavour(list(row), str(path), text_column), text_column)
                except CodelmError as err:
                    # Until a line shows which field holds the text, lines without one are dropped.
                    no_text_field = err
                    stats.add("dropped.missing_content")
                    continue
            problem = _row_problem(row, mapping)
            if problem is not None:
                stats.add(f"dropped.invalid_{problem}")
                continue
            rows.append(row)
            if len(rows) >= batch_rows:
                yield canonicalize(_jsonl_table(rows, path), mapping, stats, str(path))
                rows = []
    except (OSError, EOFError, zlib.error, zstandard.ZstdError) as err:
        raise CodelmError(f"{path}: cannot be read to its end ({err})") from err
    if mapping is None and no_text_field is not None:
        raise no_text_field
    if rows:
        yield canonicalize(_jsonl_table(rows, path), mapping, stats, str(path))


def _jsonl_table(rows: list[dict], path: Path) -> pa.Table:
    try:
        table = pa.Table.from_pylist(rows)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError) as err:
        raise CodelmError(f"{path}: a field changes type from one line to another ({err})") from err
    # A key that is null in every row of a batch infers as type null; strings are the likelier truth.
    return table.cast(
        pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in table.schema])
    )


def hf_dataset_files(folder: Path) -> list[Path]:
    """The Arrow files of a folder written by ``datasets.Dataset.save_to_disk`` (all splits of a DatasetDict)."""
    splits_file = folder / "dataset_dict.json"
    if splits_file.exists():
        splits = json.loads(splits_file.read_text())["splits"]
        return [path for split in splits for path in hf_dataset_files(folder / split)]
    state_file = folder / "state.json"
    if not state_file.exists():
        raise UsageProblem(f"{folder}: not a saved Hugging Face dataset (no state.json or dataset_dict.json)")
    return [folder / entry["filename"] for entry in json.loads(state_file.read_text())["_data_files"]]
