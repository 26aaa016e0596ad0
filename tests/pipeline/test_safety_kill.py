"""Every stage, stopped dead at several points and rerun, writes byte for byte what an uninterrupted run writes.

The stop comes at the k-th rename a run makes (every shard, done-marker, journal, publish step
and manifest goes through one), raised as a ``BaseException`` so that no handler in codelm sees
it: the files on disk are then exactly those a ``kill -9`` at that moment leaves.
The last test does the same with a real SIGKILL in a separate process.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import code_rows, write_shards

# Keys whose values differ between any two runs: wall-clock times and file times.
VOLATILE_KEYS = {"created", "mtime_ns", "timings_s"}


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, and no ``except Exception`` catches it."""


def _stable(value):
    if isinstance(value, dict):
        return {key: _stable(item) for key, item in value.items() if key not in VOLATILE_KEYS}
    if isinstance(value, list):
        return [_stable(item) for item in value]
    return value


def _snapshot(places: list[Path]) -> dict[str, object]:
    """What a run left in its outputs: data files as bytes, JSON bookkeeping without its times."""
    found: dict[str, object] = {}
    for place in places:
        files = [place] if place.is_file() else sorted(path for path in place.rglob("*") if path.is_file())
        for path in files:
            if path.name == ".codelm-lock":
                continue
            key = str(path)
            found[key] = _stable(json.loads(path.read_bytes())) if path.suffix == ".json" else path.read_bytes()
    return found


def _corpus(root: Path) -> Path:
    """Three shards: ordinary files, exact duplicates, a planted email and a planted benchmark solution."""
    rows = code_rows(36)
    rows[4]["content"] += "# maintainer: jane.doe@corp-mail.io\n"
    rows[7]["content"] += "\n" + BENCHMARK_SOLUTION
    duplicates = [dict(row) for row in rows[:10]]
    return write_shards(root / "corpus", [rows[:14], rows[14:], duplicates])


BENCHMARK_SOLUTION = (
    "def below_threshold_everywhere(numbers, limit):\n"
    "    return all(number < limit for number in numbers if number is not None)\n"
)


def _commands(root: Path, tokenizer: Path) -> dict[str, tuple[list, list[Path]]]:
    """Per stage: the command, and every place it writes."""
    corpus = root / "corpus"
    out = root / "out"
    benchmark = root / "benchmark.jsonl"
    return {
        "ingest": (["ingest", corpus, out, "--shard-size", "4KB"], [out]),
        "redact": (["redact", corpus, out, "--no-detect-secrets"], [out]),
        "dedup-index": (
            ["dedup", corpus, out, "--index", root / "index", "--rejected-out", root / "rejected"]
            + ["--clusters-out", root / "clusters"],
            [out, root / "index", root / "rejected", root / "clusters"],
        ),
        "filter": (
            ["filter", corpus, out, "--max-line-length", "60", "--rejected-out", root / "rejected"],
            [out, root / "rejected"],
        ),
        "decontam": (
            ["decontam", corpus, out, "--benchmarks", benchmark, "--fields", "solution"]
            + ["--report", root / "report.jsonl", "--rejected-out", root / "rejected"],
            [out, root / "report.jsonl", root / "rejected"],
        ),
        "tokenizer": (["tokenizer", "train", corpus, out, "--vocab-size", "400"], [out]),
        "pack": (
            ["pack", corpus, out, "--tokenizer", tokenizer, "--seq-len", "48", "--val-fraction", "0.25"]
            + ["--shard-size", "2KB"],
            [out, root / "out-val"],
        ),
    }


def _clear(places: list[Path]) -> None:
    for place in places:
        if place.is_dir():
            shutil.rmtree(place)
        elif place.exists():
            place.unlink()


def _run_recording(run_cli, args: list, monkeypatch, kill_at: int | None = None) -> list[str]:
    """Run ``codelm ARGS`` in-process, noting every rename target; stop dead before rename ``kill_at``."""
    real_replace = os.replace
    targets: list[str] = []

    def replace(source, destination, **kwargs):
        targets.append(str(destination))
        if kill_at is not None and len(targets) == kill_at:
            raise Killed(str(destination))
        return real_replace(source, destination, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    try:
        run_cli(*args)
    finally:
        monkeypatch.setattr(os, "replace", real_replace)
    return targets


def _kill_points(targets: list[str]) -> dict[str, int]:
    """Rename numbers (1-based) worth stopping at: during the tasks, around the journal, while publishing."""
    journal = next(number for number, target in enumerate(targets, 1) if target.endswith("publish.json"))
    return {
        "first task file": 1,
        "midway through the tasks": max(1, journal // 2),
        "before the publish journal": journal,
        "first publish rename": journal + 1,
        "midway through publishing": (journal + len(targets)) // 2 + 1,
        "before the last _SUCCESS": len(targets),
    }


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["ingest", "redact", "dedup-index", "filter", "decontam", "tokenizer", "pack"])
def test_a_stage_killed_anywhere_and_rerun_writes_the_same_bytes(
    stage, tmp_path, run_cli, monkeypatch, small_tokenizer
):
    _corpus(tmp_path)
    (tmp_path / "benchmark.jsonl").write_text(json.dumps({"task_id": "B/1", "solution": BENCHMARK_SOLUTION}) + "\n")
    args, places = _commands(tmp_path, small_tokenizer)[stage]
    args = [*args, "--workers", "1"] if stage != "tokenizer" else args
    targets = _run_recording(run_cli, args, monkeypatch)
    clean = _snapshot(places)
    assert any(Path(name).name.startswith("part-") for name in clean) or stage == "tokenizer"
    for point, kill_at in _kill_points(targets).items():
        _clear(places)
        with pytest.raises(Killed):
            _run_recording(run_cli, args, monkeypatch, kill_at=kill_at)
        run_cli(*args)
        assert _snapshot(places) == clean, f"{stage} killed {point} (rename {kill_at} of {len(targets)})"
        assert "up to date" in run_cli(*args).output


# A real SIGKILL at the same kind of point: the process ends between two renames.
KILLING_CODELM = """
import os, signal, sys
from codelm.cli.main import main

real_replace, renames, kill_at = os.replace, [0], int(os.environ["KILL_AT_RENAME"])

def replace(source, destination, **kwargs):
    renames[0] += 1
    if renames[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(source, destination, **kwargs)

os.replace = replace
sys.argv[0] = "codelm"
main()
"""


@pytest.mark.slow
def test_sigkill_while_publishing_dedup_with_index_and_side_folders(tmp_path, run_cli, monkeypatch, small_tokenizer):
    _corpus(tmp_path)
    args, places = _commands(tmp_path, small_tokenizer)["dedup-index"]
    args = [str(arg) for arg in [*args, "--workers", "1"]]
    targets = _run_recording(run_cli, args, monkeypatch)
    clean = _snapshot(places)
    _clear(places)
    kill_at = _kill_points(targets)["midway through publishing"]
    killed = subprocess.run(
        [sys.executable, "-c", KILLING_CODELM, *args],
        env={**os.environ, "KILL_AT_RENAME": str(kill_at)},
        capture_output=True,
        text=True,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not (tmp_path / "out" / "_SUCCESS").exists()
    rerun = subprocess.run([sys.executable, "-c", KILLING_CODELM, *args], env={**os.environ, "KILL_AT_RENAME": "0"})
    assert rerun.returncode == 0
    assert _snapshot(places) == clean
