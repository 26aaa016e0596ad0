"""LayerNorm, ``y = (x - mean) / sqrt(var + eps) · weight + bias`` (bias optional), and a fused residual-add variant.

Statistics and the affine map run in fp32 and are rounded once to the input dtype, as torch's
``layer_norm`` does. The residual variant adds ``x + residual`` in the input's dtype first and
returns that sum for the next block's residual stream.
"""

from __future__ import annotations

import torch

from codelm.kernels.dispatch import use_triton
from codelm.kernels.utils import as_rows, block_settings, num_partial_programs, tl, triton_kernel


@triton_kernel
def _layernorm_fwd_kernel(
    X,
    x_row_stride,
    RESIDUAL,
    residual_row_stride,
    SUM,
    Y,
    W,
    B,
    MEAN,
    RSTD,
    n_cols,
    eps,
    HAS_RESIDUAL: tl.constexpr,
    HAS_BIAS: tl.constexpr,
    BLOCK_SIZE: tl.constexpr,
):
    row = tl.program_id(0).to(tl.int64)
    cols = tl.arange(0, BLOCK_SIZE)
    mask = cols < n_cols
    x = tl.load(X + row * x_row_stride + cols, mask=mask, other=0.0)
    if HAS_RESIDUAL:
        residual = tl.load(RESIDUAL + row * residual_row_stride + cols, mask=mask, other=0.0)
        x = (x.to(tl.float32) + residual.to(tl.float32)).to(SUM.dtype.element_ty)
        tl.store(SUM + row * n_cols + cols, x, mask=mask)
    x = x.to(tl.float32)
    mean = tl.sum(x, axis=0) / n_cols
    # One correction step: the rounding error of the first sum, recovered from the small residuals,
    # matters when the row's offset dwarfs its spread (residual streams of deep models).
    mean += tl.sum(tl.where(mask, x - mean, 0.0), axis=0) / n_cols
    centred = tl.where(mask, x - mean, 0.0)
    rstd = tl.rsqrt(tl.sum(centred * centred, axis=0) / n_cols + eps)
    tl.store(MEAN + row, mean)
    tl.store(RSTD + row, rstd)
    y = centred * rstd * tl.load(W + cols, mask=mask, other=0.0).to(tl.float32)
    if HAS_BIAS:
        y += tl.load(B + cols, mask=mask, other=0.0).to(tl.float32)
    tl.store(Y + row * n_cols + cols, y.to(Y.dtype.element_ty), mask=mask)


@triton_kernel
def _layernorm_bwd_kernel(
    GRAD_Y,
    grad_y_row_stride,
    GRAD_SUM,
    grad_sum_row_stride,
    X,
    x_row_stride,
    W,
    MEAN,
    RSTD,
    GRAD_X,
    GRAD_W_PARTIAL,
    GRAD_B_PARTIAL,
    n_rows,
    n_cols,
    HAS_GRAD_SUM: tl.constexpr,
    HAS_BIAS: tl.constexpr,
    BLOCK_SIZE: tl.constexpr,
):
    # Each program takes every num_programs-th row and keeps its own fp32 sums of the weight and bias gradients.
    program = tl.program_id(0)
    num_programs = tl.num_programs(0)
    cols = tl.arange(0, BLOCK_SIZE)
    mask = cols < n_cols
    w = tl.load(W + cols, mask=mask, other=0.0).to(tl.float32)
    grad_w = tl.zeros((BLOCK_SIZE,), dtype=tl.float32)
    grad_b = tl.zeros((BLOCK_SIZE,), dtype=tl.float32)
    for row in range(program, n_rows, num_programs):
        row64 = tl.cast(row, tl.int64)
        grad_y = tl.load(GRAD_Y + row64 * grad_y_row_stride + cols, mask=mask, other=0.0).to(tl.float32)
        x = tl.load(X + row64 * x_row_stride + cols, mask=mask, other=0.0).to(tl.float32)
        mean = tl.load(MEAN + row64)
        rstd = tl.load(RSTD + row64)
        x_hat = tl.where(mask, (x - mean) * rstd, 0.0)
        grad_x_hat = grad_y * w
        # d/dx of (x - mean)·rstd: rstd·(g - mean(g) - x̂·mean(g·x̂)), means over the row's true width.
        mean_grad = tl.sum(grad_x_hat, axis=0) / n_cols
        mean_grad_x_hat = tl.sum(grad_x_hat * x_hat, axis=0) / n_cols
        grad_x = rstd * (grad_x_hat - mean_grad - x_hat * mean_grad_x_hat)
        if HAS_GRAD_SUM:
            grad_x += tl.load(GRAD_SUM + row64 * grad_sum_row_stride + cols, mask=mask, other=0.0).to(tl.float32)
        tl.store(GRAD_X + row64 * n_cols + cols, grad_x.to(GRAD_X.dtype.element_ty), mask=mask)
        grad_w += grad_y * x_hat
        if HAS_BIAS:
            grad_b += grad_y
    tl.store(GRAD_W_PARTIAL + program * n_cols + cols, grad_w, mask=mask)
    if HAS_BIAS:
        tl.store(GRAD_B_PARTIAL + program * n_cols + cols, grad_b, mask=mask)


