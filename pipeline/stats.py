"""Counters that add up across tasks and workers, saved as ``stats.json``.

Keys are nested dicts of numbers. Every stage counts ``docs_in``, ``docs_out`` and
``dropped[reason]`` (and the same in bytes), so that ``docs_in == docs_out + sum(dropped)``
can be checked when the stage finishes.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Iterator

from codelm.pipeline.errors import CodelmError


class Stats:
    def __init__(self, counters: dict | None = None):
        self.counters: dict = counters if counters is not None else {}

    def add(self, key: str | tuple[str, ...], value: float = 1) -> None:
        """Add ``value`` to a counter; dots in ``key`` nest (``dropped.too_large``).

        A tuple key names the levels itself, for names that hold dots (``("skipped_dirs", ".git")``).
        """
        *parents, leaf = key.split(".") if isinstance(key, str) else key
        node = self.counters
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = node.get(leaf, 0) + value

    def get(self, key: str, default: float = 0):
        node = self.counters
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    @contextmanager
    def timer(self, name: str) -> Iterator[None]:
        """Add the seconds spent inside the block to ``timings_s.<name>`` (CPU time summed over tasks)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(f"timings_s.{name}", time.perf_counter() - start)

    def merge(self, other: "Stats | dict") -> "Stats":
        _merge_into(self.counters, other.counters if isinstance(other, Stats) else other)
        return self

    def to_dict(self) -> dict:
        return _rounded(self.counters)

    def check_balance(self) -> None:
        """Fail the stage if rows in differ from rows out plus rows dropped: no row may be lost silently."""
        if "docs_in" not in self.counters:
            return
        docs_in = self.counters["docs_in"]
        accounted = self.counters.get("docs_out", 0) + sum(self.counters.get("dropped", {}).values())
        if docs_in != accounted:
            raise CodelmError(
                f"row accounting is off: docs_in={docs_in} but docs_out + dropped = {accounted}; nothing was published"
            )


def _merge_into(target: dict, source: dict) -> None:
    for key, value in source.items():
        if isinstance(value, dict):
            _merge_into(target.setdefault(key, {}), value)
        else:
            target[key] = target.get(key, 0) + value


def _rounded(node):
    if isinstance(node, dict):
        return {key: _rounded(value) for key, value in sorted(node.items())}
    if isinstance(node, float):
        return round(node, 4)
    return node
