"""Fused linear + cross-entropy: the loss of ``(hidden @ weight.T) · logit_scale`` without the whole logits.

For 8192 tokens and a 49152-token vocabulary the logits alone are 1.5 GiB in fp32, and torch's
``cross_entropy`` keeps their log-softmax and gradient beside them. Here the tokens go through in
chunks (Liger-Kernel's ``fused_linear_cross_entropy`` scheme): per chunk, one matmul gives its
logits, ``_cross_entropy_fwd_kernel`` computes each row's log-sum-exp and loss in one online pass,
``_cross_entropy_bwd_kernel`` overwrites the logits with their gradient, and two matmuls turn that
into the chunk's gradient for ``hidden`` and its contribution to ``weight``'s gradient. Both
gradients are therefore ready when the forward pass returns; the autograd backward only scales
them by the incoming gradient. Chunks hold about as many logits as ``hidden`` has elements, so the
peak stays near the size of the inputs and their gradients.

The weight gradient sums over every chunk in an fp32 buffer whatever the input dtype: summing
chunk contributions in bf16 loses the small ones and is known to make training diverge.

``logit_scale`` multiplies the logits before the softmax; Granite divides its logits by
``logits_scaling``, so its models pass ``1 / logits_scaling``. Labels equal to ``ignore_index``
contribute neither loss nor gradient; ``mean`` averages over the other tokens (NaN when there
are none, as torch's ``cross_entropy``), ``sum`` adds them.
"""

from __future__ import annotations

import torch

from codelm.kernels.dispatch import use_triton
from codelm.kernels.utils import MAX_FUSED_SIZE, cdiv, next_power_of_2, tl, triton_kernel

REDUCTIONS = ("mean", "sum")
# Vocabulary columns per loop step of the row kernels (Liger-Kernel caps its block at 32K as well).
MAX_BLOCK_SIZE = MAX_FUSED_SIZE // 2


@triton_kernel
def _cross_entropy_fwd_kernel(
    LOGITS,
    logits_row_stride,
    LABELS,
    LOSS,
    LSE,
    n_cols,
    ignore_index,
    logit_scale,
    BLOCK_SIZE: tl.constexpr,
):
    row = tl.program_id(0).to(tl.int64)
    label = tl.load(LABELS + row)
    if label == ignore_index:
        tl.store(LOSS + row, 0.0)
        tl.store(LSE + row, 0.0)
        return
    logits = LOGITS + row * logits_row_stride
    # Online log-sum-exp (Milakov & Gimelshein, 2018): a running maximum and the sum of exponentials below it.
    running_max = -float("inf")
    running_sum = 0.0
    for start in range(0, n_cols, BLOCK_SIZE):
        cols = start + tl.arange(0, BLOCK_SIZE)
        mask = cols < n_cols
        x = tl.load(logits + cols, mask=mask, other=0.0).to(tl.float32) * logit_scale
        x = tl.where(mask, x, -float("inf"))
        new_max = tl.maximum(running_max, tl.max(x, axis=0))
        running_sum = running_sum * tl.exp(running_max - new_max) + tl.sum(tl.exp(x - new_max), axis=0)
        running_max = new_max
    lse = running_max + tl.log(running_sum)
    label_logit = tl.load(logits + label).to(tl.float32) * logit_scale
    tl.store(LOSS + row, lse - label_logit)
    tl.store(LSE + row, lse)


@triton_kernel
def _cross_entropy_bwd_kernel(
    LOGITS,
    logits_row_stride,
    LABELS,
    LSE,
    n_cols,
    ignore_index,
    logit_scale,
    grad_scale,
    BLOCK_SIZE: tl.constexpr,
):
    """Overwrites each row of logits with d loss / d (hidden @ weight.T): (softmax - onehot)·logit_scale·grad_scale."""
    row = tl.program_id(0).to(tl.int64)
    label = tl.load(LABELS + row)
    logits = LOGITS + row * logits_row_stride
    if label == ignore_index:
        for start in range(0, n_cols, BLOCK_SIZE):
            cols = start + tl.arange(0, BLOCK_SIZE)
            tl.store(logits + cols, tl.zeros((BLOCK_SIZE,), dtype=tl.float32), mask=cols < n_cols)
        return
    lse = tl.load(LSE + row)
    scale = logit_scale * grad_scale
    for start in range(0, n_cols, BLOCK_SIZE):
        cols = start + tl.arange(0, BLOCK_SIZE)
        mask = cols < n_cols
        x = tl.load(logits + cols, mask=mask, other=0.0).to(tl.float32) * logit_scale
        grad = tl.exp(x - lse) - tl.where(cols == label, 1.0, 0.0)
        tl.store(logits + cols, (grad * scale).to(LOGITS.dtype.element_ty), mask=mask)