def layernorm_forward(
    x: torch.Tensor, residual: torch.Tensor | None, weight: torch.Tensor, bias: torch.Tensor | None, eps: float
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """``(y, normalised input, mean, rstd)``: the normalised input is ``x + residual`` when a residual is given."""
    shape = x.shape
    x_rows = as_rows(x)
    n_rows, n_cols = x_rows.shape
    block_size, num_warps = block_settings(n_cols)
    y = torch.empty((n_rows, n_cols), dtype=x.dtype, device=x.device)
    mean = torch.empty(n_rows, dtype=torch.float32, device=x.device)
    rstd = torch.empty(n_rows, dtype=torch.float32, device=x.device)
    if residual is not None:
        residual_rows = as_rows(residual)
        summed = torch.empty((n_rows, n_cols), dtype=x.dtype, device=x.device)
    else:
        residual_rows, summed = None, None
    _layernorm_fwd_kernel[(n_rows,)](
        x_rows,
        x_rows.stride(0),
        residual_rows,
        residual_rows.stride(0) if residual is not None else 0,
        summed,
        y,
        weight,
        bias,
        mean,
        rstd,
        n_cols,
        eps,
        HAS_RESIDUAL=residual is not None,
        HAS_BIAS=bias is not None,
        BLOCK_SIZE=block_size,
        num_warps=num_warps,
    )
    normalised = summed if residual is not None else x_rows
    return y.view(shape), normalised, mean, rstd


def layernorm_backward(
    grad_y: torch.Tensor,
    grad_sum: torch.Tensor | None,
    normalised: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor | None,
    mean: torch.Tensor,
    rstd: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]:
    """``(grad_x, grad_weight, grad_bias)``; ``grad_x`` includes ``grad_sum``, the gradient of the returned sum."""
    shape = grad_y.shape
    grad_y_rows = as_rows(grad_y)
    grad_sum_rows = as_rows(grad_sum) if grad_sum is not None else None
    n_rows, n_cols = normalised.shape
    block_size, num_warps = block_settings(n_cols)
    programs = num_partial_programs(normalised.device, n_rows)
    grad_x = torch.empty((n_rows, n_cols), dtype=normalised.dtype, device=normalised.device)
    grad_w_partial = torch.empty((programs, n_cols), dtype=torch.float32, device=normalised.device)
    grad_b_partial = torch.empty_like(grad_w_partial) if bias is not None else None
    _layernorm_bwd_kernel[(programs,)](
        grad_y_rows,
        grad_y_rows.stride(0),
        grad_sum_rows,
        grad_sum_rows.stride(0) if grad_sum is not None else 0,
        normalised,
        normalised.stride(0),
        weight,
        mean,
        rstd,
        grad_x,
        grad_w_partial,
        grad_b_partial,
        n_rows,
        n_cols,
        HAS_GRAD_SUM=grad_sum is not None,
        HAS_BIAS=bias is not None,
        BLOCK_SIZE=block_size,
        num_warps=num_warps,
    )
    grad_bias = grad_b_partial.sum(0).to(bias.dtype) if bias is not None else None
    return grad_x.view(shape), grad_w_partial.sum(0).to(weight.dtype), grad_bias


class LayerNormFunction(torch.autograd.Function):
    """LayerNorm through the Triton kernels; with a residual, returns ``(normed, x + residual)``."""

    @staticmethod
    def forward(ctx, x, residual, weight, bias, eps):
        y, normalised, mean, rstd = layernorm_forward(x, residual, weight, bias, eps)
        ctx.save_for_backward(normalised, weight, bias, mean, rstd)
        ctx.has_residual = residual is not None
        if residual is None:
            return y
        return y, normalised.view(x.shape)

    @staticmethod
    def backward(ctx, grad_y, grad_sum=None):
        normalised, weight, bias, mean, rstd = ctx.saved_tensors
        grad_x, grad_weight, grad_bias = layernorm_backward(grad_y, grad_sum, normalised, weight, bias, mean, rstd)
        return grad_x, grad_x if ctx.has_residual else None, grad_weight, grad_bias, None


def layernorm_reference(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, eps: float) -> torch.Tensor:
    return torch.nn.functional.layer_norm(x, (x.shape[-1],), weight, bias, eps)


def layernorm_residual_reference(
    x: torch.Tensor, residual: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, eps: float
) -> tuple[torch.Tensor, torch.Tensor]:
    summed = x + residual
    return layernorm_reference(summed, weight, bias, eps), summed


def _check(x, weight, bias, residual=None) -> None:
    for name, param in (("weight", weight), ("bias", bias)):
        if param is not None and param.shape != (x.shape[-1],):
            raise ValueError(f"layernorm {name} has shape {tuple(param.shape)}, expected ({x.shape[-1]},)")
    if residual is not None and residual.shape != x.shape:
        raise ValueError(f"residual has shape {tuple(residual.shape)}, x has {tuple(x.shape)}")


def layernorm(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, eps: float = 1e-5) -> torch.Tensor:
    """LayerNorm over the last dimension of ``x`` (..., hidden); ``bias`` may be None."""
    _check(x, weight, bias)
    if use_triton(x):
        return LayerNormFunction.apply(x, None, weight, bias, eps)
    return layernorm_reference(x, weight, bias, eps)


def layernorm_residual(
    x: torch.Tensor, residual: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, eps: float = 1e-5
) -> tuple[torch.Tensor, torch.Tensor]:
    """``(layernorm(x + residual), x + residual)`` in one pass over the hidden states."""
    _check(x, weight, bias, residual)
    if use_triton(x):
        return LayerNormFunction.apply(x, residual, weight, bias, eps)
    return layernorm_residual_reference(x, residual, weight, bias, eps)
