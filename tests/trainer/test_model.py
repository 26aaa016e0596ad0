"""The model: padding-free packing, attention variants, the KV cache and the config switches."""

import math

import pytest
import torch
import torch.nn.functional as F

from codelm.trainer.model import IGNORE_INDEX, CodeLM, ModelConfig, rope_cos_sin, rotate
from codelm.trainer.presets import PRESETS, preset

from .conftest import small_model

FAMILIES = ["tiny-santacoder", "tiny-starcoder2", "tiny-granite-3b-code", "tiny-granite-8b-code"]


def _positions(lengths: list[int]) -> torch.Tensor:
    return torch.cat([torch.arange(length) for length in lengths])


@pytest.mark.parametrize("name", FAMILIES)
def test_packed_row_gives_each_document_its_own_logits(name):
    model = small_model(name, sliding_window=None)
    lengths = [7, 1, 12, 5]  # a one-token document included
    documents = [torch.randint(0, 97, (1, n)) for n in lengths]
    row = torch.cat(documents, dim=1)
    with torch.no_grad():
        packed = model(row, position_ids=_positions(lengths)[None]).logits[0]
        alone = [model(document).logits[0] for document in documents]
    assert torch.allclose(packed, torch.cat(alone), atol=1e-5, rtol=0)


def test_packed_loss_is_the_token_weighted_mean_of_document_losses():
    model = small_model("tiny-starcoder2")
    lengths = [9, 4, 14]
    documents = [torch.randint(0, 97, (1, n)) for n in lengths]
    row = torch.cat(documents, dim=1)
    targets = torch.full_like(row, IGNORE_INDEX)
    offset = 0
    for document in documents:  # next token within the document; none after its last token
        targets[0, offset : offset + document.shape[1] - 1] = document[0, 1:]
        offset += document.shape[1]
    with torch.no_grad():
        packed_loss = model(row, position_ids=_positions(lengths)[None], targets=targets).loss
        sums, counts = 0.0, 0
        for document in documents:
            logits = model(document).logits[0, :-1]
            sums += F.cross_entropy(logits, document[0, 1:], reduction="sum")
            counts += document.shape[1] - 1
    assert torch.allclose(packed_loss, sums / counts, atol=1e-6)


def test_sliding_window_matches_a_brute_force_attention_mask():
    model = small_model("tiny-starcoder2", sliding_window=5, num_key_value_heads=1)
    ids = torch.randint(0, 97, (2, 19))
    with torch.no_grad():
        windowed = model(ids).logits
        unlimited = small_model("tiny-starcoder2", sliding_window=None, num_key_value_heads=1)(ids).logits
    assert not torch.allclose(windowed, unlimited, atol=1e-4)
    # The first 5 positions see no further back than the window anyway.
    assert torch.allclose(windowed[:, :5], unlimited[:, :5], atol=1e-5)


def test_attention_kinds_keep_their_key_value_heads():
    for kv_heads, expected in [(1, "MQA"), (2, "GQA"), (4, "MHA")]:
        model = small_model("tiny-granite-8b-code", num_key_value_heads=kv_heads)
        out_features = model.blocks[0].attention.qkv.out_features
        assert out_features == (4 + 2 * kv_heads) * 16, expected
        with torch.no_grad():
            cache = model(torch.randint(0, 97, (1, 6)), use_cache=True).past_key_values
        assert cache.keys[0].shape == (1, kv_heads, 6, 16)


@pytest.mark.parametrize("name", FAMILIES)
def test_incremental_decoding_with_the_cache_equals_the_full_forward(name):
    model = small_model(name, sliding_window=4 if name == "tiny-starcoder2" else None)
    ids = torch.randint(0, 97, (2, 11))
    with torch.no_grad():
        full = model(ids).logits
        output = model(ids[:, :6], use_cache=True)
        steps = [output.logits]
        for position in range(6, 11):
            output = model(ids[:, position : position + 1], past_key_values=output.past_key_values, use_cache=True)
            steps.append(output.logits)
    assert torch.allclose(torch.cat(steps, dim=1), full, atol=1e-5)


