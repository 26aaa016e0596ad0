"""Perplexity: packed rows score like documents run one by one, and a transformers export scores the same."""

import json
import math

import pytest
import torch
import torch.nn.functional as F

from codelm.pipeline.errors import UsageProblem
from codelm.trainer.data import TokenShards
from codelm.trainer.eval.models import load_model
from codelm.trainer.eval.perplexity import perplexity
from codelm.trainer.export import export_checkpoint

SEQUENCES = 6


@pytest.fixture(scope="module")
def val_dir(packed_dir):
    return packed_dir.with_name(packed_dir.name + "-val")


def _document_by_document(model, shards: TokenShards, count: int) -> tuple[float, int]:
    """Sum of next-token losses with every document of every row run alone from position 0."""
    loss_sum, tokens = 0.0, 0
    for index in range(count):
        ids, starts = shards.sequence(index)
        bounds = list(starts) + [len(ids)]
        for begin, end in zip(bounds[:-1], bounds[1:]):
            document = torch.tensor(ids[begin:end].astype("int64"))[None]
            if document.shape[1] < 2:
                continue
            with torch.no_grad():
                logits = model(document).logits[0, :-1]
            loss_sum += float(F.cross_entropy(logits.double(), document[0, 1:], reduction="sum"))
            tokens += document.shape[1] - 1
    return loss_sum, tokens


def test_packed_rows_give_the_loss_of_documents_run_one_by_one(tiny_models, val_dir):
    loaded = load_model(tiny_models["codelm"], device="cpu")
    loaded.model.double()
    result = perplexity(loaded, [val_dir], batch_size=4, max_sequences=SEQUENCES)
    loss_sum, tokens = _document_by_document(loaded.model, TokenShards(val_dir), SEQUENCES)
    assert result["tokens"] == tokens
    # The model computes its loss in float32 (its logits.float()), hence not float64 agreement.
    assert result["loss"] == pytest.approx(loss_sum / tokens, rel=1e-6)
    assert result["perplexity"] == pytest.approx(math.exp(loss_sum / tokens), rel=1e-6)
    # Random weights: about the log of the vocabulary size.
    assert abs(result["loss"] - math.log(loaded.model.config.vocab_size)) < 0.5


def test_a_transformers_export_scores_the_same(tiny_models, val_dir, tmp_path):
    export_checkpoint(tiny_models["codelm"], tmp_path / "hf")
    ours = perplexity(load_model(tiny_models["codelm"], device="cpu"), [val_dir], max_sequences=SEQUENCES)
    theirs = perplexity(load_model(tmp_path / "hf", device="cpu"), [val_dir], max_sequences=SEQUENCES)
    assert theirs["tokens"] == ours["tokens"]
    assert theirs["loss"] == pytest.approx(ours["loss"], rel=1e-5)


def test_a_single_language_folder_is_reported_under_its_language(tiny_models, stdlib_dir, run_cli, tmp_path, val_dir):
    run_cli("ingest", stdlib_dir / "json", tmp_path / "docs", "--quiet", "--workers", "1")
    run_cli(
        "pack", tmp_path / "docs", tmp_path / "python", "--tokenizer", val_dir / "tokenizer", "--seq-len", "128",
        "--val-fraction", "0", "--quiet", "--workers", "1",
    )  # fmt: skip
    loaded = load_model(tiny_models["codelm"], device="cpu")
    result = perplexity(loaded, [tmp_path / "python", val_dir], max_sequences=4)
    assert [folder["language"] for folder in result["folders"]] == ["Python", None]  # val_dir mixes two languages
    python = result["folders"][0]
    assert result["per_language"] == {"Python": {key: python[key] for key in ("tokens", "loss", "perplexity")}}
    assert result["tokens"] == sum(folder["tokens"] for folder in result["folders"])


def test_shards_of_a_larger_vocabulary_are_refused(tiny_models, val_dir, tmp_path):
    from transformers import GPTBigCodeConfig, GPTBigCodeForCausalLM

    small = GPTBigCodeForCausalLM(GPTBigCodeConfig(vocab_size=64, n_positions=64, n_embd=32, n_layer=1, n_head=2))
    small.save_pretrained(tmp_path / "small")
    load_model(tiny_models["gpt_bigcode"], device="cpu").tokenizer.save_pretrained(tmp_path / "small")
    with pytest.raises(UsageProblem, match="vocabulary"):
        perplexity(load_model(tmp_path / "small", device="cpu"), [val_dir])


def test_perplexity_of_a_trained_run_is_the_trainers_validation_loss(
    run_cli, parse_stats, packed_dir, val_dir, tmp_path
):
    shape = {"hidden_size": 64, "num_layers": 2, "num_heads": 4, "intermediate_size": 128}
    config = {
        "model": {"preset": "tiny-starcoder2", **shape},
        "data": {"train": str(packed_dir), "val": str(val_dir)},
        "train": {"output_dir": str(tmp_path / "run"), "micro_batch_size": 4, "max_steps": 3, "eval_every": 3},
    }
    (tmp_path / "run.yaml").write_text(json.dumps(config))  # JSON is YAML
    val_loss = parse_stats(run_cli("train", "--config", tmp_path / "run.yaml", "--quiet").output)["val_loss"]
    summary = parse_stats(run_cli("eval", "ppl", tmp_path / "run", val_dir, "--device", "cpu").output)
    assert summary["loss"] == pytest.approx(val_loss, rel=1e-6)
