"""Cross-layer attention (CLA, Brandon et al. 2024): adjacent layers share keys and values; the cache shrinks."""

import math

import pytest
import torch

from codelm.trainer.checkpoint import save_model
from codelm.trainer.model import CodeLM, ModelConfig
from codelm.trainer.presets import preset

from .conftest import SMALL_SHAPE, small_model


def _attend(q, k, v, scale):
    """Causal softmax attention by hand; q (T, heads, hd), k and v (T, kv_heads, hd) repeated across groups."""
    heads, kv_heads = q.shape[1], k.shape[1]
    k, v = k.repeat_interleave(heads // kv_heads, dim=1), v.repeat_interleave(heads // kv_heads, dim=1)
    scores = torch.einsum("qhd,khd->hqk", q, k) * scale
    seq = q.shape[0]
    scores = scores.masked_fill(torch.ones(seq, seq).triu(1).bool(), float("-inf"))
    return torch.einsum("hqk,khd->qhd", scores.softmax(-1), v).reshape(seq, -1)


def test_the_second_layer_of_a_group_attends_to_the_first_layers_keys_and_values():
    model = small_model("tiny-starcoder", cla_share=2)  # multi-query, learned positions: CLA2 with MQA
    config, (first, second) = model.config, model.blocks
    ids = torch.randint(0, 97, (1, 11))
    heads, hd = config.num_heads, config.head_dim
    with torch.no_grad():
        x = model.token_embedding(ids[0]) + model.position_embedding(torch.arange(11))
        q, k, v = first.attention.qkv(first.attention_norm(x)).split([heads * hd, hd, hd], dim=-1)
        q, k, v = q.view(11, heads, hd), k.view(11, 1, hd), v.view(11, 1, hd)
        x = x + first.attention.out(_attend(q, k, v, 1 / math.sqrt(hd)))
        x = x + first.mlp(first.mlp_norm(x))
        second_q = second.attention.qkv(second.attention_norm(x)).view(11, heads, hd)  # queries only
        x = x + second.attention.out(_attend(second_q, k, v, 1 / math.sqrt(hd)))
        x = x + second.mlp(second.mlp_norm(x))
        reference = model.final_norm(x) @ model.token_embedding.weight.T
        assert torch.allclose(model(ids).logits[0], reference, atol=1e-5, rtol=0)


@pytest.mark.parametrize("name", ["tiny-starcoder", "tiny-granite-8b-code"])  # MQA and GQA
def test_kv_cache_shrinks_by_the_sharing_factor_and_decodes_like_the_full_forward(name):
    ids = torch.randint(0, 97, (3, 24))
    measured = {}
    for share in (1, 2, 4):
        model = small_model(name, num_layers=4, cla_share=share)
        with torch.no_grad():
            full = model(ids).logits
            prompt = model(ids[:, :16], use_cache=True)
            cache, steps = prompt.past_key_values, [prompt.logits]
            for position in range(16, 24):
                steps.append(model(ids[:, position : position + 1], past_key_values=cache, use_cache=True).logits)
        assert torch.allclose(torch.cat(steps, dim=1), full, atol=1e-5, rtol=0)
        measured[share] = cache.num_bytes()
        config = model.config
        # keys and values: 24 tokens x 3 rows x kv heads x head_dim, fp32, for one layer in `share`
        assert measured[share] == 2 * 3 * 24 * config.num_key_value_heads * config.head_dim * 4 * (4 // share)
    assert measured[1] == 2 * measured[2] == 4 * measured[4]


@pytest.mark.parametrize("layers, share", [(4, 2), (3, 2), (5, 3)])
def test_layers_without_keys_and_values_lose_exactly_those_projections(layers, share):
    shape = {**preset("tiny-granite-8b-code"), **SMALL_SHAPE, "num_layers": layers, "vocab_size": 97}
    plain, shared = CodeLM(ModelConfig(**shape)), CodeLM(ModelConfig(**shape, cla_share=share))
    config = shared.config
    key_value_per_layer = 2 * config.num_key_value_heads * config.head_dim * (config.hidden_size + 1)  # + bias
    layers_without = layers - math.ceil(layers / share)
    assert shared.num_parameters() == plain.num_parameters() - layers_without * key_value_per_layer
    assert config.num_parameters() == shared.num_parameters()
    makes_kv = [block.attention.qkv.out_features > config.hidden_size for block in shared.blocks]
    assert makes_kv == [layer % share == 0 for layer in range(layers)]


def test_export_is_refused_with_a_message(tmp_path, run_cli):
    save_model(
        CodeLM(ModelConfig(**{**preset("tiny-granite-8b-code"), **SMALL_SHAPE, "cla_share": 2})), tmp_path / "c"
    )
    for format_args in ([], ["--format", "llama"], ["--format", "granite"]):
        result = run_cli("export", tmp_path / "c", tmp_path / "hf", *format_args, expect=2)
        assert "no transformers format has cross-layer attention (cla_share=2" in result.output
        assert "Traceback" not in result.output and not (tmp_path / "hf").exists()