def chunk_size(n_tokens: int, vocab_size: int, hidden_size: int) -> int:
    """Tokens per chunk: a power of two whose logits are about as many as ``hidden``'s elements (Liger's rule)."""
    return next_power_of_2(cdiv(n_tokens, cdiv(vocab_size, hidden_size)))


def _chunk(
    hidden_chunk: torch.Tensor,
    weight: torch.Tensor,
    labels_chunk: torch.Tensor,
    loss_rows: torch.Tensor,
    grad_hidden_rows: torch.Tensor | None,
    grad_weight: torch.Tensor | None,
    ignore_index: int,
    logit_scale: float,
    grad_scale: float,
) -> None:
    """One chunk of tokens: writes their losses and gradient rows, adds their share of the weight's gradient.

    A function of its own so that its logits are freed on return, before the next chunk's exist.
    """
    n_rows, vocab_size = hidden_chunk.shape[0], weight.shape[0]
    block_size = min(MAX_BLOCK_SIZE, next_power_of_2(vocab_size))
    num_warps = 32 if block_size >= 32768 else 16 if block_size >= 8192 else 8
    logits = hidden_chunk @ weight.t()  # (chunk, vocab)
    lse = torch.empty(n_rows, dtype=torch.float32, device=hidden_chunk.device)
    _cross_entropy_fwd_kernel[(n_rows,)](
        logits,
        logits.stride(0),
        labels_chunk,
        loss_rows,
        lse,
        vocab_size,
        ignore_index,
        logit_scale,
        BLOCK_SIZE=block_size,
        num_warps=num_warps,
    )
    if grad_hidden_rows is None and grad_weight is None:
        return
    # From here on `logits` holds d loss / d (hidden @ weight.T), written over the logits in place.
    _cross_entropy_bwd_kernel[(n_rows,)](
        logits,
        logits.stride(0),
        labels_chunk,
        lse,
        vocab_size,
        ignore_index,
        logit_scale,
        grad_scale,
        BLOCK_SIZE=block_size,
        num_warps=num_warps,
    )
    if grad_hidden_rows is not None:
        torch.mm(logits, weight, out=grad_hidden_rows)
    if grad_weight is not None:
        if grad_weight.dtype == logits.dtype:
            grad_weight.addmm_(logits.t(), hidden_chunk)
        else:
            # bf16/fp16 matmul (fp32 accumulation inside it), then the running sum over chunks in fp32.
            grad_weight += logits.t() @ hidden_chunk


