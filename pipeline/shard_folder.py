"""The shard-folder contract between stages (design.md).

An output folder holds ``part-NNNNN.{parquet,arrow}``, ``manifest.json``, ``stats.json`` and
``_SUCCESS`` (written last). While a stage runs, its work lives in ``.codelm-work/``: every
finished task leaves a done-marker there with its result, and its shards are staged there too.
A rerun with the same fingerprint (command, parameters, inputs) skips the finished tasks;
``finish`` renames the staged shards into place and writes the manifest.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import shutil
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Sequence

from codelm.pipeline.engines import Engine
from codelm.pipeline.errors import CodelmError
from codelm.pipeline.logs import Progress, log
from codelm.pipeline.shards import atomic_write_json, atomic_write_text
from codelm.pipeline.stats import Stats

WORK_DIR = ".codelm-work"
SUCCESS = "_SUCCESS"
MANIFEST = "manifest.json"
STATS = "stats.json"


def codelm_version() -> str:
    try:
        return metadata.version("codelm")
    except metadata.PackageNotFoundError:
        return "unknown"


@dataclass
class StagedShards:
    """The shards one task staged for one output folder, in the order they are to be numbered."""

    folder: Path
    shards: list[dict] = field(default_factory=list)


class StageRun:
    """One run of a stage into one output folder, resumable task by task.

    Typical use::

        run = StageRun(out, "filter", params, inputs, force=force)
        if not run.start():          # up to date: nothing to do
            return run.load_stats()
        results = run.map("filter", process_shard, payloads, engine)
        run.finish(stats, {out: [r["shards"] for r in results]})

    Tasks write their shards with a ``ShardWriter`` into ``run.staging_dir(folder)``, under a
    prefix unique to the task, and return the writer's entries.
    """

    def __init__(
        self,
        output_dir: str | Path,
        command: str,
        parameters: dict,
        inputs: list[dict],
        force: bool = False,
        extra_outputs: Sequence[str | Path] = (),
    ):
        self.output_dir = Path(output_dir)
        self.command = command
        self.parameters = parameters
        self.inputs = inputs
        self.force = force
        self.extra_outputs = [Path(path) for path in extra_outputs]
        self.work_dir = self.output_dir / WORK_DIR
        self.fingerprint = hashlib.sha256(
            json.dumps({"command": command, "parameters": parameters, "inputs": inputs}, sort_keys=True).encode()
        ).hexdigest()
        self.started = time.time()

    def staging_dir(self, folder: str | Path | None = None) -> Path:
        """Where tasks stage shards for ``folder`` (default: the main output); inside it, so publishing is a rename."""
        return Path(folder or self.output_dir) / WORK_DIR / "staged"

    def start(self) -> bool:
        """Prepare the output folder; False when it is already up to date."""
        manifest = self._read_json(self.output_dir / MANIFEST)
        if manifest and (self.output_dir / SUCCESS).exists() and manifest.get("fingerprint") == self.fingerprint:
            if not self.force:
                log.info(
                    "%s is up to date (same inputs and parameters); nothing to do. Use --force to recompute.",
                    self.output_dir,
                )
                return False
        for folder in [self.output_dir, *self.extra_outputs]:
            self._claim(folder)
        for folder in [self.output_dir, *self.extra_outputs]:
            self.staging_dir(folder).mkdir(parents=True, exist_ok=True)
            for leftover in (folder / WORK_DIR).rglob("*.tmp"):
                leftover.unlink()
            atomic_write_json(folder / WORK_DIR / "run.json", self._identity())
        return True

    def _identity(self) -> dict:
        return {"command": self.command, "fingerprint": self.fingerprint}

    def _claim(self, folder: Path) -> None:
        """Make ``folder`` ours: empty, a resumable run of this very stage, or (with --force) a codelm folder."""
        if not folder.exists() or not any(folder.iterdir()):
            folder.mkdir(parents=True, exist_ok=True)
            return
        owner = self._read_json(folder / MANIFEST) or self._read_json(folder / WORK_DIR / "run.json")
        if owner is None:
            raise CodelmError(f"{folder} is not empty and was not written by codelm; choose an empty or new folder")
        same_run = owner.get("fingerprint") == self.fingerprint and not (folder / SUCCESS).exists()
        if same_run and not self.force:
            return
        if not self.force:
            raise CodelmError(
                f"{folder} holds the output of `codelm {owner.get('command')}` with other inputs or parameters; "
                "use --force to replace it, or choose another folder"
            )
        log.info("--force: clearing %s", folder)
        for path in folder.iterdir():
            if path.name == WORK_DIR or path.name in (MANIFEST, STATS, SUCCESS) or path.name.startswith("part-"):
                shutil.rmtree(path) if path.is_dir() else path.unlink()

    def map(
        self, phase: str, fn: Callable[[Any], dict], payloads: Sequence[Any], engine: Engine, unit: str = "task"
    ) -> list[dict]:
        """Run ``fn`` over ``payloads``, skipping tasks finished by an earlier, interrupted run.

        ``fn`` must be a picklable top-level function returning a JSON-serialisable dict; results
        come back in payload order.
        """
        done_dir = self.work_dir / "done" / phase
        done_dir.mkdir(parents=True, exist_ok=True)
        results: list[dict | None] = [
            self._read_json(done_dir / f"{index:05d}.json") for index in range(len(payloads))
        ]
        pending = [index for index, result in enumerate(results) if result is None]
        if len(pending) < len(payloads):
            log.info(
                "%s: resuming, %d of %d %ss already done", phase, len(payloads) - len(pending), len(payloads), unit
            )
        with Progress(len(payloads), phase, unit) as progress:
            progress.update(len(payloads) - len(pending))
            for position, result in engine.imap_unordered(fn, [payloads[index] for index in pending]):
                index = pending[position]
                atomic_write_json(done_dir / f"{index:05d}.json", result)
                results[index] = result
                progress.update()
        return results  # type: ignore[return-value]

    def finish(self, stats: Stats, outputs: dict[Path, list[list[dict]]], extra_manifest: dict | None = None) -> None:
        """Publish the staged shards of every output folder and mark each folder complete.

        ``outputs`` maps an output folder to, per task in order, the shard entries that task
        staged (``{"file", "rows", "bytes"}`` relative to ``staging_dir(folder)``).
        """
        stats.check_balance()
        stats.add("timings_s.wall", time.time() - self.started)
        for folder, per_task in outputs.items():
            published = self._publish(Path(folder), [entry for task in per_task for entry in task])
            manifest = {
                "codelm_version": codelm_version(),
                "command": self.command,
                "parameters": self.parameters,
                "inputs": self.inputs,
                "outputs": published,
                "rows": sum(entry["rows"] for entry in published),
                "fingerprint": self.fingerprint,
                "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                **(extra_manifest or {}),
            }
            atomic_write_json(Path(folder) / STATS, stats.to_dict())
            atomic_write_json(Path(folder) / MANIFEST, manifest)
            atomic_write_text(Path(folder) / SUCCESS, "")
        for folder in [self.output_dir, *outputs]:
            shutil.rmtree(Path(folder) / WORK_DIR, ignore_errors=True)

    def _publish(self, folder: Path, staged: list[dict]) -> list[dict]:
        # Renaming is idempotent, so a run killed halfway through publishing completes on rerun.
        published = []
        for number, entry in enumerate(staged):
            source = self.staging_dir(folder) / entry["file"]
            target = folder / f"part-{number:05d}{Path(entry['file']).suffix}"
            if source.exists():
                source.replace(target)
            elif not target.exists():
                raise CodelmError(f"staged shard {source} is missing; rerun with --force")
            published.append({**entry, "file": target.name})
        return published

    def load_stats(self) -> dict:
        return self._read_json(self.output_dir / STATS) or {}

    @staticmethod
    def _read_json(path: Path) -> dict | None:
        try:
            return json.loads(path.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return None
