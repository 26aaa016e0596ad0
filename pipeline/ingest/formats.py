"""Tabular inputs (The Stack v1/v2 Parquet, other Parquet/Arrow, JSONL, saved Hugging Face datasets)
mapped onto the canonical columns of design.md."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from codelm.pipeline.errors import CodelmError, UsageProblem
from codelm.pipeline.ingest.languages import language_of
from codelm.pipeline.ingest.sources import git_blob_sha1
from codelm.pipeline.logs import log
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

# canonical column ← source column, per flavour (design.md's table).
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
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".json.gz", ".jsonl.zst")


def detect_flavour(columns: list[str], source: str) -> str:
    names = set(columns)
    if {"hexsha", "max_stars_repo_name"} <= names:
        return "stack-v1"
    if "blob_id" in names and ("repo_name" in names or "language" in names):
        if "content" not in names:
            raise CodelmError(
                f"{source}: The Stack v2 ships file ids without contents; fetch the contents "
                "(Software Heritage) into a 'content' column first"
            )
        return "stack-v2"
    if "content" in names:
        return "canonical"
    if "text" in names:
        return "text"
    raise CodelmError(f"{source}: no 'content' (or 'text') column; columns are {', '.join(sorted(names))}")


def canonicalize(table: pa.Table, flavour: str, stats: Stats) -> pa.Table:
    """Rename source columns to canonical ones, fill the missing ones, keep the rest untouched."""
    mapping = {canonical: source for canonical, source in COLUMN_MAPS[flavour].items() if source in table.column_names}
    renamed = set(mapping.values())
    columns: dict[str, pa.Array] = {}
    content = table.column(mapping["content"]).cast(pa.string())
    content_null = pc.is_null(content)
    if pc.any(content_null).as_py():
        stats.add("null_content_as_empty", pc.sum(content_null).as_py())
        content = pc.fill_null(content, "")
    columns["content"] = content
    paths = table.column(mapping["path"]).cast(pa.string()) if "path" in mapping else None
    path_values = paths.to_pylist() if paths is not None else [""] * table.num_rows
    for name in CANONICAL_SCHEMA.names:
        if name == "content":
            continue
        target = CANONICAL_SCHEMA.field(name).type
        if name in mapping:
            column = table.column(mapping[name])
            if name == "licenses" and pa.types.is_string(column.type):
                column = pa.array([[value] if value else [] for value in column.to_pylist()], pa.list_(pa.string()))
            column = column.cast(target)
            if name in ("stars", "size"):
                column = pc.fill_null(column, 0)
            elif name == "licenses":
                column = pc.if_else(pc.is_null(column), pa.scalar([], target), column)
            elif pa.types.is_string(target):
                column = pc.fill_null(column, "")
            columns[name] = column
        else:
            columns[name] = _derived(name, content, path_values)
    extra = {name: table.column(name) for name in table.column_names if name not in renamed and name not in columns}
    return pa.table({**columns, **extra}).select([*CANONICAL_SCHEMA.names, *extra])


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


def read_jsonl(path: Path, batch_rows: int, stats: Stats) -> Iterator[pa.Table]:
    """Tables of ``batch_rows`` JSON objects; undecodable bytes are replaced, malformed lines counted and skipped."""
    opener = gzip.open if path.name.endswith(".gz") else open
    rows: list[dict] = []
    with opener(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
        for number, line in enumerate(text, start=1):
            if not line.strip():
                continue
            stats.add("docs_in")
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
            except ValueError as err:
                stats.add("dropped.invalid_json")
                log.warning("%s:%d: skipped a line that is not a JSON object (%s)", path, number, err)
                continue
            rows.append(row)
            if len(rows) >= batch_rows:
                yield _jsonl_table(rows)
                rows = []
    if rows:
        yield _jsonl_table(rows)


def _jsonl_table(rows: list[dict]) -> pa.Table:
    table = pa.Table.from_pylist(rows)
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
