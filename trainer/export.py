"""Conversion between codelm checkpoints and transformers model folders, as explicit key maps.

Formats: ``gpt_bigcode`` (SantaCoder, StarCoder, Granite-20B/34B-code), ``starcoder2``, ``llama``
(Granite-3B/8B-code), ``granite`` (Llama plus Granite's four multipliers), and ``granitemoe`` /
``granitemoeshared`` (Granite 3.0 MoE, without or with a shared expert). Every conversion is a pure
rearrangement of tensors (splits and concatenations of codelm's fused q|k|v and gate|up projections,
transposes of the expert weights), so import followed by export gives back the same bytes.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import torch

from codelm.pipeline.errors import UsageProblem
from codelm.trainer.checkpoint import (
    TOKENIZER,
    WEIGHTS,
    read_model_config,
    resolve_checkpoint,
    save_model,
    shell_for_weights,
)
from codelm.trainer.model import ModelConfig, MoEConfig

MOE_FORMATS = ("granitemoe", "granitemoeshared")
FORMATS = ("gpt_bigcode", "starcoder2", "llama", "granite", *MOE_FORMATS)
# codelm expert weights -> GraniteMoe's published names; stored (experts, in, out) here, (experts, out, in) there.
_EXPERT_NAMES = {"gate_up": "input_linear", "down": "output_linear"}
log = logging.getLogger("codelm.export")


def infer_format(config: ModelConfig) -> str:
    if config.position == "learned" and config.norm == "layernorm" and config.mlp == "gelu":
        return "gpt_bigcode"
    if config.position == "rope" and config.norm == "layernorm" and config.mlp == "gelu":
        return "starcoder2"
    if config.position == "rope" and config.norm == "rmsnorm" and config.mlp == "swiglu":
        default_multipliers = (
            config.embedding_multiplier == 1.0
            and config.residual_multiplier == 1.0
            and config.attention_multiplier is None
            and config.logits_scaling == 1.0
            and config.mup is None
        )
        return "llama" if default_multipliers else "granite"
    if config.position == "rope" and config.norm == "rmsnorm" and config.mlp == "moe":
        return "granitemoeshared" if config.moe.shared_expert_size else "granitemoe"
    raise UsageProblem(
        f"no transformers format expresses position={config.position}, norm={config.norm}, mlp={config.mlp}"
    )


def check_exportable(config: ModelConfig, format_name: str) -> None:
    """One-line refusal naming the first switch the target format cannot express."""
    problems = []
    multipliers_set = (
        config.embedding_multiplier != 1.0
        or config.residual_multiplier != 1.0
        or config.attention_multiplier is not None
        or config.logits_scaling != 1.0
        or config.mup is not None  # µP's attention and logits scales are Granite's multipliers
    )
    if config.cla_share > 1:
        problems.append(
            f"no transformers format has cross-layer attention (cla_share={config.cla_share}: layers reusing "
            "another layer's keys and values)"
        )
    if config.residual == "ladder":
        problems.append("no transformers format has ladder residual (branches reading the stream one branch late)")
    if format_name == "gpt_bigcode":
        if (config.position, config.norm, config.mlp) != ("learned", "layernorm", "gelu"):
            problems.append("gpt_bigcode needs learned positions, layernorm and gelu")
        if config.num_key_value_heads not in (1, config.num_heads):
            problems.append("gpt_bigcode has multi-query or multi-head attention only, not grouped-query")
        if not (config.attention_bias and config.mlp_bias and config.norm_bias):
            problems.append("gpt_bigcode always has biases")
        if config.sliding_window is not None:
            problems.append("gpt_bigcode has no sliding window")
    elif format_name == "starcoder2":
        if (config.position, config.norm, config.mlp) != ("rope", "layernorm", "gelu"):
            problems.append("starcoder2 needs rope, layernorm and gelu")
        if not config.norm_bias or config.attention_bias != config.mlp_bias:
            problems.append("starcoder2 has norm biases and one use_bias switch for attention and MLP")
    elif format_name in ("llama", "granite"):
        if (config.position, config.norm, config.mlp) != ("rope", "rmsnorm", "swiglu"):
            problems.append(f"{format_name} needs rope, rmsnorm and swiglu")
        if config.sliding_window is not None:
            problems.append(f"{format_name} has no sliding window")
    elif format_name in MOE_FORMATS:
        if (config.position, config.norm, config.mlp) != ("rope", "rmsnorm", "moe"):
            problems.append(f"{format_name} needs rope, rmsnorm and moe")
        if config.sliding_window is not None:
            problems.append(f"{format_name} has no sliding window")
        if format_name == "granitemoe" and config.moe.shared_expert_size:
            problems.append("granitemoe has no shared expert (use granitemoeshared)")
    else:
        problems.append(f"unknown format {format_name!r}; choose from {', '.join(FORMATS)}")
    if multipliers_set and format_name not in ("granite", *MOE_FORMATS):
        problems.append(f"{format_name} has no embedding/residual/attention/logits multipliers (use granite)")
    if problems:
        raise UsageProblem(f"cannot export to {format_name}: {'; '.join(problems)}")


# ---------------------------------------------------------------------------------------------------
# codelm -> transformers


def _split_qkv(weight: torch.Tensor, config: ModelConfig) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    q_size = config.num_heads * config.head_dim
    kv_size = config.num_key_value_heads * config.head_dim
    return weight.split([q_size, kv_size, kv_size], dim=0)


def _bigcode_mha_interleave(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, config: ModelConfig) -> torch.Tensor:
    """gpt_bigcode's multi-head c_attn lays rows out per head: [q_h | k_h | v_h] for h = 0..heads-1."""
    heads, head_dim = config.num_heads, config.head_dim
    stacked = torch.stack([t.reshape(heads, head_dim, *t.shape[1:]) for t in (q, k, v)], dim=1)
    return stacked.reshape(3 * heads * head_dim, *q.shape[1:])


