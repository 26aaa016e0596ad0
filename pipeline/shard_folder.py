"""The shard-folder contract between stages (docs/shard-folders.md).

A finished folder holds exactly what its ``manifest.json`` lists (each shard with its rows,
bytes and SHA-256), plus ``stats.json``, ``_SUCCESS`` and codelm's hidden files: the marker
``.codelm-folder`` that makes the folder codelm's, and the lock ``.codelm-lock``. Readers take
the shard list from the manifest (``listed_shards``), so a missing, changed or extra file is an
error, never silently lost or added rows.

A run (``StageRun``) owns every folder it writes: the output, side folders (``--rejected-out``,
``--clusters-out``, ``-val``), a ``--report`` file and ``--index`` entries. It locks them all,
stages its work in each folder's ``.codelm-work/``, and publishes everything as one step: a
journal written first lists every rename and manifest, so a run killed while publishing is
completed by its rerun, and the output's ``_SUCCESS``, written last, means the whole run is there.
"""

from __future__ import annotations

import datetime
import fcntl
import hashlib
import json
import os
import shutil
import time
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from codelm.pipeline.engines import Engine
from codelm.pipeline.errors import CodelmError, UsageProblem
from codelm.pipeline.logs import Progress, log
from codelm.pipeline.shards import (
    SHARD_SUFFIXES,
    atomic_write_json,
    atomic_write_text,
    file_entry,
    file_sha256,
    shard_num_rows,
)
from codelm.pipeline.stats import Stats

MARKER = ".codelm-folder"
LOCK = ".codelm-lock"
WORK_DIR = ".codelm-work"
SUCCESS = "_SUCCESS"
MANIFEST = "manifest.json"
STATS = "stats.json"
JOURNAL = "publish.json"
RUN_IDENTITY = "run.json"
SHARD_FOLDER = "shard folder"
TOKENIZER_FOLDER = "tokenizer folder"
DEDUP_INDEX = "dedup index"
# Kinds of folder whose manifest lists every file in it (an index is a store of its own).
_LISTED_KINDS = (SHARD_FOLDER, TOKENIZER_FOLDER)
_BOOKKEEPING = (MANIFEST, STATS, SUCCESS)
# How long a refused run waits for the lock holder to write its pid into the lock file.
_PID_WAIT_S = 1.0


def codelm_version() -> str:
    try:
        return metadata.version("codelm")
    except metadata.PackageNotFoundError:
        return "unknown"


def read_json(path: Path) -> dict | None:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError, json.JSONDecodeError, UnicodeDecodeError):
        return None


def folder_owner(folder: Path) -> dict | None:
    """The marker codelm writes into every folder it creates, or None: then the folder is not codelm's."""
    marker = read_json(Path(folder) / MARKER)
    return marker if isinstance(marker, dict) and marker.get("written_by") == "codelm" else None


def is_codelm_folder(folder: Path) -> bool:
    owner = folder_owner(folder)
    return owner is not None and owner.get("kind") == SHARD_FOLDER


def finished_manifest(folder: Path, kinds: tuple[str, ...] = (SHARD_FOLDER,)) -> dict:
    """The manifest of a finished codelm folder of one of ``kinds``; anything else is an error."""
    folder = Path(folder)
    owner = folder_owner(folder)
    if owner is None:
        raise CodelmError(f"{folder} is not a codelm folder (no {MARKER})")
    if owner.get("kind") not in kinds:
        raise CodelmError(f"{folder} is a codelm {owner.get('kind')}, not a {' or '.join(kinds)}")
    if not (folder / SUCCESS).exists():
        raise UsageProblem(f"{folder} is an unfinished codelm output (no {SUCCESS}); rerun the stage that writes it")
    manifest = read_json(folder / MANIFEST)
    if manifest is None or not isinstance(manifest.get("outputs"), list):
        raise CodelmError(f"{folder / MANIFEST} is missing or unreadable; rerun the stage that writes {folder}")
    return manifest


def _listed(manifest: dict) -> dict[str, dict]:
    return {entry["file"]: entry for entry in [*manifest.get("outputs", []), *manifest.get("files", [])]}


