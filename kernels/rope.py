"""Rotary position embeddings applied to queries and keys in one kernel, forward and backward.

Convention: transformers' Llama (``rotate_half``): the head dimension splits into halves
``(x1, x2)`` rotated by angle ``position · θ^(-2i/head_dim)`` for ``i < head_dim/2``, giving
``(x1·cos - x2·sin, x2·cos + x1·sin)``. Angles come from ``position_ids``, which restart at 0 at
each document of a packed row, and are computed in fp32: the inverse frequencies exactly as
transformers computes them, their product with the position in the kernel, so no
``(batch, seq, head_dim)`` cos/sin tables are materialised. The backward pass is the same
rotation by the opposite angle.

One program handles one token: all its query heads and all its key heads (grouped-query and
multi-query attention have fewer) share that token's cos and sin. Inputs are read through their
strides, so q and k may be views into a fused qkv projection; outputs are new contiguous tensors.
As the backward pass is the forward rotation by the opposite angle, one kernel (``_rope_kernel``,
``REVERSE`` selecting the direction) serves both passes, as in Liger-Kernel's RoPE.
"""

from __future__ import annotations

import torch

from codelm.kernels.dispatch import use_triton
from codelm.kernels.utils import next_power_of_2, tl, triton_kernel


@triton_kernel
def _rope_kernel(
    Q,
    q_batch_stride,
    q_seq_stride,
    q_head_stride,
    K,
    k_batch_stride,
    k_seq_stride,
    k_head_stride,
    Q_OUT,
    K_OUT,
    POSITIONS,
    positions_batch_stride,
    positions_seq_stride,
    INV_FREQ,
    seq_len,
    n_q_heads,
    n_k_heads,
    half_dim,
    BLOCK_Q_HEADS: tl.constexpr,
    BLOCK_K_HEADS: tl.constexpr,
    BLOCK_HALF: tl.constexpr,
    REVERSE: tl.constexpr,
):
    token = tl.program_id(0).to(tl.int64)
    batch = token // seq_len
    seq = token % seq_len
    dims = tl.arange(0, BLOCK_HALF)
    dims_mask = dims < half_dim
    position = tl.load(POSITIONS + batch * positions_batch_stride + seq * positions_seq_stride).to(tl.float32)
    angle = position * tl.load(INV_FREQ + dims, mask=dims_mask, other=0.0)
    cos = tl.cos(angle)[None, :]
    sin = tl.sin(angle)[None, :]
    if REVERSE:
        # The gradient of a rotation is the rotation by the opposite angle.
        sin = -sin
    head_dim = 2 * half_dim

    q_heads = tl.arange(0, BLOCK_Q_HEADS)[:, None]
    q_mask = (q_heads < n_q_heads) & dims_mask[None, :]
    q_in = Q + batch * q_batch_stride + seq * q_seq_stride + q_heads * q_head_stride + dims[None, :]
    q_out = Q_OUT + token * n_q_heads * head_dim + q_heads * head_dim + dims[None, :]
    q1 = tl.load(q_in, mask=q_mask, other=0.0).to(tl.float32)
    q2 = tl.load(q_in + half_dim, mask=q_mask, other=0.0).to(tl.float32)
    tl.store(q_out, (q1 * cos - q2 * sin).to(Q_OUT.dtype.element_ty), mask=q_mask)
    tl.store(q_out + half_dim, (q2 * cos + q1 * sin).to(Q_OUT.dtype.element_ty), mask=q_mask)

    k_heads = tl.arange(0, BLOCK_K_HEADS)[:, None]
    k_mask = (k_heads < n_k_heads) & dims_mask[None, :]
    k_in = K + batch * k_batch_stride + seq * k_seq_stride + k_heads * k_head_stride + dims[None, :]
    k_out = K_OUT + token * n_k_heads * head_dim + k_heads * head_dim + dims[None, :]
    k1 = tl.load(k_in, mask=k_mask, other=0.0).to(tl.float32)
    k2 = tl.load(k_in + half_dim, mask=k_mask, other=0.0).to(tl.float32)
    tl.store(k_out, (k1 * cos - k2 * sin).to(K_OUT.dtype.element_ty), mask=k_mask)
    tl.store(k_out + half_dim, (k2 * cos + k1 * sin).to(K_OUT.dtype.element_ty), mask=k_mask)


def inverse_frequencies(head_dim: int, theta: float, device: torch.device) -> torch.Tensor:
    """``θ^(-2i/head_dim)`` for ``i < head_dim/2`` in fp32, computed as transformers' Llama does."""
    exponents = torch.arange(0, head_dim, 2, dtype=torch.int64, device=device).float() / head_dim
    return 1.0 / (theta**exponents)


