"""Tuning sweeps on a GPU for the kernels that ``kernels_gpu.py`` found slower than torch eager.

    python benchmarks/kernels_gpu_tuning.py [--rep-ms 50] [--programs-per-sm 1,2,4,8,16] [--out tuning.json]

At ``kernels_gpu.py``'s shapes and with its timing, error and memory columns (``measure``), in this one
process:

- the norms' backward passes split their rows over ``PROGRAMS_PER_SM`` programs per streaming
  multiprocessor, each summing its own weight-gradient partial: RMSNorm and LayerNorm, with and without
  a residual, forward + backward for each count in ``--programs-per-sm``, beside torch eager;
- GELU's backward as codelm computes it (σ(2z) and σ(-2z) from one exponential) beside the same
  arithmetic with two ``tl.sigmoid`` calls, and torch eager.

Needs a CUDA device; without one it says so and exits with status 0, measuring nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

NORMS = ("rmsnorm", "rmsnorm_residual", "layernorm", "layernorm_residual")


def two_sigmoid_gelu():
    """GELU whose backward evaluates σ(2z) and σ(-2z) with a ``tl.sigmoid`` each."""
    from codelm.kernels import gelu
    from codelm.kernels.utils import cdiv, tl, triton_kernel

    @triton_kernel
    def _gelu_bwd_two_sigmoids_kernel(GRAD_Y, X, GRAD_X, n_elements, sqrt_2_over_pi, cubic, BLOCK_SIZE: tl.constexpr):
        offsets = tl.program_id(0).to(tl.int64) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
        mask = offsets < n_elements
        grad_y = tl.load(GRAD_Y + offsets, mask=mask, other=0.0).to(tl.float32)
        x = tl.load(X + offsets, mask=mask, other=0.0).to(tl.float32)
        inner = sqrt_2_over_pi * (x + cubic * x * x * x)
        gate = tl.sigmoid(2.0 * inner)
        gate_complement = tl.sigmoid(-2.0 * inner)
        inner_slope = sqrt_2_over_pi * (1.0 + 3.0 * cubic * x * x)
        grad_x = grad_y * (gate + 2.0 * x * gate * gate_complement * inner_slope)
        tl.store(GRAD_X + offsets, grad_x.to(GRAD_X.dtype.element_ty), mask=mask)

    class TwoSigmoidGELU(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            x = x.contiguous()
            ctx.save_for_backward(x)
            return gelu.gelu_forward(x)

        @staticmethod
        def backward(ctx, grad_y):
            (x,) = ctx.saved_tensors
            grad_y = grad_y.contiguous()
            grad_x = torch.empty_like(x)
            n_elements = x.numel()
            _gelu_bwd_two_sigmoids_kernel[(cdiv(n_elements, gelu.BLOCK_SIZE),)](
                grad_y, x, grad_x, n_elements, gelu.SQRT_2_OVER_PI, gelu.CUBIC_COEFFICIENT, BLOCK_SIZE=gelu.BLOCK_SIZE
            )
            return grad_x

    return TwoSigmoidGELU.apply


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rep-ms", type=int, default=50, help="milliseconds of timed repetitions per measurement")
    parser.add_argument("--batch", type=int, default=8, help="rows per micro-batch")
    parser.add_argument("--seq", type=int, default=2048, help="tokens per row")
    parser.add_argument("--programs-per-sm", default="1,2,4,8,16", help="comma-separated counts to sweep")
    parser.add_argument("--out", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args()
    if not torch.cuda.is_available():
        print("kernels_gpu_tuning.py: no CUDA device; nothing measured", file=sys.stderr)
        return 0

    from kernels_gpu import build_ops, measure

    from codelm.kernels import utils

    device = torch.device("cuda")
    ops = {op.name: op for op in build_ops(args, None)}
    rows = []

    def record(op, label, fn, **extra):
        torch.manual_seed(0)
        row = {**measure(op, label, fn, device, args.rep_ms), **extra}
        rows.append(row)
        print(json.dumps(row), flush=True)

    for name in NORMS:
        record(ops[name], "eager", ops[name].reference)
        for programs_per_sm in map(int, args.programs_per_sm.split(",")):
            utils.PROGRAMS_PER_SM = programs_per_sm
            record(ops[name], f"codelm, {programs_per_sm} per SM", ops[name].codelm, programs_per_sm=programs_per_sm)
    gelu = ops["gelu"]
    record(gelu, "eager", gelu.reference)
    record(gelu, "codelm (one exponential)", gelu.codelm)
    record(gelu, "two tl.sigmoid calls", two_sigmoid_gelu())
    print("| op | implementation | fwd ms | fwd+bwd ms | vs eager | rel. error |")
    print("|---|---|---:|---:|---:|---:|")
    eager = {row["op"]: row["forward_backward_ms"] for row in rows if row["implementation"] == "eager"}
    for row in rows:
        print(
            f"| {row['op']} | {row['implementation']} | {row['forward_ms']:.3f} | {row['forward_backward_ms']:.3f} "
            f"| {eager[row['op']] / row['forward_backward_ms']:.2f}x | {row['relative_error']:.1e} |"
        )
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
