"""Redaction throughput per core: `codelm redact` end to end through the CLI, side by side with Presidio.

    python benchmarks/bench_redact.py [--runs 3] [--presidio-mb 1] [--ordinary-copies 4] [--dense-mb 16]
                                      [--findings 100000]

Three corpora, built here in a scratch folder:

- ordinary code: the running Python's standard library, ingested by ``codelm ingest`` (32 MB), its shards
  repeated ``--ordinary-copies`` times so that the CLI's fixed start-up cost (imports, about 0.7 s of CPU) weighs
  on the rate as little as it does on a real corpus; the single copy is measured through the CLI too;
- secret-dense files: the documents of the tuning set ``tests/data/redact/labels.jsonl`` (real code and config
  files with a planted secret or look-alike every ~250 bytes), repeated to ``--dense-mb`` megabytes;
- one file of ``--findings`` findings: an address book / firewall / key list, one email, public IP or key
  assignment per line, in the shard format.

For each corpus: the CLI (``codelm redact IN OUT --workers 1``, a fresh process, start-up, Parquet reading and
writing included), MB of content per CPU second of that process (so per core) and per wall second; the library
(``Redactor.redact`` in this process); and Presidio's analyzer + anonymizer restricted to the entity types both
tools redact (EMAIL_ADDRESS, IP_ADDRESS; Presidio has no key or password recogniser), on the first
``--presidio-mb`` MB of the corpus (of the findings file, its first ``--presidio-findings-mb`` MB: Presidio
takes a minute per megabyte there), with codelm's library on exactly the same documents. Medians of ``--runs``.
Presidio runs as users without a spaCy model get it: a blank English pipeline, its pattern recognisers doing the
work.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.ingest import IngestConfig, ingest
from codelm.pipeline.logs import configure_logging
from codelm.pipeline.redact import RedactConfig, Redactor
from codelm.pipeline.shards import resolve_inputs
from codelm.pipeline.steps import RunOptions

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "redact" / "labels.jsonl"
PRESIDIO_ENTITIES = ["EMAIL_ADDRESS", "IP_ADDRESS"]
CODELM = str(Path(sys.executable).with_name("codelm"))


def megabytes(rows: list[dict]) -> float:
    return sum(len(row["content"].encode("utf-8")) for row in rows) / 1e6


def write_folder(folder: Path, rows: list[dict]) -> Path:
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows), folder / "part-00000.parquet")
    return folder


def ordinary_corpus(scratch: Path) -> Path:
    folder = scratch / "ordinary"
    ingest([sysconfig.get_paths()["stdlib"]], folder, IngestConfig(), RunOptions(engine=EngineOptions(workers=1)))
    return folder


def repeated(folder: Path, copies: int, target: Path) -> Path:
    """The shards of ``folder`` written ``copies`` times into a plain folder of Parquet files."""
    target.mkdir(parents=True)
    for copy in range(copies):
        for index, path in enumerate(resolve_inputs(folder)):
            shutil.copyfile(path, target / f"data-{copy:02d}-{index:05d}.parquet")
    return target


def dense_corpus(scratch: Path, target_mb: float) -> Path:
    documents = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows, size, copy = [], 0.0, 0
    while size < target_mb:
        for document in documents:
            rows.append({"id": f"{document['id']}-{copy}", "content": document["content"], "path": document["path"]})
        size += megabytes(rows[-len(documents) :])
        copy += 1
    return write_folder(scratch / "dense", rows)


def findings_corpus(scratch: Path, findings: int) -> Path:
    """One file with ``findings`` redactable values, one per line, of three kinds in turn."""
    rng = random.Random(0)
    first = "olivia liam sofia mateo hana arjun chloe lukas amara kenji fatima noah".split()
    last = "martin okafor nguyen schmidt kowalski haddad silva tanaka johansson rossi".split()
    domains = "northwind.io bluepeak.dev acmelabs.co.uk quantix.de helioscloud.com".split()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    lines = []
    for index in range(findings):
        kind = index % 3
        if kind == 0:
            name, surname = rng.choice(first), rng.choice(last)
            lines.append(
                f'    {{"name": "{name} {surname}", "email": "{name}.{surname}{index}@{rng.choice(domains)}"}},'
            )
        elif kind == 1:
            address = f"{rng.randint(11, 90)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            lines.append(f"    allow {address};  # office {index}")
        else:
            key = "".join(rng.choice(alphabet) for _ in range(32))
            lines.append(f'SERVICE_{index}_API_KEY = "{key}"')
    content = "\n".join(lines) + "\n"
    return write_folder(scratch / "findings", [{"id": "findings", "content": content, "path": "contacts.py"}])


def read_rows(folder: Path) -> list[dict]:
    return [row for path in resolve_inputs(folder) for row in pq.read_table(path).to_pylist()]


def cli_rate(source: Path, output: Path, size_mb: float, runs: int) -> dict:
    """Median MB per CPU second and per wall second of ``codelm redact`` run as its own process."""
    cpu, wall = [], []
    for _ in range(runs):
        shutil.rmtree(output, ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [CODELM, "redact", str(source), str(output), "--workers", "1", "--quiet"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        wall.append(size_mb / (time.perf_counter() - start))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(size_mb / (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
    return {"mb_per_cpu_s": round(statistics.median(cpu), 2), "mb_per_wall_s": round(statistics.median(wall), 2)}


def process_rate(size_mb: float, work, runs: int) -> float:
    rates = []
    for _ in range(runs):
        start = time.process_time()
        work()
        rates.append(size_mb / (time.process_time() - start))
    return round(statistics.median(rates), 3)


def codelm_pass(rows: list[dict], redactor: Redactor) -> int:
    return sum(len(redactor.redact(row["content"], row.get("path") or "")[1]) for row in rows)


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


def presidio_pass(rows: list[dict], analyzer, anonymizer) -> int:
    found = 0
    for row in rows:
        results = analyzer.analyze(text=row["content"], language="en", entities=PRESIDIO_ENTITIES)
        anonymizer.anonymize(text=row["content"], analyzer_results=results)
        found += len(results)
    return found


def presidio_sample(rows: list[dict], sample_mb: float) -> list[dict]:
    """The first ``sample_mb`` MB of a seeded shuffle of the documents; a single huge document is cut at a line."""
    if len(rows) == 1:
        content = rows[0]["content"]
        cut = content.rfind("\n", 0, int(sample_mb * 1e6)) + 1
        return [{**rows[0], "content": content[:cut]}]
    shuffled = list(rows)
    random.Random(0).shuffle(shuffled)
    sample, size = [], 0.0
    for row in shuffled:
        if size >= sample_mb:
            break
        sample.append(row)
        size += len(row["content"].encode("utf-8")) / 1e6
    return sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--presidio-mb", type=float, default=1.0, help="Text per corpus Presidio gets (slow).")
    parser.add_argument("--presidio-findings-mb", type=float, default=0.25)
    parser.add_argument("--ordinary-copies", type=int, default=4)
    parser.add_argument("--dense-mb", type=float, default=16.0)
    parser.add_argument("--findings", type=int, default=100_000)
    args = parser.parse_args()
    configure_logging(quiet=True)
    # tldextract (under Presidio's URL handling) tries to fetch the public suffix list, fails offline and
    # falls back to its bundled copy; its traceback is noise here.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    analyzer, anonymizer = presidio_engines()
    presidio_pass([{"content": "a@b.io 81.2.69.160"}], analyzer, anonymizer)  # load recognisers before timing
    redactor = Redactor(RedactConfig())
    codelm_pass([{"content": "x = 1", "path": "a.py"}], redactor)  # load detect-secrets' plugins before timing
    results = {"machine": f"{os.cpu_count()} cores", "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        stdlib = ordinary_corpus(scratch)
        stdlib_mb = megabytes(read_rows(stdlib))
        results["ordinary code (stdlib, one copy), cli"] = cli_rate(stdlib, scratch / "out", stdlib_mb, args.runs)
        corpora = {
            f"ordinary code (stdlib x{args.ordinary_copies})": repeated(stdlib, args.ordinary_copies, scratch / "x"),
            "secret-dense (tuning-set files)": dense_corpus(scratch, args.dense_mb),
            f"one file of {args.findings:,} findings": findings_corpus(scratch, args.findings),
        }
        for name, folder in corpora.items():
            rows = read_rows(folder)
            size_mb = megabytes(rows)
            sample = presidio_sample(rows, args.presidio_findings_mb if len(rows) == 1 else args.presidio_mb)
            sample_mb = megabytes(sample)
            entry = {"docs": len(rows), "mb": round(size_mb, 2), "codelm_findings": codelm_pass(rows, redactor)}
            entry["cli"] = cli_rate(folder, scratch / "out", size_mb, args.runs)
            entry["library_mb_per_cpu_s"] = process_rate(size_mb, lambda: codelm_pass(rows, redactor), args.runs)
            presidio = process_rate(sample_mb, lambda: presidio_pass(sample, analyzer, anonymizer), args.runs)
            same_files = process_rate(sample_mb, lambda: codelm_pass(sample, redactor), args.runs)
            entry["presidio_sample"] = {
                "docs": len(sample),
                "mb": round(sample_mb, 2),
                "presidio_mb_per_cpu_s": presidio,
                "presidio_findings": presidio_pass(sample, analyzer, anonymizer),
                "codelm_library_mb_per_cpu_s": same_files,
                "codelm_findings": codelm_pass(sample, redactor),
                "library_vs_presidio": round(same_files / presidio, 1),
                "cli_vs_presidio": round(entry["cli"]["mb_per_cpu_s"] / presidio, 1),
            }
            results[name] = entry
            print(name, json.dumps(entry), file=sys.stderr, flush=True)
    ordinary = results[f"ordinary code (stdlib x{args.ordinary_copies})"]["cli"]["mb_per_cpu_s"]
    findings = results[f"one file of {args.findings:,} findings"]["cli"]["mb_per_cpu_s"]
    results["findings_file_slowdown_vs_ordinary_per_byte"] = round(ordinary / findings, 2)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