def unlisted_files(folder: Path, listed: Iterable[str]) -> list[Path]:
    """Files in ``folder`` that are neither listed nor bookkeeping; hidden names (codelm's own) are skipped."""
    known = {*listed, *_BOOKKEEPING}
    found = []
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = sorted(name for name in subdirs if not name.startswith("."))
        for name in sorted(files):
            path = Path(directory) / name
            if not name.startswith(".") and path.relative_to(folder).as_posix() not in known:
                found.append(path)
    return found


def file_problem(path: Path, entry: dict, full: bool) -> str | None:
    """Why ``path`` is not the file ``entry`` describes, or None.

    Without ``full``, the checksum is computed only when the modification time moved, which is
    what any rewrite does; ``codelm verify`` always computes it.
    """
    try:
        stat = path.stat()
    except FileNotFoundError:
        return f"{path} is missing"
    if stat.st_size != entry["bytes"]:
        return f"{path} has changed ({stat.st_size} bytes, {entry['bytes']} when written)"
    if (full or stat.st_mtime_ns != entry.get("mtime_ns")) and file_sha256(path) != entry["sha256"]:
        return f"{path} has changed (its SHA-256 differs from the one recorded when it was written)"
    return None


def _shard_like(path: Path) -> bool:
    return path.name.startswith("part-") or path.name.endswith(SHARD_SUFFIXES)


def listing_problems(folder: Path, manifest: dict, full: bool = False) -> list[str]:
    """Every way the folder differs from its manifest: missing, changed and unlisted files.

    Without ``full`` (what readers check), an unlisted file counts only if it looks like a shard,
    which another tool reading the folder would take for data; ``codelm verify`` counts every one.
    """
    listed = _listed(manifest)
    problems = [problem for name, entry in listed.items() if (problem := file_problem(folder / name, entry, full))]
    extra = [path for path in unlisted_files(folder, listed) if full or _shard_like(path)]
    problems += [f"{path} is not listed in {folder / MANIFEST}" for path in extra]
    return problems


def listed_shards(folder: str | Path) -> list[Path]:
    """The shards of a finished codelm folder, in order, as its manifest lists them.

    Every reader takes its shards from here (stages, and the trainer for token shards): an
    unfinished folder, or a missing, changed or extra file, is a one-line error naming the file.
    """
    folder = Path(folder)
    manifest = finished_manifest(folder)
    problems = listing_problems(folder, manifest)
    if problems:
        raise CodelmError(f"{problems[0]}; rerun the stage that wrote {folder} (`codelm verify` checks folders)")
    return [folder / entry["file"] for entry in manifest["outputs"]]


def verify_folder(folder: str | Path) -> dict:
    """Check a finished folder in full: every listed file's checksum and every shard's row count.

    Returns a summary; the first problem found is raised as a ``CodelmError``.
    """
    folder = Path(folder)
    manifest = finished_manifest(folder, _LISTED_KINDS)
    problems = listing_problems(folder, manifest, full=True)
    for entry in manifest["outputs"]:
        path = folder / entry["file"]
        if path.exists() and not any(problem.startswith(f"{path} ") for problem in problems):
            rows = shard_num_rows(path)
            if rows != entry["rows"]:
                problems.append(f"{path} holds {rows} rows, {entry['rows']} when written")
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise CodelmError(f"{problems[0]}{more}")
    return {
        "folder": str(folder),
        "command": manifest.get("command"),
        "shards": len(manifest["outputs"]),
        "rows": sum(entry["rows"] for entry in manifest["outputs"]),
        "bytes": sum(entry["bytes"] for entry in _listed(manifest).values()),
    }


def report_parts_dir(output_dir: str | Path) -> Path:
    """Where a stage's steps write one JSONL report part per shard (joined into ``--report`` on publish)."""
    return Path(output_dir) / WORK_DIR / "report-parts"


def check_separate(inputs: Iterable[Path], outputs: dict[str, Path]) -> None:
    """Refuse any output that is, contains or sits inside an input or another output."""
    real_inputs = [(Path(path), Path(os.path.realpath(path))) for path in inputs]
    real_outputs = [(label, Path(path), Path(os.path.realpath(path))) for label, path in outputs.items()]
    for number, (label, given, real) in enumerate(real_outputs):
        for input_path, real_input in real_inputs:
            relation = _relation(real, real_input)
            if relation:
                raise UsageProblem(
                    f"{label} {given} {relation} the input {input_path}; write outputs apart from inputs"
                )
        for other_label, other_given, other_real in real_outputs[number + 1 :]:
            relation = _relation(real, other_real)
            if relation:
                raise UsageProblem(
                    f"{label} {given} {relation} {other_label} {other_given}; give every output a place of its own"
                )


