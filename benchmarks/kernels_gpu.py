"""codelm's Triton kernels on a GPU: forward and forward + backward time, peak memory and accuracy, side by side.

    python benchmarks/kernels_gpu.py [--rep-ms 100] [--batch 8] [--seq 2048] [--ops rmsnorm,rope,...]
                                     [--e2e-steps 40 | --no-e2e] [--out results.json]

For each op, in this one process, on the same bf16 inputs at the shapes of the ~1B models that
``benchmarks/train_gpu.sh`` trains (hidden 2048; Llama-style 16 query and 4 key-value heads of
128, SwiGLU width 5632; SantaCoder-style GELU width 8192; vocabulary 49152; ``--batch`` rows of
``--seq`` tokens, packed with positions restarting per document):

- ``codelm``: the public function (Triton kernels on CUDA);
- ``eager``: its torch reference, as the model runs without kernels;
- ``compile``: ``torch.compile`` of that reference;
- ``liger``: Liger-Kernel's op where it has one and is installed (RMSNorm, fused add + RMSNorm,
  LayerNorm, RoPE, SwiGLU, fused linear cross-entropy with ``accum_dtype=float32``; it has no
  plain GELU and no fused add + LayerNorm). Liger's RoPE takes ``(batch, heads, seq, head_dim)``
  and precomputed cos/sin, so its timing includes building those from the position ids and the
  transposed views, as a model with codelm's layout would have to.

Times are medians of the repetitions that fit in ``--rep-ms`` milliseconds after warm-up
(``triton.testing.do_bench``: CUDA events, L2 cache flushed between repetitions); gradients are
reset to None between repetitions. Peak
memory is ``torch.cuda.max_memory_allocated`` during one forward + backward, above what was
allocated before it. Accuracy: every implementation's outputs and input gradients against the
reference run in fp32 on the same values (the maximum absolute error, scaled by the largest fp32
value); a result beyond bf16 tolerance is flagged. The e2e part runs ``benchmarks/train_gpu.sh``:
training tokens/s of two ~1B models with ``model.kernels: []`` and ``[all]``.

Needs a CUDA device; without one it says so and exits with status 0, measuring nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import torch

REPO = Path(__file__).resolve().parents[1]
# Relative error (max |error| / max |fp32 value|) beyond which a bf16 result is flagged: a few bf16 ulps.
BF16_TOLERANCE = 2e-2


@dataclass
class Op:
    name: str
    make_inputs: Callable  # device -> the op's arguments (tensors that take gradients require them)
    codelm: Callable
    reference: Callable
    implementations: dict[str, Callable] = field(default_factory=dict)


def packed_positions(batch: int, seq: int, device) -> torch.Tensor:
    """Positions restarting at 0 every 512 tokens: four or more documents per row, as packing gives."""
    return (torch.arange(seq, device=device) % 512).expand(batch, seq)


def build_ops(args, liger) -> list[Op]:
    import codelm.kernels as kernels

    tokens, hidden, vocab = args.batch * args.seq, 2048, 49152
    heads, kv_heads, head_dim, swiglu_width, gelu_width, theta = 16, 4, 128, 5632, 8192, 10000.0

    def leaf(shape, device, scale=1.0):
        return (torch.randn(shape, device=device, dtype=torch.bfloat16) * scale).requires_grad_()

    def halves(swiglu_fn):
        def on_projection(projection):
            return swiglu_fn(*projection.chunk(2, dim=-1))

        return on_projection

    def norm_inputs(device, residual: bool, bias: bool, eps: float) -> list:
        """``[x, (residual), weight, (bias), eps]`` in the order of the norm functions' arguments."""
        x = leaf((args.batch, args.seq, hidden), device)
        weight = (1.0 + 0.1 * torch.randn(hidden, device=device, dtype=torch.bfloat16)).requires_grad_()
        inputs = [x, leaf(x.shape, device)] if residual else [x]
        inputs.append(weight)
        if bias:
            inputs.append(leaf((hidden,), device, 0.1))
        return inputs + [eps]

    ops = [
        Op(
            "rmsnorm",
            lambda device: norm_inputs(device, residual=False, bias=False, eps=1e-6),
            kernels.rmsnorm,
            kernels.rmsnorm_reference,
        ),
        Op(
            "rmsnorm_residual",
            lambda device: norm_inputs(device, residual=True, bias=False, eps=1e-6),
            kernels.rmsnorm_residual,
            kernels.rmsnorm_residual_reference,
        ),
        Op(
            "layernorm",
            lambda device: norm_inputs(device, residual=False, bias=True, eps=1e-5),
            kernels.layernorm,
            kernels.layernorm_reference,
        ),
        Op(
            "layernorm_residual",
            lambda device: norm_inputs(device, residual=True, bias=True, eps=1e-5),
            kernels.layernorm_residual,
            kernels.layernorm_residual_reference,
        ),
        Op(
            "rope",
            lambda device: [
                leaf((args.batch, args.seq, heads, head_dim), device),
                leaf((args.batch, args.seq, kv_heads, head_dim), device),
                packed_positions(args.batch, args.seq, device),
                theta,
            ],
            kernels.apply_rope,
            kernels.apply_rope_reference,
        ),
        Op(
            "swiglu",
            # One [gate | up] projection output, split as the model splits it: gradients reach the projection.
            lambda device: [leaf((args.batch, args.seq, 2 * swiglu_width), device)],
            halves(kernels.swiglu),
            halves(kernels.swiglu_reference),
        ),
        Op(
            "gelu",
            lambda device: [leaf((args.batch, args.seq, gelu_width), device)],
            kernels.gelu_tanh,
            kernels.gelu_tanh_reference,
        ),
        Op(
            "cross_entropy",
            lambda device: [
                leaf((tokens, hidden), device),
                leaf((vocab, hidden), device, 0.02),
                torch.where(
                    torch.arange(tokens, device=device) % 512 == 511,  # the last token of each document
                    torch.full((tokens,), -100, device=device),
                    torch.randint(0, vocab, (tokens,), device=device),
                ),
            ],
            kernels.fused_linear_cross_entropy,
            kernels.fused_linear_cross_entropy_reference,
        ),
    ]
    for op in ops:
        op.implementations["codelm"] = op.codelm
        op.implementations["eager"] = op.reference
        op.implementations["compile"] = torch.compile(op.reference, dynamic=False)
    if liger is None:
        return ops

    def liger_rope(q, k, position_ids, theta):
        inverse = 1.0 / (theta ** (torch.arange(0, head_dim, 2, device=q.device).float() / head_dim))
        angles = position_ids[..., None].float() * inverse
        angles = torch.cat([angles, angles], dim=-1)
        q_rotated, k_rotated = liger.liger_rope(q.transpose(1, 2), k.transpose(1, 2), angles.cos(), angles.sin())
        return q_rotated.transpose(1, 2), k_rotated.transpose(1, 2)

    liger_versions = {
        "rmsnorm": lambda x, weight, eps: liger.liger_rms_norm(x, weight, eps, in_place=False),
        "rmsnorm_residual": lambda x, residual, weight, eps: liger.liger_fused_add_rms_norm(
            x, residual, weight, eps, in_place=False
        ),
        "layernorm": liger.liger_layer_norm,
        "rope": liger_rope,
        "swiglu": halves(liger.liger_swiglu),
        "cross_entropy": lambda hidden, weight, labels: liger.liger_fused_linear_cross_entropy(
            hidden, weight, labels, accum_dtype=torch.float32
        ),
    }
    for op in ops:
        if op.name in liger_versions:
            op.implementations["liger"] = liger_versions[op.name]
    return ops


