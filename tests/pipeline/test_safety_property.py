"""Whatever malformed shard or JSONL file a stage is given, it ends in exit 0 with every row counted
(``docs_in == docs_out + dropped``) or in a one-line error (exit 1, or 2 for usage), never a traceback.

An unexpected exception propagates out of ``CliRunner`` (``catch_exceptions=False``) and fails the test.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codelm.cli.main import cli

EXAMPLES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
texts = st.text(max_size=60)
raw_bytes = st.binary(max_size=40)
# A scalar JSON value of any type, for fields that should hold text or numbers.
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts)
json_values = st.one_of(json_scalars, st.lists(json_scalars, max_size=3))


def _check(result) -> None:
    """Exit 0 with balanced counts, or a one-line error; an exception has already failed the test."""
    if result.exit_code == 0:
        stats = json.loads(result.output.strip().splitlines()[-1])
        if "docs_in" in stats:
            assert stats["docs_in"] == stats.get("docs_out", 0) + sum(stats.get("dropped", {}).values()), stats
        return
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("Error:")]) == 1, result.output


def _invoke(*args) -> None:
    _check(CliRunner().invoke(cli, [str(arg) for arg in args], catch_exceptions=False))


# JSONL: objects with fields of any type, lines that are not JSON, bytes that are not UTF-8,
# compressed or not, cut short or not.

jsonl_objects = st.dictionaries(
    st.sampled_from(["content", "text", "path", "stars", "licenses", "repo_name", "size", "extra"]),
    json_values,
    max_size=6,
)
jsonl_lines = st.one_of(
    jsonl_objects.map(lambda row: json.dumps(row).encode()),
    raw_bytes,
    st.builds(lambda text, junk: json.dumps({"content": text}).encode()[:-2] + junk, texts, raw_bytes),
    st.sampled_from([b"[1, 2]", b"42", b'"just a string"', b"null", b"{", b""]),
)


@EXAMPLES
@given(
    lines=st.lists(jsonl_lines, max_size=12),
    compression=st.sampled_from(["", ".gz", ".zst"]),
    cut=st.one_of(st.none(), st.floats(0.05, 0.95)),
)
def test_any_jsonl_file(lines, compression, cut):
    data = b"\n".join(lines) + b"\n"
    if compression == ".gz":
        data = gzip.compress(data)
    elif compression == ".zst":
        data = zstandard.ZstdCompressor().compress(data)
    if cut is not None:
        data = data[: int(len(data) * cut)]
    with tempfile.TemporaryDirectory() as root:
        source = Path(root) / f"rows.jsonl{compression}"
        source.write_bytes(data)
        _invoke("ingest", source, Path(root) / "out", "--workers", "1", "--quiet")


# Parquet shards: canonical columns missing, of the wrong type, holding invalid UTF-8; files cut short.


def _column(kind: str, values: list):
    if kind == "text":
        return pa.array([None if value is None else str(value) for value in values], pa.string())
    if kind == "bad-utf8":
        raw = pa.array(
            [b"ok" if value is None else str(value).encode() + b"\xff\xfe" for value in values], pa.binary()
        )
        return pa.Array.from_buffers(pa.string(), len(raw), raw.buffers())
    if kind == "binary":
        return pa.array([str(value).encode("utf-8", "surrogatepass") + b"\xe9" for value in values], pa.binary())
    if kind == "integer":
        return pa.array([len(str(value)) for value in values], pa.int64())
    if kind == "float":
        return pa.array([float(len(str(value))) for value in values], pa.float64())
    if kind == "text-list":
        return pa.array([[str(value)] for value in values], pa.list_(pa.string()))
    return pa.nulls(len(values), pa.string())


COLUMN_KINDS = ["text", "bad-utf8", "binary", "integer", "float", "text-list", "null", "absent"]
# The type each column usually has; about one column in seven gets any kind instead, so that many
# shards get past the column checks and reach the rows.
USUAL_KINDS = {
    "content": "text",
    "text": "absent",
    "path": "text",
    "repo_name": "text",
    "lang": "text",
    "stars": "integer",
    "licenses": "text-list",
    "size": "integer",
    "extra": "float",
}


def _mostly(usual: str):
    return st.integers(0, 6).flatmap(lambda draw: st.sampled_from(COLUMN_KINDS) if draw == 0 else st.just(usual))


shard_specs = st.fixed_dictionaries({name: _mostly(kind) for name, kind in USUAL_KINDS.items()})
sometimes_cut = st.integers(0, 4).flatmap(lambda draw: st.floats(0.1, 0.9) if draw == 0 else st.none())
STAGES = {
    "ingest": [],
    "filter": [],
    "dedup": [],
    "redact": ["--no-detect-secrets"],
    "decontam": ["--benchmarks", "{bench}", "--fields", "text"],
    "tokenizer": ["--vocab-size", "400"],
    "pack": ["--tokenizer", "{tokenizer}", "--seq-len", "16"],
}


@EXAMPLES
@given(
    spec=shard_specs,
    values=st.lists(texts, max_size=8),
    cut=sometimes_cut,
    stage=st.sampled_from(sorted(STAGES)),
)
def test_any_parquet_shard(spec, values, cut, stage, small_tokenizer):
    columns = {name: _column(kind, values) for name, kind in spec.items() if kind != "absent"}
    with tempfile.TemporaryDirectory() as root:
        source = Path(root) / "in"
        source.mkdir()
        shard = source / "shard.parquet"
        pq.write_table(pa.table(columns) if columns else pa.table({"n": pa.array([], pa.int64())}), shard)
        if cut is not None:
            shard.write_bytes(shard.read_bytes()[: int(shard.stat().st_size * cut)])
        bench = Path(root) / "bench.jsonl"
        bench.write_text(json.dumps({"task_id": "t", "text": "def solve(values):\n    return sorted(values)[::-1]\n"}))
        options = [option.format(bench=bench, tokenizer=small_tokenizer) for option in STAGES[stage]]
        command = ["tokenizer", "train"] if stage == "tokenizer" else [stage]
        workers = [] if stage == "tokenizer" else ["--workers", "1"]
        _invoke(*command, source, Path(root) / "out", *options, *workers, "--quiet")