def _relation(path: Path, other: Path) -> str | None:
    if path == other:
        return "is"
    if other in path.parents:
        return "sits inside"
    if path in other.parents:
        return "contains"
    return None


class FolderLock:
    """An exclusive ``flock`` on ``FOLDER/.codelm-lock``; the kernel frees it when its holder dies."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.fd: int | None = None

    def acquire(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _lock_holder(fd)
            os.close(fd)
            raise CodelmError(
                f"{self.folder} is being written by codelm pid {holder}; wait for it to end or choose another folder"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _lock_holder(fd: int) -> str:
    # The holder writes its pid right after locking; a refused run may look in between.
    deadline = time.monotonic() + _PID_WAIT_S
    while True:
        text = os.pread(fd, 32, 0).decode(errors="replace").strip()
        if text or time.monotonic() > deadline:
            return text or "unknown"
        time.sleep(0.02)


def _refuse_foreign(folder: Path, label: str, kind: str) -> None:
    """Refuse a place codelm may not write: a file, a folder of another kind, or a non-empty folder not codelm's."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise UsageProblem(f"{label} {folder} is a file, not a folder")
    owner = folder_owner(folder)
    if owner is None:
        # A run killed while claiming the folder may have left its lock and a half-written marker.
        if any(not entry.name.startswith(".codelm-") for entry in folder.iterdir()):
            raise CodelmError(
                f"{label} {folder} is not empty and was not written by codelm; choose an empty or new folder"
            )
    elif owner.get("kind") != kind:
        raise CodelmError(f"{label} {folder} is a codelm {owner.get('kind')}, not a {kind}; choose another folder")


def _mark(folder: Path, kind: str) -> None:
    if folder_owner(folder) is None:
        atomic_write_json(folder / MARKER, {"written_by": "codelm", "kind": kind})


def _remove_published(folder: Path, manifest: dict) -> None:
    """Delete what a manifest lists, ``_SUCCESS`` first and the manifest last, so a kill midway leaves it listed."""
    (folder / SUCCESS).unlink(missing_ok=True)
    for name in _listed(manifest):
        path = folder / name
        path.unlink(missing_ok=True)
        for parent in path.relative_to(folder).parents:
            if parent != Path(".") and (folder / parent).is_dir() and not any((folder / parent).iterdir()):
                (folder / parent).rmdir()
    (folder / STATS).unlink(missing_ok=True)
    (folder / MANIFEST).unlink(missing_ok=True)


def _move(source: Path, target: Path) -> None:
    """One rename of a publish; a rename already done is skipped, so publishing can be repeated."""
    if source.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
    elif not target.exists():
        raise CodelmError(f"{source} is missing, so {target} cannot be published; rerun with --force")


def roll_forward(journal: dict) -> None:
    """Carry out a publish journal. Every step can be repeated, so a run killed midway completes on rerun.

    Side folders, index entries and the report come first; the main output's ``_SUCCESS`` last.
    """
    folders = journal["folders"]
    for plan in folders[:-1]:
        _publish_folder(plan, journal["stats"])
    if journal.get("index"):
        _publish_index(journal["index"])
    if journal.get("report"):
        _move(Path(journal["report"]["staged"]), Path(journal["report"]["path"]))
    _publish_folder(folders[-1], journal["stats"])
    if journal.get("index"):
        shutil.rmtree(journal["index"]["staging"], ignore_errors=True)
    for plan in folders:
        shutil.rmtree(Path(plan["path"]) / WORK_DIR, ignore_errors=True)


def _publish_folder(plan: dict, stats: dict) -> None:
    folder = Path(plan["path"])
    for source, target in plan["moves"]:
        _move(Path(source), Path(target))
    atomic_write_json(folder / STATS, stats)
    atomic_write_json(folder / MANIFEST, plan["manifest"])
    atomic_write_text(folder / SUCCESS, "")


def _publish_index(plan: dict) -> None:
    for source, target in plan["moves"]:
        _move(Path(source), Path(target))
    # The run's entries replace those of earlier runs into the same output.
    for path in Path(plan["dir"]).glob(f"bands/*/{plan['output_key']}-*"):
        if not path.name.startswith(f"{plan['entry_prefix']}-"):
            path.unlink()


