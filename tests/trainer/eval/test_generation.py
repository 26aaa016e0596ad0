"""Generation: cached, batched, left-padded decoding gives exactly the tokens of a plain full-sequence loop."""

import pytest
import torch

from codelm.trainer.eval.generation import SamplingConfig, generate, sample_next_tokens, truncate_at_stop
from codelm.trainer.eval.models import load_model

PROMPTS = ["def add(a, b):\n    return", "import os", "x = 1\ny = 2\nprint(x", "class Parser:\n    def"]


def _loaded(folder):
    loaded = load_model(folder, device="cpu")
    # float64: cached and full forwards then agree to ~1e-15, so an argmax tie cannot flip between them.
    loaded.model.double()
    return loaded


def _reference(loaded, prompt: list[int], max_new_tokens: int, stops) -> list[int]:
    """Greedy decoding the slow way: the whole sequence through the model for every new token, no cache, no batch."""
    ids, generated = list(prompt), []
    for _ in range(max_new_tokens):
        with torch.no_grad():
            token = int(loaded.model(torch.tensor([ids])).logits[0, -1].argmax())
        if token in loaded.stop_token_ids():
            break
        ids.append(token)
        generated.append(token)
        if any(stop in loaded.decode(generated) for stop in stops):
            break
    return generated


@pytest.mark.parametrize("name", ["gpt_bigcode", "llama", "codelm"])
def test_cached_batched_decoding_equals_rerunning_the_full_sequence(tiny_models, name):
    loaded = _loaded(tiny_models[name])
    prompts = [loaded.encode(text) for text in PROMPTS]
    assert len({len(prompt) for prompt in prompts}) > 1  # left padding is exercised
    # Single letters stop some rows early and not others, so rows leave the batch (and the cache) mid-way.
    stops = ["e", "t"]
    continuations = generate(loaded, prompts, SamplingConfig(max_new_tokens=12, batch_size=3), stops)
    assert len({len(continuation.tokens) for continuation in continuations}) > 1
    for prompt, continuation in zip(prompts, continuations):
        assert continuation.tokens == _reference(loaded, prompt, 12, stops)
        assert not any(stop in continuation.text for stop in stops)


def test_sampling_is_seeded_per_sample_and_independent_of_batching(tiny_models):
    loaded = _loaded(tiny_models["llama"])
    prompts = [loaded.encode(text) for text in PROMPTS] * 2
    sampling = SamplingConfig(max_new_tokens=8, temperature=1.0, top_p=0.95, batch_size=8, seed=3)
    together = [c.tokens for c in generate(loaded, prompts, sampling)]
    one_by_one = [c.tokens for c in generate(loaded, prompts, SamplingConfig(**{**vars(sampling), "batch_size": 1}))]
    assert together == one_by_one
    other_seed = [c.tokens for c in generate(loaded, prompts, SamplingConfig(**{**vars(sampling), "seed": 4}))]
    assert together != other_seed
    # The same prompt twice (samples 0 and 4) draws from two different streams.
    assert together[0] != together[4]


def test_a_tiny_nucleus_samples_the_argmax(tiny_models):
    loaded = _loaded(tiny_models["gpt_bigcode"])
    prompts = [loaded.encode(text) for text in PROMPTS]
    greedy = generate(loaded, prompts, SamplingConfig(max_new_tokens=6))
    nucleus = generate(loaded, prompts, SamplingConfig(max_new_tokens=6, temperature=5.0, top_p=1e-9))
    assert [c.tokens for c in greedy] == [c.tokens for c in nucleus]


def test_sampled_frequencies_follow_the_temperature_scaled_nucleus():
    logits = torch.tensor([[2.0, 1.0, 0.5, -1.0, -3.0]]).repeat(4000, 1)
    sampling = SamplingConfig(temperature=0.7, top_p=0.9)
    generators = [torch.Generator().manual_seed(index) for index in range(len(logits))]
    drawn = sample_next_tokens(logits, sampling, generators)
    probabilities = torch.softmax(logits[0] / 0.7, dim=-1)
    # The nucleus: the smallest set of top tokens whose probability reaches 0.9.
    inside = (probabilities.cumsum(-1) - probabilities) < 0.9
    expected = torch.where(inside, probabilities, 0.0)
    expected = expected / expected.sum()
    observed = torch.bincount(drawn, minlength=5).double() / len(drawn)
    assert observed[~inside].sum() == 0
    assert torch.allclose(observed, expected.double(), atol=0.03)


def test_prompts_longer_than_the_context_keep_their_newest_tokens(tiny_models):
    loaded = _loaded(tiny_models["codelm"])
    loaded.max_positions = 16
    long_prompt = loaded.encode("value = 1\n" * 30)
    continuation = generate(loaded, [long_prompt], SamplingConfig(max_new_tokens=50))[0]
    assert len(continuation.tokens) <= 1  # 15 prompt tokens kept, one position left
    assert continuation.tokens == _reference(loaded, long_prompt[-15:], 1, [])


def test_truncate_at_stop_cuts_before_the_earliest_stop():
    assert truncate_at_stop("    return a\n\ndef f():\n    if x", ["\nif", "\ndef"]) == "    return a\n"
    assert truncate_at_stop("no stop here", ["\ndef"]) == "no stop here"
