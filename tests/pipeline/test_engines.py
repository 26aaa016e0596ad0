"""The local and Ray engines run the same stage to the same rows."""

import math

import pyarrow.parquet as pq
import pytest

from codelm.pipeline.engines import EngineOptions, make_engine
from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.shards import resolve_inputs


def _rows(folder):
    return [row for path in resolve_inputs(folder) for row in pq.read_table(path).to_pylist()]


@pytest.mark.parametrize("workers", [1, 2])
def test_local_engine_returns_every_result_with_its_position(workers):
    engine = make_engine(EngineOptions(workers=workers))
    try:
        # A function spawned workers can import (test modules are not importable there).
        results = dict(engine.imap_unordered(math.factorial, list(range(9))))
    finally:
        engine.close()
    assert results == {value: math.factorial(value) for value in range(9)}


def test_bad_engine_options_are_usage_errors():
    with pytest.raises(UsageProblem):
        make_engine(EngineOptions(engine="spark"))
    with pytest.raises(UsageProblem):
        make_engine(EngineOptions(workers=0))


@pytest.mark.ray
@pytest.mark.slow
def test_local_and_ray_ingest_write_identical_rows(run_cli, stdlib_dir, tmp_path):
    source = stdlib_dir / "email"
    run_cli("ingest", source, tmp_path / "local", "--workers", "2", "--shard-size", "128KB")
    run_cli("ingest", source, tmp_path / "one", "--workers", "1", "--shard-size", "128KB")
    run_cli("ingest", source, tmp_path / "ray", "--engine", "ray", "--workers", "2", "--shard-size", "128KB")
    local = _rows(tmp_path / "local")
    assert len(resolve_inputs(tmp_path / "local")) > 2, "several tasks, so the engines really share work"
    assert local == _rows(tmp_path / "ray") == _rows(tmp_path / "one")
    on_disk = [
        p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    ]
    assert sorted(row["path"] for row in local) == sorted(on_disk)
