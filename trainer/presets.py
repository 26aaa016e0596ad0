"""Model presets: the published architectures of each family, and tiny models of the same design.

Sources: the released config.json files and papers — SantaCoder (Allal et al. 2023; bigcode/santacoder),
StarCoder (Li et al. 2023; bigcode/starcoder), StarCoder2 (Lozhkov et al. 2024; bigcode/starcoder2-3b,
-7b, -15b), Granite Code (Mishra et al. 2024; ibm-granite/granite-{3b,8b,20b,34b}-code-base), Granite 3.0
MoE (IBM 2024; ibm-granite/granite-3.0-{1b-a400m,3b-a800m}-base).

A ``tiny-*`` preset keeps its family's switches (attention kind, positions, norm, MLP, biases, tied
embeddings, sliding window) at a few million parameters, for tests and the CPU demo.
"""

from __future__ import annotations

import copy

from codelm.pipeline.errors import UsageProblem

# gpt_bigcode: multi-query attention, learned positions, LayerNorm, GELU(tanh), biases, tied embeddings.
_BIGCODE = dict(num_key_value_heads=1, position="learned", norm="layernorm", mlp="gelu", tie_embeddings=True)
# starcoder2: grouped-query attention, RoPE, LayerNorm with bias, GELU(tanh), sliding window 4096.
_STARCODER2 = dict(
    position="rope", norm="layernorm", mlp="gelu", sliding_window=4096, max_position_embeddings=16384, vocab_size=49152
)
# Granite-3B/8B-code are Llama-shaped: RoPE, RMSNorm, SwiGLU, biases on attention and MLP.
_GRANITE_LLAMA = dict(
    position="rope", norm="rmsnorm", mlp="swiglu", attention_bias=True, mlp_bias=True, vocab_size=49152
)

# Granite 3.0 MoE: Granite's multipliers (attention 1/head_dim), GQA with 8 key-value heads, RoPE, RMSNorm,
# top-8 routing over bias-free SwiGLU experts of width 512, router_aux_loss_coef 0.001.
_GRANITE_MOE = dict(
    position="rope",
    norm="rmsnorm",
    norm_eps=1e-6,
    norm_bias=False,
    mlp="moe",
    attention_bias=False,
    mlp_bias=False,
    tie_embeddings=True,
    vocab_size=49152,
    max_position_embeddings=4096,
    rope_theta=10_000.0,
    embedding_multiplier=12.0,
    residual_multiplier=0.22,
    attention_multiplier=0.015625,
    logits_scaling=6.0,
    intermediate_size=512,
    num_key_value_heads=8,
    top_k=8,
    moe=dict(aux_loss_coef=0.001),
)

