"""MoE layer training throughput on CPU: codelm's layer against transformers' GraniteMoe layer, same shapes.

    python benchmarks/bench_moe.py [--runs 5] [--threads 2] [--shapes granite-1b-a400m,tiny-granite-moe]

Side by side, in this one process, forward + backward of one MoE layer (router and experts) in fp32
on ``(tokens, hidden)`` activations, with the same weights and the same inputs:

- ``codelm``: ``codelm.trainer.moe.MoE``, sparse: tokens sorted by expert, one ``grouped_mm`` per
  projection over the unpadded groups, backward written by hand (``codelm.kernels.moe.moe_experts_reference``);
- ``transformers grouped_mm``: ``GraniteMoeMoE`` with transformers' default experts implementation
  (what ``from_pretrained`` picks), ``torch.nn.functional.grouped_mm`` over the sorted tokens;
- ``transformers eager``: the same layer's per-expert loop;
- ``codelm dense (DS-MoE)``: codelm's layer with ``moe.train_mode: dense`` in training (every expert
  for every token), for what dense training costs at that shape.

transformers' ``batched_mm`` implementation is left out: it gathers one weight matrix per (token,
expert) pair, 34 GB at the Granite shape. Routing comes from the layer's own router on random
activations (``balanced``: the experts' loads are close to even, as the load-balancing loss keeps them)
and on activations that share a mean direction (``skewed``: the busiest expert gets about twice its
share), since uneven groups cost a padded layout extra rows. Outputs are checked equal first.
Runs alternate between the implementations; gradients are reset to None between runs; tokens/s is the
median over ``--runs``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import torch

from codelm.trainer.model import ModelConfig
from codelm.trainer.moe import MoE
from codelm.trainer.presets import preset

# name -> tokens per step (rows × sequence length) at that layer's shape.
SHAPES = {"granite-1b-a400m": 1024, "granite-3b-a800m": 1024, "tiny-granite-moe": 8192}


def _transformers_layer(config: ModelConfig, ours: MoE, implementation: str):
    from transformers import GraniteMoeConfig
    from transformers.models.granitemoe.modeling_granitemoe import GraniteMoeMoE

    theirs_config = GraniteMoeConfig(
        hidden_size=config.hidden_size,
        intermediate_size=config.intermediate_size,
        num_local_experts=config.num_experts,
        num_experts_per_tok=config.top_k,
    )
    theirs_config._experts_implementation = implementation
    theirs = GraniteMoeMoE(theirs_config)
    with torch.no_grad():
        theirs.router.weight.copy_(ours.router.weight)
        theirs.experts.gate_up_proj.copy_(ours.gate_up.weight.transpose(1, 2))
        theirs.experts.down_proj.copy_(ours.down.weight.transpose(1, 2))
    return theirs.train()


def _seconds(layer, x: torch.Tensor, probe: torch.Tensor) -> float:
    for parameter in layer.parameters():
        parameter.grad = None
    x.grad = None
    start = time.perf_counter()
    layer(x).backward(probe)
    return time.perf_counter() - start


def bench_shape(name: str, tokens: int, runs: int, skewed: bool) -> list[dict]:
    config = ModelConfig(**preset(name))
    torch.manual_seed(0)
    ours = MoE(config).train()
    dense = MoE(ModelConfig(**{**preset(name), "moe": {"train_mode": "dense"}})).train()
    dense.load_state_dict(ours.state_dict())
    layers = {
        "codelm": ours,
        "transformers grouped_mm": _transformers_layer(config, ours, "grouped_mm"),
        "transformers eager": _transformers_layer(config, ours, "eager"),
        "codelm dense (DS-MoE)": dense,
    }
    x = torch.randn(1, tokens, config.hidden_size)  # transformers' layer takes (batch, seq, hidden)
    if skewed:  # activations sharing a mean direction, as real ones do: a bias per expert in the router logits
        x += 0.4 * torch.randn(config.hidden_size)
    x.requires_grad_()
    probe = torch.randn(1, tokens, config.hidden_size)
    with torch.no_grad():
        reference = layers["transformers eager"](x)
        for label in ("codelm", "transformers grouped_mm"):
            difference = (layers[label](x) - reference).abs().max().item()
            assert difference < 1e-4, f"{label} differs from transformers eager by {difference}"
        counts = torch.bincount(ours.router(x).topk(config.top_k).indices.flatten(), minlength=config.num_experts)
    busiest = float(counts.max() / counts.float().mean())
    seconds = {label: [] for label in layers}
    _seconds(ours, x, probe)  # warm-up: first-call allocations
    for _ in range(runs):
        for label, layer in layers.items():
            seconds[label].append(_seconds(layer, x, probe))
    baseline = statistics.median(seconds["transformers grouped_mm"])
    return [
        {
            "shape": name,
            "routing": f"{'skewed' if skewed else 'balanced'} (busiest expert {busiest:.2f}x its share)",
            "implementation": label,
            "tokens_per_s": tokens / statistics.median(times),
            "speedup": baseline / statistics.median(times),
        }
        for label, times in seconds.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--shapes", default="granite-1b-a400m,tiny-granite-moe", help=f"from {', '.join(SHAPES)}")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    # The machine is shared: the load average says how many other processes competed for the cores.
    print(f"torch {torch.__version__}, {args.threads} threads, load average {os.getloadavg()[0]:.1f} at the start")
    print("| shape (tokens) | routing | implementation | tokens/s | vs transformers grouped_mm |")
    print("|---|---|---|---:|---:|")
    for name in args.shapes.split(","):
        for skewed in (False, True):
            for row in bench_shape(name, SHAPES[name], args.runs, skewed):
                print(
                    f"| {row['shape']} ({SHAPES[name]}) | {row['routing']} | {row['implementation']} "
                    f"| {row['tokens_per_s']:,.0f} | {row['speedup']:.2f}x |",
                    flush=True,
                )
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
