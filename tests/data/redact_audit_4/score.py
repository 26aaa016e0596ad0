"""Precision of the fourth audit: per tag and per detector, over the labelled subset, and weighted back to the
population of detections by detector stratum.

    python tests/data/redact_audit_4/score.py            # markdown tables
    python tests/data/redact_audit_4/score.py --json

Wilson 95 % intervals for raw proportions; for weighted figures a normal interval from the stratified variance
(with finite-population correction), clipped to [0, 1].
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
Z = 1.959964


def wilson(k: int, n: int) -> tuple[float, float]:
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    denom = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denom
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sample = {}
    for line in open(HERE / "sample.jsonl", encoding="utf-8"):
        r = json.loads(line)
        sample[r["id"]] = r
    labels = {}
    for line in open(HERE / "labels.jsonl", encoding="utf-8"):
        r = json.loads(line)
        labels[r["id"]] = r["credential"]
    population = Counter((r["tag"], r["detector"]) for r in sample.values())
    strata = defaultdict(list)  # (tag, detector) -> labels
    for i, c in labels.items():
        r = sample[i]
        strata[(r["tag"], r["detector"])].append(c)

    out = {"tags": {}, "detectors": {}}
    for (tag, det), ls in sorted(strata.items()):
        k, n, N = sum(ls), len(ls), population[(tag, det)]
        out["detectors"][f"{tag} {det}"] = {"population": N, "labelled": n, "true": k, "precision": k / n,
                                            "wilson95": wilson(k, n)}
    for tag in sorted({t for t, _ in strata}):
        keys = [s for s in strata if s[0] == tag]
        N = sum(population[s] for s in population if s[0] == tag)
        k = sum(sum(strata[s]) for s in keys)
        n = sum(len(strata[s]) for s in keys)
        weighted = sum(population[s] / N * (sum(strata[s]) / len(strata[s])) for s in keys)
        var = 0.0
        for s in keys:
            ns, Ns = len(strata[s]), population[s]
            ps = sum(strata[s]) / ns
            if ns > 1:
                var += (Ns / N) ** 2 * ps * (1 - ps) / (ns - 1) * (1 - ns / Ns)
        half = Z * math.sqrt(var)
        # population strata with no labelled item (none in this audit) would be missing from the weights
        assert all(s in strata for s in population if s[0] == tag), tag
        out["tags"][tag] = {"population": N, "labelled": n, "true": k, "precision": k / n, "wilson95": wilson(k, n),
                            "weighted": weighted, "weighted95": (max(0.0, weighted - half), min(1.0, weighted + half))}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    def f(x: float) -> str:
        return f"{x:.3f}"

    def ci(c: tuple[float, float]) -> str:
        return f"{c[0]:.2f}–{c[1]:.2f}"

    print("| tag | detections | labelled | true | precision (labelled) | Wilson 95 % "
          "| weighted to population | 95 % |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    for tag, v in out["tags"].items():
        print(f"| {tag} | {v['population']} | {v['labelled']} | {v['true']} | {f(v['precision'])} "
              f"| {ci(v['wilson95'])} | {f(v['weighted'])} | {ci(v['weighted95'])} |")
    print()
    print("| tag / detector | detections | labelled | true | precision | Wilson 95 % |")
    print("|---|--:|--:|--:|--:|--:|")
    for name, v in out["detectors"].items():
        print(f"| {name} | {v['population']} | {v['labelled']} | {v['true']} | {f(v['precision'])} "
              f"| {ci(v['wilson95'])} |")

if __name__ == "__main__":
    main()
