"""Fused Triton kernels for the trainer, each with its plain torch reference and autograd wrapper.

Every public function dispatches (``codelm.kernels.dispatch``): Triton kernels on CUDA tensors, the
torch reference on CPU, Triton's interpreter on CPU when ``TRITON_INTERPRET=1``;
``CODELM_KERNELS=triton|torch`` forces one. Importing this package needs neither Triton (the
references then run everywhere) nor transformers.
"""

from codelm.kernels.cross_entropy import fused_linear_cross_entropy, fused_linear_cross_entropy_reference
from codelm.kernels.gelu import gelu_tanh, gelu_tanh_reference
from codelm.kernels.layernorm import (
    layernorm,
    layernorm_reference,
    layernorm_residual,
    layernorm_residual_reference,
)
from codelm.kernels.moe import moe_experts, moe_experts_reference
from codelm.kernels.rmsnorm import rmsnorm, rmsnorm_reference, rmsnorm_residual, rmsnorm_residual_reference
from codelm.kernels.rope import apply_rope, apply_rope_reference
from codelm.kernels.swiglu import swiglu, swiglu_reference

__all__ = [
    "apply_rope",
    "apply_rope_reference",
    "fused_linear_cross_entropy",
    "fused_linear_cross_entropy_reference",
    "gelu_tanh",
    "gelu_tanh_reference",
    "layernorm",
    "layernorm_reference",
    "layernorm_residual",
    "layernorm_residual_reference",
    "moe_experts",
    "moe_experts_reference",
    "rmsnorm",
    "rmsnorm_reference",
    "rmsnorm_residual",
    "rmsnorm_residual_reference",
    "swiglu",
    "swiglu_reference",
]
