"""``basic`` (line lengths, alphanumeric fraction) and ``alpha`` (alphabetic fraction).

Thresholds from BigCode's preprocessing (``max_line_length=1000``, ``mean_line_length=100``,
``alpha_num_threshold=0.25``, after Codex), measured as BigCode does: line lengths over
``str.splitlines()``, fractions over characters with ``str.isalnum`` / ``str.isalpha``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.filters.base import CodeFilter, record_ext

MAX_LINE_LENGTH = 1000
MEAN_LINE_LENGTH = 100.0
MIN_ALNUM_FRACTION = 0.25
MIN_ALPHA_FRACTION = 0.25
THRESHOLD_KEYS = ("max_line_length", "mean_line_length", "alnum_fraction", "alpha_fraction")

# Per-extension overrides of the basic thresholds (null = no limit), as StarCoder filtered with a
# table keyed by extension. These are codelm's defaults: prose formats keep a paragraph on one
# line, so line limits are relaxed there; data formats made of numbers pass the alphanumeric test,
# so they also need enough letters. Replace the whole table with --basic-table FILE.
DEFAULT_BASIC_TABLE: dict[str, dict[str, float | None]] = {
    **{ext: {"alpha_fraction": 0.25} for ext in ("json", "jsonc", "yaml", "yml")},
    **{ext: {"max_line_length": 10000, "mean_line_length": 1000} for ext in ("md", "markdown", "rst", "txt", "tex")},
}

_ASCII_ALNUM = bytes(code for code in range(128) if chr(code).isalnum())
_ASCII_ALPHA = bytes(code for code in range(128) if chr(code).isalpha())


def _fraction(text: str, ascii_class: bytes, predicate) -> float:
    if not text:
        return 0.0
    if text.isascii():
        # bytes.translate deletes a byte class in C: ~50x faster than a Python loop over characters.
        data = text.encode("ascii")
        return (len(data) - len(data.translate(None, ascii_class))) / len(data)
    return sum(map(predicate, text)) / len(text)


def alnum_fraction(text: str) -> float:
    return _fraction(text, _ASCII_ALNUM, str.isalnum)


def alpha_fraction(text: str) -> float:
    return _fraction(text, _ASCII_ALPHA, str.isalpha)


def line_lengths(text: str) -> tuple[int, float]:
    """(max, mean) length of ``text.splitlines()``; (0, 0.0) for an empty text."""
    lengths = list(map(len, text.splitlines()))
    if not lengths:
        return 0, 0.0
    return max(lengths), sum(lengths) / len(lengths)


def load_basic_table(path: str | Path) -> dict[str, dict[str, float | None]]:
    """Read a --basic-table JSON file: ``{"ext": {"max_line_length": 2000, ...}, ...}``."""
    try:
        table = json.loads(Path(path).read_text())
    except (OSError, json.JSONDecodeError) as err:
        raise UsageProblem(f"--basic-table {path}: not a readable JSON file ({err})") from err
    if not isinstance(table, dict) or not all(isinstance(row, dict) for row in table.values()):
        raise UsageProblem(f"--basic-table {path}: expected an object of extension -> {{threshold: value}}")
    clean = {}
    for ext, row in table.items():
        unknown = set(row) - set(THRESHOLD_KEYS)
        if unknown:
            raise UsageProblem(f"--basic-table {path}: {ext}: unknown keys {sorted(unknown)}; use {THRESHOLD_KEYS}")
        clean[ext.lstrip(".").lower()] = row
    return clean


class BasicFilter(CodeFilter):
    """Drop files with very long lines or too few alphanumeric characters (minified, data, binary-ish)."""

    name = "basic"
    metric_types = {
        "max_line_length": pa.int64(),
        "mean_line_length": pa.float64(),
        "alnum_fraction": pa.float64(),
        "alpha_fraction": pa.float64(),
    }

    def __init__(
        self,
        max_line_length: int = MAX_LINE_LENGTH,
        mean_line_length: float = MEAN_LINE_LENGTH,
        min_alnum_fraction: float = MIN_ALNUM_FRACTION,
        table: dict[str, dict[str, float | None]] | None = None,
    ):
        self.defaults = {
            "max_line_length": max_line_length,
            "mean_line_length": mean_line_length,
            "alnum_fraction": min_alnum_fraction,
            "alpha_fraction": None,
        }
        self.table = DEFAULT_BASIC_TABLE if table is None else table

    def thresholds(self, record: dict) -> dict:
        return {**self.defaults, **self.table.get(record_ext(record), {})}

    def measure(self, record: dict) -> dict:
        text = record.get("content") or ""
        longest, mean = line_lengths(text)
        metrics = {"max_line_length": longest, "mean_line_length": mean, "alnum_fraction": alnum_fraction(text)}
        if self.thresholds(record)["alpha_fraction"] is not None:
            metrics["alpha_fraction"] = alpha_fraction(text)
        return metrics

    def judge(self, metrics: dict, record: dict) -> str | None:
        limits = self.thresholds(record)
        if limits["max_line_length"] is not None and metrics["max_line_length"] > limits["max_line_length"]:
            return "max_line_length"
        if limits["mean_line_length"] is not None and metrics["mean_line_length"] > limits["mean_line_length"]:
            return "mean_line_length"
        if limits["alnum_fraction"] is not None and metrics["alnum_fraction"] < limits["alnum_fraction"]:
            return "alnum_fraction"
        if limits["alpha_fraction"] is not None and metrics["alpha_fraction"] < limits["alpha_fraction"]:
            return "alpha_fraction"
        return None


class AlphaFilter(CodeFilter):
    """Drop files whose fraction of alphabetic characters is below a threshold."""

    name = "alpha"
    metric_types = {"alpha_fraction": pa.float64()}

    def __init__(self, min_alpha_fraction: float = MIN_ALPHA_FRACTION):
        self.min_alpha_fraction = min_alpha_fraction

    def measure(self, record: dict) -> dict:
        return {"alpha_fraction": alpha_fraction(record.get("content") or "")}

    def judge(self, metrics: dict, record: dict) -> str | None:
        return "alpha_fraction" if metrics["alpha_fraction"] < self.min_alpha_fraction else None
