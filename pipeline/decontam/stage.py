"""``codelm decontam``: drop documents that contain benchmark items, and report which matched where."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from codelm.pipeline.decontam.benchmarks import BenchmarkItem, load_benchmarks
from codelm.pipeline.decontam.matching import Matcher
from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.logs import log
from codelm.pipeline.shard_folder import report_parts_dir
from codelm.pipeline.steps import RunOptions, Step, run_steps

# Shortest item text searched, in characters after removing whitespace; HumanEval's shortest
# canonical solutions (`return a + b`, `return len(string)`) would match unrelated code.
MIN_CHARS = 32
# GPT-3's contamination study used 13-gram overlaps.
NGRAM_SIZE = 13
NGRAM_OVERLAP = 0.5


@dataclass
class DecontamConfig:
    benchmarks: tuple[str, ...] = ("humaneval",)
    fields: tuple[str, ...] = ("prompt", "canonical_solution")
    id_field: str = "task_id"
    min_chars: int = MIN_CHARS
    ngram_size: int = 0  # 0: substring matching only
    ngram_overlap: float = NGRAM_OVERLAP
    report: Path | None = None


def report_line(match, record: dict) -> dict:
    return {
        "benchmark": match.item.benchmark,
        "item": match.item.item_id,
        "field": match.item.field,
        "mode": match.mode,
        "id": record.get("id"),
        "repo_name": record.get("repo_name"),
        "path": record.get("path"),
    }


class Decontaminate(Step):
    """Drops every row whose content contains a benchmark item; stats per benchmark."""

    name = "decontam"

    def __init__(self, items: list[BenchmarkItem], config: DecontamConfig, report_parts: Path | None):
        self.items = items
        self.config = config
        self.report_parts = report_parts
        self._matcher: Matcher | None = None

    def __getstate__(self):
        # The automaton is rebuilt in each worker (milliseconds) instead of being pickled.
        return {**self.__dict__, "_matcher": None}

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = Matcher(
                self.items, self.config.min_chars, self.config.ngram_size, self.config.ngram_overlap
            )
        return self._matcher

    def run(self, records: Iterable[dict], shard: int, num_shards: int) -> Iterator[dict]:
        lines = []
        for record in records:
            matches = self.matcher.find(record.get("content") or "")
            if not matches:
                yield record
                continue
            first = matches[0].item
            benchmark = first.benchmark
            self.stats.add(("dropped", benchmark))
            self.stats.add(("dropped_bytes", benchmark), len((record.get("content") or "").encode("utf-8")))
            for match in matches:
                self.stats.add(("matches", match.item.benchmark, match.mode))
            self._reject(record, f"{benchmark}:{first.item_id}:{first.field}")
            lines.extend(report_line(match, record) for match in matches)
        if self.report_parts is not None:
            part = self.report_parts / f"{shard:05d}.jsonl"
            temporary = part.with_suffix(".tmp")
            temporary.write_text("".join(json.dumps(line, sort_keys=True) + "\n" for line in lines))
            os.replace(temporary, part)


def index_summary(items: list[BenchmarkItem], config: DecontamConfig) -> dict:
    """Items, searched texts and skipped trivial texts per benchmark."""
    matcher = Matcher(items, config.min_chars, config.ngram_size, config.ngram_overlap)
    summary: dict[str, dict] = {}
    for item in items:
        entry = summary.setdefault(item.benchmark, {"items": set(), "texts": 0})
        entry["items"].add(item.item_id)
        entry["texts"] += 1
    return {
        "benchmarks": {
            name: {"items": len(entry["items"]), "texts": entry["texts"]} for name, entry in summary.items()
        },
        "patterns": matcher.substrings.num_patterns,
        "skipped_trivial": matcher.substrings.skipped_trivial,
    }


def decontaminate(input_spec, output_dir: str | Path, config: DecontamConfig, options: RunOptions) -> dict:
    """Copy ``input_spec`` to ``output_dir`` without the rows that contain benchmark items.

    With ``config.report``, writes one JSON line per (document, matched item) to that file.
    """
    if not 0 < config.ngram_overlap <= 1:
        raise UsageProblem("--ngram-overlap must be in (0, 1]")
    items = load_benchmarks(config.benchmarks, config.fields, config.id_field)
    summary = index_summary(items, config)
    log.info(
        "decontam: %s; %d texts searched, %d trivial ones skipped",
        ", ".join(f"{name} {entry['items']} items" for name, entry in summary["benchmarks"].items()),
        summary["patterns"],
        summary["skipped_trivial"],
    )
    report = Path(config.report) if config.report else None
    parameters = {
        "benchmarks": list(config.benchmarks),
        "fields": list(config.fields),
        "id_field": config.id_field,
        "min_chars": config.min_chars,
        "ngram_size": config.ngram_size,
        "ngram_overlap": config.ngram_overlap,
        # The texts themselves, so an edited benchmark file makes the output stale.
        "items_digest": _digest(items),
        "index": summary,
    }
    parts = report_parts_dir(output_dir) if report else None
    step = Decontaminate(items, config, parts)
    benchmark_files = [Path(name) for name in config.benchmarks if Path(name).exists()]
    return run_steps(
        "decontam", input_spec, output_dir, [step], parameters, options, report=report, extra_inputs=benchmark_files
    )


def _digest(items: list[BenchmarkItem]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for item in items:
        digest.update(json.dumps([item.benchmark, item.item_id, item.field, item.text]).encode())
    return digest.hexdigest()
