"""Mixture-of-experts experts: every token through its top-k SwiGLU experts, summed with its router's weights.

``out[t] = Σ_j w[t, j] · (silu(x[t] @ G_e) ⊙ (x[t] @ U_e)) @ D_e`` with ``e = expert_ids[t, j]``, where
``gate_up[e] = [G_e | U_e]`` is ``(hidden, 2·inner)`` and ``down[e] = D_e`` is ``(inner, hidden)``.
Expert weights are stored ``(experts, in, out)`` (transformers' GraniteMoe stores ``(experts, out, in)``):
a batched matmul's weight gradient then comes out in the parameter's own layout, with no transposed
copy per step.

Both implementations sort the ``tokens · top_k`` assignments by expert (a stable sort, so each expert
sees its tokens in order) and never loop over experts in Python:

- ``moe_experts_reference`` (the spec, and what runs on CPU) multiplies all of a projection's rows in one
  torch call, with a hand-written backward (``MoEExpertsReference``) that keeps only the gate|up
  pre-activation: about a third of the activation memory autograd kept through the same ops (33 MB
  against 92 MB for tiny-granite-moe's layer on 8192 tokens), and no scatter-adds. The rows are the
  sorted assignments themselves, multiplied by torch's ``grouped_mm`` (``SortedGroups``), where every
  row stride is a multiple of 16 bytes, as ``grouped_mm`` requires; otherwise (odd widths, GPUs) each
  expert's group is padded to the largest and one ``bmm`` multiplies them all (``PaddedGroups``), which
  costs the padding rows: few while the load-balancing loss keeps the experts even, the busiest
  expert's excess when it does not.
- The Triton path follows ScatterMoE (Tan et al. 2024) and SonicMoE (Guo et al. 2025): no padding and
  no grouped copy of the tokens. The sorted assignments are cut into tiles of ``BLOCK_M`` rows, each
  within one expert; ``_moe_grouped_matmul_kernel`` gathers a tile's rows of ``x`` as it loads them,
  multiplies them by the tile's expert and either writes the rows in sorted order or scatters them to
  their ``(token, slot)`` row as it stores them. Forward: gather-multiply into the gate|up
  pre-activation, SwiGLU (``codelm.kernels.swiglu``), multiply-scale-scatter into ``(tokens, top_k,
  hidden)``, a sum over ``top_k`` (each row written once: no atomics, deterministic). Backward: the
  same kernel for the input gradients, and ``_moe_weight_grad_kernel``, where each program owns one
  tile of one expert's weight gradient and loops over that expert's rows (an expert without tokens
  gets zeros). Only the pre-activation is kept for backward; the SwiGLU output is recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import torch
import torch.nn.functional as F

from codelm.kernels.dispatch import use_triton
from codelm.kernels.swiglu import swiglu_backward, swiglu_forward
from codelm.kernels.utils import cdiv, tl, triton_kernel

# Sorted rows per tile and per step of the weight-gradient loop; output and reduction columns per tile.
# 64x64 tiles with 32-wide reductions fit every GPU since sm_80 at 4 warps (ScatterMoE's defaults are similar).
BLOCK_M = 64
BLOCK_N = 64
BLOCK_K = 32


def sort_by_expert(expert_ids: torch.Tensor, num_experts: int) -> tuple[torch.Tensor, torch.Tensor]:
    """``(order, counts)``: assignment indices (``token · top_k + slot``) sorted by expert, and tokens per expert."""
    flat = expert_ids.reshape(-1)
    return torch.argsort(flat, stable=True), torch.bincount(flat, minlength=num_experts)


class ExpertGroups(Protocol):
    """The ``tokens · top_k`` (token, slot) assignments laid out as rows grouped by expert, for the reference.

    ``row_token`` is the token each row reads, ``row_weight`` its routing weight and ``assignment_row``
    the row of each (token, slot). ``matmul`` multiplies every row by its expert's matrix and
    ``weight_grad`` sums ``aᵀ b`` over each expert's rows: one torch call each, whatever the number of
    experts.
    """

    row_token: torch.Tensor
    row_weight: torch.Tensor
    assignment_row: torch.Tensor

    def matmul(self, rows: torch.Tensor, weight: torch.Tensor) -> torch.Tensor: ...

    def weight_grad(self, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor: ...


class SortedGroups:
    """The assignments sorted by expert, each expert's rows contiguous and unpadded: torch's ``grouped_mm``.

    The work is the routed rows and nothing more, however uneven the experts' loads. ``grouped_mm``
    needs every row stride to be a multiple of 16 bytes (``fits``).
    """

    def __init__(self, expert_ids: torch.Tensor, routing_weights: torch.Tensor, num_experts: int):
        top_k = expert_ids.shape[1]
        order, counts = sort_by_expert(expert_ids, num_experts)
        self.offsets = torch.cumsum(counts, 0).to(torch.int32)  # one past each expert's last row
        self.row_token = order // top_k
        self.row_weight = routing_weights.reshape(-1)[order]
        self.assignment_row = torch.empty_like(order)
        self.assignment_row[order] = torch.arange(order.numel(), device=order.device)

    @staticmethod
    def fits(x: torch.Tensor, inner: int) -> bool:
        # On GPUs the Triton kernels do this work; grouped_mm there takes bf16 on recent GPUs only.
        widths = (x.shape[1] * x.element_size(), inner * x.element_size())
        return x.device.type == "cpu" and all(width % 16 == 0 for width in widths)

    def matmul(self, rows: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
        return F.grouped_mm(rows, weight, offs=self.offsets)

    def weight_grad(self, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        return F.grouped_mm(a.t(), b, offs=self.offsets)


class PaddedGroups:
    """Every expert's group padded to the largest, ``capacity`` rows each: one ``bmm`` over all experts.

    Rows of the padded ``(experts · capacity)`` layout hold the sorted assignments, each expert's block
    starting at ``expert · capacity``. Padding rows read token 0 with a routing weight of zero: their
    products are exact zeros in the output and in every weight gradient, and no zero-padded copy of
    ``x`` is needed. It takes any widths and device; the padding rows are extra work, as many as the
    busiest expert's excess over each other's load.
    """

    def __init__(self, expert_ids: torch.Tensor, routing_weights: torch.Tensor, num_experts: int):
        top_k = expert_ids.shape[1]
        order, counts = sort_by_expert(expert_ids, num_experts)
        self.num_experts = num_experts
        self.capacity = capacity = int(counts.max()) if order.numel() else 0
        starts = torch.cumsum(counts, 0) - counts
        sorted_experts = expert_ids.reshape(-1)[order]
        # Each sorted assignment's row: its expert's block, then its rank within the expert's group.
        rows = sorted_experts * capacity + torch.arange(order.numel(), device=order.device) - starts[sorted_experts]
        self.row_token = torch.zeros(num_experts * capacity, dtype=torch.long, device=order.device)
        self.row_token[rows] = order // top_k
        self.row_weight = routing_weights.new_zeros(num_experts * capacity)
        self.row_weight[rows] = routing_weights.reshape(-1)[order]
        self.assignment_row = torch.empty_like(rows)
        self.assignment_row[order] = rows

    def _grouped(self, rows: torch.Tensor) -> torch.Tensor:
        return rows.view(self.num_experts, self.capacity, rows.shape[-1])

    def matmul(self, rows: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
        return torch.bmm(self._grouped(rows), weight).view(-1, weight.shape[-1])

    def weight_grad(self, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        return torch.bmm(self._grouped(a).transpose(1, 2), self._grouped(b))


class MoEExpertsReference(torch.autograd.Function):
    """The experts as a few whole-layer torch ops over ``ExpertGroups`` rows, with a hand-written backward.

    Autograd through the same ops keeps every elementwise product's inputs and turns each gather into a
    scatter-add into a zeroed tensor on the way back. Here only the gate|up pre-activation is kept (the
    grouped input and the SwiGLU output are recomputed), and every step back is a gather, since each
    (token, slot) has exactly one row and each row one token. Outputs and gradients are bit-identical to
    autograd's through the same ops, in fp32 and bf16.
    """

    @staticmethod
    def forward(ctx, x, gate_up, down, routing_weights, expert_ids, layout):
        tokens, hidden = x.shape
        top_k = expert_ids.shape[1]
        groups = layout(expert_ids, routing_weights.to(x.dtype), gate_up.shape[0])
        pre = groups.matmul(x.index_select(0, groups.row_token), gate_up)  # (rows, 2·inner)
        gate, up = pre.chunk(2, dim=-1)
        # The routing weight scales the inner activation: inner is narrower than hidden in MoE models.
        scaled = F.silu(gate).mul_(up).mul_(groups.row_weight.unsqueeze(-1))
        y = groups.matmul(scaled, down)
        ctx.save_for_backward(x, gate_up, down, pre)
        ctx.groups, ctx.top_k, ctx.routing_dtype = groups, top_k, routing_weights.dtype
        return y.index_select(0, groups.assignment_row).view(tokens, top_k, hidden).sum(dim=1)

    @staticmethod
    @torch.autograd.function.once_differentiable
    def backward(ctx, grad_out):
        x, gate_up, down, pre = ctx.saved_tensors
        groups, top_k = ctx.groups, ctx.top_k
        tokens, hidden = x.shape
        weight = groups.row_weight.unsqueeze(-1)
        gate, up = pre.chunk(2, dim=-1)
        silu = F.silu(gate)
        activation = silu * up  # recomputed, before the routing weight
        grad_y = grad_out.index_select(0, groups.row_token)
        grad_scaled = groups.matmul(grad_y, down.transpose(1, 2))  # d out / d (activation · weight)
        grad_down = groups.weight_grad(activation * weight, grad_y)
        grad_weights = (grad_scaled * activation).sum(dim=-1)[groups.assignment_row].view(tokens, top_k)
        grad_activation = grad_scaled.mul_(weight)
        # Both halves written in place: a concatenation would copy the largest tensor of the layer once more.
        grad_pre = torch.empty_like(pre)
        grad_gate, grad_up = grad_pre.chunk(2, dim=-1)
        torch.mul(grad_activation, silu, out=grad_up)
        torch.ops.aten.silu_backward.grad_input(grad_activation.mul_(up), gate, grad_input=grad_gate)
        grad_gate_up = groups.weight_grad(x.index_select(0, groups.row_token), grad_pre)
        grad_rows = groups.matmul(grad_pre, gate_up.transpose(1, 2))
        grad_x = grad_rows.index_select(0, groups.assignment_row).view(tokens, top_k, hidden).sum(dim=1)
        return grad_x, grad_gate_up, grad_down, grad_weights.to(ctx.routing_dtype), None, None


def moe_experts_reference(
    x: torch.Tensor,
    gate_up: torch.Tensor,
    down: torch.Tensor,
    routing_weights: torch.Tensor,
    expert_ids: torch.Tensor,
) -> torch.Tensor:
    layout = SortedGroups if SortedGroups.fits(x, down.shape[1]) else PaddedGroups
    return MoEExpertsReference.apply(x, gate_up, down, routing_weights, expert_ids, layout)


@dataclass
class Tiles:
    """Where each tile of ``BLOCK_M`` sorted rows starts and which expert it multiplies by; built without a host sync.

    Tiles never straddle two experts, so there are at most ``cdiv(rows, BLOCK_M) + experts`` of them; the
    launch grid has that many and the unused ones (expert -1) return at once.
    """

    order: torch.Tensor  # (rows,) assignment index of each sorted row: its (token, slot) output row
    sorted_tokens: torch.Tensor  # (rows,) the token each sorted row reads
    group_start: torch.Tensor  # (experts,) first sorted row of each expert
    group_end: torch.Tensor  # (experts,) one past its last
    tile_expert: torch.Tensor  # (max_tiles,) int32, -1 for unused tiles
    tile_start: torch.Tensor  # (max_tiles,) first sorted row of each tile

    @classmethod
    def build(cls, expert_ids: torch.Tensor, num_experts: int) -> Tiles:
        top_k = expert_ids.shape[1]
        order, counts = sort_by_expert(expert_ids, num_experts)
        group_end = torch.cumsum(counts, 0)
        group_start = group_end - counts
        tiles_per_expert = (counts + BLOCK_M - 1) // BLOCK_M
        tile_end = torch.cumsum(tiles_per_expert, 0)
        tile = torch.arange(cdiv(order.numel(), BLOCK_M) + num_experts, device=expert_ids.device)
        tile_expert = torch.searchsorted(tile_end, tile, right=True)
        expert = tile_expert.clamp(max=num_experts - 1)
        tile_start = group_start[expert] + (tile - (tile_end - tiles_per_expert)[expert]) * BLOCK_M
        tile_expert = torch.where(tile_expert < num_experts, tile_expert, -1)
        return cls(order, order // top_k, group_start, group_end, tile_expert.int(), tile_start)


@triton_kernel
def _moe_grouped_matmul_kernel(
    X,
    x_row_stride,
    W,
    w_expert_stride,
    w_in_stride,
    w_out_stride,
    Y,
    y_row_stride,
    ROWS,
    SCALE,
    TILE_EXPERT,
    TILE_START,
    GROUP_END,
    n_in,
    n_out,
    GATHER: tl.constexpr,
    INPUT_PRECISION: tl.constexpr,
    BLOCK_M: tl.constexpr,
    BLOCK_N: tl.constexpr,
    BLOCK_K: tl.constexpr,
):
    """Sorted rows r of one tile: ``Y[out(r)] = SCALE[r] · X[in(r)] @ W[expert]``.

    GATHER: ``in(r) = ROWS[r]``, ``out(r) = r``; otherwise ``in(r) = r``, ``out(r) = ROWS[r]`` (scatter).
    """
    tile = tl.program_id(0)
    expert = tl.load(TILE_EXPERT + tile)
    if expert < 0:
        return
    start = tl.load(TILE_START + tile)
    end = tl.load(GROUP_END + expert)
    rows = start + tl.arange(0, BLOCK_M)
    row_mask = rows < end
    mapped = tl.load(ROWS + rows, mask=row_mask, other=0).to(tl.int64)
    in_rows = mapped if GATHER else rows.to(tl.int64)
    out_rows = rows.to(tl.int64) if GATHER else mapped
    cols = tl.program_id(1) * BLOCK_N + tl.arange(0, BLOCK_N)
    col_mask = cols < n_out
    weight = W + expert.to(tl.int64) * w_expert_stride
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k_start in range(0, n_in, BLOCK_K):
        ks = k_start + tl.arange(0, BLOCK_K)
        k_mask = ks < n_in
        a = tl.load(
            X + in_rows[:, None] * x_row_stride + ks[None, :], mask=row_mask[:, None] & k_mask[None, :], other=0.0
        )
        b = tl.load(
            weight + ks[:, None] * w_in_stride + cols[None, :] * w_out_stride,
            mask=k_mask[:, None] & col_mask[None, :],
            other=0.0,
        )
        acc = tl.dot(a, b, acc, input_precision=INPUT_PRECISION)
    if SCALE is not None:
        acc = acc * tl.load(SCALE + rows, mask=row_mask, other=0.0)[:, None]
    tl.store(
        Y + out_rows[:, None] * y_row_stride + cols[None, :],
        acc.to(Y.dtype.element_ty),
        mask=row_mask[:, None] & col_mask[None, :],
    )


@triton_kernel
def _moe_weight_grad_kernel(
    A,
    a_row_stride,
    A_ROWS,
    SCALE,
    B,
    b_row_stride,
    B_ROWS,
    DW,
    GROUP_START,
    GROUP_END,
    n_a,
    n_b,
    INPUT_PRECISION: tl.constexpr,
    BLOCK_M: tl.constexpr,
    BLOCK_A: tl.constexpr,
    BLOCK_B: tl.constexpr,
):
    """One tile of ``DW[expert] = Σ_r (SCALE[r] · A[a(r)])ᵀ B[b(r)]`` over the expert's sorted rows r.

    ``a(r) = A_ROWS[r]`` (a gather) or ``r`` when A_ROWS is None, likewise ``b``; DW is ``(experts, n_a, n_b)``.
    """
    expert = tl.program_id(0)
    b_tiles = tl.cdiv(n_b, BLOCK_B)
    a_cols = (tl.program_id(1) // b_tiles) * BLOCK_A + tl.arange(0, BLOCK_A)
    b_cols = (tl.program_id(1) % b_tiles) * BLOCK_B + tl.arange(0, BLOCK_B)
    a_mask, b_mask = a_cols < n_a, b_cols < n_b
    start = tl.load(GROUP_START + expert)
    end = tl.load(GROUP_END + expert)
    acc = tl.zeros((BLOCK_A, BLOCK_B), dtype=tl.float32)
    for row_start in range(start, end, BLOCK_M):
        rows = row_start + tl.arange(0, BLOCK_M)
        row_mask = rows < end
        a_rows = rows.to(tl.int64)
        if A_ROWS is not None:
            a_rows = tl.load(A_ROWS + rows, mask=row_mask, other=0).to(tl.int64)
        b_rows = rows.to(tl.int64)
        if B_ROWS is not None:
            b_rows = tl.load(B_ROWS + rows, mask=row_mask, other=0).to(tl.int64)
        a = tl.load(
            A + a_rows[:, None] * a_row_stride + a_cols[None, :], mask=row_mask[:, None] & a_mask[None, :], other=0.0
        )
        b = tl.load(
            B + b_rows[:, None] * b_row_stride + b_cols[None, :], mask=row_mask[:, None] & b_mask[None, :], other=0.0
        )
        if SCALE is not None:
            scale = tl.load(SCALE + rows, mask=row_mask, other=0.0)
            a = (a.to(tl.float32) * scale[:, None]).to(b.dtype)
        acc = tl.dot(tl.trans(a), b, acc, input_precision=INPUT_PRECISION)
    dw = DW + expert.to(tl.int64) * n_a * n_b
    tl.store(
        dw + a_cols[:, None] * n_b + b_cols[None, :],
        acc.to(DW.dtype.element_ty),
        mask=a_mask[:, None] & b_mask[None, :],
    )


def _input_precision(dtype: torch.dtype) -> str:
    # fp32 products as torch's fp32 matmul computes them (no TF32 unless the user opts in to it there).
    return "ieee" if dtype == torch.float32 else "tf32"


def grouped_matmul(
    x: torch.Tensor,
    weight: torch.Tensor,
    tiles: Tiles,
    gather: bool,
    scale: torch.Tensor | None = None,
    out_rows: int | None = None,
) -> torch.Tensor:
    """Sorted rows times their expert's ``weight`` ``(experts, in, out)`` (any strides).

    ``gather``: row r reads ``x[sorted_tokens[r]]`` and is written at r; otherwise it reads ``x[r]``
    and is written at ``order[r]``, in an output of ``out_rows`` rows.
    """
    rows = tiles.order.numel()
    n_in, n_out = weight.shape[1], weight.shape[2]
    y = torch.empty((rows if gather else out_rows, n_out), dtype=x.dtype, device=x.device)
    grid = (tiles.tile_expert.numel(), cdiv(n_out, BLOCK_N))
    _moe_grouped_matmul_kernel[grid](
        x,
        x.stride(0),
        weight,
        weight.stride(0),
        weight.stride(1),
        weight.stride(2),
        y,
        y.stride(0),
        tiles.sorted_tokens if gather else tiles.order,
        scale,
        tiles.tile_expert,
        tiles.tile_start,
        tiles.group_end,
        n_in,
        n_out,
        GATHER=gather,
        INPUT_PRECISION=_input_precision(x.dtype),
        BLOCK_M=BLOCK_M,
        BLOCK_N=BLOCK_N,
        BLOCK_K=BLOCK_K,
    )
    return y


def grouped_weight_grad(
    a: torch.Tensor,
    a_rows: torch.Tensor | None,
    b: torch.Tensor,
    b_rows: torch.Tensor | None,
    tiles: Tiles,
    dtype: torch.dtype,
    scale: torch.Tensor | None = None,
) -> torch.Tensor:
    """``(experts, a_cols, b_cols)``: per expert, the sum over its sorted rows of ``(scale·a)ᵀ b``."""
    num_experts = tiles.group_end.numel()
    n_a, n_b = a.shape[1], b.shape[1]
    dw = torch.empty((num_experts, n_a, n_b), dtype=dtype, device=a.device)
    grid = (num_experts, cdiv(n_a, BLOCK_N) * cdiv(n_b, BLOCK_N))
    _moe_weight_grad_kernel[grid](
        a,
        a.stride(0),
        a_rows,
        scale,
        b,
        b.stride(0),
        b_rows,
        dw,
        tiles.group_start,
        tiles.group_end,
        n_a,
        n_b,
        INPUT_PRECISION=_input_precision(a.dtype),
        BLOCK_M=BLOCK_K,
        BLOCK_A=BLOCK_N,
        BLOCK_B=BLOCK_N,
    )
    return dw


class MoEExpertsFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, gate_up, down, routing_weights, expert_ids):
        tokens, hidden = x.shape
        top_k = expert_ids.shape[1]
        tiles = Tiles.build(expert_ids, gate_up.shape[0])
        scale = routing_weights.reshape(-1)[tiles.order].float().contiguous()  # (rows,) in sorted order
        pre = grouped_matmul(x, gate_up, tiles, gather=True)  # (rows, 2·inner) sorted by expert
        gate, up = pre.chunk(2, dim=-1)
        y = grouped_matmul(swiglu_forward(gate, up), down, tiles, gather=False, scale=scale, out_rows=tokens * top_k)
        ctx.save_for_backward(x, gate_up, down, routing_weights, pre, scale)
        ctx.tiles = tiles
        return y.view(tokens, top_k, hidden).sum(dim=1)

    @staticmethod
    def backward(ctx, grad_out):
        x, gate_up, down, routing_weights, pre, scale = ctx.saved_tensors
        tiles = ctx.tiles
        tokens, top_k = routing_weights.shape
        grad_out = grad_out.contiguous()
        gate, up = pre.chunk(2, dim=-1)
        activation = swiglu_forward(gate, up)  # recomputed: (rows, inner)
        # d out / d activation before the routing weight; its product with the activation is the weight's gradient.
        grad_unscaled = grouped_matmul(grad_out, down.transpose(1, 2), tiles, gather=True)
        grad_scale = (grad_unscaled.float() * activation.float()).sum(dim=-1)
        grad_down = grouped_weight_grad(activation, None, grad_out, tiles.sorted_tokens, tiles, down.dtype, scale)
        grad_gate, grad_up = swiglu_backward((grad_unscaled.float() * scale[:, None]).to(pre.dtype), gate, up)
        grad_pre = torch.cat([grad_gate, grad_up], dim=-1)
        grad_rows = grouped_matmul(grad_pre, gate_up.transpose(1, 2), tiles, gather=False, out_rows=tokens * top_k)
        grad_x = grad_rows.view(tokens, top_k, -1).sum(dim=1)
        grad_gate_up = grouped_weight_grad(x, tiles.sorted_tokens, grad_pre, None, tiles, gate_up.dtype)
        grad_weights = torch.empty_like(grad_scale)
        grad_weights[tiles.order] = grad_scale
        return grad_x, grad_gate_up, grad_down, grad_weights.view(tokens, top_k).to(routing_weights.dtype), None


def moe_experts(
    x: torch.Tensor,
    gate_up: torch.Tensor,
    down: torch.Tensor,
    routing_weights: torch.Tensor,
    expert_ids: torch.Tensor,
) -> torch.Tensor:
    """``(tokens, hidden)``: each token's experts' SwiGLU outputs weighted by ``routing_weights``.

    ``x`` (tokens, hidden); ``gate_up`` (experts, hidden, 2·inner), ``[gate | up]`` along the last
    dimension; ``down`` (experts, inner, hidden); ``routing_weights`` and ``expert_ids`` (tokens,
    top_k), each token's experts distinct and in ``[0, experts)``.
    """
    if x.dim() != 2 or gate_up.dim() != 3 or down.dim() != 3:
        raise ValueError("moe_experts takes x (tokens, hidden), gate_up and down (experts, in, out)")
    experts, hidden, double_inner = gate_up.shape
    if x.shape[1] != hidden or down.shape != (experts, double_inner // 2, hidden) or double_inner % 2:
        raise ValueError(
            f"moe_experts: x {tuple(x.shape)}, gate_up {tuple(gate_up.shape)} and down {tuple(down.shape)} "
            "do not fit (hidden, 2·inner) and (inner, hidden) experts"
        )
    if routing_weights.shape != expert_ids.shape or routing_weights.shape[:1] != x.shape[:1]:
        raise ValueError(
            f"moe_experts: routing_weights {tuple(routing_weights.shape)} and expert_ids {tuple(expert_ids.shape)} "
            f"must both be (tokens, top_k) for {x.shape[0]} tokens"
        )
    if use_triton(x):
        return MoEExpertsFunction.apply(x.contiguous(), gate_up, down, routing_weights, expert_ids)
    return moe_experts_reference(x, gate_up, down, routing_weights, expert_ids)
