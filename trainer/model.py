"""One decoder-only transformer for the SantaCoder, StarCoder, StarCoder2 and Granite code families.

The families differ only in switches of ``ModelConfig``, all read in this file:

- attention: ``num_key_value_heads`` = 1 is multi-query (SantaCoder, StarCoder, Granite-20B/34B),
  < ``num_heads`` grouped-query (StarCoder2, Granite-8B), = ``num_heads`` multi-head (Granite-3B);
  ``sliding_window`` (StarCoder2's 4096) limits how far back a token attends;
- positions: ``learned`` absolute embeddings (GPT-2, gpt_bigcode), ``rope`` rotary embeddings with
  ``rope_theta`` (Llama's rotate-half convention) or ``none``;
- ``layernorm`` (with or without bias) or ``rmsnorm``; ``gelu`` (tanh approximation) or ``swiglu`` MLP, or
  ``moe``: ``num_experts`` SwiGLU experts of width ``intermediate_size``, ``top_k`` per token, settings in
  ``moe`` (Granite 3.0 MoE; the layer and its router losses are in ``codelm.trainer.moe``);
- Granite's multipliers: ``embedding_multiplier`` on the token embeddings, ``residual_multiplier`` on
  each block's output before it joins the residual stream, ``attention_multiplier`` as the softmax
  scale, ``logits_scaling`` dividing the logits;
- recipes beyond the base: ``mup`` (µP, Yang et al. 2022: hidden matrices initialised with std / sqrt(m) and
  trained with lr / m, attention logits scaled in proportion to 1/head_dim, logits divided by m, m = hidden_size /
  ``mup.base_width``; the learning rates are set by the trainer), ``cla_share`` (cross-layer attention,
  Brandon et al. 2024: groups of that many adjacent layers share one layer's keys and values) and
  ``residual: ladder`` (Zhang et al. 2025: each branch reads the residual stream before the previous
  branch's output joins it).

Training rows are packed: several documents share a row and ``position_ids`` restart at 0 at each
document start. Attention never crosses a document: the mask is block-diagonal causal, derived
from where positions restart (SDPA on CPU; flash-attn's varlen kernel on GPU when installed).

Forward follows the transformers call convention where they overlap, so the same generation code
drives this model and a transformers one: ``model(input_ids, position_ids=None, attention_mask=None,
past_key_values=None, use_cache=False, targets=None)`` returns ``ModelOutput(logits, loss,
past_key_values)``. ``targets`` are aligned with ``input_ids`` (``targets[:, t]`` is the token after
``t``, -100 where there is none), as ``codelm.trainer.data`` produces them; transformers' ``labels``
are unshifted instead.

Written after nanoGPT (model layout), transformers' GPTBigCode, Starcoder2, Llama and Granite
(numerics, so that exported weights give the same logits) and Liger-Kernel (the kernel switch).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import NamedTuple

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.checkpoint import checkpoint

IGNORE_INDEX = -100
POSITIONS = ("learned", "rope", "none")
NORMS = ("layernorm", "rmsnorm")
MLPS = ("gelu", "swiglu", "moe")
RESIDUALS = ("standard", "ladder")
KERNELS = ("rmsnorm", "layernorm", "rope", "swiglu", "gelu", "cross_entropy", "moe")
ROUTERS = ("softmax_topk",)
MOE_TRAIN_MODES = ("sparse", "dense")


@dataclass
class MuP:
    # The width the hyperparameters were tuned at (with the same num_heads): there the model is its
    # standard parametrization.
    base_width: int


@dataclass
class MoEConfig:
    # Granite's (and Mixtral's) router: the top_k largest logits, softmax over those k.
    router: str = "softmax_topk"
    # Switch Transformer's load-balancing loss (Fedus et al. 2022: 0.01) and ST-MoE's router z-loss
    # (Zoph et al. 2022: 0.001), each averaged over layers, added to the training loss with these weights.
    aux_loss_coef: float = 0.01
    z_loss_coef: float = 0.001
    # sparse: each token through its top_k experts. dense: DS-MoE (Pan et al. 2024), training runs every
    # expert weighted by the full router softmax; evaluation and inference stay top_k.
    train_mode: str = "sparse"
    # Width of a SwiGLU expert every token goes through besides its routed ones (granitemoeshared); 0 = none.
    shared_expert_size: int = 0


@dataclass
class ModelConfig:
    vocab_size: int = 49152
    hidden_size: int = 768
    num_layers: int = 12
    num_heads: int = 12
    num_key_value_heads: int = 12
    intermediate_size: int = 3072
    max_position_embeddings: int = 2048
    position: str = "learned"
    rope_theta: float = 10000.0
    norm: str = "layernorm"
    norm_eps: float = 1e-5
    norm_bias: bool = True
    mlp: str = "gelu"
    attention_bias: bool = True
    mlp_bias: bool = True
    tie_embeddings: bool = True
    sliding_window: int | None = None
    embedding_multiplier: float = 1.0
    residual_multiplier: float = 1.0
    # None means the usual 1/sqrt(head_dim); Granite (and muP) set it explicitly.
    attention_multiplier: float | None = None
    logits_scaling: float = 1.0
    # One rate for attention probabilities, residual branches and embeddings (StarCoder2 uses 0.1 for all).
    dropout: float = 0.0
    initializer_range: float = 0.02
    activation_checkpointing: bool = False
    kernels: list[str] = field(default_factory=list)
    # Layers per group sharing one set of keys and values (CLA2 = 2); 1 = every layer has its own.
    cla_share: int = 1
    residual: str = "standard"
    mup: MuP | None = None
    # mlp: moe. intermediate_size is then each expert's width.
    num_experts: int = 8
    top_k: int = 2
    moe: MoEConfig = field(default_factory=MoEConfig)

    def __post_init__(self):
        problems = []
        if isinstance(self.mup, dict):  # as read back from model_config.json
            self.mup = MuP(**self.mup)
        if isinstance(self.moe, dict):
            self.moe = MoEConfig(**self.moe)
        if self.position not in POSITIONS:
            problems.append(f"position must be one of {', '.join(POSITIONS)}, not {self.position!r}")
        if self.norm not in NORMS:
            problems.append(f"norm must be one of {', '.join(NORMS)}, not {self.norm!r}")
        if self.mlp not in MLPS:
            problems.append(f"mlp must be one of {', '.join(MLPS)}, not {self.mlp!r}")
        if self.hidden_size % self.num_heads:
            problems.append(f"hidden_size {self.hidden_size} is not a multiple of num_heads {self.num_heads}")
        if self.num_key_value_heads < 1 or self.num_heads % self.num_key_value_heads:
            problems.append(
                f"num_heads {self.num_heads} is not a multiple of num_key_value_heads {self.num_key_value_heads}"
            )
        if self.position == "rope" and (self.hidden_size // max(self.num_heads, 1)) % 2:
            problems.append("rotary embeddings need an even head dimension")
        if self.kernels == ["all"]:
            self.kernels = list(KERNELS)
        unknown = sorted(set(self.kernels) - set(KERNELS))
        if unknown:
            problems.append(f"unknown kernels {', '.join(unknown)} (choose from {', '.join(KERNELS)} or all)")
        if self.cla_share < 1:
            problems.append(f"cla_share must be at least 1, not {self.cla_share}")
        if self.residual not in RESIDUALS:
            problems.append(f"residual must be one of {', '.join(RESIDUALS)}, not {self.residual!r}")
        if self.mup is not None and (self.mup.base_width < 1 or self.mup.base_width % self.num_heads):
            problems.append(f"mup.base_width {self.mup.base_width} is not a positive multiple of num_heads")
        if self.moe.router not in ROUTERS:
            problems.append(f"moe.router must be one of {', '.join(ROUTERS)}, not {self.moe.router!r}")
        if self.moe.train_mode not in MOE_TRAIN_MODES:
            problems.append(f"moe.train_mode must be sparse or dense, not {self.moe.train_mode!r}")
        if min(self.moe.aux_loss_coef, self.moe.z_loss_coef, self.moe.shared_expert_size) < 0:
            problems.append("moe.aux_loss_coef, moe.z_loss_coef and moe.shared_expert_size cannot be negative")
        if not 1 <= self.top_k <= self.num_experts:
            problems.append(f"top_k {self.top_k} must be between 1 and num_experts {self.num_experts}")
        if self.mlp == "moe" and self.mlp_bias:
            problems.append("moe experts have no biases (as Granite's): set mlp_bias: false")
        if problems:
            raise ValueError("; ".join(problems))

    @property
    def head_dim(self) -> int:
        return self.hidden_size // self.num_heads

    @property
    def width_multiplier(self) -> float:
        """µP's m = hidden_size / base_width; 1 without µP."""
        return self.hidden_size / self.mup.base_width if self.mup is not None else 1.0

    @property
    def attention_scale(self) -> float:
        """The softmax scale: Granite's explicit multiplier, else 1/sqrt(head_dim); under µP proportional to
        1/head_dim instead (Tensor Programs V: q and k become correlated in training, so q·k grows like
        head_dim), sqrt(base_head_dim) / head_dim, which is 1/sqrt(head_dim) at the base width."""
        if self.attention_multiplier is not None:
            return self.attention_multiplier
        if self.mup is not None:
            return math.sqrt(self.mup.base_width / self.num_heads) / self.head_dim
        return 1.0 / math.sqrt(self.head_dim)

    @property
    def logits_divisor(self) -> float:
        """Logits are divided by Granite's ``logits_scaling`` times µP's width multiplier."""
        return self.logits_scaling * self.width_multiplier

    def makes_key_value(self, layer: int) -> bool:
        """Whether ``layer`` projects keys and values (the first of its cross-layer attention group)."""
        return layer % self.cla_share == 0

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def num_parameters(self) -> int:
        """Parameter count from the shapes alone (no model built): embeddings count once when tied."""
        hidden, inner, head = self.hidden_size, self.intermediate_size, self.head_dim
        kv = self.num_key_value_heads * head
        attention = hidden * hidden + hidden * hidden + (2 * hidden if self.attention_bias else 0)
        key_value = 2 * kv * (hidden + (1 if self.attention_bias else 0))
        key_value_layers = math.ceil(self.num_layers / self.cla_share)
        mlp_inputs = 2 if self.mlp == "swiglu" else 1
        mlp = hidden * inner * (mlp_inputs + 1) + ((mlp_inputs * inner + hidden) if self.mlp_bias else 0)
        if self.mlp == "moe":  # bias-free SwiGLU experts, the router, the shared expert
            mlp = self.num_experts * (3 * hidden * inner + hidden) + 3 * hidden * self.moe.shared_expert_size
        norm = hidden * (2 if self.norm == "layernorm" and self.norm_bias else 1)
        layer = attention + mlp + 2 * norm
        embeddings = self.vocab_size * hidden * (1 if self.tie_embeddings else 2)
        positions = self.max_position_embeddings * hidden if self.position == "learned" else 0
        return self.num_layers * layer + key_value_layers * key_value + embeddings + positions + norm


