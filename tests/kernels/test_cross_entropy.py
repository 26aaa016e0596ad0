"""Fused linear + cross-entropy against cross_entropy(hidden @ weight.T) (Triton interpreter, fp32)."""

import gc
import math

import pytest
import torch

from codelm.kernels import fused_linear_cross_entropy, fused_linear_cross_entropy_reference
from codelm.kernels.cross_entropy import chunk_size

from .conftest import assert_matches_reference, leaf

IGNORE_INDEX = -100


def labels_for(n_tokens: int, vocab: int, ignore_every: int = 0, seed: int = 0) -> torch.Tensor:
    labels = torch.randint(0, vocab, (n_tokens,), generator=torch.Generator().manual_seed(seed))
    if ignore_every:
        labels[::ignore_every] = IGNORE_INDEX
    return labels


def fused(reduction, logit_scale):
    def loss(hidden, weight, labels):
        return fused_linear_cross_entropy(hidden, weight, labels, reduction=reduction, logit_scale=logit_scale)

    return loss


def reference(reduction, logit_scale):
    def loss(hidden, weight, labels):
        return fused_linear_cross_entropy_reference(
            hidden, weight, labels, reduction=reduction, logit_scale=logit_scale
        )

    return loss


# (tokens, hidden, vocab, every n-th label ignored)
CASES = {
    "one-token": (1, 8, 50, 0),
    "odd-tokens-five-chunks": (37, 24, 100, 5),
    "vocab-over-one-block": (5, 8, 40_000, 2),
}


@pytest.mark.parametrize("logit_scale", [1.0, 0.125], ids=["unscaled", "granite-scaled"])
@pytest.mark.parametrize("reduction", ["mean", "sum"])
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_fused_linear_cross_entropy_matches_reference(case, reduction, logit_scale, force_triton):
    n_tokens, hidden_size, vocab, ignore_every = case
    inputs = [
        leaf(n_tokens, hidden_size, seed=0),
        leaf(vocab, hidden_size, scale=0.5, seed=1),
        labels_for(n_tokens, vocab, ignore_every),
    ]
    assert_matches_reference(fused(reduction, logit_scale), reference(reduction, logit_scale), inputs)


def test_chunks_hold_about_as_many_logits_as_hidden_has_elements():
    assert chunk_size(8192, 49152, 2048) == 512  # 512 × 49152 logits ≈ 1.5 × 8192 × 2048
    assert chunk_size(37, 100, 24) == 8  # five chunks in the test above
    assert chunk_size(1, 50, 8) == 1


def test_every_label_ignored_gives_nan_mean_and_zero_gradients_like_torch(force_triton):
    hidden, weight = leaf(6, 8, seed=0), leaf(30, 8, seed=1)
    labels = torch.full((6,), IGNORE_INDEX)
    loss = fused_linear_cross_entropy(hidden, weight, labels)
    assert math.isnan(loss.item())
    loss.backward()
    assert not hidden.grad.any() and not weight.grad.any()
    assert fused_linear_cross_entropy(hidden, weight, labels, reduction="sum").item() == 0.0


def test_frozen_weight_and_no_grad_mode(force_triton):
    """Only the gradients asked for are computed; under no_grad the loss alone."""
    hidden, weight, labels = leaf(9, 8, seed=0), leaf(30, 8, seed=1).detach(), labels_for(9, 30)
    loss = fused_linear_cross_entropy(hidden, weight, labels)
    expected = fused_linear_cross_entropy_reference(hidden, weight, labels)
    (grad,) = torch.autograd.grad(loss, [hidden])
    (expected_grad,) = torch.autograd.grad(expected, [hidden])
    torch.testing.assert_close(grad, expected_grad, atol=1e-6, rtol=1e-5)
    with torch.no_grad():
        torch.testing.assert_close(fused_linear_cross_entropy(hidden, weight, labels), expected.detach())


def test_incoming_gradient_scales_both_gradients(force_triton):
    hidden, weight, labels = leaf(7, 8, seed=0), leaf(30, 8, seed=1), labels_for(7, 30)
    (3.0 * fused_linear_cross_entropy(hidden, weight, labels)).backward()
    expected_hidden, expected_weight = hidden.grad.clone(), weight.grad.clone()
    hidden.grad = weight.grad = None
    (3.0 * fused_linear_cross_entropy_reference(hidden, weight, labels)).backward()
    torch.testing.assert_close(expected_hidden, hidden.grad, atol=1e-6, rtol=1e-5)
    torch.testing.assert_close(expected_weight, weight.grad, atol=1e-6, rtol=1e-5)


@pytest.mark.parametrize(
    "labels, kwargs, message",
    [
        (torch.tensor([0, 30]), {}, "label 30 is outside the vocabulary of 30"),
        (torch.tensor([0, -1]), {}, "label -1 is outside the vocabulary"),
        (torch.tensor([0, 1, 2]), {}, r"labels has shape \(3,\), expected \(2,\)"),
        (torch.tensor([0, 1]), {"reduction": "none"}, "reduction must be one of mean, sum"),
    ],
)
def test_bad_input_is_one_line_error(labels, kwargs, message):
    with pytest.raises(ValueError, match=message):
        fused_linear_cross_entropy(torch.randn(2, 8), torch.randn(30, 8), labels, **kwargs)


def allocated_peak(fn) -> int:
    """Peak bytes torch's CPU allocator holds while ``fn`` runs, above what it held before (profiler memory events)."""
    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as profiler:
        fn()
    events = [event for event in profiler.profiler.kineto_results.events() if event.name() == "[memory]"]
    held = peak = 0
    for event in sorted(events, key=lambda event: event.start_ns()):
        held += event.nbytes()
        peak = max(peak, held)
    return peak


def test_fused_loss_needs_a_quarter_of_the_memory_of_whole_logits(force_triton, monkeypatch):
    """256 tokens × 4096 vocabulary × 128 hidden, forward + backward: the memory property measured at full scale
    in benchmarks/bench_kernels_memory.py, at a size the interpreter runs in seconds."""
    from codelm.kernels import utils

    launch = utils.TritonKernel.__getitem__

    def launch_then_collect(kernel, grid):
        # Triton's interpreter ends each launch by leaving its arguments' storages in a reference cycle
        # (a recursive closure) until the cyclic GC runs; a young-generation collection right after the
        # launch frees a chunk's logits when a GPU would.
        def run(*args, **kwargs):
            launch(kernel, grid)(*args, **kwargs)
            gc.collect(0)

        return run

    monkeypatch.setattr(utils.TritonKernel, "__getitem__", launch_then_collect)
    hidden, weight, labels = leaf(256, 128, seed=0), leaf(4096, 128, scale=0.05, seed=1), labels_for(256, 4096)

    def whole_logits():
        torch.nn.functional.cross_entropy(hidden @ weight.t(), labels).backward()

    def fused_loss():
        fused_linear_cross_entropy(hidden, weight, labels).backward()

    whole, fused = allocated_peak(whole_logits), allocated_peak(fused_loss)
    assert fused <= whole / 4, (fused, whole)
    assert fused >= 4096 * 128 * 4  # the fp32 weight gradient itself is there
