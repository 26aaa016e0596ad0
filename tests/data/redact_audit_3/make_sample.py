"""Sample ``codelm redact``'s detections on real code for the third precision audit: the source distributions of
popular packages that neither the detectors' development nor the first two audits looked at, and that are not
installed in the project's virtualenv (see README.md for the list and the download command).

    pip download --no-deps --no-binary PACKAGE -d SDISTS PACKAGE==VERSION ...   # extract each into SOURCES/NAME-VERSION
    python tests/data/redact_audit_3/make_sample.py --sources SOURCES [--seed 0] [--out sample.jsonl]

The drawing is the second audit's, unchanged (``tests/data/redact_audit_2/make_sample.py``, which reuses the first
audit's file-walking and snippet rules): every key and password the redactor finds is kept, public IP addresses
up to 100, and emails fill the sample up to 320, spread evenly over detectors, seed 0. Each detection is stored
with the lines around it, so the audit is scored again from this repository alone. Only the ids differ
(``audit3-NNNN``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("second_audit", HERE.parent / "redact_audit_2" / "make_sample.py")
second_audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(second_audit)

PREFIX = "audit3-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, required=True, help="folder of extracted NAME-VERSION sdists")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=HERE / "sample.jsonl")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        drawn = Path(scratch) / "sample.jsonl"
        argv = sys.argv
        sys.argv = [argv[0], "--sources", str(args.sources), "--seed", str(args.seed), "--out", str(drawn)]
        try:
            second_audit.main()
        finally:
            sys.argv = argv
        with open(drawn, encoding="utf-8") as source, open(args.out, "w", encoding="utf-8") as handle:
            for line in source:
                record = json.loads(line)
                record["id"] = PREFIX + record["id"].rpartition("-")[2]
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