# A named tuple, not a dataclass: DeepSpeed's ZeRO-3 hooks find the output tensors of a module inside tuples, lists
# and dicts only, and would miss the loss and logits of any other object.
class ModelOutput(NamedTuple):
    logits: torch.Tensor | None
    loss: torch.Tensor | None = None
    past_key_values: KVCache | None = None
    # mlp: moe: router statistics (codelm.trainer.moe.router_statistics); the loss includes their losses in training.
    aux: dict | None = None


class KVCache:
    """Keys and values of the tokens seen so far, one ``(batch, kv_heads, seq, head_dim)`` pair per layer.

    Stored with ``num_key_value_heads`` heads, so multi-query and grouped-query models keep
    ``num_heads / num_key_value_heads`` times less than multi-head ones; under cross-layer attention
    only the first layer of each group stores its pair (index ``layer // cla_share``), ``cla_share``
    times less again.
    """

    def __init__(self):
        self.keys: list[torch.Tensor] = []
        self.values: list[torch.Tensor] = []

    def get_seq_length(self) -> int:
        return self.keys[0].shape[2] if self.keys else 0

    def update(self, layer: int, key: torch.Tensor, value: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if layer == len(self.keys):
            self.keys.append(key)
            self.values.append(value)
        else:
            self.keys[layer] = torch.cat([self.keys[layer], key], dim=2)
            self.values[layer] = torch.cat([self.values[layer], value], dim=2)
        return self.keys[layer], self.values[layer]

    def reorder(self, rows: torch.Tensor) -> None:
        """Keep (or repeat) batch rows, e.g. to drop finished sequences."""
        self.keys = [key[rows] for key in self.keys]
        self.values = [value[rows] for value in self.values]

    def num_bytes(self) -> int:
        return sum(t.numel() * t.element_size() for t in self.keys + self.values)


@dataclass
class AttentionLayout:
    """What every layer's attention needs to know about the rows, computed once per forward."""

    mask: torch.Tensor | None  # (batch, 1, query, key) bool, True where attending is allowed
    is_causal: bool  # plain causal attention: no mask needed
    cu_seqlens: torch.Tensor | None = None  # document boundaries over the flattened batch (flash-attn)
    max_seqlen: int = 0


def document_ids(position_ids: torch.Tensor) -> torch.Tensor:
    """``(batch, seq)`` index of the document each token belongs to: a new one wherever positions restart."""
    return torch.cumsum(position_ids == 0, dim=-1)


def attention_layout(
    config: ModelConfig,
    position_ids: torch.Tensor,
    attention_mask: torch.Tensor | None,
    past_length: int,
    use_flash: bool,
) -> AttentionLayout:
    batch, seq = position_ids.shape
    packed = past_length == 0 and bool((position_ids[:, 1:] == 0).any())
    windowed = config.sliding_window is not None and past_length + seq > config.sliding_window
    if attention_mask is None and past_length == 0:
        if not packed and not windowed:
            return AttentionLayout(mask=None, is_causal=True)
        if use_flash:
            starts = torch.nonzero(position_ids.reshape(-1) == 0).flatten()
            ends = torch.cat([starts[1:], starts.new_tensor([batch * seq])])
            cu_seqlens = torch.cat([starts, ends[-1:]]).to(torch.int32)
            return AttentionLayout(None, False, cu_seqlens, int((ends - starts).max()))
    device = position_ids.device
    query = past_length + torch.arange(seq, device=device)
    key = torch.arange(past_length + seq, device=device)
    allowed = key[None, :] <= query[:, None]
    if config.sliding_window is not None:
        allowed &= key[None, :] > query[:, None] - config.sliding_window
    allowed = allowed[None].expand(batch, -1, -1)
    if packed:
        documents = document_ids(position_ids)
        allowed = allowed & (documents[:, :, None] == documents[:, None, :])
    if attention_mask is not None:
        allowed = allowed & attention_mask[:, None, : past_length + seq].bool()
        # A left-padding query may see no key at all; letting it see itself keeps its softmax finite
        # (its output is never used), so no NaN reaches the other rows' keys and values.
        allowed = allowed | (key[None, None, :] == query[None, :, None])
    return AttentionLayout(mask=allowed[:, None], is_causal=False)


def rope_cos_sin(
    position_ids: torch.Tensor, head_dim: int, theta: float, dtype: torch.dtype
) -> tuple[torch.Tensor, torch.Tensor]:
    """``(batch, seq, 1, head_dim)`` cos and sin of Llama's rotate-half rotary embedding.

    Angles are computed in fp32 and cast to the activations' dtype, as transformers does. The sin
    half that multiplies the negated half is negated here once, so that ``rotate`` needs no negation.
    """
    exponents = torch.arange(0, head_dim, 2, dtype=torch.int64, device=position_ids.device).float() / head_dim
    angles = position_ids[..., None].float() / theta**exponents  # (batch, seq, head_dim / 2)
    sin = angles.sin()
    cos = torch.cat([angles.cos(), angles.cos()], dim=-1)
    signed_sin = torch.cat([-sin, sin], dim=-1)
    return cos[:, :, None, :].to(dtype), signed_sin[:, :, None, :].to(dtype)


def rotate(x: torch.Tensor, cos: torch.Tensor, signed_sin: torch.Tensor) -> torch.Tensor:
    """x ``(B, T, heads, head_dim)``: x·cos + rotate_half(x)·sin, rotate_half(x) = [-x2, x1] = roll(x)·sign."""
    return x * cos + x.roll(x.shape[-1] // 2, dims=-1) * signed_sin


class RMSNorm(nn.Module):
    def __init__(self, size: int, eps: float, use_kernel: bool):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(size))
        self.eps = eps
        self.use_kernel = use_kernel

    def forward(self, x):
        if self.use_kernel:
            from codelm.kernels import rmsnorm

            return rmsnorm(x, self.weight, self.eps)
        return F.rms_norm(x.float(), (x.shape[-1],), eps=self.eps).to(x.dtype) * self.weight


class LayerNorm(nn.Module):
    def __init__(self, size: int, eps: float, bias: bool, use_kernel: bool):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(size))
        self.bias = nn.Parameter(torch.zeros(size)) if bias else None
        self.eps = eps
        self.use_kernel = use_kernel

    def forward(self, x):
        if self.use_kernel:
            from codelm.kernels import layernorm

            return layernorm(x, self.weight, self.bias, self.eps)
        return F.layer_norm(x, (x.shape[-1],), self.weight, self.bias, self.eps)


