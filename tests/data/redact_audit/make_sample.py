"""Sample ``codelm redact``'s detections on real, public code for a precision audit.

Walks an installed ``site-packages`` (by default the running interpreter's), runs the redactor with its
default settings on every text file of the packages in one half of them (``--half audit``; the other half,
``--half tuning``, is where the detectors may be looked at while they are developed), and draws a seeded,
stratified sample of the detections: up to ``PER_TAG`` per tag, spread evenly over the detectors of each tag
(emails fill the sample up to ``MIN_SAMPLE``). Each sampled detection is stored with the lines around it, so
a person can judge it and the audit can be scored again from this repository alone (site-packages differ
between machines).

    python tests/data/redact_audit/make_sample.py [--site-packages DIR] [--seed 0] [--out sample.jsonl]

Only detections that the redactor also makes on the stored snippet itself are kept, so scoring the
snippets reproduces the sample. ``labels.jsonl`` (one ``{"id": ..., "credential": true|false}`` per
sampled detection, by the rules in ``RULES.md``) is written by a labeller, not by this script.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import sysconfig
from pathlib import Path

from codelm.pipeline.redact import RedactConfig, Redactor

HERE = Path(__file__).resolve().parent
TEXT_SUFFIXES = frozenset(
    ".py .pyi .js .mjs .cjs .ts .json .yaml .yml .toml .cfg .ini .conf .md .rst .txt .html .htm .sh .xml "
    ".properties .env .pem .c .h .cpp .go .rs .java .rb .php .sql".split()
)
MAX_FILE_BYTES = 1 << 20
CONTEXT_LINES = 6
MAX_LINE_CHARS = 300
# Keys and passwords are rare in real code (a few dozen in 250 MB of packages), so every one is taken; emails,
# the commonest, fill the sample up to MIN_SAMPLE.
PER_TAG = {"KEY": 400, "PASSWORD": 400, "IP_ADDRESS": 100}
MIN_SAMPLE = 320


def package_half(name: str) -> str:
    """Packages split by a hash of their name, so the halves do not depend on what else is installed."""
    return "audit" if hashlib.sha256(name.encode()).digest()[0] % 2 else "tuning"


def packages(site_packages: Path, half: str) -> list[tuple[str, Path]]:
    found = []
    for entry in sorted(site_packages.iterdir()):
        if entry.name.endswith((".dist-info", ".egg-info", ".pth")) or entry.name in ("__pycache__",):
            continue
        name = entry.name.removesuffix(".py")
        if package_half(name) == half:
            found.append((name, entry))
    return found


def versions(site_packages: Path) -> dict[str, str]:
    """Top-level import name -> installed distribution version, read from dist-info metadata."""
    table = {}
    for info in site_packages.glob("*.dist-info"):
        version = info.name.removesuffix(".dist-info").rsplit("-", 1)[-1]
        top_level = info / "top_level.txt"
        names = top_level.read_text().split() if top_level.is_file() else [info.name.split("-")[0]]
        for name in names:
            table.setdefault(name, version)
    return table


def text_files(entry: Path):
    paths = [entry] if entry.is_file() else sorted(entry.rglob("*"))
    for path in paths:
        if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file() or "__pycache__" in path.parts:
            continue
        if path.stat().st_size > MAX_FILE_BYTES:
            continue
        try:
            yield path, path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue


def snippet(text: str, start: int, end: int) -> tuple[str, int, int, int]:
    """The lines around ``[start, end)`` (long lines cut around the value), the span's offsets in it, and the
    1-based line number of ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[:line_start].split("\n")[:-1][-CONTEXT_LINES:]
    after = text[line_end + 1 :].split("\n")[:CONTEXT_LINES] if line_end < len(text) else []
    line = text[line_start:line_end]
    offset = start - line_start
    if len(line) > MAX_LINE_CHARS + (end - start):
        cut = max(0, offset - MAX_LINE_CHARS // 2)
        line = line[cut : offset + (end - start) + MAX_LINE_CHARS // 2]
        offset -= cut
    before = [row[:MAX_LINE_CHARS] for row in before]
    after = [row[:MAX_LINE_CHARS] for row in after]
    head = "".join(row + "\n" for row in before)
    body = head + line + ("\n" + "\n".join(after) if after else "")
    value_start = len(head) + offset
    return body, value_start, value_start + (end - start), text.count("\n", 0, start) + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site-packages", type=Path, default=Path(sysconfig.get_paths()["purelib"]))
    parser.add_argument("--half", choices=("audit", "tuning"), default="audit")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=HERE / "sample.jsonl")
    args = parser.parse_args()

    redactor = Redactor(RedactConfig())
    table = versions(args.site_packages)
    detections = collections.defaultdict(list)  # tag -> [(detector, package, relative path, record)]
    for name, entry in packages(args.site_packages, args.half):
        for path, text in text_files(entry):
            relative = path.relative_to(args.site_packages).as_posix()
            for finding in redactor.find(text, relative):
                body, start, end, line = snippet(text, finding.start, finding.end)
                again = redactor.find(body, relative)
                if not any(f.start == start and f.end == end and f.tag == finding.tag for f in again):
                    continue
                record = {
                    "package": name,
                    "version": table.get(name, ""),
                    "path": relative,
                    "line": line,
                    "tag": finding.tag,
                    "detector": finding.source,
                    "value": body[start:end],
                    "start": start,
                    "end": end,
                    "snippet": body,
                }
                detections[finding.tag].append(record)

    rng = random.Random(args.seed)
    quotas = dict(PER_TAG)
    quotas["EMAIL"] = max(50, MIN_SAMPLE - sum(min(len(detections[tag]), PER_TAG[tag]) for tag in PER_TAG))
    sample = []
    for tag in sorted(detections):
        by_detector = collections.defaultdict(list)
        for record in detections[tag]:
            by_detector[record["detector"]].append(record)
        for records in by_detector.values():
            rng.shuffle(records)
        # Round-robin over detectors, so a rare detector is not drowned by a common one.
        chosen, queues = [], [by_detector[name] for name in sorted(by_detector)]
        while len(chosen) < quotas.get(tag, 50) and any(queues):
            for queue in queues:
                if queue and len(chosen) < quotas.get(tag, 50):
                    chosen.append(queue.pop())
        sample += chosen
    counts = collections.Counter((record["tag"], record["detector"]) for record in sample)
    available = {tag: len(records) for tag, records in detections.items()}
    with open(args.out, "w", encoding="utf-8") as handle:
        for index, record in enumerate(sample):
            handle.write(json.dumps({"id": f"audit-{index:04d}", **record}, ensure_ascii=False) + "\n")
    print(
        json.dumps(
            {
                "detections": available,
                "sampled": len(sample),
                "by_detector": {f"{tag}/{detector}": count for (tag, detector), count in sorted(counts.items())},
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
