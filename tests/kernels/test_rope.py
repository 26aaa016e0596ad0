"""Rotary-embedding kernel against its torch reference (Triton interpreter, fp32)."""

import pytest
import torch

from codelm.kernels import apply_rope, apply_rope_reference

from .conftest import assert_matches_reference, leaf


def packed_positions(batch: int, seq: int, document_lengths: list[int], offset: int = 0) -> torch.Tensor:
    """``(batch, seq)`` positions restarting at 0 at each document, as padding-free packing gives them."""
    row = torch.cat([torch.arange(length) for length in document_lengths])[:seq] + offset
    return row.expand(batch, seq)


# (batch, seq, heads, kv_heads, head_dim, documents per row, theta)
CASES = {
    "one-token": (1, 1, 1, 1, 2, [1], 10000.0),
    "gqa-12-over-3-odd-half": (2, 7, 12, 3, 10, [3, 4], 10000.0),
    "mqa-48-heads": (1, 9, 48, 1, 16, [9], 1_000_000.0),
    "mha-odd-seq": (3, 5, 4, 4, 64, [2, 2, 1], 100_000.0),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_rope_matches_reference(case, force_triton):
    batch, seq, heads, kv_heads, head_dim, documents, theta = case
    q, k = leaf(batch, seq, heads, head_dim, seed=0), leaf(batch, seq, kv_heads, head_dim, seed=1)
    positions = packed_positions(batch, seq, documents)
    assert_matches_reference(apply_rope, apply_rope_reference, [q, k, positions, theta])


def test_rope_at_long_context_positions(force_triton):
    """Positions past 16K, where an angle's fp32 rounding would show first."""
    q, k = leaf(2, 6, 8, 32, seed=0), leaf(2, 6, 2, 32, seed=1)
    positions = packed_positions(2, 6, [6], offset=16_000)
    assert_matches_reference(apply_rope, apply_rope_reference, [q, k, positions, 500_000.0])


def test_rope_reads_q_and_k_from_a_fused_projection(force_triton):
    """q and k as views into one (batch, seq, (heads + 2·kv_heads)·head_dim) qkv output, as the model has them."""
    batch, seq, heads, kv_heads, head_dim = 2, 5, 6, 2, 8
    qkv = leaf(batch, seq, (heads + 2 * kv_heads) * head_dim, seed=2)
    q, k, _ = qkv.split([heads * head_dim, kv_heads * head_dim, kv_heads * head_dim], dim=-1)
    q, k = q.view(batch, seq, heads, head_dim), k.view(batch, seq, kv_heads, head_dim)
    assert not q.is_contiguous() and not k.is_contiguous()
    positions = packed_positions(batch, seq, [2, 3])
    assert_matches_reference(apply_rope, apply_rope_reference, [q, k, positions, 10000.0])


def test_positions_restarting_per_document_rotate_each_document_alike(force_triton):
    """The same tokens at the start of two packed documents come out identical."""
    q = leaf(1, 1, 4, 8, seed=0).detach().expand(1, 6, 4, 8).contiguous()
    k = leaf(1, 1, 2, 8, seed=1).detach().expand(1, 6, 2, 8).contiguous()
    q_rotated, k_rotated = apply_rope(q, k, packed_positions(1, 6, [3, 3]), 10000.0)
    torch.testing.assert_close(q_rotated[:, :3], q_rotated[:, 3:])
    torch.testing.assert_close(k_rotated[:, :3], k_rotated[:, 3:])
    assert not torch.allclose(q_rotated[:, 0], q_rotated[:, 1])


def test_rope_rejects_an_odd_head_dim_and_mismatched_positions():
    with pytest.raises(ValueError, match="even head_dim"):
        apply_rope(torch.randn(1, 2, 2, 5), torch.randn(1, 2, 1, 5), torch.zeros(1, 2, dtype=torch.long))
    with pytest.raises(ValueError, match=r"position_ids has shape \(1, 3\), expected \(1, 2\)"):
        apply_rope(torch.randn(1, 2, 2, 4), torch.randn(1, 2, 1, 4), torch.zeros(1, 3, dtype=torch.long))