def _bigcode_mha_deinterleave(c_attn: torch.Tensor, config: ModelConfig) -> torch.Tensor:
    heads, head_dim = config.num_heads, config.head_dim
    per_head = c_attn.reshape(heads, 3, head_dim, *c_attn.shape[1:])
    return torch.cat([per_head[:, part].reshape(heads * head_dim, *c_attn.shape[1:]) for part in range(3)], dim=0)


def _layer_names(format_name: str, layer: int) -> dict[str, str]:
    """codelm parameter name (within a block) -> transformers name, for the tensors that map one to one."""
    if format_name == "gpt_bigcode":
        prefix = f"transformer.h.{layer}."
        return {
            "attention_norm": prefix + "ln_1",
            "attention.out": prefix + "attn.c_proj",
            "mlp_norm": prefix + "ln_2",
            "mlp.up": prefix + "mlp.c_fc",
            "mlp.down": prefix + "mlp.c_proj",
        }
    prefix = f"model.layers.{layer}."
    names = {
        "attention_norm": prefix + "input_layernorm",
        "attention.out": prefix + "self_attn.o_proj",
        "mlp_norm": prefix + "post_attention_layernorm",
    }
    if format_name in MOE_FORMATS:
        # The published checkpoints' names, which transformers renames as it loads and back as it saves.
        names["mlp.router"] = prefix + "block_sparse_moe.router.layer"
        names["mlp.shared.up"] = prefix + "shared_mlp.input_linear"
        names["mlp.shared.down"] = prefix + "shared_mlp.output_linear"
    else:
        names["mlp.down"] = prefix + ("mlp.c_proj" if format_name == "starcoder2" else "mlp.down_proj")
    if format_name == "starcoder2":
        names["mlp.up"] = prefix + "mlp.c_fc"
    return names


def _top_names(format_name: str) -> dict[str, str]:
    if format_name == "gpt_bigcode":
        return {
            "token_embedding.weight": "transformer.wte.weight",
            "position_embedding.weight": "transformer.wpe.weight",
            "final_norm.weight": "transformer.ln_f.weight",
            "final_norm.bias": "transformer.ln_f.bias",
            "lm_head.weight": "lm_head.weight",
        }
    return {
        "token_embedding.weight": "model.embed_tokens.weight",
        "final_norm.weight": "model.norm.weight",
        "final_norm.bias": "model.norm.bias",
        "lm_head.weight": "lm_head.weight",
    }


