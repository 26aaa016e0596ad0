"""Redaction throughput per core: codelm redact side by side with Presidio's analyzer + anonymizer.

    python benchmarks/bench_redact.py [--runs 3] [--sample-mb 2] [--source DIR]

The corpus is the running Python's standard library, ingested by ``codelm ingest`` into a scratch
folder (or ``--source``, a shard folder). Both redactors get the same rows in the same process, one
document at a time: the first ``--sample-mb`` megabytes of rows in a seeded shuffle (Presidio needs
seconds per megabyte, so the side-by-side sample is small); codelm also runs over the whole corpus.
Rates are MB of UTF-8 content per CPU second of this one process (so per core), medians of
``--runs`` runs.

Presidio runs as users without a spaCy model get it: a blank English pipeline, so its pattern
recognisers (emails, IPs, URLs, credit cards, phone numbers...) do the work, with every entity it
supports, then ``AnonymizerEngine.anonymize`` with its default replace operator.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import sysconfig
import tempfile
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.ingest import IngestConfig, ingest
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.redact import RedactConfig, Redactor, redact
from codelm.pipeline.shards import resolve_inputs
from codelm.pipeline.steps import RunOptions


def megabytes(rows: list[dict]) -> float:
    return sum(len(row["content"].encode("utf-8")) for row in rows) / 1e6


def cpu_rate(size_mb: float, fn, runs: int) -> tuple[float, float]:
    """Median MB per CPU second and median MB per wall second over ``runs`` runs."""
    cpu, wall = [], []
    for _ in range(runs):
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        fn()
        cpu.append(size_mb / (time.process_time() - cpu_start))
        wall.append(size_mb / (time.perf_counter() - wall_start))
    return statistics.median(cpu), statistics.median(wall)


def codelm_pass(rows: list[dict], redactor: Redactor) -> Counter:
    tags: Counter = Counter()
    for row in rows:
        _, pii = redactor.redact(row["content"], row.get("path") or "", str(row.get("id") or ""))
        tags.update(item["tag"] for item in pii)
    return tags


def presidio_engines():
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_lg"}])
    blank = spacy.blank("en")
    blank.max_length = 100_000_000  # whole source files, as codelm gets them
    nlp_engine.nlp = {"en": blank}
    return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"]), AnonymizerEngine()


def presidio_pass(rows: list[dict], analyzer, anonymizer) -> Counter:
    tags: Counter = Counter()
    for row in rows:
        results = analyzer.analyze(text=row["content"], language="en")
        anonymizer.anonymize(text=row["content"], analyzer_results=results)
        tags.update(result.entity_type for result in results)
    return tags


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample-mb", type=float, default=2.0, help="Rows both redactors get (Presidio is slow).")
    parser.add_argument("--source", type=Path, default=None, help="A shard folder [default: ingest the stdlib].")
    args = parser.parse_args()
    configure_logging(quiet=True)
    # tldextract (under Presidio's URL recogniser) tries to fetch the public suffix list, fails offline and
    # falls back to its bundled copy; its traceback is noise here.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as scratch:
        source = args.source
        if source is None:
            source = Path(scratch) / "ingested"
            stdlib = sysconfig.get_paths()["stdlib"]
            ingest([stdlib], source, IngestConfig(), RunOptions(engine=EngineOptions(workers=1)))
        rows = [row for path in resolve_inputs(source) for row in pq.read_table(path).to_pylist()]
        corpus_mb = megabytes(rows)
        shuffled = list(rows)
        random.Random(0).shuffle(shuffled)
        sample, size = [], 0.0
        for row in shuffled:
            if size >= args.sample_mb:
                break
            sample.append(row)
            size += len(row["content"].encode("utf-8")) / 1e6
        sample_mb = megabytes(sample)

        results = {"corpus_docs": len(rows), "corpus_mb": round(corpus_mb, 2), "sample_docs": len(sample)}
        results["sample_mb"] = round(sample_mb, 2)
        analyzer, anonymizer = presidio_engines()
        presidio_pass(sample[:3], analyzer, anonymizer)  # load recognisers before timing
        default = RedactConfig()
        measured = {
            "codelm default (placeholder, detect-secrets on), sample": (sample, sample_mb, default),
            "codelm --no-detect-secrets, sample": (sample, sample_mb, RedactConfig(detect_secrets=False)),
            "codelm --mode fake, sample": (sample, sample_mb, RedactConfig(mode="fake")),
            "codelm default, whole corpus": (rows, corpus_mb, default),
        }
        rates = {}
        for name, (subset, size_mb, config) in measured.items():
            redactor = Redactor(config)
            codelm_pass(sample[:3], redactor)  # load detect-secrets' plugins before timing
            rates[name] = cpu_rate(size_mb, lambda s=subset, r=redactor: codelm_pass(s, r), args.runs)
        rates["presidio analyzer+anonymizer (blank spaCy), sample"] = cpu_rate(
            sample_mb, lambda: presidio_pass(sample, analyzer, anonymizer), args.runs
        )
        results["found_on_sample"] = {
            "codelm": dict(codelm_pass(sample, Redactor(default))),
            "presidio": dict(presidio_pass(sample, analyzer, anonymizer)),
        }
        with tempfile.TemporaryDirectory() as out:
            options = RunOptions(engine=EngineOptions(workers=1))
            start_cpu, start = time.process_time(), time.perf_counter()
            redact(source, Path(out) / "redacted", default, options)
            results["stage_one_worker_mb_per_s"] = round(corpus_mb / (time.perf_counter() - start), 2)
            results["stage_one_worker_cpu_s"] = round(time.process_time() - start_cpu, 2)
        results["mb_per_cpu_s"] = {name: round(cpu, 3) for name, (cpu, _) in rates.items()}
        results["mb_per_wall_s"] = {name: round(wall, 3) for name, (_, wall) in rates.items()}
        presidio = rates["presidio analyzer+anonymizer (blank spaCy), sample"][0]
        results["ratio_default_vs_presidio"] = round(
            rates["codelm default (placeholder, detect-secrets on), sample"][0] / presidio, 1
        )
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
