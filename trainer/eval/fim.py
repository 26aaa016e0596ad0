"""Single-line fill-in-the-middle exact match, SantaCoder's benchmark design, built from HumanEval.

Each HumanEval problem's prompt plus canonical solution is one file; every non-empty line of the
solution is masked in turn. The model sees the code before the line (prefix) and after it (suffix,
starting with the line's own newline) in the FIM format it was trained on, and writes the
middle; the first line of what it writes must equal the masked line, whitespace around both
ignored (SantaCoder, Allal et al. 2023, after InCoder's single-line infilling task).

Both orders are scored, with the control tokens and token layout of ``codelm pack``:

- PSM: ``<fim_prefix> prefix <fim_suffix> suffix <fim_middle>`` → middle
- SPM: ``<fim_prefix> <fim_suffix> suffix <fim_middle> prefix`` → middle (BigCode's SPM variant)
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.packing.fim import PSM, SPM, FimTokens, fim_pieces

MODES = (PSM, SPM)
FIM_TOKENS = ("<fim_prefix>", "<fim_middle>", "<fim_suffix>")
# A single-line middle is rarely longer than this; generation stops at the first newline anyway.
DEFAULT_MAX_NEW_TOKENS = 64
# Besides the end-of-document token: the FIM and file-separator tokens also end a middle.
STOP_TOKENS = ("<fim_pad>", "<fim_prefix>", "<fim_middle>", "<fim_suffix>", "<file_sep>")


@dataclass(frozen=True)
class FimTask:
    task_id: str  # HumanEval/N/LINE/MODE
    mode: str
    prefix: str
    suffix: str
    reference: str  # the masked line, without its newline


def build_tasks(problems: list[dict], modes=MODES) -> list[FimTask]:
    unknown = set(modes) - set(MODES)
    if unknown or not modes:
        raise UsageProblem(f"FIM modes are {', '.join(MODES)}, not {', '.join(sorted(unknown)) or 'none'}")
    tasks = []
    for problem in problems:
        lines = problem["canonical_solution"].splitlines(keepends=True)
        for number, line in enumerate(lines):
            if not line.strip():
                continue
            reference = line.rstrip("\r\n")
            prefix = problem["prompt"] + "".join(lines[:number])
            suffix = line[len(reference) :] + "".join(lines[number + 1 :])
            for mode in modes:
                tasks.append(FimTask(f"{problem['task_id']}/{number}/{mode}", mode, prefix, suffix, reference))
    return tasks


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def is_exact_match(task: FimTask, completion: str) -> bool:
    return first_line(completion).strip() == task.reference.strip()


def score(tasks: list[FimTask], completions: list[str]) -> tuple[dict, list[dict]]:
    """Exact match overall and per mode, and one record per task."""
    if len(tasks) != len(completions):
        raise UsageProblem(f"{len(tasks)} FIM tasks but {len(completions)} completions")
    if not tasks:
        raise UsageProblem("no FIM tasks to score")
    matches = defaultdict(list)
    records = []
    for task, completion in zip(tasks, completions):
        match = is_exact_match(task, completion)
        matches[task.mode].append(match)
        records.append(
            {
                "task_id": task.task_id,
                "mode": task.mode,
                "prefix": task.prefix,
                "suffix": task.suffix,
                "reference": task.reference,
                "completion": completion,
                "exact_match": match,
            }
        )
    everything = [match for mode_matches in matches.values() for match in mode_matches]
    metrics = {"exact_match": sum(everything) / len(everything)}
    for mode in MODES:
        if matches[mode]:
            metrics[f"exact_match_{mode}"] = sum(matches[mode]) / len(matches[mode])
    metrics.update(tasks=len(tasks), problems=len({task.task_id.rsplit("/", 2)[0] for task in tasks}))
    return metrics, records


def prompt_ids(loaded, task: FimTask) -> list[int]:
    """The task as token ids: control tokens by id, each text piece tokenised on its own, as ``pack`` does."""
    ids = {token: loaded.token_id(token) for token in FIM_TOKENS}
    missing = [token for token, found in ids.items() if found is None]
    if missing:
        raise UsageProblem(f"{loaded.path}: the tokenizer has no {', '.join(missing)} token (not a FIM model)")
    tokens = FimTokens(prefix=ids["<fim_prefix>"], middle=ids["<fim_middle>"], suffix=ids["<fim_suffix>"])
    pieces = fim_pieces(task.prefix, "", task.suffix, task.mode, tokens)
    return [
        token
        for piece in pieces
        for token in ([piece] if isinstance(piece, int) else loaded.encode(piece) if piece else [])
    ]


def generate_completions(loaded, tasks: list[FimTask], sampling) -> list[str]:
    from codelm.trainer.eval.generation import generate

    stops = [token for token in STOP_TOKENS if loaded.token_id(token) is not None]
    prompts = [prompt_ids(loaded, task) for task in tasks]
    return [continuation.text for continuation in generate(loaded, prompts, sampling, ["\n", *stops], "fim generate")]


def read_completions(path: str | Path, tasks: list[FimTask]) -> list[str]:
    """Completions from JSONL rows ``{"task_id", "completion"}`` (what ``--samples-out`` writes), in task order."""
    path = Path(path)
    if not path.is_file():
        raise UsageProblem(f"{path} does not exist")
    known = {task.task_id for task in tasks}
    given: dict[str, str] = {}
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise UsageProblem(f"{path}:{line_number}: not JSON ({err.msg})") from None
        if not isinstance(row, dict) or row.get("task_id") not in known or not isinstance(row.get("completion"), str):
            raise UsageProblem(f"{path}:{line_number}: needs a known FIM task_id and a string completion")
        given[row["task_id"]] = row["completion"]
    missing = [task.task_id for task in tasks if task.task_id not in given]
    if missing:
        raise UsageProblem(f"{path} has no completion for {missing[0]} ({len(missing)} of {len(tasks)} missing)")
    return [given[task.task_id] for task in tasks]


def evaluate(
    model_path=None,
    completions_path=None,
    modes=MODES,
    limit: int | None = None,
    sampling=None,
    device: str | None = None,
    dtype: str = "auto",
) -> tuple[dict, list[dict]]:
    """Infill every task with ``model_path`` (greedy) or read ``completions_path``; exact match and records."""
    from codelm.trainer.eval.generation import SamplingConfig
    from codelm.trainer.eval.humaneval import load_problems

    if (model_path is None) == (completions_path is None):
        raise UsageProblem("give a MODEL to generate with, or --completions FILE to score, not both")
    tasks = build_tasks(load_problems(limit), modes)
    start = time.perf_counter()
    if model_path is not None:
        from codelm.trainer.eval.models import load_model

        sampling = sampling or SamplingConfig(max_new_tokens=DEFAULT_MAX_NEW_TOKENS)
        completions = generate_completions(load_model(model_path, device, dtype), tasks, sampling)
        settings = {"model": str(model_path), "max_new_tokens": sampling.max_new_tokens}
    else:
        completions = read_completions(completions_path, tasks)
        settings = {"model": None, "completions": str(completions_path)}
    metrics, records = score(tasks, completions)
    timings = {"generate": round(time.perf_counter() - start, 3)} if model_path is not None else {}
    return {"benchmark": "fim", **settings, **metrics, "timings_s": timings}, records