def to_hf_state(state: dict[str, torch.Tensor], config: ModelConfig, format_name: str) -> dict[str, torch.Tensor]:
    out = {}
    for name, hf_name in _top_names(format_name).items():
        if name in state:
            out[hf_name] = state[name]
    for layer in range(config.num_layers):
        block = f"blocks.{layer}."
        for ours, theirs in _layer_names(format_name, layer).items():
            for suffix in ("weight", "bias"):
                if f"{block}{ours}.{suffix}" in state:
                    out[f"{theirs}.{suffix}"] = state[f"{block}{ours}.{suffix}"]
        for suffix in ("weight", "bias"):
            qkv = state.get(f"{block}attention.qkv.{suffix}")
            if qkv is not None:
                q, k, v = _split_qkv(qkv, config)
                if format_name == "gpt_bigcode":
                    fused = qkv if config.num_key_value_heads == 1 else _bigcode_mha_interleave(q, k, v, config)
                    out[f"transformer.h.{layer}.attn.c_attn.{suffix}"] = fused
                else:
                    for part, tensor in zip("qkv", (q, k, v)):
                        out[f"model.layers.{layer}.self_attn.{part}_proj.{suffix}"] = tensor
            up = state.get(f"{block}mlp.up.{suffix}")
            if up is not None and format_name in ("llama", "granite"):
                gate, up_only = up.chunk(2, dim=0)
                out[f"model.layers.{layer}.mlp.gate_proj.{suffix}"] = gate
                out[f"model.layers.{layer}.mlp.up_proj.{suffix}"] = up_only
        if format_name in MOE_FORMATS:
            for ours, theirs in _EXPERT_NAMES.items():
                expert_weight = state[f"{block}mlp.{ours}.weight"]
                out[f"model.layers.{layer}.block_sparse_moe.{theirs}.weight"] = expert_weight.transpose(1, 2)
    return {name: tensor.contiguous() for name, tensor in out.items()}


def from_hf_state(hf: dict[str, torch.Tensor], config: ModelConfig, format_name: str) -> dict[str, torch.Tensor]:
    state = {}
    for ours, theirs in _top_names(format_name).items():
        if theirs in hf and not (ours == "lm_head.weight" and config.tie_embeddings):
            state[ours] = hf[theirs]
    for layer in range(config.num_layers):
        block = f"blocks.{layer}."
        for ours, theirs in _layer_names(format_name, layer).items():
            for suffix in ("weight", "bias"):
                if f"{theirs}.{suffix}" in hf:
                    state[f"{block}{ours}.{suffix}"] = hf[f"{theirs}.{suffix}"]
        for suffix in ("weight", "bias"):
            if format_name == "gpt_bigcode":
                c_attn = hf.get(f"transformer.h.{layer}.attn.c_attn.{suffix}")
                if c_attn is not None:
                    mha = config.num_key_value_heads != 1
                    state[f"{block}attention.qkv.{suffix}"] = (
                        _bigcode_mha_deinterleave(c_attn, config) if mha else c_attn
                    )
            else:
                parts = [hf.get(f"model.layers.{layer}.self_attn.{p}_proj.{suffix}") for p in "qkv"]
                if all(part is not None for part in parts):
                    state[f"{block}attention.qkv.{suffix}"] = torch.cat(parts, dim=0)
            if format_name in ("llama", "granite"):
                gate = hf.get(f"model.layers.{layer}.mlp.gate_proj.{suffix}")
                up = hf.get(f"model.layers.{layer}.mlp.up_proj.{suffix}")
                if gate is not None and up is not None:
                    state[f"{block}mlp.up.{suffix}"] = torch.cat([gate, up], dim=0)
        if format_name in MOE_FORMATS:
            for ours, theirs in _EXPERT_NAMES.items():
                expert_weight = hf.get(f"model.layers.{layer}.block_sparse_moe.{theirs}.weight")
                if expert_weight is not None:
                    state[f"{block}mlp.{ours}.weight"] = expert_weight.transpose(1, 2)
    return {name: tensor.contiguous() for name, tensor in state.items()}


