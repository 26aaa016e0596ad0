"""Tiny models of each kind the evals load, with the tokenizer `codelm tokenizer train` made for the test corpus.

Random weights: the tests compare code paths against each other and against plain references,
never against a quality bar. Nothing is downloaded.
"""

from __future__ import annotations

import pytest
import torch

from codelm.trainer.checkpoint import save_model
from codelm.trainer.model import CodeLM, ModelConfig


@pytest.fixture(scope="session")
def tokenizer_dir(packed_dir):
    """The tokenizer `codelm pack` copied next to the shards (BigCode's control tokens, FIM's included)."""
    return packed_dir / "tokenizer"


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory, tokenizer_dir) -> dict:
    """{name: folder}: gpt_bigcode (multi-query, learned positions), llama (grouped-query, RoPE), both as
    transformers folders, and codelm (grouped-query, RoPE, SwiGLU) as a codelm checkpoint."""
    from transformers import (
        AutoTokenizer,
        GPTBigCodeConfig,
        GPTBigCodeForCausalLM,
        LlamaConfig,
        LlamaForCausalLM,
    )

    root = tmp_path_factory.mktemp("eval-models")
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir, local_files_only=True)
    vocab, eos = len(tokenizer), tokenizer.eos_token_id
    torch.manual_seed(0)
    transformers_models = {
        "gpt_bigcode": GPTBigCodeForCausalLM(
            GPTBigCodeConfig(
                vocab_size=vocab, n_positions=512, n_embd=64, n_layer=2, n_head=4, multi_query=True,
                bos_token_id=eos, eos_token_id=eos,
            )
        ),
        "llama": LlamaForCausalLM(
            LlamaConfig(
                vocab_size=vocab, hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                num_key_value_heads=2, max_position_embeddings=512, bos_token_id=eos, eos_token_id=eos,
            )
        ),
    }  # fmt: skip
    folders = {}
    for name, model in transformers_models.items():
        model.save_pretrained(root / name)
        tokenizer.save_pretrained(root / name)
        folders[name] = root / name
    config = ModelConfig(
        vocab_size=vocab,
        hidden_size=64,
        num_layers=2,
        num_heads=4,
        num_key_value_heads=2,
        intermediate_size=128,
        max_position_embeddings=512,
        position="rope",
        norm="rmsnorm",
        mlp="swiglu",
    )
    save_model(CodeLM(config), root / "codelm", tokenizer_dir)
    folders["codelm"] = root / "codelm"
    return folders
