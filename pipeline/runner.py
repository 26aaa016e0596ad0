"""``codelm run PIPELINE.yaml``: a declared chain of codelm commands, run in order.

```yaml
vars:                       # ${name} in any argument; ${stdlib} and ${env.NAME} (split on spaces) are built in
  work: work/demo
stages:                     # each stage: a codelm command line without the leading `codelm`
  - ingest ${stdlib} ${work}/ingested
  - dedup ${work}/ingested ${work}/deduped --clusters-out ${work}/dedup-clusters
  - tokenizer train ${work}/deduped ${work}/tokenizer --vocab-size 4096
```

A stage line is split like a shell line (quotes group words); an argument that is exactly one
list variable (``${sources}``) becomes as many arguments as the list holds. Every codelm command is
idempotent (a rerun with the same inputs and options does nothing), so a pipeline run again skips
what is up to date and does the rest: the same result as a Makefile of the same commands. Each
stage runs as its own process, so training and evaluation free their memory before the next starts.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from codelm.pipeline.errors import CodelmError, UsageProblem

_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_.]*)\}")
UP_TO_DATE = "is up to date"
# codelm commands that take a subcommand: a stage's name is then two words ("tokenizer train", "eval fim").
GROUPS = ("tokenizer", "eval")


@dataclass
class Stage:
    command: list[str]  # e.g. ["tokenizer", "train"]
    arguments: list[str]

    @property
    def name(self) -> str:
        return " ".join(self.command)


def _expand(value, variables: dict, where: str) -> list[str]:
    """One YAML argument as command-line arguments: a whole ``${list}`` or empty ``${env.X}`` may give 0 or many."""
    text = str(value) if not isinstance(value, bool) else str(value).lower()
    whole = _VARIABLE.fullmatch(text)
    if whole:
        replacement = _lookup(whole.group(1), variables, where)
        if isinstance(replacement, list):
            return [str(item) for item in replacement]
        return [str(replacement)] if str(replacement) else []
    return [_VARIABLE.sub(lambda match: _as_text(_lookup(match.group(1), variables, where)), text)]


def _as_text(value) -> str:
    return " ".join(map(str, value)) if isinstance(value, list) else str(value)


def _lookup(name: str, variables: dict, where: str):
    if name.startswith("env."):
        # Split on whitespace like a shell: DEMO_SRC="repo1 repo2" gives two arguments, unset gives none.
        return os.environ.get(name[4:], "").split()
    if name not in variables:
        raise UsageProblem(f"{where}: unknown variable ${{{name}}} (define it under vars: or with --var)")
    return variables[name]


def load_pipeline(path: str | Path, overrides: dict[str, str] | None = None) -> tuple[list[Stage], dict]:
    path = Path(path)
    if not path.is_file():
        raise UsageProblem(f"pipeline file {path} does not exist")
    try:
        document = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as err:
        raise UsageProblem(f"{path} is not valid YAML: {str(err).splitlines()[0]}") from None
    if not isinstance(document, dict) or set(document) - {"vars", "stages"}:
        unknown = sorted(set(document) - {"vars", "stages"}) if isinstance(document, dict) else []
        raise UsageProblem(f"{path}: expected the keys vars and stages" + (f", not {unknown[0]}" if unknown else ""))
    variables = {"stdlib": sysconfig.get_paths()["stdlib"]}
    declared = document.get("vars") or {}
    if not isinstance(declared, dict):
        raise UsageProblem(f"{path}: vars must be a mapping of names to values")
    for name, value in {**declared, **(overrides or {})}.items():
        expanded = [
            item
            for entry in (value if isinstance(value, list) else [value])
            for item in _expand(entry, variables, f"vars.{name}")
        ]
        variables[name] = expanded if isinstance(value, list) else (expanded[0] if expanded else "")
    entries = document.get("stages")
    if not isinstance(entries, list) or not entries:
        raise UsageProblem(f"{path}: stages must be a non-empty list")
    stages = []
    for index, entry in enumerate(entries, start=1):
        where = f"{path}: stage {index}"
        if not isinstance(entry, str) or not entry.strip():
            raise UsageProblem(f"{where} must be a command line like `dedup IN OUT --keep first`")
        try:
            words = shlex.split(entry)
        except ValueError as err:
            raise UsageProblem(f"{where}: {err}") from None
        expanded = [item for word in words for item in _expand(word, variables, where)]
        width = 2 if expanded[0] in GROUPS and len(expanded) > 1 else 1
        stages.append(Stage(expanded[:width], expanded[width:]))
    return stages, variables


def _codelm_command() -> list[str]:
    # The console script beside the interpreter, not `python -m`: -m puts the working directory first on
    # sys.path, and in a checkout its top-level kernels/ folder would shadow the `kernels` package that
    # transformers imports.
    script = Path(sys.executable).with_name("codelm")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "codelm.cli"]


def run_pipeline(
    path: str | Path,
    overrides: dict[str, str] | None = None,
    only: list[str] | None = None,
    dry_run: bool = False,
    show_progress: bool = True,
) -> dict:
    """Run the stages in order, stopping at the first failure; returns a summary of each stage."""
    stages, _ = load_pipeline(path, overrides)
    if only:
        unknown = sorted(set(only) - {stage.name for stage in stages})
        if unknown:
            raise UsageProblem(f"--only {unknown[0]}: no such stage in {path}")
        stages = [stage for stage in stages if stage.name in only]
    if dry_run:
        return {
            "pipeline": str(path),
            "stages": [{"stage": s.name, "command": ["codelm", *s.command, *s.arguments]} for s in stages],
        }
    progress = None
    if show_progress:
        from tqdm import tqdm

        progress = tqdm(total=len(stages), unit="stage", dynamic_ncols=True, file=sys.stderr)
    results = []
    started = time.perf_counter()
    try:
        for number, stage in enumerate(stages, start=1):
            if progress is not None:
                progress.set_description(f"[{number}/{len(stages)}] {stage.name}")
            result = _run_stage(stage)
            results.append(result)
            message = f"[{number}/{len(stages)}] {stage.name}: {result['status']} ({result['seconds']:.1f} s)"
            if progress is not None:
                progress.write(message, file=sys.stderr)
                progress.update(1)
            else:
                print(message, file=sys.stderr, flush=True)
            if result["status"] == "failed":
                raise CodelmError(f"stage {number} ({stage.name}) failed: {result['error']}")
    finally:
        if progress is not None:
            progress.close()
    return {
        "pipeline": str(path),
        "stages": results,
        "done": sum(r["status"] == "done" for r in results),
        "up_to_date": sum(r["status"] == "up to date" for r in results),
        "seconds": round(time.perf_counter() - started, 2),
    }


def _run_stage(stage: Stage) -> dict:
    start = time.perf_counter()
    completed = subprocess.run(
        [*_codelm_command(), *stage.command, *stage.arguments], capture_output=True, text=True, check=False
    )
    seconds = round(time.perf_counter() - start, 2)
    lines = completed.stdout.strip().splitlines()
    summary = None
    if lines:
        try:
            summary = json.loads(lines[-1])
        except ValueError:
            summary = None
    result = {"stage": stage.name, "seconds": seconds, "exit_code": completed.returncode}
    if completed.returncode != 0:
        errors = [line for line in completed.stderr.strip().splitlines() if line.strip()]
        result.update(status="failed", error=errors[-1] if errors else f"exit code {completed.returncode}")
        return result
    up_to_date = UP_TO_DATE in completed.stderr or (isinstance(summary, dict) and summary.get("up_to_date") is True)
    result["status"] = "up to date" if up_to_date else "done"
    return result