def hf_config(config: ModelConfig, format_name: str, special_ids: dict[str, int | None]):
    """The transformers config object of ``format_name`` for ``config``."""
    import transformers

    common = dict(
        vocab_size=config.vocab_size,
        tie_word_embeddings=config.tie_embeddings,
        bos_token_id=special_ids.get("bos"),
        eos_token_id=special_ids.get("eos"),
        pad_token_id=special_ids.get("pad"),
        initializer_range=config.initializer_range,
    )
    if format_name == "gpt_bigcode":
        return transformers.GPTBigCodeConfig(
            n_positions=config.max_position_embeddings,
            n_embd=config.hidden_size,
            n_layer=config.num_layers,
            n_head=config.num_heads,
            n_inner=config.intermediate_size,
            activation_function="gelu_pytorch_tanh",
            resid_pdrop=config.dropout,
            embd_pdrop=config.dropout,
            attn_pdrop=config.dropout,
            layer_norm_epsilon=config.norm_eps,
            multi_query=config.num_key_value_heads == 1,
            **common,
        )
    shared = dict(
        hidden_size=config.hidden_size,
        intermediate_size=config.intermediate_size,
        num_hidden_layers=config.num_layers,
        num_attention_heads=config.num_heads,
        num_key_value_heads=config.num_key_value_heads,
        max_position_embeddings=config.max_position_embeddings,
        rope_theta=config.rope_theta,
        attention_dropout=config.dropout,
        **common,
    )
    if format_name == "starcoder2":
        return transformers.Starcoder2Config(
            hidden_act="gelu_pytorch_tanh",
            norm_epsilon=config.norm_eps,
            sliding_window=config.sliding_window,
            residual_dropout=config.dropout,
            embedding_dropout=config.dropout,
            use_bias=config.attention_bias,
            **shared,
        )
    granite_multipliers = dict(
        embedding_multiplier=config.embedding_multiplier,
        residual_multiplier=config.residual_multiplier,
        attention_multiplier=config.attention_scale,
        logits_scaling=config.logits_divisor,
    )
    if format_name in MOE_FORMATS:
        moe = dict(
            hidden_act="silu",
            rms_norm_eps=config.norm_eps,
            attention_bias=config.attention_bias,
            num_local_experts=config.num_experts,
            num_experts_per_tok=config.top_k,
            router_aux_loss_coef=config.moe.aux_loss_coef,
            **granite_multipliers,
            **shared,
        )
        if format_name == "granitemoe":
            return transformers.GraniteMoeConfig(**moe)
        return transformers.GraniteMoeSharedConfig(shared_intermediate_size=config.moe.shared_expert_size, **moe)
    llama_like = dict(
        hidden_act="silu",
        rms_norm_eps=config.norm_eps,
        attention_bias=config.attention_bias,
        mlp_bias=config.mlp_bias,
        head_dim=config.head_dim,
        **shared,
    )
    if format_name == "llama":
        return transformers.LlamaConfig(**llama_like)
    return transformers.GraniteConfig(**granite_multipliers, **llama_like)


# transformers' names for the tanh approximation of GELU, which codelm's gelu MLP computes.
_TANH_GELUS = ("gelu_pytorch_tanh", "gelu_new", "gelu_fast")


