"""What every kernel module shares: the optional Triton import, lazy jitting, block sizes and row views.

Triton is an optional dependency (the ``kernels`` extra): without it ``import codelm.kernels`` still
works and every op runs its torch reference; kernels are therefore jitted at their first launch,
not at import.

Triton's CPU interpreter is chosen by ``TRITON_INTERPRET=1`` when Triton is *imported*: that is when
``triton.language`` wraps its own helpers (``tl.sum``, ``tl.sigmoid``...) for the interpreter or the
compiler, and a kernel can only run in the mode those helpers were built for. So the mode is read
once from Triton itself, and a ``TRITON_INTERPRET`` set too late is reported instead of failing
inside a kernel.
"""

from __future__ import annotations

import functools
import os

import torch

try:
    import triton
    import triton.language as tl
    from triton.runtime.interpreter import InterpretedFunction
except ImportError:
    triton = None
    tl = None
    InterpretedFunction = None

# Liger-Kernel's bound for one row held in registers (ops/utils.py): 64K elements per program.
MAX_FUSED_SIZE = 65536


def triton_available() -> bool:
    return triton is not None


def interpreter_requested() -> bool:
    """Whether the environment asks for Triton's CPU interpreter now."""
    return os.environ.get("TRITON_INTERPRET", "0").strip().lower() in ("1", "true", "on", "yes")


def imported_for_interpreter() -> bool:
    """Whether Triton was imported for its interpreter (``TRITON_INTERPRET=1`` set before ``import triton``)."""
    return triton is not None and isinstance(tl.sum, InterpretedFunction)


def interpreter_enabled() -> bool:
    """Whether kernels can run under the interpreter now: Triton was imported for it and the variable still
    holds (Triton also reads it while interpreting)."""
    return imported_for_interpreter() and interpreter_requested()


class TritonKernel:
    """A ``@triton.jit`` kernel jitted at its first launch; launched as usual, ``kernel[grid](*args)``."""

    def __init__(self, fn):
        self.fn = fn
        self._jitted = None
        functools.update_wrapper(self, fn)

    @property
    def jitted(self):
        if self._jitted is None:
            if triton is None:
                raise ImportError(f"{self.fn.__name__} needs Triton: pip install 'codelm[kernels]'")
            # The kernel must run in the mode triton.language's helpers were built for.
            self._jitted = InterpretedFunction(self.fn) if imported_for_interpreter() else triton.jit(self.fn)
        return self._jitted

    def __getitem__(self, grid):
        return self.jitted[grid]


def triton_kernel(fn) -> TritonKernel:
    return TritonKernel(fn)


def cdiv(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def next_power_of_2(n: int) -> int:
    return 1 << max(n - 1, 0).bit_length()


def block_settings(n_cols: int) -> tuple[int, int]:
    """``(BLOCK_SIZE, num_warps)`` for a program that holds a whole row of ``n_cols`` in registers.

    The warp counts are Liger-Kernel's (``calculate_settings``): more warps for wider rows so each
    thread keeps few elements.
    """
    block_size = next_power_of_2(n_cols)
    if block_size > MAX_FUSED_SIZE:
        raise ValueError(f"rows of {n_cols} elements exceed the {MAX_FUSED_SIZE} one kernel program holds")
    num_warps = 4
    if block_size >= 32768:
        num_warps = 32
    elif block_size >= 8192:
        num_warps = 16
    elif block_size >= 2048:
        num_warps = 8
    return block_size, num_warps


def as_rows(x: torch.Tensor) -> torch.Tensor:
    """``x`` as a 2-D ``(rows, last_dim)`` view with unit column stride; copies only when no such view exists.

    Kernels take the row stride as an argument, so views such as one half of a ``[gate | up]``
    projection are read in place.
    """
    rows = x.reshape(-1, x.shape[-1])
    if rows.shape[1] > 1 and rows.stride(1) != 1:
        rows = rows.contiguous()
    return rows


# Backward programs per streaming multiprocessor for the norms' weight-gradient partials.
PROGRAMS_PER_SM = 1


def num_partial_programs(device: torch.device, n_rows: int) -> int:
    """How many programs a backward pass splits rows over, each summing its own weight-gradient partial.

    ``PROGRAMS_PER_SM`` per streaming multiprocessor on a GPU. Under the interpreter programs run one
    after another, so the count only has to be more than one for the partial sums to be exercised.
    """
    if device.type == "cuda":
        programs = PROGRAMS_PER_SM * torch.cuda.get_device_properties(device).multi_processor_count
    else:
        programs = 4
    return max(1, min(programs, n_rows))
