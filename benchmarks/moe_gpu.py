"""MoE layer training speed on a GPU: codelm's Triton kernels against SonicMoE and transformers, side by side.

    python benchmarks/moe_gpu.py [--shapes granite-1b-a400m,granite-3b-a800m] [--tokens 16384]
                                 [--rep-ms 200] [--out results.json]
    python benchmarks/moe_gpu.py --device cpu --tokens 64 --shapes tiny-granite-moe   # harness dry run

One MoE layer (router and experts, Granite 3.0's shapes) forward + backward in bf16 on ``--tokens``
activations, in this one process, every implementation with the same weights:

- ``codelm triton``: ``codelm.trainer.moe.MoE`` with ``kernels: [moe]``: the gather-multiply-scatter
  Triton kernels of ``codelm.kernels.moe``;
- ``codelm torch``: the same layer on its torch reference (on a GPU, one bmm over groups padded to the largest);
- ``transformers grouped_mm``: ``GraniteMoeMoE`` with transformers' default experts implementation
  (``torch.nn.functional.grouped_mm``, cuBLAS grouped GEMM);
- ``sonic-moe``: ``sonicmoe.MoE`` (Guo et al. 2025, CuTe DSL kernels for Hopper and newer) when the
  ``sonic-moe`` package is installed; its gate and up rows interleaved from codelm's weights.

Times are medians of the repetitions that fit in ``--rep-ms`` after warm-up (``triton.testing.do_bench``:
CUDA events, L2 flushed), with gradients reset to None between repetitions; tokens/s = tokens / time.
Peak memory: ``torch.cuda.max_memory_allocated`` during one forward + backward above what was allocated
before it. Errors: the largest absolute difference of the layer's output, and of the gradient of its
input, from the fp32 torch reference's on the same weights and inputs, divided by the reference's largest
magnitude, over the tokens that the router sends to the same experts in bf16 as in fp32 (their number is
printed); beyond a few bf16 ulps is flagged. An implementation that fails (not installed, unsupported GPU)
gets its error message instead.

``--device cpu`` runs the harness at toy shapes under Triton's interpreter (``TRITON_INTERPRET=1``, set
here before Triton is imported), for checking the script on a machine without a GPU; its times mean
nothing. Without ``--device cpu`` and without CUDA it says so and exits with status 0, measuring nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

# Relative error beyond which a bf16 result is flagged: a few bf16 ulps (as benchmarks/kernels_gpu.py).
BF16_TOLERANCE = 2e-2


def _codelm_layer(name: str, kernels: list[str]):
    from codelm.trainer.model import ModelConfig
    from codelm.trainer.moe import MoE
    from codelm.trainer.presets import preset

    return MoE(ModelConfig(**{**preset(name), "kernels": kernels}))


def _copy_into_transformers(ours):
    from transformers import GraniteMoeConfig
    from transformers.models.granitemoe.modeling_granitemoe import GraniteMoeMoE

    config = ours.config
    theirs_config = GraniteMoeConfig(
        hidden_size=config.hidden_size,
        intermediate_size=config.intermediate_size,
        num_local_experts=config.num_experts,
        num_experts_per_tok=config.top_k,
    )
    theirs_config._experts_implementation = "grouped_mm"
    theirs = GraniteMoeMoE(theirs_config)
    theirs.router.weight.copy_(ours.router.weight)
    theirs.experts.gate_up_proj.copy_(ours.gate_up.weight.transpose(1, 2))
    theirs.experts.down_proj.copy_(ours.down.weight.transpose(1, 2))
    return lambda x: theirs(x), theirs


def _copy_into_sonicmoe(ours):
    import sonicmoe
    from sonicmoe.enums import ActivationType, KernelBackendMoE

    config = ours.config
    inner = config.intermediate_size
    theirs = sonicmoe.MoE(
        num_experts=config.num_experts,
        num_experts_per_tok=config.top_k,
        hidden_size=config.hidden_size,
        intermediate_size=inner,
        activation_function=ActivationType.SWIGLU,
        add_bias=False,
        std=config.initializer_range,
    ).to(ours.router.weight.device)
    theirs.router.weight.copy_(ours.router.weight)
    gate_up = ours.gate_up.weight.transpose(1, 2)  # (experts, 2·inner, hidden): [gate | up] rows
    theirs.c_fc.weight[:, 0::2].copy_(gate_up[:, :inner])  # sonic-moe interleaves gate and up rows
    theirs.c_fc.weight[:, 1::2].copy_(gate_up[:, inner:])
    theirs.c_proj.weight.copy_(ours.down.weight.transpose(1, 2))
    return lambda x: theirs(x, kernel_backend_moe=KernelBackendMoE.sonicmoe)[0], theirs


def _implementations(name: str, device, dtype):
    """label -> (forward function, module owning its parameters), or label -> error message."""
    import torch

    torch.manual_seed(0)
    triton_layer = _codelm_layer(name, ["moe"]).to(device)
    torch_layer = _codelm_layer(name, []).to(device)
    torch_layer.load_state_dict(triton_layer.state_dict())
    built = {"codelm triton": (triton_layer, triton_layer), "codelm torch": (torch_layer, torch_layer)}
    for label, copy in (("transformers grouped_mm", _copy_into_transformers), ("sonic-moe", _copy_into_sonicmoe)):
        try:
            with torch.no_grad():
                built[label] = copy(triton_layer)
        except Exception as error:  # a peer that is not installed or does not run here is reported, not fatal
            built[label] = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    for value in built.values():
        if not isinstance(value, str):
            value[1].to(device=device, dtype=dtype).train()
    return built, torch_layer


def _relative(value, truth, tokens) -> float:
    value, truth = value.float()[..., tokens, :], truth[..., tokens, :]
    return float((value - truth).abs().max() / truth.abs().max())


def _errors(forward, x, probe, expected) -> tuple[float, float]:
    """Relative errors of the output and of the input gradient against the fp32 reference's.

    Over the tokens whose top-k experts are the same in the layer's precision as in fp32: a near tie
    between two router logits can fall either way once rounded to bf16, and such a token's output
    then differs by a whole expert's contribution, whatever the kernels' accuracy.
    """
    inputs = x.clone().requires_grad_()
    out = forward(inputs)
    out.backward(probe)
    tokens = expected["routed_alike"]
    return _relative(out.detach(), expected["output"], tokens), _relative(inputs.grad, expected["input_grad"], tokens)


def _routed_alike(layer, reference, x):
    """Per token: whether ``layer`` (in its precision) and the fp32 ``reference`` pick the same top-k experts."""
    import torch

    top_k = layer.config.top_k
    with torch.no_grad():
        ours = layer.router(x).float().topk(top_k, dim=-1).indices.sort(dim=-1).values
        exact = reference.router(x.float()).topk(top_k, dim=-1).indices.sort(dim=-1).values
    return (ours == exact).all(dim=-1).reshape(-1)


def _time_ms(step, device, rep_ms: int) -> float:
    if device.type == "cuda":
        import triton.testing

        return triton.testing.do_bench(step, rep=rep_ms, return_mode="median")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _peak_mib(step, device) -> float | None:
    import torch

    if device.type != "cuda":
        return None
    torch.cuda.synchronize()
    before = torch.cuda.memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    step()
    torch.cuda.synchronize()
    return (torch.cuda.max_memory_allocated() - before) / 2**20


def bench_shape(name: str, tokens: int, device, rep_ms: int) -> list[dict]:
    import torch

    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    built, torch_layer = _implementations(name, device, dtype)
    hidden = torch_layer.config.hidden_size
    generator = torch.Generator(device=device).manual_seed(1)
    x = torch.randn(1, tokens, hidden, device=device, dtype=dtype, generator=generator)
    probe = torch.randn(1, tokens, hidden, device=device, dtype=dtype, generator=generator)
    reference = _codelm_layer(name, []).to(device).float().train()
    reference.load_state_dict({key: value.float() for key, value in torch_layer.state_dict().items()})
    reference_inputs = x.float().clone().requires_grad_()
    reference_output = reference(reference_inputs)
    reference_output.backward(probe.float())
    routed_alike = _routed_alike(torch_layer, reference, x)
    expected = {"output": reference_output.detach(), "input_grad": reference_inputs.grad, "routed_alike": routed_alike}
    rows = []
    for label, value in built.items():
        row = {
            "shape": name,
            "tokens": tokens,
            "implementation": label,
            "routed_differently": int((~routed_alike).sum()),
        }
        if isinstance(value, str):
            rows.append({**row, "error": value})
            continue
        forward, module = value
        inputs = x.clone().requires_grad_()

        def step():
            for parameter in module.parameters():
                parameter.grad = None
            inputs.grad = None
            forward(inputs).backward(probe)

        try:
            error, grad_error = _errors(forward, x, probe, expected)
            milliseconds = _time_ms(step, device, rep_ms)
            peak = _peak_mib(step, device)
        except Exception as failure:
            rows.append({**row, "error": f"{type(failure).__name__}: {str(failure).splitlines()[0]}"})
            continue
        rows.append(
            {
                **row,
                "ms": milliseconds,
                "tokens_per_s": tokens / milliseconds * 1000,
                "peak_mib": peak,
                "relative_error": error,
                "input_grad_relative_error": grad_error,
                "flagged": max(error, grad_error) > BF16_TOLERANCE,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default="granite-1b-a400m,granite-3b-a800m")
    parser.add_argument("--tokens", type=int, default=16384, help="tokens per step (e.g. 4 rows of 4096)")
    parser.add_argument("--rep-ms", type=int, default=200)
    parser.add_argument("--device", choices=("cuda", "cpu"), default="cuda")
    parser.add_argument("--out", help="also write the rows as JSON")
    args = parser.parse_args()
    if args.device == "cpu":
        os.environ["TRITON_INTERPRET"] = "1"
        os.environ["CODELM_KERNELS"] = "triton"
    import torch

    if args.device == "cuda" and not torch.cuda.is_available():
        print("no CUDA device; nothing measured")
        sys.exit(0)
    device = torch.device(args.device)
    if device.type == "cuda":
        print(f"device: {torch.cuda.get_device_name()}, torch {torch.__version__}")
    rows = []
    print("| shape | tokens | implementation | ms (fwd+bwd) | tokens/s | peak MiB | rel. error | input-grad error |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for name in args.shapes.split(","):
        shape_rows = bench_shape(name, args.tokens, device, args.rep_ms)
        for row in shape_rows:
            rows.append(row)
            if "error" in row:
                print(f"| {name} | {args.tokens} | {row['implementation']} | {row['error']} | | | | |", flush=True)
                continue
            peak = "n/a" if row["peak_mib"] is None else f"{row['peak_mib']:,.0f}"
            flag = " (!)" if row["flagged"] else ""
            print(
                f"| {name} | {args.tokens} | {row['implementation']} | {row['ms']:.2f} | {row['tokens_per_s']:,.0f} "
                f"| {peak} | {row['relative_error']:.1e} | {row['input_grad_relative_error']:.1e}{flag} |",
                flush=True,
            )
        print(
            f"({name}: {shape_rows[0]['routed_differently']} of {args.tokens} tokens routed differently than in fp32)"
        )
    if args.out:
        with open(args.out, "w") as handle:
            json.dump(rows, handle, indent=2)


if __name__ == "__main__":
    main()
