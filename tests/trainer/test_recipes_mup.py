"""µP: per-layer init and learning rates, a coordinate check across widths, export as Granite's multipliers."""

import math

import pytest
import torch
import yaml
from transformers import AutoModelForCausalLM

from codelm.trainer.checkpoint import save_model
from codelm.trainer.config import load_run_config
from codelm.trainer.data import TokenShards
from codelm.trainer.export import export_checkpoint
from codelm.trainer.loop import Trainer, parameter_groups
from codelm.trainer.model import CodeLM, ModelConfig
from codelm.trainer.mup import coordinate_check
from codelm.trainer.presets import preset

from .conftest import SMALL_SHAPE

# The matrices whose both dimensions grow with the width, named by hand (µP's "hidden weights").
HIDDEN = {"attention.qkv.weight", "attention.out.weight", "mlp.up.weight", "mlp.down.weight"}


def _config(width: int, base_width: int | None = 64, name: str = "tiny-granite-8b-code", **overrides) -> ModelConfig:
    shape = {"hidden_size": width, "num_layers": 2, "num_heads": 4, "intermediate_size": 2 * width}
    mup = {"mup": {"base_width": base_width}} if base_width else {}
    return ModelConfig(**{**preset(name), "vocab_size": 1024, **shape, **mup, **overrides})


def test_hidden_matrices_get_lr_over_m_and_everything_else_the_base_rate():
    model = CodeLM(_config(256))  # m = 4
    names = {id(parameter): name for name, parameter in model.named_parameters()}
    groups = parameter_groups(model, weight_decay=0.1)
    scaled = {names[id(p)] for group in groups if group.get("lr_scale") for p in group["params"]}
    assert {group.get("lr_scale") for group in groups} == {None, 0.25}
    assert scaled == {f"blocks.{layer}.{name}" for layer in range(2) for name in HIDDEN}
    assert sum(len(group["params"]) for group in groups) == len(names)
    decayed = {names[id(p)] for group in groups if group["weight_decay"] for p in group["params"]}
    assert decayed == scaled | {"token_embedding.weight"}


def test_hidden_matrices_start_at_std_over_sqrt_m():
    torch.manual_seed(0)
    base, wide = CodeLM(_config(256, base_width=None)), CodeLM(_config(256))
    for name, parameter in wide.named_parameters():
        ratio = parameter.std().item() / dict(base.named_parameters())[name].std().item() if parameter.dim() > 1 else 1
        expected = 0.5 if name.split(".", 2)[-1] in HIDDEN else 1.0
        assert ratio == pytest.approx(expected, rel=0.05), name


def test_attention_and_logits_scales():
    config = _config(256)  # head_dim 64; at the base width 64 it is 16
    assert config.attention_scale == pytest.approx(4 / 64) and config.logits_divisor == 4
    assert _config(1024).attention_scale == pytest.approx(4 / 256)  # 1/head_dim: a quarter per 4x width
    assert _config(256, base_width=None).attention_scale == 1 / math.sqrt(config.head_dim)
    assert _config(256, attention_multiplier=0.01, logits_scaling=2.0).logits_divisor == 8  # Granite's stay
    with pytest.raises(ValueError, match="mup.base_width 30 is not a positive multiple of num_heads"):
        _config(256, base_width=30)


def test_at_the_base_width_mup_is_the_standard_parametrization():
    ids = torch.randint(0, 1024, (2, 24))
    models = []
    for base_width in (None, 128):
        torch.manual_seed(0)
        models.append(CodeLM(_config(128, base_width)).eval())
    assert all(torch.equal(a, b) for a, b in zip(models[0].parameters(), models[1].parameters()))
    with torch.no_grad():
        assert torch.equal(models[0](ids).logits, models[1](ids).logits)
    assert {group.get("lr_scale") for group in parameter_groups(models[1], 0.1)} == {None}


@pytest.fixture(scope="module")
def batches(packed_dir):
    shards = TokenShards(packed_dir)
    rows = [shards.get_batch(range(start, start + 4)) for start in range(0, 16, 4)]
    return [{key: torch.from_numpy(value[:, :64]) for key, value in row.items()} for row in rows]


def test_coordinate_check_is_flat_across_widths_under_mup_only(batches):
    """Yang et al. 2022's check: after a few Adam steps at one learning rate, activations keep their scale
    across widths 64-512 under µP, while the standard parametrization's grow with the width."""
    spread = {}
    for base_width in (None, 64):
        final = {
            width: coordinate_check(_config(width, base_width, "tiny-starcoder"), batches, 1e-2, 3)[-1]
            for width in (64, 128, 256, 512)
        }
        spread[base_width] = {
            name: max(scales[name] for scales in final.values()) / min(scales[name] for scales in final.values())
            for name in final[64]
        }
    assert max(spread[64].values()) < 1.6, spread[64]
    assert spread[None]["block 0"] > 10 and spread[None]["block 1"] > 10, spread[None]


def test_the_trainer_gives_each_group_its_scaled_rate(tmp_path, packed_dir):
    config = {
        "model": {"preset": "tiny-granite-8b-code", **SMALL_SHAPE, "hidden_size": 128, "mup": {"base_width": 32}},
        "data": {"train": str(packed_dir)},
        "train": {"output_dir": str(tmp_path / "run"), "micro_batch_size": 2, "max_steps": 10},
        "schedule": {"name": "power", "warmup_steps": 0, "power_lr_max": 1.0},
    }
    (tmp_path / "run.yaml").write_text(yaml.safe_dump(config))
    trainer = Trainer(load_run_config(tmp_path / "run.yaml"), resume=None, show_progress=False)
    try:
        lr = trainer._set_lr(3)
        # The Power schedule at 4 steps of 2 rows of 256 tokens, batch 2: 2 * 4 * 2048^-0.51.
        assert lr == pytest.approx(2 * 4 * 2048**-0.51)
        rates = sorted(group["lr"] for group in trainer.engine.optimizer.param_groups)
        assert rates == pytest.approx([lr / 4, lr, lr])
    finally:
        trainer.close()


def test_a_mup_model_exports_as_granite_with_the_same_logits(tmp_path):
    torch.manual_seed(0)
    model = CodeLM(_config(128, base_width=32, tie_embeddings=False)).eval()
    save_model(model, tmp_path / "ckpt")
    assert export_checkpoint(tmp_path / "ckpt", tmp_path / "hf")["format"] == "granite"
    reference = AutoModelForCausalLM.from_pretrained(tmp_path / "hf", dtype=torch.float32, local_files_only=True)
    ids = torch.randint(0, 1024, (2, 40))
    with torch.no_grad():
        assert (model(ids).logits - reference.eval()(ids).logits).abs().max() <= 1e-4


def test_moe_experts_are_hidden_matrices_and_the_router_is_not():
    overrides = {"hidden_size": 128, "num_layers": 1, "mup": {"base_width": 32}, "moe": {"shared_expert_size": 256}}
    model = CodeLM(ModelConfig(**{**preset("tiny-granite-moe"), **overrides}))
    names = {id(parameter): name for name, parameter in model.named_parameters()}
    scaled = {names[id(p)] for group in parameter_groups(model, 0.1) if group.get("lr_scale") for p in group["params"]}
    experts = {"mlp.gate_up.weight", "mlp.down.weight", "mlp.shared.up.weight", "mlp.shared.down.weight"}
    assert scaled == {f"blocks.0.{name}" for name in experts | {"attention.qkv.weight", "attention.out.weight"}}