def model_config_from_hf(hf: dict) -> tuple[ModelConfig, str]:
    """codelm's ModelConfig for a transformers config.json (as a dict), and its format."""
    model_type = hf.get("model_type")
    activation = hf.get("activation_function" if model_type == "gpt_bigcode" else "hidden_act")
    silu_types = ("llama", "granite", *MOE_FORMATS)
    expected_activations = ("silu",) if model_type in silu_types else _TANH_GELUS
    if activation is not None and activation not in expected_activations:
        raise UsageProblem(f"{model_type} with activation {activation!r} has no codelm equivalent")
    if model_type == "gpt_bigcode":
        if not hf.get("scale_attn_weights", True):
            raise UsageProblem("gpt_bigcode with scale_attn_weights=false has no codelm equivalent")
        return (
            ModelConfig(
                vocab_size=hf["vocab_size"],
                hidden_size=hf["n_embd"],
                num_layers=hf["n_layer"],
                num_heads=hf["n_head"],
                num_key_value_heads=1 if hf.get("multi_query", True) else hf["n_head"],
                intermediate_size=hf.get("n_inner") or 4 * hf["n_embd"],
                max_position_embeddings=hf["n_positions"],
                position="learned",
                norm="layernorm",
                norm_eps=hf.get("layer_norm_epsilon", 1e-5),
                mlp="gelu",
                tie_embeddings=hf.get("tie_word_embeddings", True),
                dropout=hf.get("resid_pdrop", 0.0),
                initializer_range=hf.get("initializer_range", 0.02),
            ),
            model_type,
        )
    if model_type not in ("starcoder2", *silu_types):
        raise UsageProblem(f"cannot import model_type {model_type!r}; codelm reads {', '.join(FORMATS)}")
    heads = hf["num_attention_heads"]
    head_dim = hf.get("head_dim") or hf["hidden_size"] // heads
    if head_dim * heads != hf["hidden_size"]:
        raise UsageProblem("codelm models need head_dim * num_attention_heads == hidden_size")
    rope = hf.get("rope_parameters") or hf.get("rope_scaling") or {}
    if rope.get("rope_type", rope.get("type", "default")) != "default":
        raise UsageProblem(f"rope scaling {rope.get('rope_type') or rope.get('type')!r} has no codelm equivalent")
    fields = dict(
        vocab_size=hf["vocab_size"],
        hidden_size=hf["hidden_size"],
        num_layers=hf["num_hidden_layers"],
        num_heads=heads,
        num_key_value_heads=hf.get("num_key_value_heads") or heads,
        intermediate_size=hf["intermediate_size"],
        max_position_embeddings=hf["max_position_embeddings"],
        position="rope",
        rope_theta=float(rope.get("rope_theta", hf.get("rope_theta", 10000.0))),
        tie_embeddings=hf.get("tie_word_embeddings", model_type == "starcoder2"),
        initializer_range=hf.get("initializer_range", 0.02),
        dropout=hf.get("attention_dropout", 0.0),
    )
    if model_type == "starcoder2":
        fields.update(
            norm="layernorm",
            norm_eps=hf.get("norm_epsilon", 1e-5),
            mlp="gelu",
            attention_bias=hf.get("use_bias", True),
            mlp_bias=hf.get("use_bias", True),
            sliding_window=hf.get("sliding_window"),
            dropout=hf.get("residual_dropout", 0.0),
        )
        return ModelConfig(**fields), model_type
    fields.update(
        norm="rmsnorm",
        norm_eps=hf.get("rms_norm_eps", 1e-6),
        norm_bias=False,
        mlp="swiglu",
        attention_bias=hf.get("attention_bias", False),
        mlp_bias=hf.get("mlp_bias", False),
    )
    if model_type in MOE_FORMATS:
        fields.update(
            mlp="moe",
            num_experts=hf["num_local_experts"],
            top_k=hf["num_experts_per_tok"],
            moe=MoEConfig(
                aux_loss_coef=hf.get("router_aux_loss_coef", 0.001),
                shared_expert_size=hf.get("shared_intermediate_size", 0),
            ),
        )
    if model_type != "llama":
        fields.update(
            embedding_multiplier=hf.get("embedding_multiplier", 1.0),
            residual_multiplier=hf.get("residual_multiplier", 1.0),
            attention_multiplier=hf.get("attention_multiplier", 1.0),
            logits_scaling=hf.get("logits_scaling", 1.0),
        )
    return ModelConfig(**fields), model_type


def _special_ids(tokenizer_dir: Path) -> dict[str, int | None]:
    config_file = tokenizer_dir / "tokenizer_config.json"
    tokenizer_file = tokenizer_dir / "tokenizer.json"
    if not (config_file.exists() and tokenizer_file.exists()):
        return {}
    settings = json.loads(config_file.read_text())
    vocabulary = {token["content"]: token["id"] for token in json.loads(tokenizer_file.read_text())["added_tokens"]}

    def token_id(key):
        token = settings.get(key)
        token = token.get("content") if isinstance(token, dict) else token
        return vocabulary.get(token)

    return {"bos": token_id("bos_token"), "eos": token_id("eos_token"), "pad": token_id("pad_token")}


EXPORT_MARKER = "codelm-export.json"


def _export_source(checkpoint: Path, format_name: str) -> dict:
    weights = (checkpoint / WEIGHTS).stat()
    return {
        "checkpoint": str(checkpoint.resolve()),
        "weights_size": weights.st_size,
        "weights_mtime_ns": weights.st_mtime_ns,
        "format": format_name,
    }


