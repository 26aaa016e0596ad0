"""Precision of the fifty-third audit: per tag and per detector, over the labelled subset, and weighted back to the
population of detections by sampling stratum.

    python tests/data/redact_audit_53/score.py            # markdown tables
    python tests/data/redact_audit_53/score.py --json

Sampling strata are (tag, detector, group): group is the package itself for a package capped at drawing time (more
than CAP_SHARE of all KEY+PASSWORD detections), "*" for every other package (see
make_sample.py).  Wilson 95 % intervals are for raw labelled proportions; weighted figures get a normal interval
from the stratified variance (with finite-population correction), clipped to [0, 1].  "Without capped packages"
repeats the per-tag figures on the other packages' strata only.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
Z = 1.959964
CAP_SHARE = 0.20  # as in make_sample.py
OTHER = "*"


def wilson(k: int, n: int) -> tuple[float, float]:
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    denom = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denom
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def capped_packages(records: list[dict]) -> dict[str, set[str]]:
    """Per tag, the packages whose spans form their own sub-strata, capped at CAP_SHARE of that tag's draw (as in
    make_sample.py).  KEY and PASSWORD: a package with more than CAP_SHARE of all KEY+PASSWORD detections (audit
    6's rule).  EMAIL and IP_ADDRESS (new in audit 7): a package with more than CAP_SHARE of that tag's detections."""
    counts: dict[str, int] = defaultdict(int)
    per_tag: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in records:
        per_tag[r["tag"]][r["package"]] += 1
        if r["tag"] in ("KEY", "PASSWORD"):
            counts[r["package"]] += 1
    total = sum(counts.values())
    secret = {p for p, n in counts.items() if n > CAP_SHARE * total}
    capped = {}
    for tag, c in per_tag.items():
        if tag in ("KEY", "PASSWORD"):
            capped[tag] = set(secret)
        else:
            capped[tag] = {p for p, n in c.items() if n > CAP_SHARE * sum(c.values())}
    return capped


def group_of(record: dict, capped: dict[str, set[str]]) -> str:
    """The sub-stratum within (tag, detector): a capped package's own, or every other package's ("*")."""
    if record["package"] in capped.get(record["tag"], set()):
        return record["package"]
    return OTHER


def estimate(keys: list, population: Counter, strata: dict) -> dict:
    """Raw and stratum-weighted precision over the given sampling strata."""
    N = sum(population[s] for s in keys)
    k = sum(sum(strata[s]) for s in keys)
    n = sum(len(strata[s]) for s in keys)
    weighted, var = 0.0, 0.0
    for s in keys:
        ns, Ns = len(strata[s]), population[s]
        ps = sum(strata[s]) / ns
        weighted += Ns / N * ps
        if ns > 1:
            var += (Ns / N) ** 2 * ps * (1 - ps) / (ns - 1) * (1 - ns / Ns)
    half = Z * math.sqrt(var)
    return {
        "population": N,
        "labelled": n,
        "true": k,
        "precision": k / n,
        "wilson95": wilson(k, n),
        "weighted": weighted,
        "weighted95": (max(0.0, weighted - half), min(1.0, weighted + half)),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    records = [json.loads(line) for line in open(HERE / "sample.jsonl", encoding="utf-8")]
    sample = {r["id"]: r for r in records}
    capped = capped_packages(records)
    labels = {}
    for line in open(HERE / "labels.jsonl", encoding="utf-8"):
        r = json.loads(line)
        labels[r["id"]] = r["credential"]
    population = Counter((r["tag"], r["detector"], group_of(r, capped)) for r in records)
    strata = defaultdict(list)  # (tag, detector, group) -> labels
    for i, c in labels.items():
        r = sample[i]
        strata[(r["tag"], r["detector"], group_of(r, capped))].append(c)
    # every population stratum must have labels, or the weights would be wrong
    missing = [s for s in population if s not in strata]
    assert not missing, missing

    out = {
        "capped": {t: sorted(p) for t, p in sorted(capped.items()) if p},
        "tags": {},
        "tags_without_capped": {},
        "detectors": {},
        "strata": {},
    }
    for s in sorted(strata):
        out["strata"][" ".join(s)] = estimate([s], population, strata)
    for tag, det in sorted({(t, d) for t, d, _ in strata}):
        out["detectors"][f"{tag} {det}"] = estimate([s for s in strata if s[:2] == (tag, det)], population, strata)
    for tag in sorted({t for t, _, _ in strata}):
        out["tags"][tag] = estimate([s for s in strata if s[0] == tag], population, strata)
        if any(s[0] == tag and s[2] != OTHER for s in strata) and any(s[0] == tag and s[2] == OTHER for s in strata):
            out["tags_without_capped"][tag] = estimate(
                [s for s in strata if s[0] == tag and s[2] == OTHER], population, strata
            )
    if args.json:
        print(json.dumps(out, indent=2))
        return

    def f(x: float) -> str:
        return f"{x:.3f}"

    def ci(c: tuple[float, float]) -> str:
        return f"{c[0]:.2f}–{c[1]:.2f}"

    head = (
        "| {} | detections | labelled | true | precision (labelled) | Wilson 95 % | weighted to population "
        "| 95 % |\n|---|--:|--:|--:|--:|--:|--:|--:|"
    )
    print(head.format("tag"))
    for tag, v in out["tags"].items():
        print(
            f"| {tag} | {v['population']} | {v['labelled']} | {v['true']} | {f(v['precision'])} "
            f"| {ci(v['wilson95'])} | {f(v['weighted'])} | {ci(v['weighted95'])} |"
        )
    print()
    capped_text = "; ".join(f"{t}: {', '.join(p)}" for t, p in out["capped"].items())
    print(f"Without the capped package(s) ({capped_text}):")
    print()
    print(head.format("tag"))
    for tag, v in out["tags_without_capped"].items():
        print(
            f"| {tag} | {v['population']} | {v['labelled']} | {v['true']} | {f(v['precision'])} "
            f"| {ci(v['wilson95'])} | {f(v['weighted'])} | {ci(v['weighted95'])} |"
        )
    print()
    print(head.format("tag / detector"))
    for name, v in out["detectors"].items():
        print(
            f"| {name} | {v['population']} | {v['labelled']} | {v['true']} | {f(v['precision'])} "
            f"| {ci(v['wilson95'])} | {f(v['weighted'])} | {ci(v['weighted95'])} |"
        )
    print()
    print("| sampling stratum (tag, detector, group) | detections | labelled | true | precision | Wilson 95 % |")
    print("|---|--:|--:|--:|--:|--:|")
    for name, v in out["strata"].items():
        print(
            f"| {name} | {v['population']} | {v['labelled']} | {v['true']} | {f(v['precision'])} "
            f"| {ci(v['wilson95'])} |"
        )


if __name__ == "__main__":
    main()
