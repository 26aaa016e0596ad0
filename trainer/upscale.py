"""Depth up-scaling: a deeper model initialised from a trained one (``codelm upscale --method granite``).

Granite-34B-code was made from Granite-20B-code this way (Mishra et al. 2024, after SOLAR's depth
up-scaling, Kim et al. 2023): the 52-layer stack is duplicated, the last 8 layers of the first copy
and the first 8 of the second are dropped, and the remaining 88 layers are stacked, then trained on.
Layer ``i`` of the new model is a copy of layer ``i`` for ``i < n - k`` and of layer ``i - (n - 2k)``
after that. The embeddings, final norm and output layer are kept as they are, so the deeper model
starts close to the original's loss instead of from scratch.

The result is a plain codelm checkpoint (``model_config.json`` with the new depth,
``model.safetensors``, the tokenizer) that ``load_model`` loads and ``train.init_from`` continues;
``upscale.json`` records where each layer came from.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from codelm.pipeline.errors import UsageProblem
from codelm.trainer.checkpoint import (
    TOKENIZER,
    WEIGHTS,
    read_model_config,
    resolve_checkpoint,
    save_model,
    shell_for_weights,
)

METHODS = ("granite",)
# Granite-34B-code: 8 of Granite-20B-code's 52 layers dropped from each copy (52 + 52 - 16 = 88).
GRANITE_DROPPED, GRANITE_LAYERS = 8, 52
RECORD = "upscale.json"


def default_drop(num_layers: int) -> int:
    """Granite's share of layers dropped from each copy (8 of 52), at least one when there is room."""
    return max(1, round(num_layers * GRANITE_DROPPED / GRANITE_LAYERS)) if num_layers > 2 else 0


def layer_sources(num_layers: int, drop: int) -> list[int]:
    """The original layer each layer of the deeper model copies: the first copy without its last ``drop``
    layers, then the second copy without its first ``drop``."""
    return list(range(num_layers - drop)) + list(range(drop, num_layers))


def upscale_checkpoint(
    checkpoint: str | Path, output_dir: str | Path, method: str = "granite", drop: int | None = None
) -> dict:
    """Write the deeper checkpoint to ``output_dir``; returns a summary (layers and parameters before and after)."""
    from safetensors.torch import load_file

    if method not in METHODS:
        raise UsageProblem(f"unknown up-scaling method {method!r}; choose from {', '.join(METHODS)}")
    checkpoint = resolve_checkpoint(checkpoint)
    config = read_model_config(checkpoint)
    layers = config.num_layers
    drop = default_drop(layers) if drop is None else drop
    if not 0 <= 2 * drop < layers:
        raise UsageProblem(
            f"--drop {drop}: dropping that many layers from each copy of {layers} leaves no deeper model "
            f"(choose 0 to {(layers - 1) // 2})"
        )
    if (layers - 2 * drop) % config.cla_share:
        raise UsageProblem(
            f"--drop {drop} shifts the second copy by {layers - 2 * drop} layers, which splits cross-layer "
            f"attention groups of {config.cla_share}; choose a drop that keeps the shift a multiple of it"
        )
    output_dir = Path(output_dir)
    if output_dir.exists() and any(output_dir.iterdir()):
        raise UsageProblem(f"{output_dir} exists and is not empty; upscale writes into a new folder")
    sources = layer_sources(layers, drop)
    state = load_file(str(checkpoint / WEIGHTS))
    deeper = {name: tensor for name, tensor in state.items() if not name.startswith("blocks.")}
    for layer, source in enumerate(sources):
        prefix = f"blocks.{source}."
        for name, tensor in state.items():
            if name.startswith(prefix):
                # A copy per layer: safetensors stores no tensor twice, and the copies train apart.
                deeper[f"blocks.{layer}.{name[len(prefix) :]}"] = tensor.clone()
    deeper_config = dataclasses.replace(config, num_layers=len(sources))
    model = shell_for_weights(deeper_config, deeper, f"{checkpoint / WEIGHTS} does not fit its model_config.json")
    tokenizer = checkpoint / TOKENIZER
    save_model(model, output_dir, tokenizer if tokenizer.is_dir() else None, state_dict=deeper)
    summary = {
        "checkpoint": str(checkpoint),
        "output": str(output_dir),
        "method": method,
        "dropped_per_copy": drop,
        "layers": [layers, len(sources)],
        "layer_sources": sources,
        "parameters": [config.num_parameters(), deeper_config.num_parameters()],
    }
    (output_dir / RECORD).write_text(json.dumps(summary, indent=2) + "\n")
    return summary
