"""GELU with the tanh approximation, ``0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))``, forward and backward.

GPT-2, SantaCoder, StarCoder and StarCoder2 use this form (``gelu_pytorch_tanh``). The kernel
uses the identity ``0.5·(1 + tanh(z)) = sigmoid(2z)``, exact and free of the cancellation that
``1 + tanh(z)`` suffers for large negative ``z``, and with ``tl.sigmoid`` on every backend (the
interpreter included). Math runs in fp32; the backward pass recomputes from ``x``.
"""

from __future__ import annotations

import math

import torch

from codelm.kernels.dispatch import use_triton
from codelm.kernels.utils import cdiv, tl, triton_kernel

# Elements per program.
BLOCK_SIZE = 1024
SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
CUBIC_COEFFICIENT = 0.044715


@triton_kernel
def _gelu_fwd_kernel(X, Y, n_elements, sqrt_2_over_pi, cubic, BLOCK_SIZE: tl.constexpr):
    offsets = tl.program_id(0).to(tl.int64) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = offsets < n_elements
    x = tl.load(X + offsets, mask=mask, other=0.0).to(tl.float32)
    inner = sqrt_2_over_pi * (x + cubic * x * x * x)
    tl.store(Y + offsets, (x * tl.sigmoid(2.0 * inner)).to(Y.dtype.element_ty), mask=mask)


@triton_kernel
def _gelu_bwd_kernel(GRAD_Y, X, GRAD_X, n_elements, sqrt_2_over_pi, cubic, BLOCK_SIZE: tl.constexpr):
    offsets = tl.program_id(0).to(tl.int64) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = offsets < n_elements
    grad_y = tl.load(GRAD_Y + offsets, mask=mask, other=0.0).to(tl.float32)
    x = tl.load(X + offsets, mask=mask, other=0.0).to(tl.float32)
    inner = sqrt_2_over_pi * (x + cubic * x * x * x)
    # σ(2z) and 1 - σ(2z) = σ(-2z) from one exponential, t = e^(-2|z|) in (0, 1]: σ(2|z|) = 1/(1 + t) and
    # σ(-2|z|) = t/(1 + t). The complement is never formed by subtraction, which would lose the digits
    # that x·z' (up to ~40) magnifies.
    t = tl.exp(-2.0 * tl.abs(inner))
    larger = 1.0 / (1.0 + t)
    smaller = t * larger
    positive = inner >= 0.0
    gate = tl.where(positive, larger, smaller)
    gate_complement = tl.where(positive, smaller, larger)
    # d/dx x·σ(2z) = σ(2z) + x·2σ(2z)(1 - σ(2z))·z', z' = √(2/π)(1 + 3·0.044715·x²)
    inner_slope = sqrt_2_over_pi * (1.0 + 3.0 * cubic * x * x)
    grad_x = grad_y * (gate + 2.0 * x * gate * gate_complement * inner_slope)
    tl.store(GRAD_X + offsets, grad_x.to(GRAD_X.dtype.element_ty), mask=mask)


def gelu_forward(x: torch.Tensor) -> torch.Tensor:
    x = x.contiguous()
    y = torch.empty_like(x)
    n_elements = x.numel()
    _gelu_fwd_kernel[(cdiv(n_elements, BLOCK_SIZE),)](
        x, y, n_elements, SQRT_2_OVER_PI, CUBIC_COEFFICIENT, BLOCK_SIZE=BLOCK_SIZE
    )
    return y


def gelu_backward(grad_y: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    grad_y = grad_y.contiguous()
    grad_x = torch.empty_like(x)
    n_elements = x.numel()
    _gelu_bwd_kernel[(cdiv(n_elements, BLOCK_SIZE),)](
        grad_y, x, grad_x, n_elements, SQRT_2_OVER_PI, CUBIC_COEFFICIENT, BLOCK_SIZE=BLOCK_SIZE
    )
    return grad_x


class GELUTanhFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x = x.contiguous()
        ctx.save_for_backward(x)
        return gelu_forward(x)

    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return gelu_backward(grad_y, x)


def gelu_tanh_reference(x: torch.Tensor) -> torch.Tensor:
    return torch.nn.functional.gelu(x, approximate="tanh")


def gelu_tanh(x: torch.Tensor) -> torch.Tensor:
    """GELU (tanh approximation) elementwise."""
    if use_triton(x):
        return GELUTanhFunction.apply(x)
    return gelu_tanh_reference(x)
