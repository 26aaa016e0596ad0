"""Perplexity on held-out token shards (``codelm pack`` output), per language where a folder holds one.

Sequences are packed: several documents share a row. Each token is predicted from its own
document only: positions restart at every document start and no label crosses a boundary
(``codelm.trainer.data``), exactly as in training, so the loss here equals the trainer's
validation loss. A codelm model takes the packed row at once (its attention is block-diagonal);
a transformers model, whose attention would cross documents, gets each document as its own
right-padded sequence.

A folder's language comes from its ``stats.json`` (``pack`` counts tokens per language); pack
each language into its own folder to get a perplexity per language.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

import numpy as np

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.logs import Progress
from codelm.trainer.data import IGNORE_INDEX, TokenShards
from codelm.trainer.eval.models import CODELM


def folder_language(path: Path) -> str | None:
    """The only language of a pack output folder, when its stats name exactly one."""
    stats = path / "stats.json"
    if not stats.is_file():
        return None
    languages = json.loads(stats.read_text()).get("languages") or {}
    return next(iter(languages)) if len(languages) == 1 else None


def evaluate(model_path, token_dirs: list[str | Path], batch_size=8, max_sequences=None, device=None, dtype="auto"):
    """``codelm eval ppl``: the summary of :func:`perplexity` for the model at ``model_path``."""
    from codelm.trainer.eval.models import load_model

    for token_dir in token_dirs:
        TokenShards(token_dir)  # a wrong folder fails before the model loads
    loaded = load_model(model_path, device, dtype)
    return {
        "benchmark": "perplexity",
        "model": str(model_path),
        **perplexity(loaded, token_dirs, batch_size, max_sequences),
    }


def perplexity(loaded, token_dirs: list[str | Path], batch_size: int = 8, max_sequences: int | None = None) -> dict:
    """Token-weighted loss and perplexity over all folders, per folder and per known language."""
    if batch_size < 1:
        raise UsageProblem("--batch-size must be positive")
    folders = []
    totals_by_language: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    loss_sum, token_count = 0.0, 0
    for token_dir in token_dirs:
        shards = TokenShards(token_dir)
        if shards.vocab_size > loaded.model.config.vocab_size:
            raise UsageProblem(
                f"{token_dir} was packed with a {shards.vocab_size}-token vocabulary; the model has "
                f"{loaded.model.config.vocab_size}: pack with the model's tokenizer"
            )
        count = len(shards) if max_sequences is None else min(len(shards), max_sequences)
        folder_sum, folder_tokens = _folder_loss(loaded, shards, count, batch_size, Path(token_dir).name)
        language = folder_language(Path(token_dir))
        summary = _summary(folder_sum, folder_tokens)
        folders.append({"path": str(token_dir), "language": language, "sequences": count, **summary})
        if language is not None:
            totals_by_language[language][0] += folder_sum
            totals_by_language[language][1] += folder_tokens
        loss_sum += folder_sum
        token_count += folder_tokens
    result = _summary(loss_sum, token_count)
    result["per_language"] = {language: _summary(*totals) for language, totals in sorted(totals_by_language.items())}
    result["folders"] = folders
    return result


def _summary(loss_sum: float, tokens: int) -> dict:
    if tokens == 0:
        return {"tokens": 0, "loss": None, "perplexity": None}
    loss = loss_sum / tokens
    return {"tokens": int(tokens), "loss": loss, "perplexity": math.exp(loss)}


def _folder_loss(loaded, shards: TokenShards, count: int, batch_size: int, desc: str) -> tuple[float, int]:
    import torch

    loss_sum, tokens = 0.0, 0
    with torch.inference_mode(), Progress(count, f"perplexity {desc}", "sequence") as progress:
        for start in range(0, count, batch_size):
            indices = list(range(start, min(start + batch_size, count)))
            if loaded.kind == CODELM:
                batch_sum, batch_tokens = _packed_rows_loss(loaded, shards, indices)
            else:
                batch_sum, batch_tokens = _document_loss(loaded, [shards.sequence(index) for index in indices])
            loss_sum += batch_sum
            tokens += batch_tokens
            progress.update(len(indices))
    return loss_sum, tokens


def _packed_rows_loss(loaded, shards: TokenShards, indices: list[int]) -> tuple[float, int]:
    import torch

    batch = shards.get_batch(indices)
    device = loaded.device
    input_ids = torch.from_numpy(batch["input_ids"]).to(device)
    labels = torch.from_numpy(batch["labels"]).to(device)
    positions = torch.from_numpy(batch["position_ids"]).to(device)
    tokens = int((labels != IGNORE_INDEX).sum())
    if tokens == 0:
        return 0.0, 0
    # The model's own loss (its fused cross-entropy kernel when enabled: no (batch, seq, vocab) logits kept).
    mean = loaded.model(input_ids, position_ids=positions, targets=labels).loss
    return float(mean) * tokens, tokens


def _document_loss(loaded, rows) -> tuple[float, int]:
    """Every document of ``rows`` as its own sequence, right-padded into one batch."""
    import torch

    from codelm.trainer.data import shifted_labels

    pieces = []
    for ids, starts in rows:
        labels = shifted_labels(ids[None, :].astype(np.int64), [starts])[0]
        bounds = list(starts) + [len(ids)]
        for begin, end in zip(bounds[:-1], bounds[1:]):
            pieces.append((ids[begin:end].astype(np.int64), labels[begin:end]))
    width = max(len(piece_ids) for piece_ids, _ in pieces)
    input_ids = np.zeros((len(pieces), width), dtype=np.int64)
    labels = np.full((len(pieces), width), IGNORE_INDEX, dtype=np.int64)
    attention_mask = np.zeros((len(pieces), width), dtype=np.int64)
    for row, (piece_ids, piece_labels) in enumerate(pieces):
        input_ids[row, : len(piece_ids)] = piece_ids
        labels[row, : len(piece_ids)] = piece_labels
        attention_mask[row, : len(piece_ids)] = 1
    device = loaded.device
    logits = loaded.model(
        torch.from_numpy(input_ids).to(device), attention_mask=torch.from_numpy(attention_mask).to(device)
    ).logits
    return _summed_loss(logits, torch.from_numpy(labels).to(device))


def _summed_loss(logits, labels) -> tuple[float, int]:
    import torch.nn.functional as F

    loss = F.cross_entropy(
        logits.float().reshape(-1, logits.shape[-1]), labels.reshape(-1), ignore_index=IGNORE_INDEX, reduction="sum"
    )
    return float(loss), int((labels != IGNORE_INDEX).sum())
