"""Writing evaluation results: the summary JSON, per-sample JSONL, bigcode generations, a Markdown table.

Files are written under a temporary name and renamed, so an interrupted run never leaves a
half-written result that looks complete.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from codelm.pipeline.logs import log
from codelm.pipeline.shards import atomic_write_text


def write_json(path: str | Path, payload) -> None:
    atomic_write_text(Path(path), json.dumps(payload, indent=2, sort_keys=True) + "\n")


def write_jsonl(path: str | Path, records: list[dict]) -> None:
    atomic_write_text(Path(path), "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))


def write_bigcode_generations(path: str | Path, records: list[dict]) -> None:
    """The bigcode-evaluation-harness's ``--load_generations_path`` file: per problem (in task order), its programs.

    Each program is the code before the tests, ``prompt + completion``, as the harness's own
    ``postprocess_generation`` returns it. The harness reads the lists by position (list i is
    problem i), so it expects the first N problems, as ``--limit N`` gives.
    """
    by_task: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for record in records:
        by_task[record["task_id"]].append((record["completion_id"], record["generation"]))
    task_ids = sorted(by_task, key=lambda task_id: int(task_id.rsplit("/", 1)[1]))
    if task_ids != [f"HumanEval/{index}" for index in range(len(task_ids))]:
        log.warning("%s: the harness reads problems by position; these are not the first %d", path, len(task_ids))
    generations = [[generation for _, generation in sorted(by_task[task_id])] for task_id in task_ids]
    atomic_write_text(Path(path), json.dumps(generations) + "\n")


def markdown_table(title: str, summary: dict) -> str:
    """The scalar entries of ``summary`` as a two-column Markdown table."""
    lines = [f"| {title} | value |", "|---|---|"]
    for key, value in summary.items():
        if isinstance(value, float):
            lines.append(f"| {key} | {value:.4f} |")
        elif isinstance(value, (int, str)) and not isinstance(value, bool):
            lines.append(f"| {key} | {value} |")
    return "\n".join(lines)


def input_fingerprint(command: str, options: dict) -> str:
    """Identifies an evaluation: its command, options, and the size and mtime of every file it reads.

    A codelm run folder counts as its newest checkpoint's weights, so a longer run is evaluated again.
    """
    import hashlib

    from codelm.trainer.checkpoint import WEIGHTS, list_checkpoints

    def describe(value):
        if isinstance(value, (list, tuple)):
            return [describe(item) for item in value]
        if not isinstance(value, Path):
            return value
        # Hidden files (codelm's lock and folder marker) change without the contents changing.
        files = [value] if value.is_file() else sorted(p for p in value.glob("[!.]*") if p.is_file())
        checkpoints = list_checkpoints(value) if value.is_dir() else []
        if checkpoints:
            files = [checkpoints[-1] / WEIGHTS]
        return {
            "path": str(value.resolve()),
            "files": [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files],
        }

    # Where results go (--out, --samples-out, ...) does not change what is evaluated.
    described = {name: describe(value) for name, value in sorted(options.items()) if not name.endswith("out")}
    text = json.dumps({"command": command, "options": described}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def up_to_date_summary(out: Path | None, fingerprint: str) -> dict | None:
    """The summary stored in ``out`` when it was written for the same evaluation, else None."""
    if out is None or not out.is_file():
        return None
    try:
        stored = json.loads(out.read_text())
    except ValueError:
        return None
    if isinstance(stored, dict) and stored.get("fingerprint") == fingerprint:
        log.info("%s is up to date (same model files and options); nothing to do", out)
        return stored
    return None
