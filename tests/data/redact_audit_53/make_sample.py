"""Collect every span ``codelm redact`` replaced in the fifty-third precision audit's sources, and draw the labelled
subset.  Independent of the detectors' code: it reads only the CLI's output shards.

    codelm ingest --repos-under SOURCES INGESTED
    codelm redact INGESTED REDACTED
    python tests/data/redact_audit_53/make_sample.py --ingested INGESTED --redacted REDACTED [--seed 53]

Writes ``sample.jsonl`` (every replaced span, with the lines around it; emails outside the labelled subset are
blanked after drawing) and ``to_label.txt`` (the seeded, stratified subset that is labelled; see README.md for the
strata).
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
PREFIX = "audit53-"
CONTEXT_LINES = 3  # lines kept on each side of the span
MAX_SIDE = 600  # characters kept on each side at most
# labelled subset: how many spans per tag, allocated over detectors (strata) in proportion, at least MIN_STRATUM each
PER_TAG = {"KEY": 100, "PASSWORD": 100, "EMAIL": 50, "IP_ADDRESS": 50}
MIN_STRATUM = 5
# a package with more than CAP_SHARE of all KEY+PASSWORD detections is capped at CAP_SHARE of each tag's draw; its
# spans form their own sub-strata, (tag, detector, package), so that the population weights stay exact
CAP_SHARE = 0.20
OTHER = "*"
# new in audit 26: at most MAX_PER_VALUE labelled spans per distinct value (the same string) per tag, so that one value
# repeated through one file cannot fill the draw (audit 25: 30 of 100 KEY labels were one value).  Within each
# stratum the ids are taken in a seeded random order, skipping any whose value already has MAX_PER_VALUE drawn spans
# of its tag; a stratum left short is topped up from the other strata of the same tag (see README.md)
MAX_PER_VALUE = 3


def capped_packages(records: list[dict]) -> dict[str, set[str]]:
    """Per tag, the packages whose spans form their own sub-strata, capped at CAP_SHARE of that tag's draw (score.py
    repeats this rule).  KEY and PASSWORD: a package with more than CAP_SHARE of all KEY+PASSWORD detections (audit
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


def read_rows(folder: Path, columns: list[str]) -> list[dict]:
    rows = []
    for part in sorted(glob.glob(str(folder / "*.parquet"))):
        rows.extend(pq.read_table(part, columns=columns).to_pylist())
    return rows


def snippet_around(text: str, start: int, end: int) -> tuple[str, int, int, int]:
    """The lines around text[start:end]; returns (snippet, start, end within snippet, 1-based line)."""
    lo = start
    for _ in range(CONTEXT_LINES + 1):
        lo = text.rfind("\n", 0, lo)
        if lo < 0:
            break
    lo = 0 if lo < 0 else lo + 1
    hi = end
    for _ in range(CONTEXT_LINES + 1):
        nxt = text.find("\n", hi)
        if nxt < 0:
            hi = len(text)
            break
        hi = nxt + 1
    lo = max(lo, start - MAX_SIDE)
    hi = min(hi, end + MAX_SIDE)
    return text[lo:hi], start - lo, end - lo, text.count("\n", 0, start) + 1


def original_spans(original: str, redacted: str, pii: list[dict]) -> dict[int, tuple[int, int]]:
    """The pii offsets index the *redacted* text (the span is the replacement).  Recover each span's offsets in the
    original text: the text between replacements is unchanged, so the original must fully match the redacted text
    with each replacement turned into a non-empty wildcard."""
    ordered = sorted(pii, key=lambda p: p["start"])
    parts, last = [], 0
    for p in ordered:
        assert redacted[p["start"] : p["end"]] == p["replacement"], (p, redacted[p["start"] : p["end"]])
        parts.append(re.escape(redacted[last : p["start"]]))
        parts.append("(.+?)")
        last = p["end"]
    parts.append(re.escape(redacted[last:]))
    match = re.fullmatch("".join(parts), original, flags=re.DOTALL)
    assert match is not None, "redacted text does not align with the original"
    return {id(p): match.span(k + 1) for k, p in enumerate(ordered)}


def allocate(counts: dict[str, int], total: int) -> dict[str, int]:
    population = sum(counts.values())
    if population <= total:
        return dict(counts)
    take = {s: min(n, max(MIN_STRATUM, round(total * n / population))) for s, n in counts.items()}
    # trim or top up the largest strata until the tag's total is met
    while sum(take.values()) > total:
        s = max((s for s in take if take[s] > min(counts[s], MIN_STRATUM)), key=lambda s: take[s], default=None)
        if s is None:  # every stratum at its minimum: the minimums win over the total
            break
        take[s] -= 1
    while sum(take.values()) < total:
        s = max((s for s in take if take[s] < counts[s]), key=lambda s: counts[s] - take[s])
        take[s] += 1
    return take


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ingested", type=Path, required=True)
    parser.add_argument("--redacted", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=53)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()

    original = {r["id"]: r for r in read_rows(args.ingested, ["id", "content", "path", "repo_name"])}
    redacted = read_rows(args.redacted, ["id", "pii", "content", "path", "repo_name"])
    records = []
    for row in redacted:
        if not row["pii"]:
            continue
        source = original[row["id"]]
        spans = {}
        for column in {pii["column"] for pii in row["pii"]}:
            spans.update(original_spans(source[column], row[column], [p for p in row["pii"] if p["column"] == column]))
        for k, pii in enumerate(row["pii"]):
            text = source[pii["column"]]
            start, end = spans[id(pii)]
            snippet, s, e, line = snippet_around(text, start, end)
            # path and repository from the redacted row itself: ids are content hashes, so files with identical
            # content (here several example apps' config.py) share one id and the id alone would name only one of them
            package, _, version = row["repo_name"].rpartition("-")
            records.append(
                {
                    "tag": pii["tag"],
                    "detector": pii["detector"],
                    "value": text[start:end],
                    "package": package,
                    "version": version,
                    "path": row["path"],
                    "column": pii["column"],
                    "line": line,
                    "offset": start,
                    "snippet": snippet,
                    "start": s,
                    "end": e,
                }
            )
    records.sort(key=lambda r: (r["tag"], r["detector"], r["package"], r["path"], r["offset"]))
    for i, r in enumerate(records):
        r["id"] = f"{PREFIX}{i:04d}"
    with open(args.out / "sample.jsonl", "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({"id": r.pop("id"), **r}, ensure_ascii=False) + "\n")
    # re-read ids in file order for drawing
    records = [json.loads(line) for line in open(args.out / "sample.jsonl", encoding="utf-8")]

    rng = random.Random(args.seed)
    capped = capped_packages(records)
    chosen = []
    # tag -> detector -> group -> ids
    strata: dict[str, dict[str, dict[str, list[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for r in records:
        strata[r["tag"]][r["detector"]][group_of(r, capped)].append(r["id"])
    for tag in sorted(strata):
        budget = PER_TAG.get(tag, 0)
        per_detector = allocate({d: sum(map(len, g.values())) for d, g in strata[tag].items()}, budget)
        take = {}  # (detector, group) -> n
        for d, n in per_detector.items():
            for g, k in allocate({g: len(ids) for g, ids in strata[tag][d].items()}, n).items():
                take[(d, g)] = k
        for package in sorted(capped.get(tag, set())):
            mine = [s for s in take if s[1] == package]
            while sum(take[s] for s in mine) > int(CAP_SHARE * sum(take.values())):
                # take one from the capped package's largest sub-stratum (keeping its minimum) and give it to the
                # other packages' sub-stratum of the same detector, or of any detector, that has room; when every
                # other sub-stratum is already drawn in full (a census, as for KEY here), the one is dropped, so
                # that the capped package is at most CAP_SHARE of the tag's (smaller) draw
                s = max(
                    (s for s in mine if take[s] > min(MIN_STRATUM, len(strata[tag][s[0]][s[1]]))),
                    key=lambda s: take[s],
                    default=None,
                )
                if s is None:
                    break
                take[s] -= 1
                room = [o for o in take if o[1] == OTHER and take[o] < len(strata[tag][o[0]][OTHER])]
                if not room:
                    continue
                same = [o for o in room if o[0] == s[0]]
                o = same[0] if same else max(room, key=lambda o: len(strata[tag][o[0]][OTHER]) - take[o])
                take[o] += 1
        # per-value cap: strata are drawn smallest first (so that a small stratum is not emptied by a larger one's
        # picks of the same value), each in a seeded random order of its ids
        value_of = {r["id"]: r["value"] for r in records if r["tag"] == tag}
        per_value: dict[str, int] = defaultdict(int)
        order = {s: rng.sample(sorted(strata[tag][s[0]][s[1]]), len(strata[tag][s[0]][s[1]])) for s in sorted(take)}
        got: dict[tuple[str, str], list[str]] = {s: [] for s in take}
        pos = {s: 0 for s in take}

        def pick(s: tuple[str, str]) -> bool:
            """Take the next id of stratum s (in its random order) whose value is under the cap."""
            while pos[s] < len(order[s]):
                i = order[s][pos[s]]
                pos[s] += 1
                if per_value[value_of[i]] < MAX_PER_VALUE:
                    per_value[value_of[i]] += 1
                    got[s].append(i)
                    return True
            return False

        for s in sorted(take, key=lambda s: (len(order[s]), s)):
            while len(got[s]) < take[s] and pick(s):
                pass
        # top up the tag's shortfall from strata with eligible ids left: the other packages' sub-strata first, then
        # a capped package's, while it stays within CAP_SHARE of the tag's draw
        shortfall = sum(take.values()) - sum(map(len, got.values()))
        while shortfall > 0:
            def room(s: tuple[str, str]) -> bool:
                mine = sum(len(got[o]) for o in got if o[1] == s[1])
                if s[1] != OTHER and mine + 1 > int(CAP_SHARE * sum(take.values())):
                    return False
                return any(per_value[value_of[i]] < MAX_PER_VALUE for i in order[s][pos[s]:])
            open_ = [s for s in take if room(s)]
            if not open_:
                break
            others = [s for s in open_ if s[1] == OTHER] or open_
            s = max(others, key=lambda s: (len(order[s]) - pos[s], s))
            if pick(s):
                shortfall -= 1
        for d, g in sorted(take):
            ids = strata[tag][d][g]
            assert got[(d, g)] or not take[(d, g)], ("stratum left without labels", tag, d, g)
            chosen.extend(sorted(got[(d, g)]))
            print(f"{tag:10s} {d:42s} {g:22s} population {len(ids):5d} drawn {len(got[(d, g)]):4d}")
        print(f"{tag:10s} drawn {sum(map(len, got.values()))} of budget {sum(take.values())}; "
              f"largest count of one value {max(per_value.values(), default=0)}")
    (args.out / "to_label.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    capped_list = {t: sorted(p) for t, p in sorted(capped.items()) if p}
    print(len(records), "spans;", len(chosen), "drawn; capped packages:", capped_list or "none")

    # emails outside the labelled subset: blank the address and its context (the row still counts in the population)
    drawn = set(chosen)
    with open(args.out / "sample.jsonl", "w", encoding="utf-8") as handle:
        for r in records:
            if r["tag"] == "EMAIL" and r["id"] not in drawn:
                r["value"] = None
                r["snippet"] = None
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
