"""SwiGLU kernel against its torch reference (Triton interpreter, fp32)."""

import pytest
import torch

from codelm.kernels import swiglu, swiglu_reference

from .conftest import assert_matches_reference, leaf

# One element; odd rows and width; a width over one program's 1024 columns, not a multiple of it.
SHAPES = [(1, 1), (3, 7, 45), (2, 2500)]


@pytest.mark.parametrize("shape", SHAPES)
def test_swiglu_matches_reference(shape, force_triton):
    inputs = [leaf(*shape, scale=4.0, seed=0), leaf(*shape, seed=1)]
    assert_matches_reference(swiglu, swiglu_reference, inputs)


def test_swiglu_reads_the_halves_of_one_projection(force_triton):
    """gate and up as the two chunks of a [gate | up] projection (row stride twice their width)."""
    projection = leaf(2, 5, 2 * 37, seed=2)
    gate, up = projection.chunk(2, dim=-1)
    assert not gate.is_contiguous()
    assert_matches_reference(swiglu, swiglu_reference, [gate, up])


def test_swiglu_rejects_mismatched_halves():
    with pytest.raises(ValueError, match="differ in shape"):
        swiglu(torch.randn(2, 3), torch.randn(2, 4))
