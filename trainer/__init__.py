"""Training: model, data loading of token shards, schedules, the DeepSpeed loop, checkpoints, export, eval."""

from codelm.trainer.checkpoint import load_model, load_tokenizer

__all__ = ["load_model", "load_tokenizer"]
