"""Ladder residual (Zhang et al. 2025): each branch reads the residual stream one branch late."""

import json

import pytest
import torch
import yaml

from codelm.trainer.checkpoint import load_model, save_model
from codelm.trainer.config import load_run_config
from codelm.trainer.loop import train
from codelm.trainer.model import AttentionLayout, CodeLM, ModelConfig
from codelm.trainer.presets import preset

from .conftest import SMALL_SHAPE, small_model


def test_two_layer_ladder_matches_the_hand_unrolled_reference():
    model = small_model("tiny-starcoder", residual="ladder", residual_multiplier=0.5)
    (first, second), r = model.blocks, 0.5
    ids = torch.randint(0, 97, (2, 13))
    positions = torch.arange(13).expand(2, -1)
    causal = AttentionLayout(mask=None, is_causal=True)

    def attention(block, x):  # the block's attention branch alone (its own wiring is tested elsewhere)
        return block.attention(block.attention_norm(x), positions, None, causal, None)[0] * r

    def mlp(block, x):
        return block.mlp(block.mlp_norm(x)) * r

    with torch.no_grad():
        x0 = model.token_embedding(ids) + model.position_embedding(positions)
        a1 = attention(first, x0)
        m1 = mlp(first, x0)  # the first MLP reads the stream without a1
        a2 = attention(second, x0 + a1)  # ... the second attention without m1
        m2 = mlp(second, x0 + a1 + m1)  # ... the second MLP without a2
        reference = model.final_norm(x0 + a1 + m1 + a2 + m2) @ model.token_embedding.weight.T
        ladder = model(ids).logits
        model.config.residual = "standard"
        standard = model(ids).logits
    assert torch.allclose(ladder, reference, atol=1e-5, rtol=0)
    assert not torch.allclose(standard, reference, atol=1e-3)


def test_ladder_decodes_with_the_cache_like_the_full_forward():
    model = small_model("tiny-starcoder", residual="ladder", num_layers=3)
    ids = torch.randint(0, 97, (2, 20))
    with torch.no_grad():
        full = model(ids).logits
        prompt = model(ids[:, :12], use_cache=True)
        steps = [prompt.logits]
        for position in range(12, 20):
            step = model(ids[:, position : position + 1], past_key_values=prompt.past_key_values, use_cache=True)
            steps.append(step.logits)
    assert torch.allclose(torch.cat(steps, dim=1), full, atol=1e-5, rtol=0)


def test_ladder_gradients_match_with_activation_checkpointing():
    ids = torch.randint(0, 97, (2, 16))
    gradients = []
    for checkpointing in (False, True):
        model = small_model(
            "tiny-starcoder", residual="ladder", cla_share=2, activation_checkpointing=checkpointing
        ).train()
        model(ids, targets=ids).loss.backward()
        gradients.append(torch.cat([p.grad.flatten() for p in model.parameters()]))
    assert torch.allclose(gradients[0], gradients[1], atol=1e-6)


def test_ladder_cla_and_mup_train_on_cpu_and_the_checkpoint_loads(tmp_path, packed_dir):
    model = {"preset": "tiny-granite-8b-code", **SMALL_SHAPE, "residual": "ladder", "cla_share": 2}
    model["mup"] = {"base_width": 32}
    config = {
        "model": model,
        "data": {"train": str(packed_dir)},
        "train": {"output_dir": str(tmp_path / "run"), "micro_batch_size": 4, "max_steps": 12, "log_every": 1},
        "optim": {"lr": 1.0e-2},
        "schedule": {"name": "constant", "warmup_steps": 2},
    }
    (tmp_path / "run.yaml").write_text(yaml.safe_dump(config))
    summary = train(load_run_config(tmp_path / "run.yaml"), show_progress=False)
    records = [json.loads(line) for line in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    losses = [record["loss"] for record in records if "loss" in record]
    assert summary["steps"] == 12 and sum(losses[-3:]) / 3 < losses[0] - 0.5
    loaded = load_model(tmp_path / "run")
    assert (loaded.config.residual, loaded.config.cla_share, loaded.config.mup.base_width) == ("ladder", 2, 32)


@pytest.mark.parametrize("format_args", [[], ["--format", "llama"]])
def test_export_is_refused_with_a_message(tmp_path, run_cli, format_args):
    save_model(
        CodeLM(ModelConfig(**{**preset("tiny-granite-8b-code"), **SMALL_SHAPE, "residual": "ladder"})), tmp_path / "c"
    )
    result = run_cli("export", tmp_path / "c", tmp_path / "hf", *format_args, expect=2)
    assert "no transformers format has ladder residual" in result.output and "Traceback" not in result.output
