"""MoE experts: the Triton kernels (interpreter, fp32) against the torch reference, the reference against
transformers' GraniteMoe experts, and every bf16/fp32 launch compiled for sm_90 and sm_80."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch
from transformers import GraniteMoeConfig
from transformers.models.granitemoe.modeling_granitemoe import GraniteMoeExperts

from codelm.kernels import moe_experts, moe_experts_reference
from codelm.kernels.moe import BLOCK_K, BLOCK_M, BLOCK_N, MoEExpertsReference, PaddedGroups, SortedGroups

from .conftest import assert_matches_reference, leaf


def _routing(tokens: int, num_experts: int, top_k: int, seed: int, logits: torch.Tensor | None = None):
    generator = torch.Generator().manual_seed(seed)
    if logits is None:
        logits = torch.randn(tokens, num_experts, generator=generator)
    expert_ids = logits.topk(top_k, dim=-1).indices
    weights = torch.rand(tokens, top_k, generator=generator).requires_grad_()
    return weights, expert_ids


def _inputs(tokens, hidden, inner, num_experts, top_k, seed=0, logits=None):
    x = leaf(tokens, hidden, seed=seed)
    gate_up = leaf(num_experts, hidden, 2 * inner, scale=0.3, seed=seed + 1)
    down = leaf(num_experts, inner, hidden, scale=0.3, seed=seed + 2)
    weights, expert_ids = _routing(tokens, num_experts, top_k, seed + 3, logits)
    return [x, gate_up, down, weights, expert_ids]


# Odd sizes; a hidden size over BLOCK_K and a 2·inner over BLOCK_N so the reduction and column loops run twice.
SHAPES = [
    dict(tokens=1, hidden=8, inner=4, num_experts=2, top_k=1),
    dict(tokens=37, hidden=24, inner=20, num_experts=5, top_k=2),
    dict(tokens=9, hidden=BLOCK_K + 8, inner=BLOCK_N // 2 + 3, num_experts=3, top_k=3),
]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda shape: "-".join(map(str, shape.values())))
def test_moe_experts_match_reference(shape, force_triton):
    assert_matches_reference(moe_experts, moe_experts_reference, _inputs(**shape))


def test_an_expert_without_tokens_and_one_with_every_token(force_triton):
    """Expert 0 is every token's first choice, expert 3 nobody's: its weight gradients are zeros."""
    tokens, num_experts = 11, 4
    logits = torch.randn(tokens, num_experts, generator=torch.Generator().manual_seed(5))
    logits[:, 0], logits[:, 3] = 100.0, -100.0
    inputs = _inputs(tokens, 16, 12, num_experts, 2, logits=logits)
    assert inputs[4][:, 0].eq(0).all() and not inputs[4].eq(3).any()
    assert_matches_reference(moe_experts, moe_experts_reference, inputs)
    out = moe_experts(*inputs)
    gate_up_grad, down_grad = torch.autograd.grad(out.sum(), inputs[1:3])
    assert gate_up_grad[3].eq(0).all() and down_grad[3].eq(0).all()
    assert gate_up_grad[0].abs().sum() > 0


def test_one_expert_over_several_tiles(force_triton):
    """More rows than BLOCK_M for one expert: its group spans tiles, the last one partial."""
    tokens = BLOCK_M + 7
    logits = torch.zeros(tokens, 2)
    logits[:, 1] = 1.0
    assert_matches_reference(moe_experts, moe_experts_reference, _inputs(tokens, 8, 8, 2, 1, logits=logits))


@pytest.mark.parametrize("layout", [SortedGroups, PaddedGroups], ids=lambda layout: layout.__name__)
def test_reference_matches_transformers_granitemoe_experts(layout):
    """transformers' own per-expert loop (its eager experts) is the independent oracle for both layouts.

    Uneven loads: expert 0 is every token's first choice and expert 5 nobody's.
    """
    tokens, hidden, inner, num_experts, top_k = 29, 16, 12, 6, 2
    logits = torch.randn(tokens, num_experts, generator=torch.Generator().manual_seed(7))
    logits[:, 0], logits[:, 5] = 100.0, -100.0
    x, gate_up, down, weights, expert_ids = _inputs(tokens, hidden, inner, num_experts, top_k, logits=logits)
    assert SortedGroups.fits(x, inner)
    config = GraniteMoeConfig(
        hidden_size=hidden, intermediate_size=inner, num_local_experts=num_experts, num_experts_per_tok=top_k
    )
    config._experts_implementation = "eager"
    experts = GraniteMoeExperts(config)
    with torch.no_grad():
        experts.gate_up_proj.copy_(gate_up.transpose(1, 2))
        experts.down_proj.copy_(down.transpose(1, 2))
    expected = experts(x, expert_ids, weights)
    ours = MoEExpertsReference.apply(x, gate_up, down, weights, expert_ids, layout)
    torch.testing.assert_close(ours, expected, atol=1e-5, rtol=1e-5)
    probe = torch.randn_like(ours)
    expected_grads = torch.autograd.grad(
        (expected * probe).sum(), [x, weights, experts.gate_up_proj, experts.down_proj]
    )
    x_grad, weights_grad, gate_up_grad, down_grad = torch.autograd.grad(
        (ours * probe).sum(), [x, weights, gate_up, down]
    )
    for got, expected_grad in zip(
        (x_grad, weights_grad, gate_up_grad.transpose(1, 2), down_grad.transpose(1, 2)), expected_grads
    ):
        torch.testing.assert_close(got, expected_grad, atol=1e-5, rtol=1e-5)


def test_the_reference_pads_only_where_grouped_mm_cannot_run():
    """grouped_mm needs 16-byte row strides: fp32 widths that are multiples of 4, bf16 ones of 8."""
    assert SortedGroups.fits(torch.zeros(2, 24), 20) and not SortedGroups.fits(torch.zeros(2, 24), 35)
    assert not SortedGroups.fits(torch.zeros(2, 24, dtype=torch.bfloat16), 20)


def test_mismatched_shapes_are_one_line_errors():
    x, gate_up, down, weights, expert_ids = _inputs(4, 8, 6, 3, 2)
    with pytest.raises(ValueError, match="do not fit"):
        moe_experts(x, gate_up, down.transpose(1, 2), weights, expert_ids)
    with pytest.raises(ValueError, match=r"must both be \(tokens, top_k\)"):
        moe_experts(x, gate_up, down, weights[:, :1], expert_ids)


_COMPILE = """
import json, sys
sys.path.insert(0, {folder!r})
import torch
from test_gpu_compile import compile_launch
from codelm.kernels import utils
from codelm.kernels.moe import MoEExpertsFunction