PRESETS: dict[str, dict] = {
    "santacoder-1.1b": dict(
        _BIGCODE,
        vocab_size=49280,
        hidden_size=2048,
        num_layers=24,
        num_heads=16,
        intermediate_size=8192,
        max_position_embeddings=2048,
    ),
    "starcoder-15b": dict(
        _BIGCODE,
        vocab_size=49152,
        hidden_size=6144,
        num_layers=40,
        num_heads=48,
        intermediate_size=24576,
        max_position_embeddings=8192,
    ),
    "starcoder2-3b": dict(
        _STARCODER2,
        hidden_size=3072,
        num_layers=30,
        num_heads=24,
        num_key_value_heads=2,
        intermediate_size=12288,
        rope_theta=999999.4420358813,
        initializer_range=0.018042,
        tie_embeddings=True,
        dropout=0.1,
    ),
    "starcoder2-7b": dict(
        _STARCODER2,
        hidden_size=4608,
        num_layers=32,
        num_heads=36,
        num_key_value_heads=4,
        intermediate_size=18432,
        rope_theta=1_000_000.0,
        initializer_range=0.018042,
        tie_embeddings=True,
    ),
    "starcoder2-15b": dict(
        _STARCODER2,
        hidden_size=6144,
        num_layers=40,
        num_heads=48,
        num_key_value_heads=4,
        intermediate_size=24576,
        rope_theta=100_000.0,
        initializer_range=0.01275,
        tie_embeddings=False,
    ),
    "granite-3b-code": dict(
        _GRANITE_LLAMA,
        hidden_size=2560,
        num_layers=32,
        num_heads=32,
        num_key_value_heads=32,
        intermediate_size=10240,
        max_position_embeddings=2048,
        rope_theta=10_000.0,
        tie_embeddings=True,
    ),
    "granite-8b-code": dict(
        _GRANITE_LLAMA,
        hidden_size=4096,
        num_layers=36,
        num_heads=32,
        num_key_value_heads=8,
        intermediate_size=14336,
        max_position_embeddings=4096,
        rope_theta=10_000_000.0,
        tie_embeddings=True,
    ),
    "granite-20b-code": dict(
        _BIGCODE,
        vocab_size=49152,
        hidden_size=6144,
        num_layers=52,
        num_heads=48,
        intermediate_size=24576,
        max_position_embeddings=8192,
    ),
    "granite-34b-code": dict(
        _BIGCODE,
        vocab_size=49152,
        hidden_size=6144,
        num_layers=88,
        num_heads=48,
        intermediate_size=24576,
        max_position_embeddings=8192,
    ),
    "granite-1b-a400m": dict(_GRANITE_MOE, hidden_size=1024, num_layers=24, num_heads=16, num_experts=32),
    "granite-3b-a800m": dict(_GRANITE_MOE, hidden_size=1536, num_layers=32, num_heads=24, num_experts=40),
}

_TINY_SHAPE = dict(vocab_size=4096, hidden_size=128, num_layers=4, num_heads=4, intermediate_size=512)
PRESETS.update(
    {
        "tiny-santacoder": dict(PRESETS["santacoder-1.1b"], **_TINY_SHAPE, max_position_embeddings=1024),
        "tiny-starcoder": dict(PRESETS["starcoder-15b"], **_TINY_SHAPE, max_position_embeddings=1024),
        "tiny-starcoder2": dict(
            PRESETS["starcoder2-3b"],
            **_TINY_SHAPE,
            num_key_value_heads=2,
            sliding_window=256,
            max_position_embeddings=1024,
            initializer_range=0.02,
            dropout=0.0,
        ),
        "tiny-granite-3b-code": dict(
            PRESETS["granite-3b-code"], **_TINY_SHAPE, num_key_value_heads=4, max_position_embeddings=1024
        ),
        "tiny-granite-8b-code": dict(
            PRESETS["granite-8b-code"], **_TINY_SHAPE, num_key_value_heads=2, max_position_embeddings=1024
        ),
        "tiny-granite-20b-code": dict(PRESETS["granite-20b-code"], **_TINY_SHAPE, max_position_embeddings=1024),
        "tiny-granite-34b-code": dict(PRESETS["granite-34b-code"], **_TINY_SHAPE, max_position_embeddings=1024),
        # 8 experts of width 256, 2 per token: the active MLP width of tiny-granite-3b-code's dense 512.
        # Switch Transformer's load-balancing weight, 0.01: at Granite's 0.001 a demo run of 4096-token
        # batches starved experts (under 1% of their share) for 40 steps after warm-up.
        "tiny-granite-moe": dict(
            PRESETS["granite-1b-a400m"],
            **dict(_TINY_SHAPE, intermediate_size=256),
            num_key_value_heads=2,
            num_experts=8,
            top_k=2,
            max_position_embeddings=1024,
            attention_multiplier=1 / 32,  # 1 / head_dim, as Granite's
            moe=dict(aux_loss_coef=0.01),
        ),
    }
)


def preset(name: str) -> dict:
    """The ModelConfig fields of a preset (a copy: callers override freely)."""
    if name not in PRESETS:
        raise UsageProblem(f"unknown model preset {name!r}; choose from {', '.join(sorted(PRESETS))}")
    return copy.deepcopy(PRESETS[name])
