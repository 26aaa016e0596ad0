"""The embedded default: a process pool on this machine."""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any, Callable, Iterator, Sequence

from codelm.pipeline.engines.base import Engine

# How often a worker checks that the run is alive where the kernel cannot tell it (no pidfd).
_RUN_POLL_S = 0.5


def _end_with_run(run_pid: int) -> None:
    """Worker initializer: a worker must not outlive the run that started it, even one killed with SIGKILL.

    The worker's parent is the fork server, which itself lives as long as any worker (workers
    hold its keep-alive pipe), so the worker watches the run's process: through a pidfd, which
    the kernel makes readable when that process ends, else by polling.
    """
    try:
        handle = os.pidfd_open(run_pid)
    except ProcessLookupError:  # the run ended before this worker started
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd on this system
        threading.Thread(target=_poll_run, args=(run_pid,), daemon=True).start()
        return
    threading.Thread(target=_await_run, args=(handle,), daemon=True).start()


def _await_run(handle: int) -> None:
    select.select([handle], [], [])
    os._exit(1)


def _poll_run(run_pid: int) -> None:
    while True:
        try:
            os.kill(run_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        time.sleep(_RUN_POLL_S)


class LocalEngine(Engine):
    def __init__(self, workers: int):
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def imap_unordered(self, fn: Callable[[Any], Any], payloads: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        if self.workers == 1 or len(payloads) <= 1:
            # In-process: no pickling or start-up cost, and one-worker timings measure the work itself.
            for position, payload in enumerate(payloads):
                yield position, fn(payload)
            return
        if self._pool is None:
            # Not fork: the parent may hold Arrow or tokenizer threads that fork would copy mid-lock.
            # A fork server starts clean, imports Arrow and codelm's shard I/O once, and forks each
            # worker from that, which saves every worker the ~0.4 s of imports that spawn would cost.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["pyarrow.parquet", "codelm.pipeline.shards", "codelm.pipeline.steps"])
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=_end_with_run, initargs=(os.getpid(),)
            )
        # Keep at most two tasks per worker in flight so results are recorded as they finish.
        pending: dict = {}
        queue = iter(enumerate(payloads))
        limit = 2 * self.workers

        def submit_more() -> None:
            for position, payload in queue:
                pending[self._pool.submit(fn, payload)] = position
                if len(pending) >= limit:
                    break

        submit_more()
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    position = pending.pop(future)
                    yield position, future.result()
                submit_more()
        finally:
            for future in pending:
                future.cancel()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
