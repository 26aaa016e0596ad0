"""The shard-folder contract: atomic shards, manifest, stats, _SUCCESS last, no-op reruns, resume, refusals."""

import hashlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.errors import CodelmError
from codelm.pipeline.shard_folder import MARKER, WORK_DIR
from codelm.pipeline.shards import ShardWriter, resolve_inputs
from codelm.pipeline.stats import Stats
from codelm.pipeline.steps import Filter, RunOptions, Step, run_steps


def _read_rows(folder: Path) -> list[dict]:
    return [row for path in resolve_inputs(folder) for row in pq.read_table(path).to_pylist()]


def test_output_folder_holds_shards_manifest_stats_and_success_last(run_cli, stdlib_dir, tmp_path):
    out = tmp_path / "out"
    run_cli("ingest", stdlib_dir / "json", out, "--workers", "1")
    names = sorted(path.name for path in out.iterdir() if not path.name.startswith("."))
    assert names == ["_SUCCESS", "manifest.json", "part-00000.parquet", "stats.json"]
    assert sorted(path.name for path in out.iterdir() if path.name.startswith(".")) == [
        ".codelm-folder",
        ".codelm-lock",
    ]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["command"] == "ingest"
    shard = out / "part-00000.parquet"
    assert manifest["outputs"] == [
        {
            "file": "part-00000.parquet",
            "rows": manifest["rows"],
            "bytes": shard.stat().st_size,
            "sha256": hashlib.sha256(shard.read_bytes()).hexdigest(),
            "mtime_ns": shard.stat().st_mtime_ns,
        }
    ]
    assert manifest["rows"] == pq.read_metadata(out / "part-00000.parquet").num_rows
    assert manifest["parameters"]["max_file_size"] == 1_000_000
    assert manifest["inputs"][0]["path"] == str((stdlib_dir / "json").resolve())
    stats = json.loads((out / "stats.json").read_text())
    assert stats["docs_out"] == manifest["rows"]
    assert stats["docs_in"] == stats["docs_out"] + sum(stats.get("dropped", {}).values())
    newest = max((out / name).stat().st_mtime_ns for name in names if name != "_SUCCESS")
    assert (out / "_SUCCESS").stat().st_mtime_ns >= newest


def test_rerun_with_same_inputs_is_a_no_op(run_cli, stdlib_dir, tmp_path):
    out = tmp_path / "out"
    run_cli("ingest", stdlib_dir / "json", out, "--workers", "1")
    # Only the lock file is touched (it names the pid of the run holding it).
    before = {path.name: path.stat().st_mtime_ns for path in out.iterdir() if path.name != ".codelm-lock"}
    result = run_cli("ingest", stdlib_dir / "json", out, "--workers", "1")
    assert "up to date" in result.output
    assert {path.name: path.stat().st_mtime_ns for path in out.iterdir() if path.name != ".codelm-lock"} == before


def test_other_parameters_are_refused_unless_forced(run_cli, stdlib_dir, tmp_path):
    out = tmp_path / "out"
    run_cli("ingest", stdlib_dir / "json", out, "--workers", "1")
    refused = run_cli("ingest", stdlib_dir / "json", out, "--max-file-size", "10KB", expect=1)
    assert "other inputs or parameters" in refused.output and "Traceback" not in refused.output
    run_cli("ingest", stdlib_dir / "json", out, "--max-file-size", "10KB", "--force", "--workers", "1")
    assert all(row["size"] <= 10_000 for row in _read_rows(out))
    assert json.loads((out / "manifest.json").read_text())["parameters"]["max_file_size"] == 10_000


def test_a_folder_not_written_by_codelm_is_refused(run_cli, stdlib_dir, tmp_path):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    result = run_cli("ingest", stdlib_dir / "json", out, "--force", expect=1)
    assert "not written by codelm" in result.output
    assert (out / "notes.txt").read_text() == "keep me"


def test_shard_writer_renames_only_complete_files_and_rolls_over(tmp_path):
    writer = ShardWriter(tmp_path, "task", target_bytes=2000)
    writer.write_rows([{"content": "x" * 1500, "n": 1}])
    assert [path.name for path in tmp_path.iterdir()] == ["task-000.parquet.tmp"]
    writer.write_rows([{"content": "y" * 1500, "n": 2}])
    writer.write_rows([{"content": "z", "n": 3}])
    written = writer.close()
    # The first file closes once it passes 2000 bytes, after its second row.
    assert [entry["file"] for entry in written] == ["task-000.parquet", "task-001.parquet"]
    assert [entry["rows"] for entry in written] == [2, 1]
    assert sorted(path.name for path in tmp_path.iterdir()) == [entry["file"] for entry in written]