def fused_linear_cross_entropy_forward(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    labels: torch.Tensor,
    ignore_index: int,
    reduction: str,
    logit_scale: float,
    need_hidden_grad: bool,
    need_weight_grad: bool,
) -> tuple[torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
    """``(loss, grad_hidden, grad_weight)`` for a unit incoming gradient; a gradient not needed is None."""
    n_tokens, hidden_size = hidden.shape
    labels = labels.contiguous()
    n_valid = int((labels != ignore_index).sum())
    grad_scale = 1.0 / n_valid if reduction == "mean" and n_valid else 1.0
    loss_rows = torch.empty(n_tokens, dtype=torch.float32, device=hidden.device)
    grad_hidden = torch.empty_like(hidden) if need_hidden_grad else None
    grad_weight = torch.zeros(weight.shape, dtype=torch.float32, device=weight.device) if need_weight_grad else None
    tokens_per_chunk = chunk_size(n_tokens, weight.shape[0], hidden_size)
    for start in range(0, n_tokens, tokens_per_chunk):
        rows = slice(start, min(start + tokens_per_chunk, n_tokens))
        _chunk(
            hidden[rows],
            weight,
            labels[rows],
            loss_rows[rows],
            grad_hidden[rows] if need_hidden_grad else None,
            grad_weight,
            ignore_index,
            logit_scale,
            grad_scale,
        )
    loss = loss_rows.sum()
    if reduction == "mean":
        loss = loss / n_valid
    return loss, grad_hidden, grad_weight


class FusedLinearCrossEntropyFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, hidden, weight, labels, ignore_index, reduction, logit_scale):
        loss, grad_hidden, grad_weight = fused_linear_cross_entropy_forward(
            hidden,
            weight,
            labels,
            ignore_index,
            reduction,
            logit_scale,
            need_hidden_grad=ctx.needs_input_grad[0],
            need_weight_grad=ctx.needs_input_grad[1],
        )
        ctx.save_for_backward(grad_hidden, grad_weight)
        ctx.weight_dtype = weight.dtype
        return loss

    @staticmethod
    def backward(ctx, grad_loss):
        grad_hidden, grad_weight = ctx.saved_tensors
        # Scaled in place: no second copy of either gradient (so this backward runs once, like most).
        if grad_hidden is not None:
            grad_hidden = grad_hidden.mul_(grad_loss.to(grad_hidden.dtype))
        if grad_weight is not None:
            grad_weight = grad_weight.mul_(grad_loss).to(ctx.weight_dtype)
        return grad_hidden, grad_weight, None, None, None, None


def fused_linear_cross_entropy_reference(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    labels: torch.Tensor,
    ignore_index: int = -100,
    reduction: str = "mean",
    logit_scale: float = 1.0,
) -> torch.Tensor:
    """The spec: ``cross_entropy`` of the whole fp32 logits (tokens × vocab in memory at once)."""
    logits = (hidden @ weight.t()).float() * logit_scale
    return torch.nn.functional.cross_entropy(logits, labels, ignore_index=ignore_index, reduction=reduction)


def _check(hidden, weight, labels, ignore_index, reduction) -> None:
    if reduction not in REDUCTIONS:
        raise ValueError(f"reduction must be one of {', '.join(REDUCTIONS)}, not {reduction!r}")
    if hidden.dim() != 2 or weight.dim() != 2 or hidden.shape[1] != weight.shape[1]:
        raise ValueError(
            f"hidden must be (tokens, hidden) and weight (vocab, hidden), got {tuple(hidden.shape)} and "
            f"{tuple(weight.shape)}"
        )
    if labels.shape != (hidden.shape[0],):
        raise ValueError(f"labels has shape {tuple(labels.shape)}, expected ({hidden.shape[0]},)")
    if labels.dtype.is_floating_point:
        raise ValueError(f"labels must be integer token ids, not {labels.dtype}")
    out_of_range = (labels != ignore_index) & ((labels < 0) | (labels >= weight.shape[0]))
    if bool(out_of_range.any()):
        bad = int(labels[out_of_range][0])
        raise ValueError(
            f"label {bad} is outside the vocabulary of {weight.shape[0]} (ignore_index is {ignore_index})"
        )


def fused_linear_cross_entropy(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    labels: torch.Tensor,
    ignore_index: int = -100,
    reduction: str = "mean",
    logit_scale: float = 1.0,
) -> torch.Tensor:
    """Cross-entropy of ``(hidden @ weight.T) · logit_scale`` against ``labels``, chunked over tokens.

    ``hidden`` (tokens, hidden), ``weight`` (vocab, hidden), ``labels`` (tokens,). Returns an fp32 scalar.
    """
    _check(hidden, weight, labels, ignore_index, reduction)
    if use_triton(hidden):
        return FusedLinearCrossEntropyFunction.apply(hidden, weight, labels, ignore_index, reduction, logit_scale)
    return fused_linear_cross_entropy_reference(hidden, weight, labels, ignore_index, reduction, logit_scale)