class StageRun:
    """One run of a stage: its output folder, side outputs, report and index entries, resumable task by task.

    Typical use::

        with StageRun(out, "filter", params, inputs, input_paths=paths, force=force) as run:
            if not run.start():          # up to date: nothing to do
                return run.load_stats()
            results = run.map("filter", process_shard, payloads, engine)
            run.finish(stats, {out: [r["shards"] for r in results]})

    Tasks write shards with a ``ShardWriter`` into ``run.staging_dir(folder)`` under a prefix
    unique to the task and return the writer's entries; other files a folder publishes (a
    tokenizer) go under ``run.files_dir(folder)``; index entries under ``run.index_staging_dir()``.
    """

    def __init__(
        self,
        output_dir: str | Path,
        command: str,
        parameters: dict,
        inputs: list[dict],
        input_paths: Sequence[str | Path] = (),
        force: bool = False,
        side_outputs: dict[str, str | Path | None] | None = None,
        report: str | Path | None = None,
        index_dir: str | Path | None = None,
        kind: str = SHARD_FOLDER,
    ):
        self.output_dir = Path(output_dir)
        self.kind = kind
        self.command = command
        self.parameters = parameters
        self.inputs = inputs
        self.input_paths = [Path(path) for path in input_paths]
        self.force = force
        self.side_outputs = {label: Path(path) for label, path in (side_outputs or {}).items() if path}
        # Publishing order: side folders first, the main output last.
        self.folders = [*self.side_outputs.values(), self.output_dir]
        self.report = Path(report) if report else None
        self.index_dir = Path(index_dir) if index_dir else None
        self.work_dir = self.output_dir / WORK_DIR
        places = {label: str(path.resolve()) for label, path in self._outputs().items()}
        self.fingerprint = hashlib.sha256(
            json.dumps(
                {"command": command, "parameters": parameters, "inputs": inputs, "outputs": places}, sort_keys=True
            ).encode()
        ).hexdigest()
        # Names this output's entries in a shared --index, whatever run (fingerprint) wrote them.
        self.output_key = hashlib.sha256(str(self.output_dir.resolve()).encode()).hexdigest()[:16]
        self.index_entry_prefix = f"{self.output_key}-{self.fingerprint[:16]}"
        self.started = time.time()
        self._locks: list[FolderLock] = []

    def __enter__(self) -> "StageRun":
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def release(self) -> None:
        for lock in self._locks:
            lock.release()
        self._locks = []

    def _outputs(self) -> dict[str, Path]:
        outputs = {"OUTPUT": self.output_dir, **self.side_outputs}
        if self.report:
            outputs["--report"] = self.report
        if self.index_dir:
            outputs["--index"] = self.index_dir
        return outputs

    def _owned(self) -> list[tuple[str, Path, str]]:
        owned = [("OUTPUT", self.output_dir, self.kind)]
        owned += [(label, folder, SHARD_FOLDER) for label, folder in self.side_outputs.items()]
        return owned + ([("--index", self.index_dir, DEDUP_INDEX)] if self.index_dir else [])

    def staging_dir(self, folder: str | Path | None = None) -> Path:
        """Where tasks stage shards for ``folder`` (default: the main output); inside it, so publishing is a rename."""
        return Path(folder or self.output_dir) / WORK_DIR / "staged"

    def files_dir(self, folder: str | Path | None = None) -> Path:
        """Where a run puts other files ``folder`` publishes under the same relative names."""
        return Path(folder or self.output_dir) / WORK_DIR / "files"

    def index_staging_dir(self) -> Path:
        return self.index_dir / WORK_DIR / self.output_key

    def report_parts_dir(self) -> Path:
        return report_parts_dir(self.output_dir)

    def staged_report(self) -> Path:
        """The report is staged next to its final name (same filesystem, so publishing is a rename)."""
        return self.report.with_name(f".{self.report.name}.codelm-staged")

    def start(self) -> bool:
        """Check, lock and prepare every output; False when the run is already complete (nothing to do)."""
        check_separate(self.input_paths, self._outputs())
        for label, folder, kind in self._owned():
            _refuse_foreign(folder, label, kind)
        for label, folder, kind in self._owned():
            lock = FolderLock(folder)
            lock.acquire()
            self._locks.append(lock)
            _refuse_foreign(folder, label, kind)
            _mark(folder, kind)
        self._complete_interrupted_publishes()
        if not self.force and self._is_complete():
            log.info(
                "%s is up to date (same inputs and parameters); nothing to do. Use --force to recompute.",
                self.output_dir,
            )
            return False
        self._claim_report()
        for label, folder, kind in self._owned():
            if kind in _LISTED_KINDS:
                self._claim(folder, label)
        identity = {"command": self.command, "fingerprint": self.fingerprint}
        for folder in self.folders:
            work = folder / WORK_DIR
            for leftover in work.rglob("*.tmp"):
                leftover.unlink()
            self.staging_dir(folder).mkdir(parents=True, exist_ok=True)
            self.files_dir(folder).mkdir(parents=True, exist_ok=True)
            atomic_write_json(work / RUN_IDENTITY, identity)
        if self.report:
            self.report_parts_dir().mkdir(exist_ok=True)
        if self.index_dir:
            self._claim_index_staging(identity)
        return True

    def _complete_interrupted_publishes(self) -> None:
        held = {os.path.realpath(lock.folder) for lock in self._locks}
        for folder in self.folders:
            journal = read_json(folder / WORK_DIR / JOURNAL)
            if journal is None:
                continue
            needed = {plan["path"] for plan in journal["folders"]}
            if journal.get("index"):
                needed.add(journal["index"]["dir"])
            if not needed <= held:
                raise CodelmError(
                    f"{folder} holds a half-published run of `codelm {journal['command']}` that also writes "
                    f"{', '.join(sorted(needed - held))}; rerun that command to complete it"
                )
            log.info("%s: completing the publish of an interrupted run", folder)
            roll_forward(journal)

    def _is_complete(self) -> bool:
        manifest = None
        for folder in self.folders:
            try:
                manifest = finished_manifest(folder, _LISTED_KINDS)
            except CodelmError:
                return False
            if manifest.get("fingerprint") != self.fingerprint:
                return False
            problems = listing_problems(folder, manifest)
            if problems:
                log.warning("%s; recomputing", problems[0])
                return False
        run = manifest.get("run", {})
        if self.report:
            problem = file_problem(self.report, run["report"], full=False)
            if problem:
                log.warning("%s; recomputing", problem)
                return False
        if self.index_dir:
            missing = [name for name in run["index"]["entries"] if not (self.index_dir / name).exists()]
            if missing:
                log.warning("%s is missing from the index; recomputing", self.index_dir / missing[0])
                return False
        return True

    def _claim_report(self) -> None:
        """The report may replace only a report this output's earlier run wrote there."""
        if not self.report:
            return
        self.staged_report().unlink(missing_ok=True)
        if not self.report.exists():
            return
        if self.report.is_dir():
            raise UsageProblem(f"--report {self.report} is a folder, not a file")
        recorded = ((read_json(self.output_dir / MANIFEST) or {}).get("run") or {}).get("report")
        mine = recorded and recorded["file"] == str(self.report.resolve())
        if not mine or file_problem(self.report, recorded, full=True):
            raise CodelmError(f"--report {self.report} exists and codelm did not write it; choose a new file")

    def _claim(self, folder: Path, label: str) -> None:
        """Make ``folder`` ready: resume this very run's work, or (for a rerun or --force) clear codelm's files."""
        manifest = read_json(folder / MANIFEST)
        identity = read_json(folder / WORK_DIR / RUN_IDENTITY)
        unknown = unlisted_files(folder, _listed(manifest) if manifest else ())
        if unknown:
            raise CodelmError(
                f"{label} {folder} holds {unknown[0].relative_to(folder)}, which codelm did not write; "
                "move it away or choose another folder"
            )
        for record, what in [(manifest, "the output"), (identity, "an unfinished run")]:
            if record and record.get("fingerprint") != self.fingerprint and not self.force:
                raise CodelmError(
                    f"{label} {folder} holds {what} of `codelm {record.get('command')}` with other inputs or "
                    "parameters; use --force to replace it, or choose another folder"
                )
        if manifest:
            log.info("%s: replacing the earlier output", folder)
            recorded_report = (manifest.get("run") or {}).get("report")
            if self.report and recorded_report and recorded_report["file"] == str(self.report.resolve()):
                self.report.unlink(missing_ok=True)
            _remove_published(folder, manifest)
        if identity and (self.force or identity.get("fingerprint") != self.fingerprint):
            shutil.rmtree(folder / WORK_DIR)

    def _claim_index_staging(self, identity: dict) -> None:
        staging = self.index_staging_dir()
        staged_identity = read_json(staging / RUN_IDENTITY)
        if staging.exists() and (self.force or staged_identity != identity):
            shutil.rmtree(staging)
        staging.mkdir(parents=True, exist_ok=True)
        atomic_write_json(staging / RUN_IDENTITY, identity)

    def map(
        self, phase: str, fn: Callable[[Any], dict], payloads: Sequence[Any], engine: Engine, unit: str = "task"
    ) -> list[dict]:
        """Run ``fn`` over ``payloads``, skipping tasks finished by an earlier, interrupted run.

        ``fn`` must be a picklable top-level function returning a JSON-serialisable dict; results
        come back in payload order.
        """
        done_dir = self.work_dir / "done" / phase
        done_dir.mkdir(parents=True, exist_ok=True)
        results: list[dict | None] = [read_json(done_dir / f"{index:05d}.json") for index in range(len(payloads))]
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
        """Publish every folder, the report and the index entries of this run as one step.

        ``outputs`` maps a folder to, per task in order, the shard entries that task staged (as
        ``ShardWriter.close`` returns them); files under ``files_dir(folder)`` are published too.
        """
        stats.check_balance()
        stats.add("timings_s.wall", time.time() - self.started)
        staged = {Path(folder): per_task for folder, per_task in outputs.items()}
        unknown = set(staged) - set(self.folders)
        if unknown:
            raise ValueError(f"finish() got folders this run does not own: {sorted(map(str, unknown))}")
        run_record: dict = {"outputs": {label: str(path.resolve()) for label, path in self._outputs().items()}}
        journal: dict = {"command": self.command, "fingerprint": self.fingerprint}
        if self.report:
            entry = file_entry(self.staged_report(), str(self.report.resolve()))
            run_record["report"] = entry
            journal["report"] = {"staged": str(self.staged_report()), "path": str(self.report.resolve())}
        if self.index_dir:
            journal["index"] = self._index_plan()
            run_record["index"] = {"dir": str(self.index_dir.resolve()), "entries": journal["index"]["entries"]}
        created = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        journal["folders"] = [
            self._folder_plan(folder, staged.get(folder, []), run_record, created, extra_manifest)
            for folder in self.folders
        ]
        journal["stats"] = stats.to_dict()
        atomic_write_json(self.work_dir / JOURNAL, journal)
        roll_forward(journal)

    def _folder_plan(
        self, folder: Path, per_task: list[list[dict]], run_record: dict, created: str, extra_manifest: dict | None
    ) -> dict:
        moves, published, files = [], [], []
        for number, entry in enumerate(entry for task in per_task for entry in task):
            name = f"part-{number:05d}{Path(entry['file']).suffix}"
            moves.append([str(self.staging_dir(folder) / entry["file"]), str(folder.resolve() / name)])
            published.append({**entry, "file": name})
        files_dir = self.files_dir(folder)
        for path in sorted(p for p in files_dir.rglob("*") if p.is_file()):
            name = path.relative_to(files_dir).as_posix()
            files.append(file_entry(path, name))
            moves.append([str(path), str(folder.resolve() / name)])
        manifest = {
            "codelm_version": codelm_version(),
            "command": self.command,
            "parameters": self.parameters,
            "inputs": self.inputs,
            "outputs": published,
            "files": files,
            "rows": sum(entry["rows"] for entry in published),
            "fingerprint": self.fingerprint,
            "created": created,
            "run": run_record,
            **(extra_manifest or {}),
        }
        return {"path": str(folder.resolve()), "moves": moves, "manifest": manifest}

    def _index_plan(self) -> dict:
        staging = self.index_staging_dir()
        moves, entries = [], []
        for path in sorted(staging.glob("bands/*/*.parquet")):
            relative = path.relative_to(staging).as_posix()
            moves.append([str(path), str(self.index_dir.resolve() / relative)])
            entries.append(relative)
        return {
            "dir": str(self.index_dir.resolve()),
            "staging": str(staging.resolve()),
            "moves": moves,
            "entries": entries,
            "output_key": self.output_key,
            "entry_prefix": self.index_entry_prefix,
        }

    def load_stats(self) -> dict:
        return read_json(self.output_dir / STATS) or {}
