"""Needle-in-a-haystack retrieval over a long synthetic repository: does a model use its whole context?

Each task is one repository in the layout ``pack --context repo`` trains on (``<repo_name>NAME``,
then ``<file_sep>PATH\\nCODE`` per file): filler modules of small generated functions, and at a
chosen depth one module whose function returns a random five-digit key (the needle). The last file
is a test that calls that function, ending in ``assert get_..._key() ==``; the model must write the
key. This is the key-retrieval check used for long-context code models (Granite Code 128K), scaled
down: lengths are in tokens of the model's own tokenizer, depth 0 puts the needle first, 1 last
before the test. A model retrieves when the first number it writes is the key (greedy decoding).

Filler, needle and key are seeded by ``(seed, length, depth, sample)``, so a task is the same for
every model with the same tokenizer.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass

from codelm.pipeline.errors import UsageProblem

DEFAULT_LENGTHS = (512, 1024, 2048)
DEFAULT_DEPTHS = (0.0, 0.25, 0.5, 0.75, 1.0)
# A five-digit key and the newline that ends the assertion fit in 8 tokens for any code tokenizer.
MAX_NEW_TOKENS = 8
_VERBS = ("load", "parse", "merge", "render", "count", "filter", "format", "update", "resolve", "encode", "split")
_NOUNS = ("config", "record", "user", "token", "path", "buffer", "index", "report", "cache", "event", "session")


@dataclass(frozen=True)
class NeedleTask:
    task_id: str  # needle/LENGTH/DEPTH/SAMPLE
    length: int  # the requested prompt length in tokens (the prompt is at most this long)
    depth: float
    answer: str
    prompt: tuple[int, ...]
    needle_at: int  # token offset of the needle's file in the prompt


def _filler_file(rng: random.Random, number: int) -> tuple[str, str]:
    noun = rng.choice(_NOUNS)
    functions = []
    for _ in range(rng.randint(1, 2)):
        name = f"{rng.choice(_VERBS)}_{rng.choice(_NOUNS)}_{rng.randrange(1000)}"
        limit, factor = rng.randrange(2, 50), rng.randrange(2, 9)
        functions.append(
            f"def {name}(items):\n"
            f"    result = []\n"
            f"    for item in items:\n"
            f"        if item > {limit}:\n"
            f"            result.append(item * {factor})\n"
            f"    return result\n"
        )
    return f"src/{noun}_{number}.py", "\n\n".join(functions)


def build_task(encode, special_ids: dict[str, int | None], length: int, depth: float, sample: int, seed: int):
    """One task of about ``length`` tokens (``encode``: text -> token ids; ``special_ids``: the repo tokens)."""
    rng = random.Random(f"{seed}/{length}/{depth}/{sample}")
    subject = f"{rng.choice(_NOUNS)}_{rng.choice(_NOUNS)}_{rng.randrange(100)}"
    answer = str(rng.randrange(10_000, 100_000))
    repo_name, file_sep = special_ids.get("<repo_name>"), special_ids.get("<file_sep>")

    def file_ids(path: str, code: str) -> list[int]:
        # Control tokens by id and each text piece tokenised on its own, as `pack` does; a tokenizer
        # without them gets the file path as a comment instead.
        if file_sep is None:
            return encode(f"# {path}\n{code}")
        return [file_sep, *encode(f"{path}\n{code}")]

    header = [repo_name, *encode(f"synthetic/repo-{sample}")] if repo_name is not None else []
    needle = file_ids(f"src/{subject}_keys.py", f"def get_{subject}_key():\n    return {answer}\n")
    # The test ends right where the key is written.
    test = f"from src.{subject}_keys import get_{subject}_key\n\n\ndef test_key():\n    assert get_{subject}_key() =="
    question = file_ids("tests/test_keys.py", test)
    budget = length - len(header) - len(needle) - len(question)
    if budget < 0:
        raise UsageProblem(f"--lengths {length}: too short for the needle and the question ({length - budget} tokens)")
    fillers: list[list[int]] = []
    misses = 0
    while misses < 8:  # files that do not fit are drawn again, smaller ones fill the last gap
        filler = file_ids(*_filler_file(rng, len(fillers)))
        if sum(map(len, fillers)) + len(filler) > budget:
            misses += 1
            continue
        fillers.append(filler)
    filler_tokens = sum(map(len, fillers))
    before, position = 0, 0
    while position < len(fillers) and before + len(fillers[position]) / 2 <= depth * filler_tokens:
        before += len(fillers[position])
        position += 1
    prompt = header + [t for f in fillers[:position] for t in f] + needle + [t for f in fillers[position:] for t in f]
    return NeedleTask(
        f"needle/{length}/{depth:g}/{sample}",
        length,
        depth,
        answer,
        tuple(prompt + question),
        len(header) + before,
    )


def build_tasks(loaded, lengths, depths, samples: int, seed: int = 0) -> list[NeedleTask]:
    if not lengths or not depths or samples < 1:
        raise UsageProblem("needle needs at least one length, one depth and one sample")
    if any(not 0 <= depth <= 1 for depth in depths):
        raise UsageProblem("--depths are fractions of the context, from 0 to 1")
    longest = max(lengths)
    if loaded.max_positions is not None and longest + MAX_NEW_TOKENS > loaded.max_positions:
        raise UsageProblem(
            f"--lengths {longest}: {loaded.path} has {loaded.max_positions} positions, room for "
            f"{loaded.max_positions - MAX_NEW_TOKENS}-token prompts"
        )
    special_ids = {token: loaded.token_id(token) for token in ("<repo_name>", "<file_sep>")}
    return [
        build_task(loaded.encode, special_ids, length, depth, sample, seed)
        for length in lengths
        for depth in depths
        for sample in range(samples)
    ]


def is_retrieved(task: NeedleTask, completion: str) -> bool:
    found = re.match(r"\s*(\d+)", completion)
    return found is not None and found.group(1) == task.answer


def score(tasks: list[NeedleTask], completions: list[str]) -> tuple[dict, list[dict]]:
    """Accuracy overall, per length and per (length, depth), and one record per task."""
    if len(tasks) != len(completions) or not tasks:
        raise UsageProblem(f"{len(tasks)} needle tasks but {len(completions)} completions")
    by_length, grid = defaultdict(list), defaultdict(lambda: defaultdict(list))
    records = []
    for task, completion in zip(tasks, completions):
        retrieved = is_retrieved(task, completion)
        by_length[task.length].append(retrieved)
        grid[task.length][f"{task.depth:g}"].append(retrieved)
        records.append(
            {
                "task_id": task.task_id,
                "length": task.length,
                "prompt_tokens": len(task.prompt),
                "depth": task.depth,
                "needle_at": task.needle_at,
                "answer": task.answer,
                "completion": completion,
                "retrieved": retrieved,
            }
        )
    summary = {
        "accuracy": _mean([record["retrieved"] for record in records]),
        "accuracy_by_length": {str(length): _mean(values) for length, values in sorted(by_length.items())},
        "grid": {
            str(length): {depth: _mean(values) for depth, values in depths.items()}
            for length, depths in sorted(grid.items())
        },
        "tasks": len(tasks),
    }
    return summary, records


def _mean(values: list[bool]) -> float:
    return sum(values) / len(values)


def evaluate(
    model_path,
    lengths=DEFAULT_LENGTHS,
    depths=DEFAULT_DEPTHS,
    samples: int = 5,
    seed: int = 0,
    batch_size: int = 8,
    device: str | None = None,
    dtype: str = "auto",
) -> tuple[dict, list[dict]]:
    """``codelm eval needle``: greedy completions of every task, scored."""
    from codelm.trainer.eval.generation import SamplingConfig, generate
    from codelm.trainer.eval.models import load_model

    loaded = load_model(model_path, device, dtype)
    tasks = build_tasks(loaded, lengths, depths, samples, seed)
    sampling = SamplingConfig(max_new_tokens=MAX_NEW_TOKENS, batch_size=batch_size)
    continuations = generate(loaded, [list(task.prompt) for task in tasks], sampling, ["\n"], "needle generate")
    summary, records = score(tasks, [continuation.text for continuation in continuations])
    settings = {"model": str(model_path), "lengths": list(lengths), "depths": list(depths), "samples": samples}
    return {"benchmark": "needle", **settings, "seed": seed, **summary}, records
