"""``codelm redact`` over a shard folder: redacted ``content`` plus a ``pii`` column."""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa

from codelm.pipeline.redact.redactor import SPAN_FIELDS, RedactConfig, Redactor
from codelm.pipeline.shards import int64_array, list_array, string_array
from codelm.pipeline.steps import BatchStep, RunOptions, run_steps

# Keys the ``pii.hash`` HMAC when set; without it the column holds nulls. A hash keyed by a public
# value (the seed) would let anyone confirm a guessed password against the output.
HASH_KEY_ENV = "CODELM_REDACT_KEY"

# Columns redacted besides ``content``: pack writes the path into the training tokens
# (``<file_sep>PATH``) and the repository name too (``<repo_name>NAME``).
METADATA_COLUMNS = ("path", "repo_name")

PII_TYPE = pa.list_(
    pa.struct(
        [
            ("column", pa.string()),
            ("tag", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("replacement", pa.string()),
            ("detector", pa.string()),
            ("hash", pa.string()),
        ]
    )
)


# A pii item's fields: the column, then a replaced span's (``redactor.SPAN_FIELDS``).
PII_FIELDS = ("column", *SPAN_FIELDS)
assert PII_FIELDS == tuple(PII_TYPE.value_type.field(index).name for index in range(len(PII_FIELDS)))


class RedactStep(BatchStep):
    """Redacts ``content``, ``path`` and ``repo_name`` of every row; each ``pii`` item names its column, and its
    offsets point into that column's redacted text."""

    name = "redact"

    def __init__(self, config: RedactConfig, hash_key: bytes | None = None):
        self.config = config
        self.hash_key = hash_key
        self.redactor = Redactor(config)

    def output_schema(self, schema: pa.Schema) -> pa.Schema:
        field = pa.field("pii", PII_TYPE)
        if "pii" in schema.names:
            return schema.set(schema.get_field_index("pii"), field)
        return schema.append(field)

    def run(self, records: Iterable[dict], shard: int, num_shards: int) -> Iterator[dict]:
        for record in records:
            counts: Counter = Counter()
            start = time.perf_counter()
            content, metadata, pii = self._redact_row(
                record.get("content") or "",
                {column: record.get(column) for column in METADATA_COLUMNS},
                str(record.get("id") or ""),
                counts,
            )
            self._add_stats(counts, time.perf_counter() - start)
            changed = {"content": content, **{column: value for column, value in metadata.items() if value}}
            yield {**record, **changed, "pii": [dict(zip(PII_FIELDS, item)) for item in pii]}

    def _add_stats(self, counts: Counter, seconds: float) -> None:
        """One ``stats.add`` per counter and batch: per item they cost as much as the replacements."""
        self.stats.add("timings_s.redact", seconds)
        for key, value in counts.items():
            self.stats.add(key, value)

    def map_batch(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        names = batch.schema.names
        rows = batch.num_rows
        contents = batch.column("content").to_pylist()
        ids = batch.column("id").to_pylist() if "id" in names else [None] * rows
        metadata = {column: batch.column(column).to_pylist() for column in METADATA_COLUMNS if column in names}
        redacted_contents, items, counts = [], [], []
        changed: dict[str, list] = {}
        stats: Counter = Counter()
        start = time.perf_counter()
        for index in range(rows):
            content, row_changes, pii = self._redact_row(
                contents[index] or "",
                {column: values[index] for column, values in metadata.items()},
                str(ids[index] or ""),
                stats,
            )
            redacted_contents.append(content)
            for column, value in row_changes.items():
                if value:
                    changed.setdefault(column, list(metadata[column]))[index] = value
            items += pii
            counts.append(len(pii))
        self._add_stats(stats, time.perf_counter() - start)
        schema = self.output_schema(batch.schema)
        columns = dict(zip(names, batch.columns))
        columns["content"] = string_array(redacted_contents, schema.field("content").type)
        for column, values in changed.items():
            columns[column] = string_array(values, schema.field(column).type)
        columns["pii"] = _pii_array(items, counts)
        return pa.RecordBatch.from_arrays([columns[name] for name in schema.names], schema=schema)

    def _redact_row(
        self, content: str, metadata: dict, document_key: str, counts: Counter
    ) -> tuple[str, dict, list[tuple]]:
        """The redacted content, the metadata columns that changed (redacted), and the row's pii items as tuples in
        ``PII_FIELDS`` order; ``counts`` gathers the row's stats keys."""
        path = metadata.get("path") or ""
        changes = {}
        redacted, spans = self.redactor.redact_spans(content, path, document_key, self.hash_key)
        pii = [("content", *span) for span in spans]
        for column, value in metadata.items():
            if not value or not isinstance(value, str):
                continue
            # The path names its own kind (a .env path is read as config); it is its own document key, so a
            # fake in it does not depend on the content's values.
            redacted_value, column_spans = self.redactor.redact_spans(
                value, value, f"{document_key}\0{column}", self.hash_key
            )
            if column_spans:
                changes[column] = redacted_value
                counts[("pii_columns", column)] += len(column_spans)
                pii += [(column, *span) for span in column_spans]
        if pii:
            counts.update(("pii", item[1]) for item in pii)
            counts.update(("pii_detectors", item[5]) for item in pii)
            counts["docs_with_pii"] += 1
        return redacted, changes, pii


def _pii_array(items: list[tuple], counts: list[int]) -> pa.Array:
    """The ``pii`` column from every row's items (tuples in ``PII_FIELDS`` order) in order (``counts[i]`` of them
    for row ``i``)."""
    fields = [PII_TYPE.value_type.field(index) for index in range(PII_TYPE.value_type.num_fields)]
    values = list(zip(*items)) if items else [()] * len(fields)
    children = [
        int64_array(list(column)) if pa.types.is_integer(field.type) else string_array(list(column))
        for field, column in zip(fields, values)
    ]
    return list_array(counts, pa.StructArray.from_arrays(children, fields=fields), PII_TYPE)


def hash_key_from_env() -> bytes | None:
    value = os.environ.get(HASH_KEY_ENV)
    return value.encode("utf-8") if value else None


def redact(
    input_spec, output_dir: str | Path, config: RedactConfig, options: RunOptions, hash_key: bytes | None = None
) -> dict:
    """Redact every shard of ``input_spec`` into ``output_dir``; returns the stage's stats.

    ``stats.json`` counts replaced spans per tag (``pii.EMAIL``...) and per detector
    (``pii_detectors``), and ``docs_with_pii``; no original value is written anywhere.
    """
    config.validate()
    parameters = {**asdict(config), "entities": list(config.entities)}
    # The key itself never reaches the manifest; a fingerprint of it makes a new key rerun the stage.
    parameters["hash_key_id"] = hashlib.sha256(b"codelm-redact\0" + hash_key).hexdigest()[:12] if hash_key else ""
    return run_steps("redact", input_spec, output_dir, [RedactStep(config, hash_key)], parameters, options)
