"""SwiGLU activation, ``silu(gate) · up``, forward and backward.

As in Liger-Kernel, the sigmoid runs in fp32 and ``silu(gate)`` is rounded to the input dtype
before the product (what torch's ``F.silu(gate) * up`` does in bf16), and the backward pass
recomputes ``silu`` instead of storing it: one activation-sized tensor less per layer. ``gate``
and ``up`` are usually the two halves of one ``[gate | up]`` projection; they are read through
their row strides, without a copy.
"""

from __future__ import annotations

import torch

from codelm.kernels.dispatch import use_triton
from codelm.kernels.utils import as_rows, cdiv, tl, triton_kernel

# Columns per program: elementwise work needs no whole row in registers.
BLOCK_SIZE = 1024


@triton_kernel
def _swiglu_fwd_kernel(GATE, gate_row_stride, UP, up_row_stride, OUT, n_cols, BLOCK_SIZE: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    cols = tl.program_id(1) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = cols < n_cols
    gate = tl.load(GATE + row * gate_row_stride + cols, mask=mask, other=0.0)
    up = tl.load(UP + row * up_row_stride + cols, mask=mask, other=0.0)
    gate_fp32 = gate.to(tl.float32)
    # silu rounded to the input dtype, the product in fp32 rounded once at the store: torch's
    # `F.silu(gate) * up` in bf16, independent of how a backend multiplies bf16 values.
    silu = (gate_fp32 * tl.sigmoid(gate_fp32)).to(gate.dtype).to(tl.float32)
    tl.store(OUT + row * n_cols + cols, (silu * up.to(tl.float32)).to(OUT.dtype.element_ty), mask=mask)


@triton_kernel
def _swiglu_bwd_kernel(
    GRAD_OUT,
    grad_out_row_stride,
    GATE,
    gate_row_stride,
    UP,
    up_row_stride,
    GRAD_GATE,
    GRAD_UP,
    n_cols,
    BLOCK_SIZE: tl.constexpr,
):
    row = tl.program_id(0).to(tl.int64)
    cols = tl.program_id(1) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = cols < n_cols
    grad_out = tl.load(GRAD_OUT + row * grad_out_row_stride + cols, mask=mask, other=0.0).to(tl.float32)
    gate = tl.load(GATE + row * gate_row_stride + cols, mask=mask, other=0.0).to(tl.float32)
    up = tl.load(UP + row * up_row_stride + cols, mask=mask, other=0.0).to(tl.float32)
    sigmoid = tl.sigmoid(gate)
    silu = gate * sigmoid
    # silu'(g) = σ(g)·(1 + g·(1 - σ(g)))
    grad_gate = grad_out * up * sigmoid * (1.0 + gate * (1.0 - sigmoid))
    grad_up = grad_out * silu
    tl.store(GRAD_GATE + row * n_cols + cols, grad_gate.to(GRAD_GATE.dtype.element_ty), mask=mask)
    tl.store(GRAD_UP + row * n_cols + cols, grad_up.to(GRAD_UP.dtype.element_ty), mask=mask)


def swiglu_forward(gate: torch.Tensor, up: torch.Tensor) -> torch.Tensor:
    gate_rows, up_rows = as_rows(gate), as_rows(up)
    n_rows, n_cols = gate_rows.shape
    out = torch.empty((n_rows, n_cols), dtype=torch.result_type(gate, up), device=gate.device)
    grid = (n_rows, cdiv(n_cols, BLOCK_SIZE))
    _swiglu_fwd_kernel[grid](
        gate_rows, gate_rows.stride(0), up_rows, up_rows.stride(0), out, n_cols, BLOCK_SIZE=BLOCK_SIZE
    )
    return out.view(gate.shape)


def swiglu_backward(grad_out: torch.Tensor, gate: torch.Tensor, up: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    grad_out_rows, gate_rows, up_rows = as_rows(grad_out), as_rows(gate), as_rows(up)
    n_rows, n_cols = gate_rows.shape
    grad_gate = torch.empty((n_rows, n_cols), dtype=gate.dtype, device=gate.device)
    grad_up = torch.empty((n_rows, n_cols), dtype=up.dtype, device=up.device)
    grid = (n_rows, cdiv(n_cols, BLOCK_SIZE))
    _swiglu_bwd_kernel[grid](
        grad_out_rows,
        grad_out_rows.stride(0),
        gate_rows,
        gate_rows.stride(0),
        up_rows,
        up_rows.stride(0),
        grad_gate,
        grad_up,
        n_cols,
        BLOCK_SIZE=BLOCK_SIZE,
    )
    return grad_gate.view(gate.shape), grad_up.view(up.shape)


class SwiGLUFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, gate, up):
        ctx.save_for_backward(gate, up)
        return swiglu_forward(gate, up)

    @staticmethod
    def backward(ctx, grad_out):
        gate, up = ctx.saved_tensors
        return swiglu_backward(grad_out, gate, up)


def swiglu_reference(gate: torch.Tensor, up: torch.Tensor) -> torch.Tensor:
    return torch.nn.functional.silu(gate) * up


def swiglu(gate: torch.Tensor, up: torch.Tensor) -> torch.Tensor:
    """``silu(gate) · up`` elementwise; ``gate`` and ``up`` have the same shape (..., intermediate)."""
    if gate.shape != up.shape:
        raise ValueError(f"swiglu gate {tuple(gate.shape)} and up {tuple(up.shape)} differ in shape")
    if use_triton(gate):
        return SwiGLUFunction.apply(gate, up)
    return swiglu_reference(gate, up)
