"""Which implementation runs: CODELM_KERNELS, TRITON_INTERPRET, and importing without Triton or transformers."""

import subprocess
import sys
import textwrap

import pytest
import torch

from codelm.kernels import rmsnorm
from codelm.kernels.dispatch import use_triton


def _grad_fn_name(tensor: torch.Tensor) -> str:
    return type(tensor.grad_fn).__name__


def test_cpu_under_the_interpreter_runs_triton_unless_torch_is_forced(monkeypatch):
    x, weight = torch.randn(3, 8, requires_grad=True), torch.ones(8)
    monkeypatch.delenv("CODELM_KERNELS", raising=False)
    assert _grad_fn_name(rmsnorm(x, weight, 1e-6)) == "RMSNormFunctionBackward"
    monkeypatch.setenv("CODELM_KERNELS", "torch")
    assert _grad_fn_name(rmsnorm(x, weight, 1e-6)) != "RMSNormFunctionBackward"


def test_once_the_variable_is_unset_cpu_runs_the_reference_again(monkeypatch):
    """Triton stays imported for its interpreter, but it reads TRITON_INTERPRET while interpreting too."""
    x, weight = torch.randn(3, 8, requires_grad=True), torch.ones(8)
    monkeypatch.delenv("TRITON_INTERPRET")
    monkeypatch.delenv("CODELM_KERNELS", raising=False)
    assert _grad_fn_name(rmsnorm(x, weight, 1e-6)) != "RMSNormFunctionBackward"
    monkeypatch.setenv("CODELM_KERNELS", "triton")
    with pytest.raises(RuntimeError, match="needs CUDA tensors or TRITON_INTERPRET=1"):
        rmsnorm(x, weight, 1e-6)


def test_an_unknown_choice_is_a_one_line_error(monkeypatch):
    monkeypatch.setenv("CODELM_KERNELS", "cuda")
    with pytest.raises(ValueError, match="CODELM_KERNELS must be one of auto, triton, torch, not 'cuda'"):
        use_triton(torch.zeros(1))


def _run_python(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
        timeout=120,
        check=False,
    )


def test_without_triton_or_transformers_the_references_run():
    """Triton made unimportable: the package imports, never loads transformers, and runs the references."""
    result = _run_python(
        """
        import sys

        class Refuse:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("triton", "transformers"):
                    raise ImportError(f"{name} is hidden for this test")

        sys.meta_path.insert(0, Refuse())
        import torch
        import codelm.kernels as kernels

        x = torch.randn(4, 6, requires_grad=True)
        out = kernels.rmsnorm(x, torch.ones(6), 1e-6)
        out.sum().backward()
        assert type(out.grad_fn).__name__ != "RMSNormFunctionBackward"
        assert "triton" not in sys.modules and "transformers" not in sys.modules
        print("ok")
        """
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]


def test_cpu_without_the_interpreter_uses_the_reference_and_refuses_forced_triton():
    result = _run_python(
        """
        import torch
        import codelm.kernels as kernels

        x = torch.randn(4, 6, requires_grad=True)
        assert type(kernels.rmsnorm(x, torch.ones(6), 1e-6).grad_fn).__name__ != "RMSNormFunctionBackward"
        import os
        os.environ["CODELM_KERNELS"] = "triton"
        kernels.rmsnorm(x, torch.ones(6), 1e-6)
        """,
        TRITON_INTERPRET="0",
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "RuntimeError: CODELM_KERNELS=triton needs CUDA tensors or TRITON_INTERPRET=1 (tensors are on cpu)"
    )


def test_an_interpreter_asked_for_after_triton_was_imported_is_reported():
    result = _run_python(
        """
        import os
        import torch
        import triton
        import codelm.kernels as kernels

        os.environ["TRITON_INTERPRET"] = "1"
        kernels.gelu_tanh(torch.randn(3))
        """
    )
    assert result.returncode == 1
    assert "TRITON_INTERPRET=1 was set after Triton was imported" in result.stderr.strip().splitlines()[-1]