def _rotate(q, k, position_ids, inv_freq, reverse: bool) -> tuple[torch.Tensor, torch.Tensor]:
    batch, seq_len, n_q_heads, head_dim = q.shape
    n_k_heads = k.shape[2]
    # The kernel indexes the last dimension with unit stride; projections' views already have it.
    q = q if q.stride(-1) == 1 else q.contiguous()
    k = k if k.stride(-1) == 1 else k.contiguous()
    q_out = torch.empty((batch, seq_len, n_q_heads, head_dim), dtype=q.dtype, device=q.device)
    k_out = torch.empty((batch, seq_len, n_k_heads, head_dim), dtype=k.dtype, device=k.device)
    half_dim = head_dim // 2
    block_q_heads, block_k_heads = next_power_of_2(n_q_heads), next_power_of_2(n_k_heads)
    num_warps = 8 if block_q_heads * next_power_of_2(half_dim) >= 4096 else 4
    _rope_kernel[(batch * seq_len,)](
        q,
        q.stride(0),
        q.stride(1),
        q.stride(2),
        k,
        k.stride(0),
        k.stride(1),
        k.stride(2),
        q_out,
        k_out,
        position_ids,
        position_ids.stride(0),
        position_ids.stride(1),
        inv_freq,
        seq_len,
        n_q_heads,
        n_k_heads,
        half_dim,
        BLOCK_Q_HEADS=block_q_heads,
        BLOCK_K_HEADS=block_k_heads,
        BLOCK_HALF=next_power_of_2(half_dim),
        REVERSE=reverse,
        num_warps=num_warps,
    )
    return q_out, k_out


class RoPEFunction(torch.autograd.Function):
    """Rotary embeddings of q and k through the Triton kernel; gradients flow to q and k only."""

    @staticmethod
    def forward(ctx, q, k, position_ids, theta):
        inv_freq = inverse_frequencies(q.shape[-1], theta, q.device)
        ctx.save_for_backward(position_ids, inv_freq)
        return _rotate(q, k, position_ids, inv_freq, reverse=False)

    @staticmethod
    def backward(ctx, grad_q, grad_k):
        position_ids, inv_freq = ctx.saved_tensors
        grad_q, grad_k = _rotate(grad_q, grad_k, position_ids, inv_freq, reverse=True)
        return grad_q, grad_k, None, None


def rotate_half(x: torch.Tensor) -> torch.Tensor:
    first, second = x.chunk(2, dim=-1)
    return torch.cat([-second, first], dim=-1)


def apply_rope_reference(
    q: torch.Tensor, k: torch.Tensor, position_ids: torch.Tensor, theta: float
) -> tuple[torch.Tensor, torch.Tensor]:
    inv_freq = inverse_frequencies(q.shape[-1], theta, q.device)
    angles = position_ids[..., None].float() * inv_freq  # (batch, seq, head_dim / 2)
    angles = torch.cat([angles, angles], dim=-1)[:, :, None, :]  # (batch, seq, 1, head_dim)
    cos, sin = angles.cos(), angles.sin()
    q_rotated = q.float() * cos + rotate_half(q.float()) * sin
    k_rotated = k.float() * cos + rotate_half(k.float()) * sin
    return q_rotated.to(q.dtype), k_rotated.to(k.dtype)


def _check(q: torch.Tensor, k: torch.Tensor, position_ids: torch.Tensor) -> None:
    if q.dim() != 4 or k.dim() != 4:
        raise ValueError(f"q and k must be (batch, seq, heads, head_dim), got {tuple(q.shape)} and {tuple(k.shape)}")
    if q.shape[:2] != k.shape[:2] or q.shape[-1] != k.shape[-1]:
        raise ValueError(f"q {tuple(q.shape)} and k {tuple(k.shape)} differ in batch, seq or head_dim")
    if q.shape[-1] % 2:
        raise ValueError(f"rotary embeddings need an even head_dim, got {q.shape[-1]}")
    if position_ids.shape != q.shape[:2]:
        raise ValueError(f"position_ids has shape {tuple(position_ids.shape)}, expected {tuple(q.shape[:2])}")


def apply_rope(
    q: torch.Tensor, k: torch.Tensor, position_ids: torch.Tensor, theta: float = 10000.0
) -> tuple[torch.Tensor, torch.Tensor]:
    """Rotate q ``(batch, seq, heads, head_dim)`` and k ``(batch, seq, kv_heads, head_dim)`` by ``position_ids``."""
    _check(q, k, position_ids)
    if use_triton(q):
        return RoPEFunction.apply(q, k, position_ids, theta)
    return apply_rope_reference(q, k, position_ids, theta)
