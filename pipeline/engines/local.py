"""The embedded default: a process pool on this machine."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any, Callable, Iterator, Sequence

from codelm.pipeline.engines.base import Engine

# prctl(2) option: the signal a Linux process gets when its parent ends.
_PR_SET_PDEATHSIG = 1
_PARENT_POLL_S = 0.5


def _end_with_parent() -> None:
    """Worker initializer: a worker must not outlive the run that started it, even one killed with SIGKILL.

    A worker's parent is the fork server, which exits when the main process ends. On Linux the
    kernel then kills the worker (``PR_SET_PDEATHSIG``); elsewhere a thread watches the parent.
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent ended before the watch began
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_S)
    os._exit(1)


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
                max_workers=self.workers, mp_context=context, initializer=_end_with_parent
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
