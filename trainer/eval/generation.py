"""Batched sampling with a KV cache, for any model that follows the transformers call convention.

A batch of prompts is left-padded to one width: the attention mask hides the padding and the
position ids count real tokens only, so every row sees exactly what it would see alone. The
prompt runs once; afterwards each step feeds one token per row and reuses the cached keys and
values (stored with the model's key/value head count, so multi-query and grouped-query models
keep their small cache). Rows that finish (end of document, a stop sequence, the token budget)
leave the batch, and the cache keeps only the rows still running.

Greedy decoding when ``temperature`` is 0, else sampling from the temperature-scaled softmax cut
to its top-p nucleus (Holtzman et al. 2019). Sample ``i`` draws from its own generator seeded by
``(seed, i)``, so a sample does not depend on which others share its batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.logs import Progress, log


@dataclass
class Continuation:
    text: str  # cut before the first stop sequence
    tokens: list[int]  # every token generated, the stop sequence's included, the end-of-document token not


@dataclass
class SamplingConfig:
    # 512 new tokens: the bigcode-evaluation-harness's max_length_generation (it counts the prompt too).
    max_new_tokens: int = 512
    temperature: float = 0.0  # 0 = greedy
    top_p: float = 0.95  # the bigcode-evaluation-harness's default
    batch_size: int = 16
    seed: int = 0

    def __post_init__(self):
        if self.max_new_tokens < 1 or self.batch_size < 1:
            raise UsageProblem("--max-new-tokens and --batch-size must be positive")
        if self.temperature < 0 or not 0 < self.top_p <= 1:
            raise UsageProblem("--temperature must be >= 0 and --top-p in (0, 1]")


def truncate_at_stop(text: str, stop_sequences) -> str:
    """``text`` up to (not including) the earliest stop sequence."""
    cut = min((index for index in (text.find(stop) for stop in stop_sequences) if index >= 0), default=len(text))
    return text[:cut]


def generate(
    loaded, prompts: list[list[int]], sampling: SamplingConfig, stop_sequences=(), desc="generate"
) -> list[Continuation]:
    """How each prompt continues, until an end-of-document token, a stop sequence or the token budget."""
    import torch

    if any(not prompt for prompt in prompts):
        raise UsageProblem("every prompt needs at least one token")
    stop_ids = loaded.stop_token_ids()
    # Longest prompts first: the widest batch (peak memory) comes at once, and similar lengths share batches.
    order = sorted(range(len(prompts)), key=lambda index: -len(prompts[index]))
    continuations: list[Continuation | None] = [None] * len(prompts)
    with torch.inference_mode(), Progress(len(prompts), desc, "sample") as progress:
        for start in range(0, len(order), sampling.batch_size):
            indices = order[start : start + sampling.batch_size]
            batch = _fit_to_context([prompts[index] for index in indices], loaded.max_positions)
            generated = _generate_batch(loaded, batch, indices, sampling, stop_sequences, stop_ids)
            for index, continuation in zip(indices, generated):
                continuations[index] = continuation
            progress.update(len(indices))
    return continuations


def _fit_to_context(prompts: list[list[int]], max_positions: int | None) -> list[list[int]]:
    if max_positions is None:
        return prompts
    keep = max_positions - 1  # at least one new token must fit
    if any(len(prompt) > keep for prompt in prompts):
        log.warning("prompts longer than the model's %d positions lose their oldest tokens", max_positions)
    return [prompt[-keep:] for prompt in prompts]


def _generate_batch(loaded, prompts, sample_indices, sampling, stop_sequences, stop_ids) -> list[Continuation]:
    import torch

    device = loaded.device
    width = max(len(prompt) for prompt in prompts)
    budget = sampling.max_new_tokens
    if loaded.max_positions is not None:
        budget = min(budget, loaded.max_positions - width)
    pad_id = loaded.tokenizer.pad_token_id if loaded.tokenizer.pad_token_id is not None else 0
    input_ids = torch.full((len(prompts), width), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(prompts), width), dtype=torch.long)
    for row, prompt in enumerate(prompts):
        input_ids[row, width - len(prompt) :] = torch.tensor(prompt)
        attention_mask[row, width - len(prompt) :] = 1
    input_ids, attention_mask = input_ids.to(device), attention_mask.to(device)
    # Positions count real tokens only; padding gets 1, as transformers' generate does (any valid index works).
    position_ids = (attention_mask.cumsum(-1) - 1).masked_fill(attention_mask == 0, 1)
    generators = None
    if sampling.temperature > 0:
        generators = [
            torch.Generator(device=device).manual_seed(sampling.seed * 1_000_003 + index) for index in sample_indices
        ]
    anchors = [prompt[-1:] for prompt in prompts]  # decoding after the prompt's last token keeps word boundaries
    anchor_texts = [loaded.decode(anchor) for anchor in anchors]

    logits, cache = loaded.forward_cached(input_ids, attention_mask, position_ids, None)
    logits = logits[:, -1, :]
    next_position = position_ids[:, -1] + 1  # (rows,)
    running = list(range(len(prompts)))  # batch rows still generating, in cache order
    generated: list[list[int]] = [[] for _ in prompts]
    texts = [""] * len(prompts)
    for step in range(budget):
        tokens = sample_next_tokens(logits, sampling, [generators[row] for row in running] if generators else None)
        still_running = []
        for slot, row in enumerate(running):
            token = int(tokens[slot])
            if token in stop_ids:
                continue
            generated[row].append(token)
            texts[row] = _continuation(loaded, anchors[row], anchor_texts[row], generated[row])
            if not any(stop in texts[row] for stop in stop_sequences):
                still_running.append(slot)
        if not still_running or step == budget - 1:
            break
        if len(still_running) < len(running):
            keep = torch.tensor(still_running, device=device)
            _keep_rows(cache, keep)
            attention_mask, next_position, tokens = attention_mask[keep], next_position[keep], tokens[keep]
            running = [running[slot] for slot in still_running]
        attention_mask = torch.cat([attention_mask, attention_mask.new_ones((len(running), 1))], dim=1)
        logits, cache = loaded.forward_cached(tokens[:, None], attention_mask, next_position[:, None], cache)
        logits = logits[:, -1, :]
        next_position = next_position + 1
    return [Continuation(truncate_at_stop(text, stop_sequences), tokens) for text, tokens in zip(texts, generated)]


def sample_next_tokens(logits, sampling: SamplingConfig, generators):
    """One token per row of ``logits`` ``(rows, vocab)``: argmax, or a draw from row ``i``'s ``generators[i]``."""
    import torch

    if sampling.temperature == 0:
        return logits.argmax(dim=-1)
    probabilities = torch.softmax(logits.float() / sampling.temperature, dim=-1)
    if sampling.top_p < 1.0:
        sorted_probabilities, sorted_ids = probabilities.sort(dim=-1, descending=True)
        # Drop a token when the tokens ranked above it already reach top_p (the first token always stays).
        outside = sorted_probabilities.cumsum(dim=-1) - sorted_probabilities >= sampling.top_p
        sorted_probabilities = sorted_probabilities.masked_fill(outside, 0.0)
        probabilities = torch.zeros_like(probabilities).scatter(-1, sorted_ids, sorted_probabilities)
    return torch.stack(
        [torch.multinomial(row, 1, generator=generator)[0] for row, generator in zip(probabilities, generators)]
    )


def _keep_rows(cache, rows) -> None:
    """Keep only ``rows`` of a KV cache: codelm's ``KVCache.reorder`` or a transformers ``Cache``."""
    if hasattr(cache, "reorder"):
        cache.reorder(rows)
    else:
        cache.reorder_cache(rows)


def _continuation(loaded, anchor: list[int], anchor_text: str, generated: list[int]) -> str:
    text = loaded.decode(anchor + generated)
    return text[len(anchor_text) :] if text.startswith(anchor_text) else loaded.decode(generated)