def forward_backward(fn, inputs, grads):
    outputs = fn(*inputs)
    outputs = outputs if isinstance(outputs, tuple) else (outputs,)
    torch.autograd.backward(outputs, grads)
    return outputs


def accuracy(op: Op, fn, inputs, grads) -> float:
    """Worst relative error of ``fn``'s outputs and input gradients against the fp32 reference."""

    def fp32_copy(value):
        if isinstance(value, torch.Tensor) and value.is_floating_point():
            return value.detach().float().requires_grad_(value.requires_grad)
        return value

    def run(function, values, output_grads):
        outputs = forward_backward(function, values, output_grads)
        leaves = [v for v in values if isinstance(v, torch.Tensor) and v.requires_grad]
        results = [o.detach().float() for o in outputs] + [v.grad.float() for v in leaves]
        for leaf in leaves:
            leaf.grad = None
        return results

    expected = run(op.reference, [fp32_copy(v) for v in inputs], [g.float() for g in grads])
    got = run(fn, inputs, grads)
    worst = 0.0
    for value, truth in zip(got, expected):
        scale = truth.abs().max().clamp_min(1e-12)
        worst = max(worst, float((value - truth).abs().max() / scale))
    return worst


def measure(op: Op, name: str, fn, device, rep_ms: int) -> dict:
    from triton.testing import do_bench

    inputs = op.make_inputs(device)
    leaves = [v for v in inputs if isinstance(v, torch.Tensor) and v.requires_grad]
    probe = fn(*inputs)
    probe = probe if isinstance(probe, tuple) else (probe,)
    generator = torch.Generator(device=device).manual_seed(1)
    grads = [torch.randn(o.shape, device=device, dtype=o.dtype, generator=generator) for o in probe]
    del probe
    error = accuracy(op, fn, inputs, grads)
    forward_ms = do_bench(lambda: fn(*inputs), rep=rep_ms, return_mode="median")
    step_ms = do_bench(
        lambda: forward_backward(fn, inputs, grads), grad_to_none=leaves, rep=rep_ms, return_mode="median"
    )
    for leaf in leaves:
        leaf.grad = None
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    forward_backward(fn, inputs, grads)
    torch.cuda.synchronize()
    peak_mib = (torch.cuda.max_memory_allocated() - before) / 2**20
    return {
        "op": op.name,
        "implementation": name,
        "forward_ms": forward_ms,
        "forward_backward_ms": step_ms,
        "peak_mib": peak_mib,
        "relative_error": error,
        "within_bf16_tolerance": error <= BF16_TOLERANCE,
    }


