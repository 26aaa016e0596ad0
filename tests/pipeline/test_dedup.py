"""`codelm dedup` end to end: quality against brute-force exact Jaccard on real code, keep rules,
clusters, resume, incremental index, local vs Ray, and degenerate inputs."""

import json
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.dedup import MinHashConfig
from codelm.pipeline.dedup.stages import dedup
from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.shard_folder import WORK_DIR
from codelm.pipeline.shards import resolve_inputs
from codelm.pipeline.steps import RunOptions

NON_WORD = re.compile(r"[^A-Za-z_0-9]")


def shingles(text: str) -> set[str]:
    tokens = [token for token in NON_WORD.split(text) if token]
    return {" ".join(tokens[i : i + 5]) for i in range(max(1, len(tokens) - 4))}


def _rows(folder: Path) -> list[dict]:
    return [row for path in resolve_inputs(folder) for row in pq.read_table(path).to_pylist()]


def _ids(folder: Path) -> set[str]:
    return {row["id"] for row in _rows(folder)}


def _variant(text: str, rng: random.Random) -> str:
    """A planted near duplicate: a few deleted or inserted lines, a renamed name, or a header."""
    kind = rng.choice(["lines", "rename", "header", "copy"])
    if kind == "copy":
        return text
    if kind == "header":
        return "# Copyright (c) 2024 Example Authors\n# SPDX-License-Identifier: MIT\n\n" + text
    if kind == "rename":
        names = sorted({m for m in re.findall(r"\b[a-z_][a-z0-9_]{5,}\b", text) if text.count(m) >= 2})
        old = rng.choice(names) if names else "self"
        return re.sub(rf"\b{old}\b", old + "_renamed", text)
    lines = text.split("\n")
    for _ in range(max(1, len(lines) // rng.choice([15, 30, 60]))):
        index = rng.randrange(len(lines))
        if rng.random() < 0.5:
            del lines[index]
        else:
            lines.insert(index, f"    extra_{rng.randrange(99)} = helper({rng.randrange(99)})")
    return "\n".join(lines)


def make_corpus(stdlib_dir: Path, folder: Path, files: int = 160, shards: int = 4, seed: int = 0) -> list[dict]:
    """Real standard-library files plus planted near duplicates, in shards; returns the rows."""
    rng = random.Random(seed)
    paths = sorted(p for p in stdlib_dir.glob("[a-m]*/*.py") if 1_500 < p.stat().st_size < 30_000)
    rng.shuffle(paths)
    originals = [(p, p.read_text(encoding="utf-8", errors="replace")) for p in paths[:files]]
    rows = []
    for number, (path, text) in enumerate(originals):
        licenses = [["MIT"], ["GPL-3.0"], []][number % 3]
        rows.append({"content": text, "repo_name": f"orig/{path.parent.name}", "licenses": licenses, "stars": 10})
        if number % 3 == 0:
            for copy in range(rng.randint(1, 3)):
                rows.append(
                    {
                        "content": _variant(text, rng),
                        "repo_name": f"fork{copy}/{path.parent.name}",
                        "licenses": [["MIT"], ["GPL-3.0"], []][rng.randrange(3)],
                        "stars": rng.randrange(100),
                    }
                )
    rng.shuffle(rows)
    for number, row in enumerate(rows):
        row["id"] = f"doc-{number:04d}"
    folder.mkdir(parents=True)
    step = -(-len(rows) // shards)
    for shard in range(shards):
        part = rows[shard * step : (shard + 1) * step]
        pq.write_table(pa.Table.from_pylist(part), folder / f"part-{shard:05d}.parquet")
    return rows


def exact_jaccard_pairs(rows: list[dict]) -> dict[tuple[str, str], float]:
    """Brute force over all pairs: the oracle."""
    sets = [(row["id"], shingles(row["content"])) for row in rows]
    pairs = {}
    for i, (first_id, first) in enumerate(sets):
        for second_id, second in sets[i + 1 :]:
            common = len(first & second)
            if common:
                pairs[(first_id, second_id)] = common / (len(first) + len(second) - common)
    return pairs


def _options(workers=1, engine="local", **kwargs) -> RunOptions:
    return RunOptions(engine=EngineOptions(engine=engine, workers=workers), **kwargs)


@pytest.fixture(scope="module")
def corpus(stdlib_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dedup") / "input"
    rows = make_corpus(stdlib_dir, folder)
    return folder, rows, exact_jaccard_pairs(rows)


@pytest.mark.parametrize("keep", ["ranked", "first"])
def test_quality_against_brute_force_jaccard(corpus, tmp_path, keep):
    folder, rows, pairs = corpus
    clusters = tmp_path / "clusters"
    stats = dedup(folder, tmp_path / "out", MinHashConfig(keep=keep, clusters_dir=clusters), _options())
    kept = _ids(tmp_path / "out")
    high = [pair for pair, value in pairs.items() if value >= 0.85]
    assert len(high) >= 40, "the corpus must plant enough close pairs to test anything"
    assert not [pair for pair in high if pair[0] in kept and pair[1] in kept]
    best = {row["id"]: 0.0 for row in rows}
    for (first, second), value in pairs.items():
        best[first] = max(best[first], value)
        best[second] = max(best[second], value)
    removed = {row["id"] for row in rows} - kept
    assert not [doc for doc in removed if best[doc] < 0.5]
    members = _rows(clusters)
    by_cluster: dict[str, list[dict]] = {}
    for member in members:
        by_cluster.setdefault(member["cluster_id"], []).append(member)
    assert by_cluster and all(sum(m["kept"] for m in group) == 1 for group in by_cluster.values())
    assert all(len(group) == group[0]["cluster_size"] for group in by_cluster.values())
    assert {m["id"] for m in members if m["kept"]} <= kept
    assert {m["id"] for m in members if not m["kept"]} == removed
    assert stats["docs_in"] == len(rows) and stats["docs_out"] == len(kept)
    assert stats["clusters"] == len(by_cluster)
    assert sum(stats["cluster_sizes"].values()) == len(by_cluster)
    # Rows pass through unchanged.
    original = {row["id"]: row for row in rows}
    assert all(row == original[row["id"]] for row in _rows(tmp_path / "out"))


def test_ranked_keeps_permissive_then_stars_and_first_keeps_input_order(tmp_path):
    body = "\n".join(f"def function_{i}(argument):\n    return argument * {i} + offset_{i}" for i in range(40))
    rows = [
        {"id": "a-gpl", "content": body, "licenses": ["GPL-3.0"], "stars": 1000},
        {"id": "b-none", "content": body + "\n# tail\n", "licenses": [], "stars": 5},
        {"id": "c-mit", "content": "# header\n" + body, "licenses": ["MIT"], "stars": 3},
        {"id": "d-mit", "content": body + "\n", "licenses": ["MIT"], "stars": 30},
        {"id": "e-alone", "content": "completely different text " * 3 + "x y z w v u t", "licenses": [], "stars": 0},
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(rows), folder / "part.parquet")
    dedup(folder, tmp_path / "ranked", MinHashConfig(), _options())
    assert _ids(tmp_path / "ranked") == {"d-mit", "e-alone"}
    dedup(folder, tmp_path / "first", MinHashConfig(keep="first"), _options())
    assert _ids(tmp_path / "first") == {"a-gpl", "e-alone"}
    stats = dedup(folder, tmp_path / "none", MinHashConfig(keep="none", clusters_dir=tmp_path / "c"), _options())
    assert _ids(tmp_path / "none") == {"e-alone"}
    assert stats["dropped"] == {"near_duplicate": 4}
    assert {(m["id"], m["cluster_size"], m["kept"]) for m in _rows(tmp_path / "c")} == {
        (doc, 4, False) for doc in ("a-gpl", "b-none", "c-mit", "d-mit")
    }


def test_exact_duplicates_and_the_whitespace_variant(tmp_path):
    text = "def area(radius):\n    return 3.14159 * radius * radius\n"
    rows = [
        {"id": "1", "content": text},
        {"id": "2", "content": text},
        {"id": "3", "content": text.replace("    ", "\t") + "\n\n"},
        {"id": "4", "content": "print('short')\n"},
        {"id": "5", "content": "print('short')\n"},
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(rows), folder / "part.parquet")
    # 9 tokens: under --min-tokens 10, so only exact dedup applies.
    stats = dedup(folder, tmp_path / "plain", MinHashConfig(), _options(rejected_dir=tmp_path / "rej"))
    assert _ids(tmp_path / "plain") == {"1", "3", "4"}
    assert stats["dropped"] == {"exact_duplicate": 2} and stats["near"]["too_few_tokens"] == 5
    assert {(row["id"], row["reason"]) for row in _rows(tmp_path / "rej")} == {
        ("2", "exact_duplicate"),
        ("5", "exact_duplicate"),
    }
    dedup(folder, tmp_path / "ws", MinHashConfig(exact="whitespace"), _options())
    assert _ids(tmp_path / "ws") == {"1", "4"}
    dedup(folder, tmp_path / "off", MinHashConfig(exact="off"), _options())
    assert _ids(tmp_path / "off") == {"1", "2", "3", "4", "5"}
    dedup(folder, tmp_path / "near", MinHashConfig(exact="off", min_tokens=0), _options())
    assert _ids(tmp_path / "near") == {"1", "4"}  # identical shingle sets: near duplicates too


def test_verify_links_only_pairs_over_the_threshold(corpus, tmp_path):
    folder, rows, pairs = corpus
    config = MinHashConfig(verify=True, keep="first", clusters_dir=tmp_path / "c")
    stats = dedup(folder, tmp_path / "out", config, _options(workers=2))
    assert stats["near"]["verified_pairs"] + stats["near"]["rejected_pairs"] <= stats["near"]["candidate_pairs"]
    content = {row["id"]: row["content"] for row in rows}
    by_cluster: dict[str, list[str]] = {}
    for member in _rows(tmp_path / "c"):
        by_cluster.setdefault(member["cluster_id"], []).append(member["id"])
    # Every cluster is connected by links of exact Jaccard >= 0.7 (or identical content).
    for members in by_cluster.values():
        linked = {members[0]}
        grew = True
        while grew:
            grew = False
            for doc in members:
                if doc not in linked and any(
                    pairs.get(tuple(sorted((doc, other))), 0) >= 0.7 or content[doc] == content[other]
                    for other in linked
                ):
                    linked.add(doc)
                    grew = True
        assert linked == set(members)


def test_empty_and_single_document_inputs(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    pq.write_table(
        pa.table({"id": pa.array([], pa.string()), "content": pa.array([], pa.string())}), empty / "a.parquet"
    )
    stats = dedup(empty, tmp_path / "out-empty", MinHashConfig(clusters_dir=tmp_path / "c0"), _options())
    assert stats["docs_in"] == 0 and stats["docs_out"] == 0
    assert (tmp_path / "out-empty" / "_SUCCESS").exists() and (tmp_path / "c0" / "_SUCCESS").exists()
    single = tmp_path / "single"
    single.mkdir()
    pq.write_table(
        pa.table({"id": ["only"], "content": ["import os\nprint(os.getcwd())\n" * 5]}), single / "a.parquet"
    )
    stats = dedup(single, tmp_path / "out-single", MinHashConfig(), _options())
    assert _ids(tmp_path / "out-single") == {"only"} and stats["docs_out"] == 1
    # The empty output is a finished folder, so the next stage can read it.
    stats = dedup(tmp_path / "out-empty", tmp_path / "again", MinHashConfig(), _options())
    assert stats["docs_in"] == 0


def test_incremental_index_keeps_the_same_rows_as_one_run(stdlib_dir, tmp_path):
    rows = make_corpus(stdlib_dir, tmp_path / "all", files=120, shards=4, seed=3)
    first_half, second_half = tmp_path / "a", tmp_path / "b"
    first_half.mkdir()
    second_half.mkdir()
    for shard in range(4):
        target = first_half if shard < 2 else second_half
        (tmp_path / "all" / f"part-{shard:05d}.parquet").rename(target / f"part-{shard:05d}.parquet")
    index = tmp_path / "index"
    # This corpus has no file that bridges two clusters of A under seed 42 (merged_clusters below).
    config = MinHashConfig(keep="first", index_dir=index, seed=42)
    dedup(first_half, tmp_path / "out-a", config, _options())
    stats_b = dedup(second_half, tmp_path / "out-b", config, _options(workers=2))
    dedup([first_half, second_half], tmp_path / "out-all", MinHashConfig(keep="first", seed=42), _options())
    assert stats_b["index"]["matched_documents"] > 0, "B must hold duplicates of A for the test to mean anything"
    assert stats_b["index"]["merged_clusters"] == 0
    assert _ids(tmp_path / "out-a") | _ids(tmp_path / "out-b") == _ids(tmp_path / "out-all")
    assert len(_rows(tmp_path / "out-all")) < len(rows)
    other = MinHashConfig(keep="first", index_dir=index, num_perm=128)
    with pytest.raises(UsageProblem, match="other settings"):
        dedup(second_half, tmp_path / "out-c", other, _options())


@pytest.mark.slow
def test_ray_engine_keeps_the_same_rows_as_local(corpus, tmp_path):
    import ray

    folder, _, _ = corpus
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        ray_stats = dedup(folder, tmp_path / "ray", MinHashConfig(), _options(workers=2, engine="ray"))
    finally:
        ray.shutdown()
    local_stats = dedup(folder, tmp_path / "local", MinHashConfig(), _options(workers=2))
    assert _rows(tmp_path / "ray") == _rows(tmp_path / "local")
    assert ray_stats["dropped"] == local_stats["dropped"]


@pytest.mark.slow
def test_resume_after_a_killed_run(corpus, tmp_path):
    folder, rows, _ = corpus
    many = tmp_path / "many"
    many.mkdir()
    for shard in range(24):  # small shards, so the run is killed between tasks
        part = rows[shard::24]
        pq.write_table(pa.Table.from_pylist(part), many / f"part-{shard:05d}.parquet")
    out = tmp_path / "out"
    codelm = str(Path(sys.executable).parent / "codelm")
    command = [codelm, "dedup", str(many), str(out), "--workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = out / WORK_DIR / "done" / "signatures"
    deadline = time.time() + 120
    while process.poll() is None and time.time() < deadline:
        if done.exists() and len(list(done.glob("*.json"))) >= 3:
            break
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    finished = len(list(done.glob("*.json")))
    assert 3 <= finished < 24 and not (out / "_SUCCESS").exists()
    resumed = subprocess.run(command, capture_output=True, text=True, check=True)
    assert f"resuming, {finished} of 24" in resumed.stderr
    clean = tmp_path / "clean"
    subprocess.run([*command[:3], str(clean), *command[4:]], capture_output=True, check=True)
    assert _rows(out) == _rows(clean)
    assert json.loads((out / "stats.json").read_text())["docs_out"] == len(_rows(clean))


def test_cli_runs_and_reports_usage_errors(run_cli, parse_stats, corpus, tmp_path):
    folder, rows, _ = corpus
    result = run_cli("dedup", folder, tmp_path / "out", "--workers", "1", "--keep", "first", "--quiet")
    stats = parse_stats(result.output)
    assert stats["docs_in"] == len(rows) and stats["near"]["bands"] == 25 and stats["near"]["rows"] == 10
    again = run_cli("dedup", folder, tmp_path / "out", "--workers", "1", "--keep", "first")
    assert "up to date" in again.output
    bad = run_cli("dedup", folder, tmp_path / "bad", "--bands", "30", "--rows", "10", expect=2)
    assert "needs 300 permutations" in bad.output and "Traceback" not in bad.output
    bad = run_cli("dedup", folder, tmp_path / "bad", "--verify", "--index", tmp_path / "idx", expect=2)
    assert "--verify" in bad.output
    no_content = tmp_path / "nocontent"
    no_content.mkdir()
    pq.write_table(pa.table({"id": ["x"]}), no_content / "a.parquet")
    assert "no 'content' column" in run_cli("dedup", no_content, tmp_path / "bad", expect=2).output
