"""Peak memory of fused linear cross-entropy against ``cross_entropy(hidden @ weight.T)``, forward + backward, on CPU.

    python benchmarks/bench_kernels_memory.py [--tokens 8192] [--vocab 49152] [--hidden 2048]

Each variant runs in a fresh process, so one's freed pages cannot hide the other's peak, on the
same fp32 inputs (``hidden`` ``(tokens, hidden)`` and ``weight`` ``(vocab, hidden)``, both requiring
gradients, seeded labels):

- ``torch``: ``F.cross_entropy(hidden @ weight.T, labels).backward()``, the whole logits in memory;
- ``fused``: ``codelm.kernels.fused_linear_cross_entropy(hidden, weight, labels).backward()`` through
  its Triton kernels, run by Triton's CPU interpreter (``TRITON_INTERPRET=1``, ``CODELM_KERNELS=triton``):
  the code path a GPU runs, chunk for chunk;
- ``fused-collected``: the same, with a young-generation ``gc.collect(0)`` after every kernel launch.
  Triton's interpreter (3.9) ends each launch by leaving its arguments' storages in a reference
  cycle (a recursive closure in ``GridExecutor._restore_args_dev``), so a chunk's logits outlive
  their launch until Python's cyclic GC happens to run; on a GPU nothing holds them. This variant
  shows the algorithm's own peak, the plain ``fused`` one what the interpreter run really took.

Memory is what the operating system reports for the process: resident set size before the call
(inputs allocated, code warmed up on a small problem) and its high-water mark after. "Added" is the
difference: what the loss and its gradients cost on top of their inputs. The gradients of both
inputs exist at the end of either variant and are counted in both. The loss and the gradient
norms of the two variants are compared as a correctness check at full scale.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

GIB = 1024**3
VARIANTS = ("torch", "fused", "fused-collected")


def status_bytes(field: str) -> int:
    """A ``/proc/self/status`` memory figure (``VmRSS``, ``VmHWM``) in bytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} missing from /proc/self/status")


def collect_after_every_launch() -> None:
    import gc

    from codelm.kernels import utils

    launch = utils.TritonKernel.__getitem__

    def launch_then_collect(kernel, grid):
        def run(*args, **kwargs):
            launch(kernel, grid)(*args, **kwargs)
            gc.collect(0)

        return run

    utils.TritonKernel.__getitem__ = launch_then_collect


def measure(variant: str, tokens: int, vocab: int, hidden_size: int) -> dict:
    import torch
    import torch.nn.functional as F

    from codelm.kernels import fused_linear_cross_entropy

    if variant == "fused-collected":
        collect_after_every_launch()

    def loss_of(hidden, weight, labels):
        if variant == "torch":
            return F.cross_entropy(hidden @ weight.t(), labels)
        return fused_linear_cross_entropy(hidden, weight, labels)

    generator = torch.Generator().manual_seed(0)
    # Warm-up on a small problem: loads kernels, BLAS and the interpreter before the baseline is read.
    small = [torch.randn(64, 32, requires_grad=True), torch.randn(256, 32, requires_grad=True)]
    loss_of(*small, torch.randint(0, 256, (64,))).backward()
    del small
    # In-place scaling: no temporary copy of the 384 MiB weight before the baseline is read.
    hidden = torch.randn(tokens, hidden_size, generator=generator).requires_grad_()
    weight = torch.randn(vocab, hidden_size, generator=generator).mul_(0.02).requires_grad_()
    labels = torch.randint(0, vocab, (tokens,), generator=generator)
    rss_before, high_water_before = status_bytes("VmRSS"), status_bytes("VmHWM")
    start = time.perf_counter()
    loss = loss_of(hidden, weight, labels)
    loss.backward()
    seconds = time.perf_counter() - start
    high_water = status_bytes("VmHWM")
    if high_water <= high_water_before:
        raise RuntimeError("the call did not raise the process's high-water mark; the baseline is not comparable")
    return {
        "variant": variant,
        "rss_before": rss_before,
        "peak": high_water,
        "added": high_water - rss_before,
        "seconds": seconds,
        "loss": loss.item(),
        "hidden_grad_norm": hidden.grad.norm().item(),
        "weight_grad_norm": weight.grad.norm().item(),
    }


def run_variant(variant: str, args) -> dict:
    env = dict(os.environ)
    if variant.startswith("fused"):
        env.update(TRITON_INTERPRET="1", CODELM_KERNELS="triton")
    command = [sys.executable, __file__, "--variant", variant]
    command += ["--tokens", str(args.tokens), "--vocab", str(args.vocab), "--hidden", str(args.hidden)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{variant} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=8192)
    parser.add_argument("--vocab", type=int, default=49152)
    parser.add_argument("--hidden", type=int, default=2048)
    parser.add_argument("--variant", choices=VARIANTS, help="measure one variant in this process")
    args = parser.parse_args()
    if args.variant:
        print(json.dumps(measure(args.variant, args.tokens, args.vocab, args.hidden)))
        return

    inputs = (args.tokens + args.vocab) * args.hidden * 4
    print(
        f"{args.tokens} tokens x {args.vocab} vocabulary x {args.hidden} hidden, fp32; inputs {inputs / GIB:.2f} GiB"
    )
    results = {variant: run_variant(variant, args) for variant in VARIANTS}
    print("| variant | RSS before (GiB) | peak RSS (GiB) | added (GiB) | seconds | loss |")
    print("|---|---:|---:|---:|---:|---:|")
    for variant, result in results.items():
        print(
            f"| {variant} | {result['rss_before'] / GIB:.2f} | {result['peak'] / GIB:.2f} | "
            f"{result['added'] / GIB:.2f} | {result['seconds']:.0f} | {result['loss']:.6f} |"
        )
    torch_run = results["torch"]
    for variant in VARIANTS[1:]:
        run = results[variant]
        peak_ratio, added_ratio = run["peak"] / torch_run["peak"], run["added"] / torch_run["added"]
        print(f"{variant}/torch: peak {peak_ratio:.3f}, added {added_ratio:.3f}")
        for key in ("loss", "hidden_grad_norm", "weight_grad_norm"):
            relative = abs(run[key] - torch_run[key]) / abs(torch_run[key])
            print(
                f"  {key}: torch {torch_run[key]:.6g}, {variant} {run[key]:.6g} (relative difference {relative:.1e})"
            )


if __name__ == "__main__":
    main()
