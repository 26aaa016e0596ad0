"""Small corpora and helpers for the data-stage tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.tokenizer import TokenizerConfig, train_tokenizer


def code_rows(count: int, repo: str = "acme/tools", start: int = 0) -> list[dict]:
    """Canonical rows of distinct, ordinary Python files that the default filters keep."""
    rows = []
    for number in range(start, start + count):
        content = (
            f'"""Helpers for task {number}."""\n\n\n'
            f"def scale_{number}(values, factor={number % 7 + 2}):\n"
            f"    # multiply every value by the factor of task {number}\n"
            f"    return [value * factor + {number} for value in values]\n\n\n"
            f"def total_{number}(values):\n"
            f"    return sum(scale_{number}(values)) - {number * 3}\n"
        )
        rows.append(
            {
                "id": hashlib.sha1(content.encode()).hexdigest(),
                "content": content,
                "repo_name": f"{repo}{number % 3}",
                "path": f"src/task_{number}.py",
                "lang": "Python",
                "ext": "py",
                "stars": number % 11,
                "licenses": ["MIT"],
                "size": len(content.encode()),
            }
        )
    return rows


def write_shards(folder: Path, shards: list[list[dict]], schema: pa.Schema | None = None) -> Path:
    """Plain Parquet files (not a codelm folder), one per list of rows."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, rows in enumerate(shards):
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / f"data-{index:03d}.parquet")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, for checking that nothing changed."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture
def staged_corpus(tmp_path, run_cli) -> Path:
    """A finished codelm folder of 50 documents in two shards (ingested from plain Parquet)."""
    raw = write_shards(tmp_path / "raw", [code_rows(25), code_rows(25, start=25)])
    run_cli("ingest", raw, tmp_path / "corpus", "--workers", "1")
    return tmp_path / "corpus"


@pytest.fixture(scope="session")
def small_tokenizer(tmp_path_factory) -> Path:
    """A byte-level BPE of a few hundred tokens trained on ``code_rows``."""
    root = tmp_path_factory.mktemp("tokenizer")
    write_shards(root / "text", [code_rows(40)])
    train_tokenizer(root / "text", root / "tokenizer", TokenizerConfig(vocab_size=400, max_bytes=1 << 20))
    return root / "tokenizer"
