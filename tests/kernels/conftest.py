"""Kernel tests run the Triton kernels on CPU under Triton's interpreter, against their torch references.

Triton chooses between its interpreter and its compiler when it is imported, so
``TRITON_INTERPRET=1`` is set as this file is loaded: pytest loads it while collecting, before any
test module here imports ``codelm.kernels`` (and with it triton). When this package's tests are
done (``__init__.py`` makes the folder a package, so the package-scoped fixture ends there) the
variable is restored: later tests and their subprocesses see the environment they had, and
``codelm.kernels`` runs its references on CPU again. Everything runs in fp32: the interpreter
emulates each program with numpy, and its fp32-to-bf16 casts truncate where a GPU rounds.
"""

from __future__ import annotations

import os

import pytest
import torch

_TRITON_INTERPRET_BEFORE = os.environ.get("TRITON_INTERPRET")
os.environ["TRITON_INTERPRET"] = "1"

# Tolerances for fp32 kernels against fp32 references: reductions sum in another order, nothing more.
FP32_TOLERANCE = dict(atol=1e-5, rtol=1e-5)


@pytest.fixture(scope="package", autouse=True)
def restore_triton_interpret():
    yield
    if _TRITON_INTERPRET_BEFORE is None:
        os.environ.pop("TRITON_INTERPRET", None)
    else:
        os.environ["TRITON_INTERPRET"] = _TRITON_INTERPRET_BEFORE


@pytest.fixture
def force_triton(monkeypatch):
    """The public functions run the Triton kernels (and fail loudly if they cannot)."""
    monkeypatch.setenv("CODELM_KERNELS", "triton")


def leaf(*shape, scale: float = 1.0, seed: int = 0) -> torch.Tensor:
    generator = torch.Generator().manual_seed(seed)
    return (torch.randn(*shape, generator=generator) * scale).requires_grad_()


def outputs_and_grads(fn, inputs: list, seed: int = 1) -> tuple[list[torch.Tensor], list[torch.Tensor]]:
    """``fn(*inputs)``'s outputs and the gradients of every input that requires one.

    The loss weighs each output by fixed random numbers, so every output element's gradient differs.
    """
    outputs = fn(*inputs)
    outputs = list(outputs) if isinstance(outputs, tuple) else [outputs]
    generator = torch.Generator().manual_seed(seed)
    loss = sum((output.float() * torch.randn(output.shape, generator=generator)).sum() for output in outputs)
    leaves = [tensor for tensor in inputs if isinstance(tensor, torch.Tensor) and tensor.requires_grad]
    return [output.detach() for output in outputs], list(torch.autograd.grad(loss, leaves))


def assert_matches_reference(fn, reference, inputs: list, tolerance: dict = FP32_TOLERANCE) -> None:
    """Outputs and every input gradient of the kernel path equal the reference's within ``tolerance``."""
    outputs, grads = outputs_and_grads(fn, inputs)
    expected_outputs, expected_grads = outputs_and_grads(reference, inputs)
    assert len(outputs) == len(expected_outputs) and len(grads) == len(expected_grads)
    for index, (got, expected) in enumerate(zip(outputs, expected_outputs)):
        assert got.dtype == expected.dtype and got.shape == expected.shape
        torch.testing.assert_close(got, expected, **tolerance, msg=lambda m, i=index: f"output {i}: {m}")
    for index, (got, expected) in enumerate(zip(grads, expected_grads)):
        torch.testing.assert_close(got, expected, **tolerance, msg=lambda m, i=index: f"gradient {i}: {m}")
