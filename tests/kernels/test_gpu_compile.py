"""Every kernel launch the ops make in bf16 compiles to a CUDA binary for Hopper and Ampere, without a GPU.

The interpreter proves the kernels' arithmetic but not that Triton's compiler accepts them (loop-carried
types, pointer arithmetic, constexpr branches). Triton's wheel carries the NVIDIA backend and ptxas, so
the launches can be compiled ahead of time on any machine. The launches are recorded (not run) from the
real launchers with bf16 tensors, then compiled in a fresh process, since this folder's process has
Triton in interpreter mode.
"""

import json
import subprocess
import sys

import pytest

pytest.importorskip("triton")

# Compute capabilities: H100/H200 (9.0) and A100 (8.0).
TARGETS = [90, 80]


def test_every_bf16_launch_compiles_for_sm90_and_sm80():
    result = subprocess.run(
        [sys.executable, __file__, *map(str, TARGETS)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "TRITON_DEFAULT_FP_FUSION": "1"},
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    compiled = json.loads(result.stdout.strip().splitlines()[-1])
    expected = {
        "_rmsnorm_fwd_kernel",
        "_rmsnorm_bwd_kernel",
        "_layernorm_fwd_kernel",
        "_layernorm_bwd_kernel",
        "_rope_kernel",
        "_swiglu_fwd_kernel",
        "_swiglu_bwd_kernel",
        "_gelu_fwd_kernel",
        "_gelu_bwd_kernel",
        "_cross_entropy_fwd_kernel",
        "_cross_entropy_bwd_kernel",
    }
    assert set(compiled) == expected
    assert all(count >= len(TARGETS) for count in compiled.values()), compiled


def record_launches() -> list[tuple]:
    """Run every op's launchers on small bf16 CPU tensors, recording each kernel launch instead of running it."""
    import torch

    from codelm.kernels import utils
    from codelm.kernels.cross_entropy import fused_linear_cross_entropy_forward
    from codelm.kernels.gelu import gelu_backward, gelu_forward
    from codelm.kernels.layernorm import layernorm_backward, layernorm_forward
    from codelm.kernels.rmsnorm import rmsnorm_backward, rmsnorm_forward
    from codelm.kernels.rope import RoPEFunction
    from codelm.kernels.swiglu import swiglu_backward, swiglu_forward

    launches = []

    def record(kernel, grid):
        return lambda *args, **kwargs: launches.append((kernel, args, kwargs))

    utils.TritonKernel.__getitem__ = record
    bf16 = dict(dtype=torch.bfloat16)
    x, residual, weight, bias = torch.randn(6, 40, **bf16), torch.randn(6, 40, **bf16), torch.ones(40, **bf16), None
    for with_residual in (None, residual):
        y, normalised, rstd = rmsnorm_forward(x, with_residual, weight, 1e-6)
        rmsnorm_backward(y, with_residual, normalised, weight, rstd)
        for bias in (None, torch.zeros(40, **bf16)):
            y, normalised, mean, rstd = layernorm_forward(x, with_residual, weight, bias, 1e-5)
            layernorm_backward(y, with_residual, normalised, weight, bias, mean, rstd)
    q, k, positions = torch.randn(2, 3, 8, 16, **bf16), torch.randn(2, 3, 2, 16, **bf16), torch.zeros(2, 3).long()
    q, k = q.requires_grad_(), k.requires_grad_()
    rotated_q, rotated_k = RoPEFunction.apply(q, k, positions, 10000.0)
    torch.autograd.backward([rotated_q, rotated_k], [rotated_q.detach(), rotated_k.detach()])
    gate, up = torch.randn(4, 30, **bf16), torch.randn(4, 30, **bf16)
    swiglu_backward(swiglu_forward(gate, up), gate, up)
    gelu_backward(gelu_forward(x), x)
    hidden, lm_head, labels = torch.randn(5, 16, **bf16), torch.randn(50, 16, **bf16), torch.arange(5)
    fused_linear_cross_entropy_forward(hidden, lm_head, labels, -100, "mean", 0.5, True, True)
    return launches


def compile_launch(kernel, args, kwargs, capability: int):
    import inspect

    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource
    from triton.runtime.jit import mangle_type

    parameters = inspect.signature(kernel.fn).parameters
    bound = dict(zip(parameters, args)) | {name: kwargs[name] for name in parameters if name in kwargs}
    signature, constexprs = {}, {}
    for name, parameter in parameters.items():
        value = bound[name]
        if "constexpr" in str(parameter.annotation) or value is None:
            signature[name], constexprs[name] = "constexpr", value
        else:
            signature[name] = mangle_type(value)
    source = ASTSource(fn=kernel.jitted, signature=signature, constexprs=constexprs)
    options = {"num_warps": kwargs.get("num_warps", 4)}
    return triton.compile(source, target=GPUTarget("cuda", capability, 32), options=options)


if __name__ == "__main__":
    compiled: dict[str, int] = {}
    for kernel, args, kwargs in record_launches():
        for capability in map(int, sys.argv[1:]):
            binary = compile_launch(kernel, args, kwargs, capability)
            assert binary.asm["cubin"], kernel.__name__
            compiled[kernel.__name__] = compiled.get(kernel.__name__, 0) + 1
    print(json.dumps(compiled))
