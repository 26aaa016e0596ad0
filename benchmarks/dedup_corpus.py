"""A near-dedup benchmark made from real code: the files, planted near copies, and the exact Jaccard truth.

    python benchmarks/dedup_corpus.py build SOURCE_DIR BENCH_DIR [--max-files 8000] [--seed 11]
    python benchmarks/dedup_corpus.py score BENCH_DIR KEPT_DIR

``build`` collects code files (200 B – 64 KiB, one per distinct content) from SOURCE_DIR, each
top-level folder one repository, and plants near copies of 15% of them in "fork" repositories,
one to three per file, each made one of five ways: an exact copy, a licence header put in front,
identifiers renamed, lines deleted, inserted or edited until the shingle Jaccard to the original
falls to a drawn target (0.5–0.97), or whitespace changed (re-indentation, trailing blanks,
CRLF). It writes ``input/part-0000{0..3}.parquet`` (canonical columns), ``truth_pairs.parquet``
(every pair with exact Jaccard ≥ 0.5) and ``truth.json`` (a summary).

Shingles are BigCode's: tokens split on ``[^A-Za-z_0-9]``, sets of 5-token windows (a file of
fewer tokens is one shingle). The truth is exact: every pair's intersection comes from a sparse
document × shingle product, over 64-bit shingle hashes.

``score`` reads the ids a tool kept and reports: pairs with J ≥ 0.85 both kept (``missed_pairs``),
clusters of the J ≥ 0.7 graph with more than one member kept (``residual_clusters``) or none
(``dropped_clusters``), and removed files with no other file at J ≥ 0.5 (``false_removals``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import scipy.sparse as sparse
import xxhash
from scipy.sparse.csgraph import connected_components

LANGUAGES = {".py": "Python", ".js": "JavaScript", ".ts": "TypeScript", ".java": "Java", ".c": "C", ".go": "Go"}
_SEPARATORS = re.compile(r"[^A-Za-z_0-9]")
_IDENTIFIER = re.compile(r"\b[a-z_][a-z0-9_]{4,}\b")
PLANT_SHARE = 0.15
PLANT_KINDS = {"exact": 15, "header": 20, "rename": 20, "lines": 30, "whitespace": 15}
HEADERS = [
    "Copyright (c) {year} {who}. Licensed under the MIT License; see LICENSE for details.",
    'Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file\n'
    "except in compliance with the License. Copyright {year} {who}.",
    "This file is part of a fork by {who} ({year}). It is free software under the GNU GPL v3 or later.",
]
AUTHORS = ["Ada Lovelace", "Example Corp", "Ming Zhao", "The Contributors", "Ravi Patel"]
SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("content", pa.string()),
        ("repo_name", pa.string()),
        ("path", pa.string()),
        ("lang", pa.string()),
        ("stars", pa.int64()),
        ("licenses", pa.list_(pa.string())),
        ("size", pa.int64()),
    ]
)


def shingles(text: str, size: int = 5) -> set[str]:
    tokens = [token for token in _SEPARATORS.split(text) if token]
    return {" ".join(tokens[start : start + size]) for start in range(max(1, len(tokens) - size + 1))}


def jaccard(first: set, second: set) -> float:
    return len(first & second) / len(first | second) if first or second else 1.0


def collect(source: Path, max_files: int, rng: random.Random) -> list[dict]:
    seen: set[str] = set()
    files = []
    for root, dirs, names in os.walk(source):
        dirs.sort()
        for name in sorted(names):
            path = Path(root) / name
            if path.suffix not in LANGUAGES or path.is_symlink() or not 200 <= path.stat().st_size <= 65536:
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            if text in seen:
                continue
            seen.add(text)
            relative = path.relative_to(source)
            repository = relative.parts[0] if len(relative.parts) > 1 else "toplevel"
            files.append(
                {"content": text, "repo_name": f"{repository}/{repository}", "path": str(relative), "origin": None}
            )
    return sorted(rng.sample(files, max_files), key=lambda row: row["path"]) if len(files) > max_files else files


def _with_header(text: str, rng: random.Random) -> str:
    header = rng.choice(HEADERS).format(year=rng.randint(2010, 2025), who=rng.choice(AUTHORS))
    return "".join(f"# {line}\n" for line in header.split("\n")) + "\n" + text


def _renamed(text: str, rng: random.Random) -> str:
    names = sorted({name for name in _IDENTIFIER.findall(text) if text.count(name) >= 2})
    for name in rng.sample(names, min(len(names), rng.randint(1, 3))):
        text = re.sub(rf"\b{re.escape(name)}\b", rng.choice([f"{name}_new", f"my_{name}", name.upper()]), text)
    return text


def _edited(text: str, rng: random.Random) -> str:
    """Random line edits, in shrinking batches, until the shingle Jaccard reaches a drawn target."""
    target = rng.uniform(0.5, 0.97)
    original, lines = shingles(text), text.split("\n")
    batch = max(1, len(lines) // 30)
    for _ in range(200):
        trial = list(lines)
        for _ in range(batch):
            where = rng.randrange(len(trial))
            action = rng.randrange(3)
            if action == 0 and len(trial) > 3:
                del trial[where]
            elif action == 1:
                trial.insert(where, trial[rng.randrange(len(trial))])
            else:
                trial[where] = trial[where].replace(" ", "  ", 1) + " # edited"
        similarity = jaccard(original, shingles("\n".join(trial)))
        if similarity < target - 0.05:
            batch = max(1, batch // 2)
            continue
        lines = trial
        if similarity <= target:
            break
    return "\n".join(lines)


def _respaced(text: str, rng: random.Random) -> str:
    changes = [
        lambda t: re.sub(r"(?m)^((?:    )+)", lambda m: "\t" * (len(m.group(1)) // 4), t),
        lambda t: re.sub(r"(?m)[ \t]+$", "", t) + "\n\n",
        lambda t: t.replace("\n", "\r\n"),
    ]
    for change in rng.sample(changes, rng.randint(1, 2)):
        text = change(text)
    return text


def plant(files: list[dict], rng: random.Random) -> list[dict]:
    rows = list(files)
    forks = 0
    makers = {"header": _with_header, "rename": _renamed, "lines": _edited, "whitespace": _respaced}
    for origin in sorted(rng.sample(range(len(files)), round(PLANT_SHARE * len(files)))):
        for _ in range(rng.randint(1, 3)):
            kind = rng.choices(list(PLANT_KINDS), list(PLANT_KINDS.values()))[0]
            text = files[origin]["content"]
            forks += 1
            rows.append(
                {
                    "content": text if kind == "exact" else makers[kind](text, rng),
                    "repo_name": f"fork{forks}/{files[origin]['repo_name'].split('/')[1]}",
                    "path": files[origin]["path"],
                    "origin": origin,
                    "kind": kind,
                }
            )
    rng.shuffle(rows)
    for number, row in enumerate(rows):
        row["id"] = f"doc-{number:06d}"
        row["lang"] = LANGUAGES[Path(row["path"]).suffix]
        row["stars"] = rng.randint(0, 5000)
        row["licenses"] = [rng.choice(["MIT", "Apache-2.0", "BSD-3-Clause"])]
        row["size"] = len(row["content"].encode("utf-8"))
    return rows


def exact_pairs(texts: list[str], least: float = 0.5, block: int = 512) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair (a < b) with Jaccard ≥ ``least``: intersections from a sparse document × shingle product."""
    hashed = [
        np.unique(np.fromiter((xxhash.xxh3_64_intdigest(s.encode()) for s in shingles(text)), np.uint64))
        for text in texts
    ]
    sizes = np.array([len(hashes) for hashes in hashed], np.int64)
    column = np.unique(np.concatenate(hashed), return_inverse=True)[1]
    frequency = np.bincount(column)
    shared = frequency[column] >= 2  # a shingle in one document only adds to no intersection
    renumbered = np.cumsum(frequency >= 2) - 1
    rows = np.repeat(np.arange(len(texts)), sizes)[shared]
    matrix = sparse.csr_matrix(
        (np.ones(int(shared.sum()), np.int32), (rows, renumbered[column[shared]])),
        shape=(len(texts), int((frequency >= 2).sum())),
    )
    transposed = matrix.T.tocsr()
    firsts, seconds, similarities = [], [], []
    for start in range(0, len(texts), block):
        product = (matrix[start : start + block] @ transposed).tocoo()
        upper = product.row + start < product.col
        first, second = product.row[upper] + start, product.col[upper]
        common = product.data[upper].astype(np.float64)
        similarity = common / (sizes[first] + sizes[second] - common)
        keep = similarity >= least
        firsts.append(first[keep])
        seconds.append(second[keep])
        similarities.append(similarity[keep])
    return np.concatenate(firsts), np.concatenate(seconds), np.concatenate(similarities)