def test_left_padded_batch_matches_unpadded_rows():
    model = small_model("tiny-granite-3b-code")
    short, long = torch.randint(1, 97, (1, 4)), torch.randint(1, 97, (1, 7))
    batch = torch.cat([torch.cat([torch.zeros(1, 3, dtype=torch.long), short], dim=1), long])
    mask = torch.ones_like(batch)
    mask[0, :3] = 0
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    with torch.no_grad():
        padded = model(batch, position_ids=positions, attention_mask=mask, use_cache=True)
        next_tokens = torch.randint(1, 97, (2, 1))
        mask = torch.cat([mask, torch.ones(2, 1, dtype=torch.long)], dim=1)
        step = model(
            next_tokens,
            position_ids=positions[:, -1:] + 1,
            attention_mask=mask,
            past_key_values=padded.past_key_values,
            use_cache=True,
        )
        short_alone = model(torch.cat([short, next_tokens[:1]], dim=1)).logits
        long_alone = model(torch.cat([long, next_tokens[1:]], dim=1)).logits
    assert torch.isfinite(padded.logits).all()
    assert torch.allclose(padded.logits[0, 3:], short_alone[0, :4], atol=1e-5)
    assert torch.allclose(step.logits[0, -1], short_alone[0, -1], atol=1e-5)
    assert torch.allclose(step.logits[1, -1], long_alone[0, -1], atol=1e-5)


def test_rope_rotates_pairs_by_position_and_restarts_per_document():
    positions = torch.tensor([[0, 1, 2, 0, 1]])
    cos, sin = rope_cos_sin(positions, head_dim=8, theta=10000.0, dtype=torch.float32)
    assert torch.equal(cos[0, 3], cos[0, 0]) and torch.equal(sin[0, 4], sin[0, 1])
    x = torch.randn(1, 5, 3, 8)
    rotated = rotate(x, cos, sin)
    # The reference: pair (i, i + 4) turned by the angle position / theta^(2i/8), Llama's rotate-half layout.
    for t, position in enumerate(positions[0].tolist()):
        for i in range(4):
            angle = position / 10000.0 ** (2 * i / 8)
            first, second = x[0, t, :, i], x[0, t, :, i + 4]
            expected_first = first * math.cos(angle) - second * math.sin(angle)
            expected_second = second * math.cos(angle) + first * math.sin(angle)
            assert torch.allclose(rotated[0, t, :, i], expected_first, atol=1e-6)
            assert torch.allclose(rotated[0, t, :, i + 4], expected_second, atol=1e-6)


def test_granite_multipliers_change_the_computation_as_specified():
    base = small_model("tiny-granite-3b-code")
    scaled = small_model("tiny-granite-3b-code", logits_scaling=4.0)
    ids = torch.randint(0, 97, (1, 8))
    with torch.no_grad():
        assert torch.allclose(scaled(ids).logits * 4.0, base(ids).logits, atol=1e-5)


def test_config_errors_name_the_switch():
    with pytest.raises(ValueError, match="num_key_value_heads"):
        ModelConfig(num_heads=4, num_key_value_heads=3, hidden_size=64)
    with pytest.raises(ValueError, match="position must be one of"):
        ModelConfig(position="alibi")
    with pytest.raises(ValueError, match="unknown kernels"):
        ModelConfig(kernels=["flash"])
    everything = ["rmsnorm", "layernorm", "rope", "swiglu", "gelu", "cross_entropy", "moe"]
    assert ModelConfig(kernels=["all"]).kernels == everything


@pytest.mark.parametrize(
    "name, published",
    [
        ("santacoder-1.1b", 1.12e9),
        ("starcoder-15b", 15.5e9),
        ("starcoder2-3b", 3.03e9),
        ("starcoder2-7b", 7.17e9),
        ("starcoder2-15b", 15.96e9),
        ("granite-3b-code", 3.48e9),
        ("granite-8b-code", 8.05e9),
        ("granite-20b-code", 20.07e9),
        ("granite-34b-code", 33.7e9),
    ],
)
def test_presets_have_the_published_parameter_counts(name, published):
    """Counts from the shapes; within 3% of the published sizes (which round and sometimes omit embeddings)."""
    count = ModelConfig(**preset(name)).num_parameters()
    assert abs(count - published) / published < 0.03, f"{name}: {count / 1e9:.2f}B"


def test_parameter_formula_matches_the_built_model():
    for name in [n for n in PRESETS if n.startswith("tiny-")]:
        config = ModelConfig(**preset(name))
        assert CodeLM(config).num_parameters() == config.num_parameters(), name


def test_activation_checkpointing_gives_the_same_gradients():
    ids = torch.randint(0, 97, (2, 16))
    targets = torch.randint(0, 97, (2, 16))
    gradients = []
    for checkpointing in (False, True):
        model = small_model("tiny-starcoder2", activation_checkpointing=checkpointing).train()
        model(ids, targets=targets).loss.backward()
        gradients.append(torch.cat([p.grad.flatten() for p in model.parameters()]))
    assert torch.allclose(gradients[0], gradients[1], atol=1e-6)