def print_table(rows: list[dict]) -> None:
    print("| op | implementation | forward ms | fwd+bwd ms | vs eager | peak MiB | rel. error vs fp32 |")
    print("|---|---|---:|---:|---:|---:|---:|")
    eager = {
        row["op"]: row["forward_backward_ms"]
        for row in rows
        if row["implementation"] == "eager" and "error" not in row
    }
    for row in rows:
        if "error" in row:
            print(f"| {row['op']} | {row['implementation']} | {row['error']} | | | | |")
            continue
        speedup = eager[row["op"]] / row["forward_backward_ms"] if row["op"] in eager else float("nan")
        flag = "" if row["within_bf16_tolerance"] else " (beyond bf16 tolerance)"
        print(
            f"| {row['op']} | {row['implementation']} | {row['forward_ms']:.3f} | {row['forward_backward_ms']:.3f} | "
            f"{speedup:.2f}x | {row['peak_mib']:.0f} | {row['relative_error']:.1e}{flag} |"
        )


def end_to_end(steps: int, work_dir: Path) -> list[dict]:
    """Training tokens/s of the ~1B models with and without kernels, by ``benchmarks/train_gpu.sh``."""
    script = REPO / "benchmarks" / "train_gpu.sh"
    # The script calls `codelm` and `python`: this interpreter's environment, whatever PATH says.
    bin_dir = Path(sys.executable).parent
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "CODELM": str(bin_dir / "codelm"),
    }
    result = subprocess.run(
        ["bash", str(script), str(work_dir), str(steps)], capture_output=True, text=True, env=env, check=False
    )
    if result.returncode != 0:
        print(f"end-to-end runs failed:\n{result.stderr[-3000:]}", file=sys.stderr)
        return []
    lines = (work_dir / "train_gpu.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rep-ms", type=int, default=100, help="milliseconds of timed repetitions per measurement")
    parser.add_argument("--batch", type=int, default=8, help="rows per micro-batch")
    parser.add_argument("--seq", type=int, default=2048, help="tokens per row")
    parser.add_argument("--ops", default="", help="comma-separated subset of the ops (default: all)")
    parser.add_argument("--e2e-steps", type=int, default=40, help="training steps per end-to-end run")
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end training runs")
    parser.add_argument("--work-dir", type=Path, default=REPO / "work" / "kernels-gpu")
    parser.add_argument("--out", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args()

    if not torch.cuda.is_available():
        print("kernels_gpu.py: no CUDA device; nothing measured", file=sys.stderr)
        return 0
    try:
        import triton
    except ImportError:
        print("kernels_gpu.py: Triton is not installed (pip install 'codelm[kernels]'); nothing measured")
        return 0
    try:
        from liger_kernel.transformers import functional as liger
    except ImportError:
        liger = None
        print("Liger-Kernel is not installed: its column is left out (pip install liger-kernel)")

    device = torch.device("cuda")
    print(f"{torch.cuda.get_device_name(device)}, torch {torch.__version__}, triton {triton.__version__}")
    ops = build_ops(args, liger)
    wanted = set(filter(None, args.ops.split(",")))
    unknown = wanted - {op.name for op in ops}
    if unknown:
        parser.error(f"unknown ops {', '.join(sorted(unknown))}")
    rows = []
    for op in ops:
        if wanted and op.name not in wanted:
            continue
        for name, fn in op.implementations.items():
            torch.manual_seed(0)
            try:
                rows.append(measure(op, name, fn, device, args.rep_ms))
            except Exception as failure:  # one implementation that fails (a peer's compile, say) is reported
                message = str(failure).splitlines()[0] if str(failure) else ""
                rows.append({"op": op.name, "implementation": name, "error": f"{type(failure).__name__}: {message}"})
            print(json.dumps(rows[-1]), flush=True)
            torch.cuda.empty_cache()
    print_table(rows)
    e2e = [] if args.no_e2e else end_to_end(args.e2e_steps, args.work_dir)
    for run in e2e:
        print(f"end-to-end {run['run']}: {run['tokens_per_s']:,.0f} tokens/s, MFU {run['mfu']:.3f}")
    if args.out:
        args.out.write_text(json.dumps({"kernels": rows, "end_to_end": e2e}, indent=1))
    # A peer beyond tolerance is reported in the table; only codelm's own results fail the run.
    failures = [row for row in rows if row["implementation"] == "codelm" and not row.get("within_bf16_tolerance")]
    return 1 if failures or (not args.no_e2e and not e2e) else 0


if __name__ == "__main__":
    sys.exit(main())
