"""RMSNorm, ``y = x / sqrt(mean(x²) + eps) · weight``, and its fused residual-add variant.

Numerics follow Llama (transformers' ``LlamaRMSNorm``, Liger-Kernel's "llama" casting mode): the
normalisation runs in fp32, is rounded to the input's dtype, then multiplied by the weight. The
residual variant adds ``x + residual`` in the input's dtype first (as torch would), returns the sum
for the next block's residual stream and normalises that same rounded sum, saving one read and
one write of the hidden states per block.
"""

from __future__ import annotations

import torch

from codelm.kernels.dispatch import use_triton
from codelm.kernels.utils import as_rows, block_settings, num_partial_programs, tl, triton_kernel


@triton_kernel
def _rmsnorm_fwd_kernel(
    X,
    x_row_stride,
    RESIDUAL,
    residual_row_stride,
    SUM,
    Y,
    W,
    RSTD,
    n_cols,
    eps,
    HAS_RESIDUAL: tl.constexpr,
    BLOCK_SIZE: tl.constexpr,
):
    row = tl.program_id(0).to(tl.int64)
    cols = tl.arange(0, BLOCK_SIZE)
    mask = cols < n_cols
    x = tl.load(X + row * x_row_stride + cols, mask=mask, other=0.0)
    if HAS_RESIDUAL:
        residual = tl.load(RESIDUAL + row * residual_row_stride + cols, mask=mask, other=0.0)
        # Rounded to the input dtype before normalising, so the normed value and the returned sum agree.
        x = (x.to(tl.float32) + residual.to(tl.float32)).to(SUM.dtype.element_ty)
        tl.store(SUM + row * n_cols + cols, x, mask=mask)
    x_fp32 = x.to(tl.float32)
    rstd = tl.rsqrt(tl.sum(x_fp32 * x_fp32, axis=0) / n_cols + eps)
    tl.store(RSTD + row, rstd)
    w = tl.load(W + cols, mask=mask, other=0.0).to(tl.float32)
    # Rounded to the input dtype before the weight (Llama), the product in fp32 and rounded once at the
    # store: what torch does for `normed.to(dtype) * weight`, whatever the backend does with bf16 math.
    y = (x_fp32 * rstd).to(x.dtype).to(tl.float32) * w
    tl.store(Y + row * n_cols + cols, y.to(Y.dtype.element_ty), mask=mask)


@triton_kernel
def _rmsnorm_bwd_kernel(
    GRAD_Y,
    grad_y_row_stride,
    GRAD_SUM,
    grad_sum_row_stride,
    X,
    x_row_stride,
    W,
    RSTD,
    GRAD_X,
    GRAD_W_PARTIAL,
    n_rows,
    n_cols,
    HAS_GRAD_SUM: tl.constexpr,
    BLOCK_SIZE: tl.constexpr,
):
    # Each program takes every num_programs-th row and keeps its own fp32 sum of the weight gradient.
    program = tl.program_id(0)
    num_programs = tl.num_programs(0)
    cols = tl.arange(0, BLOCK_SIZE)
    mask = cols < n_cols
    w = tl.load(W + cols, mask=mask, other=0.0).to(tl.float32)
    grad_w = tl.zeros((BLOCK_SIZE,), dtype=tl.float32)
    for row in range(program, n_rows, num_programs):
        row64 = tl.cast(row, tl.int64)
        grad_y = tl.load(GRAD_Y + row64 * grad_y_row_stride + cols, mask=mask, other=0.0).to(tl.float32)
        x = tl.load(X + row64 * x_row_stride + cols, mask=mask, other=0.0)
        rstd = tl.load(RSTD + row64)
        x_hat = x.to(tl.float32) * rstd
        grad_x_hat = grad_y * w
        # d/dx of x·rstd: rstd·(g - x̂·mean(g·x̂)), the mean over the row's true width.
        grad_x = rstd * (grad_x_hat - x_hat * (tl.sum(grad_x_hat * x_hat, axis=0) / n_cols))
        if HAS_GRAD_SUM:
            grad_x += tl.load(GRAD_SUM + row64 * grad_sum_row_stride + cols, mask=mask, other=0.0).to(tl.float32)
        tl.store(GRAD_X + row64 * n_cols + cols, grad_x.to(GRAD_X.dtype.element_ty), mask=mask)
        # The weight multiplied x̂ rounded to the input dtype in the forward pass.
        grad_w += grad_y * x_hat.to(x.dtype).to(tl.float32)
    tl.store(GRAD_W_PARTIAL + program * n_cols + cols, grad_w, mask=mask)


