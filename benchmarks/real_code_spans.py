"""The KEY and PASSWORD spans `codelm redact` finds in real code nobody here wrote: this environment's standard
library and site-packages (files under 1 MB of the extensions below). Almost none of them is a credential, so the
list is what a change to the detectors would destroy in training data; compare two commits' lists with ``--compare``.

    python benchmarks/real_code_spans.py --out spans.jsonl [--processes 2]
    PYTHONPATH=COPY_OF_OTHER_COMMIT python benchmarks/real_code_spans.py --out before.jsonl
    python benchmarks/real_code_spans.py --compare before.jsonl spans.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sysconfig
from multiprocessing import Pool

from codelm.pipeline.redact.redactor import RedactConfig, Redactor

EXTENSIONS = frozenset(".py .md .rst .txt .cfg .ini .toml .yaml .yml .json .sh .c .h .js .html".split())
MAX_BYTES = 1_000_000
_REDACTOR: Redactor | None = None


def real_files() -> list[str]:
    roots = sorted({sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"]})
    paths = []
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                if os.path.splitext(name)[1] in EXTENSIONS and os.path.getsize(path) < MAX_BYTES:
                    paths.append(path)
    return sorted(paths)


def spans_in(path: str) -> list[list[str]]:
    global _REDACTOR
    if _REDACTOR is None:
        _REDACTOR = Redactor(RedactConfig())
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return []  # (binary or unreadable files are no text to redact)
    return [
        [path, finding.tag, finding.source, text[finding.start : finding.end]]
        for finding in _REDACTOR.find(text, path)
        if finding.tag in ("KEY", "PASSWORD")
    ]


def write_spans(out: str, processes: int) -> tuple[int, int]:
    files = real_files()
    distinct = set()
    with Pool(processes) as pool, open(out, "w", encoding="utf-8") as handle:
        for spans in pool.imap_unordered(spans_in, files, chunksize=50):
            for span in spans:
                handle.write(json.dumps(span) + "\n")
                distinct.add(tuple(span))
    return len(files), len(distinct)


def compare(before: str, after: str) -> None:
    def load(path: str) -> set[tuple[str, ...]]:
        with open(path, encoding="utf-8") as handle:
            return {tuple(json.loads(line)) for line in handle}

    old, new = load(before), load(after)
    for span in sorted(old - new):
        print("-", json.dumps(span))
    for span in sorted(new - old):
        print("+", json.dumps(span))
    print(json.dumps({"before": len(old), "after": len(new), "gone": len(old - new), "new": len(new - old)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="JSONL of [path, tag, detector, value], one span per line")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
    elif args.out:
        files, distinct = write_spans(args.out, args.processes)
        print(json.dumps({"files": files, "distinct_key_and_password_spans": distinct}))
    else:
        parser.error("give --out or --compare")


if __name__ == "__main__":
    main()
