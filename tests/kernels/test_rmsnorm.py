"""RMSNorm and residual-add + RMSNorm kernels against their torch references (Triton interpreter, fp32)."""

import pytest
import torch

from codelm.kernels import rmsnorm, rmsnorm_reference, rmsnorm_residual, rmsnorm_residual_reference

from .conftest import assert_matches_reference, leaf

# One token; odd rows and a non-power-of-two width; more rows than backward programs; a wide row.
SHAPES = [(1, 7), (3, 5, 37), (13, 200), (2, 1000)]


@pytest.mark.parametrize("shape", SHAPES)
def test_rmsnorm_matches_reference(shape, force_triton):
    inputs = [leaf(*shape, seed=0), 1.0 + leaf(shape[-1], scale=0.1, seed=1).detach().requires_grad_(), 1e-6]
    assert_matches_reference(rmsnorm, rmsnorm_reference, inputs)


@pytest.mark.parametrize("shape", SHAPES)
def test_rmsnorm_residual_matches_reference(shape, force_triton):
    inputs = [leaf(*shape, seed=0), leaf(*shape, seed=2), leaf(shape[-1], seed=1), 1e-5]
    assert_matches_reference(rmsnorm_residual, rmsnorm_residual_reference, inputs)


def test_rmsnorm_reads_a_strided_view_in_place(force_triton):
    """A slice of a wider tensor (row stride 50, width 37) needs no copy and gives the same numbers."""
    wide = leaf(6, 50, seed=3)
    view = wide[:, 5:42]
    assert_matches_reference(rmsnorm, rmsnorm_reference, [view, leaf(37, seed=4), 1e-6])


def test_rmsnorm_rejects_a_weight_of_the_wrong_size():
    with pytest.raises(ValueError, match=r"rmsnorm weight has shape \(8,\), expected \(7,\)"):
        rmsnorm(torch.randn(2, 7), torch.ones(8), 1e-6)


def test_rmsnorm_residual_rejects_mismatched_shapes():
    with pytest.raises(ValueError, match="residual has shape"):
        rmsnorm_residual(torch.randn(2, 7), torch.randn(3, 7), torch.ones(7), 1e-6)