launches = []
utils.TritonKernel.__getitem__ = lambda kernel, grid: lambda *args, **kwargs: launches.append((kernel, args, kwargs))
for dtype in (torch.bfloat16, torch.float32):
    x = torch.randn(6, 32, dtype=dtype, requires_grad=True)
    gate_up = torch.randn(4, 32, 48, dtype=dtype, requires_grad=True)
    down = torch.randn(4, 24, 32, dtype=dtype, requires_grad=True)
    weights, expert_ids = torch.rand(6, 2, requires_grad=True), torch.tensor([[0, 1]] * 6)
    out = MoEExpertsFunction.apply(x, gate_up, down, weights, expert_ids)
    out.backward(out.detach())
compiled = {{}}
for kernel, args, kwargs in launches:
    if kernel.__name__.startswith("_moe"):
        for capability in (90, 80):
            assert compile_launch(kernel, args, kwargs, capability).asm["cubin"]
            compiled[kernel.__name__] = compiled.get(kernel.__name__, 0) + 1
print(json.dumps(compiled))
"""


def test_every_moe_launch_compiles_for_sm90_and_sm80():
    """As test_gpu_compile.py for the other kernels: recorded launches compiled ahead of time in a fresh process."""
    pytest.importorskip("triton")
    code = textwrap.dedent(_COMPILE.format(folder=str(Path(__file__).parent)))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "TRITON_DEFAULT_FP_FUSION": "1"},
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    compiled = json.loads(result.stdout.strip().splitlines()[-1])
    # Per dtype: 2 grouped matmuls forward, 2 backward, 2 weight gradients; each for two targets.
    assert compiled == {"_moe_grouped_matmul_kernel": 16, "_moe_weight_grad_kernel": 8}