def export_checkpoint(
    checkpoint: str | Path, output_dir: str | Path, format_name: str | None = None, force: bool = False
) -> dict:
    """Write a transformers folder (config.json, model.safetensors, tokenizer) for a codelm checkpoint.

    OUTPUT records what it was exported from (``codelm-export.json``): exporting the same checkpoint
    again does nothing; ``force`` replaces an earlier export; a folder codelm did not export is never touched.
    """
    from safetensors.torch import load_file, save_file

    checkpoint = resolve_checkpoint(checkpoint)
    config = read_model_config(checkpoint)
    format_name = format_name or infer_format(config)
    check_exportable(config, format_name)
    output_dir = Path(output_dir)
    source = _export_source(checkpoint, format_name)
    if output_dir.exists() and any(output_dir.iterdir()):
        marker = output_dir / EXPORT_MARKER
        earlier = json.loads(marker.read_text()) if marker.is_file() else None
        if earlier is None:
            raise UsageProblem(f"{output_dir} exists, is not empty and was not written by codelm export")
        if earlier == source and not force:
            log.info("%s is up to date (exported from %s); nothing to do", output_dir, checkpoint)
            return {
                "checkpoint": str(checkpoint),
                "output": str(output_dir),
                "format": format_name,
                "up_to_date": True,
            }
        if not force:
            raise UsageProblem(f"{output_dir} holds an export of another checkpoint or format; --force replaces it")
        shutil.rmtree(output_dir)
    state = load_file(str(checkpoint / WEIGHTS))
    tokenizer_dir = checkpoint / TOKENIZER
    special_ids = _special_ids(tokenizer_dir) if tokenizer_dir.is_dir() else {}
    output_dir.mkdir(parents=True, exist_ok=True)
    hf_config(config, format_name, special_ids).save_pretrained(str(output_dir))
    hf_state = to_hf_state(state, config, format_name)
    save_file(hf_state, str(output_dir / "model.safetensors"), metadata={"format": "pt"})
    if tokenizer_dir.is_dir():
        for item in tokenizer_dir.iterdir():
            if item.is_file():
                shutil.copy2(item, output_dir / item.name)
    (output_dir / EXPORT_MARKER).write_text(json.dumps(source, indent=2) + "\n")
    return {
        "checkpoint": str(checkpoint),
        "output": str(output_dir),
        "format": format_name,
        "parameters": sum(t.numel() for t in hf_state.values()),
        "tokenizer": tokenizer_dir.is_dir(),
    }


def import_hf(hf_dir: str | Path, output_dir: str | Path) -> dict:
    """Turn a transformers folder into a codelm checkpoint that ``train.init_from`` continues from."""
    from safetensors.torch import load_file

    hf_dir, output_dir = Path(hf_dir), Path(output_dir)
    config_file = hf_dir / "config.json"
    if not config_file.is_file():
        raise UsageProblem(f"{hf_dir} has no config.json: not a transformers model folder")
    if output_dir.exists() and any(output_dir.iterdir()):
        raise UsageProblem(f"{output_dir} exists and is not empty; import writes into a new folder")
    config, format_name = model_config_from_hf(json.loads(config_file.read_text()))
    weight_files = sorted(hf_dir.glob("*.safetensors"))
    if not weight_files:
        raise UsageProblem(f"{hf_dir} holds no *.safetensors weights (convert .bin weights with transformers first)")
    hf_state = {}
    for file in weight_files:
        hf_state.update(load_file(str(file)))
    state = from_hf_state(hf_state, config, format_name)
    model = shell_for_weights(config, state, f"{hf_dir}: weights do not match its config.json")
    tokenizer_files = [p for p in hf_dir.iterdir() if p.name.startswith(("tokenizer", "special_tokens", "vocab"))]
    tokenizer_dir = None
    if any(p.name == "tokenizer.json" for p in tokenizer_files):
        tokenizer_dir = output_dir / TOKENIZER
        tokenizer_dir.mkdir(parents=True)
        for item in tokenizer_files:
            shutil.copy2(item, tokenizer_dir / item.name)
    save_model(model, output_dir, state_dict=state)
    return {
        "input": str(hf_dir),
        "output": str(output_dir),
        "format": format_name,
        "parameters": sum(t.numel() for t in state.values()),
        "tokenizer": tokenizer_dir is not None,
    }