def test_resume_after_killed_run_redoes_only_missing_tasks(stdlib_dir, tmp_path):
    out = tmp_path / "out"
    codelm = str(Path(sys.executable).parent / "codelm")
    command = [codelm, "ingest", str(stdlib_dir), str(out), "--workers", "1", "--shard-size", "64KB"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done_dir = out / WORK_DIR / "done" / "ingest"
    deadline = time.time() + 60
    while process.poll() is None and time.time() < deadline:
        if done_dir.exists() and len(list(done_dir.glob("*.json"))) >= 5:
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    done_before = len(list(done_dir.glob("*.json")))
    assert done_before >= 5
    assert not (out / "_SUCCESS").exists()
    assert not list(out.glob("part-*")), "no shard may be published before the run completes"

    resumed = subprocess.run(command, capture_output=True, text=True, check=True)
    assert f"resuming, {done_before} of" in resumed.stderr
    clean = tmp_path / "clean"
    subprocess.run([*command[:3], str(clean), *command[4:]], capture_output=True, check=True)
    assert _read_rows(out) == _read_rows(clean)
    assert json.loads((out / "stats.json").read_text())["docs_out"] == len(_read_rows(clean))


def test_corrupt_parquet_input_names_the_file(run_cli, tmp_path):
    good = tmp_path / "in"
    good.mkdir()
    pq.write_table(pa.table({"content": ["print(1)\n"], "path": ["a.py"]}), good / "a.parquet")
    (good / "b.parquet").write_bytes(b"PAR1 this is not parquet")
    result = run_cli("ingest", good, tmp_path / "out", expect=1)
    assert "b.parquet" in result.output and "not a readable parquet shard" in result.output
    assert "Traceback" not in result.output


def test_unfinished_input_folder_is_refused(run_cli, tmp_path):
    unfinished = tmp_path / "unfinished"
    unfinished.mkdir()
    pq.write_table(pa.table({"content": ["x"]}), unfinished / "part-00000.parquet")
    (unfinished / MARKER).write_text('{"written_by": "codelm", "kind": "shard folder"}')
    result = run_cli("ingest", unfinished, tmp_path / "out", "--format", "parquet", expect=2)
    assert "no _SUCCESS" in result.output


def test_missing_input_is_a_usage_error(run_cli, tmp_path):
    result = run_cli("ingest", tmp_path / "nowhere", tmp_path / "out", expect=2)
    assert "input not found" in result.output


class DropShortFiles(Filter):
    name = "short"

    def keep(self, record):
        return len(record["content"]) >= 20


class LoseEveryOtherRow(Step):
    """A broken step that forgets rows without dropping them."""

    def run(self, records, shard, num_shards):
        for index, record in enumerate(records):
            if index % 2 == 0:
                yield record


def _document_shards(folder: Path) -> Path:
    folder.mkdir()
    rows = [{"id": str(i), "content": "x" * (i * 3)} for i in range(12)]
    pq.write_table(pa.Table.from_pylist(rows[:6]), folder / "a.parquet")
    pq.write_table(pa.Table.from_pylist(rows[6:]), folder / "b.parquet")
    return folder


def test_filter_drops_with_reason_and_keeps_rejects(tmp_path):
    source = _document_shards(tmp_path / "in")
    # One worker runs in-process: the test's own step classes need not be importable by workers.
    options = RunOptions(engine=EngineOptions(workers=1), rejected_dir=tmp_path / "rejected")
    stats = run_steps("test-filter", source, tmp_path / "out", [DropShortFiles()], {}, options)
    kept = _read_rows(tmp_path / "out")
    rejected = _read_rows(tmp_path / "rejected")
    assert [row["id"] for row in kept] == [str(i) for i in range(7, 12)]
    assert [(row["id"], row["reason"]) for row in rejected] == [(str(i), "short") for i in range(7)]
    assert stats["docs_in"] == 12 and stats["docs_out"] == 5 and stats["dropped"] == {"short": 7}
    assert stats["dropped_bytes"]["short"] == sum(i * 3 for i in range(7))
    assert (tmp_path / "rejected" / "_SUCCESS").exists()


def test_a_step_that_loses_rows_silently_fails_the_stage(tmp_path):
    source = _document_shards(tmp_path / "in")
    with pytest.raises(CodelmError, match="row accounting"):
        run_steps(
            "test-lossy", source, tmp_path / "out", [LoseEveryOtherRow()], {}, RunOptions(EngineOptions(workers=1))
        )
    assert not (tmp_path / "out" / "_SUCCESS").exists()


def test_stats_merge_adds_nested_counters():
    first, second = Stats(), Stats()
    first.add("docs_in", 3)
    first.add("dropped.binary")
    second.add("dropped.binary", 2)
    second.add("dropped.too_large")
    assert first.merge(second).to_dict() == {"docs_in": 3, "dropped": {"binary": 3, "too_large": 1}}
