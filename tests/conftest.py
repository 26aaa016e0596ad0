"""Fixtures shared by every test folder."""

from __future__ import annotations

import json
import os
import sysconfig
from pathlib import Path

import pytest
from click.testing import CliRunner

from codelm.cli.main import cli

STDLIB = Path(sysconfig.get_paths()["stdlib"])
# Child interpreters (`python -c ...` run from the checkout) must not put the working directory on sys.path:
# the checkout's top-level kernels/ folder would shadow the `kernels` package transformers imports.
os.environ.setdefault("PYTHONSAFEPATH", "1")


@pytest.fixture(scope="session")
def stdlib_dir() -> Path:
    """The running Python's standard library: real code on every machine."""
    return STDLIB


@pytest.fixture
def run_cli():
    """Invoke ``codelm ARGS...`` in-process; returns click's Result (``exit_code``, ``output``)."""

    def invoke(*args: str, expect: int | None = 0):
        result = CliRunner().invoke(cli, [str(arg) for arg in args], catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, result.output
        return result

    return invoke


def last_json_line(output: str) -> dict:
    """The stats object a stage prints as its last line."""
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture
def parse_stats():
    return last_json_line
