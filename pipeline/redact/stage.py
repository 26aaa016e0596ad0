"""``codelm redact`` over a shard folder: redacted ``content`` plus a ``pii`` column."""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa

from codelm.pipeline.redact.redactor import RedactConfig, Redactor
from codelm.pipeline.steps import RunOptions, Step, run_steps

# Keys the ``pii.hash`` HMAC when set; without it the column holds nulls. A hash keyed by a public
# value (the seed) would let anyone confirm a guessed password against the output.
HASH_KEY_ENV = "CODELM_REDACT_KEY"

PII_TYPE = pa.list_(
    pa.struct(
        [
            ("tag", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("replacement", pa.string()),
            ("detector", pa.string()),
            ("hash", pa.string()),
        ]
    )
)


class RedactStep(Step):
    """Redacts ``content`` of every row; offsets in ``pii`` point into the redacted text."""

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
            text = record.get("content") or ""
            with self.stats.timer("redact"):
                redacted, pii = self.redactor.redact(
                    text, record.get("path") or "", str(record.get("id") or ""), self.hash_key
                )
            for item in pii:
                self.stats.add(("pii", item["tag"]))
                self.stats.add(("pii_detectors", item["detector"]))
            if pii:
                self.stats.add("docs_with_pii")
            yield {**record, "content": redacted, "pii": pii}


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
