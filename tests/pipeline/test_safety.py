"""Stages never lose or leak data: one test (or a few) per numbered item of the data-safety issue.

1. an output equal to, inside or around an input is refused, and the input is untouched;
2. ``--report`` never overwrites a file codelm did not write;
3. only folders carrying codelm's marker are codelm's; ``--force`` deletes nothing else;
4. folders are read from their manifests: missing, changed and extra shards are errors;
5. a run publishes all its folders as one step, and a rerun completes a half-published one;
6. ``dedup --index`` entries commit with the publish, and a rerun replaces its own;
7. one writer per output (``test_safety_processes.py`` runs real processes);
8. every stage checks its input columns when it opens a shard;
9. ``.jsonl.zst`` is read;
10. bad input is a one-line error or a counted drop, never a traceback.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from codelm.pipeline.shard_folder import MARKER, WORK_DIR, listed_shards
from codelm.pipeline.shards import iter_records

from .conftest import code_rows, snapshot, write_shards


def _one_line_error(result, code: int = 1) -> str:
    """The message of a failed command, after checking it is one line and no traceback."""
    assert result.exit_code == code, result.output
    lines = [line for line in result.output.strip().splitlines() if line.strip()]
    assert "Traceback" not in result.output
    assert len([line for line in lines if line.startswith("Error:")]) == 1, result.output
    return result.output


def _rows(folder: Path) -> list[dict]:
    return [row for path in listed_shards(folder) for row in iter_records(path)]


def _stats(folder: Path) -> dict:
    return json.loads((folder / "stats.json").read_text())


# 1. An output that is, contains or sits inside an input (or another output) is refused.

OVERLAPS = {
    "filter-same-force": ["filter", "{IN}", "{IN}", "--force"],
    "filter-rejected-is-input": ["filter", "{IN}", "{OUT}", "--rejected-out", "{IN}", "--force"],
    "filter-output-inside-input": ["filter", "{IN}", "{IN}/filtered"],
    "filter-output-contains-input": ["filter", "{IN}", "{PARENT}", "--force"],
    "dedup-clusters-is-input": ["dedup", "{IN}", "{OUT}", "--clusters-out", "{IN}", "--force"],
    "dedup-rejected-is-output": ["dedup", "{IN}", "{OUT}", "--rejected-out", "{OUT}"],
    "dedup-index-is-input": ["dedup", "{IN}", "{OUT}", "--index", "{IN}"],
    "redact-same-force": ["redact", "{IN}", "{IN}", "--force"],
    "decontam-same-force": ["decontam", "{IN}", "{IN}", "--force"],
    "ingest-same-force": ["ingest", "{IN}", "{IN}", "--force"],
    "tokenizer-same-force": ["tokenizer", "train", "{IN}", "{IN}", "--force"],
}


@pytest.mark.parametrize("case", sorted(OVERLAPS))
def test_item1_an_output_overlapping_an_input_is_refused_and_the_input_kept(case, staged_corpus, run_cli):
    before = snapshot(staged_corpus)
    places = {"IN": staged_corpus, "OUT": staged_corpus.parent / "out", "PARENT": staged_corpus.parent}
    args = [arg.format(**places) for arg in OVERLAPS[case]]
    message = _one_line_error(run_cli(*args, expect=None), code=2)
    assert "--force" not in message.split("Error:")[1]
    assert snapshot(staged_corpus) == before
    assert not (staged_corpus.parent / "out").exists()


def test_item1_pack_val_out_equal_to_the_input_is_refused(staged_corpus, small_tokenizer, run_cli, tmp_path):
    before = snapshot(staged_corpus)
    result = run_cli(
        "pack", staged_corpus, tmp_path / "packed", "--tokenizer", small_tokenizer, "--seq-len", "64",
        "--val-fraction", "0.5", "--val-out", staged_corpus, "--force", expect=None,
    )  # fmt: skip
    assert "--val-out" in _one_line_error(result, code=2)
    assert snapshot(staged_corpus) == before


def test_item1_pack_output_inside_the_tokenizer_folder_is_refused(staged_corpus, small_tokenizer, run_cli):
    before = snapshot(small_tokenizer)
    result = run_cli("pack", staged_corpus, small_tokenizer / "packed", "--tokenizer", small_tokenizer, expect=None)
    _one_line_error(result, code=2)
    assert snapshot(small_tokenizer) == before


# 2. --report never truncates a file codelm did not write.


def test_item2_report_inside_an_input_is_refused(staged_corpus, run_cli, tmp_path):
    before = snapshot(staged_corpus)
    shard = listed_shards(staged_corpus)[-1]
    result = run_cli("decontam", staged_corpus, tmp_path / "clean", "--report", shard, expect=None)
    assert "--report" in _one_line_error(result, code=2)
    assert snapshot(staged_corpus) == before


def test_item2_an_existing_file_is_not_overwritten_by_the_report(staged_corpus, run_cli, tmp_path):
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"mine": true}\n')
    result = run_cli("decontam", staged_corpus, tmp_path / "clean", "--report", notes, expect=None)
    assert "codelm did not write" in _one_line_error(result)
    assert notes.read_text() == '{"mine": true}\n'
    # codelm's own report is replaced on a forced rerun, and a rerun of the same run is a no-op.
    report = tmp_path / "report.jsonl"
    run_cli("decontam", staged_corpus, tmp_path / "clean", "--report", report, "--workers", "1")
    assert report.exists()
    rerun = run_cli("decontam", staged_corpus, tmp_path / "clean", "--report", report, "--workers", "1")
    assert "up to date" in rerun.output
    run_cli("decontam", staged_corpus, tmp_path / "clean", "--report", report, "--force", "--workers", "1")
    assert report.exists()


# 3. Only codelm's marker makes a folder codelm's.


def _user_folder(folder: Path) -> Path:
    write_shards(folder, [code_rows(3)])
    (folder / "data-000.parquet").rename(folder / "part-00000.parquet")
    (folder / "manifest.json").write_text('{"my": "own manifest"}')
    (folder / "stats.json").write_text('{"my": "own stats"}')
    return folder


def test_item3_force_never_deletes_a_folder_codelm_did_not_mark(staged_corpus, run_cli, tmp_path):
    user = _user_folder(tmp_path / "user")
    before = snapshot(user)
    result = run_cli("filter", staged_corpus, user, "--force", expect=None)
    assert "not written by codelm" in _one_line_error(result)
    assert snapshot(user) == before


def test_item3_index_into_a_user_folder_is_refused(staged_corpus, run_cli, tmp_path):
    user = _user_folder(tmp_path / "user")
    before = snapshot(user)
    result = run_cli("dedup", staged_corpus, tmp_path / "out", "--index", user, expect=None)
    assert "--index" in _one_line_error(result)
    assert snapshot(user) == before


def test_item3_force_keeps_files_the_user_put_into_a_codelm_folder(staged_corpus, run_cli, tmp_path):
    out = tmp_path / "filtered"
    run_cli("filter", staged_corpus, out, "--workers", "1")
    (out / "notes.txt").write_text("mine")
    result = run_cli("filter", staged_corpus, out, "--max-line-length", "500", "--force", expect=None)
    assert "notes.txt" in _one_line_error(result)
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / MARKER).exists() and len(_rows(out)) == 50


# 4. A folder is what its manifest lists.


def test_item4_a_deleted_shard_is_recomputed_by_the_rerun_and_refused_by_readers(staged_corpus, run_cli, tmp_path):
    victim = listed_shards(staged_corpus)[0]
    victim.unlink()
    result = run_cli("filter", staged_corpus, tmp_path / "filtered", expect=None)
    message = _one_line_error(result)
    assert victim.name in message and "missing" in message
    assert "missing" in _one_line_error(run_cli("verify", staged_corpus, expect=None))
    rerun = run_cli("ingest", staged_corpus.parent / "raw", staged_corpus, "--workers", "1")
    assert "up to date" not in rerun.output
    assert len(_rows(staged_corpus)) == 50
    run_cli("verify", staged_corpus)


def test_item4_a_stray_shard_is_an_error_not_data(staged_corpus, run_cli, tmp_path):
    stray = staged_corpus / "part-00099.parquet"
    pq.write_table(pa.Table.from_pylist(code_rows(2, start=500)), stray)
    message = _one_line_error(run_cli("filter", staged_corpus, tmp_path / "filtered", expect=None))
    assert stray.name in message and "not listed" in message
    assert "not listed" in _one_line_error(run_cli("verify", staged_corpus, expect=None))


def test_item4_a_changed_shard_is_an_error(staged_corpus, run_cli, tmp_path):
    shard = listed_shards(staged_corpus)[1]
    rows = pq.read_table(shard).to_pylist()
    rows[0]["content"] = rows[0]["content"].replace("Helpers", "Helpful")
    pq.write_table(pa.Table.from_pylist(rows, schema=pq.read_schema(shard)), shard)
    message = _one_line_error(run_cli("filter", staged_corpus, tmp_path / "filtered", expect=None))
    assert shard.name in message and "changed" in message
    assert "changed" in _one_line_error(run_cli("verify", staged_corpus, expect=None))


def test_item4_verify_passes_finished_folders_and_fails_unfinished_ones(staged_corpus, run_cli, tmp_path):
    assert "ok" in run_cli("verify", staged_corpus).output
    (staged_corpus / "_SUCCESS").unlink()
    assert "unfinished" in _one_line_error(run_cli("verify", staged_corpus, expect=None))
    assert "not a codelm folder" in _one_line_error(run_cli("verify", tmp_path / "raw", expect=None))


# 5. and 6. One publish for every folder of a run; index entries commit with it.


class Crash(BaseException):
    """Stands for the process dying: a BaseException, so no ``except Exception`` in codelm sees it."""


def _crash_before_replacing(monkeypatch, target: Path) -> None:
    """Make the rename onto ``target`` (and everything after it) never happen."""
    real_replace = os.replace

    def replace(source, destination, **kwargs):
        if Path(destination) == target:
            raise Crash(f"crashed before {target}")
        return real_replace(source, destination, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("crash_before", ["rejected/_SUCCESS", "clusters/_SUCCESS", "out/_SUCCESS"])
def test_item5_side_folders_are_completed_by_the_rerun(crash_before, run_cli, tmp_path, monkeypatch):
    duplicated = write_shards(tmp_path / "dups", [code_rows(20), code_rows(20)])
    args = ["dedup", duplicated, tmp_path / "out", "--workers", "1"]
    args += ["--rejected-out", tmp_path / "rejected", "--clusters-out", tmp_path / "clusters"]
    _crash_before_replacing(monkeypatch, tmp_path / crash_before)
    with pytest.raises(Crash):
        run_cli(*args)
    monkeypatch.undo()
    assert not (tmp_path / "out" / "_SUCCESS").exists()
    run_cli(*args)
    assert len(_rows(tmp_path / "out")) == 20
    assert len(_rows(tmp_path / "rejected")) == 20
    assert len(_rows(tmp_path / "clusters")) == 40
    assert "up to date" in run_cli(*args).output


def test_item5_a_missing_side_folder_makes_the_run_incomplete(staged_corpus, run_cli, tmp_path, small_tokenizer):
    args = ["pack", staged_corpus, tmp_path / "packed", "--tokenizer", small_tokenizer, "--seq-len", "64"]
    args += ["--val-fraction", "0.2", "--workers", "1"]
    run_cli(*args)
    for path in listed_shards(tmp_path / "packed-val"):
        path.unlink()
    assert "up to date" not in run_cli(*args).output
    assert listed_shards(tmp_path / "packed-val")
    assert "up to date" in run_cli(*args).output


def test_item6_a_crashed_index_run_leaves_no_entries_behind(run_cli, tmp_path, monkeypatch):
    source = write_shards(tmp_path / "in", [code_rows(50)])
    args = ["dedup", source, tmp_path / "out", "--index", tmp_path / "index", "--workers", "1"]
    _crash_before_replacing(monkeypatch, tmp_path / "out" / "_SUCCESS")
    with pytest.raises(Crash):
        run_cli(*args)
    monkeypatch.undo()
    os.utime(source / "data-000.parquet")
    stats = json.loads(run_cli(*args, "--force").output.strip().splitlines()[-1])
    assert stats["docs_out"] == 50


def test_item6_force_replaces_the_runs_own_index_entries(run_cli, tmp_path):
    source = write_shards(tmp_path / "in", [code_rows(50)])
    args = ["dedup", source, tmp_path / "out", "--index", tmp_path / "index", "--workers", "1"]
    run_cli(*args)
    entries = sorted(path.name for path in (tmp_path / "index").rglob("*.parquet"))
    os.utime(source / "data-000.parquet")
    stats = json.loads(run_cli(*args, "--force").output.strip().splitlines()[-1])
    assert stats["docs_out"] == 50
    assert len(sorted(path.name for path in (tmp_path / "index").rglob("*.parquet"))) == len(entries)
    # A second output deduplicated against the same index does see the first one's documents.
    other = json.loads(run_cli(*args[:2], tmp_path / "out2", *args[3:]).output.strip().splitlines()[-1])
    assert other["docs_out"] == 0


# 8. Input columns are checked when a shard is opened.


@pytest.fixture
def text_column_shards(tmp_path) -> Path:
    rows = [{"text": row["content"], "path": row["path"]} for row in code_rows(10)]
    return write_shards(tmp_path / "hf", [rows])


@pytest.mark.parametrize(
    "stage", [["redact"], ["decontam"], ["filter"], ["dedup"], ["tokenizer", "train"]], ids=lambda s: s[0]
)
def test_item8_a_shard_without_content_is_a_one_line_error(stage, text_column_shards, run_cli, tmp_path):
    result = run_cli(*stage, text_column_shards, tmp_path / "out", expect=None)
    message = _one_line_error(result, code=2)
    assert "data-000.parquet" in message and "'content'" in message
    assert not (tmp_path / "out" / "_SUCCESS").exists()


def test_item8_pack_checks_columns_too(text_column_shards, small_tokenizer, run_cli, tmp_path):
    result = run_cli("pack", text_column_shards, tmp_path / "out", "--tokenizer", small_tokenizer, expect=None)
    assert "'content'" in _one_line_error(result, code=2)


def test_item8_a_wrongly_typed_column_is_named(run_cli, tmp_path):
    rows = [{**row, "stars": str(row["stars"])} for row in code_rows(5)]
    source = write_shards(tmp_path / "in", [rows])
    message = _one_line_error(run_cli("filter", source, tmp_path / "out", expect=None))
    assert "'stars'" in message and "data-000.parquet" in message


def test_item8_ingest_maps_a_text_column(text_column_shards, run_cli, tmp_path):
    (text_column_shards / "data-000.parquet").rename(text_column_shards / "data-000.parquet.bak")
    rows = [{"code": row["content"], "path": row["path"]} for row in code_rows(10)]
    pq.write_table(pa.Table.from_pylist(rows), text_column_shards / "data-000.parquet")
    (text_column_shards / "data-000.parquet.bak").unlink()
    run_cli("ingest", text_column_shards, tmp_path / "out", "--text-column", "code", "--workers", "1")
    assert [row["content"] for row in _rows(tmp_path / "out")] == [row["content"] for row in code_rows(10)]
    missing = run_cli("ingest", text_column_shards, tmp_path / "out2", "--text-column", "body", expect=None)
    assert "'body'" in _one_line_error(missing)


# 9. Every listed JSONL format is read.


def test_item9_jsonl_zst_is_decompressed(run_cli, parse_stats, tmp_path):
    rows = code_rows(30)
    lines = "".join(json.dumps({"content": row["content"], "path": row["path"]}) + "\n" for row in rows)
    (tmp_path / "data.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(lines.encode()))
    stats = parse_stats(run_cli("ingest", tmp_path / "data.jsonl.zst", tmp_path / "out").output)
    assert stats["docs_out"] == 30 and "dropped" not in stats
    assert [row["content"] for row in _rows(tmp_path / "out")] == [row["content"] for row in rows]


def test_item9_other_compressions_are_refused_not_read_as_text(run_cli, tmp_path):
    (tmp_path / "rows.jsonl.bz2").write_bytes(b"BZh91AY&SY not really")
    result = run_cli("ingest", tmp_path / "rows.jsonl.bz2", tmp_path / "out", "--format", "jsonl", expect=None)
    assert ".bz2 compression is not read" in _one_line_error(result, code=2)


# 10. One-line errors or counted drops, never a traceback.


def test_item10_jsonl_rows_of_the_wrong_shape_are_counted_drops(run_cli, parse_stats, tmp_path):
    lines = [
        {"content": "print(1)\n", "path": "a.py"},
        {"content": 5, "path": "b.py"},
        {"content": "print(3)\n"},
        {"content": ["not", "text"]},
        {"content": "print(5)\n", "path": 7},
        {"content": "print(6)\n", "stars": "many"},
    ]
    raw = "".join(json.dumps(line) + "\n" for line in lines).encode() + b'{"content": "caf\xe9"}\n'
    (tmp_path / "rows.jsonl").write_bytes(raw)
    stats = parse_stats(run_cli("ingest", tmp_path / "rows.jsonl", tmp_path / "out").output)
    assert stats["docs_in"] == 7
    assert stats["docs_out"] + sum(stats["dropped"].values()) == 7
    assert stats["dropped"]["invalid_content"] == 2
    assert stats["decoded_with_replacement"] == 1
    assert {row["content"] for row in _rows(tmp_path / "out")} >= {"print(1)\n", "print(3)\n", "caf\ufffd"}


@pytest.mark.parametrize("damage", ["truncated", "corrupt"])
def test_item10_a_damaged_jsonl_gz_is_a_one_line_error(damage, run_cli, tmp_path):
    packed = gzip.compress(b"".join(json.dumps({"content": f"x = {i}\n"}).encode() + b"\n" for i in range(2000)))
    data = packed[: len(packed) // 2] if damage == "truncated" else packed[:20] + b"\x00garbage" * 50
    (tmp_path / "rows.jsonl.gz").write_bytes(data)
    message = _one_line_error(run_cli("ingest", tmp_path / "rows.jsonl.gz", tmp_path / "out", expect=None))
    assert "rows.jsonl.gz" in message
    assert not (tmp_path / "out" / "_SUCCESS").exists()


def test_item10_binary_and_integer_content_columns(run_cli, parse_stats, tmp_path):
    source = tmp_path / "binary"
    source.mkdir()
    pq.write_table(pa.table({"content": pa.array([b"print(1)\n", b"caf\xe9\n"], pa.binary())}), source / "a.parquet")
    stats = parse_stats(run_cli("ingest", source, tmp_path / "out").output)
    assert stats["docs_out"] == 2 and stats["decoded_with_replacement"] == 1
    integers = tmp_path / "integers"
    integers.mkdir()
    pq.write_table(pa.table({"content": pa.array([1, 2], pa.int64())}), integers / "a.parquet")
    message = _one_line_error(run_cli("ingest", integers, tmp_path / "out2", expect=None))
    assert "'content'" in message and "a.parquet" in message


def _invalid_utf8_shard(folder: Path) -> Path:
    folder.mkdir()
    raw = pa.array([b"print(1)\n", b"bad \xff\xfe bytes\n"], pa.binary())
    content = pa.Array.from_buffers(pa.string(), len(raw), raw.buffers())
    pq.write_table(pa.table({"content": content, "path": ["a.py", "b.py"]}), folder / "a.parquet")
    return folder


def test_item10_invalid_utf8_in_a_string_column(run_cli, parse_stats, tmp_path):
    source = _invalid_utf8_shard(tmp_path / "in")
    message = _one_line_error(run_cli("filter", source, tmp_path / "filtered", expect=None))
    assert "a.parquet" in message and "UTF-8" in message
    stats = parse_stats(run_cli("ingest", source, tmp_path / "ingested").output)
    assert stats["docs_out"] == 2 and stats["decoded_with_replacement"] == 1
    assert _rows(tmp_path / "ingested")[1]["content"] == "bad \ufffd\ufffd bytes\n"


def test_item10_stars_as_text_in_the_stack(run_cli, parse_stats, tmp_path):
    source = tmp_path / "stack"
    source.mkdir()
    table = {
        "hexsha": ["a", "b"],
        "content": ["print(1)\n", "print(2)\n"],
        "max_stars_repo_name": ["o/r", "o/s"],
        "max_stars_repo_path": ["a.py", "b.py"],
        "max_stars_count": ["12", "3"],
    }
    pq.write_table(pa.table(table), source / "numeric.parquet")
    stats = parse_stats(run_cli("ingest", source, tmp_path / "out").output)
    assert [row["stars"] for row in _rows(tmp_path / "out")] == [12, 3] and stats["docs_out"] == 2
    table["max_stars_count"] = ["12", "lots"]
    pq.write_table(pa.table(table), source / "numeric.parquet")
    message = _one_line_error(run_cli("ingest", source, tmp_path / "out2", expect=None))
    assert "max_stars_count" in message


def test_item10_unreadable_files_and_folders_are_counted(run_cli, parse_stats, tmp_path, monkeypatch):
    tree = tmp_path / "repo"
    (tree / "locked").mkdir(parents=True)
    (tree / "locked" / "inner.py").write_text("x = 1\n")
    (tree / "secret.py").write_text("y = 2\n")
    (tree / "open.py").write_text("z = 3\n")
    real_scandir, real_open = os.scandir, open

    def scandir(path="."):
        if isinstance(path, (str, os.PathLike)) and Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def guarded_open(file, *args, **kwargs):
        if Path(str(file)).name == "secret.py":
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    # Tests may run as root, for whom chmod 000 changes nothing.
    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr("builtins.open", guarded_open)
    stats = parse_stats(run_cli("ingest", tree, tmp_path / "out", "--workers", "1").output)
    monkeypatch.undo()
    assert stats["docs_out"] == 1
    assert stats["dropped"]["unreadable"] == 1
    assert stats["skipped_dirs"]["unreadable"] == 1


def test_item10_an_unreadable_input_shard_is_a_one_line_error(staged_corpus, run_cli, tmp_path, monkeypatch):
    import pyarrow.parquet as parquet_module

    real = parquet_module.ParquetFile

    def refuse(source, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr(parquet_module, "ParquetFile", refuse)
    result = run_cli("filter", staged_corpus, tmp_path / "out", "--workers", "1", expect=None)
    monkeypatch.setattr(parquet_module, "ParquetFile", real)
    message = _one_line_error(result)
    assert "Permission denied" in message


def test_item10_file_names_that_are_not_utf8(run_cli, parse_stats, tmp_path):
    tree = tmp_path / "repo"
    tree.mkdir()
    (tree / "ok.py").write_text("a = 1\n")
    with open(os.path.join(os.fsencode(tree), b"caf\xe9.py"), "w") as handle:
        handle.write("b = 2\n")
    stats = parse_stats(run_cli("ingest", tree, tmp_path / "out", "--workers", "1").output)
    assert stats["docs_out"] == 2 and stats["path_decoded_with_replacement"] == 1
    assert sorted(row["path"] for row in _rows(tmp_path / "out")) == ["caf\ufffd.py", "ok.py"]


def test_item10_pack_on_an_empty_folder_is_a_one_line_error(run_cli, small_tokenizer, tmp_path):
    empty = tmp_path / "empty"
    run_cli("ingest", write_shards(tmp_path / "raw", [[]], schema=pa.schema([("content", pa.string())])), empty)
    result = run_cli("pack", empty, tmp_path / "packed", "--tokenizer", small_tokenizer, expect=None)
    assert "no documents" in _one_line_error(result)


def test_item10_row_accounting_is_a_one_line_error(tmp_path):
    from codelm.pipeline.errors import CodelmError
    from codelm.pipeline.stats import Stats

    stats = Stats({"docs_in": 3, "docs_out": 1, "dropped": {"short": 1}})
    with pytest.raises(CodelmError, match="row accounting"):
        stats.check_balance()


def test_work_dir_is_gone_after_a_finished_run(staged_corpus):
    assert not (staged_corpus / WORK_DIR).exists()
