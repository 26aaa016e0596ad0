"""``fertility``: characters per token under a given tokenizer; code the tokenizer compresses badly
(data blobs, encoded strings, unusual scripts) falls under the threshold.

Thresholds from BigCode's preprocessing (SantaCoder data, measured after near-dedup, basic
filtering and PII redaction): Python 2.5, Java 2.9, JavaScript 2.6. Languages without a
threshold are kept.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa

from codelm.pipeline.errors import UsageProblem, require
from codelm.pipeline.filters.base import CodeFilter, record_lang

DEFAULT_FERTILITY_THRESHOLDS = {"Python": 2.5, "Java": 2.9, "JavaScript": 2.6}
TOKENIZER_FILE = "tokenizer.json"


def tokenizer_file(directory: str | Path) -> Path:
    path = Path(directory) / TOKENIZER_FILE
    if not path.is_file():
        raise UsageProblem(f"--tokenizer {directory}: no {TOKENIZER_FILE} there (a Hugging Face tokenizer folder)")
    return path


def tokenizer_digest(directory: str | Path) -> str:
    """Content hash of the tokenizer, so a retrained tokenizer makes the output stale."""
    return hashlib.sha256(tokenizer_file(directory).read_bytes()).hexdigest()


class FertilityFilter(CodeFilter):
    """Drop files with fewer characters per token than their language's threshold."""

    name = "fertility"
    # Languages decide what counts as a comment and which threshold applies; without them the filter would do nothing.
    required_columns = ("content", "lang")
    metric_types = {"chars_per_token": pa.float64()}

    def __init__(self, tokenizer_dir: str | Path, thresholds: dict[str, float] | None = None):
        self.path = str(tokenizer_file(tokenizer_dir))
        self.thresholds = dict(DEFAULT_FERTILITY_THRESHOLDS if thresholds is None else thresholds)
        self._tokenizer = None

    def __getstate__(self):
        # The Rust tokenizer is loaded in each worker from its file, not pickled.
        return {**self.__dict__, "_tokenizer": None}

    def _encoder(self):
        if self._tokenizer is None:
            tokenizers = require("tokenizers", extra="tokenize", purpose="the fertility filter")
            self._tokenizer = tokenizers.Tokenizer.from_file(self.path)
        return self._tokenizer

    def applies(self, record: dict) -> bool:
        return record_lang(record) in self.thresholds and bool(record.get("content"))

    def measure(self, record: dict) -> dict:
        text = record["content"]
        num_tokens = len(self._encoder().encode(text, add_special_tokens=False).ids)
        return {"chars_per_token": len(text) / max(num_tokens, 1)}

    def judge(self, metrics: dict, record: dict) -> str | None:
        return "chars_per_token" if metrics["chars_per_token"] < self.thresholds[record_lang(record)] else None