def make_norm(config: ModelConfig) -> nn.Module:
    if config.norm == "rmsnorm":
        return RMSNorm(config.hidden_size, config.norm_eps, "rmsnorm" in config.kernels)
    return LayerNorm(config.hidden_size, config.norm_eps, config.norm_bias, "layernorm" in config.kernels)


class Attention(nn.Module):
    def __init__(self, config: ModelConfig, layer: int):
        super().__init__()
        self.config = config
        self.layer = layer
        self.num_heads, self.num_kv_heads, self.head_dim = (
            config.num_heads,
            config.num_key_value_heads,
            config.head_dim,
        )
        # Under cross-layer attention the other layers of a group project queries only and reuse the keys
        # and values of the group's first layer.
        self.makes_kv = config.makes_key_value(layer)
        self.own_kv_heads = self.num_kv_heads if self.makes_kv else 0
        # q, k and v in one matmul: [q (heads) | k (kv_heads) | v (kv_heads)] along the output dimension.
        self.qkv = nn.Linear(
            config.hidden_size, (self.num_heads + 2 * self.own_kv_heads) * self.head_dim, bias=config.attention_bias
        )
        self.out = nn.Linear(self.num_heads * self.head_dim, config.hidden_size, bias=config.attention_bias)
        self.scale = config.attention_scale

    def forward(self, x, position_ids, rope, layout: AttentionLayout, cache: KVCache | None, shared_kv=None):
        """The attention output and the (keys, values) it attended to, for the next layers of a CLA group."""
        batch, seq, _ = x.shape
        heads = self.num_heads + self.own_kv_heads
        qk, v = self.qkv(x).split([heads * self.head_dim, self.own_kv_heads * self.head_dim], dim=-1)
        qk = qk.view(batch, seq, heads, self.head_dim)  # (B, T, nh + own kv heads, hd)
        v = v.view(batch, seq, self.own_kv_heads, self.head_dim)  # (B, T, own kv heads, hd)
        if self.config.position == "rope" and "rope" not in self.config.kernels:
            qk = rotate(qk, *rope)  # q and k in one pass: they are adjacent in the fused projection
        q, k = qk.split([self.num_heads, self.own_kv_heads], dim=2)
        if self.config.position == "rope" and "rope" in self.config.kernels:
            from codelm.kernels import apply_rope

            # A layer without keys rotates its queries alone (the kernel takes a key tensor; q stands in).
            q, rotated_k = apply_rope(q, k if self.makes_kv else q, position_ids, self.config.rope_theta)
            k = rotated_k if self.makes_kv else k
        dropout = self.config.dropout if self.training else 0.0
        if layout.cu_seqlens is not None:
            from flash_attn import flash_attn_varlen_func

            window = (self.config.sliding_window - 1, 0) if self.config.sliding_window else (-1, -1)
            if self.makes_kv:
                k = k.reshape(batch * seq, self.num_kv_heads, self.head_dim)
                v = v.reshape(batch * seq, self.num_kv_heads, self.head_dim)
            else:
                k, v = shared_kv
            y = flash_attn_varlen_func(
                q.reshape(batch * seq, self.num_heads, self.head_dim),
                k,
                v,
                layout.cu_seqlens,
                layout.cu_seqlens,
                layout.max_seqlen,
                layout.max_seqlen,
                dropout_p=dropout,
                softmax_scale=self.scale,
                causal=True,
                window_size=window,
            )
            return self.out(y.reshape(batch, seq, -1)), (k, v)
        q = q.transpose(1, 2)  # (B, nh, T, hd)
        if self.makes_kv:
            k, v = k.transpose(1, 2), v.transpose(1, 2)  # (B, nkv, T, hd)
            if cache is not None:
                k, v = cache.update(self.layer // self.config.cla_share, k, v)  # (B, nkv, past + T, hd)
        else:
            k, v = shared_kv
        y = F.scaled_dot_product_attention(
            q,
            k,
            v,
            attn_mask=layout.mask,
            dropout_p=dropout,
            is_causal=layout.is_causal,
            scale=self.scale,
            enable_gqa=self.num_kv_heads != self.num_heads,
        )  # (B, nh, T, hd)
        return self.out(y.transpose(1, 2).reshape(batch, seq, -1)), (k, v)


class MLP(nn.Module):
    def __init__(self, config: ModelConfig):
        super().__init__()
        self.config = config
        inner = config.intermediate_size
        # SwiGLU's gate and up projections share one matmul: [gate | up] along the output dimension.
        self.up = nn.Linear(config.hidden_size, inner * (2 if config.mlp == "swiglu" else 1), bias=config.mlp_bias)
        self.down = nn.Linear(inner, config.hidden_size, bias=config.mlp_bias)

    def forward(self, x):
        h = self.up(x)
        kernels = self.config.kernels
        if self.config.mlp == "swiglu":
            gate, up = h.chunk(2, dim=-1)
            if "swiglu" in kernels:
                from codelm.kernels import swiglu

                return self.down(swiglu(gate, up))
            return self.down(F.silu(gate) * up)
        if "gelu" in kernels:
            from codelm.kernels import gelu_tanh

            return self.down(gelu_tanh(h))
        return self.down(F.gelu(h, approximate="tanh"))


def make_mlp(config: ModelConfig) -> nn.Module:
    if config.mlp == "moe":
        from codelm.trainer.moe import MoE

        return MoE(config)
    return MLP(config)


class Block(nn.Module):
    """Pre-norm transformer block: x + m·attn(norm(x)), then + m·mlp(norm(·)), m = residual_multiplier.

    Under ladder residual the block also takes ``pending``, the previous block's (attention, MLP) outputs
    that have not joined the stream yet, and returns its own: x + a' feeds attention, x + a' + m' the
    MLP, where a' and m' are the previous block's outputs. Under tensor parallelism each output's
    all-reduce then overlaps the next branch's compute instead of blocking it.
    """

    def __init__(self, config: ModelConfig, layer: int):
        super().__init__()
        self.config = config
        self.attention_norm = make_norm(config)
        self.attention = Attention(config, layer)
        self.mlp_norm = make_norm(config)
        self.mlp = make_mlp(config)
        self.dropout = nn.Dropout(config.dropout)

    def forward(self, x, pending, position_ids, rope, layout, cache, shared_kv):
        """``(x, pending, (keys, values))``; ``pending`` is None without ladder residual."""
        if self.config.residual == "ladder":
            previous_attention, previous_mlp = pending
            x = x + previous_attention
        attention, kv = self.attention(self.attention_norm(x), position_ids, rope, layout, cache, shared_kv)
        attention = self._scaled(self.dropout(attention))
        if self.config.residual == "ladder":
            x = x + previous_mlp
            return x, (attention, self._scaled(self.dropout(self.mlp(self.mlp_norm(x))))), kv
        x = x + attention
        return x + self._scaled(self.dropout(self.mlp(self.mlp_norm(x)))), None, kv

    def _scaled(self, branch: torch.Tensor) -> torch.Tensor:
        # Granite's residual multiplier; skipped at 1.0, where it would cost two passes over the activations.
        multiplier = self.config.residual_multiplier
        return branch if multiplier == 1.0 else branch * multiplier


class CodeLM(nn.Module):
    def __init__(self, config: ModelConfig):
        super().__init__()
        self.config = config
        self.token_embedding = nn.Embedding(config.vocab_size, config.hidden_size)
        if config.position == "learned":
            self.position_embedding = nn.Embedding(config.max_position_embeddings, config.hidden_size)
        self.embedding_dropout = nn.Dropout(config.dropout)
        self.blocks = nn.ModuleList(Block(config, layer) for layer in range(config.num_layers))
        self.final_norm = make_norm(config)
        if not config.tie_embeddings:
            self.lm_head = nn.Linear(config.hidden_size, config.vocab_size, bias=False)
        self.apply(self._init_weights)
        # GPT-2's scaled init: each residual branch's output projection gets std / sqrt(2 * layers),
        # so the residual stream's variance does not grow with depth.
        for block in self.blocks:
            for projection in (block.attention.out, block.mlp.down):
                nn.init.normal_(projection.weight, std=config.initializer_range / math.sqrt(2 * config.num_layers))
        if config.mup is not None:
            from codelm.trainer.mup import hidden_matrices

            with torch.no_grad():  # µP: std / sqrt(m), i.e. a variance proportional to 1 / fan-in
                for parameter in hidden_matrices(self):
                    parameter.div_(math.sqrt(config.width_multiplier))

    def _init_weights(self, module: nn.Module) -> None:
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, std=self.config.initializer_range)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)

    @property
    def output_weight(self) -> torch.Tensor:
        return self.token_embedding.weight if self.config.tie_embeddings else self.lm_head.weight

    def forward(
        self,
        input_ids: torch.Tensor,
        position_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        past_key_values: KVCache | None = None,
        use_cache: bool = False,
        targets: torch.Tensor | None = None,
        **unused_generation_kwargs,
    ) -> ModelOutput:
        config = self.config
        batch, seq = input_ids.shape
        cache = past_key_values if past_key_values is not None else (KVCache() if use_cache else None)
        past_length = cache.get_seq_length() if cache is not None else 0
        if position_ids is None:
            position_ids = torch.arange(past_length, past_length + seq, device=input_ids.device).expand(batch, -1)
        # flash-attn's varlen kernel takes half-precision packed rows; everything else goes through SDPA.
        use_flash = (
            input_ids.is_cuda
            and cache is None
            and self.token_embedding.weight.dtype in (torch.float16, torch.bfloat16)
            and _flash_attn_available()
        )
        layout = attention_layout(config, position_ids, attention_mask, past_length, use_flash)
        rope = None
        if config.position == "rope":
            rope = rope_cos_sin(position_ids, config.head_dim, config.rope_theta, self.token_embedding.weight.dtype)

        x = self.token_embedding(input_ids)  # (B, T, hidden)
        if config.embedding_multiplier != 1.0:
            x = x * config.embedding_multiplier
        if config.position == "learned":
            x = x + self.position_embedding(position_ids)
        x = self.embedding_dropout(x)
        pending = (0.0, 0.0) if config.residual == "ladder" else None
        kv = None  # the keys and values of the current cross-layer attention group
        for block in self.blocks:
            if config.activation_checkpointing and self.training:
                x, pending, kv = checkpoint(
                    block, x, pending, position_ids, rope, layout, cache, kv, use_reentrant=False
                )
            else:
                x, pending, kv = block(x, pending, position_ids, rope, layout, cache, kv)
        if pending is not None:
            x = x + pending[0] + pending[1]
        x = self.final_norm(x)
        aux = None
        if config.mlp == "moe":
            from codelm.trainer.moe import router_statistics

            aux = router_statistics(self.blocks)

        logit_scale = 1.0 / config.logits_divisor
        if targets is not None and "cross_entropy" in config.kernels:
            from codelm.kernels import fused_linear_cross_entropy

            loss = fused_linear_cross_entropy(
                x.reshape(batch * seq, -1), self.output_weight, targets.reshape(-1), logit_scale=logit_scale
            )
            loss = self._with_router_losses(loss, aux)
            return ModelOutput(logits=None, loss=loss, past_key_values=cache if use_cache else None, aux=aux)
        logits = F.linear(x, self.output_weight)  # (B, T, vocab)
        if logit_scale != 1.0:
            logits = logits * logit_scale
        loss = None
        if targets is not None:
            loss = F.cross_entropy(
                logits.float().reshape(batch * seq, -1), targets.reshape(-1), ignore_index=IGNORE_INDEX
            )
            loss = self._with_router_losses(loss, aux)
        return ModelOutput(logits=logits, loss=loss, past_key_values=cache if use_cache else None, aux=aux)

    def _with_router_losses(self, loss: torch.Tensor, aux: dict | None) -> torch.Tensor:
        """Training adds the MoE router losses; evaluation reports the language-model loss alone."""
        if aux is None or not self.training:
            return loss
        moe = self.config.moe
        return loss + moe.aux_loss_coef * aux["aux_loss"] + moe.z_loss_coef * aux["z_loss"]

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def flops_per_token(self, seq_len: int) -> float:
        """Training FLOPs per token (forward + backward), PaLM's estimate: 6·N plus attention's 12·L·h·T."""
        non_embedding = self.num_parameters() - self.token_embedding.weight.numel()
        if self.config.position == "learned":
            non_embedding -= self.position_embedding.weight.numel()
        if not self.config.tie_embeddings:
            non_embedding -= self.lm_head.weight.numel()
        matmul_params = non_embedding + self.config.vocab_size * self.config.hidden_size  # the output projection
        config = self.config
        if config.mlp == "moe" and config.moe.train_mode == "sparse":  # a token meets top_k of the experts
            idle_experts = config.num_layers * (config.num_experts - config.top_k)
            matmul_params -= idle_experts * 3 * config.hidden_size * config.intermediate_size
        return 6 * matmul_params + 12 * self.config.num_layers * self.config.hidden_size * seq_len


def _flash_attn_available() -> bool:
    try:
        import flash_attn  # noqa: F401
    except ImportError:
        return False
    return True