def build(source: Path, bench: Path, max_files: int, seed: int) -> dict:
    """Build the benchmark once (a finished one is reused); returns its summary."""
    summary_path = bench / "truth.json"
    if summary_path.exists():
        return json.loads(summary_path.read_text())
    rng = random.Random(seed)
    rows = plant(collect(source, max_files, rng), rng)
    (bench / "input").mkdir(parents=True, exist_ok=True)
    for number, part in enumerate(np.array_split(np.arange(len(rows)), 4)):
        table = pa.Table.from_pylist([{name: rows[i][name] for name in SCHEMA.names} for i in part], schema=SCHEMA)
        pq.write_table(table, bench / "input" / f"part-{number:05d}.parquet")
    first, second, similarity = exact_pairs([row["content"] for row in rows])
    ids = np.array([row["id"] for row in rows])
    pq.write_table(
        pa.table({"id_a": ids[first], "id_b": ids[second], "jaccard": similarity}), bench / "truth_pairs.parquet"
    )
    summary = {
        "docs": len(rows),
        "planted": sum(row["origin"] is not None for row in rows),
        "content_mb": round(sum(row["size"] for row in rows) / 1e6, 2),
        "pairs_ge_0.5": int(len(similarity)),
        "pairs_ge_0.7": int((similarity >= 0.7).sum()),
        "pairs_ge_0.85": int((similarity >= 0.85).sum()),
    }
    summary_path.write_text(json.dumps(summary, indent=1))
    return summary


