"""LayerNorm and residual-add + LayerNorm kernels against their torch references (Triton interpreter, fp32)."""

import pytest
import torch

from codelm.kernels import layernorm, layernorm_reference, layernorm_residual, layernorm_residual_reference

from .conftest import assert_matches_reference, leaf

SHAPES = [(1, 7), (3, 5, 37), (13, 200), (2, 1000)]


@pytest.mark.parametrize("with_bias", [True, False], ids=["bias", "no-bias"])
@pytest.mark.parametrize("shape", SHAPES)
def test_layernorm_matches_reference(shape, with_bias, force_triton):
    bias = leaf(shape[-1], seed=2) if with_bias else None
    inputs = [leaf(*shape, scale=3.0, seed=0), leaf(shape[-1], seed=1), bias, 1e-5]
    assert_matches_reference(layernorm, layernorm_reference, inputs)


@pytest.mark.parametrize("with_bias", [True, False], ids=["bias", "no-bias"])
@pytest.mark.parametrize("shape", SHAPES)
def test_layernorm_residual_matches_reference(shape, with_bias, force_triton):
    bias = leaf(shape[-1], seed=2) if with_bias else None
    inputs = [leaf(*shape, seed=0), leaf(*shape, seed=3), leaf(shape[-1], seed=1), bias, 1e-5]
    assert_matches_reference(layernorm_residual, layernorm_residual_reference, inputs)


def test_layernorm_far_from_zero_is_as_accurate_as_torch(force_triton):
    """Rows with offset 1000 and spread 1: against an fp64 oracle the kernel errs no more than torch's fp32."""
    generator = torch.Generator().manual_seed(0)
    x = 1000.0 + torch.randn(64, 37, generator=generator)
    weight, bias = torch.randn(37, generator=generator), torch.randn(37, generator=generator)
    exact = torch.nn.functional.layer_norm(x.double(), (37,), weight.double(), bias.double(), 1e-5)
    kernel_error = (layernorm(x, weight, bias, 1e-5).double() - exact).abs().max()
    torch_error = (layernorm_reference(x, weight, bias, 1e-5).double() - exact).abs().max()
    assert kernel_error <= torch_error


def test_layernorm_rejects_a_bias_of_the_wrong_size():
    with pytest.raises(ValueError, match=r"layernorm bias has shape \(6,\), expected \(7,\)"):
        layernorm(torch.randn(2, 7), torch.ones(7), torch.zeros(6), 1e-5)
