"""What every codelm filter shares: a name, metrics it measures, and a verdict on them.

A filter is a ``Filter`` step whose ``keep`` is ``judge(measure(record))``, so the same code
drops rows in ``codelm filter`` and writes metric columns in ``--annotate`` mode, and the
thresholds a user explores with ``--annotate`` are exactly the ones the filter applies.
"""

from __future__ import annotations

import math
import posixpath
from abc import abstractmethod
from typing import Iterable, Iterator, Sequence

import pyarrow as pa

from codelm.pipeline.steps import Filter, Step

# Column of the annotated output naming the first filter (in --filters order) that would drop the row.
REASON_COLUMN = "filter_reason"


def record_lang(record: dict) -> str:
    return record.get("lang") or ""


def record_ext(record: dict) -> str:
    """The extension without its dot, lower-cased; from the ``ext`` column, else from ``path``."""
    ext = record.get("ext")
    if ext is None:
        ext = posixpath.splitext(record.get("path") or "")[1]
    return ext.lstrip(".").lower()


# Histogram bins: fractions and ratios in 20 equal bins over [0, 1]; other metrics (lengths, sizes,
# characters per token) in bins a quarter of a power of two wide, so one chart spans 1 to 10^6.
LINEAR_BINS = 20
LOG2_BINS_PER_DOUBLING = 4


def is_fraction_metric(metric: str) -> bool:
    return metric.endswith(("fraction", "ratio"))


def metric_bin(metric: str, value: float) -> float:
    """The left edge of the histogram bin holding ``value``."""
    if is_fraction_metric(metric):
        return min(math.floor(max(value, 0.0) * LINEAR_BINS), LINEAR_BINS - 1) / LINEAR_BINS
    if value <= 0:
        return 0.0
    return 2.0 ** (math.floor(math.log2(value) * LOG2_BINS_PER_DOUBLING) / LOG2_BINS_PER_DOUBLING)


def metric_bin_right(metric: str, left: float) -> float:
    if is_fraction_metric(metric):
        return left + 1.0 / LINEAR_BINS
    return left * 2.0 ** (1 / LOG2_BINS_PER_DOUBLING) if left > 0 else 1.0


class CodeFilter(Filter):
    """A filter with named metrics. Subclasses set ``name`` and ``metric_types`` and write
    ``measure`` (the metrics of one row) and ``judge`` (the reason to drop it, or None)."""

    name = "filter"
    metric_types: dict[str, pa.DataType] = {}

    def applies(self, record: dict) -> bool:
        """Whether this filter has an opinion on the row at all (e.g. html only looks at HTML)."""
        return True

    def measure(self, record: dict) -> dict:
        return {}

    @abstractmethod
    def judge(self, metrics: dict, record: dict) -> str | None:
        """A short reason (``max_line_length``) when the row fails, else None."""

    def keep(self, record: dict) -> bool | tuple[bool, str]:
        if not self.applies(record):
            return True
        reason = self.judge(self.measure(record), record)
        return True if reason is None else (False, f"{self.name}.{reason}")

    def run(self, records: Iterable[dict], shard: int, num_shards: int) -> Iterator[dict]:
        """``keep`` over the rows, also counting each metric into a histogram of the rows this filter examined
        (stats add up over shards; `codelm report` draws them against the thresholds)."""
        for record in records:
            if not self.applies(record):
                yield record
                continue
            metrics = self.measure(record)
            for metric, value in metrics.items():
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    self.stats.add(("histograms", metric, f"{metric_bin(metric, value):.6g}"))
            reason = self.judge(metrics, record)
            if reason is None:
                yield record
            else:
                self.drop(record, f"{self.name}.{reason}")

    def drop(self, record: dict, reason: str) -> None:
        # Stats per filter (docs and bytes), the finer reason in its own counter; the rejected row
        # carries the finer reason.
        self.stats.add(("dropped", self.name))
        self.stats.add(("dropped_bytes", self.name), len((record.get("content") or "").encode("utf-8")))
        self.stats.add(("drop_reasons", self.name, reason.split(".", 1)[1]))
        self._reject(record, reason)


class Annotate(Step):
    """``--annotate``: every filter's metrics as columns, plus the reason the row would be dropped; drops nothing."""

    name = "annotate"

    def __init__(self, filters: Sequence[CodeFilter]):
        self.filters = list(filters)
        self.required_columns = tuple(dict.fromkeys(name for step in self.filters for name in step.required_columns))

    def output_schema(self, schema: pa.Schema) -> pa.Schema:
        for column, dtype in [*self._metric_columns(), (REASON_COLUMN, pa.string())]:
            index = schema.get_field_index(column)
            field = pa.field(column, dtype)
            schema = schema.set(index, field) if index >= 0 else schema.append(field)
        return schema

    def _metric_columns(self) -> list[tuple[str, pa.DataType]]:
        return [item for code_filter in self.filters for item in code_filter.metric_types.items()]

    def run(self, records: Iterable[dict], shard: int, num_shards: int) -> Iterator[dict]:
        for record in records:
            reason = None
            annotated = dict(record)
            written: set[str] = set()
            for code_filter in self.filters:
                applies = code_filter.applies(record)
                metrics = code_filter.measure(record) if applies else {}
                for column in code_filter.metric_types:
                    # Two filters may share a metric (basic and alpha): a value beats a null.
                    if column not in written or metrics.get(column) is not None:
                        annotated[column] = metrics.get(column)
                        written.add(column)
                if applies and reason is None:
                    verdict = code_filter.judge(metrics, record)
                    if verdict is not None:
                        reason = f"{code_filter.name}.{verdict}"
            annotated[REASON_COLUMN] = reason
            if reason is not None:
                self.stats.add(("would_drop", reason.split(".", 1)[0]))
            yield annotated
