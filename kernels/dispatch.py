"""Which implementation an op runs: its Triton kernels or its torch reference.

- ``CODELM_KERNELS`` unset (or ``auto``): Triton for CUDA tensors; for CPU tensors Triton under its
  interpreter when ``TRITON_INTERPRET=1`` was set before Triton was imported and still is, else the
  torch reference. Without Triton installed, always the reference.
- ``CODELM_KERNELS=triton``: always Triton, and an error where it cannot run (not installed, or CPU
  tensors without ``TRITON_INTERPRET=1``) instead of a silent fall back.
- ``CODELM_KERNELS=torch``: always the reference.

The variable is read at every call, so a test or benchmark can switch it between two calls.
"""

from __future__ import annotations

import os

import torch

from codelm.kernels.utils import imported_for_interpreter, interpreter_enabled, interpreter_requested, triton_available

CHOICES = ("auto", "triton", "torch")


def kernels_choice() -> str:
    choice = os.environ.get("CODELM_KERNELS", "auto").strip().lower() or "auto"
    if choice not in CHOICES:
        raise ValueError(f"CODELM_KERNELS must be one of {', '.join(CHOICES)}, not {choice!r}")
    return choice


def use_triton(tensor: torch.Tensor) -> bool:
    """True when the op on ``tensor`` (its first input) should run the Triton kernels."""
    choice = kernels_choice()
    if choice == "torch":
        return False
    if not triton_available():
        if choice == "triton":
            raise ImportError("CODELM_KERNELS=triton but Triton is not installed: pip install 'codelm[kernels]'")
        return False
    if tensor.is_cuda:
        return True
    if interpreter_requested() and not imported_for_interpreter():
        raise RuntimeError(
            "TRITON_INTERPRET=1 was set after Triton was imported; set it before the first import of triton"
        )
    if choice == "triton" and not interpreter_enabled():
        raise RuntimeError(
            f"CODELM_KERNELS=triton needs CUDA tensors or TRITON_INTERPRET=1 (tensors are on {tensor.device})"
        )
    return interpreter_enabled()
