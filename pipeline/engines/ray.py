"""The distributed engine: tasks run as Ray tasks on a cluster (or a local in-process one).

Outputs are written by the workers, so on a multi-node cluster the output folder must be on a
filesystem every node mounts at the same path.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator, Sequence

from codelm.pipeline.engines.base import Engine
from codelm.pipeline.errors import require


class RayEngine(Engine):
    def __init__(self, address: str | None = None, workers: int | None = None):
        self.ray = require("ray", extra="ray", purpose="--engine ray")
        self._started_here = False
        if not self.ray.is_initialized():
            if address:
                self.ray.init(address=address, log_to_driver=False)
            else:
                self.ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
            self._started_here = True
        self.workers = workers

    def imap_unordered(self, fn: Callable[[Any], Any], payloads: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        remote_fn = self.ray.remote(num_cpus=1, max_retries=2)(fn)
        limit = 2 * (self.workers or int(self.ray.cluster_resources().get("CPU", 1)))
        queue = iter(enumerate(payloads))
        pending: dict = {}

        def submit_more() -> None:
            for position, payload in queue:
                pending[remote_fn.remote(payload)] = position
                if len(pending) >= limit:
                    break

        submit_more()
        try:
            while pending:
                ready, _ = self.ray.wait(list(pending), num_returns=1)
                for ref in ready:
                    position = pending.pop(ref)
                    yield position, self.ray.get(ref)
                submit_more()
        finally:
            for ref in pending:
                self.ray.cancel(ref)

    def close(self) -> None:
        if self._started_here:
            self.ray.shutdown()
            self._started_here = False
