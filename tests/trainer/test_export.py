"""Export to and import from transformers: same logits as transformers' own classes, bit-exact round trips."""

import json

import pytest
import torch
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from codelm.trainer.checkpoint import load_model, save_model
from codelm.trainer.export import FORMATS, export_checkpoint, import_hf
from codelm.trainer.model import CodeLM, ModelConfig
from codelm.trainer.presets import preset

GRANITE_MULTIPLIERS = dict(
    embedding_multiplier=12.0, residual_multiplier=0.22, attention_multiplier=0.0078, logits_scaling=8.0
)
CASES = [
    ("tiny-santacoder", {}, "gpt_bigcode"),
    ("tiny-starcoder", {}, "gpt_bigcode"),
    ("tiny-granite-20b-code", {"num_key_value_heads": 4}, "gpt_bigcode"),  # multi-head gpt_bigcode
    ("tiny-starcoder2", {}, "starcoder2"),
    ("tiny-starcoder2", {"tie_embeddings": False, "attention_bias": False, "mlp_bias": False}, "starcoder2"),
    ("tiny-granite-3b-code", {}, "llama"),
    ("tiny-granite-8b-code", {"tie_embeddings": False}, "llama"),
    ("tiny-granite-3b-code", GRANITE_MULTIPLIERS, "granite"),
    ("tiny-granite-moe", {}, "granitemoe"),
    ("tiny-granite-moe", {"tie_embeddings": False, "moe": {"shared_expert_size": 64}}, "granitemoeshared"),
]


def _checkpoint(path, name, overrides, tokenizer_dir=None):
    torch.manual_seed(1)
    model = CodeLM(ModelConfig(**{**preset(name), **overrides}))
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.add_(torch.randn_like(parameter) * 0.02)
    save_model(model, path, tokenizer_dir)
    return model.eval()


@pytest.mark.parametrize("name, overrides, expected_format", CASES)
def test_exported_model_gives_codelm_logits_in_transformers(tmp_path, name, overrides, expected_format):
    model = _checkpoint(tmp_path / "ckpt", name, overrides)
    summary = export_checkpoint(tmp_path / "ckpt", tmp_path / "hf")
    assert summary["format"] == expected_format
    reference = AutoModelForCausalLM.from_pretrained(tmp_path / "hf", dtype=torch.float32, local_files_only=True)
    # Longer than tiny-starcoder2's 256-token sliding window, so the window is compared too.
    ids = torch.randint(0, model.config.vocab_size, (2, 300))
    with torch.no_grad():
        ours, theirs = model(ids).logits, reference.eval()(ids).logits
    assert (ours - theirs).abs().max() <= 1e-4


@pytest.mark.parametrize("name, overrides, expected_format", CASES)
def test_import_then_export_round_trips_bit_for_bit(tmp_path, name, overrides, expected_format):
    _checkpoint(tmp_path / "ckpt", name, overrides)
    export_checkpoint(tmp_path / "ckpt", tmp_path / "hf")
    import_hf(tmp_path / "hf", tmp_path / "imported")
    export_checkpoint(tmp_path / "imported", tmp_path / "hf-again")
    first, second = (
        load_file(tmp_path / "hf" / "model.safetensors"),
        load_file(tmp_path / "hf-again" / "model.safetensors"),
    )
    assert first.keys() == second.keys()
    assert all(torch.equal(first[name], second[name]) for name in first)
    original, imported = (
        load_file(tmp_path / "ckpt" / "model.safetensors"),
        load_file(tmp_path / "imported" / "model.safetensors"),
    )
    assert all(torch.equal(original[name], imported[name]) for name in original)
    config = json.loads((tmp_path / "hf" / "config.json").read_text())
    assert config["model_type"] == expected_format


def test_transformers_saved_model_imports_with_its_tokenizer(tmp_path, packed_dir):
    """A folder written by transformers itself (not by codelm) imports and gives the same logits."""
    from transformers import GPTBigCodeConfig, GPTBigCodeForCausalLM

    torch.manual_seed(2)
    reference = GPTBigCodeForCausalLM(
        GPTBigCodeConfig(vocab_size=1024, n_positions=128, n_embd=64, n_layer=2, n_head=4, multi_query=True)
    ).eval()
    reference.save_pretrained(tmp_path / "hf")
    AutoTokenizer.from_pretrained(packed_dir / "tokenizer").save_pretrained(tmp_path / "hf")
    summary = import_hf(tmp_path / "hf", tmp_path / "ckpt")
    assert summary["format"] == "gpt_bigcode" and summary["tokenizer"]
    ids = torch.randint(0, 1024, (1, 50))
    with torch.no_grad():
        assert (load_model(tmp_path / "ckpt")(ids).logits - reference(ids).logits).abs().max() <= 1e-5


def test_export_carries_the_tokenizer_and_its_special_ids(tmp_path, packed_dir):
    _checkpoint(tmp_path / "ckpt", "tiny-starcoder2", {"vocab_size": 1024}, packed_dir / "tokenizer")
    export_checkpoint(tmp_path / "ckpt", tmp_path / "hf")
    tokenizer = AutoTokenizer.from_pretrained(tmp_path / "hf", local_files_only=True)
    config = json.loads((tmp_path / "hf" / "config.json").read_text())
    assert config["eos_token_id"] == tokenizer.eos_token_id == tokenizer.convert_tokens_to_ids("<|endoftext|>")


@pytest.mark.parametrize(
    "overrides, format_name, message",
    [
        ({"num_key_value_heads": 2}, "gpt_bigcode", "grouped-query"),
        ({"sliding_window": 128}, "gpt_bigcode", "no sliding window"),
        ({"logits_scaling": 2.0}, "gpt_bigcode", "use granite"),
        ({"position": "none"}, None, "no transformers format"),
    ],
)
def test_export_refuses_what_the_format_cannot_express(tmp_path, run_cli, overrides, format_name, message):
    _checkpoint(tmp_path / "ckpt", "tiny-santacoder", overrides)
    args = ["export", tmp_path / "ckpt", tmp_path / "hf"] + (["--format", format_name] if format_name else [])
    result = run_cli(*args, expect=2)
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "hf").exists()


def test_cli_export_and_import(tmp_path, run_cli, parse_stats):
    _checkpoint(tmp_path / "run" / "checkpoint-7", "tiny-granite-8b-code", {})
    exported = parse_stats(run_cli("export", tmp_path / "run", tmp_path / "hf").output)
    assert exported["format"] == "llama" and exported["checkpoint"].endswith("checkpoint-7")
    imported = parse_stats(run_cli("import", tmp_path / "hf", tmp_path / "back").output)
    assert imported["format"] == "llama"
    run_cli("import", tmp_path / "hf", tmp_path / "back", expect=2)  # never writes into a non-empty folder
    run_cli("import", tmp_path / "missing", tmp_path / "x", expect=2)


def test_cli_format_choices_match_the_library():
    from codelm.cli.export import export

    choices = next(p for p in export.params if p.name == "format_name").type.choices
    assert tuple(choices) == FORMATS