def _ids(folder: Path) -> list[str]:
    files = sorted(folder.rglob("*.parquet")) if folder.is_dir() else [folder]
    return [value for path in files for value in pq.read_table(path, columns=["id"]).column("id").to_pylist()]


def score(bench: Path, kept_dir: Path, threshold: float = 0.7) -> dict:
    ids = _ids(bench / "input")
    position = {name: number for number, name in enumerate(ids)}
    kept = np.zeros(len(ids), bool)
    kept[[position[name] for name in _ids(kept_dir)]] = True
    truth = pq.read_table(bench / "truth_pairs.parquet").to_pydict()
    first = np.array([position[name] for name in truth["id_a"]], np.int64)
    second = np.array([position[name] for name in truth["id_b"]], np.int64)
    similarity = np.array(truth["jaccard"])
    close = similarity >= 0.85
    missed = int((kept[first[close]] & kept[second[close]]).sum())
    linked = similarity >= threshold
    graph = sparse.coo_matrix((np.ones(int(linked.sum())), (first[linked], second[linked])), shape=(len(ids),) * 2)
    label = connected_components(graph, directed=False)[1]
    size = np.bincount(label)
    kept_per_cluster = np.bincount(label, weights=kept, minlength=len(size)).astype(int)
    clustered = size > 1
    has_near_copy = np.zeros(len(ids), bool)
    has_near_copy[first] = has_near_copy[second] = True
    return {
        "docs": len(ids),
        "kept": int(kept.sum()),
        "ideal_kept": int(len(ids) - (size[clustered] - 1).sum()),
        "pairs_ge_0.85": int(close.sum()),
        "missed_pairs": missed,
        "missed_pairs_frac": round(missed / max(1, int(close.sum())), 4),
        "residual_clusters": int((clustered & (kept_per_cluster > 1)).sum()),
        "dropped_clusters": int((clustered & (kept_per_cluster == 0)).sum()),
        "false_removals": int((~kept & ~has_near_copy).sum()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("build")
    making.add_argument("source", type=Path)
    making.add_argument("bench", type=Path)
    making.add_argument("--max-files", type=int, default=8000)
    making.add_argument("--seed", type=int, default=11)
    scoring = commands.add_parser("score")
    scoring.add_argument("bench", type=Path)
    scoring.add_argument("kept", type=Path)
    args = parser.parse_args()
    if args.command == "build":
        print(json.dumps(build(args.source, args.bench, args.max_files, args.seed)))
    else:
        print(json.dumps(score(args.bench, args.kept)))


if __name__ == "__main__":
    main()
