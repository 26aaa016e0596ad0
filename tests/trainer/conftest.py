"""Token shards of real code (two packages of the standard library), packed once per test session."""

from __future__ import annotations

import pytest
import torch
from click.testing import CliRunner

from codelm.cli.main import cli
from codelm.trainer.model import CodeLM, ModelConfig
from codelm.trainer.presets import preset

# A small model of every family's design, quick on CPU: tests override a preset's shape with it.
SMALL_SHAPE = {"hidden_size": 64, "num_layers": 2, "num_heads": 4, "intermediate_size": 128}


def small_model(name: str, **overrides) -> CodeLM:
    """A seeded ``name`` preset at SMALL_SHAPE with a 97-token vocabulary, in eval mode."""
    torch.manual_seed(0)
    config = ModelConfig(**{**preset(name), **SMALL_SHAPE, "vocab_size": 97, **overrides})
    model = CodeLM(config).eval()
    with torch.no_grad():  # non-zero biases and norm weights, so every parameter matters
        for parameter in model.parameters():
            parameter.add_(torch.randn_like(parameter) * 0.05)
    return model


def assert_same_run(straight: list[tuple], resumed: list[tuple]) -> None:
    """The same steps (each record's first item) with the same figures after it, to a relative 1e-6.

    Not bit for bit: two straight runs of the same config on a fresh CI machine once differed in the
    last bit of a step-1 gradient norm (CPU math is not bitwise reproducible from run to run). A resume
    that skips restoring the RNG state, the optimizer moments or the data position moves a loss by 2e-4
    or more (checked by breaking each in turn).
    """
    assert [step for step, *_ in straight] == [step for step, *_ in resumed]
    for (_, *figures), (_, *resumed_figures) in zip(straight, resumed):
        assert resumed_figures == pytest.approx(figures, rel=1e-6, abs=0)


def _codelm(*args) -> None:
    result = CliRunner().invoke(cli, [str(arg) for arg in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="session")
def packed_dir(tmp_path_factory, stdlib_dir):
    """``packed/`` (train, tokenizer copied in) and ``packed-val/``: 256-token rows from json/ and email/."""
    root = tmp_path_factory.mktemp("trainer-data")
    _codelm("ingest", stdlib_dir / "json", stdlib_dir / "email", root / "ingested", "--quiet", "--workers", "1")
    _codelm("tokenizer", "train", root / "ingested", root / "tokenizer", "--vocab-size", "1024", "--quiet")
    _codelm(
        "pack",
        root / "ingested",
        root / "packed",
        "--tokenizer",
        root / "tokenizer",
        "--seq-len",
        "256",
        "--val-fraction",
        "0.05",
        "--quiet",
        "--workers",
        "1",
    )
    return root / "packed"
