"""Sample ``codelm redact``'s detections on real code that neither the detectors' development nor the first audit
looked at: the source distributions of popular packages that are not installed in the project's virtualenv
(see README.md for the list and the download command), extracted into one folder.

    pip download --no-deps --no-binary :all: -d SDISTS PACKAGE ...   # then extract every archive into SOURCES
    python tests/data/redact_audit_2/make_sample.py --sources SOURCES [--seed 0] [--out sample.jsonl]

Every key and password the redactor finds is kept (they are rare in real code), public IP addresses up to
``PER_TAG``, and emails fill the sample up to ``MIN_SAMPLE``, spread evenly over detectors as in the first audit
(``tests/data/redact_audit/make_sample.py``, whose snippet and file-walking rules this reuses). Each detection is
stored with the lines around it, so the audit is scored again from this repository alone.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import random
from pathlib import Path

from codelm.pipeline.redact import RedactConfig, Redactor

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("first_audit", HERE.parent / "redact_audit" / "make_sample.py")
first_audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(first_audit)

PER_TAG = {"KEY": 1000, "PASSWORD": 1000, "IP_ADDRESS": 100}
MIN_SAMPLE = 320


def distributions(sources: Path) -> list[tuple[str, str, Path]]:
    """(name, version, folder) of each extracted ``NAME-VERSION`` folder."""
    found = []
    for folder in sorted(path for path in sources.iterdir() if path.is_dir()):
        name, _, version = folder.name.rpartition("-")
        found.append((name, version, folder))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, required=True, help="folder of extracted NAME-VERSION sdists")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=HERE / "sample.jsonl")
    args = parser.parse_args()

    redactor = Redactor(RedactConfig())
    detections = collections.defaultdict(list)
    for name, version, folder in distributions(args.sources):
        for path, text in first_audit.text_files(folder):
            relative = path.relative_to(folder).as_posix()
            for finding in redactor.find(text, relative):
                body, start, end, line = first_audit.snippet(text, finding.start, finding.end)
                again = redactor.find(body, relative)
                if not any(f.start == start and f.end == end and f.tag == finding.tag for f in again):
                    continue
                detections[finding.tag].append(
                    {
                        "package": name,
                        "version": version,
                        "path": relative,
                        "line": line,
                        "tag": finding.tag,
                        "detector": finding.source,
                        "value": body[start:end],
                        "start": start,
                        "end": end,
                        "snippet": body,
                    }
                )

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
        chosen, queues = [], [by_detector[name] for name in sorted(by_detector)]
        while len(chosen) < quotas.get(tag, 50) and any(queues):
            for queue in queues:
                if queue and len(chosen) < quotas.get(tag, 50):
                    chosen.append(queue.pop())
        sample += chosen
    with open(args.out, "w", encoding="utf-8") as handle:
        for index, record in enumerate(sample):
            handle.write(json.dumps({"id": f"audit2-{index:04d}", **record}, ensure_ascii=False) + "\n")
    counts = collections.Counter((record["tag"], record["detector"]) for record in sample)
    print(
        json.dumps(
            {
                "detections": {tag: len(records) for tag, records in sorted(detections.items())},
                "sampled": len(sample),
                "by_detector": {f"{tag}/{detector}": count for (tag, detector), count in sorted(counts.items())},
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
