"""The torch references (the kernels' spec) against transformers' implementations of the same layers.

The kernels are checked against the references elsewhere; this ties the references to what
exported models compute in transformers (Llama's RoPE and RMSNorm, gpt_bigcode's GELU).
"""

import torch
from transformers import LlamaConfig
from transformers.activations import ACT2FN
from transformers.models.llama.modeling_llama import LlamaRMSNorm, LlamaRotaryEmbedding, apply_rotary_pos_emb

from codelm.kernels import apply_rope_reference, gelu_tanh_reference, rmsnorm_reference


def test_rope_reference_is_llamas_rotary_embedding():
    torch.manual_seed(0)
    batch, seq, heads, kv_heads, head_dim, theta = 2, 11, 8, 2, 32, 500_000.0
    config = LlamaConfig(
        hidden_size=heads * head_dim,
        num_attention_heads=heads,
        num_key_value_heads=kv_heads,
        rope_parameters={"rope_type": "default", "rope_theta": theta},
    )
    q, k = torch.randn(batch, seq, heads, head_dim), torch.randn(batch, seq, kv_heads, head_dim)
    positions = torch.tensor([[0, 1, 2, 3, 0, 1, 2, 0, 1, 2, 3], list(range(3000, 3011))])
    cos, sin = LlamaRotaryEmbedding(config)(q, positions)
    expected_q, expected_k = apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=2)
    got_q, got_k = apply_rope_reference(q, k, positions, theta)
    torch.testing.assert_close(got_q, expected_q, atol=1e-6, rtol=1e-6)
    torch.testing.assert_close(got_k, expected_k, atol=1e-6, rtol=1e-6)


def test_rmsnorm_reference_is_llamas_rmsnorm_in_bf16_and_fp32():
    torch.manual_seed(0)
    for dtype in (torch.float32, torch.bfloat16):
        norm = LlamaRMSNorm(37, eps=1e-5).to(dtype)
        torch.nn.init.normal_(norm.weight)
        x = torch.randn(5, 37, dtype=dtype)
        torch.testing.assert_close(rmsnorm_reference(x, norm.weight, 1e-5), norm(x), atol=0, rtol=0)


def test_gelu_reference_is_gelu_pytorch_tanh():
    x = torch.linspace(-8, 8, 1001)
    torch.testing.assert_close(gelu_tanh_reference(x), ACT2FN["gelu_pytorch_tanh"](x), atol=0, rtol=0)