def rmsnorm_forward(
    x: torch.Tensor, residual: torch.Tensor | None, weight: torch.Tensor, eps: float
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """``(y, normalised input, rstd)``: the normalised input is ``x + residual`` when a residual is given."""
    shape = x.shape
    x_rows = as_rows(x)
    n_rows, n_cols = x_rows.shape
    block_size, num_warps = block_settings(n_cols)
    y = torch.empty((n_rows, n_cols), dtype=torch.result_type(x, weight), device=x.device)
    rstd = torch.empty(n_rows, dtype=torch.float32, device=x.device)
    if residual is not None:
        residual_rows = as_rows(residual)
        summed = torch.empty((n_rows, n_cols), dtype=x.dtype, device=x.device)
    else:
        residual_rows, summed = None, None
    _rmsnorm_fwd_kernel[(n_rows,)](
        x_rows,
        x_rows.stride(0),
        residual_rows,
        residual_rows.stride(0) if residual is not None else 0,
        summed,
        y,
        weight,
        rstd,
        n_cols,
        eps,
        HAS_RESIDUAL=residual is not None,
        BLOCK_SIZE=block_size,
        num_warps=num_warps,
    )
    normalised = summed if residual is not None else x_rows
    return y.view(shape), normalised, rstd


def rmsnorm_backward(
    grad_y: torch.Tensor,
    grad_sum: torch.Tensor | None,
    normalised: torch.Tensor,
    weight: torch.Tensor,
    rstd: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor]:
    """``(grad_x, grad_weight)``; ``grad_x`` includes ``grad_sum``, the gradient reaching the returned sum."""
    shape = grad_y.shape
    grad_y_rows = as_rows(grad_y)
    grad_sum_rows = as_rows(grad_sum) if grad_sum is not None else None
    n_rows, n_cols = normalised.shape
    block_size, num_warps = block_settings(n_cols)
    programs = num_partial_programs(normalised.device, n_rows)
    grad_x = torch.empty((n_rows, n_cols), dtype=normalised.dtype, device=normalised.device)
    grad_w_partial = torch.empty((programs, n_cols), dtype=torch.float32, device=normalised.device)
    _rmsnorm_bwd_kernel[(programs,)](
        grad_y_rows,
        grad_y_rows.stride(0),
        grad_sum_rows,
        grad_sum_rows.stride(0) if grad_sum is not None else 0,
        normalised,
        normalised.stride(0),
        weight,
        rstd,
        grad_x,
        grad_w_partial,
        n_rows,
        n_cols,
        HAS_GRAD_SUM=grad_sum is not None,
        BLOCK_SIZE=block_size,
        num_warps=num_warps,
    )
    return grad_x.view(shape), grad_w_partial.sum(0).to(weight.dtype)


class RMSNormFunction(torch.autograd.Function):
    """RMSNorm through the Triton kernels; with a residual, returns ``(normed, x + residual)``."""

    @staticmethod
    def forward(ctx, x, residual, weight, eps):
        y, normalised, rstd = rmsnorm_forward(x, residual, weight, eps)
        ctx.save_for_backward(normalised, weight, rstd)
        ctx.has_residual = residual is not None
        if residual is None:
            return y
        return y, normalised.view(x.shape)

    @staticmethod
    def backward(ctx, grad_y, grad_sum=None):
        normalised, weight, rstd = ctx.saved_tensors
        grad_x, grad_weight = rmsnorm_backward(grad_y, grad_sum, normalised, weight, rstd)
        return grad_x, grad_x if ctx.has_residual else None, grad_weight, None


def rmsnorm_reference(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    return torch.nn.functional.rms_norm(x.float(), (x.shape[-1],), eps=eps).to(x.dtype) * weight


def rmsnorm_residual_reference(
    x: torch.Tensor, residual: torch.Tensor, weight: torch.Tensor, eps: float
) -> tuple[torch.Tensor, torch.Tensor]:
    summed = x + residual
    return rmsnorm_reference(summed, weight, eps), summed


def _check(x: torch.Tensor, weight: torch.Tensor, residual: torch.Tensor | None = None) -> None:
    if weight.shape != (x.shape[-1],):
        raise ValueError(f"rmsnorm weight has shape {tuple(weight.shape)}, expected ({x.shape[-1]},)")
    if residual is not None and residual.shape != x.shape:
        raise ValueError(f"residual has shape {tuple(residual.shape)}, x has {tuple(x.shape)}")


def rmsnorm(x: torch.Tensor, weight: torch.Tensor, eps: float = 1e-6) -> torch.Tensor:
    """RMSNorm over the last dimension of ``x`` (..., hidden)."""
    _check(x, weight)
    if use_triton(x):
        return RMSNormFunction.apply(x, None, weight, eps)
    return rmsnorm_reference(x, weight, eps)


def rmsnorm_residual(
    x: torch.Tensor, residual: torch.Tensor, weight: torch.Tensor, eps: float = 1e-6
) -> tuple[torch.Tensor, torch.Tensor]:
    """``(rmsnorm(x + residual), x + residual)`` in one pass over the hidden states."""
    _check(x, weight, residual)
    if use_triton(x):
        return RMSNormFunction.apply(x, residual, weight, eps)
    return rmsnorm_residual_reference(x, residual, weight, eps)
